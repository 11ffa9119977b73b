// Small widgets shared by the views (see widgets.hpp).
#include "ui/widgets.hpp"

#include <imgui.h>

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
} // namespace

void recordItem(FrameContext& ctx, const std::string& name) {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ctx.rects[name] = Rect{a.x, a.y, b.x - a.x, b.y - a.y};
}

bool textField(FrameContext& ctx, const char* name, std::string& text, float width) {
    ImGui::SetNextItemWidth(width);
    ImGui::PushID(name);
    const bool changed = ImGui::InputText("##field", text.data(), text.capacity() + 1,
                                          ImGuiInputTextFlags_CallbackResize, resizeCallback, &text);
    ImGui::PopID();
    recordItem(ctx, name);
    if (ImGui::IsItemActive()) {
        ctx.textFieldActive = true;
        ctx.textField = ctx.rects[name];
    }
    return changed;
}

} // namespace ui
