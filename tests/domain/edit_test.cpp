// Edits: each operation, its inverse, stamps and tombstones, failures that change nothing, undo/redo.
#include "domain/edit.hpp"
#include "domain/journal.hpp"
#include "domain/plan_json.hpp"
#include "domain/progress.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace domain;

namespace {

using test_support::message;

Plan builtin() {
    return *importPlanJson(test_support::builtinPlanText()).plan;
}

const Stamp kStamp{"2025-02-03T04:05:06Z", "Lan"};
const Stamp kLater{"2025-02-04T00:00:00Z", "Bình"};

using test_support::Ids;

Task newTask(const std::string& id) {
    Task t;
    t.meta.id = id;
    t.number = "9";
    t.content = "Nhiệm vụ mới";
    t.leadUnitId = "unit-vptk";
    return t;
}

} // namespace

TEST_CASE("setting a text field stamps its record and undo restores it") {
    Plan p = builtin();
    History h;
    CHECK(h.apply(p, Edit{{SetText{p.meta.id, "title", "Kế hoạch năm 2025 — xã Hòa Tân Tây"}}}, kStamp) ==
          std::nullopt);
    CHECK(p.title == "Kế hoạch năm 2025 — xã Hòa Tân Tây");
    CHECK(p.meta.modified == kStamp.time);
    CHECK(p.meta.author == "Lan");
    CHECK(h.apply(p, Edit{{SetText{"task-2-3", "content", "Nội dung mới"}}}, kStamp) == std::nullopt);
    CHECK(findTask(p, "task-2-3")->content == "Nội dung mới");
    CHECK(findTask(p, "task-2-3")->meta.author == "Lan");
    REQUIRE(h.undo(p, kLater));
    CHECK(findTask(p, "task-2-3")->content == "Tổ chức thực hiện dịch vụ công một phần, toàn trình");
    REQUIRE(h.undo(p, kLater));
    CHECK(p.title == builtin().title);
    CHECK_FALSE(h.undo(p, kLater));
    REQUIRE(h.redo(p, kLater));
    CHECK(p.title == "Kế hoạch năm 2025 — xã Hòa Tân Tây");
    CHECK(textOf(p, "task-1-1", "timeframe") == "Tháng 01/2024");
    CHECK(textOf(p, p.meta.id, "signatureName") == "Nguyễn Kim Hoàng");
}

TEST_CASE("every field name is settable on its record kind") {
    Plan p = builtin();
    const std::vector<std::pair<std::string, std::string>> records = {
        {"plan", p.meta.id},   {"legalBasis", "basis-1"}, {"body", "body-01"},  {"recipient", "recipient-1"},
        {"unit", "unit-vhtt"}, {"group", "group-3"},      {"task", "task-3-1"}, {"kpi", "kpi-2"}};
    for (const auto& [kind, id] : records)
        for (const std::string& field : fieldNames(kind)) {
            CAPTURE(kind);
            CAPTURE(field);
            std::string value = "giá trị";
            if (field == "lead")
                value = "unit-vhtt";
            else if (field == "kind" && kind == "body")
                value = "paragraph";
            else if (field == "comparison")
                value = ">";
            else if (field == "periodMode")
                value = "decree09";
            else if (field == "date")
                value = "2024-06-10";
            EditResult r = applyEdit(p, Edit{{SetText{id, field, value}}}, kStamp);
            CHECK(r.error == std::nullopt);
            CHECK(textOf(p, id, field) == value);
        }
}

TEST_CASE("bad values and unknown records are refused without changing anything") {
    Plan p = builtin();
    const std::string before = exportPlanJson(p);
    using C = MessageCode;
    CHECK(applyEdit(p, Edit{{SetText{"task-1-1", "lead", "X"}}}, kStamp).error ==
          message(C::UnknownUnit, {"X"}));
    CHECK(applyEdit(p, Edit{{SetText{"nope", "content", "x"}}}, kStamp).error ==
          message(C::FieldNotFound, {"content", "nope"}));
    CHECK(applyEdit(p, Edit{{SetText{"body-01", "kind", "table"}}}, kStamp).error ==
          message(C::UnknownBlockKind, {"table"}));
    CHECK(applyEdit(p, Edit{{RemoveRecord{"unit-vptk"}}}, kStamp).error == message(C::UnitInUse, {"I", "1"}));
    CHECK(applyEdit(p, Edit{{InsertRecord{"group-1", 0, Record{newTask("task-1-1")}}}}, kStamp).error ==
          message(C::IdTaken, {"task-1-1"}));
    // A failing second operation rolls back the first.
    CHECK(
        applyEdit(p, Edit{{SetText{"task-1-1", "content", "đổi"}, RemoveRecord{"missing"}}}, kStamp).error ==
        message(C::RecordNotFound, {"missing"}));
    CHECK(findTask(p, "task-1-1")->content == builtin().groups[0].tasks[0].content);
    CHECK(exportPlanJson(p) == before);
}

TEST_CASE("add, delete with tombstone, undo brings the task back where it was") {
    Plan p = builtin();
    History h;
    CHECK(h.apply(p, Edit{{InsertRecord{"group-4", 2, Record{newTask("t-new")}}}}, kStamp) == std::nullopt);
    REQUIRE(p.groups[3].tasks.size() == 6);
    CHECK(p.groups[3].tasks[2].meta.id == "t-new");
    CHECK(p.groups[3].tasks[2].meta.modified == kStamp.time);

    CHECK(h.apply(p, removeTaskEdit(p, "task-2-1"), kStamp) == std::nullopt);
    CHECK(findTask(p, "task-2-1") == nullptr);
    CHECK(p.kpis.empty());              // the eight targets of II.1 go with it
    REQUIRE(p.tombstones.size() == 10); // 8 targets, the task and its coordinator entry
    CHECK(p.tombstones[0].kind == "kpi");
    CHECK(p.tombstones[8].id == "task-2-1");
    CHECK(p.tombstones[8].kind == "task");
    CHECK(p.tombstones[9].kind == "coordinator");
    CHECK(p.tombstones[9].author == "Lan");

    REQUIRE(h.undo(p, kLater));
    CHECK(p.groups[1].tasks[0].meta.id == "task-2-1");
    CHECK(p.kpis.size() == 8);
    CHECK(p.kpis[0].meta.id == "kpi-1");
    CHECK(p.tombstones.empty());
    REQUIRE(h.undo(p, kLater));
    CHECK(p.groups[3].tasks.size() == 5);
    CHECK(p.tombstones.empty()); // undoing an insertion leaves no tombstone: the record never was
}

