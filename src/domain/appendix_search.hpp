// Which rows the appendix table shows for a search: a group shows with its matching tasks (all of them when
// its own numeral and title match). The texts are folded once into an index (kept per plan revision by the
// view), so a keystroke in the search field only compares; the result is the same as searchMatches().
#pragma once

#include "domain/plan.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace domain {

/// What a task is searched by: its number, content, product, lead and coordinating units' names and
/// timeframe.
std::string taskSearchText(const Plan& plan, const Task& task);
/// What a group is searched by: its numeral and title.
std::string groupSearchText(const Group& group);

/// The folded words of a query (searchKey split at spaces); none for an empty query.
std::vector<std::string> searchWords(std::string_view query);
/// Text folded for searching, padded with spaces: searchMatches(text, q) equals
/// foldedMatches(foldedSearchText(text), searchWords(q)).
std::string foldedSearchText(std::string_view text);
bool foldedMatches(const std::string& folded, const std::vector<std::string>& words);

/// The folded search texts of every group and task of a plan, in appendix order.
struct AppendixSearchIndex {
    std::vector<std::string> groups;             ///< per group
    std::vector<std::vector<std::string>> tasks; ///< per group, per task
};
/// Folds the plan's search texts. `memo` maps texts already folded (e.g. for the previous revision) to their
/// folded form; it is replaced by this plan's, so an edit refolds only what it changed.
AppendixSearchIndex appendixSearchIndex(const Plan& plan, std::unordered_map<std::string, std::string>& memo);

/// One row of the appendix table: a group, or one of its tasks.
struct AppendixRow {
    std::size_t group = 0;
    std::size_t task = kGroupRow; ///< index in the group's tasks, kGroupRow for the group's own row
    static constexpr std::size_t kGroupRow = static_cast<std::size_t>(-1);
    bool isGroup() const { return task == kGroupRow; }
};
struct AppendixRows {
    std::vector<AppendixRow> rows; ///< in appendix order
    std::size_t matchingTasks = 0; ///< tasks whose own texts match (not those shown for their group's title)
};
/// The rows shown for `query` (every row for an empty query). `index` is appendixSearchIndex(plan, …).
AppendixRows appendixRows(const Plan& plan, const AppendixSearchIndex& index, std::string_view query);

} // namespace domain
