// Targets measured from monthly counts: Vietnamese number input, months of every period kind in both period
// modes, rates from summed counts (never averaged), comparisons at the shown precision, the one-stop figures'
// consistency rules (each failing alone) and their sums over a period (flows summed, stocks at the ends).
#include "domain/edit.hpp"
#include "domain/journal.hpp"
#include "domain/plan_json.hpp"
#include "domain/targets.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <string>
#include <vector>

using namespace domain;

namespace {

Kpi percentKpi(const std::string& id, const std::string& comparison, double target) {
    Kpi k;
    k.meta.id = id;
    k.unit = "%";
    k.comparison = comparison;
    k.target = target;
    return k;
}

KpiCount count(const std::string& kpi, const std::string& month, long long numerator, long long denominator) {
    KpiCount c;
    c.kpiId = kpi;
    c.month = month;
    c.meta.id = kpiCountId(kpi, month);
    c.numerator = numerator;
    c.denominator = denominator;
    return c;
}

/// A month whose figures keep every rule: `carried` in, `online` + `direct` new, `resolved` out of it
/// (split early / on time / late as 1 / rest / 0), the rest still in progress (all on time).
OneStopMonth month(const std::string& key, long long carried, long long online, long long direct,
                   long long resolved) {
    OneStopMonth m;
    m.month = key;
    m.carried = carried;
    m.online = online;
    m.direct = direct;
    m.received = carried + online + direct;
    m.resolved = resolved;
    m.early = resolved > 0 ? 1 : 0;
    m.onTime = resolved - m.early;
    m.late = 0;
    m.pending = m.received - resolved;
    m.pendingOnTime = m.pending;
    m.pendingLate = 0;
    return m;
}

} // namespace

TEST_CASE("counts are typed the Vietnamese way: dots or spaces between thousands, whole and not negative") {
    CHECK(parseCount("455") == 455);
    CHECK(parseCount("1.234") == 1234);
    CHECK(parseCount(" 1 234 567 ") == 1234567);
    CHECK(parseCount("0") == 0);
    CHECK_FALSE(parseCount(""));
    CHECK_FALSE(parseCount("-3"));
    CHECK_FALSE(parseCount("1,5"));
    CHECK_FALSE(parseCount("12.34"));     // not a group of three: a decimal typed the English way
    CHECK_FALSE(parseCount("1.234 567")); // separators mixed
    CHECK_FALSE(parseCount("1234.567"));  // the first group is longer than three
    CHECK_FALSE(parseCount("abc"));
    CHECK_FALSE(parseCount("99999999999999999999")); // beyond a 64-bit count
    CHECK(formatCount(1234567) == "1.234.567");
    CHECK(formatCount(12) == "12");
    CHECK(formatCount(0) == "0");
}

TEST_CASE("a share cannot count more than its whole; other units can") {
    Kpi share = percentKpi("k1", ">=", 80);
    CHECK(checkCount(share, 412, 455) == std::nullopt);
    CHECK(checkCount(share, 456, 455) == MessageCode::CountOverWhole);
    CHECK(checkCount(share, -1, 455) == MessageCode::CountNotWhole);
    Kpi perDossier = share;
    perDossier.unit = "lần";
    CHECK(checkCount(perDossier, 900, 455) == std::nullopt);
}

TEST_CASE("month keys and derived count ids") {
    CHECK(monthKey(2024, 3) == "2024-03");
    CHECK(kpiCountId("kpi-1", "2024-03") == "count-kpi-1-2024-03");
    CHECK(parseMonthKey("2024-12") == std::pair{2024, 12});
    CHECK_FALSE(parseMonthKey("2024-13"));
    CHECK_FALSE(parseMonthKey("2024-1"));
    CHECK_FALSE(parseMonthKey("2024/01"));
}

