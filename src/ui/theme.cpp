// The app's colours and frames (see theme.hpp).
#include "ui/theme.hpp"

#include <imgui.h>

namespace ui {

void applyTheme(ImGuiStyle& style) {
    ImGui::StyleColorsLight(&style);
    ImVec4* c = style.Colors;
    // #767676 borders: 4.5:1 on white, 4.0:1 on the window's #f0f0f0; read-only (85 % opacity) still 3.5:1.
    const ImVec4 border(0.463f, 0.463f, 0.463f, 1.0f);
    style.FrameBorderSize = 1.0f;
    style.DisabledAlpha = 0.85f;
    c[ImGuiCol_Border] = border;
    c[ImGuiCol_FrameBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
    c[ImGuiCol_FrameBgHovered] = ImVec4(0.91f, 0.95f, 1.0f, 1.0f);
    c[ImGuiCol_FrameBgActive] = ImVec4(0.84f, 0.91f, 1.0f, 1.0f);
    // Secondary text (#555555): 7.5:1 on white, 6.6:1 on #f0f0f0, ≥ 5:1 when read-only.
    c[ImGuiCol_TextDisabled] = ImVec4(0.333f, 0.333f, 0.333f, 1.0f);
    // The mark inside a checkbox or a chosen radio button: #1a5fb4, 6.4:1 on white.
    c[ImGuiCol_CheckMark] = ImVec4(0.102f, 0.373f, 0.706f, 1.0f);
    // The focused control's outline (keyboard navigation): the same blue, two pixels.
    c[ImGuiCol_NavHighlight] = c[ImGuiCol_CheckMark];
}

} // namespace ui
