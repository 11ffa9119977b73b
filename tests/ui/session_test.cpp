// The session's change tracking: text-only edits keep the layout revision, so views update one row instead
// of recomputing everything; anything else (a schedule, an undo, another plan) is a layout change.
#include "support/generated_plan.hpp"
#include "ui/session.hpp"
#include "ui_harness.hpp"

#include "domain/plan_json.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace ui_test;

namespace {

domain::Plan builtin() {
    return *domain::importPlanJson(readSource("assets/plans/hoa-tan-tay-2024.json")).plan;
}

domain::Edit setText(const std::string& id, const std::string& field, const std::string& value) {
    return domain::Edit{{domain::SetText{id, field, value}}};
}

} // namespace

TEST_CASE("a text edit keeps the layout revision and names its record; other changes do not") {
    ui::Session s;
    s.open(builtin(), 0);
    const std::string task = s.plan().groups[0].tasks[0].meta.id;
    const unsigned layout = s.layoutRevision(), before = s.revision();

    REQUIRE_FALSE(s.apply(setText(task, "content", "Nội dung mới"), "k", 1));
    CHECK(s.revision() > before);
    CHECK(s.layoutRevision() == layout);
    const auto changed = s.textChangesSince(before);
    REQUIRE(changed);
    CHECK(*changed == std::vector<std::string>{task});
    CHECK(s.textChangesSince(s.revision())->empty());

    const unsigned afterText = s.revision();
    REQUIRE_FALSE(s.apply(setText(task, "timeframe", "Quý III/2024"), "", 2)); // changes occurrences
    CHECK(s.layoutRevision() > layout);
    CHECK_FALSE(s.textChangesSince(afterText));
    CHECK_FALSE(s.textChangesSince(before));

    const unsigned layout2 = s.layoutRevision();
    REQUIRE(s.undo(3));
    CHECK(s.layoutRevision() > layout2);
}

TEST_CASE("typing into a task: its appendix row is re-measured exactly as a fresh start measures it") {
    std::string stored, row, planId;
    float grown = 0;
    {
        Harness h;
        h.start();
        h.click("tab.appendix");
        const domain::Plan plan = *domain::importPlanJson(h.app.planJson()).plan;
        planId = plan.meta.id;
        row = "task:" + plan.groups[0].tasks[0].meta.id;
        REQUIRE(h.has(row));
        const float before = h.ctx.findRect(row)->h;
        h.click(row);
        h.click("task.content");
        ImGuiIO& io = ImGui::GetIO();
        io.AddKeyEvent(ImGuiKey_End, true);
        h.frame();
        io.AddKeyEvent(ImGuiKey_End, false);
        io.AddInputCharactersUTF8(" thêm một đoạn dài để dòng này xuống dòng nhiều lần trong bảng phụ lục");
        h.frames(4);
        grown = h.ctx.findRect(row)->h;
        CHECK(grown > before);
        h.settle();
        stored = h.app.planJson();
    }
    CHECK(stored.find("xuống dòng nhiều lần") != std::string::npos);
    // A second app over the same stored plan lays the table out from scratch.
    Harness fresh;
    platform::native::files()["/data/plans/" + planId + ".json"] = stored;
    platform::native::files()["/data/settings.json"] = "{\"currentPlan\": \"" + planId + "\"}";
    fresh.start();
    fresh.click("tab.appendix");
    REQUIRE(fresh.has(row));
    CHECK(fresh.ctx.findRect(row)->h == doctest::Approx(grown));
}
