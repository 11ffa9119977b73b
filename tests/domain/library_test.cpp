// Plan-library rules: list order, duplicate, export name, version retention, backup reminder.
#include "domain/library.hpp"
#include "domain/plan_json.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace domain;

TEST_CASE("plans are listed newest year first, then in Vietnamese order") {
    std::vector<PlanSummary> plans = {{"c", "Kế hoạch Đông", 2024, "", ""},
                                      {"a", "Kế hoạch Dân", 2024, "", ""},
                                      {"b", "Kế hoạch mới", 2025, "", ""},
                                      {"d", "Kế hoạch Dân", 2024, "", ""}};
    sortPlanSummaries(plans);
    CHECK(plans[0].id == "b");
    CHECK(plans[1].id == "a"); // d before đ; equal titles by id
    CHECK(plans[2].id == "d");
    CHECK(plans[3].id == "c");
}

TEST_CASE("a duplicate has a new id and stamp and a marked title") {
    const Plan p = *importPlanJson(test_support::builtinPlanText()).plan;
    const Plan d = duplicatePlan(p, "plan-x", "2024-05-01T00:00:00Z", "Lan", " (bản sao)");
    CHECK(d.meta.id == "plan-x");
    CHECK(d.meta.author == "Lan");
    CHECK(d.title == p.title + " (bản sao)");
    CHECK(taskCount(d) == taskCount(p));
}

TEST_CASE("export file name is an ASCII slug of the place, the year and the day") {
    Plan p;
    p.place = "Hòa Tân Tây";
    p.year = 2024;
    CHECK(exportFileName(p, "2024-07-01") == "hoa-tan-tay-2024-2024-07-01.json");
    p.place.clear();
    p.issuingBody = "ỦY BAN NHÂN DÂN XÃ A";
    CHECK(exportFileName(p, "2024-07-01") == "uy-ban-nhan-dan-xa-a-2024-2024-07-01.json");
    p.issuingBody.clear();
    CHECK(exportFileName(p, "2024-07-01") == "2024-2024-07-01.json");
}

TEST_CASE("version names and times") {
    CHECK(versionFileName("2024-07-15T08:30:00Z") == "20240715T083000Z.json");
    CHECK(versionTime("20240715T083000Z.json") == "2024-07-15T08:30:00Z");
    CHECK(versionTime("notes.json").empty());
    CHECK(versionTime("20240715T083000Z.json.tmp").empty());
    const auto names =
        newestVersionsFirst({{"20240101T000000Z.json", 1}, {"x.json", 1}, {"20240301T000000Z.json", 1}});
    REQUIRE(names.size() == 2);
    CHECK(names[0] == "20240301T000000Z.json");
}

TEST_CASE("one version per 10 minutes unless asked") {
    CHECK(versionDue(-1, 0, false));
    CHECK_FALSE(versionDue(0, kVersionEveryMs - 1, false));
    CHECK(versionDue(0, kVersionEveryMs, false));
    CHECK(versionDue(0, 1, true));
}

TEST_CASE("versions kept: newest 20, at most 20 MB, the newest always") {
    std::vector<VersionFile> files;
    for (int i = 0; i < 25; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "202401%02dT000000Z.json", i + 1);
        files.push_back({name, 1000});
    }
    auto removed = versionsToPrune(files);
    REQUIRE(removed.size() == 5);
    CHECK(removed.front() == "20240105T000000Z.json"); // the oldest go
    // Big files: the newest stays even when it alone is over the limit.
    std::vector<VersionFile> big = {{"20240102T000000Z.json", kMaxVersionBytes + 1},
                                    {"20240101T000000Z.json", 10}};
    removed = versionsToPrune(big);
    REQUIRE(removed.size() == 1);
    CHECK(removed[0] == "20240101T000000Z.json");
    std::vector<VersionFile> half = {{"20240103T000000Z.json", kMaxVersionBytes / 2},
                                     {"20240102T000000Z.json", kMaxVersionBytes / 2},
                                     {"20240101T000000Z.json", 1}};
    CHECK(versionsToPrune(half) == std::vector<std::string>{"20240101T000000Z.json"});
}

TEST_CASE("backup reminder after 50 edits or 7 days") {
    const double day = 24 * 3600 * 1000.0;
    CHECK_FALSE(backupDue(0, 0, 0, 100 * day));        // nothing known yet
    CHECK_FALSE(backupDue(0, 10 * day, 49, 16 * day)); // 6 days since first use
    CHECK(backupDue(0, 10 * day, 50, 11 * day));
    CHECK(backupDue(0, 10 * day, 0, 17.5 * day));
    CHECK_FALSE(backupDue(15 * day, 1 * day, 0, 17.5 * day)); // exported 2.5 days ago
    CHECK(backupDue(15 * day, 1 * day, 0, 22.5 * day));
}

TEST_CASE("the last change of a plan is the newest stamp anywhere in it, progress and deletions included") {
    Plan p = *importPlanJson(test_support::builtinPlanText()).plan;
    const std::string before = lastChange(p);
    CHECK(before >= p.meta.modified);
    Progress done;
    done.meta.id = progressId("task-1-1", "2024-01");
    done.meta.modified = "2030-05-01T08:00:00Z";
    done.taskId = "task-1-1";
    done.occurrence = "2024-01";
    p.progress.push_back(done);
    CHECK(lastChange(p) == "2030-05-01T08:00:00Z"); // the plan's own stamp did not move
    p.tombstones.push_back({"task-x", "task", "2031-01-01T00:00:00Z", "Lan"});
    CHECK(lastChange(p) == "2031-01-01T00:00:00Z");
}