TEST_CASE("the months of every period kind, in both period modes") {
    for (PeriodMode mode : {PeriodMode::Calendar, PeriodMode::Decree09}) {
        const auto months = [&](PeriodKind kind, int index) {
            const Period p = makePeriod(kind, 2024, index, mode);
            return monthsWithin(p.start, p.end, mode);
        };
        CHECK(months(PeriodKind::Month, 2) == std::vector<std::string>{"2024-02"});
        CHECK(months(PeriodKind::Quarter, 2) == std::vector<std::string>{"2024-04", "2024-05", "2024-06"});
        CHECK(months(PeriodKind::HalfYear, 2).size() == 6);
        CHECK(months(PeriodKind::HalfYear, 2).front() == "2024-07");
        CHECK(months(PeriodKind::NineMonths, 1).size() == 9);
        CHECK(months(PeriodKind::NineMonths, 1).back() == "2024-09");
        CHECK(months(PeriodKind::Year, 1).size() == 12);
        CHECK(months(PeriodKind::Year, 1).front() == "2024-01");
    }
    // A date range takes the months whose window lies inside it: a calendar month from the 1st to its last
    // day, a NĐ 09 month from the 15th of the month before to the 14th.
    CHECK(monthsWithin({2024, 2, 1}, {2024, 4, 30}, PeriodMode::Calendar) ==
          std::vector<std::string>{"2024-02", "2024-03", "2024-04"});
    CHECK(monthsWithin({2024, 2, 2}, {2024, 4, 30}, PeriodMode::Calendar) ==
          std::vector<std::string>{"2024-03", "2024-04"});
    CHECK(monthsWithin({2024, 1, 15}, {2024, 3, 14}, PeriodMode::Decree09) ==
          std::vector<std::string>{"2024-02", "2024-03"});
    CHECK(monthsWithin({2024, 3, 1}, {2024, 3, 20}, PeriodMode::Calendar).empty());
}

TEST_CASE("a rate is computed from summed counts, not by averaging monthly rates") {
    const Kpi k = percentKpi("k1", ">=", 80);
    // January 9 of 10 (90 %), February 10 of 100 (10 %): the average of the rates would be 50 %, the true
    // rate over both months is 19 of 110.
    const std::vector<KpiCount> counts = {count("k1", "2024-01", 9, 10), count("k1", "2024-02", 10, 100),
                                          count("other", "2024-01", 1000, 1000)};
    const Rate r = rateOf(k, counts, std::vector<std::string>{"2024-01", "2024-02"});
    CHECK(r.numerator == 19);
    CHECK(r.denominator == 110);
    CHECK(r.months == 2);
    REQUIRE(r.rate);
    CHECK(*r.rate == doctest::Approx(17.2727).epsilon(1e-4));
    CHECK(formatRate(r.rate) == "17,3 %");
    CHECK(r.verdict == Verdict::Missed);

    const Period q1 = makePeriod(PeriodKind::Quarter, 2024, 1, PeriodMode::Calendar);
    CHECK(rateOf(k, counts, q1, PeriodMode::Calendar).numerator == 19);
    const Period q2 = makePeriod(PeriodKind::Quarter, 2024, 2, PeriodMode::Calendar);
    const Rate none = rateOf(k, counts, q2, PeriodMode::Calendar);
    CHECK(none.months == 0);
    CHECK_FALSE(none.rate);
    CHECK(none.verdict == Verdict::NoData);
    CHECK(formatRate(none.rate) == "—");
}

TEST_CASE("a month counted with nothing out of nothing is no data, not 0 %") {
    const Kpi k = percentKpi("k1", "=", 100);
    const Rate r = rateOf(k, {count("k1", "2024-05", 0, 0)}, std::vector<std::string>{"2024-05"});
    CHECK(r.months == 1);
    CHECK_FALSE(r.rate);
    CHECK(r.verdict == Verdict::NoData);
}

TEST_CASE("every comparison, judged at the one decimal shown") {
    CHECK(meets(80.0, ">=", 80));
    CHECK(meets(79.96, ">=", 80)); // shown as 80,0 %
    CHECK_FALSE(meets(79.94, ">=", 80));
    CHECK_FALSE(meets(90.0, ">", 90));
    CHECK(meets(90.1, ">", 90));
    CHECK(meets(100.0, "=", 100));
    CHECK_FALSE(meets(99.9, "=", 100));
    CHECK(meets(5.0, "<=", 5));
    CHECK_FALSE(meets(5.1, "<=", 5));
    CHECK(meets(4.9, "<", 5));
    CHECK_FALSE(meets(5.0, "<", 5));
    CHECK_FALSE(meets(5.0, "≥", 5)); // not a comparison the snapshot knows
    CHECK(formatRate(85.44) == "85,4 %");
    CHECK(formatRate(85.45) == "85,5 %");
    CHECK(formatRate(100.0) == "100,0 %");
    CHECK(formatRate(0.0) == "0,0 %");
}

