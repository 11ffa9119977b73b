// Confirm, message and About dialogs (see dialogs.hpp).
#include "ui/dialogs.hpp"

#include "ui/i18n.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

namespace ui {

void DialogsState::say(const std::string& title, const std::string& text) {
    if (message) {
        message->text += "\n\n" + (title.empty() ? text : title + "\n" + text);
        return;
    }
    message = Message{title, text};
}

bool modal(const char* title, bool wanted) {
    if (wanted && !ImGui::IsPopupOpen(title))
        ImGui::OpenPopup(title);
    return ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_AlwaysAutoResize);
}

void wrappedText(const std::string& text) {
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 34);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
}

void drawDialogs(DialogsState& state, FrameContext& ctx, Actions& actions) {
    if (modal(tr(Str::Confirm), state.confirm.has_value())) {
        if (state.confirm)
            wrappedText(state.confirm->message);
        if (button(ctx, "dialog.confirm", tr(Str::Delete))) {
            if (state.confirm) {
                actions.edit = std::move(state.confirm->edit);
                actions.select = state.confirm->select;
            }
            state.confirm.reset();
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (button(ctx, "dialog.cancel", tr(Str::Cancel)) || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
            state.confirm.reset();
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
    if (modal(tr(Str::Notice), state.message.has_value())) {
        if (state.message && !state.message->title.empty()) {
            ImGui::TextUnformatted(state.message->title.c_str());
            ImGui::Separator();
        }
        if (state.message)
            wrappedText(state.message->text);
        if (button(ctx, "dialog.ok", tr(Str::Ok)) || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
            state.message.reset();
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
    if (state.showAbout) {
        ImGui::OpenPopup(tr(Str::MenuAbout));
        state.showAbout = false;
    }
    if (ImGui::BeginPopupModal(tr(Str::MenuAbout), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        wrappedText(tr(Str::AboutText));
        if (ImGui::Button(tr(Str::Ok)) || ImGui::IsKeyPressed(ImGuiKey_Escape))
            ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
}

} // namespace ui
