// Timing of the domain's heavy paths (export/import of the built-in plan and of a generated plan with 5,000
// tasks; occurrences and dashboard of that plan for a year). Prints one "name: value" line per measurement;
// scripts/bench.sh collects them. With a second argument, also writes the generated plan there (for the
// browser benchmark of the progress views).
#include "domain/plan_json.hpp"
#include "domain/progress.hpp"
#include "domain/targets.hpp"
#include "support/generated_plan.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <sstream>

using namespace domain;

namespace {

double medianMs(const std::function<void()>& fn, int runs) {
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        auto t0 = std::chrono::steady_clock::now();
        fn();
        ms.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    const char* path = argc > 1 ? argv[1] : "assets/plans/hoa-tan-tay-2024.json";
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string text = ss.str();
    ImportResult r = importPlanJson(text);
    if (!r.plan) {
        std::fprintf(stderr, "cannot read %s\n", path);
        return 1;
    }
    const Plan big = test_support::generatedPlan(*r.plan, 5000);
    const std::string bigText = exportPlanJson(big);
    std::printf("builtin_export_ms: %.3f\n", medianMs([&] { (void)exportPlanJson(*r.plan); }, 21));
    std::printf("builtin_import_ms: %.3f\n", medianMs([&] { (void)importPlanJson(text); }, 21));
    std::printf("tasks5000_export_ms: %.3f\n", medianMs([&] { (void)exportPlanJson(big); }, 5));
    std::printf("tasks5000_import_ms: %.3f\n", medianMs([&] { (void)importPlanJson(bigText); }, 5));
    std::printf("tasks5000_bytes: %zu\n", bigText.size());
    const Date today{big.year, 7, 15};
    std::size_t occurrenceCount = 0;
    std::printf("tasks5000_occurrences_ms: %.3f\n",
                medianMs([&] { occurrenceCount = planOccurrences(big, today).size(); }, 5));
    std::printf("tasks5000_dashboard_ms: %.3f\n", medianMs([&] { (void)dashboard(big, today, {}); }, 5));
    std::printf("tasks5000_occurrence_count: %zu\n", occurrenceCount);
    // Every target's rate over every period of the year (year, 9 months, halves, quarters, months), in both
    // period modes, from the counts indexed once: what the view and a report compute for a changed plan.
    std::size_t rates = 0;
    std::printf("targets100_rates_ms: %.3f\n",
                medianMs(
                    [&] {
                        rates = 0;
                        const CountIndex counts(big);
                        for (const PeriodMode mode : {PeriodMode::Calendar, PeriodMode::Decree09})
                            for (const PeriodKind kind :
                                 {PeriodKind::Year, PeriodKind::NineMonths, PeriodKind::HalfYear,
                                  PeriodKind::Quarter, PeriodKind::Month})
                                for (const Period& period : periodsOfYear(kind, big.year, mode)) {
                                    const auto months = monthsWithin(period.start, period.end, mode);
                                    for (const Kpi& k : big.kpis)
                                        rates += counts.rate(k, months).months > 0;
                                }
                    },
                    5));
    std::printf("targets100_rate_count: %zu\n", rates);
    if (argc > 2) {
        std::ofstream out(argv[2], std::ios::binary);
        out << bigText;
    }
    if (argc > 3) {
        // The built-in plan with a year of progress: every occurrence done, with an evidence line.
        Plan year = *r.plan;
        for (const TaskOccurrence& o : planOccurrences(year, Date{year.year, 12, 31})) {
            Progress pr;
            pr.meta.id = "pr-" + o.task->meta.id + "-" + o.occurrence.key;
            pr.meta.modified = "2024-12-20T08:00:00Z";
            pr.meta.author = "Cán bộ";
            pr.taskId = o.task->meta.id;
            pr.occurrence = o.occurrence.key;
            pr.status = "done";
            pr.completed = toIso(o.occurrence.due);
            pr.note = "Đã thực hiện theo kế hoạch";
            pr.evidence.push_back(
                {"ev-" + pr.meta.id, "Báo cáo số 12/BC-UBND ngày " + toDisplay(o.occurrence.due)});
            year.progress.push_back(pr);
        }
        std::ofstream out(argv[3], std::ios::binary);
        out << exportPlanJson(year);
    }
    return 0;
}