TEST_CASE("one-stop figures: each consistency rule failing alone") {
    const OneStopMonth jan = month("2024-01", 5, 40, 60, 90);
    const OneStopMonth feb = month("2024-02", jan.pending, 30, 20, 50);
    CHECK(checkOneStop({jan, feb}).empty());

    const auto only = [](const std::vector<OneStopProblem>& problems, OneStopRule rule) {
        return problems.size() == 1 && problems[0].rule == rule;
    };
    OneStopMonth m = feb;
    m.received += 1; // one more dossier, received directly and still in progress: every rule still holds
    m.direct += 1;
    m.pending += 1;
    m.pendingOnTime += 1;
    CHECK(checkOneStop({jan, m}).empty());

    m = feb;
    m.online += 1; // 3 ≠ 4 + 5 + 6 only
    CHECK(only(checkOneStop({jan, m}), OneStopRule::ReceivedParts));
    m = feb;
    m.received += 1; // 3 ≠ 7 + 11 only (the new dossier is neither resolved nor in progress)
    m.online += 1;
    CHECK(only(checkOneStop({jan, m}), OneStopRule::ReceivedSplit));
    m = feb;
    m.late += 1; // 7 ≠ 8 + 9 + 10 only
    CHECK(only(checkOneStop({jan, m}), OneStopRule::ResolvedParts));
    m = feb;
    m.pendingLate += 1; // 11 ≠ 12 + 13 only
    CHECK(only(checkOneStop({jan, m}), OneStopRule::PendingParts));
    m = feb;
    m.carried += 1; // carried over ≠ January's in progress; keep 3 = 4 + 5 + 6 and 3 = 7 + 11
    m.direct -= 1;
    CHECK(only(checkOneStop({jan, m}), OneStopRule::CarriedOver));
    CHECK(checkOneStop({m}).empty()); // without January there is nothing to check it against
    m = feb;
    m.early = -2; // below zero (-1 is "not entered"), the sum still right
    m.onTime += 3;
    CHECK(only(checkOneStop({jan, m}), OneStopRule::Negative));
    m.early = -1; // not entered: the rule it is in is not checked
    CHECK(checkOneStop({jan, m}).empty());
    m = feb;
    m.late += 1; // the message says both values, as the officer reads them
    const auto problems = checkOneStop({jan, m});
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].figure == OneStopFigure::Resolved);
    CHECK(problems[0].message == Message{MessageCode::OneStopResolvedParts, {"50", "51"}});
}

TEST_CASE(
    "one-stop figures over a quarter: flows summed, carried over the first month's, in progress the last's") {
    const OneStopMonth jan = month("2024-01", 5, 40, 60, 90);  // 105 received, 15 in progress
    const OneStopMonth feb = month("2024-02", 15, 30, 20, 50); // 65 received, 15 in progress
    const OneStopMonth mar = month("2024-03", 15, 10, 10, 25); // 35 received, 10 in progress
    OneStopMonth otherField = jan;
    otherField.field = "field-2";
    const std::vector<OneStopMonth> months = {mar, jan, otherField, feb}; // stored in any order
    const Period q1 = makePeriod(PeriodKind::Quarter, 2024, 1, PeriodMode::Calendar);
    const auto sum = oneStopOver(months, monthsWithin(q1.start, q1.end, PeriodMode::Calendar));
    REQUIRE(sum);
    CHECK(sum->carried == 5);
    CHECK(sum->online == 80);
    CHECK(sum->direct == 90);
    CHECK(sum->received == 175); // not 105 + 65 + 35 = 205: the carried-over stock counted once
    CHECK(sum->resolved == 165);
    CHECK(sum->early == 3);
    CHECK(sum->pending == 10); // March's, not 15 + 15 + 10
    CHECK(sum->received == sum->resolved + sum->pending);
    CHECK(checkOneStop({*sum}).empty());
    const Period q2 = makePeriod(PeriodKind::Quarter, 2024, 2, PeriodMode::Calendar);
    CHECK_FALSE(oneStopOver(months, monthsWithin(q2.start, q2.end, PeriodMode::Calendar)));
    CHECK(oneStopOver(months, {"2024-01"}, "field-2")->received == 105);
}

