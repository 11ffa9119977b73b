// Comparing and merging copies of a plan (issue 14): the diff for people, the three-way merge and its
// conflicts, deletions that stay deleted, and properties over random concurrent edits.
#include "domain/edit.hpp"
#include "domain/merge.hpp"
#include "domain/plan_json.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

#include <random>

using namespace domain;

namespace {

const Stamp kA{"2024-04-02T08:00:00Z", "Lan"};
const Stamp kB{"2024-04-03T09:00:00Z", "Bình"};

Plan builtin() {
    return *importPlanJson(test_support::builtinPlanText()).plan;
}

void edit(Plan& p, Op op, const Stamp& stamp) {
    const EditResult r = applyEdit(p, Edit{{std::move(op)}}, stamp);
    REQUIRE_MESSAGE(r.inverse, (r.error ? static_cast<int>(r.error->code) : -1));
}

Progress done(const std::string& taskId, const std::string& occurrence, const std::string& date) {
    Progress p;
    p.meta.id = progressId(taskId, occurrence);
    p.taskId = taskId;
    p.occurrence = occurrence;
    p.status = "done";
    p.completed = date;
    return p;
}

Plan mergedPlan(const MergeResult& m, const std::vector<Resolution>& resolutions = {}) {
    ImportResult r = m.merged(resolutions);
    REQUIRE_MESSAGE(r.plan, (r.errors.empty() ? std::string() : r.errors[0].path));
    return std::move(*r.plan);
}

} // namespace

TEST_CASE("two officers' weeks merge: each one's changes taken, the one field both changed is a conflict") {
    const Plan base = builtin();
    Plan a = base, b = base;
    edit(a, SetText{"task-1-2", "content", "Ban hành văn bản chỉ đạo (A)"}, kA);
    edit(a, InsertRecord{a.meta.id, 0, done("task-2-1", "2024-Q1", "2024-03-20")}, kA);
    edit(a, SetText{"task-4-1", "product", "Báo cáo của A"}, kA);
    edit(b, SetText{"task-3-1", "content", "Rà soát TTHC (B)"}, kB);
    edit(b, InsertRecord{b.meta.id, 0, done("task-2-2", "2024-Q1", "2024-03-25")}, kB);
    edit(b, SetText{"task-4-1", "product", "Báo cáo của B"}, kB);

    // The diff A sees before importing B's file, with people's labels and both values.
    const std::vector<RecordDifference> diff = diffPlans(a, b);
    const auto labelled = [&](const std::string& label) {
        for (const RecordDifference& d : diff)
            if (d.label == label)
                return &d;
        return static_cast<const RecordDifference*>(nullptr);
    };
    REQUIRE(labelled("Nhiệm vụ IV.1"));
    CHECK(labelled("Nhiệm vụ IV.1")->fields.at(0).label == "Sản phẩm");
    CHECK(labelled("Nhiệm vụ IV.1")->fields.at(0).mine == "Báo cáo của A");
    CHECK(labelled("Nhiệm vụ IV.1")->fields.at(0).theirs == "Báo cáo của B");
    REQUIRE(labelled("Tiến độ II.1 · Quý I/2024"));
    CHECK(labelled("Tiến độ II.1 · Quý I/2024")->change == RecordChange::Removed);
    REQUIRE(labelled("Tiến độ II.2 · Quý I/2024"));
    CHECK(labelled("Tiến độ II.2 · Quý I/2024")->change == RecordChange::Added);

    const MergeResult m = mergePlans(&base, a, b);
    REQUIRE(m.conflicts.size() == 1);
    CHECK(m.conflicts[0].label == "Nhiệm vụ IV.1 — Sản phẩm");
    CHECK(m.conflicts[0].mine == std::string("\"Báo cáo của A\""));
    CHECK(m.conflicts[0].theirs == std::string("\"Báo cáo của B\""));
    const Plan kept = mergedPlan(m);
    CHECK(findTask(kept, "task-4-1")->product == "Báo cáo của A");
    const Plan taken = mergedPlan(m, {Resolution::Theirs});
    CHECK(findTask(taken, "task-4-1")->product == "Báo cáo của B");
    for (const Plan* p : {&kept, &taken}) {
        CHECK(findTask(*p, "task-1-2")->content == "Ban hành văn bản chỉ đạo (A)");
        CHECK(findTask(*p, "task-3-1")->content == "Rà soát TTHC (B)");
        CHECK(p->progress.size() == 2);
    }
    // The merged record carries the later stamp.
    CHECK(findTask(taken, "task-4-1")->meta.author == "Bình");
    CHECK(findTask(taken, "task-1-2")->meta.author == "Lan");

    // B takes A's merged plan back against their common base: no conflict, and both have the same plan.
    const MergeResult back = mergePlans(&base, b, taken);
    CHECK(back.conflicts.empty());
    CHECK(exportPlanJson(mergedPlan(back)) == exportPlanJson(taken));
}

