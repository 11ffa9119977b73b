// The units list (bộ phận) that tasks choose their lead and coordinating units from.
#pragma once

#include "domain/plan.hpp"
#include "ui/actions.hpp"
#include "ui/frame_context.hpp"

#include <functional>
#include <string>

namespace ui {

void drawUnitsView(const domain::Plan& plan, FrameContext& ctx, Actions& actions,
                   const std::function<std::string(const char*)>& newId);

} // namespace ui