TEST_CASE("moving, moving to another group and renumbering") {
    Plan p = builtin();
    History h;
    CHECK(h.apply(p, moveWithinListEdit(p, "task-1-4", -1), kStamp) == std::nullopt);
    CHECK(p.groups[0].tasks[1].meta.id == "task-1-4");
    CHECK(moveWithinListEdit(p, "task-1-1", -1).ops.empty()); // already first
    CHECK(h.apply(p, moveTaskToGroupEdit(p, "task-1-2", "group-8"), kStamp) == std::nullopt);
    CHECK(p.groups[7].tasks.back().meta.id == "task-1-2");
    CHECK(p.groups[0].tasks.size() == 2);
    CHECK(h.apply(p, renumberGroupEdit(p, "group-1"), kStamp) == std::nullopt);
    CHECK(p.groups[0].tasks[1].number == "2");
    CHECK(h.apply(p, moveWithinListEdit(p, "group-8", -7), kStamp) == std::nullopt);
    CHECK(p.groups[0].meta.id == "group-8");
    while (h.canUndo())
        REQUIRE(h.undo(p, kLater));
    Plan fresh = builtin();
    for (std::size_t g = 0; g < 8; ++g) {
        REQUIRE(p.groups[g].tasks.size() == fresh.groups[g].tasks.size());
        for (std::size_t t = 0; t < p.groups[g].tasks.size(); ++t) {
            CHECK(p.groups[g].tasks[t].meta.id == fresh.groups[g].tasks[t].meta.id);
            CHECK(p.groups[g].tasks[t].number == fresh.groups[g].tasks[t].number);
        }
    }
}

TEST_CASE("units: add, coordinators reference them, a used unit cannot go") {
    Plan p = builtin();
    History h;
    Unit u;
    u.meta.id = "unit-tp";
    u.name = "Tư pháp – Hộ tịch";
    CHECK(h.apply(p, Edit{{InsertRecord{p.meta.id, p.units.size(), Record{u}}}}, kStamp) == std::nullopt);
    CHECK(h.apply(p, Edit{{InsertRecord{"task-5-2", 1, Record{UnitRef{"co-x", "unit-tp"}}}}}, kStamp) ==
          std::nullopt);
    CHECK(findTask(p, "task-5-2")->coordinators.size() == 2);
    Message error;
    CHECK_FALSE(removeUnitEdit(p, "unit-tp", error));
    CHECK(error == message(MessageCode::UnitInUse, {"V", "2"}));
    CHECK(h.apply(p, Edit{{RemoveRecord{"co-x"}}}, kStamp) == std::nullopt);
    auto edit = removeUnitEdit(p, "unit-tp", error);
    REQUIRE(edit);
    CHECK(h.apply(p, *edit, kStamp) == std::nullopt);
    CHECK(findUnit(p, "unit-tp") == nullptr);
    CHECK(
        applyEdit(p, Edit{{InsertRecord{"task-5-2", 0, Record{UnitRef{"co-y", "unit-tp"}}}}}, kStamp).error ==
        message(MessageCode::UnknownUnit, {"unit-tp"}));
}

TEST_CASE("the result of edits still round-trips through JSON") {
    Plan p = builtin();
    History h;
    h.apply(p, Edit{{InsertRecord{"group-2", 0, Record{newTask("t-a")}}}}, kStamp);
    h.apply(p, removeTaskEdit(p, "task-6-4"), kStamp);
    h.apply(p, Edit{{SetText{"recipient-1", "text", "VP. HĐND&UBND tỉnh;"}}}, kStamp);
    const std::string once = exportPlanJson(p);
    ImportResult r = importPlanJson(once);
    REQUIRE(r.plan);
    CHECK(exportPlanJson(*r.plan) == once);
}

TEST_CASE("keystrokes of one visit to a field undo as one step") {
    Plan p = builtin();
    History h;
    for (const char* text : {"K", "Kế", "Kế h"})
        CHECK(h.apply(p, Edit{{SetText{p.meta.id, "title", text}}}, kStamp, "plan.title#1") == std::nullopt);
    CHECK(h.apply(p, Edit{{SetText{p.meta.id, "title", "Kế ho"}}}, kStamp, "plan.title#2") == std::nullopt);
    REQUIRE(h.undo(p, kLater));
    CHECK(p.title == "Kế h");
    REQUIRE(h.undo(p, kLater));
    CHECK(p.title == builtin().title);
    CHECK_FALSE(h.canUndo());
    REQUIRE(h.redo(p, kLater));
    CHECK(p.title == "Kế h");
}

TEST_CASE("typed text is stored in NFC") {
    Plan p = builtin();
    CHECK(applyEdit(p,
                    Edit{{SetText{"task-1-1", "content",
                                  "Kê\xCC\x81 hoa\xCC\xA3"
                                  "ch"}}},
                    kStamp)
              .error == std::nullopt);
    CHECK(findTask(p, "task-1-1")->content == "Kế hoạch");
}

