// The one-stop figures (Biểu số 06/VPCP/KSTT) as records of the plan: in the snapshot, refused when hostile,
// edited figure by figure (a figure cleared, the month taken away with its last one), and the targets that
// take their counts from them over a period (flows summed, never monthly rates averaged).
#include "domain/edit.hpp"
#include "domain/plan_json.hpp"
#include "domain/targets.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

using namespace domain;

namespace {

/// The built-in plan's JSON with one-stop figures for January to March (`change` applied to it).
std::string withFigures(void (*change)(nlohmann::json&) = nullptr) {
    auto j = nlohmann::json::parse(test_support::builtinPlanText());
    nlohmann::json months = nlohmann::json::array();
    // January: 5 carried over, 40 online, 60 direct; 90 resolved (10 early, 78 on time, 2 late); 15 in
    // progress. February: 15 carried over, 30 online, 20 direct; 50 resolved (0, 50, 0); 15 in progress.
    // March: only what came in (online 10, direct 10); the rest not entered yet.
    months.push_back({{"id", "onestop-2024-01"},
                      {"month", "2024-01"},
                      {"modified", "2024-02-02T08:00:00Z"},
                      {"author", "Cán bộ một cửa"},
                      {"received", 105},
                      {"online", 40},
                      {"direct", 60},
                      {"carried", 5},
                      {"resolved", 90},
                      {"early", 10},
                      {"onTime", 78},
                      {"late", 2},
                      {"pending", 15},
                      {"pendingOnTime", 14},
                      {"pendingLate", 1}});
    months.push_back({{"id", "onestop-2024-02"},
                      {"month", "2024-02"},
                      {"online", 30},
                      {"direct", 20},
                      {"carried", 15},
                      {"early", 0},
                      {"onTime", 50},
                      {"late", 0},
                      {"pendingOnTime", 15},
                      {"pendingLate", 0}});
    months.push_back({{"id", "onestop-2024-03"}, {"month", "2024-03"}, {"online", 10}, {"direct", 10}});
    j["onestop"] = months;
    if (change)
        change(j);
    return j.dump();
}

ImportError firstError(const std::string& text) {
    ImportResult r = importPlanJson(text);
    return r.errors.empty() ? ImportError{"(accepted)", {}} : r.errors[0];
}

} // namespace

TEST_CASE("one-stop figures travel in the snapshot; figures not entered stay absent") {
    ImportResult r = importPlanJson(withFigures());
    REQUIRE(r.plan);
    REQUIRE(r.plan->oneStop.size() == 3);
    const OneStopMonth& feb = r.plan->oneStop[1];
    CHECK(feb.received == -1); // not typed: the sum of its parts is what it shows
    CHECK(oneStopValue(feb, OneStopFigure::Received) == 65);
    CHECK(oneStopValue(feb, OneStopFigure::Resolved) == 50);
    CHECK(oneStopValue(r.plan->oneStop[2], OneStopFigure::Resolved) == -1);
    const std::string exported = exportPlanJson(*r.plan);
    const auto j = nlohmann::json::parse(exported);
    CHECK(j["version"] == 2);
    CHECK_FALSE(j["onestop"][1].contains("received"));
    CHECK(j["onestop"][0]["pendingLate"] == 1);
    ImportResult again = importPlanJson(exported);
    REQUIRE(again.plan);
    CHECK(exportPlanJson(*again.plan) == exported);
    CHECK(checkOneStop(r.plan->oneStop).empty()); // February's carried over is January's in progress
}