TEST_CASE("deletions: kept deleted, a conflict against an edit, never brought back by an older copy") {
    const Plan base = builtin();
    Plan a = base, b = base;
    edit(a, RemoveRecord{"task-6-1"}, kA);
    edit(a, RemoveRecord{"task-6-2"}, kA);
    edit(b, SetText{"task-6-2", "content", "Sửa bởi B"}, kB);
    const MergeResult m = mergePlans(&base, a, b);
    REQUIRE(m.conflicts.size() == 1);
    CHECK(m.conflicts[0].key == "task-6-2");
    CHECK(m.conflicts[0].field.empty());
    CHECK_FALSE(m.conflicts[0].mine);
    const Plan deleted = mergedPlan(m);
    CHECK_FALSE(findTask(deleted, "task-6-1"));
    CHECK_FALSE(findTask(deleted, "task-6-2"));
    const Plan kept = mergedPlan(m, {Resolution::Theirs});
    CHECK_FALSE(findTask(kept, "task-6-1"));
    REQUIRE(findTask(kept, "task-6-2"));
    CHECK(findTask(kept, "task-6-2")->content == "Sửa bởi B");
    bool tombstoned = false;
    for (const Tombstone& t : kept.tombstones)
        tombstoned |= t.id == "task-6-2";
    CHECK_FALSE(tombstoned);

    // Without a common ancestor the old copy's task is a question, not a silent return; and a tombstone
    // alone (the copy that never had the record) keeps it out.
    const MergeResult noBase = mergePlans(nullptr, deleted, base);
    CHECK_FALSE(noBase.conflicts.empty());
    const MergeResult withBase = mergePlans(&base, deleted, base);
    CHECK(withBase.conflicts.empty());
    CHECK_FALSE(findTask(mergedPlan(withBase), "task-6-1"));
}

TEST_CASE("a task deleted on one side while the other gave it a coordinator is a conflict") {
    const Plan base = builtin();
    Plan a = base, b = base;
    edit(a, RemoveRecord{"task-6-1"}, kA);
    edit(b, InsertRecord{"task-6-1", 0, UnitRef{"task-6-1-new", "unit-vhxh"}}, kB);
    const MergeResult m = mergePlans(&base, a, b);
    REQUIRE(m.conflicts.size() == 1);
    CHECK(m.conflicts[0].key == "task-6-1");
    const Plan kept = mergedPlan(m, {Resolution::Theirs});
    REQUIRE(findTask(kept, "task-6-1"));
    CHECK(findTask(kept, "task-6-1")->coordinators.size() ==
          findTask(base, "task-6-1")->coordinators.size() + 1);
}