TEST_CASE("replacing the whole plan (restoring a saved version) is one undoable step") {
    Plan p = builtin();
    const std::string original = exportPlanJson(p);
    Plan older = p;
    older.title = "Bản cũ";
    older.groups.pop_back();
    older.meta.id = "some-other-id";
    History h;
    REQUIRE(h.apply(p, Edit{{ReplacePlan{std::make_shared<const Plan>(older)}}}, kStamp) == std::nullopt);
    CHECK(p.title == "Bản cũ");
    CHECK(p.groups.size() == 7);
    CHECK(p.meta.id == builtin().meta.id); // still the same plan
    REQUIRE(h.undo(p, kLater));
    CHECK(p.title == builtin().title);
    CHECK(p.groups.size() == 8);
    CHECK(exportPlanJson(p) == original); // the plan's own change stamp included
    CHECK(applyEdit(p, Edit{{ReplacePlan{}}}, kStamp).error == message(MessageCode::NoPlanToReplace));
}

TEST_CASE("a date field takes only a date that exists") {
    Plan p = builtin();
    using C = MessageCode;
    for (const char* bad : {"2024-02-30", "0000-00-00", "2024-6-1", "10/06/2024", "2024-06-10T00:00:00Z"})
        CHECK(applyEdit(p, Edit{{SetText{"basis-1", "date", bad}}}, kStamp).error ==
              message(C::InvalidDate, {bad}));
    CHECK(applyEdit(p, Edit{{SetText{"basis-1", "date", "2024-02-29"}}}, kStamp).error == std::nullopt);
    CHECK(applyEdit(p, Edit{{SetText{"basis-1", "date", ""}}}, kStamp).error == std::nullopt); // unknown date
    // Progress completion and event dates: the same rule (an event needs both dates).
    Progress pr;
    pr.meta.id = progressId("task-4-1", "D2024-02-29");
    pr.taskId = "task-4-1";
    pr.occurrence = "D2024-02-29";
    TaskEvent ev{{"ev-1", "", ""}, "task-1-4", "2024-07-10", "2024-07-20", ""};
    REQUIRE(
        applyEdit(p, Edit{{InsertRecord{p.meta.id, 0, pr}, InsertRecord{p.meta.id, 0, ev}}}, kStamp).error ==
        std::nullopt);
    CHECK(applyEdit(p, Edit{{SetText{pr.meta.id, "completed", "2024-13-01"}}}, kStamp).error ==
          message(C::InvalidDate, {"2024-13-01"}));
    CHECK(applyEdit(p, Edit{{SetText{pr.meta.id, "completed", ""}}}, kStamp).error == std::nullopt);
    CHECK(applyEdit(p, Edit{{SetText{"ev-1", "due", "2024-02-30"}}}, kStamp).error ==
          message(C::InvalidDate, {"2024-02-30"}));
    CHECK(applyEdit(p, Edit{{SetText{"ev-1", "date", ""}}}, kStamp).error == message(C::InvalidDate, {""}));
    CHECK(importPlanJson(exportPlanJson(p)).plan);
}

TEST_CASE("pasted and inserted text loses its control characters") {
    Plan p = builtin();
    REQUIRE(applyEdit(p, Edit{{SetText{"task-1-1", "content", "Dòng 1\r\nDòng 2\rDòng 3\x01\x7F"}}}, kStamp)
                .error == std::nullopt);
    CHECK(findTask(p, "task-1-1")->content == "Dòng 1\nDòng 2\nDòng 3");
    Unit u{{"unit-new", "", ""}, "Tư\x02 pháp\t", "U\xCC\x9B"};
    const Stamp messy{"2025-02-03T04:05:06Z", "La\x01n\r\n"};
    REQUIRE(applyEdit(p, Edit{{InsertRecord{p.meta.id, 0, u}}}, messy).error == std::nullopt);
    CHECK(p.units[0].name == "Tư pháp\t");
    CHECK(p.units[0].shortName == "Ư");
    CHECK(p.units[0].meta.author == "Lan\n");
    const std::string once = exportPlanJson(p);
    CHECK(exportPlanJson(*importPlanJson(once).plan) == once);
}

