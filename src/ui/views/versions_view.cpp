// The saved versions window (see versions_view.hpp).
#include "ui/views/versions_view.hpp"

#include "domain/text.hpp"
#include "platform/platform.hpp"
#include "ui/clock.hpp"
#include "ui/i18n.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace ui {

void drawVersionsView(VersionsViewState& state, bool canRestore, FrameContext& ctx, Actions& actions) {
    const char* title = tr(Str::VersionsTitle);
    if (state.open) {
        ImGui::OpenPopup(title);
        state.open = false;
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_AlwaysAutoResize))
        return;
    const float em = ImGui::GetFontSize();
    const bool vi = language() == Lang::Vi;
    ImGui::PushTextWrapPos(em * 34);
    ImGui::TextWrapped("%s", tr(Str::VersionsHint));
    const platform::StorageInfo info = platform::storageInfo();
    ImGui::TextWrapped("%s", tr(info.persisted ? Str::StoragePersisted : Str::StorageNotPersisted));
    if (info.usage >= 0 && info.quota > 0)
        ImGui::Text("%s: %s / %s MB", tr(Str::StorageUsage),
                    domain::formatNumber(info.usage / 1048576.0, 1, vi).c_str(),
                    domain::formatNumber(info.quota / 1048576.0, 0, vi).c_str());
    ImGui::Separator();
    const std::vector<VersionInfo>& rows = state.rows;
    if (rows.empty())
        ImGui::TextDisabled("%s", tr(Str::VersionsNone));
    ImGui::BeginChild("versions",
                      ImVec2(em * 34, std::min(em * 20, em * 2.2f * static_cast<float>(rows.size()) + em)));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        ImGui::TextUnformatted(displayTime(rows[i].time).c_str());
        ImGui::SameLine(em * 9);
        if (rows[i].readable)
            ImGui::Text("%zu %s %zu", rows[i].tasks, tr(Str::VersionSummary), rows[i].progress);
        else
            ImGui::TextDisabled("%s", tr(Str::VersionUnreadable));
        ImGui::SameLine(em * 26);
        if (rows[i].readable && button(ctx, "versions.restore" + std::to_string(i), tr(Str::Restore)) &&
            canRestore) {
            actions.restoreVersion = rows[i].name;
            ImGui::CloseCurrentPopup();
        }
        ImGui::PopID();
    }
    ImGui::EndChild();
    if (button(ctx, "versions.close", tr(Str::Close)) || dialogKeys(ctx).cancel)
        ImGui::CloseCurrentPopup();
    ImGui::PopTextWrapPos();
    ImGui::EndPopup();
}

} // namespace ui