TEST_CASE("properties over random concurrent edits") {
    // A small plan (three groups of the built-in plan) keeps 10,000 trials quick under the sanitizers.
    Plan small = builtin();
    small.groups.resize(3);
    small.kpis.clear();
    small.body.resize(3);
    std::vector<std::string> taskIds;
    for (const Group& g : small.groups)
        for (const Task& t : g.tasks)
            taskIds.push_back(t.meta.id);
    const char* const values[] = {"một", "hai", "ba"};
    const char* const fields[] = {"content", "product", "timeframe"};

    std::mt19937 rng(20241203);
    int conflictFree = 0;
    for (int trial = 0; trial < 10000; ++trial) {
        Plan a = small, b = small;
        int added = 0;
        const auto randomEdits = [&](Plan& p, const Stamp& stamp, const char* side) {
            const int n = static_cast<int>(rng() % 4);
            for (int i = 0; i < n; ++i) {
                const std::string& task = taskIds[rng() % taskIds.size()];
                Op op;
                switch (rng() % 6) {
                case 0:
                    op = RemoveRecord{task};
                    break;
                case 1: {
                    Task t;
                    t.meta.id = std::string("task-") + side + std::to_string(++added);
                    t.number = "9";
                    t.content = "mới";
                    t.leadUnitId = "unit-vptk";
                    op = InsertRecord{p.groups[rng() % p.groups.size()].meta.id, rng() % 4, t};
                    break;
                }
                case 2:
                    op = MoveRecord{task, p.groups[rng() % p.groups.size()].meta.id, rng() % 4};
                    break;
                case 3:
                    op = InsertRecord{p.meta.id, 0,
                                      done(task, "2024-Q1", "2024-03-0" + std::to_string(1 + rng() % 2))};
                    break;
                default:
                    op = SetText{task, fields[rng() % 3], values[rng() % 3]};
                }
                applyEdit(p, Edit{{op}}, stamp); // refused edits (a task gone, an id taken) change nothing
            }
        };
        randomEdits(a, kA, "a");
        randomEdits(b, kB, "b");
        const MergeResult ab = mergePlans(&small, a, b), ba = mergePlans(&small, b, a);
        CHECK(ab.conflicts.size() == ba.conflicts.size());
        const ImportResult mab = ab.merged();
        REQUIRE_MESSAGE(mab.plan,
                        trial << " " << (mab.errors.empty() ? "" : mab.errors[0].path) << " "
                              << (mab.errors.empty() ? 0 : static_cast<int>(mab.errors[0].message.code)));
        // Every change since the base, on either side, is in the result or asked about.
        for (const Plan* side : {&a, &b})
            for (const RecordDifference& d : diffPlans(small, *side)) {
                // Asked about: the record, or the task or owner it goes with (a task whose deletion was
                // settled takes its progress and coordinators with it).
                bool asked = false;
                for (const MergeConflict& c : ab.conflicts) {
                    asked |= c.key == d.key || d.key.rfind(c.key + "/", 0) == 0;
                    for (const FieldDifference& f : d.fields)
                        asked |= f.field == "task" && f.theirs == c.key;
                }
                if (asked)
                    continue;
                const std::vector<RecordDifference> left = diffPlans(*mab.plan, *side);
                for (const RecordDifference& l : left)
                    if (l.key == d.key && d.change != RecordChange::Removed)
                        for (const FieldDifference& f : l.fields)
                            for (const FieldDifference& changed : d.fields)
                                CHECK_MESSAGE(!(f.field == changed.field && f.field != "@in"),
                                              trial << " " << d.label << " " << f.field);
            }
        // A task deleted on one side never comes back unless a conflict asked.
        for (const Tombstone& t : a.tombstones) {
            bool asked = false;
            for (const MergeConflict& c : ab.conflicts)
                asked |= c.key == t.id;
            if (!asked)
                CHECK_MESSAGE(!findTask(*mab.plan, t.id), trial << " " << t.id);
        }
        if (ab.conflicts.empty()) {
            ++conflictFree;
            const ImportResult mba = ba.merged();
            REQUIRE(mba.plan);
            CHECK_MESSAGE(exportPlanJson(*mab.plan) == exportPlanJson(*mba.plan), trial);
        }
        if (trial % 50 == 0) { // merging a copy into itself changes nothing
            const MergeResult self = mergePlans(&a, a, a);
            CHECK(self.conflicts.empty());
            CHECK(exportPlanJson(*self.merged().plan) == exportPlanJson(a));
        }
    }
    CHECK(conflictFree > 2000); // the symmetry was checked often enough to mean something
}
