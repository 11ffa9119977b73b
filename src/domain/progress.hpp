// Progress against the schedule: every occurrence of every task with its stored progress and its timeliness
// against "today", the filters the Tasks view and the dashboard share (so their counts agree), the
// dashboard's tallies, and the edits that record progress (each with a history line, undoable as one step).
#pragma once

#include "domain/edit.hpp"
#include "domain/plan.hpp"
#include "domain/schedule.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace domain {

/// Derived from status, dates and today; never stored.
enum class Timeliness {
    NotDue,       ///< chưa đến kỳ: starts after today
    InTime,       ///< trong hạn: started, not done, due date not passed
    Overdue,      ///< quá hạn: not done and the due date has passed
    DoneOnTime,   ///< hoàn thành đúng hạn
    DoneLate,     ///< hoàn thành quá hạn
    NotApplicable ///< không phát sinh
};

PeriodMode periodModeOf(const Plan& plan);
/// The task's schedule: the hand-set one when it is understood, else the parsed timeframe.
Schedule scheduleOf(const Plan& plan, const Task& task);
/// Events logged for a task, as occurrences.
std::vector<EventOccurrence> eventsOf(const Plan& plan, const std::string& taskId);
/// The stored progress of a task in an occurrence, or nullptr.
const Progress* findProgress(const Plan& plan, const std::string& taskId, const std::string& occurrence);

/// Timeliness of one occurrence given its progress (may be null) on `today`. "Done" counts as on time when
/// the completion date is on or before the due date (no completion date: judged against today).
Timeliness timeliness(const Occurrence& occ, const Progress* progress, const Date& today);

/// One occurrence of one task, with what is known about it.
struct TaskOccurrence {
    const Group* group = nullptr;
    const Task* task = nullptr;
    Occurrence occurrence;
    const Progress* progress = nullptr;
    Timeliness timeliness = Timeliness::NotDue;
};

/// Every occurrence of every task in the plan's year, in appendix order, then by due date.
std::vector<TaskOccurrence> planOccurrences(const Plan& plan, const Date& today);

/// Filters shared by the Tasks view and the dashboard. Empty fields do not filter.
struct ProgressFilter {
    std::string groupId;
    std::string unitId; ///< lead unit
    std::optional<Timeliness> timeliness;
    std::optional<Date> from, to; ///< occurrences due within [from, to]
    std::string search;           ///< searched in the task's number, content, product and timeframe
};
bool matches(const TaskOccurrence& o, const ProgressFilter& filter);

/// Counts of occurrences by timeliness; `percent` is done (on time or late) over those that apply.
struct Tally {
    int total = 0, notDue = 0, inTime = 0, overdue = 0, doneOnTime = 0, doneLate = 0, notApplicable = 0;
    int done() const { return doneOnTime + doneLate; }
    double percent() const;
};
void count(Tally& tally, Timeliness t);

struct Dashboard {
    Tally overall;
    std::vector<std::pair<const Group*, Tally>> byGroup; ///< every group, in appendix order
    std::vector<std::pair<std::string, Tally>> byUnit; ///< lead unit id ("" = none), in the plan's unit order
    std::vector<TaskOccurrence> overdue;               ///< oldest due first
    std::vector<TaskOccurrence> dueSoon;               ///< not done, due within 14 days from today
};
constexpr int kDueSoonDays = 14;
Dashboard dashboard(const Plan& plan, const Date& today, const ProgressFilter& filter);
/// The same from occurrences already computed with planOccurrences(plan, today) (views keep them cached).
Dashboard dashboardOf(const Plan& plan, const std::vector<TaskOccurrence>& all, const Date& today,
                      const ProgressFilter& filter);

// [SECTION] Recording progress

/// What the user changes for one (task, occurrence).
struct ProgressChange {
    std::optional<std::string> status;    ///< "todo", "doing", "done", "na"
    std::optional<std::string> completed; ///< ISO date or ""
    std::optional<std::string> note;
    std::vector<std::string> addEvidence;    ///< new evidence lines
    std::vector<std::string> removeEvidence; ///< evidence ids
};

/// The edit recording `change`, plus a history line describing it (Vietnamese). Creates the progress record
/// when the occurrence has none, with the derived id progressId(taskId, occurrence). `newId` makes fresh ids
/// for evidence lines and the history line. Empty edit when nothing changes.
Edit progressEdit(const Plan& plan, const std::string& taskId, const std::string& occurrence,
                  const ProgressChange& change, const std::function<std::string(const char*)>& newId);

/// The edit logging an event for event-driven work (with its history line).
Edit logEventEdit(const Plan& plan, const std::string& taskId, const Date& date, const Date& due,
                  const std::string& note, const std::function<std::string(const char*)>& newId);

} // namespace domain
