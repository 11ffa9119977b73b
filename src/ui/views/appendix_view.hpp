// The appendix: the table of groups and tasks (STT, Nội dung công việc, Sản phẩm, Chủ trì, Phối hợp, Thời
// gian) with an editor for the selected task or group: edit, add, delete, move, move to another group,
// renumber.
#pragma once

#include "domain/plan.hpp"
#include "ui/actions.hpp"
#include "ui/frame_context.hpp"

#include <functional>
#include <string>

namespace ui {

struct AppendixViewState {
    std::string selected; ///< id of the selected task or group ("" when none)
    std::string search;   ///< rows shown are those matching it (case, diacritics and tone placement ignored)
};

/// `newId` makes fresh record ids for added tasks, groups and coordinator entries.
void drawAppendixView(AppendixViewState& state, const domain::Plan& plan, FrameContext& ctx, Actions& actions,
                      const std::function<std::string(const char*)>& newId);

} // namespace ui
