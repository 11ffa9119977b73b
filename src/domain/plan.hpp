// The annual KSTTHC plan: the document (header, legal bases, body, recipients, signature), its units, the
// appendix of groups and tasks, and the targets (KPIs). Plain data; every record carries a stable id and
// who changed it last and when, so snapshots can later be merged per record.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace domain {

/// Identity and change stamp of one record. `modified` is ISO-8601 UTC ("2024-01-15T08:30:00Z").
struct RecordMeta {
    std::string id;
    std::string modified;
    std::string author;
};

/// A legal basis ("căn cứ") cited in the opening paragraph, e.g. Nghị định số 63/2010/NĐ-CP ngày 08/6/2010.
struct LegalBasis {
    RecordMeta meta;
    std::string kind;    ///< "Nghị định", "Quyết định", "Kế hoạch", ...
    std::string number;  ///< number and symbol, "63/2010/NĐ-CP"
    std::string date;    ///< ISO date "2010-06-08", may be empty when unknown
    std::string issuer;  ///< "Chính phủ", "UBND huyện Tây Hòa"
    std::string summary; ///< the wording after the issuer: "về kiểm soát thủ tục hành chính"
};

/// One block of the body text. Kinds: "heading1" (I., II.), "heading2" (1., 2.), "paragraph", "bullet".
struct BodyBlock {
    RecordMeta meta;
    std::string kind;
    std::string text;
};

/// A recipient line of "Nơi nhận" ("- Đảng ủy xã;").
struct Recipient {
    RecordMeta meta;
    std::string text;
};

/// A unit (bộ phận) that leads or coordinates tasks.
struct Unit {
    RecordMeta meta;
    std::string name;
    std::string shortName;
};

/// A coordinating unit of a task: a keyed entry, so two people adding units at once do not collide.
struct UnitRef {
    std::string id;
    std::string unitId;
};

/// One row of the appendix.
struct Task {
    RecordMeta meta;
    std::string number; ///< as printed (group I has 1, 2, 4)
    std::string content;
    std::string product;
    std::string leadUnitId;
    std::vector<UnitRef> coordinators;
    std::string timeframe; ///< original wording, e.g. "Tháng 02/2024", "Thường xuyên"
    std::string
        schedule; ///< set by hand (words the timeframe parser reads); overrides the timeframe; "" = none
};

/// A group of the appendix (I … VIII).
struct Group {
    RecordMeta meta;
    std::string numeral; ///< "I", "II", ...
    std::string title;
    std::vector<Task> tasks;
};

/// A measurable target stated in a task's product cell.
struct Kpi {
    RecordMeta meta;
    std::string taskId;
    std::string name;       ///< the plan's own wording
    std::string unit;       ///< "%"
    std::string comparison; ///< ">=", ">", "="
    double target = 0;
    std::string numerator;   ///< what is counted, e.g. "Số hồ sơ được số hóa"
    std::string denominator; ///< out of what, e.g. "Tổng số hồ sơ tiếp nhận"
    std::string code766;     ///< the indicator of the 766 index it measures (domain.md §1.5), "" for none
    std::string source;      ///< where its counts come from: "" typed, or a one-stop share (targets.hpp)
};

/// What was counted for one target in one month: `numerator` out of `denominator` ("412 of 455").
struct KpiCount {
    RecordMeta meta;
    std::string kpiId;
    std::string month; ///< "2024-03"
    long long numerator = 0;
    long long denominator = 0;
};

/// The figures of Biểu số 06/VPCP/KSTT (columns 3–13), in the form's order.
enum class OneStopFigure {
    Received,      ///< 3: dossiers to resolve = 4 + 5 + 6
    Online,        ///< 4: received online in the period
    Direct,        ///< 5: received at the desk or by post in the period
    Carried,       ///< 6: carried over from the period before
    Resolved,      ///< 7: resolved = 8 + 9 + 10
    Early,         ///< 8: before the deadline
    OnTime,        ///< 9: on the deadline
    Late,          ///< 10: after the deadline
    Pending,       ///< 11: still in progress = 12 + 13
    PendingOnTime, ///< 12: in progress, within the deadline
    PendingLate,   ///< 13: in progress, past the deadline
};
constexpr std::size_t kOneStopFigureCount = 11;
/// Their keys in snapshots and edits, in the same order.
constexpr const char* kOneStopKeys[kOneStopFigureCount] = {
    "received", "online", "direct",  "carried",       "resolved",   "early",
    "onTime",   "late",   "pending", "pendingOnTime", "pendingLate"};

