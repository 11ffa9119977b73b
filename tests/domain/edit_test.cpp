// Edits: each operation, its inverse, stamps and tombstones, failures that change nothing, undo/redo.
#include "domain/edit.hpp"
#include "domain/plan_json.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace domain;

namespace {

Plan builtin() {
    return *importPlanJson(test_support::builtinPlanText()).plan;
}

const Stamp kStamp{"2025-02-03T04:05:06Z", "Lan"};
const Stamp kLater{"2025-02-04T00:00:00Z", "Bình"};

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
          "");
    CHECK(p.title == "Kế hoạch năm 2025 — xã Hòa Tân Tây");
    CHECK(p.meta.modified == kStamp.time);
    CHECK(p.meta.author == "Lan");
    CHECK(h.apply(p, Edit{{SetText{"task-2-3", "content", "Nội dung mới"}}}, kStamp) == "");
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
            EditResult r = applyEdit(p, Edit{{SetText{id, field, value}}}, kStamp);
            CHECK(r.error == "");
            CHECK(textOf(p, id, field) == value);
        }
}

TEST_CASE("bad values and unknown records are refused without changing anything") {
    Plan p = builtin();
    const std::string before = exportPlanJson(p);
    CHECK(applyEdit(p, Edit{{SetText{"task-1-1", "lead", "X"}}}, kStamp).error ==
          "đơn vị \"X\" không có trong danh sách đơn vị");
    CHECK(applyEdit(p, Edit{{SetText{"nope", "content", "x"}}}, kStamp).error ==
          "không tìm thấy trường \"content\" của bản ghi \"nope\"");
    CHECK(applyEdit(p, Edit{{SetText{"body-01", "kind", "table"}}}, kStamp).error ==
          "loại đoạn \"table\" không hợp lệ");
    CHECK(applyEdit(p, Edit{{RemoveRecord{"unit-vptk"}}}, kStamp).error ==
          "đơn vị đang được dùng ở nhiệm vụ I.1");
    CHECK(applyEdit(p, Edit{{InsertRecord{"group-1", 0, Record{newTask("task-1-1")}}}}, kStamp).error ==
          "mã định danh \"task-1-1\" đã có trong kế hoạch");
    // A failing second operation rolls back the first.
    CHECK(
        applyEdit(p, Edit{{SetText{"task-1-1", "content", "đổi"}, RemoveRecord{"missing"}}}, kStamp).error ==
        "không tìm thấy bản ghi \"missing\"");
    CHECK(findTask(p, "task-1-1")->content == builtin().groups[0].tasks[0].content);
    CHECK(exportPlanJson(p) == before);
}

TEST_CASE("add, delete with tombstone, undo brings the task back where it was") {
    Plan p = builtin();
    History h;
    CHECK(h.apply(p, Edit{{InsertRecord{"group-4", 2, Record{newTask("t-new")}}}}, kStamp) == "");
    REQUIRE(p.groups[3].tasks.size() == 6);
    CHECK(p.groups[3].tasks[2].meta.id == "t-new");
    CHECK(p.groups[3].tasks[2].meta.modified == kStamp.time);

    CHECK(h.apply(p, removeTaskEdit(p, "task-2-1"), kStamp) == "");
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
    CHECK(p.tombstones.size() == 1); // removing the added task leaves its tombstone (it has no coordinators)
}

TEST_CASE("moving, moving to another group and renumbering") {
    Plan p = builtin();
    History h;
    CHECK(h.apply(p, moveWithinListEdit(p, "task-1-4", -1), kStamp) == "");
    CHECK(p.groups[0].tasks[1].meta.id == "task-1-4");
    CHECK(moveWithinListEdit(p, "task-1-1", -1).ops.empty()); // already first
    CHECK(h.apply(p, moveTaskToGroupEdit(p, "task-1-2", "group-8"), kStamp) == "");
    CHECK(p.groups[7].tasks.back().meta.id == "task-1-2");
    CHECK(p.groups[0].tasks.size() == 2);
    CHECK(h.apply(p, renumberGroupEdit(p, "group-1"), kStamp) == "");
    CHECK(p.groups[0].tasks[1].number == "2");
    CHECK(h.apply(p, moveWithinListEdit(p, "group-8", -7), kStamp) == "");
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
    CHECK(h.apply(p, Edit{{InsertRecord{p.meta.id, p.units.size(), Record{u}}}}, kStamp) == "");
    CHECK(h.apply(p, Edit{{InsertRecord{"task-5-2", 1, Record{UnitRef{"co-x", "unit-tp"}}}}}, kStamp) == "");
    CHECK(findTask(p, "task-5-2")->coordinators.size() == 2);
    std::string error;
    CHECK_FALSE(removeUnitEdit(p, "unit-tp", error));
    CHECK(error == "đơn vị đang được dùng ở nhiệm vụ V.2");
    CHECK(h.apply(p, Edit{{RemoveRecord{"co-x"}}}, kStamp) == "");
    auto edit = removeUnitEdit(p, "unit-tp", error);
    REQUIRE(edit);
    CHECK(h.apply(p, *edit, kStamp) == "");
    CHECK(findUnit(p, "unit-tp") == nullptr);
    CHECK(
        applyEdit(p, Edit{{InsertRecord{"task-5-2", 0, Record{UnitRef{"co-y", "unit-tp"}}}}}, kStamp).error ==
        "đơn vị \"unit-tp\" không có trong danh sách đơn vị");
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
        CHECK(h.apply(p, Edit{{SetText{p.meta.id, "title", text}}}, kStamp, "plan.title#1") == "");
    CHECK(h.apply(p, Edit{{SetText{p.meta.id, "title", "Kế ho"}}}, kStamp, "plan.title#2") == "");
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
              .error == "");
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
    REQUIRE(h.apply(p, Edit{{ReplacePlan{std::make_shared<const Plan>(older)}}}, kStamp) == "");
    CHECK(p.title == "Bản cũ");
    CHECK(p.groups.size() == 7);
    CHECK(p.meta.id == builtin().meta.id); // still the same plan
    REQUIRE(h.undo(p, kStamp));
    CHECK(p.title == builtin().title);
    CHECK(p.groups.size() == 8);
    p.meta = builtin().meta; // only the plan's change stamp differs from before
    CHECK(exportPlanJson(p) == original);
    CHECK(applyEdit(p, Edit{{ReplacePlan{}}}, kStamp).error != "");
}
