// Plan-level operations: moving a plan to the next year, a new empty plan.
#include "domain/plan.hpp"
#include "domain/plan_json.hpp"
#include "domain/progress.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace domain;

TEST_CASE("shiftYear moves only the standalone year") {
    CHECK(shiftYear("Tháng 02/2024", 2024, 2025) == "Tháng 02/2025");
    CHECK(shiftYear("Quý II/2024 và năm 2024.", 2024, 2025) == "Quý II/2025 và năm 2025.");
    CHECK(shiftYear("số 12024 và 20245", 2024, 2025) == "số 12024 và 20245");
    CHECK(shiftYear("2024", 2024, 2025) == "2025");
    CHECK(shiftYear("Thường xuyên", 2024, 2025) == "Thường xuyên");
}

TEST_CASE("a copy for the next year moves the plan year and lists each change") {
    const Plan p = *importPlanJson(test_support::builtinPlanText()).plan;
    std::vector<YearChange> changes;
    const Plan next = nextYearCopy(p, "plan-2", "2025-01-02T00:00:00Z", "Lan", changes);
    CHECK(next.year == 2025);
    CHECK(next.meta.id == "plan-2");
    CHECK(next.title == "Hoạt động kiểm soát thủ tục hành chính năm 2025 trên địa bàn xã Hòa Tân Tây");
    CHECK(next.dateText == "ngày      tháng 01 năm 2025");
    CHECK(findTask(next, "task-1-1")->timeframe == "Tháng 01/2025");
    CHECK(findTask(next, "task-4-4")->timeframe == "Quý II/2025");
    CHECK(findTask(next, "task-4-4")->content.find("năm 2025") != std::string::npos);
    CHECK(findTask(next, "task-2-1")->content.find("29/8/2022") != std::string::npos); // not the plan year
    // Legal bases cite past documents: the district plan of 26/01/2024 stays.
    CHECK(next.legalBases[5].date == "2024-01-26");
    CHECK(findTask(next, "task-1-1")->meta.author == "Lan");
    bool sawTimeframe = false;
    for (const YearChange& c : changes)
        if (c.where == "appendix.groups[0].tasks[0].timeframe") {
            sawTimeframe = true;
            CHECK(c.before == "Tháng 01/2024");
            CHECK(c.after == "Tháng 01/2025");
            CHECK(c.label == "Nhiệm vụ I.1 — Thời gian thực hiện");
        }
    CHECK(sawTimeframe);
    CHECK(changes.size() >= 10);
    // The copy is a valid snapshot.
    CHECK(importPlanJson(exportPlanJson(next)).errors.empty());
}

TEST_CASE("an empty plan is valid and has no groups") {
    const Plan p = emptyPlan("plan-x", 2026, "2026-01-01T00:00:00Z", "Lan");
    CHECK(p.groups.empty());
    CHECK(p.year == 2026);
    ImportResult r = importPlanJson(exportPlanJson(p));
    CHECK(r.errors.empty());
}

TEST_CASE("a new year starts with no progress, events or history") {
    Plan p = *importPlanJson(test_support::builtinPlanText()).plan;
    test_support::Ids ids;
    const Stamp stamp{"2024-07-15T03:00:00Z", "Lan"};
    ProgressChange done;
    done.status = "done";
    done.addEvidence = {"Báo cáo"};
    REQUIRE(applyEdit(p, progressEdit(p, "task-2-1", "2024-Q2", done, ids), stamp).error == std::nullopt);
    REQUIRE(
        applyEdit(p, logEventEdit(p, "task-1-4", Date{2024, 7, 10}, Date{2024, 7, 20}, "CV 15", ids), stamp)
            .error == std::nullopt);
    REQUIRE(applyEdit(p, removeTaskEdit(p, "task-8-1"), stamp).error == std::nullopt);
    REQUIRE_FALSE(p.progress.empty());
    REQUIRE_FALSE(p.events.empty());
    REQUIRE_FALSE(p.log.empty());
    REQUIRE_FALSE(p.tombstones.empty());
    std::vector<YearChange> changes;
    const Plan next = nextYearCopy(p, "plan-2025", "2025-01-02T00:00:00Z", "Lan", changes);
    CHECK(next.progress.empty());
    CHECK(next.events.empty());
    CHECK(next.log.empty());
    CHECK(next.tombstones.empty());
    CHECK(taskCount(next) == taskCount(p)); // the work itself carries over
    CHECK(importPlanJson(exportPlanJson(next)).plan);
}

TEST_CASE("a copy to a given later year moves the plan year there (the 2024 sample opened in 2026)") {
    const Plan p = *importPlanJson(test_support::builtinPlanText()).plan;
    std::vector<YearChange> changes;
    const Plan copy = nextYearCopy(p, "plan-2026", "2026-12-01T00:00:00Z", "Lan", changes, 2026);
    CHECK(copy.year == 2026);
    CHECK(copy.title == "Hoạt động kiểm soát thủ tục hành chính năm 2026 trên địa bàn xã Hòa Tân Tây");
    CHECK(findTask(copy, "task-1-1")->timeframe == "Tháng 01/2026");
    CHECK(copy.progress.empty());
    CHECK(copy.legalBases[5].date == "2024-01-26");
}
