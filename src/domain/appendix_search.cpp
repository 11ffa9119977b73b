// The appendix search index and the rows it selects (see appendix_search.hpp).
#include "domain/appendix_search.hpp"

#include "domain/text.hpp"

namespace domain {

namespace {

std::string unitName(const Plan& plan, const std::string& id) {
    const Unit* u = findUnit(plan, id);
    return u ? u->name : std::string();
}

} // namespace

std::string taskSearchText(const Plan& plan, const Task& task) {
    std::string coordinators;
    for (const UnitRef& c : task.coordinators) {
        if (!coordinators.empty())
            coordinators += "; ";
        coordinators += unitName(plan, c.unitId);
    }
    return task.number + " " + task.content + " " + task.product + " " + unitName(plan, task.leadUnitId) +
           " " + coordinators + " " + task.timeframe;
}

std::string groupSearchText(const Group& group) {
    return group.numeral + " " + group.title;
}

std::vector<std::string> searchWords(std::string_view query) {
    const std::string folded = searchKey(query);
    std::vector<std::string> words;
    std::size_t start = 0;
    while (start < folded.size()) {
        std::size_t end = folded.find(' ', start);
        if (end == std::string::npos)
            end = folded.size();
        words.push_back(folded.substr(start, end - start));
        start = end + 1;
    }
    return words;
}

std::string foldedSearchText(std::string_view text) {
    return " " + searchKey(text) + " ";
}

bool foldedMatches(const std::string& folded, const std::vector<std::string>& words) {
    for (const std::string& w : words)
        if (folded.find(w) == std::string::npos)
            return false;
    return true;
}

AppendixSearchIndex appendixSearchIndex(const Plan& plan,
                                        std::unordered_map<std::string, std::string>& memo) {
    std::unordered_map<std::string, std::string> next;
    auto fold = [&](std::string text) -> const std::string& {
        if (const auto it = next.find(text); it != next.end())
            return it->second;
        if (auto it = memo.find(text); it != memo.end())
            return next.emplace(std::move(text), std::move(it->second)).first->second;
        std::string folded = foldedSearchText(text);
        return next.emplace(std::move(text), std::move(folded)).first->second;
    };
    AppendixSearchIndex index;
    index.groups.reserve(plan.groups.size());
    index.tasks.reserve(plan.groups.size());
    for (const Group& g : plan.groups) {
        index.groups.push_back(fold(groupSearchText(g)));
        std::vector<std::string>& tasks = index.tasks.emplace_back();
        tasks.reserve(g.tasks.size());
        for (const Task& t : g.tasks)
            tasks.push_back(fold(taskSearchText(plan, t)));
    }
    memo = std::move(next);
    return index;
}

AppendixRows appendixRows(const Plan& plan, const AppendixSearchIndex& index, std::string_view query) {
    const std::vector<std::string> words = searchWords(query);
    const bool all = words.empty(); // an empty query (or one without letters or digits) matches everything
    AppendixRows out;
    for (std::size_t g = 0; g < plan.groups.size(); ++g) {
        const std::size_t taskCount = plan.groups[g].tasks.size();
        std::vector<bool> taskMatches(taskCount, true);
        std::size_t matching = taskCount;
        if (!all) {
            matching = 0;
            for (std::size_t t = 0; t < taskCount; ++t) {
                taskMatches[t] = foldedMatches(index.tasks[g][t], words);
                matching += taskMatches[t] ? 1 : 0;
            }
        }
        out.matchingTasks += matching;
        const bool groupMatches = all || foldedMatches(index.groups[g], words);
        if (!groupMatches && matching == 0)
            continue;
        out.rows.push_back({g, AppendixRow::kGroupRow});
        for (std::size_t t = 0; t < taskCount; ++t)
            if (groupMatches || taskMatches[t])
                out.rows.push_back({g, t});
    }
    return out;
}

} // namespace domain
