// Small widgets shared by the views (see widgets.hpp).
//
// [SECTION] Text fields mirrored by the HTML text element
// [SECTION] Buttons, pickers, labels and widget rectangles
#include "ui/widgets.hpp"

#include "domain/legacy_text.hpp"
#include "domain/text.hpp"
#include "platform/platform.hpp"
#include "ui/i18n.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cstdlib>
#include <string_view>
#include <utility>

namespace ui {

// [SECTION] Text fields mirrored by the HTML text element

static Rect itemRect() {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    return Rect{a.x, a.y, b.x - a.x, b.y - a.y};
}

namespace {

struct EditCallbackData {
    std::string* buf;
    TextEditState* edit;
};

/// When the text just pasted is plainly in TCVN3 or VNI, remembers it so the field can offer to convert it.
void noteLegacyPaste(TextEditState& edit, ImGuiID id) {
    const std::string pasted = platform::takePastedText(false);
    if (pasted.empty())
        return;
    edit.pastedField = id;
    edit.pastedText = platform::takePastedText(true);
    if (edit.pastedText.empty())
        edit.pastedText = pasted;
    const domain::LegacyEncoding encoding = domain::detectLegacyEncoding(pasted);
    if (encoding == domain::LegacyEncoding::None)
        return;
    edit.legacyField = id;
    edit.legacyText = domain::toNfc(pasted);
    edit.legacyEncoding = static_cast<int>(encoding);
}

/// Under a field that received old-encoding text: "looks like TCVN3 — [Convert to Unicode] [Keep as is]".
/// Converting replaces the pasted text in `current` (the field's text); returns true with `out` set then.
bool legacyOffer(FrameContext& ctx, const std::string& name, ImGuiID id, const std::string& current,
                 std::string& out, std::string& undoKey) {
    TextEditState& edit = *ctx.edit;
    if (edit.legacyField != id)
        return false;
    const auto encoding = static_cast<domain::LegacyEncoding>(edit.legacyEncoding);
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.55f, 0.25f, 0.0f, 1.0f));
    ImGui::TextWrapped(
        "%s", tr(encoding == domain::LegacyEncoding::Vni ? Str::LegacyPasteVni : Str::LegacyPasteTcvn3));
    ImGui::PopStyleColor();
    recordItem(ctx, name + ".legacyNotice");
    const bool convert = button(ctx, name + ".legacyConvert", tr(Str::LegacyConvert));
    ImGui::SameLine();
    const bool keep = button(ctx, name + ".legacyKeep", tr(Str::LegacyKeep));
    if (!convert && !keep)
        return false;
    edit.legacyField = 0;
    if (keep)
        return false;
    const std::size_t at = current.find(edit.legacyText);
    if (at == std::string::npos)
        return false; // the pasted text was edited since; nothing certain to convert
    out = current;
    out.replace(at, edit.legacyText.size(), domain::convertLegacy(edit.legacyText, encoding));
    undoKey = name + "#legacy";
    ctx.redraw = true;
    return out != current;
}