// [SECTION] Counts in the snapshot

namespace {

/// The built-in plan's JSON with a count of its first target for `month` (and `change` applied to it).
std::string withCount(const std::string& month, long long numerator, long long denominator,
                      void (*change)(nlohmann::json&) = nullptr) {
    auto j = nlohmann::json::parse(test_support::builtinPlanText());
    const std::string kpi = j["kpis"][0]["id"];
    nlohmann::json c = {{"id", kpiCountId(kpi, month)},
                        {"modified", "2024-04-02T08:00:00Z"},
                        {"author", "Cán bộ một cửa"},
                        {"kpi", kpi},
                        {"month", month},
                        {"numerator", numerator},
                        {"denominator", denominator}};
    j["counts"] = nlohmann::json::array({c});
    if (change)
        change(j);
    return j.dump();
}

ImportError firstCountError(const std::string& text) {
    ImportResult r = importPlanJson(text);
    return r.errors.empty() ? ImportError{"(accepted)", {}} : r.errors[0];
}

} // namespace

TEST_CASE("counts travel in the snapshot and come back byte for byte") {
    ImportResult r = importPlanJson(withCount("2024-03", 412, 455));
    REQUIRE(r.plan);
    REQUIRE(r.plan->kpiCounts.size() == 1);
    CHECK(r.plan->kpiCounts[0].numerator == 412);
    CHECK(r.plan->kpiCounts[0].denominator == 455);
    const std::string exported = exportPlanJson(*r.plan);
    CHECK(exported.find("\"counts\"") != std::string::npos);
    ImportResult again = importPlanJson(exported);
    REQUIRE(again.plan);
    CHECK(exportPlanJson(*again.plan) == exported);
    const Rate rate = rateOf(r.plan->kpis[0], r.plan->kpiCounts, std::vector<std::string>{"2024-03"});
    CHECK(formatRate(rate.rate) == "90,5 %");
    // A plan without counts writes no "counts" list: older snapshots re-export as they were.
    ImportResult plain = importPlanJson(test_support::builtinPlanText());
    REQUIRE(plain.plan);
    CHECK(exportPlanJson(*plain.plan).find("\"counts\"") == std::string::npos);
}

TEST_CASE("hostile counts are refused with their path") {
    using C = MessageCode;
    const auto refusedAt = [](const std::string& text, const std::string& path, C code) {
        const ImportError e = firstCountError(text);
        CHECK(e.path == path);
        CHECK(e.message.code == code);
    };
    refusedAt(withCount("2024-03", 456, 455), "counts[0].numerator", C::CountOverWhole);
    refusedAt(withCount("2024-03", -1, 455), "counts[0].numerator", C::CountNotWhole);
    refusedAt(withCount("2023-12", 1, 2), "counts[0].month", C::InvalidMonth);
    refusedAt(withCount("2024-13", 1, 2), "counts[0].month", C::InvalidMonth);
    refusedAt(withCount("2024-03", 1, 2, [](nlohmann::json& j) { j["counts"][0]["numerator"] = 1.5; }),
              "counts[0].numerator", C::MustBeInteger);
    refusedAt(withCount("2024-03", 1, 2, [](nlohmann::json& j) { j["counts"][0]["denominator"] = "2"; }),
              "counts[0].denominator", C::MustBeInteger);
    refusedAt(withCount("2024-03", 1, 2, [](nlohmann::json& j) { j["counts"][0]["kpi"] = "nope"; }),
              "counts[0].id", C::CountIdNotDerived);
    refusedAt(withCount("2024-03", 1, 2,
                        [](nlohmann::json& j) {
                            j["counts"][0]["kpi"] = "nope";
                            j["counts"][0]["id"] = kpiCountId("nope", "2024-03");
                        }),
              "counts[0].kpi", C::UnknownTarget);
    refusedAt(withCount("2024-03", 1, 2,
                        [](nlohmann::json& j) {
                            j["counts"].push_back(j["counts"][0]);
                            j["counts"][1]["numerator"] = 2;
                        }),
              "counts[1].month", C::CountTwice);
    refusedAt(withCount("2024-03", 1, 2, [](nlohmann::json& j) { j["counts"] = 5; }), "counts",
              C::MustBeArray);
    refusedAt(withCount("2024-03", 1, 2, [](nlohmann::json& j) { j["counts"][0]["numerator"] = 1e300; }),
              "counts[0].numerator", C::MustBeInteger);
}

