// The small modal dialogs: confirm an edit (a deletion), a message, "About". They emit actions like the
// views; the confirmed edit is applied after the frame.
#pragma once

#include "domain/edit.hpp"
#include "ui/actions.hpp"
#include "ui/frame_context.hpp"

#include <optional>
#include <string>

namespace ui {

struct DialogsState {
    struct Confirm {
        std::string message;
        domain::Edit edit;
        std::string select;
    };
    struct Message {
        std::string title;
        std::string text;
    };
    std::optional<Confirm> confirm;
    std::optional<Message> message;
    bool showAbout = false;
    bool showKeys = false; ///< the keyboard shortcuts (Trợ giúp → Phím tắt)

    /// Shows a message (a later one is appended to one not yet read, so none is lost).
    void say(const std::string& title, const std::string& text);
};

void drawDialogs(DialogsState& state, FrameContext& ctx, Actions& actions);

/// A modal that is open exactly while `wanted` is true. Returns true while it is showing (call EndPopup).
bool modal(const char* title, bool wanted);
/// Text wrapped at the width of a dialog.
void wrappedText(const std::string& text);

} // namespace ui
