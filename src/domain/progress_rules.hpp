// The rules the progress views apply, kept here so they are tested and shared with reports: what recording a
// status requires (a "done" needs a valid completion date), the dates of a logged event, days late or left,
// which occurrences and tasks the filters select, tasks with nothing scheduled, the rows and lanes of the
// timeline, and the labels of statuses, occurrences and schedules as keys with arguments: the UI words them
// (the domain never does).
#pragma once

#include "domain/plan.hpp"
#include "domain/progress.hpp"
#include "domain/schedule.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace domain {

// [SECTION] Statuses and the progress draft

/// What the officer records for an occurrence (stored as its code, see statusCode).
enum class ProgressStatus { Todo, Doing, Done, NotApplicable };
inline constexpr ProgressStatus kProgressStatuses[] = {ProgressStatus::Todo, ProgressStatus::Doing,
                                                       ProgressStatus::Done, ProgressStatus::NotApplicable};

/// "todo", "doing", "done", "na": the codes stored in Progress::status.
const char* statusCode(ProgressStatus status);
/// The status stored as `code`; nullopt for anything else.
std::optional<ProgressStatus> statusFromCode(std::string_view code);
/// Only "done" has a completion date.
bool needsCompletionDate(ProgressStatus status);

/// The progress editor's draft for one (task, occurrence), before it is saved.
struct ProgressDraft {
    ProgressStatus status = ProgressStatus::Todo;
    std::string completed;            ///< completion date as typed (dd/mm/yyyy; year optional)
    std::string note;                 ///< the result
    std::string evidence;             ///< an evidence line being typed (saved with the rest)
    std::vector<std::string> added;   ///< evidence lines to add (NFC)
    std::vector<std::string> removed; ///< ids of stored evidence to remove
};

/// The draft for what is stored (`progress` null: nothing recorded yet, i.e. to do, no date, no note). An
/// unknown stored status reads as "to do".
ProgressDraft progressDraft(const Progress* progress);
/// Chooses a status. Choosing "done" while no completion date is typed proposes `today`, or the occurrence's
/// `due` date when that has passed (work recorded late was mostly done in its period: the editor shows both).
void setDraftStatus(ProgressDraft& draft, ProgressStatus status, const Date& today, const Date& due);
/// Days the typed completion date is after `due` (0: on time); nullopt when no valid date is needed or typed.
std::optional<long> draftDaysLate(const ProgressDraft& draft, int planYear, const Date& due);
/// The typed completion date when the status needs one; nullopt when it needs none or is not a valid date.
std::optional<Date> draftCompletion(const ProgressDraft& draft, int planYear);
/// True when a completion date is needed and what is typed is not a valid date (the editor says so).
bool completionInvalid(const ProgressDraft& draft, int planYear);
/// A draft can be saved unless it is "done" without a valid completion date.
bool canSave(const ProgressDraft& draft, int planYear);
/// Whether anything was chosen or typed in `draft` since it was `origin` (closing it would lose that).
bool draftChanged(const ProgressDraft& origin, const ProgressDraft& draft);
/// Moves the line being typed into the lines to add (NFC); nothing when it is empty.
void addDraftEvidence(ProgressDraft& draft);
/// Whether stored evidence `evidenceId` is still kept by the draft (not removed).
bool draftKeeps(const ProgressDraft& draft, const std::string& evidenceId);
/// The change saving the draft makes: status, completion date (ISO; "" unless done), note and new evidence in
/// NFC (the line being typed included), removed evidence. nullopt when it cannot be saved (see canSave).
std::optional<ProgressChange> draftChange(const ProgressDraft& draft, int planYear);

// [SECTION] Logging an event

struct EventDates {
    Date date, due;
};
/// The dates typed for an event being logged (dd/mm/yyyy, year optional: `planYear`): nullopt when either is
/// not a valid date or the due date is before the event's date.
std::optional<EventDates> eventDates(std::string_view date, std::string_view due, int planYear);
/// What is wrong with those dates, the field it is in (eventDates is nullopt exactly when this is not None).
enum class EventDatesProblem { None, DateInvalid, DueInvalid, DueBeforeDate };
EventDatesProblem eventDatesProblem(std::string_view date, std::string_view due, int planYear);
/// The due date proposed for the event date typed (proposedEventDue); nullopt when it is not a valid date.
std::optional<Date> proposedEventDueFor(std::string_view date, int planYear);

// [SECTION] Days late or left

