// The stored plans: open, rename, duplicate, delete (with confirmation), and make a new plan (empty, from the
// built-in sample, or the open plan copied to the next year).
#pragma once

#include "domain/library.hpp"
#include "ui/actions.hpp"
#include "ui/frame_context.hpp"

#include <string>
#include <vector>

namespace ui {

struct PlansViewState {
    std::string renaming; ///< id of the plan being renamed ("" when none)
    std::string renameText;
    std::string deleting; ///< id of the plan waiting for delete confirmation
    int newYear = 0;
};

void drawPlansView(PlansViewState& state, const std::vector<domain::PlanSummary>& plans,
                   const std::string& currentId, int currentYear, FrameContext& ctx, Actions& actions);

} // namespace ui
