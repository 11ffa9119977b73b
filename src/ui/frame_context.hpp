// What views report back to the app during one frame: named widget rectangles for the test surface and the
// active text field, which the HTML text element follows.
#pragma once

#include <map>
#include <string>

namespace ui {

struct Rect {
    float x = 0, y = 0, w = 0, h = 0;
    bool operator==(const Rect& o) const { return x == o.x && y == o.y && w == o.w && h == o.h; }
};

struct FrameContext {
    float pixelRatio = 1;              ///< framebuffer pixels per CSS pixel
    std::map<std::string, Rect> rects; ///< named widgets, in framebuffer pixels
    bool textFieldActive = false;
    Rect textField;
};

} // namespace ui
