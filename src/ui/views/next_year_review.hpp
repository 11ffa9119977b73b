// Review of a plan copied to the next year: every text whose year moved, before and after, then save it as
// a new plan or cancel.
#pragma once

#include "domain/plan.hpp"
#include "ui/actions.hpp"
#include "ui/frame_context.hpp"

#include <optional>
#include <vector>

namespace ui {

struct NextYearReviewState {
    struct Review {
        domain::Plan plan;
        std::vector<domain::YearChange> changes;
    };
    std::optional<Review> review;
};

void drawNextYearReview(NextYearReviewState& state, FrameContext& ctx, Actions& actions);

} // namespace ui
