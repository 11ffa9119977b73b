// The periodic KSTTHC report, built from the plan without any UI (issue 13): the period it covers, what each
// piece of work due in it was as of the report's day, the counts by appendix group, the targets' values and
// the one-stop figures (Biểu 06). The writers (print HTML, .docx, CSV) render these figures.
#pragma once

#include "domain/edit.hpp"
#include "domain/plan.hpp"
#include "domain/progress.hpp"
#include "domain/schedule.hpp"
#include "domain/targets.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace domain {

/// A report's period: a reporting period (month, quarter, 6 months, 9 months, year) or any date range.
struct ReportPeriod {
    std::optional<Period> period; ///< nullopt for a date range
    Date from, to;
};
ReportPeriod reportPeriodOf(const Period& period);
/// A date range [from, to]; nullopt when `to` is before `from`.
std::optional<ReportPeriod> reportRange(const Date& from, const Date& to);

/// The period in the words of a report's summary: "quý II năm 2024", "6 tháng đầu năm 2024", "6 tháng cuối
/// năm 2024", "9 tháng năm 2024", "năm 2024", "tháng 02 năm 2024", "từ ngày 01/04/2024 đến ngày 15/05/2024".
std::string reportPeriodWords(const ReportPeriod& p);
/// The report's summary line (trích yếu): "Kết quả thực hiện công tác kiểm soát thủ tục hành chính quý II
/// năm 2024".
std::string reportSummary(const ReportPeriod& p);

/// What an occurrence was at the end of `asOf`: work completed after that day was not done yet then, and
/// work due on or before it and not done is overdue (a task due 30/06 and done on 20/07 is overdue in a Q2
/// report judged on 30/06, done late in a 9-month report).
Timeliness timelinessAsOf(const Occurrence& occ, const Progress* progress, const Date& asOf);

/// One piece of work due in the period, as the report shows it.
struct ReportLine {
    const Task* task = nullptr;
    Occurrence occurrence;
    const Progress* progress = nullptr; ///< its evidence and result, when recorded
    Timeliness status = Timeliness::NotDue;
};

struct ReportGroup {
    const Group* group = nullptr;
    std::vector<ReportLine> lines;
    Tally tally;
};

struct ReportTarget {
    const Kpi* kpi = nullptr;
    Rate rate; ///< from the period's summed counts (or one-stop figures), never averaged monthly rates
};

struct ReportFigures {
    ReportPeriod period;
    Date asOf;
    std::vector<std::string> months; ///< the whole months of the period ("yyyy-mm"), for counts and figures
    std::vector<ReportGroup> groups; ///< every group, in appendix order (a group may have no line)
    Tally overall;
    std::vector<ReportTarget> targets;    ///< every target, in the plan's order
    std::optional<OneStopMonth> oneStop;  ///< the commune's one-stop figures over the months, if any
    std::vector<OneStopProblem> problems; ///< their rules broken within the period's months
};

/// The figures of a report over `period` judged on `asOf` (normally the period's end, or the report's date):
/// the occurrences due within the period — the tasks' deadlines, their reporting periods and the events
/// logged — each with its status as of that day.
ReportFigures reportFigures(const Plan& plan, const ReportPeriod& period, const Date& asOf);

// [SECTION] Reports kept in the plan (Report, plan.hpp)

/// The period a report names: a period key ("2024-Q2", under `mode`) or a range "2024-04-01/2024-05-15";
/// nullopt when it is neither.
std::optional<ReportPeriod> reportPeriodFromText(std::string_view text, PeriodMode mode);
/// How a report names its period (the reverse of reportPeriodFromText).
std::string reportPeriodText(const ReportPeriod& p);
/// The day a report's figures are judged on when it is dated `date`: the period's end, or the report's date
/// when that comes first.
Date reportAsOf(const ReportPeriod& p, const Date& date);
/// The symbol after the number, "BC-UBND": the plan's own ("…/KH-UBND") with the kind of document changed.
std::string reportSymbol(const Plan& plan);

/// Adds a report over `period`, dated `today` (its number left blank), its figures judged as of
/// reportAsOf, its recipients and signer those of the plan.
Edit newReportEdit(const Plan& plan, const ReportPeriod& period, const Date& today, const std::string& id);
/// "Cập nhật số liệu": the report's figures judged again, as of `today` (never after its period's end);
/// nullopt when it names no period.
std::optional<Edit> refreshReportEdit(const Plan& plan, const Report& report, const Date& today);
/// The report with this id, or nullptr.
const Report* findReport(const Plan& plan, const std::string& id);

} // namespace domain