TEST_CASE("an edit whose result the importer would refuse is refused, and changes nothing") {
    using C = MessageCode;
    Plan p = builtin();
    const std::string before = exportPlanJson(p);
    auto refused = [&](const Edit& e, const Message& why) {
        CHECK(applyEdit(p, e, kStamp).error == why);
        CHECK(exportPlanJson(p) == before);
    };
    Task lead = newTask("t-lead");
    lead.leadUnitId = "nope";
    refused(Edit{{InsertRecord{"group-1", 0, lead}}}, message(C::UnknownUnit, {"nope"}));
    Task coordinated = newTask("t-co");
    coordinated.coordinators.push_back({"co-1", "nope"});
    refused(Edit{{InsertRecord{"group-1", 0, coordinated}}}, message(C::UnknownUnit, {"nope"}));
    coordinated.coordinators = {{"t-co", "unit-vptk"}}; // an id twice within the record
    refused(Edit{{InsertRecord{"group-1", 0, coordinated}}}, message(C::IdTaken, {"t-co"}));
    refused(Edit{{InsertRecord{"group-1", 0, newTask("")}}}, message(C::EmptyId));
    refused(Edit{{InsertRecord{"group-1", 0, newTask("t\x01")}}}, message(C::InvalidId, {"t\x01"}));
    Kpi k;
    k.meta.id = "kpi-new";
    k.taskId = "nope";
    k.comparison = ">=";
    refused(Edit{{InsertRecord{p.meta.id, 0, k}}}, message(C::UnknownTask, {"nope"}));
    k.taskId = "task-1-1";
    k.target = std::nan("");
    refused(Edit{{InsertRecord{p.meta.id, 0, k}}}, message(C::MustBeNumber));
    k.target = 1;
    k.comparison = "≈";
    refused(Edit{{InsertRecord{p.meta.id, 0, k}}}, message(C::UnknownComparison, {"≈"}));
    Progress pr;
    pr.meta.id = "progress-random-123";
    pr.taskId = "task-1-1";
    pr.occurrence = "D2024-01-31";
    refused(Edit{{InsertRecord{p.meta.id, 0, pr}}},
            message(C::ProgressIdNotDerived, {"progress-random-123", "progress-task-1-1-D2024-01-31"}));
    BodyBlock block{{"b-new", "", ""}, "table", ""};
    refused(Edit{{InsertRecord{p.meta.id, 0, block}}}, message(C::UnknownBlockKind, {"table"}));
    Group g{{"g-new", "", ""}, "IX", "", {newTask("t-in-g")}};
    g.tasks[0].meta.modified = "hôm qua"; // records inside an inserted group keep their stamps: checked too
    refused(Edit{{InsertRecord{p.meta.id, 0, g}}}, message(C::InvalidTimestamp, {"hôm qua"}));
    // Removing what others still refer to.
    refused(Edit{{RemoveRecord{"task-2-1"}}}, message(C::TaskInUse, {"task-2-1"})); // its eight targets
    refused(Edit{{RemoveRecord{"group-2"}}}, message(C::TaskInUse, {"task-2-1"}));
    refused(Edit{{SetText{p.meta.id, "periodMode", "weekly"}}}, message(C::InvalidPeriodMode, {"weekly"}));
    // Stamps must be ISO times, the edit's and those an inverse carries.
    CHECK(applyEdit(p, Edit{{SetText{"task-1-1", "content", "x"}}}, Stamp{"bây giờ", "Lan"}).error ==
          message(C::InvalidTimestamp, {"bây giờ"}));
    refused(Edit{{SetText{"task-1-1", "content", "x", {{"task-1-1", {"2024-02-30", "Lan"}}}}}},
            message(C::InvalidTimestamp, {"2024-02-30"}));
    // A replacement that breaks a rule.
    Plan broken = p;
    broken.year = 1066;
    refused(Edit{{ReplacePlan{std::make_shared<const Plan>(broken)}}}, message(C::YearOutOfRange));
    // In one edit the order does not matter, only the result: a target may come before its task.
    Kpi later = k;
    later.comparison = ">";
    later.taskId = "t-later";
    CHECK(applyEdit(p,
                    Edit{{InsertRecord{p.meta.id, 0, later}, InsertRecord{"group-1", 0, newTask("t-later")}}},
                    kStamp)
              .error == std::nullopt);
}

TEST_CASE("undo puts back the exact change stamps; redo re-applies the edit's own") {
    Plan p = builtin();
    const std::string original = exportPlanJson(p);
    const RecordMeta taskBefore = findTask(p, "task-1-1")->meta;
    History h;
    REQUIRE(h.apply(p, Edit{{SetText{"task-1-1", "content", "mới"}}}, kStamp) == std::nullopt);
    REQUIRE(h.apply(p, Edit{{InsertRecord{"task-1-1", 0, UnitRef{"co-new", "unit-vhtt"}}}}, kStamp) ==
            std::nullopt);
    REQUIRE(h.apply(p, removeTaskEdit(p, "task-2-1"), kStamp) == std::nullopt);
    REQUIRE(h.apply(p, moveWithinListEdit(p, "group-3", 1), kStamp) == std::nullopt);
    REQUIRE(h.apply(p, Edit{{SetText{p.meta.id, "title", "Tên mới"}}}, kStamp) == std::nullopt);
    const std::string edited = exportPlanJson(p);
    CHECK(findTask(p, "task-1-1")->meta.author == "Lan");
    while (h.canUndo())
        REQUIRE(h.undo(p, kLater)); // someone else, later: must not show in the restored records
    CHECK(findTask(p, "task-1-1")->meta.modified == taskBefore.modified);
    CHECK(findTask(p, "task-1-1")->meta.author == taskBefore.author);
    CHECK(exportPlanJson(p) == original);
    while (h.canRedo())
        REQUIRE(h.redo(p, kLater));
    CHECK(findTask(p, "task-1-1")->meta.author == "Lan"); // the stamp of the edit redone, not of the redo
    CHECK(findTask(p, "task-1-1")->meta.modified == kStamp.time);
    CHECK(exportPlanJson(p) == edited);
    // The inverse of a single SetText carries the old stamp.
    Plan q = builtin();
    const RecordMeta unitBefore = findUnit(q, "unit-vhtt")->meta;
    EditResult r = applyEdit(q, Edit{{SetText{"unit-vhtt", "name", "Văn hóa"}}}, kStamp);
    REQUIRE(r.inverse);
    const auto& inverse = std::get<SetText>(r.inverse->ops[0]);
    REQUIRE(inverse.restamp.size() == 1);
    CHECK(inverse.restamp[0].id == "unit-vhtt");
    CHECK(inverse.restamp[0].stamp.time == unitBefore.modified);
    CHECK(inverse.restamp[0].stamp.author == unitBefore.author);
}

