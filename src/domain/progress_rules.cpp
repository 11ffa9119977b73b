// Progress rules: drafts, event dates, days late or left, filtering, unscheduled tasks, timeline rows and
// labels as keys (see progress_rules.hpp).
#include "domain/progress_rules.hpp"

#include "domain/text.hpp"

#include <algorithm>
#include <unordered_map>

namespace domain {

// [SECTION] Statuses and the progress draft

const char* statusCode(ProgressStatus status) {
    switch (status) {
    case ProgressStatus::Todo:
        return "todo";
    case ProgressStatus::Doing:
        return "doing";
    case ProgressStatus::Done:
        return "done";
    case ProgressStatus::NotApplicable:
        return "na";
    }
    return "todo";
}

std::optional<ProgressStatus> statusFromCode(std::string_view code) {
    for (ProgressStatus s : kProgressStatuses)
        if (code == statusCode(s))
            return s;
    return std::nullopt;
}

bool needsCompletionDate(ProgressStatus status) {
    return status == ProgressStatus::Done;
}

ProgressDraft progressDraft(const Progress* progress) {
    ProgressDraft d;
    if (!progress)
        return d;
    d.status = statusFromCode(progress->status).value_or(ProgressStatus::Todo);
    if (const auto completed = parseIsoDate(progress->completed))
        d.completed = toDisplay(*completed);
    d.note = progress->note;
    return d;
}

void setDraftStatus(ProgressDraft& draft, ProgressStatus status, const Date& today, const Date& due) {
    draft.status = status;
    if (needsCompletionDate(status) && draft.completed.empty())
        draft.completed = toDisplay(dayNumber(today) > dayNumber(due) ? due : today);
}

std::optional<long> draftDaysLate(const ProgressDraft& draft, int planYear, const Date& due) {
    const std::optional<Date> done = draftCompletion(draft, planYear);
    if (!done)
        return std::nullopt;
    return std::max(0L, dayNumber(*done) - dayNumber(due));
}

std::optional<Date> draftCompletion(const ProgressDraft& draft, int planYear) {
    if (!needsCompletionDate(draft.status))
        return std::nullopt;
    return parseDisplayDate(draft.completed, planYear);
}

bool completionInvalid(const ProgressDraft& draft, int planYear) {
    return needsCompletionDate(draft.status) && !draftCompletion(draft, planYear);
}

bool canSave(const ProgressDraft& draft, int planYear) {
    return !completionInvalid(draft, planYear);
}

bool draftChanged(const ProgressDraft& origin, const ProgressDraft& draft) {
    return origin.status != draft.status || origin.completed != draft.completed ||
           origin.note != draft.note || origin.evidence != draft.evidence || origin.added != draft.added ||
           origin.removed != draft.removed;
}

void addDraftEvidence(ProgressDraft& draft) {
    if (draft.evidence.empty())
        return;
    draft.added.push_back(toNfc(draft.evidence));
    draft.evidence.clear();
}

bool draftKeeps(const ProgressDraft& draft, const std::string& evidenceId) {
    return std::find(draft.removed.begin(), draft.removed.end(), evidenceId) == draft.removed.end();
}

std::optional<ProgressChange> draftChange(const ProgressDraft& draft, int planYear) {
    if (!canSave(draft, planYear))
        return std::nullopt;
    const std::optional<Date> completed = draftCompletion(draft, planYear);
    ProgressChange change;
    change.status = statusCode(draft.status);
    change.completed = completed ? toIso(*completed) : std::string();
    change.note = toNfc(draft.note);
    change.addEvidence = draft.added;
    if (!draft.evidence.empty())
        change.addEvidence.push_back(toNfc(draft.evidence));
    change.removeEvidence = draft.removed;
    return change;
}

// [SECTION] Logging an event

std::optional<EventDates> eventDates(std::string_view date, std::string_view due, int planYear) {
    const auto d = parseDisplayDate(date, planYear);
    const auto u = parseDisplayDate(due, planYear);
    if (!d || !u || *u < *d)
        return std::nullopt;
    return EventDates{*d, *u};
}

EventDatesProblem eventDatesProblem(std::string_view date, std::string_view due, int planYear) {
    const auto d = parseDisplayDate(date, planYear);
    const auto u = parseDisplayDate(due, planYear);
    return !d        ? EventDatesProblem::DateInvalid
           : !u      ? EventDatesProblem::DueInvalid
           : *u < *d ? EventDatesProblem::DueBeforeDate
                     : EventDatesProblem::None;
}

std::optional<Date> proposedEventDueFor(std::string_view date, int planYear) {
    const auto d = parseDisplayDate(date, planYear);
    if (!d)
        return std::nullopt;
    return proposedEventDue(*d);
}

// [SECTION] Days late or left

long daysLate(const Occurrence& occurrence, const Date& today) {
    return dayNumber(today) - dayNumber(occurrence.due);
}

long daysLeft(const Occurrence& occurrence, const Date& today) {
    return dayNumber(occurrence.due) - dayNumber(today);
}

// [SECTION] What the filters select

namespace {

/// The parts of a filter that depend only on the task, and only on the occurrence.
ProgressFilter taskPart(const ProgressFilter& f) {
    ProgressFilter t;
    t.groupId = f.groupId;
    t.unitId = f.unitId;
    t.search = f.search;
    return t;
}

ProgressFilter occurrencePart(const ProgressFilter& f) {
    ProgressFilter o;
    o.timeliness = f.timeliness;
    o.from = f.from;
    o.to = f.to;
    return o;
}

/// The end of the run of occurrences of the task at `begin` (`all` lists each task's occurrences together).
std::size_t runEnd(const std::vector<TaskOccurrence>& all, std::size_t begin) {
    std::size_t end = begin;
    while (end < all.size() && all[end].task == all[begin].task)
        ++end;
    return end;
}

} // namespace

std::vector<std::size_t> matchingOccurrences(const std::vector<TaskOccurrence>& all,
                                             const ProgressFilter& filter) {
    const ProgressFilter byTask = taskPart(filter), byOccurrence = occurrencePart(filter);
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < all.size();) {
        const std::size_t end = runEnd(all, i);
        if (matches(all[i], byTask))
            for (std::size_t j = i; j < end; ++j)
                if (matches(all[j], byOccurrence))
                    out.push_back(j);
        i = end;
    }
    return out;
}

