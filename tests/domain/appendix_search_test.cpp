// The appendix search: folded once, the same answers as searchMatches(); the rows shown for a query (a group
// with its matching tasks, all of them when its title matches); an edit refolds only what changed.
#include "domain/appendix_search.hpp"
#include "domain/plan_json.hpp"
#include "domain/text.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace domain;

namespace {

Plan builtin() {
    return *importPlanJson(test_support::builtinPlanText()).plan;
}

const char* const kQueries[] = {"",
                                "cong dich vu cong",
                                "CỔNG DỊCH VỤ CÔNG",
                                "thuong xuyen",
                                "Thường Xuyên",
                                "tap huan",
                                "hoà giải",
                                "so hoa",
                                "I",
                                "van phong",
                                "!!!",
                                "no such words"};

/// The rows as the view computed them before the index: searchMatches on the raw texts.
std::vector<std::pair<std::size_t, std::size_t>> expectedRows(const Plan& plan, const std::string& query,
                                                              std::size_t& matching) {
    std::vector<std::pair<std::size_t, std::size_t>> rows;
    matching = 0;
    for (std::size_t g = 0; g < plan.groups.size(); ++g) {
        const Group& group = plan.groups[g];
        const bool groupMatches = searchMatches(groupSearchText(group), query);
        bool any = false;
        for (const Task& t : group.tasks)
            if (searchMatches(taskSearchText(plan, t), query)) {
                any = true;
                ++matching;
            }
        if (!groupMatches && !any)
            continue;
        rows.push_back({g, AppendixRow::kGroupRow});
        for (std::size_t t = 0; t < group.tasks.size(); ++t)
            if (groupMatches || searchMatches(taskSearchText(plan, group.tasks[t]), query))
                rows.push_back({g, t});
    }
    return rows;
}

std::vector<std::pair<std::size_t, std::size_t>> pairs(const AppendixRows& r) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    for (const AppendixRow& row : r.rows)
        out.push_back({row.group, row.task});
    return out;
}

} // namespace

TEST_CASE("folded matching answers as searchMatches does") {
    const Plan plan = builtin();
    for (const char* query : kQueries)
        for (const Group& g : plan.groups)
            for (const Task& t : g.tasks) {
                const std::string text = taskSearchText(plan, t);
                CHECK(foldedMatches(foldedSearchText(text), searchWords(query)) ==
                      searchMatches(text, query));
            }
    CHECK(searchWords("  Hòa   TÂN, tây ") == std::vector<std::string>{"hoa", "tan", "tay"});
    CHECK(searchWords("").empty());
    CHECK(searchWords("!!!").empty());
}

TEST_CASE("the search text of a task names its units; of a group, its numeral and title") {
    Plan plan;
    Unit a, b;
    a.meta.id = "a";
    a.name = "Văn phòng";
    b.meta.id = "b";
    b.name = "Tư pháp";
    plan.units = {a, b};
    Task t;
    t.number = "2";
    t.content = "Nội dung";
    t.product = "Báo cáo";
    t.leadUnitId = "a";
    t.coordinators = {{"c1", "b"}, {"c2", "a"}};
    t.timeframe = "Hằng quý";
    CHECK(taskSearchText(plan, t) == "2 Nội dung Báo cáo Văn phòng Tư pháp; Văn phòng Hằng quý");
    Group g;
    g.numeral = "IV";
    g.title = "Số hóa";
    CHECK(groupSearchText(g) == "IV Số hóa");
}

TEST_CASE(
    "the rows shown for a query: groups with their matching tasks, all of them when the title matches") {
    const Plan plan = builtin();
    std::unordered_map<std::string, std::string> memo;
    const AppendixSearchIndex index = appendixSearchIndex(plan, memo);
    REQUIRE(index.groups.size() == plan.groups.size());
    for (const char* query : kQueries) {
        std::size_t matching = 0;
        const auto expected = expectedRows(plan, query, matching);
        const AppendixRows rows = appendixRows(plan, index, query);
        CHECK_MESSAGE(pairs(rows) == expected, query);
        CHECK_MESSAGE(rows.matchingTasks == matching, query);
    }
    const AppendixRows all = appendixRows(plan, index, "");
    CHECK(all.rows.size() == plan.groups.size() + taskCount(plan));
    CHECK(all.matchingTasks == taskCount(plan));
    CHECK(all.rows[0].isGroup());
    CHECK_FALSE(all.rows[1].isGroup());
    // An empty query needs no index at all.
    CHECK(appendixRows(plan, AppendixSearchIndex{}, "").rows.size() == all.rows.size());
}

TEST_CASE("an edit refolds only the texts it changed; the memo keeps this plan's texts") {
    Plan plan = builtin();
    std::unordered_map<std::string, std::string> memo;
    appendixSearchIndex(plan, memo);
    const std::size_t texts = memo.size();
    CHECK(texts <= plan.groups.size() + taskCount(plan));
    plan.groups[0].tasks[0].content = "Rà soát quy trình nội bộ";
    const AppendixSearchIndex index = appendixSearchIndex(plan, memo);
    CHECK(memo.size() == texts);
    CHECK(index.tasks[0][0] == foldedSearchText(taskSearchText(plan, plan.groups[0].tasks[0])));
    CHECK(appendixRows(plan, index, "quy trinh noi bo").matchingTasks >= 1);
}