/// Keeps the active field and the HTML text element showing the same text and selection. The element is where
/// the user types (see platform.hpp); a click or drag in the field moves ImGui's caret, which goes back to
/// the element. Whichever side changed since they last agreed wins; text from the element is normalised to
/// NFC once it is no longer being composed.
void mirrorElement(ImGuiInputTextCallbackData* data, TextEditState& edit) {
    const ImGuiID id = ImGui::GetActiveID();
    const int imAnchor = data->SelectionStart == data->SelectionEnd ? data->CursorPos : data->SelectionStart;
    const int imCaret = data->CursorPos;
    auto remember = [&](const std::string& text, int anchor, int caret) {
        edit.mirrorText = text;
        edit.mirrorAnchor = anchor;
        edit.mirrorCaret = caret;
    };
    if (edit.mirrored != id) {
        // Keys typed after the last field was left (Tab, Enter) and before this one was filled reached the
        // element, which still held that field's text: what they inserted there is this field's first input
        // (it replaces the selection Tab makes), not lost when the element is filled for this field.
        std::string carried;
        if (platform::textElementSerial() != edit.elementSerial) {
            const platform::TextElementState el = platform::textElementState();
            const std::string& was = edit.mirrorText;
            const auto at =
                static_cast<std::size_t>(std::clamp(edit.mirrorCaret, 0, static_cast<int>(was.size())));
            if (!el.composing && edit.mirrorAnchor == edit.mirrorCaret && el.value.size() > was.size() &&
                el.value.compare(0, at, was, 0, at) == 0 &&
                el.value.compare(el.value.size() - (was.size() - at), std::string::npos, was, at) == 0)
                carried = domain::toNfc(el.value.substr(at, el.value.size() - was.size()));
        }
        edit.mirrored = id;
        edit.composing = false;
        platform::textElementEndComposition(); // left mid-word: the underline does not follow
        if (edit.legacyField != id)
            edit.legacyField = 0; // an offer to convert pasted text ends when the user moves to another field
        int anchor = imAnchor, caret = imCaret;
        if (!carried.empty()) {
            const int from = std::min(imAnchor, imCaret);
            data->DeleteChars(from, std::abs(imCaret - imAnchor));
            data->InsertChars(from, carried.c_str(), carried.c_str() + carried.size());
            anchor = caret = from + static_cast<int>(carried.size());
            data->SelectionStart = data->SelectionEnd = data->CursorPos = caret;
        }
        const std::string text(data->Buf, static_cast<std::size_t>(data->BufTextLen));
        platform::textElementSet(text, anchor, caret);
        edit.elementSerial = platform::textElementSerial();
        remember(text, anchor, caret);
        return;
    }
    const unsigned serial = platform::textElementSerial();
    if (serial != edit.elementSerial) {
        // In the frame of a key that leaves the field, the field takes its text as that key found it.
        const bool enter =
            ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false);
        const bool leaving = ImGui::IsKeyPressed(ImGuiKey_Tab, false) ||
                             (enter && (!edit.multiline || ImGui::GetIO().KeyCtrl));
        platform::TextElementState el = platform::textElementState(leaving);
        edit.elementSerial = el.serial;
        edit.composing = el.composing;
        edit.composeStart = el.composeStart;
        edit.composeEnd = el.composeEnd;
        if (!el.composing) {
            std::string nfc = domain::toNfc(el.value);
            if (nfc != el.value) {
                auto map = [&](int offset) {
                    return static_cast<int>(
                        domain::toNfc(el.value.substr(0, static_cast<std::size_t>(offset))).size());
                };
                el.anchor = map(el.anchor);
                el.caret = map(el.caret);
                el.value = std::move(nfc);
                platform::textElementSet(el.value, el.anchor, el.caret);
            }
        }
        if (el.value != edit.mirrorText || el.anchor != edit.mirrorAnchor || el.caret != edit.mirrorCaret) {
            if (el.value != std::string_view(data->Buf, static_cast<std::size_t>(data->BufTextLen))) {
                data->DeleteChars(0, data->BufTextLen);
                data->InsertChars(0, el.value.c_str(), el.value.c_str() + el.value.size());
            }
            data->SelectionStart = el.anchor;
            data->SelectionEnd = el.caret;
            data->CursorPos = el.caret;
            remember(el.value, el.anchor, el.caret);
            noteLegacyPaste(edit, id);
            return;
        }
    }
    const std::string_view imText(data->Buf, static_cast<std::size_t>(data->BufTextLen));
    if (imText != edit.mirrorText || imAnchor != edit.mirrorAnchor || imCaret != edit.mirrorCaret) {
        remember(std::string(imText), imAnchor, imCaret);
        platform::textElementSet(edit.mirrorText, imAnchor, imCaret);
    }
}

int editCallback(ImGuiInputTextCallbackData* data) {
    auto* user = static_cast<EditCallbackData*>(data->UserData);
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        user->buf->resize(static_cast<std::size_t>(data->BufTextLen));
        data->Buf = user->buf->data();
    } else if (data->EventFlag == ImGuiInputTextFlags_CallbackAlways) {
        mirrorElement(data, *user->edit);
    }
    return 0;
}