/// The one-stop desk's figures of one month, the form's columns 3–13 (and, optionally, of one field of
/// procedures). A figure not entered is -1 (targets.hpp checks and sums them).
struct OneStopMonth {
    RecordMeta meta;
    std::string month; ///< "2024-03"
    std::string field; ///< id of a field of procedures, "" for the whole commune
    long long received = -1, online = -1, direct = -1, carried = -1; ///< columns 3, 4, 5, 6
    long long resolved = -1, early = -1, onTime = -1, late = -1;     ///< columns 7, 8, 9, 10
    long long pending = -1, pendingOnTime = -1, pendingLate = -1;    ///< columns 11, 12, 13
};
/// The figures in the order of OneStopFigure and kOneStopKeys.
constexpr long long OneStopMonth::*kOneStopMembers[kOneStopFigureCount] = {
    &OneStopMonth::received, &OneStopMonth::online,        &OneStopMonth::direct,     &OneStopMonth::carried,
    &OneStopMonth::resolved, &OneStopMonth::early,         &OneStopMonth::onTime,     &OneStopMonth::late,
    &OneStopMonth::pending,  &OneStopMonth::pendingOnTime, &OneStopMonth::pendingLate};

/// The signature block: "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / name.
struct Signature {
    std::string authority;
    std::string title;
    std::string name;
};

/// A line of evidence for done work ("tài liệu kiểm chứng"), e.g. "Báo cáo số 12/BC-UBND ngày 10/6/2024".
/// Keyed, so two people adding lines at once do not collide.
struct Evidence {
    std::string id;
    std::string text;
};

/// Progress of one task in one of its occurrences (a reporting period, a deadline window, a logged event),
/// found by the occurrence's key ("2024-Q2", "D2024-02-29", "E<event id>"). Occurrences themselves are
/// computed from the plan (schedule.hpp), never stored.
struct Progress {
    RecordMeta meta;
    std::string taskId;
    std::string occurrence;
    std::string status = "todo"; ///< "todo" Chưa thực hiện, "doing" Đang thực hiện, "done" Hoàn thành,
                                 ///< "na" Không phát sinh
    std::string completed; ///< ISO date the work was done ("" when not done)
    std::string note;      ///< the result, in the officer's words
    std::vector<Evidence> evidence;
};

/// Something that set event-driven work going (a document from above, a request), logged with its date and
/// the date the work is due.
struct TaskEvent {
    RecordMeta meta;
    std::string taskId;
    std::string date; ///< ISO
    std::string due;  ///< ISO
    std::string note;
};

/// One line of a task's progress history: who changed what, when (the record's meta).
struct LogEntry {
    RecordMeta meta;
    std::string taskId;
    std::string occurrence;
    std::string text;
};

/// A periodic report kept with the plan (issue 13): the period it covers and what the officer wrote in it.
/// Its figures are computed from the plan as of `asOf` (report.hpp), so a Q1 report does not change in June.
struct Report {
    RecordMeta meta;
    std::string period; ///< a period key ("2024-Q2", schedule.hpp) or a date range "2024-04-01/2024-05-15"
    std::string number; ///< "12" of "Số: 12/BC-UBND"; "" to fill in by hand
    std::string date;   ///< ISO: the report's date
    std::string asOf;   ///< ISO: the day its figures are judged on
    std::string difficulties; ///< Khó khăn, vướng mắc
    std::string proposals;    ///< Kiến nghị, đề xuất
    std::string nextSteps;    ///< Phương hướng kỳ tới
    std::string recipients;   ///< Nơi nhận, one per line
    std::string signerAuthority, signerTitle, signerName;
};

