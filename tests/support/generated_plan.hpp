// A large plan for benchmarks and native UI tests: the built-in plan's tasks repeated to any count.
#pragma once

#include "domain/plan.hpp"
#include "domain/progress.hpp"
#include "domain/schedule.hpp"

#include <string>
#include <vector>

namespace test_support {

using namespace domain;

/// A plan of `tasks` tasks: the 28 tasks of the built-in plan over and over (every kind of timeframe), spread
/// over the 8 groups, with progress recorded (done) on the first occurrence of every third task; and
/// `targets` targets (the built-in plan's over and over, on tasks spread over the plan) counted in every
/// month.
inline Plan generatedPlan(const Plan& base, int tasks, int targets = 100) {
    std::vector<Task> seed;
    for (const Group& g : base.groups)
        for (const Task& t : g.tasks)
            seed.push_back(t);
    Plan p = base;
    for (Group& g : p.groups)
        g.tasks.clear();
    for (int i = 0; i < tasks; ++i) {
        Task t = seed[static_cast<std::size_t>(i) % seed.size()];
        t.meta.id = "gen-" + std::to_string(i);
        t.number = std::to_string(i / 8 + 1);
        for (std::size_t c = 0; c < t.coordinators.size(); ++c)
            t.coordinators[c].id = t.meta.id + "-co" + std::to_string(c);
        p.groups[static_cast<std::size_t>(i) % p.groups.size()].tasks.push_back(t);
    }
    p.kpis.clear();
    for (int i = 0; i < targets && !base.kpis.empty(); ++i) {
        Kpi k = base.kpis[static_cast<std::size_t>(i) % base.kpis.size()];
        k.meta.id = "gen-kpi-" + std::to_string(i);
        k.taskId = "gen-" + std::to_string((i * 37) % tasks);
        for (int m = 1; m <= 12; ++m) {
            KpiCount c;
            c.kpiId = k.meta.id;
            c.month = std::to_string(p.year) + (m < 10 ? "-0" : "-") + std::to_string(m);
            c.meta.id = "count-" + c.kpiId + "-" + c.month;
            c.denominator = 400 + (i * 13 + m * 29) % 200;
            c.numerator = c.denominator - (i * 7 + m * 11) % 90;
            p.kpiCounts.push_back(c);
        }
        p.kpis.push_back(std::move(k));
    }
    const auto all = planOccurrences(p, Date{p.year, 7, 15});
    std::string last;
    for (const TaskOccurrence& o : all) {
        const int n = std::stoi(o.task->meta.id.substr(4));
        if (n % 3 != 0 || o.task->meta.id == last)
            continue;
        last = o.task->meta.id;
        Progress pr;
        pr.meta.id = "pr-" + o.task->meta.id;
        pr.taskId = o.task->meta.id;
        pr.occurrence = o.occurrence.key;
        pr.status = "done";
        pr.completed = toIso(o.occurrence.due);
        pr.evidence.push_back({"ev-" + o.task->meta.id, "Báo cáo số 1/BC-UBND"});
        p.progress.push_back(pr);
    }
    return p;
}

} // namespace test_support