TEST_CASE("a snapshot with counts is version 2; one without stays version 1") {
    ImportResult r = importPlanJson(withCount("2024-03", 412, 455));
    REQUIRE(r.plan);
    CHECK(nlohmann::json::parse(exportPlanJson(*r.plan))["version"] == 2);
    r.plan->kpiCounts.clear();
    CHECK(nlohmann::json::parse(exportPlanJson(*r.plan))["version"] == 1);
    CHECK(firstCountError(withCount("2024-03", 1, 2, [](nlohmann::json& j) {
              j["version"] = 3;
          })).message.code == MessageCode::NewerVersion);
}

TEST_CASE(
    "a target with monthly counts cannot be removed alone; with its counts (or its task) it can, undoably") {
    ImportResult r = importPlanJson(withCount("2024-03", 412, 455));
    REQUIRE(r.plan);
    Plan p = *r.plan;
    const Stamp stamp{"2024-04-03T08:00:00Z", "A"};
    const std::string kpiId = p.kpis[0].meta.id, taskId = p.kpis[0].taskId;
    const EditResult refused = applyEdit(p, Edit{{RemoveRecord{kpiId}}}, stamp);
    REQUIRE(refused.error);
    CHECK(refused.error->code == MessageCode::TargetCounted);
    CHECK(exportPlanJson(p) == exportPlanJson(*r.plan)); // unchanged
    for (const Edit& e : {removeKpiEdit(p, kpiId), removeTaskEdit(p, taskId)}) {
        Plan q = p;
        EditResult done = applyEdit(q, e, stamp);
        REQUIRE(done.inverse);
        CHECK(q.kpiCounts.empty());
        CHECK_FALSE(findKpi(q, kpiId));
        REQUIRE(applyEdit(q, *done.inverse, stamp).inverse);
        CHECK(exportPlanJson(q) == exportPlanJson(p));
    }
}

TEST_CASE("a cell typed into: a new count, then its other part, each one undo step back") {
    Plan p = *importPlanJson(test_support::builtinPlanText()).plan;
    const Plan original = p;
    const Kpi& k = p.kpis[0];
    const std::string kpiId = k.meta.id;
    History h;
    const Stamp s{"2024-04-03T08:00:00Z", "Lan"};
    // The part first: kept while its whole is not counted yet, with no rate.
    REQUIRE_FALSE(h.apply(p, setCountEdit(p, kpiId, "2024-03", 0, 412), s));
    const CountIndex first(p);
    REQUIRE(first.find(kpiId, 3));
    CHECK(first.find(kpiId, 3)->numerator == 412);
    CHECK(first.rate(p.kpis[0], {"2024-03"}).verdict == Verdict::NoData);
    // A whole smaller than the part of a share is refused; the plan stays.
    const std::optional<Message> over = h.apply(p, setCountEdit(p, kpiId, "2024-03", 1, 400), s);
    REQUIRE(over);
    CHECK(over->code == MessageCode::CountOverWhole);
    REQUIRE_FALSE(h.apply(p, setCountEdit(p, kpiId, "2024-03", 1, 455), s));
    CHECK(setCountEdit(p, kpiId, "2024-03", 1, 455).ops.empty()); // already so
    const Rate rate = CountIndex(p).rate(p.kpis[0], {"2024-03"});
    CHECK(formatRate(rate.rate) == "90,5 %");
    CHECK(rate.verdict == (p.kpis[0].target <= 90.5 ? Verdict::Met : Verdict::Missed));
    REQUIRE(h.undo(p, s));
    CHECK(CountIndex(p).find(kpiId, 3)->denominator == 0);
    REQUIRE(h.undo(p, s));
    CHECK(exportPlanJson(p) == exportPlanJson(original));
    REQUIRE(h.redo(p, s));
    REQUIRE(h.redo(p, s));
    CHECK(CountIndex(p).find(kpiId, 3)->denominator == 455);
    REQUIRE_FALSE(h.apply(p, clearCountEdit(p, kpiId, "2024-03"), s));
    CHECK(p.kpiCounts.empty());
    CHECK(p.tombstones.back().id == kpiCountId(kpiId, "2024-03"));
    CHECK(p.tombstones.back().kind == "count");
}

