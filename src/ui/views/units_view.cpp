// The units list editor (see units_view.hpp).
#include "ui/views/units_view.hpp"

#include "ui/i18n.hpp"
#include "ui/messages.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

namespace ui {

void drawUnitsView(const domain::Plan& plan, FrameContext& ctx, Actions& actions,
                   const std::function<std::string(const char*)>& newId) {
    ImGui::TextWrapped("%s", tr(Str::UnitsHint));
    if (ImGui::BeginTable("units", 3, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg)) {
        ImGui::TableSetupColumn(tr(Str::FieldUnitName), ImGuiTableColumnFlags_WidthStretch, 3.0f);
        ImGui::TableSetupColumn(tr(Str::FieldUnitShort), ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 4);
        ImGui::TableHeadersRow();
        std::string out, key;
        for (std::size_t i = 0; i < plan.units.size(); ++i) {
            const domain::Unit& u = plan.units[i];
            const std::string n = "unit" + std::to_string(i);
            ImGui::PushID(u.meta.id.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            if (textField(ctx, n + ".name", u.name, out, key))
                actions.setText(u.meta.id, "name", out, key);
            ImGui::TableNextColumn();
            if (textField(ctx, n + ".shortName", u.shortName, out, key))
                actions.setText(u.meta.id, "shortName", out, key);
            ImGui::TableNextColumn();
            if (button(ctx, n + ".delete", tr(Str::Delete))) {
                domain::Message error;
                if (auto edit = domain::removeUnitEdit(plan, u.meta.id, error))
                    actions.edit = std::move(edit);
                else
                    actions.error =
                        std::string(tr(Str::CannotDelete)) + " \"" + u.name + "\": " + messageText(error);
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (button(ctx, "units.add", tr(Str::AddUnit))) {
        domain::Unit u;
        u.meta.id = newId("unit");
        u.name = tr(Str::NewUnitName);
        actions.edit = domain::Edit{{domain::InsertRecord{plan.meta.id, plan.units.size(), u}}};
    }
}

} // namespace ui
