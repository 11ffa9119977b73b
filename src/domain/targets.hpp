// Targets (KPIs) measured from monthly counts: what was counted out of what, per target and month, summed
// over a reporting period into a rate and judged against the target. And the one-stop figures of Biểu số
// 06/VPCP/KSTT per month, with their consistency rules and their sums over a period (flows summed, stocks
// taken at the period's ends). Rates always come from summed counts, never from averaging monthly rates.
#pragma once

#include "domain/edit.hpp"
#include "domain/message.hpp"
#include "domain/plan.hpp"
#include "domain/schedule.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace domain {

// [SECTION] Monthly counts of a target

/// "count-<target id>-<yyyy-mm>": derived, so two devices counting the same target and month make the same
/// record.
std::string kpiCountId(const std::string& kpiId, const std::string& month);
/// "2024-03" for (2024, 3).
std::string monthKey(int year, int month);
/// Year and month of "2024-03"; nullopt for anything else.
std::optional<std::pair<int, int>> parseMonthKey(std::string_view key);

/// A whole number as typed in Vietnamese ("1.234", "1 234", "455"); nullopt for anything else (negative,
/// fractions, letters, empty).
std::optional<long long> parseCount(std::string_view text);
/// "1.234".
std::string formatCount(long long n);

/// Why a month's counts are refused, or nullopt when they are fine: a share ("%") cannot count more than
/// its whole (unless the whole is not counted yet: 0, typed after the part).
std::optional<MessageCode> checkCount(const Kpi& kpi, long long numerator, long long denominator);

// [SECTION] Rates over a period

enum class Verdict { NoData, Met, Missed };

struct Rate {
    long long numerator = 0;
    long long denominator = 0;
    int months = 0;             ///< months with a count in the period
    std::optional<double> rate; ///< numerator / denominator × 100 (for "%"), nullopt when the whole is 0
    Verdict verdict = Verdict::NoData;
};

/// The months (as "yyyy-mm") whose reporting window lies inside [start, end] under `mode`: a quarter's three
/// months in either mode, a date range's whole months.
std::vector<std::string> monthsWithin(const Date& start, const Date& end, PeriodMode mode);

/// The rate of `kpi` over the months `months` from `counts` (counts of other targets are ignored).
Rate rateOf(const Kpi& kpi, const std::vector<KpiCount>& counts, const std::vector<std::string>& months);
/// The same over a period (its months under `mode`).
Rate rateOf(const Kpi& kpi, const std::vector<KpiCount>& counts, const Period& period, PeriodMode mode);

/// A plan's counts by target and month of the plan year, for many rates at once (the view, the report).
/// Refers to the plan's records: rebuilt when the plan changes.
class CountIndex {
public:
    explicit CountIndex(const Plan& plan);
    /// The count of `kpiId` in `month` (1–12) of the plan year, or nullptr.
    const KpiCount* find(const std::string& kpiId, int month) const;
    /// rateOf over these counts, or for a target counted from the one-stop figures (Kpi::source), its share
    /// of the figures over the months.
    Rate rate(const Kpi& kpi, const std::vector<std::string>& months) const;

private:
    const std::vector<OneStopMonth>* m_oneStop = nullptr;
    int m_year = 0;
    std::unordered_map<std::string, std::array<const KpiCount*, 12>> m_byKpi;
};

// [SECTION] Edits of counts

/// The edit that stores `value` as the numerator (`part` 0) or denominator (1) of `kpiId`'s count in `month`:
/// a new count (the other part 0) or a changed one. Empty when it is already so.
Edit setCountEdit(const Plan& plan, const std::string& kpiId, const std::string& month, int part,
                  long long value);
/// The edit that takes away the count of `kpiId` in `month` (empty when there is none).
Edit clearCountEdit(const Plan& plan, const std::string& kpiId, const std::string& month);
/// A pasted row (numbers separated by tabs, as a spreadsheet copies them; or by semicolons): the values
/// for `part` of months `firstMonth`, `firstMonth` + 1, … (at most to December), as one edit. Empty cells
/// leave their month as it is. nullopt with `bad` set to the first cell that is not a count.
std::optional<Edit> pasteCountsEdit(const Plan& plan, const std::string& kpiId, int firstMonth, int part,
                                    std::string_view text, std::string& bad);
/// What the text typed into a cell does: the edit that stores it (empty when there is nothing to change) or,
/// when it is refused, why — and then `edit` puts back what the cell held when its visit began (a value is
/// stored at every keystroke that gives one, so typing "120" for a share has stored 1 and 12 on the way).
struct CellOutcome {
    Edit edit;
    std::optional<Message> refused;
};
/// A count cell of the grid: `part` 0 (counted) or 1 (out of) of `kpi` in `month` (1–12). Empty text takes
/// the part away (the month with it when the other part is 0); a whole number is stored if the target allows
/// it. `before`: the part when the visit began, nullopt when the month had no count.
CellOutcome countCellEdit(const Plan& plan, const Kpi& kpi, int month, int part, std::string_view text,
                          std::optional<long long> before);
/// A target's value typed in Vietnamese (parseTargetValue), from 0 and for a share at most 100.
CellOutcome targetValueEdit(const Kpi& kpi, std::string_view text, double before);
/// Whether `text` holds more than one cell (a tab or a semicolon): a pasted row rather than one number.
bool isPastedRow(std::string_view text);