TEST_CASE("a row of twelve numbers pasted from a spreadsheet fills a target's months in one edit") {
    Plan p = *importPlanJson(test_support::builtinPlanText()).plan;
    const std::string kpiId = p.kpis[1].meta.id;
    std::string bad;
    auto e =
        pasteCountsEdit(p, kpiId, 1, 1, "100\t120\t1.300\t\t90\t80\t70\t60\t50\t40\t30\t20\t10\t5\r\n", bad);
    REQUIRE(e);
    CHECK(isPastedRow("1\t2"));
    CHECK_FALSE(isPastedRow("1.234"));
    REQUIRE(applyEdit(p, *e, {"2024-04-03T08:00:00Z", "Lan"}).inverse);
    const CountIndex idx(p);
    CHECK(idx.find(kpiId, 1)->denominator == 100);
    CHECK(idx.find(kpiId, 3)->denominator == 1300);
    CHECK_FALSE(idx.find(kpiId, 4));               // an empty cell leaves its month
    CHECK(idx.find(kpiId, 12)->denominator == 20); // the 13th and 14th numbers have no month
    CHECK(p.kpiCounts.size() == 11);
    CHECK(p.kpiCounts[0].month == "2024-01"); // in month order
    CHECK(p.kpiCounts[10].month == "2024-12");
    // Pasted from the 11th month: two months only. A cell that is not a count refuses the whole row.
    CHECK(pasteCountsEdit(p, kpiId, 11, 0, "1;2;3", bad)->ops.size() == 2);
    CHECK_FALSE(pasteCountsEdit(p, kpiId, 1, 0, "1\tmột\t3", bad));
    CHECK(bad == "một");
}

TEST_CASE("a target value is a number set by its own edit, in range, undoable, and journaled") {
    Plan p = *importPlanJson(test_support::builtinPlanText()).plan;
    const Plan original = p;
    const std::string kpiId = p.kpis[0].meta.id;
    const Stamp s{"2024-04-03T08:00:00Z", "Lan"};
    EditResult r = applyEdit(p, Edit{{SetNumber{kpiId, "target", 85.5}}}, s);
    REQUIRE(r.inverse);
    CHECK(p.kpis[0].target == 85.5);
    CHECK(p.kpis[0].meta.author == "Lan");
    for (double v : {-1.0, 100.5, std::nan("")}) {
        Plan q = p;
        const EditResult refused = applyEdit(q, Edit{{SetNumber{kpiId, "target", v}}}, s);
        REQUIRE(refused.error);
        CHECK(exportPlanJson(q) == exportPlanJson(p));
    }
    CHECK(applyEdit(p, Edit{{SetNumber{kpiId, "nope", 1}}}, s).error->code == MessageCode::FieldNotFound);
    // The journal keeps it; replayed, it gives the same plan.
    Journal j(p.meta.id, "base");
    j.add(Edit{{SetNumber{kpiId, "target", 85.5}}}, s);
    const auto read = Journal::parse(j.text());
    REQUIRE(read);
    Plan q = original;
    const auto pending = read->pendingFor("base");
    REQUIRE(pending);
    for (const JournalEntry& e : *pending)
        REQUIRE(applyEdit(q, e.edit, e.stamp).inverse);
    CHECK(exportPlanJson(q) == exportPlanJson(p));
    REQUIRE(applyEdit(p, *r.inverse, s).inverse);
    CHECK(exportPlanJson(p) == exportPlanJson(original));
    // A 766 code makes the snapshot version 2 and travels with it.
    REQUIRE(applyEdit(p, Edit{{SetText{kpiId, "code766", "CT2.4"}}}, s).inverse);
    const std::string text = exportPlanJson(p);
    CHECK(nlohmann::json::parse(text)["version"] == 2);
    CHECK(importPlanJson(text).plan->kpis[0].code766 == "CT2.4");
}
