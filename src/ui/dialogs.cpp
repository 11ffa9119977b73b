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
        const DialogKeys keys = dialogKeys(ctx);
        if (state.confirm)
            wrappedText(state.confirm->message);
        if (button(ctx, "dialog.confirm", tr(Str::Delete)) || keys.submit) {
            if (state.confirm) {
                actions.edit = std::move(state.confirm->edit);
                actions.select = state.confirm->select;
            }
            state.confirm.reset();
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (button(ctx, "dialog.cancel", tr(Str::Cancel)) || keys.cancel) {
            state.confirm.reset();
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
    if (modal(tr(Str::Notice), state.message.has_value())) {
        const DialogKeys keys = dialogKeys(ctx);
        if (state.message && !state.message->title.empty()) {
            ImGui::TextUnformatted(state.message->title.c_str());
            ImGui::Separator();
        }
        if (state.message)
            wrappedText(state.message->text);
        if (button(ctx, "dialog.ok", tr(Str::Ok)) || keys.submit || keys.cancel) {
            state.message.reset();
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
    if (state.showKeys) {
        ImGui::OpenPopup(tr(Str::MenuKeys));
        state.showKeys = false;
    }
    if (ImGui::BeginPopupModal(tr(Str::MenuKeys), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        const DialogKeys keys = dialogKeys(ctx);
        if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
            const std::pair<const char*, Str> rows[] = {
                {"Tab / Shift+Tab", Str::KeyTab},  {tr(Str::KeyArrowsName), Str::KeyArrows},
                {"Enter", Str::KeyEnter},          {"Space", Str::KeySpace},
                {"Ctrl+Enter", Str::KeyCtrlEnter}, {"Esc", Str::KeyEscape},
                {"Ctrl+Z / Ctrl+Y", Str::KeyUndo}, {"Alt", Str::KeyAlt},
                {"Ctrl + / Ctrl -", Str::KeyZoom}};
            for (const auto& [key, what] : rows) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(key);
                ImGui::TableNextColumn();
                ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetFontSize() * 26);
                ImGui::TextUnformatted(tr(what));
                ImGui::PopTextWrapPos();
            }
            ImGui::EndTable();
        }
        recordItem(ctx, "keys.table");
        if (button(ctx, "keys.ok", tr(Str::Ok)) || keys.submit || keys.cancel)
            ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
    if (state.showAbout) {
        ImGui::OpenPopup(tr(Str::MenuAbout));
        state.showAbout = false;
    }
    if (ImGui::BeginPopupModal(tr(Str::MenuAbout), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        const DialogKeys keys = dialogKeys(ctx);
        wrappedText(tr(Str::AboutText));
        if (ImGui::Button(tr(Str::Ok)) || keys.submit || keys.cancel)
            ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
}

} // namespace ui
