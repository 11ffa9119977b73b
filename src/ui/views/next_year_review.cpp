// The next-year review dialog (see next_year_review.hpp).
#include "ui/views/next_year_review.hpp"

#include "ui/dialogs.hpp"
#include "ui/i18n.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

namespace ui {

void drawNextYearReview(NextYearReviewState& state, FrameContext& ctx, Actions& actions) {
    if (!modal(tr(Str::ReviewNextYear), state.review.has_value()))
        return;
    const DialogKeys keys = dialogKeys(ctx);
    if (state.review) {
        wrappedText(tr(Str::ReviewNextYearIntro));
        const float em = ImGui::GetFontSize();
        ImGui::BeginChild("changes", ImVec2(em * 40, em * 18), ImGuiChildFlags_Border);
        for (const domain::YearChange& c : state.review->changes) {
            ImGui::TextDisabled("%s", c.label.c_str());
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextColored(ImVec4(0.6f, 0.1f, 0.1f, 1), "- %s", c.before.c_str());
            ImGui::TextColored(ImVec4(0.1f, 0.45f, 0.1f, 1), "+ %s", c.after.c_str());
            ImGui::PopTextWrapPos();
        }
        ImGui::EndChild();
    }
    if (button(ctx, "review.save", tr(Str::SaveNewPlan)) || keys.submit) {
        if (state.review)
            actions.savePlan = std::move(state.review->plan);
        state.review.reset();
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (button(ctx, "review.cancel", tr(Str::Cancel)) || keys.cancel) {
        state.review.reset();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

} // namespace ui
