// The plan at a glance: its title (editable) and the appendix groups with their task counts.
#pragma once

#include "domain/plan.hpp"
#include "ui/actions.hpp"
#include "ui/frame_context.hpp"

#include <string>

namespace ui {

struct PlanOverviewViewState {
    std::string titleEdit;      ///< edit buffer of the title field
    std::string shownPlanTitle; ///< plan title the buffer was last synchronised with
};

void drawPlanOverviewView(PlanOverviewViewState& state, const domain::Plan& plan, FrameContext& ctx,
                          Actions& actions);

} // namespace ui
