// The import dialog: what a picked or dropped snapshot holds (title, year, counts, an old encoding to
// convert), and the choice to replace the open plan's content or add it as a new plan.
#pragma once

#include "domain/snapshot.hpp"
#include "ui/actions.hpp"
#include "ui/frame_context.hpp"

#include <optional>
#include <string>

namespace ui {

struct ImportDialogState {
    struct Pending {
        domain::Snapshot snapshot; ///< has a plan
        std::string fileName;
        bool convert = true; ///< import the converted plan (when the file is in an old encoding)
    };
    std::optional<Pending> pending;
};

void drawImportDialog(ImportDialogState& state, FrameContext& ctx, Actions& actions);

/// What a plan holds, as a sentence in the UI's language: "8 nhóm, 28 nhiệm vụ, 8 chỉ tiêu, 12 bản ghi tiến
/// độ, 3 sự kiện" ("1 group, 28 tasks, …").
std::string planContentsText(const domain::Plan& plan);

} // namespace ui
