// Occurrences with progress, timeliness, filters, dashboard and progress edits (see progress.hpp).
#include "domain/progress.hpp"

#include "domain/text.hpp"

#include <algorithm>
#include <unordered_map>

namespace domain {

PeriodMode periodModeOf(const Plan& plan) {
    return plan.periodMode == "decree09" ? PeriodMode::Decree09 : PeriodMode::Calendar;
}

Schedule scheduleOf(const Plan& plan, const Task& task) {
    if (!task.schedule.empty()) {
        Schedule s = parseTimeframe(task.schedule, plan.year);
        if (s.understood)
            return s;
    }
    return parseTimeframe(task.timeframe, plan.year);
}

std::vector<EventOccurrence> eventsOf(const Plan& plan, const std::string& taskId) {
    std::vector<EventOccurrence> out;
    for (const TaskEvent& e : plan.events) {
        if (e.taskId != taskId)
            continue;
        const auto date = parseIsoDate(e.date), due = parseIsoDate(e.due);
        if (date && due)
            out.push_back({e.meta.id, *date, *due});
    }
    return out;
}

const Progress* findProgress(const Plan& plan, const std::string& taskId, const std::string& occurrence) {
    for (const Progress& p : plan.progress)
        if (p.taskId == taskId && p.occurrence == occurrence)
            return &p;
    return nullptr;
}

Timeliness timeliness(const Occurrence& occ, const Progress* progress, const Date& today) {
    const std::string status = progress ? progress->status : "todo";
    if (status == "na")
        return Timeliness::NotApplicable;
    if (status == "done") {
        const auto completed = progress ? parseIsoDate(progress->completed) : std::nullopt;
        return completed.value_or(today) <= occ.due ? Timeliness::DoneOnTime : Timeliness::DoneLate;
    }
    if (today > occ.due)
        return Timeliness::Overdue;
    if (today < occ.start)
        return Timeliness::NotDue;
    return Timeliness::InTime;
}

std::vector<TaskOccurrence> planOccurrences(const Plan& plan, const Date& today) {
    // Indexes first: thousands of tasks must not each scan every progress record and event.
    std::unordered_map<std::string, const Progress*> progressByKey;
    progressByKey.reserve(plan.progress.size());
    for (const Progress& p : plan.progress)
        progressByKey.emplace(p.taskId + '\n' + p.occurrence, &p);
    std::unordered_map<std::string, std::vector<EventOccurrence>> eventsByTask;
    for (const TaskEvent& e : plan.events) {
        const auto date = parseIsoDate(e.date), due = parseIsoDate(e.due);
        if (date && due)
            eventsByTask[e.taskId].push_back({e.meta.id, *date, *due});
    }
    // Tasks copied from one another share their timeframe text: parse each distinct text once.
    std::unordered_map<std::string, Schedule> parsed;
    const std::vector<EventOccurrence> noEvents;
    std::vector<TaskOccurrence> out;
    const PeriodMode mode = periodModeOf(plan);
    for (const Group& g : plan.groups)
        for (const Task& t : g.tasks) {
            const std::string text = t.schedule + '\x01' + t.timeframe;
            auto it = parsed.find(text);
            if (it == parsed.end())
                it = parsed.emplace(text, scheduleOf(plan, t)).first;
            const auto ev = eventsByTask.find(t.meta.id);
            for (const Occurrence& o :
                 occurrences(it->second, plan.year, mode, ev == eventsByTask.end() ? noEvents : ev->second)) {
                TaskOccurrence to;
                to.group = &g;
                to.task = &t;
                to.occurrence = o;
                const auto p = progressByKey.find(t.meta.id + '\n' + o.key);
                to.progress = p == progressByKey.end() ? nullptr : p->second;
                to.timeliness = timeliness(o, to.progress, today);
                out.push_back(std::move(to));
            }
        }
    return out;
}

bool matches(const TaskOccurrence& o, const ProgressFilter& f) {
    if (!f.groupId.empty() && o.group->meta.id != f.groupId)
        return false;
    if (!f.unitId.empty() && o.task->leadUnitId != f.unitId)
        return false;
    if (f.timeliness && o.timeliness != *f.timeliness)
        return false;
    if (f.from && o.occurrence.due < *f.from)
        return false;
    if (f.to && o.occurrence.due > *f.to)
        return false;
    if (!f.search.empty()) {
        const Task& t = *o.task;
        if (!searchMatches(o.group->numeral + "." + t.number + " " + t.content + " " + t.product + " " +
                               t.timeframe,
                           f.search))
            return false;
    }
    return true;
}

double Tally::percent() const {
    const int applicable = total - notApplicable;
    return applicable > 0 ? 100.0 * done() / applicable : 0.0;
}

void count(Tally& tally, Timeliness t) {
    ++tally.total;
    switch (t) {
    case Timeliness::NotDue:
        ++tally.notDue;
        break;
    case Timeliness::InTime:
        ++tally.inTime;
        break;
    case Timeliness::Overdue:
        ++tally.overdue;
        break;
    case Timeliness::DoneOnTime:
        ++tally.doneOnTime;
        break;
    case Timeliness::DoneLate:
        ++tally.doneLate;
        break;
    case Timeliness::NotApplicable:
        ++tally.notApplicable;
        break;
    }
}

Dashboard dashboard(const Plan& plan, const Date& today, const ProgressFilter& filter) {
    return dashboardOf(plan, planOccurrences(plan, today), today, filter);
}

namespace {

/// Sorts by due date, keeping appendix order among equal dates (as std::stable_sort would, which costs 3 KB
/// of WebAssembly).
void sortByDue(std::vector<TaskOccurrence>& items) {
    std::vector<std::size_t> order(items.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const Date& da = items[a].occurrence.due;
        const Date& db = items[b].occurrence.due;
        return da < db || (!(db < da) && a < b);
    });
    std::vector<TaskOccurrence> sorted;
    sorted.reserve(items.size());
    for (const std::size_t i : order)
        sorted.push_back(std::move(items[i]));
    items = std::move(sorted);
}

} // namespace

