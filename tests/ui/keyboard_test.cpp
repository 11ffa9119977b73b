// The keyboard as an officer uses it: Escape leaves a field and keeps what was typed.
#include "ui_harness.hpp"

#include "domain/plan_json.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace ui_test;

namespace {

void press(Harness& h, ImGuiKey key) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(key, true);
    h.frame();
    io.AddKeyEvent(key, false);
    h.frames(2);
}

std::string firstTaskContent(const Harness& h) {
    return domain::importPlanJson(h.app.planJson()).plan->groups[0].tasks[0].content;
}

} // namespace

TEST_CASE("Escape leaves a field and keeps what was typed; one undo takes it all back") {
    Harness h;
    h.start();
    h.settle();
    h.click("tab.appendix");
    const domain::Plan plan = *domain::importPlanJson(h.app.planJson()).plan;
    const std::string before = plan.groups[0].tasks[0].content;
    h.click("task:" + plan.groups[0].tasks[0].meta.id);
    h.click("task.content");
    press(h, ImGuiKey_End);
    ImGui::GetIO().AddInputCharactersUTF8(" — một đoạn dài được gõ thêm");
    h.frames(2);
    press(h, ImGuiKey_Escape);
    CHECK(h.state()["activeField"] == "");
    CHECK(firstTaskContent(h) == before + " — một đoạn dài được gõ thêm");
    h.settle();
    CHECK(firstTaskContent(h) == before + " — một đoạn dài được gõ thêm"); // and nothing puts it back later
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Ctrl, true);
    press(h, ImGuiKey_Z);
    io.AddKeyEvent(ImGuiMod_Ctrl, false);
    h.frames(2);
    CHECK(firstTaskContent(h) == before);
}