TEST_CASE("hostile one-stop figures are refused with their path") {
    using C = MessageCode;
    const auto refusedAt = [](void (*change)(nlohmann::json&), const std::string& path, C code) {
        const ImportError e = firstError(withFigures(change));
        CHECK(e.path == path);
        CHECK(e.message.code == code);
    };
    refusedAt([](nlohmann::json& j) { j["onestop"][0]["online"] = -1; }, "onestop[0].online",
              C::CountNotWhole);
    refusedAt([](nlohmann::json& j) { j["onestop"][0]["late"] = 2.5; }, "onestop[0].late", C::MustBeInteger);
    refusedAt([](nlohmann::json& j) { j["onestop"][0]["early"] = "10"; }, "onestop[0].early",
              C::MustBeInteger);
    refusedAt([](nlohmann::json& j) { j["onestop"][0]["direct"] = 1e300; }, "onestop[0].direct",
              C::MustBeInteger);
    refusedAt(
        [](nlohmann::json& j) {
            j["onestop"][2]["month"] = "2023-12";
            j["onestop"][2]["id"] = "onestop-2023-12";
        },
        "onestop[2].month", C::InvalidMonth);
    refusedAt([](nlohmann::json& j) { j["onestop"][2]["id"] = "x"; }, "onestop[2].id", C::CountIdNotDerived);
    refusedAt([](nlohmann::json& j) { j["onestop"].push_back(j["onestop"][0]); }, "onestop[3].month",
              C::OneStopTwice);
    refusedAt([](nlohmann::json& j) { j["onestop"] = "many"; }, "onestop", C::MustBeArray);
    refusedAt([](nlohmann::json& j) { j["kpis"][0]["source"] = "everything"; }, "kpis[0].source",
              C::UnknownSource);
}

TEST_CASE("a figure is set, cleared, and the month goes with its last figure; undo puts each back") {
    ImportResult r = importPlanJson(withFigures());
    REQUIRE(r.plan);
    Plan p = *r.plan;
    const std::string before = exportPlanJson(p);
    std::vector<Edit> undo;
    const auto apply = [&](const Edit& e) {
        EditResult done = applyEdit(p, e, {"2024-04-01T08:00:00Z", "Cán bộ"});
        REQUIRE(done.inverse);
        undo.push_back(*done.inverse);
    };
    Edit set = setOneStopEdit(p, "2024-03", OneStopFigure::Resolved, 12);
    REQUIRE(set.ops.size() == 1);
    CHECK(std::holds_alternative<SetNumber>(set.ops[0]));
    apply(set);
    CHECK(p.oneStop[2].resolved == 12);
    CHECK(setOneStopEdit(p, "2024-03", OneStopFigure::Resolved, 12).ops.empty()); // already so
    // A new month is a record of its own, with the derived id.
    apply(setOneStopEdit(p, "2024-04", OneStopFigure::Online, 7));
    REQUIRE(p.oneStop.size() == 4);
    CHECK(p.oneStop[3].meta.id == "onestop-2024-04");
    CHECK(p.oneStop[3].direct == -1);
    // Clearing its only figure takes the month away.
    Edit clear = setOneStopEdit(p, "2024-04", OneStopFigure::Online, -1);
    REQUIRE(clear.ops.size() == 1);
    CHECK(std::holds_alternative<RemoveRecord>(clear.ops[0]));
    apply(clear);
    CHECK(p.oneStop.size() == 3);
    // Clearing one of several figures keeps the month.
    Edit blank = setOneStopEdit(p, "2024-03", OneStopFigure::Resolved, -1);
    REQUIRE(std::holds_alternative<SetNumber>(blank.ops.at(0)));
    apply(blank);
    CHECK(p.oneStop[2].resolved == -1);
    // A figure below zero other than "not entered" is refused, the plan unchanged.
    const std::string now = exportPlanJson(p);
    EditResult refused = applyEdit(p, Edit{{SetNumber{"onestop-2024-03", "online", -2}}}, {});
    CHECK(refused.error);
    CHECK(exportPlanJson(p) == now);
    // Undo, newest first, gives the plan back byte for byte.
    for (auto it = undo.rbegin(); it != undo.rend(); ++it)
        REQUIRE(applyEdit(p, *it, {}).inverse);
    CHECK(exportPlanJson(p) == before);
}

