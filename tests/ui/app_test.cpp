// The app, natively: every window drawn for the built-in plan and a 5,000-task plan, clicked through by
// widget name; the defects of storage and import that a browser test would otherwise be the only one to see.
#include "support/generated_plan.hpp"
#include "ui_harness.hpp"

#include "domain/plan_json.hpp"

using namespace ui_test;
namespace native = platform::native;

namespace {

const char* kTabs[] = {"tab.appendix", "tab.progress", "tab.timeline", "tab.dashboard",
                       "tab.document", "tab.units",    "tab.plans"};

void clickThroughTabs(Harness& h) {
    for (const char* tab : kTabs) {
        CAPTURE(tab);
        h.click(tab);
        h.frames(3);
        CHECK(h.state()["dialog"].is_null()); // nothing went wrong on the way
    }
}

std::string storedPlanPath(const std::string& id) {
    return "/data/plans/" + id + ".json";
}

} // namespace

TEST_CASE("the built-in plan opens, every tab draws, and it is stored") {
    Harness h;
    h.start();
    REQUIRE(h.app.hasPlan());
    CHECK(h.state()["ready"] == true);
    clickThroughTabs(h);
    h.settle();
    const std::string id = h.plan()["id"];
    REQUIRE(native::files().count(storedPlanPath(id)) == 1);
    CHECK(native::files()[storedPlanPath(id)] == h.app.planJson());
}

TEST_CASE("a 5,000-task plan opens and every tab draws") {
    const domain::Plan base = *domain::importPlanJson(readSource("assets/plans/hoa-tan-tay-2024.json")).plan;
    const domain::Plan big = test_support::generatedPlan(base, 5000);
    Harness h;
    native::files()[storedPlanPath(big.meta.id)] = domain::exportPlanJson(big);
    native::files()["/data/settings.json"] = "{\"currentPlan\": \"" + big.meta.id + "\"}";
    h.start();
    REQUIRE(h.app.hasPlan());
    CHECK(domain::taskCount(*domain::importPlanJson(h.app.planJson()).plan) == 5000);
    clickThroughTabs(h);
}

TEST_CASE("a damaged settings file: the app starts, says so, and the plans are untouched") {
    for (const char* settings : {R"({"zoom": "big", "language": 7, "currentPlan": 12})", "not json at all",
                                 R"({"zoom": 1e999})", "[]"}) {
        CAPTURE(settings);
        Harness h;
        const std::string planText = native::files()[kBuiltinPath];
        native::files()["/data/plans/task-plan.json"] = planText;
        native::files()["/data/settings.json"] = settings;
        h.start();
        REQUIRE(h.app.hasPlan());
        CHECK(h.state()["storageMessage"].get<std::string>().find("cài đặt") != std::string::npos);
        CHECK(h.app.uiZoom() == 1.0f);
        clickThroughTabs(h);
        h.settle();
        CHECK(native::files()["/data/plans/task-plan.json"] == planText); // read, not rewritten or lost
        // The repaired settings were written back: the next start says nothing.
        CHECK_FALSE(domain::decodeSettings(native::files()["/data/settings.json"]).reset);
    }
}

TEST_CASE("a file with a number beyond double is refused with a message, nothing thrown") {
    Harness h;
    h.start();
    const std::string before = h.app.planJson();
    std::string text = native::files()[kBuiltinPath];
    const auto at = text.find("\"year\": 2024");
    REQUIRE(at != std::string::npos);
    text.replace(at, 12, "\"year\": 1e999");
    CHECK_NOTHROW(h.app.receiveFile("hong.json", text, false));
    h.frames(3);
    const auto dialog = h.state()["dialog"];
    REQUIRE(dialog.is_object());
    CHECK(dialog["kind"] == "message");
    CHECK(dialog["title"].get<std::string>().find("hong.json") != std::string::npos);
    CHECK(h.app.planJson() == before);
}

TEST_CASE("importing as a replacement a snapshot of another plan deletes no stored plan") {
    Harness h;
    h.start();
    h.settle();
    const std::string openId = h.plan()["id"];
    const std::string openBefore = h.app.planJson();
    REQUIRE(native::files().count(storedPlanPath(openId)));
    // A snapshot of another plan (another id, another title).
    domain::Plan other = *domain::importPlanJson(openBefore).plan;
    other.meta.id = "plan-other";
    other.title = "Kế hoạch khác";
    h.app.receiveFile("khac.json", domain::exportPlanJson(other), false);
    h.frames(3);
    REQUIRE(h.state()["dialog"]["kind"] == "import");
    h.click("import.replace");
    h.settle();
    // The open plan keeps its id and file, now with the snapshot's content; its old content is a version.
    CHECK(h.plan()["id"] == openId);
    CHECK(h.plan()["header"]["title"] == "Kế hoạch khác");
    REQUIRE(native::files().count(storedPlanPath(openId)));
    CHECK(native::files()[storedPlanPath(openId)] == h.app.planJson());
    bool versionKept = false;
    for (const std::string& name : platform::listFiles("/data/versions/" + openId))
        versionKept = versionKept || native::files()["/data/versions/" + openId + "/" + name] == openBefore;
    CHECK(versionKept);
    // And it can be undone.
    CHECK(h.state()["canUndo"] == true);
}

TEST_CASE("deleting a plan removes its versions too") {
    Harness h;
    h.start();
    h.settle();
    const std::string firstId = h.plan()["id"];
    REQUIRE_FALSE(platform::listFiles("/data/versions/" + firstId).empty());
    h.click("tab.plans");
    // A second plan, so that deleting the first leaves one to open.
    domain::Plan other = *domain::importPlanJson(h.app.planJson()).plan;
    other.meta.id = "plan-second";
    h.app.receiveFile("second.json", domain::exportPlanJson(other), false);
    h.frames(3);
    h.click("import.add");
    h.settle();
    REQUIRE(h.plan()["id"] == "plan-second");
    h.frames(3);
    int row = -1;
    const auto plans = h.state()["plans"];
    for (std::size_t i = 0; i < plans.size(); ++i)
        if (plans[i]["id"] == firstId)
            row = static_cast<int>(i);
    REQUIRE(row >= 0);
    h.click("plans.row" + std::to_string(row) + ".delete");
    h.click("plans.deleteOk");
    h.settle();
    CHECK(native::files().count(storedPlanPath(firstId)) == 0);
    CHECK(platform::listFiles("/data/versions/" + firstId).empty());
    CHECK(native::files().count(storedPlanPath("plan-second")) == 1);
}