ProgressFilter withoutTimeliness(ProgressFilter filter) {
    filter.timeliness.reset();
    return filter;
}

std::vector<UnscheduledTask> unscheduledTasks(const Plan& plan, const std::vector<TaskOccurrence>& all,
                                              const ProgressFilter& filter) {
    std::vector<UnscheduledTask> out;
    if (filter.timeliness || filter.from || filter.to)
        return out;
    const ProgressFilter byTask = taskPart(filter);
    std::unordered_map<std::string, bool> understood; // by schedule and timeframe text: parsed once each
    std::size_t next = 0;                             // `all` is in appendix order
    for (const Group& g : plan.groups)
        for (const Task& t : g.tasks) {
            const bool has = next < all.size() && all[next].task == &t;
            while (next < all.size() && all[next].task == &t)
                ++next;
            if (has)
                continue;
            TaskOccurrence probe;
            probe.group = &g;
            probe.task = &t;
            if (!matches(probe, byTask))
                continue;
            const std::string text = t.schedule + '\x01' + t.timeframe;
            auto it = understood.find(text);
            if (it == understood.end())
                it = understood.emplace(text, scheduleOf(plan, t).understood).first;
            out.push_back(
                {&g, &t, it->second ? UnscheduledReason::AwaitingEvent : UnscheduledReason::NotUnderstood});
        }
    return out;
}

// [SECTION] Timeline rows

int timelineLane(const Occurrence& occurrence) {
    return occurrence.kind == OccurrenceKind::Period ? 1 + static_cast<int>(occurrence.period) : 0;
}

std::vector<TimelineRow> timelineRows(const std::vector<TaskOccurrence>& all, const ProgressFilter& filter) {
    const ProgressFilter byTask = taskPart(filter);
    std::vector<TimelineRow> rows;
    for (std::size_t i = 0; i < all.size();) {
        const std::size_t end = runEnd(all, i);
        if (matches(all[i], byTask)) {
            TimelineRow row;
            row.begin = i;
            row.end = end;
            std::array<bool, kTimelineLanes> used{};
            for (std::size_t j = i; j < end; ++j)
                used[static_cast<std::size_t>(timelineLane(all[j].occurrence))] = true;
            int count = 0;
            for (int l = 0; l < kTimelineLanes; ++l)
                if (used[static_cast<std::size_t>(l)])
                    row.laneIndex[static_cast<std::size_t>(l)] = count++;
            row.laneCount = std::max(count, 1);
            rows.push_back(row);
        }
        i = end;
    }
    return rows;
}

// [SECTION] Labels as keys

OccurrenceLabel periodLabelOf(const Period& period) {
    OccurrenceLabel l;
    l.year = period.year;
    l.number = period.index;
    switch (period.kind) {
    case PeriodKind::Month:
        l.key = OccurrenceLabelKey::Month;
        break;
    case PeriodKind::Quarter:
        l.key = OccurrenceLabelKey::Quarter;
        break;
    case PeriodKind::HalfYear:
        l.key = period.index == 1 ? OccurrenceLabelKey::FirstHalf : OccurrenceLabelKey::SecondHalf;
        break;
    case PeriodKind::NineMonths:
        l.key = OccurrenceLabelKey::NineMonths;
        break;
    case PeriodKind::Year:
        l.key = OccurrenceLabelKey::Year;
        break;
    }
    return l;
}

OccurrenceLabel occurrenceLabel(const Occurrence& occurrence) {
    OccurrenceLabel l;
    switch (occurrence.kind) {
    case OccurrenceKind::Window:
        l.key = OccurrenceLabelKey::Deadline;
        l.date = occurrence.due;
        return l;
    case OccurrenceKind::Event:
        l.key = OccurrenceLabelKey::Event;
        l.date = occurrence.start;
        return l;
    case OccurrenceKind::Period:
        break;
    }
    // The label names the period, not its dates: the key reads the same in either period mode.
    if (const auto p = periodFromKey(occurrence.key, PeriodMode::Calendar))
        return periodLabelOf(*p);
    l.raw = occurrence.key;
    return l;
}

std::vector<SchedulePart> scheduleParts(const Schedule& schedule) {
    std::vector<SchedulePart> parts;
    if (!schedule.understood) {
        parts.push_back({SchedulePartKey::NotUnderstood, {}, {}});
        return parts;
    }
    for (const Window& w : schedule.windows)
        parts.push_back({SchedulePartKey::Deadline, w.due, {}});
    if (!schedule.recurring.empty())
        parts.push_back({SchedulePartKey::Recurring, {}, schedule.recurring});
    if (schedule.continuous) // judged per quarter, as planOccurrences does
        parts.push_back({SchedulePartKey::Continuous, {}, {PeriodKind::Quarter}});
    if (schedule.eventDriven)
        parts.push_back({SchedulePartKey::EventDriven, {}, {}});
    return parts;
}

} // namespace domain
