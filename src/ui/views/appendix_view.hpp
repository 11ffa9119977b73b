// The appendix: the table of groups and tasks (STT, Nội dung công việc, Sản phẩm, Chủ trì, Phối hợp, Thời
// gian) with an editor for the selected task or group: edit, add, delete, move, move to another group,
// renumber. Only the rows on screen are drawn: the others are skipped by their heights, measured once per
// plan revision and column widths.
#pragma once

#include "domain/appendix_search.hpp"
#include "domain/plan.hpp"
#include "ui/actions.hpp"
#include "ui/frame_context.hpp"
#include "ui/widgets.hpp"

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

namespace ui {

/// What the table computes from the plan, kept between frames: the rows the search shows (the folded search
/// texts are made once per revision, only while searching) and each row's size at the current column widths.
struct AppendixTableCache {
    static constexpr int kColumns = 6;
    /// A row's height, and the size of its named cell (the task's content, the group's title), whose
    /// rectangle is published under "task:<id>" / "group:<id>" even while the row is off screen.
    struct RowSize {
        float height = 0, labelWidth = 0, labelHeight = 0;
    };

    unsigned indexRevision = ~0u;
    domain::AppendixSearchIndex index;
    std::unordered_map<std::string, std::string> folded; ///< text → folded text, for the index's revision

    unsigned rowsRevision = ~0u; ///< the plan's revision while searching, else its layout revision
    bool rowsValid = false, rowsSearching = false;
    std::string rowsQuery;
    domain::AppendixRows rows;

    std::array<float, kColumns> widths{}; ///< wrap width of each column the sizes were measured at
    float fontSize = 0, cellPadding = 0;
    std::unordered_map<std::uint64_t, RowSize> sizeByText; ///< by a hash of the row's cell texts
    bool sizesValid = false;
    unsigned sizesRevision = ~0u;    ///< the plan revision the sizes are for
    std::vector<RowSize> sizes;      ///< per row of `rows`
    std::vector<std::uint64_t> keys; ///< per row: the hash of its texts (its entry in sizeByText)
    std::vector<float> offsets;      ///< top of each row from the first one; one more entry: the total height
    std::vector<std::string>
        rowNames; ///< per row: "task:<id>" / "group:<id>", made only for the test surface
};

struct AppendixViewState {
    std::string selected; ///< id of the selected task or group ("" when none)
    std::string search;   ///< rows shown are those matching it (case, diacritics and tone placement ignored)
    AppendixTableCache table;
    KeyboardList keys; ///< arrows move between rows, Enter opens one
};

/// `newId` makes fresh record ids for added tasks, groups and coordinator entries.
void drawAppendixView(AppendixViewState& state, const domain::Plan& plan, FrameContext& ctx, Actions& actions,
                      const std::function<std::string(const char*)>& newId);

} // namespace ui