Dashboard dashboardOf(const Plan& plan, const std::vector<TaskOccurrence>& all, const Date& today,
                      const ProgressFilter& filter) {
    Dashboard d;
    for (const Group& g : plan.groups)
        d.byGroup.push_back({&g, Tally{}});
    d.byUnit.push_back({"", Tally{}});
    for (const Unit& u : plan.units)
        d.byUnit.push_back({u.meta.id, Tally{}});
    const Date soon = addDays(today, kDueSoonDays);
    for (const TaskOccurrence& o : all) {
        if (!matches(o, filter))
            continue;
        count(d.overall, o.timeliness);
        for (auto& [g, tally] : d.byGroup)
            if (g == o.group)
                count(tally, o.timeliness);
        for (auto& [unit, tally] : d.byUnit)
            if (unit == o.task->leadUnitId)
                count(tally, o.timeliness);
        if (o.timeliness == Timeliness::Overdue)
            d.overdue.push_back(o);
        else if ((o.timeliness == Timeliness::InTime || o.timeliness == Timeliness::NotDue) &&
                 o.occurrence.due >= today && o.occurrence.due <= soon)
            d.dueSoon.push_back(o);
    }
    sortByDue(d.overdue);
    sortByDue(d.dueSoon);
    d.byUnit.erase(std::remove_if(d.byUnit.begin(), d.byUnit.end(),
                                  [](const auto& u) { return u.first.empty() && u.second.total == 0; }),
                   d.byUnit.end());
    return d;
}

namespace {

const char* statusWords(const std::string& status) {
    if (status == "doing")
        return "Đang thực hiện";
    if (status == "done")
        return "Hoàn thành";
    if (status == "na")
        return "Không phát sinh";
    return "Chưa thực hiện";
}

std::string displayIso(const std::string& iso) {
    const auto d = parseIsoDate(iso);
    return d ? toDisplay(*d) : iso;
}

} // namespace

Edit progressEdit(const Plan& plan, const std::string& taskId, const std::string& occurrence,
                  const ProgressChange& change, const std::function<std::string(const char*)>& newId) {
    Edit e;
    std::vector<std::string> said;
    const Progress* existing = findProgress(plan, taskId, occurrence);
    std::string recordId;
    if (!existing) {
        Progress p;
        p.meta.id = progressId(taskId, occurrence); // derived: the same record on every device
        p.taskId = taskId;
        p.occurrence = occurrence;
        recordId = p.meta.id;
        e.ops.push_back(InsertRecord{plan.meta.id, plan.progress.size(), p});
    } else {
        recordId = existing->meta.id;
    }
    const Progress current = existing ? *existing : Progress{};
    auto set = [&](const char* field, const std::optional<std::string>& value, const std::string& now) {
        if (value && *value != now)
            e.ops.push_back(SetText{recordId, field, *value});
        return value && *value != now;
    };
    if (set("status", change.status, current.status))
        said.push_back(statusWords(*change.status));
    if (set("completed", change.completed, current.completed))
        said.push_back(change.completed->empty() ? "bỏ ngày hoàn thành"
                                                 : "ngày hoàn thành " + displayIso(*change.completed));
    if (set("note", change.note, current.note))
        said.push_back("kết quả: " + *change.note);
    std::size_t index = current.evidence.size();
    for (const std::string& text : change.addEvidence) {
        if (text.empty())
            continue;
        e.ops.push_back(InsertRecord{recordId, index++, Evidence{newId("evidence"), text}});
        said.push_back("minh chứng: " + text);
    }
    for (const std::string& id : change.removeEvidence)
        for (const Evidence& ev : current.evidence)
            if (ev.id == id) {
                e.ops.push_back(RemoveRecord{id});
                said.push_back("bỏ minh chứng: " + ev.text);
            }
    if (said.empty())
        return {};
    std::string text;
    for (const std::string& s : said)
        text += (text.empty() ? "" : "; ") + s;
    LogEntry line;
    line.meta.id = newId("log");
    line.taskId = taskId;
    line.occurrence = occurrence;
    line.text = text;
    e.ops.push_back(InsertRecord{plan.meta.id, plan.log.size(), line});
    return e;
}

Edit logEventEdit(const Plan& plan, const std::string& taskId, const Date& date, const Date& due,
                  const std::string& note, const std::function<std::string(const char*)>& newId) {
    TaskEvent ev;
    ev.meta.id = newId("event");
    ev.taskId = taskId;
    ev.date = toIso(date);
    ev.due = toIso(due);
    ev.note = note;
    LogEntry line;
    line.meta.id = newId("log");
    line.taskId = taskId;
    line.occurrence = "E" + ev.meta.id;
    line.text =
        "Phát sinh ngày " + toDisplay(date) + ", hạn " + toDisplay(due) + (note.empty() ? "" : ": " + note);
    return Edit{{InsertRecord{plan.meta.id, plan.events.size(), ev},
                 InsertRecord{plan.meta.id, plan.log.size(), line}}};
}

} // namespace domain