TEST_CASE("every keyed record removed leaves a tombstone; undo takes it away again") {
    Plan p = builtin();
    const std::string original = exportPlanJson(p);
    History h;
    const std::string coordinator = findTask(p, "task-1-2")->coordinators[0].id;
    REQUIRE(h.apply(p, Edit{{RemoveRecord{coordinator}}}, kStamp) == std::nullopt);
    REQUIRE(p.tombstones.size() == 1);
    CHECK(p.tombstones[0].id == coordinator);
    CHECK(p.tombstones[0].kind == "coordinator");
    CHECK(p.tombstones[0].deleted == kStamp.time);
    CHECK(p.tombstones[0].author == "Lan");
    CHECK(findTask(p, "task-1-2")->meta.author == "Lan"); // its task changed too
    Ids ids;
    ProgressChange change;
    change.status = "done";
    change.addEvidence = {"Báo cáo 1", "Báo cáo 2"};
    REQUIRE(h.apply(p, progressEdit(p, "task-4-1", "D2024-02-29", change, ids), kStamp) == std::nullopt);
    REQUIRE(findProgress(p, "task-4-1", "D2024-02-29"));
    const std::string progress = findProgress(p, "task-4-1", "D2024-02-29")->meta.id;
    const std::string evidence = findProgress(p, "task-4-1", "D2024-02-29")->evidence[0].id;
    ProgressChange drop;
    drop.removeEvidence = {evidence};
    REQUIRE(h.apply(p, progressEdit(p, "task-4-1", "D2024-02-29", drop, ids), kLater) == std::nullopt);
    REQUIRE(p.tombstones.size() == 2);
    CHECK(p.tombstones[1].id == evidence);
    CHECK(p.tombstones[1].kind == "evidence");
    CHECK(p.tombstones[1].author == "Bình");
    // A removed progress record takes its evidence with it, each with a tombstone.
    REQUIRE(h.apply(p, Edit{{RemoveRecord{progress}}}, kStamp) == std::nullopt);
    REQUIRE(p.tombstones.size() == 4);
    CHECK(p.tombstones[2].kind == "progress");
    CHECK(p.tombstones[3].kind == "evidence");
    while (h.canUndo())
        REQUIRE(h.undo(p, kLater));
    CHECK(p.tombstones.empty());
    CHECK(exportPlanJson(p) == original);
}

// [SECTION] Property: random edits over random plans

namespace {

/// A record of the plan as the random edits see it: its kind (fieldNames' names, "coordinator"), id and
/// owner.
struct Rec {
    std::string kind, id, parent;
};

std::vector<Rec> recordsOf(const Plan& p) {
    std::vector<Rec> out{{"plan", p.meta.id, ""}};
    auto add = [&](const char* kind, const auto& list, const std::string& parent) {
        for (const auto& r : list)
            out.push_back({kind, r.meta.id, parent});
    };
    add("legalBasis", p.legalBases, p.meta.id);
    add("body", p.body, p.meta.id);
    add("recipient", p.recipients, p.meta.id);
    add("unit", p.units, p.meta.id);
    add("group", p.groups, p.meta.id);
    add("kpi", p.kpis, p.meta.id);
    add("progress", p.progress, p.meta.id);
    add("event", p.events, p.meta.id);
    add("log", p.log, p.meta.id);
    add("count", p.kpiCounts, p.meta.id);
    add("onestop", p.oneStop, p.meta.id);
    for (const Group& g : p.groups) {
        add("task", g.tasks, g.meta.id);
        for (const Task& t : g.tasks)
            for (const UnitRef& c : t.coordinators)
                out.push_back({"coordinator", c.id, t.meta.id});
    }
    for (const Progress& pr : p.progress)
        for (const Evidence& e : pr.evidence)
            out.push_back({"evidence", e.id, pr.meta.id});
    return out;
}

/// Random edits of every kind, valid and not, over one plan.
class EditMaker {
public:
    explicit EditMaker(std::mt19937& rng) : m_rng(rng) {}

    Edit make(const Plan& p) {
        m_records = recordsOf(p);
        const std::size_t roll = below(20);
        if (roll < 3)
            return helperEdit(p);
        Edit e;
        for (std::size_t n = roll < 6 ? 2 + below(2) : 1; n > 0; --n)
            e.ops.push_back(op(p));
        return e;
    }

private:
    std::mt19937& m_rng;
    int m_fresh = 0;
    std::vector<Rec> m_records; ///< of the plan the edit is made for

    std::size_t below(std::size_t n) { return static_cast<std::size_t>(m_rng() % n); }
    template <class T>
    const T& pick(const std::vector<T>& from) {
        return from[below(from.size())];
    }
    bool oneIn(std::size_t n) { return below(n) == 0; }

    /// An id of a record of `kind` most of the time, else one that is not there.
    std::string ref(const std::string& kind) {
        std::vector<const std::string*> ids;
        for (const Rec& r : m_records)
            if (r.kind == kind)
                ids.push_back(&r.id);
        return ids.empty() || oneIn(6) ? std::string("nope") : *pick(ids);
    }
    /// Mostly a fresh id; sometimes one already used, empty, not normalised, or a deleted record's.
    std::string newId(const Plan& p) {
        switch (below(24)) {
        case 0:
            return "";
        case 1:
            return "bad\x01id";
        case 2:
            return pick(m_records).id;
        case 3:
            return p.tombstones.empty() ? "x" : pick(p.tombstones).id;
        default:
            return "new-" + std::to_string(++m_fresh);
        }
    }
    std::string value() {
        static const std::vector<std::string> pool = {"2024-02-29",
                                                      "2024-02-30",
                                                      "0000-00-00",
                                                      "2024-06-10T00:00:00Z",
                                                      "",
                                                      "todo",
                                                      "done",
                                                      "xong",
                                                      "paragraph",
                                                      "heading1",
                                                      "table",
                                                      ">",
                                                      "<=",
                                                      "~",
                                                      "calendar",
                                                      "decree09",
                                                      "weekly",
                                                      "Dòng\r\nmới",
                                                      "a\x01\x7F",
                                                      "Ho\xCC\x80"
                                                      "a",
                                                      "\xC3\x28",
                                                      "Thường xuyên",
                                                      "Quý III/2024",
                                                      "Trước ngày 30/06/2024"};
        if (oneIn(4))
            return test_support::randomText(m_rng);
        if (oneIn(5))
            return ref("unit");
        return pick(pool);
    }
    std::string dateValue() {
        static const std::vector<std::string> dates = {"2024-02-29", "2024-07-01", "", "2024-02-30",
                                                       "0000-00-00"};
        return oneIn(3) ? pick(dates)
                        : "2024-0" + std::to_string(1 + below(9)) + "-1" + std::to_string(below(10));
    }
    RecordMeta meta(const Plan& p) {
        return {newId(p), oneIn(8) ? "bad time" : "2025-01-01T00:00:00Z", test_support::randomText(m_rng)};
    }
    Task task(const Plan& p) {
        Task t;
        t.meta = meta(p);
        t.number = std::to_string(below(9));
        t.content = value();
        t.timeframe = value();
        t.leadUnitId = oneIn(3) ? "" : ref("unit");
        for (std::size_t c = below(3); c > 0; --c)
            t.coordinators.push_back({newId(p), ref("unit")});
        return t;
    }

