// "Phiên bản đã lưu": the open plan's saved versions, with what each holds, and restoring one (an undoable
// edit). Also says whether the browser keeps the data persistently and how much space it uses.
#pragma once

#include "ui/actions.hpp"
#include "ui/frame_context.hpp"
#include "ui/plan_store.hpp"

#include <vector>

namespace ui {

struct VersionsViewState {
    bool open = false;             ///< the app sets it (with `rows`) when the user asks for the window
    std::vector<VersionInfo> rows; ///< read once when the window opens, not every frame
};

void drawVersionsView(VersionsViewState& state, bool canRestore, FrameContext& ctx, Actions& actions);

} // namespace ui
