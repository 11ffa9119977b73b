// Small widgets shared by the views. Each records its rectangle under a name for the test surface.
#pragma once

#include "domain/plan.hpp"
#include "ui/frame_context.hpp"

#include <imgui.h>

#include <string>

namespace ui {

/// Single-line field showing `value`. While the user edits it, the edited text is written to `out` and true
/// is returned (every keystroke). `undoKey` receives a key that stays the same for one activation of the
/// field, so the keystrokes of one visit become one undo step.
bool textField(FrameContext& ctx, const std::string& name, const std::string& value, std::string& out,
               std::string& undoKey, float width = -1.0f);

/// Multi-line version of textField (Enter inserts a new line).
bool textArea(FrameContext& ctx, const std::string& name, const std::string& value, std::string& out,
              std::string& undoKey, float height);

/// A button that records its rectangle.
bool button(FrameContext& ctx, const std::string& name, const char* label);

/// A unit picker over the plan's units; `allowNone` adds an empty choice. Returns true with `out` set to the
/// chosen unit id.
bool unitCombo(FrameContext& ctx, const std::string& name, const domain::Plan& plan,
               const std::string& current, bool allowNone, const char* placeholder, std::string& out,
               float width);

/// A label on the left of the next widget, aligned with frame padding.
void fieldLabel(const char* label);
/// Over a text cut off at `width` (the last item, or the rectangle min–max when given): the whole text in a
/// tooltip, wrapped, while the mouse is over it.
void tooltipIfCut(FrameContext& ctx, const std::string& text, float width);
void tooltipIfCut(FrameContext& ctx, const std::string& text, float width, const ImVec2& min,
                  const ImVec2& max);
/// A single-line field whose value may be refused: with `error` set it is outlined in red and the reason is
/// written under it (widget "<name>.error"; with `reasonNow` false the caller writes it with refusedReason,
/// after what it puts beside the field); the typed text stays as it is.
bool checkedField(FrameContext& ctx, const std::string& name, const std::string& value, std::string& out,
                  std::string& undoKey, float width, const char* error, bool reasonNow = true);
/// The reason a field's value is refused, on its own line (nothing when `error` is null).
void refusedReason(FrameContext& ctx, const std::string& name, const char* error);
/// A radio button whose circle has a two-pixel outline (ImGui's one-pixel circle is anti-aliased to a grey
/// too faint to see on white: under 3:1).
bool radio(FrameContext& ctx, const std::string& name, const char* label, bool active);

/// Records the last item's rectangle under `name` for the test surface.
void recordItem(FrameContext& ctx, const std::string& name);

} // namespace ui