/// Underlines the text an input method is composing in a single-line field, so the user sees what is not
/// committed yet (a multi-line field is edited in the shown text element, which underlines by itself).
void underlineComposition(const TextEditState& edit, ImGuiID id, const ImVec2& frameMin) {
    if (!edit.composing || edit.composeEnd <= edit.composeStart ||
        edit.composeEnd > static_cast<int>(edit.text.size()))
        return;
    const ImGuiStyle& style = ImGui::GetStyle();
    ImVec2 origin(frameMin.x + style.FramePadding.x, frameMin.y + style.FramePadding.y);
    if (ImGuiInputTextState* state = ImGui::GetInputTextState(id))
        origin.x -= state->ScrollX;
    const char* text = edit.text.c_str();
    const char* start = text + edit.composeStart;
    const char* end = text + edit.composeEnd;
    const float lineHeight = ImGui::GetFontSize();
    const float x0 = origin.x + ImGui::CalcTextSize(text, start).x;
    const float x1 = x0 + ImGui::CalcTextSize(start, end).x;
    const float y = origin.y + lineHeight;
    ImGui::GetWindowDrawList()->AddLine(ImVec2(x0, y), ImVec2(x1, y), ImGui::GetColorU32(ImGuiCol_Text),
                                        std::max(1.0f, lineHeight / 12.0f));
}

/// Shared body of textField/textArea: the active field edits the app's persistent buffer, every other field
/// shows a scratch copy of its value.
bool editText(FrameContext& ctx, const std::string& name, const std::string& value, std::string& out,
              std::string& undoKey, bool multiline, const ImVec2& size) {
    ImGui::PushID(name.c_str());
    const ImGuiID id = ImGui::GetID("##text");
    TextEditState& edit = *ctx.edit;
    const bool owner = edit.owner == id;
    std::string scratch;
    std::string& buf = owner ? edit.text : (scratch = value);
    const ImGuiInputTextFlags flags = ImGuiInputTextFlags_CallbackResize | ImGuiInputTextFlags_CallbackAlways;
    EditCallbackData user{&buf, &edit};
    bool changed = false;
    if (multiline) {
        changed = ImGui::InputTextMultiline("##text", buf.data(), buf.capacity() + 1, size, flags,
                                            editCallback, &user);
    } else {
        ImGui::SetNextItemWidth(size.x);
        changed = ImGui::InputText("##text", buf.data(), buf.capacity() + 1, flags, editCallback, &user);
    }
    if (ImGui::IsItemActivated()) {
        edit.owner = id;
        edit.multiline = multiline;
        edit.text = buf;
        ++edit.activation;
    }
    recordItem(ctx, name);
    if (ImGui::IsItemActive()) {
        ctx.textFieldActive = true;
        ctx.textFieldMultiline = multiline;
        ctx.textFieldName = name;
        ctx.textField = itemRect();
        if (!multiline)
            underlineComposition(edit, id, ImGui::GetItemRectMin());
    }
    if (ImGui::IsItemDeactivated() && edit.owner == id) {
        edit.owner = 0;
        edit.mirrored = 0;
    }
    ImGui::PopID();
    if (changed) {
        out = buf;
        undoKey = name + "#" + std::to_string(edit.activation);
    }
    return changed && out != value;
}

} // namespace

void recordItem(FrameContext& ctx, const std::string& name) {
    if (!ctx.recordRects) // only for tests: a map of every widget each frame is not free
        return;
    ctx.rects[name] = itemRect();
    if (ImGui::IsItemFocused())
        ctx.focused = name;
}

namespace {
int g_pendingTab = 0; ///< a Tab (+1) or Shift+Tab (-1) that left a KeyboardList, to go on with next frame
} // namespace

