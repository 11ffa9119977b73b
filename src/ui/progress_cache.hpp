// Progress computed from the plan, shared by the Tasks view, the timeline, the dashboard, the progress editor
// and the test surface: every occurrence with its timeliness, what the filters select, the dashboard, the
// timeline rows and the tasks' schedules. Rebuilt only when the plan revision, the "as of" date or the
// filters change. Everything in it points into the plan of the revision it was last updated for.
#pragma once

#include "domain/plan.hpp"
#include "domain/progress.hpp"
#include "domain/progress_rules.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace ui {

class ProgressCache {
public:
    /// Brings the cache up to date: the occurrences when `layoutRevision` (Session::layoutRevision) or
    /// `today` changed, what the filter selects when any of them or the filter changed — or, while the
    /// filter searches, `revision`: edits of texts change what the search finds, not the occurrences. Cheap
    /// when nothing did (the views call it every frame).
    void update(const domain::Plan& plan, unsigned layoutRevision, unsigned revision,
                const domain::Date& today, const domain::ProgressFilter& filter);
    /// Whether it was last updated for this layout revision and date (the test surface reads it only then).
    bool isCurrent(unsigned layoutRevision, const domain::Date& today) const;

    /// Every occurrence of every task (planOccurrences), in appendix order.
    const std::vector<domain::TaskOccurrence>& occurrences() const { return m_all; }
    /// Indexes into occurrences() that match the filter: the Tasks view's rows.
    const std::vector<std::size_t>& shown() const { return m_shown; }
    /// Tasks with no occurrence matching the group, unit and search filters (listed first in the Tasks view).
    const std::vector<domain::UnscheduledTask>& unscheduled() const { return m_unscheduled; }
    /// The dashboard for the filter without its timeliness.
    const domain::Dashboard& dashboard() const { return m_dashboard; }
    /// The timeline's rows: tasks matching the group, unit and search filters.
    const std::vector<domain::TimelineRow>& timelineRows() const { return m_timelineRows; }

    /// The occurrences of `task`: [first, second) in occurrences(), empty when it has none.
    std::pair<std::size_t, std::size_t> occurrencesOf(const domain::Task* task) const;
    /// The occurrence of `task` with this key, or nullptr.
    const domain::TaskOccurrence* find(const domain::Task* task, const std::string& key) const;

    /// The task's schedule (domain::scheduleOf), parsed once per revision.
    const domain::Schedule& schedule(const domain::Plan& plan, const domain::Task& task);
    /// Whether the task's hand-set schedule is understood (true when it has none), parsed once per revision.
    bool handScheduleUnderstood(const domain::Plan& plan, const domain::Task& task);
    /// The task's history lines, newest first, gathered once per revision.
    const std::vector<const domain::LogEntry*>& history(const domain::Plan& plan, const domain::Task& task);

private:
    unsigned m_layoutRevision = ~0u;
    unsigned m_selectedRevision = ~0u; ///< the plan revision the selections were made at
    domain::Date m_today;
    std::optional<domain::ProgressFilter> m_filter; ///< what the selections below were made for
    std::vector<domain::TaskOccurrence> m_all;
    std::unordered_map<const domain::Task*, std::pair<std::size_t, std::size_t>> m_byTask;
    std::vector<std::size_t> m_shown;
    std::vector<domain::UnscheduledTask> m_unscheduled;
    domain::Dashboard m_dashboard;
    std::vector<domain::TimelineRow> m_timelineRows;
    std::unordered_map<std::string, domain::Schedule> m_schedules;                   ///< by task id
    std::unordered_map<std::string, bool> m_handSchedules;                           ///< by hand-set text
    std::unordered_map<std::string, std::vector<const domain::LogEntry*>> m_history; ///< by task id
};

} // namespace ui