    /// A record of a random kind, with the list owner it is inserted under (usually the right one).
    std::pair<Record, std::string> record(const Plan& p) {
        const std::string plan = oneIn(12) ? ref("group") : p.meta.id;
        switch (below(14)) {
        case 13: {
            OneStopMonth o;
            o.meta = meta(p);
            o.month = oneIn(6) ? "2023-12" : "2024-0" + std::to_string(1 + below(9));
            if (!oneIn(6))
                o.meta.id = "onestop-" + o.month;
            for (long long OneStopMonth::*f : kOneStopMembers)
                o.*f = static_cast<long long>(below(60)) - 3;
            return {o, plan};
        }
        case 12: {
            KpiCount c;
            c.meta = meta(p);
            c.kpiId = ref("kpi");
            c.month =
                oneIn(6) ? "2023-12" : "2024-" + std::string(oneIn(2) ? "0" : "1") + std::to_string(below(3));
            if (!oneIn(6))
                c.meta.id = "count-" + c.kpiId + "-" + c.month;
            c.denominator = static_cast<long long>(below(50)) - 2;
            c.numerator = static_cast<long long>(below(60)) - 2;
            return {c, plan};
        }
        case 0:
            return {LegalBasis{meta(p), value(), value(), dateValue(), value(), value()}, plan};
        case 1:
            return {BodyBlock{meta(p), value(), value()}, plan};
        case 2:
            return {Recipient{meta(p), value()}, plan};
        case 3:
            return {Unit{meta(p), value(), value()}, plan};
        case 4: {
            Group g{meta(p), "X", value(), {}};
            for (std::size_t t = below(3); t > 0; --t)
                g.tasks.push_back(task(p));
            return {g, plan};
        }
        case 5:
            return {task(p), oneIn(10) ? p.meta.id : ref("group")};
        case 6: {
            Kpi k;
            k.meta = meta(p);
            k.taskId = ref("task");
            k.comparison = oneIn(5) ? "~" : ">=";
            k.target = oneIn(10)   ? std::nan("")
                       : oneIn(10) ? HUGE_VAL
                                   : static_cast<double>(below(1000)) / 3.0;
            k.name = value();
            return {k, plan};
        }
        case 7:
            return {UnitRef{newId(p), ref("unit")}, ref("task")};
        case 8: {
            Progress pr;
            pr.meta = meta(p);
            pr.taskId = ref("task");
            pr.occurrence = oneIn(3) ? "2024-Q" + std::to_string(1 + below(4)) : "D" + dateValue();
            if (!oneIn(6))
                pr.meta.id = progressId(pr.taskId, pr.occurrence);
            pr.status = oneIn(5) ? "xong" : "done";
            pr.completed = dateValue();
            pr.note = value();
            for (std::size_t e = below(3); e > 0; --e)
                pr.evidence.push_back({newId(p), value()});
            return {pr, plan};
        }
        case 9:
            return {Evidence{newId(p), value()}, ref("progress")};
        case 10:
            return {TaskEvent{meta(p), ref("task"), dateValue(), dateValue(), value()}, plan};
        default:
            return {LogEntry{meta(p), ref("task"), value(), value()}, plan};
        }
    }

    Op op(const Plan& p) {
        const std::vector<Rec>& all = m_records;
        const Rec& target = pick(all);
        switch (below(10)) {
        case 0:
        case 1:
        case 2: {
            if (target.kind == "onestop" && !oneIn(3))
                return SetNumber{target.id, kOneStopKeys[below(kOneStopFigureCount)],
                                 static_cast<double>(below(60)) - 2};
            if ((target.kind == "kpi" || target.kind == "count") && !oneIn(3))
                return SetNumber{target.id,
                                 target.kind == "kpi" ? "target"
                                 : oneIn(2)           ? "numerator"
                                                      : "denominator",
                                 static_cast<double>(below(60))};
            std::vector<std::string> fields =
                target.kind == "coordinator" ? std::vector<std::string>{"unit"} : fieldNames(target.kind);
            fields.push_back("nope");
            return SetText{oneIn(20) ? "nope" : target.id, pick(fields), value()};
        }
        case 3:
        case 4:
        case 5: {
            auto [rec, parent] = record(p);
            return InsertRecord{parent, below(6), std::move(rec)};
        }
        case 6: {
            static const std::vector<std::string> fields = {"target", "numerator", "denominator", "nope"};
            static const std::vector<double> values = {
                0, 1, 2.5, 80, 100, 101, -1, 1e300, 9007199254740993.0};
            const bool count = oneIn(2);
            const std::string id = oneIn(20) ? "nope" : ref(count ? "count" : "kpi");
            return SetNumber{id,
                             oneIn(6) ? pick(fields)
                             : count  ? pick(fields)
                                      : "target",
                             oneIn(4) ? pick(values) : static_cast<double>(below(60))};
        }
        case 7:
            return RemoveRecord{oneIn(20) ? "nope" : target.id};
        case 8:
            return MoveRecord{target.id, oneIn(3) ? pick(all).id : target.parent, below(8)};
        default: {
            if (oneIn(8))
                return ReplacePlan{};
            Plan other = test_support::randomPlan(m_rng, 2);
            if (oneIn(4))
                other.year = 99; // a replacement that breaks a rule
            return ReplacePlan{std::make_shared<const Plan>(std::move(other))};
        }
        }
    }