void KeyboardList::begin() {
    ImGuiContext& g = *GImGui;
    m_window = ImGui::GetCurrentWindow();
    m_child = m_window->ChildId;
    // The list as a whole got the focus (its own item in the page), or ImGui is entering it (Enter on that
    // item, or a Tab, which activates what it lands on): the focus goes to a row, in finish(). (Not while a
    // move starts from that item: a Tab leaving the list goes on from there.)
    m_arriving = m_child != 0 && ((g.NavId == m_child && g.NavWindow != m_window && !g.NavMoveScoringItems) ||
                                  (g.NavWindow == m_window && g.NavInitRequest));
    if (m_arriving && g.NavWindow == m_window) {
        g.NavInitRequest = false;
        g.NavInitResult.ID = 0;
    }
    m_onRow = m_outlined = false;
    m_first = m_current = 0;
    m_leaving = 0;
    if (g.NavWindow == m_window && g.NavMoveScoringItems && (g.NavMoveFlags & ImGuiNavMoveFlags_IsTabbing) &&
        !(g.NavMoveFlags & ImGuiNavMoveFlags_FocusApi)) {
        m_leaving = g.NavTabbingDir < 0 ? -1 : 1; // Tab would only go round the rows
        ImGui::NavMoveRequestCancel();
    }
}

void KeyboardList::seen(unsigned id, const ImVec2& min, const ImVec2& max, bool current) {
    const ImGuiContext& g = *GImGui;
    if (m_first == 0) {
        m_first = id;
        m_firstRect = ImRect(min, max);
    }
    if (current && m_current == 0) {
        m_current = id;
        m_currentRect = ImRect(min, max);
    }
    if (g.NavId == id)
        m_onRow = true;
}

bool KeyboardList::row(FrameContext& ctx, const std::string& name, const ImVec2& min, const ImVec2& max,
                       bool current) {
    ImGuiContext& g = *GImGui;
    const ImGuiID id = ImGui::GetID("##row");
    const ImRect bb(min, max);
    ImGui::ItemAdd(bb, id, &bb, ImGuiItemFlags_NoTabStop);
    seen(id, min, max, current);
    if (g.NavId == id) { // outlined once the table is drawn: a cell's clipping would cut the outline
        m_outlined = !g.NavDisableHighlight;
        m_outlineMin = min;
        m_outlineMax = max;
        if (ctx.recordRects)
            ctx.focused = name;
    }
    return g.NavActivatePressedId == id;
}

bool KeyboardList::item(FrameContext& ctx, const std::string& name, bool current) {
    const ImGuiContext& g = *GImGui;
    const ImGuiID id = ImGui::GetItemID();
    seen(id, ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), current);
    if (ctx.recordRects && g.NavId == id)
        ctx.focused = name;
    return id != 0 && g.NavActivatePressedId == id;
}

void KeyboardList::finish(FrameContext& ctx) {
    const ImGuiContext& g = *GImGui;
    // Also when the focus is inside the list but on no row (a column header, a row gone): back to a row.
    const bool lost = g.NavWindow == m_window && g.NavId != 0 && !m_onRow && !g.NavMoveScoringItems &&
                      !g.NavDisableHighlight && m_leaving == 0;
    if (!(m_arriving || lost) || m_first == 0)
        return;
    const bool current = m_current != 0;
    const ImRect& r = current ? m_currentRect : m_firstRect;
    ImGui::FocusWindow(m_window);
    ImGui::SetFocusID(current ? m_current : m_first, m_window);
    m_window->NavRectRel[0] = ImGui::WindowRectAbsToRel(m_window, r);
    GImGui->NavDisableHighlight = false;
    GImGui->NavDisableMouseHover = GImGui->NavMousePosDirty = true;
    ctx.redraw = true; // the next frame shows where the focus is
}

void KeyboardList::end(FrameContext& ctx) {
    if (m_outlined && !m_leaving) { // over the rows, inside the table's edges
        ImDrawList* draw = m_window->DrawList;
        draw->PushClipRect(m_window->InnerClipRect.Min, m_window->InnerClipRect.Max, false);
        draw->AddRect(ImVec2(m_outlineMin.x + 1, m_outlineMin.y + 1),
                      ImVec2(m_outlineMax.x - 1, m_outlineMax.y - 1),
                      ImGui::GetColorU32(ImGuiCol_NavHighlight), 0.0f, 0, 2.0f);
        draw->PopClipRect();
    }
    if (m_leaving == 0 || m_child == 0)
        return;
    ImGui::SetFocusID(m_child, ImGui::GetCurrentWindow()); // the list's own stop in the page, to go on from
    g_pendingTab = m_leaving;
    ctx.redraw = true;
}

