// The stored plans list (see plans_view.hpp).
#include "ui/views/plans_view.hpp"

#include "ui/clock.hpp"
#include "ui/i18n.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace ui {

namespace {

PlanCommand command(PlanCommand::Kind kind, const std::string& id) {
    PlanCommand c;
    c.kind = kind;
    c.planId = id;
    return c;
}

void drawRenameDialog(PlansViewState& state, FrameContext& ctx, Actions& actions) {
    if (!state.renaming.empty() && !ImGui::IsPopupOpen(tr(Str::Rename)))
        ImGui::OpenPopup(tr(Str::Rename));
    if (!ImGui::BeginPopupModal(tr(Str::Rename), nullptr, ImGuiWindowFlags_AlwaysAutoResize))
        return;
    std::string out, key;
    if (ImGui::IsWindowAppearing())
        ImGui::SetKeyboardFocusHere();
    if (textField(ctx, "plans.renameText", state.renameText, out, key, ImGui::GetFontSize() * 30))
        state.renameText = out;
    if (button(ctx, "plans.renameOk", tr(Str::Ok))) {
        PlanCommand c = command(PlanCommand::Kind::Rename, state.renaming);
        c.text = state.renameText;
        actions.plan = c;
        state.renaming.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (button(ctx, "plans.renameCancel", tr(Str::Cancel))) {
        state.renaming.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void drawDeleteDialog(PlansViewState& state, FrameContext& ctx, Actions& actions) {
    const char* title = tr(Str::Confirm);
    if (!state.deleting.empty() && !ImGui::IsPopupOpen(title))
        ImGui::OpenPopup(title);
    if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_AlwaysAutoResize))
        return;
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
    ImGui::TextUnformatted(tr(Str::ConfirmDeletePlan));
    ImGui::PopTextWrapPos();
    if (button(ctx, "plans.deleteOk", tr(Str::Delete))) {
        actions.plan = command(PlanCommand::Kind::Delete, state.deleting);
        state.deleting.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (button(ctx, "plans.deleteCancel", tr(Str::Cancel))) {
        state.deleting.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

} // namespace

void drawPlansView(PlansViewState& state, const std::vector<domain::PlanSummary>& plans,
                   const std::string& currentId, int currentYear, FrameContext& ctx, Actions& actions) {
    ImGui::TextWrapped("%s", tr(Str::PlansHint));
    if (ImGui::BeginTable("plans", 4, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg)) {
        ImGui::TableSetupColumn(tr(Str::PlanTitleLabel), ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn(tr(Str::ColYear), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 4);
        ImGui::TableSetupColumn(tr(Str::ColModified), ImGuiTableColumnFlags_WidthFixed,
                                ImGui::GetFontSize() * 10);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 17);
        ImGui::TableHeadersRow();
        for (std::size_t i = 0; i < plans.size(); ++i) {
            const domain::PlanSummary& p = plans[i];
            const std::string n = "plans.row" + std::to_string(i);
            ImGui::PushID(p.id.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s %s", p.id == currentId ? "•" : " ", p.title.c_str());
            recordItem(ctx, n);
            if (!p.origin.empty()) {
                ImGui::TextDisabled("  %s %s", tr(Str::ImportedFrom), p.origin.c_str());
                recordItem(ctx, n + ".origin");
            }
            ImGui::TableNextColumn();
            ImGui::Text("%d", p.year);
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(displayTime(p.modified).c_str());
            ImGui::TableNextColumn();
            if (p.id != currentId && button(ctx, n + ".open", tr(Str::Open)))
                actions.plan = command(PlanCommand::Kind::Open, p.id);
            if (p.id != currentId)
                ImGui::SameLine();
            if (button(ctx, n + ".rename", tr(Str::Rename))) {
                state.renaming = p.id;
                state.renameText = p.title;
            }
            ImGui::SameLine();
            if (button(ctx, n + ".duplicate", tr(Str::Duplicate)))
                actions.plan = command(PlanCommand::Kind::Duplicate, p.id);
            ImGui::SameLine();
            if (button(ctx, n + ".delete", tr(Str::Delete)))
                state.deleting = p.id;
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    drawRenameDialog(state, ctx, actions);
    drawDeleteDialog(state, ctx, actions);

    ImGui::SeparatorText(tr(Str::NewPlan));
    if (state.newYear == 0)
        state.newYear = currentYear > 0 ? currentYear + 1 : 2025;
    fieldLabel(tr(Str::NewPlanYear));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
    ImGui::InputInt("##year", &state.newYear);
    recordItem(ctx, "plans.newYear");
    state.newYear = std::clamp(state.newYear, 1900, 2200);
    if (button(ctx, "plans.newEmpty", tr(Str::NewEmpty))) {
        PlanCommand c = command(PlanCommand::Kind::NewEmpty, "");
        c.year = state.newYear;
        actions.plan = c;
    }
    ImGui::SameLine();
    if (button(ctx, "plans.newBuiltin", tr(Str::NewFromBuiltin)))
        actions.plan = command(PlanCommand::Kind::NewFromBuiltin, "");
    ImGui::SameLine();
    if (button(ctx, "plans.newNextYear", tr(Str::NewNextYear)))
        actions.plan = command(PlanCommand::Kind::NewNextYear, currentId);
}

} // namespace ui