    /// An edit made by the helpers the views use.
    Edit helperEdit(const Plan& p) {
        const std::string task = ref("task");
        static test_support::Ids ids;
        switch (below(6)) {
        case 0:
            return removeTaskEdit(p, task);
        case 1:
            return moveWithinListEdit(p, pick(m_records).id, oneIn(2) ? -1 : 1);
        case 2:
            return moveTaskToGroupEdit(p, task, ref("group"));
        case 3:
            return renumberGroupEdit(p, ref("group"));
        case 4: {
            ProgressChange change;
            change.status = oneIn(2) ? "done" : "doing";
            change.completed = dateValue();
            change.addEvidence = {value()};
            for (const Rec& r : m_records)
                if (r.kind == "evidence" && oneIn(3))
                    change.removeEvidence.push_back(r.id);
            return progressEdit(p, task, "2024-Q" + std::to_string(1 + below(4)), change, ids);
        }
        default:
            return logEventEdit(p, task, Date{2024, 3, 1}, Date{2024, 3, 11}, value(), ids);
        }
    }
};

} // namespace

TEST_CASE("random edits: every accepted one leaves a plan that round-trips; undo restores it byte for byte") {
    std::mt19937 rng(20250203);
    EditMaker maker(rng);
    const std::vector<Stamp> stamps = {{"2025-03-01T10:00:00Z", "Lan"},
                                       {"2025-03-02T11:30:00Z", "Bình"},
                                       {"2025-03-03T12:00:00+07:00", "Ho\xCC\x80"
                                                                     "a\x01"}};
    int accepted = 0, refused = 0, edits = 0;
    std::map<std::size_t, int> acceptedByOp;
    for (int round = 0; round < 200; ++round) { // many small plans: each round trip is cheap (ASan)
        Plan p = test_support::randomPlan(rng, 2);
        const std::string original = exportPlanJson(p);
        std::string now = original;
        std::vector<Edit> inverses;
        for (int i = 0; i < 50; ++i, ++edits) {
            const Edit edit = maker.make(p);
            EditResult r = applyEdit(p, edit, stamps[static_cast<std::size_t>(i) % stamps.size()]);
            if (!r.inverse) {
                CHECK(r.error.has_value());
                // A refused edit changes nothing: checked here for some (an export each costs), and for all
                // of them by undoing the round's accepted edits, which must give back the original exactly.
                if (++refused % 4 == 0)
                    REQUIRE(exportPlanJson(p) == now);
                continue;
            }
            ++accepted;
            for (const Op& op : edit.ops)
                ++acceptedByOp[op.index()];
            inverses.push_back(std::move(*r.inverse));
            now = exportPlanJson(p);
            const ImportResult back = importPlanJson(now);
            REQUIRE_MESSAGE(back.plan, (back.errors.empty() ? "" : back.errors[0].path), "\n", now);
            REQUIRE(exportPlanJson(*back.plan) == now);
        }
        const std::string edited = now;
        std::vector<Edit> redos;
        for (auto it = inverses.rbegin(); it != inverses.rend(); ++it) {
            EditResult u = applyEdit(p, *it, {"2030-01-01T00:00:00Z", "undo"});
            REQUIRE(u.inverse);
            redos.push_back(std::move(*u.inverse));
        }
        REQUIRE(exportPlanJson(p) == original);
        for (auto it = redos.rbegin(); it != redos.rend(); ++it)
            REQUIRE(applyEdit(p, *it, {"2031-01-01T00:00:00Z", "redo"}).inverse);
        REQUIRE(exportPlanJson(p) == edited);
    }
    MESSAGE(edits, " edits: ", accepted, " accepted, ", refused, " refused");
    CHECK(edits >= 10000);
    CHECK(accepted > 2000);
    CHECK(refused > 2000);
    for (std::size_t kind = 0; kind < std::variant_size_v<Op>; ++kind)
        CHECK_MESSAGE(acceptedByOp[kind] > 100, "operation kind ", kind);
}

TEST_CASE("the journal: random edits written, read back and replayed give the same plan byte for byte") {
    std::mt19937 rng(20261201);
    EditMaker maker(rng);
    const std::vector<Stamp> stamps = {{"2026-12-01T10:00:00Z", "Lan"}, {"2026-12-01T10:00:01Z", "Bình"}};
    int replayed = 0;
    for (int round = 0; round < 60; ++round) {
        Plan p = test_support::randomPlan(rng, 2);
        const Plan original = p;
        // Every third one on a plan storage did not hold yet (it keeps the plan it started on).
        const bool unstored = round % 3 == 0;
        const std::string base = unstored ? std::string() : contentHash(exportPlanJson(p));
        Journal journal = unstored ? Journal::ofUnstored(p) : Journal(p.meta.id, base);
        std::string checkpointText;
        std::vector<Edit> inverses;
        for (int i = 0; i < 40; ++i) {
            const Stamp& stamp = stamps[static_cast<std::size_t>(i) % stamps.size()];
            // Now and then an undo, journaled like any edit (what the session does).
            const bool undo = !inverses.empty() && i % 7 == 6;
            const Edit edit = undo ? inverses.back() : maker.make(p);
            EditResult r = applyEdit(p, edit, stamp);
            if (!r.inverse)
                continue;
            if (undo)
                inverses.pop_back();
            else
                inverses.push_back(std::move(*r.inverse));
            journal.add(edit, stamp);
            if (i == 20) { // a save in the middle
                checkpointText = exportPlanJson(p);
                journal.checkpoint(contentHash(checkpointText));
            }
        }
        const std::string edited = exportPlanJson(p);
        const std::optional<Journal> read = Journal::parse(journal.text());
        REQUIRE(read);
        CHECK(read->planId() == p.meta.id);
        CHECK(read->text() == journal.text());
        // From the stored plan it was started on, and from the one the save in the middle wrote.
        for (int from = 0; from < 2; ++from) {
            if (from == 1 && checkpointText.empty())
                continue;
            if (from == 0 && unstored) {
                REQUIRE(read->unstoredBase());
                CHECK(exportPlanJson(*read->unstoredBase()) == exportPlanJson(original));
            } else if (from == 0) {
                CHECK_FALSE(read->unstoredBase());
            }
            Plan q = from == 1  ? *importPlanJson(checkpointText).plan
                     : unstored ? *read->unstoredBase()
                                : original;
            const auto pending = read->pendingFor(from == 0 ? base : contentHash(checkpointText));
            REQUIRE(pending);
            for (const JournalEntry& e : *pending)
                REQUIRE(applyEdit(q, e.edit, e.stamp).inverse);
            CHECK(exportPlanJson(q) == edited);
            ++replayed;
        }
        CHECK_FALSE(read->pendingFor("0000000000000000"));
        Journal afresh = *read;
        afresh.reset(contentHash(edited)); // storage holds it all now: the plan it started on is let go
        CHECK_FALSE(afresh.unstoredBase());
        CHECK(afresh.text().find("unstoredBase") == std::string::npos);
    }
    CHECK(replayed > 60);
}

