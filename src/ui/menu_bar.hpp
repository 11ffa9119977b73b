// The main window's menu bar (Kế hoạch, Tiến độ, Báo cáo, Dữ liệu, Trợ giúp) with the save status at its
// right end. It only emits actions.
#pragma once

#include "domain/edit.hpp"
#include "domain/plan.hpp"
#include "ui/actions.hpp"
#include "ui/frame_context.hpp"

#include <string>

namespace ui {

struct MenuBarInput {
    const domain::Plan* plan = nullptr; ///< the open plan, or null
    bool canUndo = false;
    bool canRedo = false;
    std::string status; ///< the save status shown at the right ("Đã lưu lúc 10:30")
};

void drawMenuBar(const MenuBarInput& in, FrameContext& ctx, Actions& actions);

} // namespace ui