/// Whether `value` meets `target` under `comparison` (">=", ">", "=", "<=", "<"); values are compared at the
/// one decimal they are shown with, so 79.96 % shown as "80,0 %" meets "≥ 80 %".
bool meets(double value, const std::string& comparison, double target);

/// "85,4 %" (one decimal, Vietnamese comma); "—" when there is no rate.
std::string formatRate(const std::optional<double>& rate);

/// A target value as typed: "80", "80,5" or "80.5" (one decimal separator, at most two decimals), "1.000"
/// (a dot before three digits groups thousands, as in a count); nullopt for anything else.
std::optional<double> parseTargetValue(std::string_view text);

// [SECTION] One-stop figures (Biểu số 06/VPCP/KSTT), per month

/// "onestop-<yyyy-mm>", or "onestop-<field>-<yyyy-mm>" for one field of procedures: derived, as counts are.
std::string oneStopId(const std::string& field, const std::string& month);

/// A figure as the month gives it: typed, or for a total not typed (received, resolved, in progress) the sum
/// of its parts when they all are; -1 when it is not known.
long long oneStopValue(const OneStopMonth& m, OneStopFigure figure);

/// One rule of the form that the figures break.
enum class OneStopRule {
    ReceivedParts, ///< 3 = 4 + 5 + 6
    ReceivedSplit, ///< 3 = 7 + 11
    ResolvedParts, ///< 7 = 8 + 9 + 10
    PendingParts,  ///< 11 = 12 + 13
    CarriedOver,   ///< 6 = the previous month's 11
    Negative,      ///< a figure below zero (other than "not entered")
};

struct OneStopProblem {
    std::string month;
    OneStopRule rule;
    OneStopFigure figure = OneStopFigure::Received; ///< the cell it is shown under
    Message message;                                ///< what is wrong, with the two values
};

/// Every rule the months break, in month order (months of one field; "carried over" is checked against the
/// month before when it is there). A rule is checked only when every figure in it is known.
std::vector<OneStopProblem> checkOneStop(const std::vector<OneStopMonth>& months);

/// The figures of `months` over the months `within` (of field `field`): flows (online, direct, resolved,
/// early, on time, late) summed; "carried over" the first month's, "in progress" the last month's; the
/// received total recomputed as online + direct + carried. A figure that a month found does not know is -1
/// (not known) over the period. `month` is empty; nullopt when no month is there.
std::optional<OneStopMonth> oneStopOver(const std::vector<OneStopMonth>& months,
                                        const std::vector<std::string>& within,
                                        const std::string& field = "");

/// The edit that stores `value` (-1: clear it) as `figure` of the whole commune's `month`: a new month
/// record, a changed figure, or the record taken away when its last figure is cleared. Empty when it is
/// already so.
Edit setOneStopEdit(const Plan& plan, const std::string& month, OneStopFigure figure, long long value);
/// A figure's cell (CellOutcome): empty text clears the figure; `before` -1 when it was not entered.
CellOutcome oneStopCellEdit(const Plan& plan, int month, OneStopFigure figure, std::string_view text,
                            long long before);

// [SECTION] Targets counted from the one-stop figures

/// The shares a target can take from the one-stop figures instead of typed counts (Kpi::source): "online"
/// (received online out of received in the period, online + direct) and "onTime" (resolved before or on the
/// deadline out of resolved).
constexpr const char* kOneStopShares[] = {"online", "onTime"};
bool isOneStopShare(const std::string& source);
/// The count a one-stop share gives for a month or a period's figures; nullopt when a figure is not known.
std::optional<KpiCount> shareCount(const std::string& source, const OneStopMonth& figures);

// [SECTION] The 766 point estimate

/// An indicator of QĐ 766/QĐ-TTg that a commune's target can measure (domain.md §1.3): its points are
/// `max` × the rate, or with `fullAt` above 0 full points from that share on and `max` × rate / `fullAt`
/// below it.
struct Indicator766 {
    const char* code;
    const char* name;
    double max;
    double fullAt;
};
/// The indicators that apply to a commune ("Tỉnh, xã"), in the index's order.
extern const Indicator766 kIndicators766[18];
const Indicator766* findIndicator766(std::string_view code);
/// The points a share (0–1) earns.
double points766(const Indicator766& indicator, double share);

/// A rating band of the index; only "Tốt" from 80 points is known (domain.md §1.4), the rest is data to add.
struct Band766 {
    const char* name;
    double from;
};
extern const Band766 kBands766[1];

struct Estimate766 {
    struct Row {
        const Kpi* kpi = nullptr;
        const Indicator766* indicator = nullptr;
        std::optional<double> share; ///< the target's rate over the period as a share; nullopt: no data
        double points = 0;
    };
    std::vector<Row> rows; ///< one per indicator that a target measures (its first target)
    double points = 0;     ///< earned by the rows with data
    double covered = 0;    ///< the maximum of those rows: the estimate is "points of covered"
};

/// The commune's own estimate for the indicators its targets map to (Kpi::code766), over `months`. Not the
/// official score, which the national portal computes from its own data.
Estimate766 estimate766(const Plan& plan, const CountIndex& counts, const std::vector<std::string>& months);

} // namespace domain
