// Small widgets shared by the views (see widgets.hpp).
#include "ui/widgets.hpp"

#include "ui/i18n.hpp"

#include <imgui.h>

#include <algorithm>

namespace ui {

namespace {

int resizeCallback(ImGuiInputTextCallbackData* data) {
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        auto* s = static_cast<std::string*>(data->UserData);
        s->resize(static_cast<std::size_t>(data->BufTextLen));
        data->Buf = s->data();
    }
    return 0;
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
    const ImGuiInputTextFlags flags = ImGuiInputTextFlags_CallbackResize;
    bool changed = false;
    if (multiline) {
        changed = ImGui::InputTextMultiline("##text", buf.data(), buf.capacity() + 1, size, flags,
                                            resizeCallback, &buf);
    } else {
        ImGui::SetNextItemWidth(size.x);
        changed = ImGui::InputText("##text", buf.data(), buf.capacity() + 1, flags, resizeCallback, &buf);
    }
    if (ImGui::IsItemActivated()) {
        edit.owner = id;
        edit.text = buf;
        ++edit.activation;
    }
    recordItem(ctx, name);
    if (ImGui::IsItemActive()) {
        ctx.textFieldActive = true;
        ctx.textField = ctx.rects[name];
    }
    if (ImGui::IsItemDeactivated() && edit.owner == id)
        edit.owner = 0;
    ImGui::PopID();
    if (changed) {
        out = buf;
        undoKey = name + "#" + std::to_string(edit.activation);
    }
    return changed && out != value;
}

} // namespace

void recordItem(FrameContext& ctx, const std::string& name) {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ctx.rects[name] = Rect{a.x, a.y, b.x - a.x, b.y - a.y};
}

bool textField(FrameContext& ctx, const std::string& name, const std::string& value, std::string& out,
               std::string& undoKey, float width) {
    return editText(ctx, name, value, out, undoKey, false, ImVec2(width, 0));
}

bool textArea(FrameContext& ctx, const std::string& name, const std::string& value, std::string& out,
              std::string& undoKey, float minHeight) {
    // Dear ImGui 1.90's multi-line field does not wrap. While it is not being edited, its own text is drawn
    // transparent and the text is drawn wrapped over it; the field itself is always there, so a click
    // activates it natively (focus, cursor, shortcuts) like any other field.
    const ImGuiStyle& style = ImGui::GetStyle();
    const float width = ImGui::GetContentRegionAvail().x;
    const float wrapWidth = width - style.FramePadding.x * 2;
    const float wrapped =
        ImGui::CalcTextSize(value.c_str(), nullptr, false, wrapWidth).y + style.FramePadding.y * 2;
    const float height = std::max(minHeight, wrapped);
    ImGui::PushID(name.c_str());
    const ImGuiID id = ImGui::GetID("##text");
    ImGui::PopID();
    const bool editing = ctx.edit->owner == id;
    if (!editing)
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0, 0, 0, 0));
    const bool changed = editText(ctx, name, value, out, undoKey, true, ImVec2(width, height));
    if (!editing) {
        ImGui::PopStyleColor();
        const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
        ImDrawList* draw = ImGui::GetWindowDrawList();
        draw->PushClipRect(min, max, true);
        draw->AddText(nullptr, 0.0f, ImVec2(min.x + style.FramePadding.x, min.y + style.FramePadding.y),
                      ImGui::GetColorU32(ImGuiCol_Text), value.c_str(), nullptr, wrapWidth);
        draw->PopClipRect();
    }
    return changed;
}

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

void fieldLabel(const char* label) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(label);
}

} // namespace ui