/// A deleted record, kept so that a merge does not bring it back.
struct Tombstone {
    std::string id;
    std::string kind; ///< "task", "group", "unit", ...
    std::string deleted;
    std::string author;
};

/// The whole plan document.
struct Plan {
    RecordMeta meta;
    int year = 0;
    std::string parentBody;   ///< cơ quan chủ quản line, may be empty (UBND xã has none)
    std::string issuingBody;  ///< "ỦY BAN NHÂN DÂN XÃ HÒA TÂN TÂY"
    std::string numberSymbol; ///< "…/KH-UBND", may have a blank number
    std::string place;        ///< place of the date line, "Hòa Tân Tây"
    std::string dateText;     ///< "ngày    tháng 01 năm 2024" as printed (often blank until signed)
    std::string docType;      ///< "KẾ HOẠCH"
    std::string title;
    std::string preambleLead; ///< "Thực hiện"
    std::vector<LegalBasis> legalBases;
    std::string preambleClose; ///< "UBND xã ban hành Kế hoạch … như sau:"
    std::vector<BodyBlock> body;
    std::vector<Recipient> recipients;
    Signature signature;
    std::string appendixTitle;
    std::string appendixSubtitle;
    std::vector<Unit> units;
    std::vector<Group> groups;
    std::vector<Kpi> kpis;
    std::vector<KpiCount> kpiCounts;   ///< monthly counts of the targets (targets.hpp)
    std::vector<OneStopMonth> oneStop; ///< the one-stop figures, by month (targets.hpp)
    std::string periodMode =
        "calendar"; ///< reporting periods: "calendar" or "decree09" (NĐ 09/2019 cut-offs)
    std::vector<Progress> progress;
    std::vector<TaskEvent> events;
    std::vector<LogEntry> log;
    std::vector<Report> reports;
    std::vector<Tombstone> tombstones;
};

/// Number of tasks over all groups.
std::size_t taskCount(const Plan& plan);

/// The unit with this id, or nullptr.
const Unit* findUnit(const Plan& plan, const std::string& unitId);

/// The task with this id, or nullptr.
const Task* findTask(const Plan& plan, const std::string& taskId);

/// The target (KPI) with this id, or nullptr.
const Kpi* findKpi(const Plan& plan, const std::string& kpiId);

/// "todo", "doing", "done" or "na".
bool isProgressStatus(const std::string& status);

/// The id of the progress record of `taskId` in `occurrence`: "progress-<task id>-<occurrence key>"
/// ("progress-task-4-1-D2024-02-29"). Derived, never random, so two devices recording the same task and
/// occurrence make the same record (and a merge can join them); a snapshot's progress records always carry
/// it.
std::string progressId(const std::string& taskId, const std::string& occurrence);

} // namespace domain

namespace domain {

/// One text changed when a plan is copied to the next year, for the user to review before saving.
struct YearChange {
    std::string where; ///< "header.title", "appendix.groups[3].tasks[0].timeframe", …
    std::string label; ///< the same for people, in Vietnamese: "Nhiệm vụ IV.1 — Thời gian thực hiện"
    std::string before;
    std::string after;
};

/// `text` with every standalone occurrence of the year `from` (not part of a longer number) replaced by `to`.
std::string shiftYear(const std::string& text, int from, int to);

/// A copy of `plan` for the following year (or for `toYear`, when it is set): new plan id, the new year, and
/// the plan year moved forward in the header, body, appendix texts and timeframes (legal bases cite past
/// documents and are left alone). Record ids stay; every record is stamped with `time`/`author`. A new year
/// starts with no progress, events, history or tombstones. `changes` lists every text that moved.
Plan nextYearCopy(const Plan& plan, const std::string& newId, const std::string& time,
                  const std::string& author, std::vector<YearChange>& changes, int toYear = 0);

/// A new empty plan for `year` (document type "KẾ HOẠCH", no groups, units or targets).
Plan emptyPlan(const std::string& id, int year, const std::string& time, const std::string& author);

} // namespace domain
