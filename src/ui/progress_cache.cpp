// The shared progress cache (see progress_cache.hpp).
#include "ui/progress_cache.hpp"

namespace ui {

namespace {

bool sameFilter(const domain::ProgressFilter& a, const domain::ProgressFilter& b) {
    return a.groupId == b.groupId && a.unitId == b.unitId && a.timeliness == b.timeliness &&
           a.from == b.from && a.to == b.to && a.search == b.search;
}

} // namespace

void ProgressCache::update(const domain::Plan& plan, unsigned layoutRevision, unsigned revision,
                           const domain::Date& today, const domain::ProgressFilter& filter) {
    if (m_layoutRevision != layoutRevision || m_today != today) {
        if (m_layoutRevision != layoutRevision) {
            m_schedules.clear();
            m_handSchedules.clear();
            m_history.clear();
        }
        m_all = domain::planOccurrences(plan, today);
        m_byTask.clear();
        for (std::size_t i = 0; i < m_all.size();) {
            std::size_t j = i;
            while (j < m_all.size() && m_all[j].task == m_all[i].task)
                ++j;
            m_byTask[m_all[i].task] = {i, j};
            i = j;
        }
        m_layoutRevision = layoutRevision;
        m_today = today;
        m_filter.reset(); // the selections below point into the old list
    }
    const bool textsMatter = !filter.search.empty();
    if (m_filter && sameFilter(*m_filter, filter) && (!textsMatter || m_selectedRevision == revision))
        return;
    m_shown = domain::matchingOccurrences(m_all, filter);
    m_unscheduled = domain::unscheduledTasks(plan, m_all, filter);
    m_dashboard = domain::dashboardOf(plan, m_all, today, domain::withoutTimeliness(filter));
    m_timelineRows = domain::timelineRows(m_all, filter);
    m_filter = filter;
    m_selectedRevision = revision;
}

bool ProgressCache::isCurrent(unsigned layoutRevision, const domain::Date& today) const {
    return m_filter && m_layoutRevision == layoutRevision && m_today == today;
}

std::pair<std::size_t, std::size_t> ProgressCache::occurrencesOf(const domain::Task* task) const {
    const auto it = m_byTask.find(task);
    return it == m_byTask.end() ? std::pair<std::size_t, std::size_t>{0, 0} : it->second;
}

const domain::TaskOccurrence* ProgressCache::find(const domain::Task* task, const std::string& key) const {
    const auto [begin, end] = occurrencesOf(task);
    for (std::size_t i = begin; i < end; ++i)
        if (m_all[i].occurrence.key == key)
            return &m_all[i];
    return nullptr;
}

const domain::Schedule& ProgressCache::schedule(const domain::Plan& plan, const domain::Task& task) {
    auto it = m_schedules.find(task.meta.id);
    if (it == m_schedules.end())
        it = m_schedules.emplace(task.meta.id, domain::scheduleOf(plan, task)).first;
    return it->second;
}

bool ProgressCache::handScheduleUnderstood(const domain::Plan& plan, const domain::Task& task) {
    if (task.schedule.empty())
        return true;
    auto it = m_handSchedules.find(task.schedule);
    if (it == m_handSchedules.end())
        it = m_handSchedules
                 .emplace(task.schedule, domain::parseTimeframe(task.schedule, plan.year).understood)
                 .first;
    return it->second;
}

const std::vector<const domain::LogEntry*>& ProgressCache::history(const domain::Plan& plan,
                                                                   const domain::Task& task) {
    auto it = m_history.find(task.meta.id);
    if (it == m_history.end()) {
        std::vector<const domain::LogEntry*> lines;
        for (auto line = plan.log.rbegin(); line != plan.log.rend(); ++line)
            if (line->taskId == task.meta.id)
                lines.push_back(&*line);
        it = m_history.emplace(task.meta.id, std::move(lines)).first;
    }
    return it->second;
}

} // namespace ui