DialogKeys dialogKeys(const FrameContext& ctx) {
    const ImGuiContext& g = *GImGui;
    DialogKeys keys;
    if (ImGui::IsWindowAppearing()) // the key that opened the dialog is not meant for it
        return keys;
    const bool inField = ctx.edit && ctx.edit->owner != 0 && ImGui::GetActiveID() == ctx.edit->owner;
    keys.field = inField ? ctx.edit->owner : 0;
    const bool onControl = !inField && g.NavId != 0 && !g.NavDisableHighlight; // Enter presses it
    if (ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false))
        keys.submit = g.IO.KeyCtrl || (inField ? !ctx.edit->multiline : !onControl);
    keys.cancel =
        ImGui::IsKeyPressed(ImGuiKey_Escape, false); // a field's Escape is taken before (App::frame)
    return keys;
}

void beginKeyboardFrame() {
    ImGuiContext& g = *GImGui;
    const int dir = std::exchange(g_pendingTab, 0);
    if (dir == 0 || g.NavWindow == nullptr || g.NavMoveDir != ImGuiDir_None || g.NavMoveScoringItems)
        return;
    g.NavTabbingDir = dir;
    ImGui::NavMoveRequestSubmit(ImGuiDir_None, dir < 0 ? ImGuiDir_Up : ImGuiDir_Down,
                                ImGuiNavMoveFlags_IsTabbing | ImGuiNavMoveFlags_Activate,
                                ImGuiScrollFlags_KeepVisibleEdgeX | ImGuiScrollFlags_KeepVisibleEdgeY);
    g.NavTabbingCounter = -1;
}

ImGuiID textFieldId(const std::string& name) {
    ImGui::PushID(name.c_str());
    const ImGuiID id = ImGui::GetID("##text");
    ImGui::PopID();
    return id;
}

bool textField(FrameContext& ctx, const std::string& name, const std::string& value, std::string& out,
               std::string& undoKey, float width) {
    const bool changed = editText(ctx, name, value, out, undoKey, false, ImVec2(width, 0));
    const ImGuiID id = textFieldId(name);
    return legacyOffer(ctx, name, id, ctx.edit->owner == id ? ctx.edit->text : value, out, undoKey) ||
           changed;
}

bool textArea(FrameContext& ctx, const std::string& name, const std::string& value, std::string& out,
              std::string& undoKey, float minHeight) {
    // Dear ImGui 1.90's multi-line field does not wrap, so its own text, caret and selection are always drawn
    // transparent. While it is not being edited the text is drawn wrapped over it; while it is, the page
    // shows its text element over the field (platform::textInputFollow), which wraps at the same width in the
    // same font and moves caret and selection by visual line. The field itself is always there, so a click
    // activates it natively (focus, shortcuts) like any other field.
    const ImGuiStyle& style = ImGui::GetStyle();
    const float width = ImGui::GetContentRegionAvail().x;
    const float wrapWidth = width - style.FramePadding.x * 2;
    const ImGuiID id = textFieldId(name);
    const bool editing = ctx.edit->owner == id;
    const std::string& shown = editing ? ctx.edit->text : value;
    const float wrapped =
        ImGui::CalcTextSize(shown.c_str(), nullptr, false, wrapWidth).y + style.FramePadding.y * 2;
    const float height = std::max(minHeight, wrapped + (editing ? ImGui::GetFontSize() : 0.0f));
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_TextSelectedBg, ImVec4(0, 0, 0, 0));
    const bool changed = editText(ctx, name, value, out, undoKey, true, ImVec2(width, height));
    ImGui::PopStyleColor(2);
    if (!editing) {
        const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
        ImDrawList* draw = ImGui::GetWindowDrawList();
        draw->PushClipRect(min, max, true);
        draw->AddText(nullptr, 0.0f, ImVec2(min.x + style.FramePadding.x, min.y + style.FramePadding.y),
                      ImGui::GetColorU32(ImGuiCol_Text), value.c_str(), nullptr, wrapWidth);
        draw->PopClipRect();
    }
    return legacyOffer(ctx, name, id, ctx.edit->owner == id ? ctx.edit->text : value, out, undoKey) ||
           changed;
}

