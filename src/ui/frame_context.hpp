// What views share with the app during one frame: named widget rectangles for the test surface, the active
// text field (which the HTML text element follows) and the edit buffer of that field.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace ui {

class Session;

struct Rect {
    float x = 0, y = 0, w = 0, h = 0;
};

/// The buffer of the text field being edited; persists across frames (owned by the app).
struct TextEditState {
    unsigned owner = 0;      ///< ImGui id of the field that owns `text`, 0 when none
    unsigned activation = 0; ///< increases each time a field becomes active (groups keystrokes for undo)
    bool multiline = false;  ///< the owner is a multi-line field
    std::string text;
    // The HTML text element mirrors the owner field (see widgets.cpp): what both last agreed on.
    unsigned mirrored = 0; ///< field the element was filled for, 0 when none
    unsigned elementSerial = 0;
    std::string mirrorText;
    int mirrorAnchor = 0, mirrorCaret = 0;
    bool composing = false;
    int composeStart = 0, composeEnd = 0; ///< UTF-8 byte offsets of the text being composed
    // Text pasted into a field that looks like an old encoding (TCVN3 or VNI): the field offers to convert
    // it.
    unsigned legacyField = 0;
    std::string legacyText;
    int legacyEncoding = 0; ///< a domain::LegacyEncoding
    // The text last pasted into a field, as the clipboard had it (tabs and line breaks included): a grid
    // takes a spreadsheet's row from it. Cleared by whoever uses it.
    unsigned pastedField = 0;
    std::string pastedText;
};

struct FrameContext {
    float pixelRatio = 1;              ///< framebuffer pixels per CSS pixel
    unsigned planRevision = 0;         ///< changes whenever the plan does (views cache what they compute)
    unsigned layoutRevision = 0;       ///< changes unless only texts changed (Session::layoutRevision)
    const Session* session = nullptr;  ///< which texts changed since a revision (Session::textChangesSince)
    TextEditState* edit = nullptr;     ///< persistent, set by the app
    bool recordRects = false;          ///< a test asked for the widget rectangles (else `rects` stays empty)
    std::map<std::string, Rect> rects; ///< named widgets, in framebuffer pixels
    /// Named rows of long tables that are off screen, where they would be (the names are kept by the view
    /// between frames: thousands of rows would make `rects` cost more than the frame).
    std::vector<std::pair<const std::string*, Rect>> offscreenRects;

    /// A named widget's rectangle (on or off screen), or nullptr.
    const Rect* findRect(const std::string& name) const {
        if (const auto it = rects.find(name); it != rects.end())
            return &it->second;
        for (const auto& [n, r] : offscreenRects)
            if (*n == name)
                return &r;
        return nullptr;
    }
    bool textFieldActive = false;
    bool textFieldMultiline = false;
    std::string textFieldName; ///< the active field's widget name (for the test surface)
    std::string focused;       ///< the widget with the keyboard focus (for the test surface)
    std::string tooltip;       ///< the text of a tooltip shown this frame (for the test surface)
    Rect textField;
    bool redraw = false; ///< something changed that the next frames must show (focus moves, applied actions)
};

} // namespace ui