/// Whole days from the due date to `today`: positive when `today` is after it (0 on the due date itself).
long daysLate(const Occurrence& occurrence, const Date& today);
/// Whole days from `today` to the due date: positive while it is ahead (0 on the due date itself).
long daysLeft(const Occurrence& occurrence, const Date& today);

// [SECTION] What the filters select

/// Indexes into `all` (from planOccurrences) of the occurrences matching `filter`, in order. The same as
/// testing each with matches(), with the task-level part (group, unit, search) tested once per task.
std::vector<std::size_t> matchingOccurrences(const std::vector<TaskOccurrence>& all,
                                             const ProgressFilter& filter);

/// The filter without its timeliness (the dashboard counts every timeliness).
ProgressFilter withoutTimeliness(ProgressFilter filter);

/// Why a task has no occurrence.
enum class UnscheduledReason {
    AwaitingEvent, ///< understood, event-driven, no event logged yet
    NotUnderstood  ///< the timeframe (and any hand-set schedule) cannot be read: schedule it by hand
};
struct UnscheduledTask {
    const Group* group = nullptr;
    const Task* task = nullptr;
    UnscheduledReason reason = UnscheduledReason::NotUnderstood;
};
/// Tasks with no occurrence in `all` (from planOccurrences(plan, …)) that match the filter's group, unit and
/// search, in appendix order, so they can be opened and scheduled. None when the filter selects a timeliness
/// or dates: such tasks have neither.
std::vector<UnscheduledTask> unscheduledTasks(const Plan& plan, const std::vector<TaskOccurrence>& all,
                                              const ProgressFilter& filter);

// [SECTION] Timeline rows

/// Lanes of a timeline row, top to bottom: one-off and event work, then months, quarters, halves, nine
/// months, year.
constexpr int kTimelineLanes = 6;
/// The lane kind of an occurrence: 0 for one-off and event work, 1 + its PeriodKind for periods.
int timelineLane(const Occurrence& occurrence);

/// One task on the timeline: its occurrences, and the lanes they use.
struct TimelineRow {
    std::size_t begin = 0, end = 0;              ///< the task's occurrences: [begin, end) in `all`
    int laneCount = 1;                           ///< lanes used (at least 1)
    std::array<int, kTimelineLanes> laneIndex{}; ///< lane kind → position among the lanes used
    /// The lane (0 = top) an occurrence of this row is drawn in.
    int laneOf(const Occurrence& occurrence) const { return laneIndex[timelineLane(occurrence)]; }
};
/// One row per task with occurrences in `all` (from planOccurrences), for the tasks matching the filter's
/// group, unit and search (its timeliness and dates are ignored: a row shows the task's whole year), in
/// appendix order.
std::vector<TimelineRow> timelineRows(const std::vector<TaskOccurrence>& all, const ProgressFilter& filter);

// [SECTION] Labels as keys (the UI words them)

/// Names an occurrence or a period: a key and its arguments.
enum class OccurrenceLabelKey {
    Deadline,   ///< a one-off deadline: `date` is the due date
    Event,      ///< an event: `date` is the day it arose
    Month,      ///< `number` 1–12 of `year`
    Quarter,    ///< `number` 1–4 of `year`
    FirstHalf,  ///< the first six months of `year`
    SecondHalf, ///< the last six months of `year`
    NineMonths, ///< the first nine months of `year`
    Year,       ///< `year`
    Unknown     ///< a period key that cannot be read: `raw` is the key
};
struct OccurrenceLabel {
    OccurrenceLabelKey key = OccurrenceLabelKey::Unknown;
    Date date;
    int number = 0;
    int year = 0;
    std::string raw;
};
/// The label of a reporting period.
OccurrenceLabel periodLabelOf(const Period& period);
/// The label of an occurrence: its deadline, its event's date or its period.
OccurrenceLabel occurrenceLabel(const Occurrence& occurrence);

/// One part of what a schedule tracks.
enum class SchedulePartKey {
    NotUnderstood, ///< the schedule cannot be read (the only part)
    Deadline,      ///< a one-off deadline: `due`
    Recurring,     ///< every period of each kind in `periods`
    Continuous,    ///< ongoing work, judged once per period of `periods` (one kind)
    EventDriven    ///< occurrences when events are logged
};
struct SchedulePart {
    SchedulePartKey key = SchedulePartKey::NotUnderstood;
    Date due;
    std::vector<PeriodKind> periods;
};
/// What a schedule tracks, in this order: each deadline, the recurring periods (one part), ongoing work,
/// event work. A schedule not understood gives one NotUnderstood part.
std::vector<SchedulePart> scheduleParts(const Schedule& schedule);

} // namespace domain
