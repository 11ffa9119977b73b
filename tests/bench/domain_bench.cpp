// Native timing of the domain's heavy paths (export/import of the built-in plan and of a generated plan with
// 5,000 tasks). Prints one "name: milliseconds" line per measurement; scripts/bench.sh collects them.
#include "domain/plan_json.hpp"

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

Plan generated(const Plan& base, int tasks) {
    Plan p = base;
    for (Group& g : p.groups)
        g.tasks.clear();
    for (int i = 0; i < tasks; ++i) {
        Task t = base.groups[1].tasks[1];
        t.meta.id = "gen-" + std::to_string(i);
        t.number = std::to_string(i / 8 + 1);
        for (std::size_t c = 0; c < t.coordinators.size(); ++c)
            t.coordinators[c].id = t.meta.id + "-co" + std::to_string(c);
        p.groups[static_cast<std::size_t>(i) % p.groups.size()].tasks.push_back(t);
    }
    p.kpis.clear();
    return p;
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
    const Plan big = generated(*r.plan, 5000);
    const std::string bigText = exportPlanJson(big);
    std::printf("builtin_export_ms: %.3f\n", medianMs([&] { (void)exportPlanJson(*r.plan); }, 21));
    std::printf("builtin_import_ms: %.3f\n", medianMs([&] { (void)importPlanJson(text); }, 21));
    std::printf("tasks5000_export_ms: %.3f\n", medianMs([&] { (void)exportPlanJson(big); }, 5));
    std::printf("tasks5000_import_ms: %.3f\n", medianMs([&] { (void)importPlanJson(bigText); }, 5));
    std::printf("tasks5000_bytes: %zu\n", bigText.size());
    return 0;
}
