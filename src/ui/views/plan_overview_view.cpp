// The plan at a glance (see plan_overview_view.hpp).
#include "ui/views/plan_overview_view.hpp"

#include "ui/i18n.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

namespace ui {

void drawPlanOverviewView(PlanOverviewViewState& state, const domain::Plan& plan, FrameContext& ctx,
                          Actions& actions) {
    if (state.shownPlanTitle != plan.title) {
        state.titleEdit = plan.title;
        state.shownPlanTitle = plan.title;
    }
    ImGui::TextDisabled("%s", plan.issuingBody.c_str());
    ImGui::TextUnformatted(plan.docType.c_str());
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(Str::PlanTitleLabel));
    ImGui::SameLine();
    if (textField(ctx, "plan.title", state.titleEdit, -1.0f))
        actions.setTitle = state.titleEdit;
    ImGui::Spacing();
    ImGui::SeparatorText(tr(Str::AppendixHeading));

    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg;
    if (ImGui::BeginTable("groups", 3, flags, ImVec2(0, 0))) {
        const float em = ImGui::GetFontSize();
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn(tr(Str::ColNumber), ImGuiTableColumnFlags_WidthFixed, em * 3.5f);
        ImGui::TableSetupColumn(tr(Str::ColGroup), ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn(tr(Str::ColTaskCount), ImGuiTableColumnFlags_WidthFixed, em * 6.0f);
        ImGui::TableHeadersRow();
        std::size_t total = 0;
        for (const domain::Group& g : plan.groups) {
            ImGui::PushID(g.meta.id.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(g.numeral.c_str());
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", g.title.c_str());
            recordItem(ctx, "group:" + g.meta.id);
            ImGui::TableNextColumn();
            ImGui::Text("%zu", g.tasks.size());
            total += g.tasks.size();
            ImGui::PopID();
        }
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(tr(Str::TaskTotal));
        ImGui::TableNextColumn();
        ImGui::Text("%zu", total);
        ImGui::EndTable();
    }
}

} // namespace ui
