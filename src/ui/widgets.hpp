// Small widgets shared by the views.
#pragma once

#include "ui/frame_context.hpp"

#include <string>

namespace ui {

/// Single-line text field editing a std::string (grows as needed). Records its rectangle under `name` and,
/// while active, as the field the text element follows. Returns true when the text changed this frame.
bool textField(FrameContext& ctx, const char* name, std::string& text, float width);

/// Records the last item's rectangle under `name` for the test surface.
void recordItem(FrameContext& ctx, const std::string& name);

} // namespace ui
