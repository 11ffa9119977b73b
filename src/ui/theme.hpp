// The app's colours and frames: Dear ImGui's light style made legible. Every input has a visible frame and
// every radio button and checkbox a visible outline, in the normal and the read-only (disabled) state:
// borders ≥ 3:1 and text ≥ 4.5:1 against the backgrounds they are drawn on (WCAG 2.1, 1.4.11 and 1.4.3).
#pragma once

struct ImGuiStyle;

namespace ui {

/// Sets `style` to the app's look (before it is scaled for the screen).
void applyTheme(ImGuiStyle& style);

} // namespace ui
