// Small widgets shared by the views. Each records its rectangle under a name for the test surface.
#pragma once

#include "domain/plan.hpp"
#include "ui/frame_context.hpp"

#include <imgui.h>

#include <imgui_internal.h>

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

/// Records the last item's rectangle under `name` for the test surface (and, when the keyboard focus is on
/// it, `name` as the focused widget).
void recordItem(FrameContext& ctx, const std::string& name);

/// Keyboard use of a long list drawn in its own scrolling window (a table with ScrollY): the list is one stop
/// in the Tab order. Arriving on it (Tab, Shift+Tab or an arrow) puts the keyboard focus on its current row,
/// or on the first row drawn; arrows move between rows; Tab and Shift+Tab inside it go on to the next or
/// previous stop of the page, as if the list were one field. Enter or Space on a row opens it.
class KeyboardList {
public:
    /// Right after BeginTable.
    void begin();
    /// After row `name` is drawn: makes `min`–`max` (its whole width) a navigation item, outlined when it has
    /// the keyboard focus; `current` marks the row to focus on arrival. True when Enter or Space opened it.
    bool row(FrameContext& ctx, const std::string& name, const ImVec2& min, const ImVec2& max, bool current);
    /// For a row that is an ImGui item already (a Selectable), right after it. True when Enter or Space (not
    /// the mouse) pressed it.
    bool item(FrameContext& ctx, const std::string& name, bool current);
    /// Right before EndTable.
    void finish(FrameContext& ctx);
    /// Right after EndTable.
    void end(FrameContext& ctx);

private:
    void seen(unsigned id, const ImVec2& min, const ImVec2& max, bool current);
    ImGuiWindow* m_window = nullptr;
    unsigned m_child = 0;
    bool m_arriving = false, m_onRow = false, m_outlined = false;
    ImVec2 m_outlineMin, m_outlineMax; ///< the focused row, outlined after the table is drawn
    int m_leaving = 0;
    unsigned m_first = 0, m_current = 0; ///< the first row drawn, the current row (when drawn)
    ImRect m_firstRect, m_currentRect;
};

/// The keys of a dialog, read at its start. Enter submits it in a single-line field or when no control has
/// the keyboard focus (Enter presses the focused button or radio button, and is a new line in a multi-line
/// field); Ctrl+Enter submits it anywhere. Escape cancels (in a field it only leaves the field: App::frame
/// takes that Escape first).
struct DialogKeys {
    bool submit = false;
    bool cancel = false;
    ImGuiID field = 0; ///< the text field Enter was pressed in (0: none)
};
DialogKeys dialogKeys(const FrameContext& ctx);
/// The ImGui id of text field `name` (textField/textArea) at the current place of the id stack.
ImGuiID textFieldId(const std::string& name);

/// At the start of each frame: carries on a Tab that left a KeyboardList in the previous frame.
void beginKeyboardFrame();

} // namespace ui