TEST_CASE("a target counted from the one-stop figures: its share of the period's summed flows") {
    ImportResult r = importPlanJson(withFigures());
    REQUIRE(r.plan);
    Plan p = *r.plan;
    Kpi online = p.kpis[0];
    online.unit = "%";
    online.comparison = ">=";
    online.target = 50;
    online.source = "online";
    Kpi onTime = online;
    onTime.source = "onTime";
    onTime.target = 95;
    const CountIndex index(p);
    // January alone: 40 online out of 100 received in the month (carried over ones came in before).
    const Rate jan = index.rate(online, {"2024-01"});
    REQUIRE(jan.months == 1);
    CHECK(jan.numerator == 40);
    CHECK(jan.denominator == 100);
    // January and February: (40 + 30) / (100 + 50) = 46,7 % — not the mean of 40 % and 60 % (50 %).
    const Rate two = index.rate(online, {"2024-01", "2024-02"});
    CHECK(two.numerator == 70);
    CHECK(two.denominator == 150);
    CHECK(formatRate(two.rate) == "46,7 %");
    CHECK(two.verdict == Verdict::Missed);
    CHECK(two.months == 2);
    // On time: (10 + 78 + 0 + 50) / (90 + 50) = 98,6 %.
    const Rate resolved = index.rate(onTime, {"2024-01", "2024-02"});
    CHECK(formatRate(resolved.rate) == "98,6 %");
    CHECK(resolved.verdict == Verdict::Met);
    // March has no resolved figures yet: the quarter's on-time share is not known rather than wrong.
    CHECK(index.rate(onTime, {"2024-01", "2024-02", "2024-03"}).verdict == Verdict::NoData);
    CHECK(index.rate(onTime, {"2024-03"}).months == 0);
    // The target keeps its source through the snapshot.
    p.kpis[0] = online;
    ImportResult again = importPlanJson(exportPlanJson(p));
    REQUIRE(again.plan);
    CHECK(again.plan->kpis[0].source == "online");
}

TEST_CASE("the 766 estimate: each formula on hand-computed cases, and the total out of the points covered") {
    const Indicator766* digitised = findIndicator766("4.2"); // 4 × rate
    const Indicator766* online = findIndicator766("3.3");    // full 6 from 50 %
    const Indicator766* satisfied = findIndicator766("5.4"); // full 6 from 90 %
    const Indicator766* reuse = findIndicator766("4.3");     // full 2 from 80 %
    REQUIRE(digitised);
    REQUIRE(online);
    REQUIRE(satisfied);
    REQUIRE(reuse);
    CHECK_FALSE(findIndicator766("9.9"));
    CHECK(points766(*digitised, 0.8) == doctest::Approx(3.2));
    CHECK(points766(*online, 0.25) == doctest::Approx(3.0));
    CHECK(points766(*online, 0.5) == doctest::Approx(6.0));
    CHECK(points766(*online, 1.0) == doctest::Approx(6.0));
    CHECK(points766(*satisfied, 0.45) == doctest::Approx(3.0));
    CHECK(points766(*reuse, 0.5) == doctest::Approx(1.25));    // domain.md §1.5: "50 % gives 1.25 of 2"
    CHECK(points766(*digitised, 1.5) == doctest::Approx(4.0)); // a share is at most 1
    double max = 0;
    for (const Indicator766& i : kIndicators766)
        max += i.max;
    // The commune's indicators: 100 less 4.5a and 4.5b (the province's, 2 + 2) and 3.5b (2, whose formula is
    // only reverse-engineered).
    CHECK(max == doctest::Approx(94.0));

    ImportResult r = importPlanJson(withFigures());
    REQUIRE(r.plan);
    Plan p = *r.plan;
    p.kpis[0].code766 = "3.3";
    p.kpis[0].source = "online"; // January: 40 / 100 → 6 × 0.4 / 0.5 = 4.8
    p.kpis[1].code766 = "4.2";   // no counts: listed, no points, not covered
    const CountIndex index(p);
    const Estimate766 e = estimate766(p, index, {"2024-01"});
    REQUIRE(e.rows.size() == 2);
    CHECK(std::string(e.rows[0].indicator->code) == "3.3"); // in the index's order
    CHECK(e.rows[0].points == doctest::Approx(4.8));
    CHECK_FALSE(e.rows[1].share);
    CHECK(e.points == doctest::Approx(4.8));
    CHECK(e.covered == doctest::Approx(6.0));
}