// [SECTION] Buttons, pickers, labels and widget rectangles

bool button(FrameContext& ctx, const std::string& name, const char* label) {
    ImGui::PushID(name.c_str());
    const bool pressed = ImGui::Button(label);
    ImGui::PopID();
    recordItem(ctx, name);
    return pressed;
}

bool unitCombo(FrameContext& ctx, const std::string& name, const domain::Plan& plan,
               const std::string& current, bool allowNone, const char* placeholder, std::string& out,
               float width) {
    const domain::Unit* unit = domain::findUnit(plan, current);
    const char* preview = unit ? unit->name.c_str() : placeholder;
    bool chosen = false;
    ImGui::PushID(name.c_str());
    ImGui::SetNextItemWidth(width);
    const bool open = ImGui::BeginCombo("##unit", preview);
    recordItem(ctx, name);
    if (open) {
        if (allowNone && ImGui::Selectable(tr(Str::NoUnit), current.empty())) {
            out.clear();
            chosen = true;
        }
        for (std::size_t i = 0; i < plan.units.size(); ++i) {
            const domain::Unit& u = plan.units[i];
            ImGui::PushID(u.meta.id.c_str());
            if (ImGui::Selectable(u.name.c_str(), u.meta.id == current)) {
                out = u.meta.id;
                chosen = true;
            }
            recordItem(ctx, name + ".option" + std::to_string(i));
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    ImGui::PopID();
    return chosen && out != current;
}

bool radio(FrameContext& ctx, const std::string& name, const char* label, bool active) {
    const bool pressed = ImGui::RadioButton(label, active);
    recordItem(ctx, name);
    const float size = ImGui::GetFrameHeight();
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 centre(min.x + size * 0.5f, min.y + size * 0.5f);
    const float radius = (size - 1.0f) * 0.5f;
    ImGui::GetWindowDrawList()->AddCircle(centre, radius - 0.5f, ImGui::GetColorU32(ImGuiCol_Border), 0,
                                          2.0f * ImGui::GetStyle().FrameBorderSize);
    return pressed;
}

bool checkedField(FrameContext& ctx, const std::string& name, const std::string& value, std::string& out,
                  std::string& undoKey, float width, const char* error, bool reasonNow) {
    if (error) {
        ImGui::PushStyleColor(ImGuiCol_Border, ImVec4(0.8f, 0.1f, 0.05f, 1));
        ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 2.0f);
    }
    const bool changed = textField(ctx, name, value, out, undoKey, width);
    if (!error)
        return changed;
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    if (reasonNow)
        refusedReason(ctx, name, error);
    return changed;
}

void refusedReason(FrameContext& ctx, const std::string& name, const char* error) {
    if (!error)
        return;
    ImGui::TextColored(ImVec4(0.7f, 0.1f, 0.05f, 1), "%s", error);
    recordItem(ctx, name + ".error");
}

static void showWhole(FrameContext& ctx, const std::string& text) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
    ctx.tooltip = text;
}

void tooltipIfCut(FrameContext& ctx, const std::string& text, float width) {
    if (ImGui::IsItemHovered() && ImGui::CalcTextSize(text.c_str()).x > width)
        showWhole(ctx, text);
}

void tooltipIfCut(FrameContext& ctx, const std::string& text, float width, const ImVec2& min,
                  const ImVec2& max) {
    if (ImGui::IsWindowHovered() && ImGui::IsMouseHoveringRect(min, max) &&
        ImGui::CalcTextSize(text.c_str()).x > width)
        showWhole(ctx, text);
}

void fieldLabel(const char* label) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(label);
}

} // namespace ui
