// The menu bar (see menu_bar.hpp).
#include "ui/menu_bar.hpp"

#include "ui/i18n.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <utility>

namespace ui {

namespace {

/// A menu item that records its rectangle; true when chosen.
bool item(FrameContext& ctx, const std::string& name, const char* label, const char* shortcut = nullptr,
          bool selected = false, bool enabled = true) {
    const bool chosen = ImGui::MenuItem(label, shortcut, selected, enabled);
    recordItem(ctx, name);
    return chosen;
}

bool menu(FrameContext& ctx, const std::string& name, const char* label) {
    const bool open = ImGui::BeginMenu(label);
    recordItem(ctx, name);
    return open;
}

} // namespace

void drawMenuBar(const MenuBarInput& in, FrameContext& ctx, Actions& actions) {
    if (!ImGui::BeginMenuBar())
        return;
    if (menu(ctx, "menu.plan", tr(Str::MenuPlan))) {
        if (item(ctx, "menu.plan.undo", tr(Str::MenuUndo), "Ctrl+Z", false, in.canUndo))
            actions.undo = true;
        if (item(ctx, "menu.plan.redo", tr(Str::MenuRedo), "Ctrl+Y", false, in.canRedo))
            actions.redo = true;
        ImGui::EndMenu();
    }
    if (menu(ctx, "menu.progress", tr(Str::MenuProgress))) {
        const std::pair<Str, int> views[] = {{Str::MenuProgressTasks, 1},
                                             {Str::MenuTimeline, 2},
                                             {Str::MenuDashboard, 3},
                                             {Str::TabTargets, 4}};
        for (const auto& [label, tab] : views)
            if (item(ctx, "menu.progress.tab" + std::to_string(tab), tr(label)))
                actions.selectTab = tab;
        ImGui::Separator();
        if (in.plan) {
            const bool decree = in.plan->periodMode == "decree09";
            if (item(ctx, "menu.progress.calendar", tr(Str::PeriodModeCalendar), nullptr, !decree) && decree)
                actions.setText(in.plan->meta.id, "periodMode", "calendar", "");
            if (item(ctx, "menu.progress.decree09", tr(Str::PeriodModeDecree), nullptr, decree) && !decree)
                actions.setText(in.plan->meta.id, "periodMode", "decree09", "");
        }
        ImGui::EndMenu();
    }
    if (menu(ctx, "menu.reports", tr(Str::MenuReports))) {
        if (item(ctx, "menu.reports.open", tr(Str::MenuReportsOpen)))
            actions.selectTab = 5; // the reports tab (app.cpp)
        ImGui::EndMenu();
    }
    if (menu(ctx, "menu.data", tr(Str::MenuData))) {
        if (item(ctx, "menu.data.export", tr(Str::MenuExportJson)))
            actions.exportJson = true;
        if (item(ctx, "menu.data.import", tr(Str::MenuImportJson)))
            actions.importJson = true;
        if (item(ctx, "menu.data.versions", tr(Str::MenuVersions)))
            actions.showVersions = true;
        ImGui::EndMenu();
    }
    if (menu(ctx, "menu.help", tr(Str::MenuHelp))) {
        if (menu(ctx, "menu.help.language", tr(Str::MenuLanguage))) {
            if (item(ctx, "menu.help.language.vi", tr(Str::LangVietnamese), nullptr, language() == Lang::Vi))
                actions.language = "vi";
            if (item(ctx, "menu.help.language.en", tr(Str::LangEnglish), nullptr, language() == Lang::En))
                actions.language = "en";
            ImGui::EndMenu();
        }
        if (item(ctx, "menu.help.keys", tr(Str::MenuKeys)))
            actions.showKeys = true;
        if (ImGui::MenuItem(tr(Str::MenuAbout)))
            actions.showAbout = true;
        ImGui::EndMenu();
    }
    if (!in.status.empty()) {
        const float w = ImGui::CalcTextSize(in.status.c_str()).x;
        ImGui::SameLine(ImGui::GetWindowWidth() - w - ImGui::GetStyle().ItemSpacing.x * 2);
        ImGui::TextUnformatted(in.status.c_str());
    }
    ImGui::EndMenuBar();
}

} // namespace ui