TEST_CASE("what a typed cell does: stored, refused with the reason and the value of before, or cleared") {
    ImportResult r = importPlanJson(test_support::builtinPlanText());
    REQUIRE(r.plan);
    Plan p = *r.plan;
    const Kpi& share = p.kpis[0]; // "%", at least 80
    // A part typed into an empty month makes the month's count.
    CellOutcome o = countCellEdit(p, share, 3, 1, " 455 ", std::nullopt);
    CHECK_FALSE(o.refused);
    REQUIRE(o.edit.ops.size() == 1);
    REQUIRE(applyEdit(p, o.edit, {"2024-04-01T08:00:00Z", "Cán bộ"}).inverse);
    // More counted than the whole of a share: refused, and the part goes back to what it was (0).
    o = countCellEdit(p, p.kpis[0], 3, 0, "456", 0);
    REQUIRE(o.refused);
    CHECK(o.refused->code == MessageCode::CountOverWhole);
    CHECK(o.refused->args == std::vector<std::string>{"456", "455"});
    CHECK(o.edit.ops.empty()); // already so: 0 counted
    o = countCellEdit(p, p.kpis[0], 3, 0, "4O", 12);
    REQUIRE(o.refused);
    CHECK(o.refused->code == MessageCode::CountNotWhole);
    REQUIRE(o.edit.ops.size() == 1); // 12 again
    CHECK(std::get<SetNumber>(o.edit.ops[0]).value == 12);
    // Emptying the whole when nothing is counted takes the month away.
    o = countCellEdit(p, p.kpis[0], 3, 1, "", 455);
    CHECK_FALSE(o.refused);
    REQUIRE(o.edit.ops.size() == 1);
    CHECK(std::holds_alternative<RemoveRecord>(o.edit.ops[0]));

    // A target value: Vietnamese decimals; out of range or not a number refused with the value of before.
    o = targetValueEdit(p.kpis[0], "80,5", 80);
    CHECK_FALSE(o.refused);
    REQUIRE(o.edit.ops.size() == 1);
    CHECK(std::get<SetNumber>(o.edit.ops[0]).value == 80.5);
    Kpi typedOn = p.kpis[0];
    typedOn.target = 12; // "120" typed: 1 and 12 stored on the way
    o = targetValueEdit(typedOn, "120", 80);
    REQUIRE(o.refused);
    CHECK(o.refused->code == MessageCode::TargetOutOfRange);
    REQUIRE(o.edit.ops.size() == 1);
    CHECK(std::get<SetNumber>(o.edit.ops[0]).value == 80);
    o = targetValueEdit(p.kpis[0], "tám mươi", 80);
    REQUIRE(o.refused);
    CHECK(o.refused->code == MessageCode::TargetNotNumber);
    CHECK(o.edit.ops.empty());

    // A one-stop figure: not a number is refused and the figure of before comes back.
    o = oneStopCellEdit(p, 2, OneStopFigure::Online, "3O", -1);
    REQUIRE(o.refused);
    CHECK(o.edit.ops.empty()); // there was none
    o = oneStopCellEdit(p, 2, OneStopFigure::Online, "1.200", -1);
    CHECK_FALSE(o.refused);
    REQUIRE(o.edit.ops.size() == 1);
    CHECK(std::get<InsertRecord>(o.edit.ops[0]).index == p.oneStop.size());
}

TEST_CASE("a target whose months count more than their whole cannot become a share") {
    ImportResult r = importPlanJson(test_support::builtinPlanText());
    REQUIRE(r.plan);
    Plan p = *r.plan;
    const std::string kpi = p.kpis[0].meta.id;
    REQUIRE(applyEdit(p, Edit{{SetText{kpi, "unit", "lần"}}}, {"2024-04-01T08:00:00Z", "Cán bộ"}).inverse);
    REQUIRE(applyEdit(p, countCellEdit(p, p.kpis[0], 1, 1, "3", std::nullopt).edit, {}).inverse);
    REQUIRE(
        applyEdit(p, countCellEdit(p, p.kpis[0], 1, 0, "5", 0).edit, {}).inverse); // 5 per 3: fine in "lần"
    const std::string before = exportPlanJson(p);
    const EditResult back =
        applyEdit(p, Edit{{SetText{kpi, "unit", "%"}}}, {"2024-04-02T08:00:00Z", "Cán bộ"});
    REQUIRE(back.error);
    CHECK(back.error->code == MessageCode::CountOverWhole);
    CHECK(exportPlanJson(p) == before);
}