TEST_CASE("the journal keeps only the last value of a field typed into, and refuses damaged text") {
    Journal j("plan-1", "base");
    CHECK(j.empty());
    for (const char* v : {"H", "Hò", "Hòa"})
        j.add(Edit{{SetText{"task-1", "content", v}}}, {"2026-12-01T10:00:00Z", "Lan"});
    auto pending = j.pendingFor("base");
    REQUIRE(pending);
    REQUIRE(pending->size() == 1);
    CHECK(std::get<SetText>(pending->front().edit.ops.front()).value == "Hòa");
    j.add(Edit{{SetText{"task-1", "product", "x"}}}, {"2026-12-01T10:00:01Z", "Lan"});
    j.checkpoint("h1");
    j.add(Edit{{SetText{"task-1", "product", "y"}}}, {"2026-12-01T10:00:02Z", "Lan"});
    CHECK(j.pendingFor("base")->size() == 3); // not merged across the save
    CHECK(j.pendingFor("h1")->size() == 1);
    j.reset("h2");
    CHECK(j.empty());
    CHECK(j.pendingFor("h2")->empty());
    for (const char* bad :
         {"", "nope", "[]", "{\"plan\":1}", "{\"plan\":\"p\",\"base\":\"b\",\"entries\":[1]}",
          "{\"plan\":\"p\",\"base\":\"b\",\"entries\":[{\"time\":\"t\",\"author\":\"a\","
          "\"ops\":[{\"op\":\"insert\",\"parent\":\"x\",\"index\":-1}]}]}",
          "{\"plan\":\"p\",\"base\":\"b\",\"entries\":[{\"time\":\"t\",\"author\":\"a\",\"ops\":[{\"op\":"
          "\"set\",\"id\":\"x\",\"field\":\"content\",\"value\":1e999}]}]}",
          // The plan it started on is only for one storage did not hold (no base), and is an object.
          "{\"plan\":\"p\",\"base\":\"b\",\"unstoredBase\":{},\"entries\":[]}",
          "{\"plan\":\"p\",\"base\":\"\",\"unstoredBase\":\"x\",\"entries\":[]}"})
        CHECK_FALSE(Journal::parse(bad));
    // One whose plan it started on is not a valid plan (or another plan) is read, but cannot be replayed.
    const std::optional<Journal> broken =
        Journal::parse("{\"plan\":\"p\",\"base\":\"\",\"unstoredBase\":{\"schema\":1},\"entries\":[]}");
    REQUIRE(broken);
    CHECK_FALSE(broken->unstoredBase());
    Plan other = builtin();
    other.meta.id = "plan-other";
    const std::optional<Journal> moved = Journal::parse(Journal::ofUnstored(other).text().replace(
        0, std::string("{\"base\":\"\",\"plan\":\"plan-other\"").size(),
        "{\"base\":\"\",\"plan\":\"plan-else\""));
    REQUIRE(moved);
    CHECK(moved->planId() == "plan-else");
    CHECK_FALSE(moved->unstoredBase());
}

TEST_CASE("an edit made earlier is stale where its record was changed since, and only there") {
    Plan p = builtin();
    const Edit mine{{SetText{"task-2-3", "content", "Của thẻ bị dừng"}}};
    CHECK_FALSE(changedSince(p, mine, kStamp.time)); // nobody touched the task since
    // The other side changed the same field later: applying mine again would write over it.
    REQUIRE(applyEdit(p, Edit{{SetText{"task-2-3", "content", "Của thẻ kia"}}}, kLater).inverse);
    CHECK(changedSince(p, mine, kStamp.time));
    // Already holding my value (the other side replayed it): not stale, applying it changes nothing.
    CHECK_FALSE(changedSince(p, Edit{{SetText{"task-2-3", "content", "Của thẻ kia"}}}, kStamp.time));
    // Another record changed later does not make mine stale; a removal or move of a record changed later
    // does.
    CHECK_FALSE(changedSince(p, Edit{{SetText{"task-2-2", "content", "x"}}}, kStamp.time));
    CHECK(changedSince(p, Edit{{RemoveRecord{"task-2-3"}}}, kStamp.time));
    CHECK(changedSince(p, Edit{{MoveRecord{"task-2-3", "group-2", 0}}}, kStamp.time));
    CHECK_FALSE(changedSince(p, Edit{{MoveRecord{"task-2-2", "group-2", 0}}}, kStamp.time));
    // Changed in the same second as mine, to another value: stale too (which came last cannot be told).
    CHECK(changedSince(p, mine, kLater.time));
}
