// Progress: timeliness at period boundaries, recording progress with evidence (undoable, with history), the
// dashboard and its agreement with the filters, snapshots carrying progress.
#include "domain/plan_json.hpp"
#include "domain/progress.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <map>
#include <memory>

using namespace domain;

namespace {

Plan builtin() {
    return *importPlanJson(test_support::builtinPlanText()).plan;
}

const Stamp kStamp{"2024-07-15T03:00:00Z", "Lan"};

Date d(int day, int month, int year) {
    return {year, month, day};
}

using test_support::Ids;

Occurrence occ(Date start, Date due) {
    return {OccurrenceKind::Window, "D" + toIso(due), start, due, PeriodKind::Year};
}

const TaskOccurrence* find(const std::vector<TaskOccurrence>& all, const std::string& task,
                           const std::string& key) {
    for (const TaskOccurrence& o : all)
        if (o.task->meta.id == task && o.occurrence.key == key)
            return &o;
    return nullptr;
}

} // namespace

TEST_CASE("timeliness at the boundaries of a period") {
    const Occurrence feb = occ(d(1, 2, 2024), d(29, 2, 2024));
    CHECK(timeliness(feb, nullptr, d(31, 1, 2024)) == Timeliness::NotDue);
    CHECK(timeliness(feb, nullptr, d(1, 2, 2024)) == Timeliness::InTime);
    CHECK(timeliness(feb, nullptr, d(29, 2, 2024)) == Timeliness::InTime); // the due date itself
    CHECK(timeliness(feb, nullptr, d(1, 3, 2024)) == Timeliness::Overdue); // the day after
    Progress p;
    p.status = "doing";
    CHECK(timeliness(feb, &p, d(1, 3, 2024)) == Timeliness::Overdue);
    p.status = "done";
    p.completed = "2024-02-29";
    CHECK(timeliness(feb, &p, d(15, 7, 2024)) == Timeliness::DoneOnTime);
    p.completed = "2024-03-01"; // completion after the due date
    CHECK(timeliness(feb, &p, d(15, 7, 2024)) == Timeliness::DoneLate);
    p.completed = "";
    CHECK(timeliness(feb, &p, d(20, 2, 2024)) == Timeliness::DoneOnTime); // no date: judged against today
    p.status = "na";
    CHECK(timeliness(feb, &p, d(15, 7, 2024)) == Timeliness::NotApplicable);
}

TEST_CASE("the built-in plan on 15/07/2024: occurrences, overdue and due soon") {
    const Plan plan = builtin();
    const Date today = d(15, 7, 2024);
    const auto all = planOccurrences(plan, today);
    // IV.1 "Tháng 02/2024": one occurrence, due 29/02, overdue by July.
    const TaskOccurrence* iv1 = find(all, "task-4-1", "D2024-02-29");
    REQUIRE(iv1);
    CHECK(iv1->timeliness == Timeliness::Overdue);
    // A "Thường xuyên" task is judged per quarter: Q2 overdue, Q3 in time, Q4 not yet due.
    CHECK(find(all, "task-2-1", "2024-Q2")->timeliness == Timeliness::Overdue);
    CHECK(find(all, "task-2-1", "2024-Q3")->timeliness == Timeliness::InTime);
    CHECK(find(all, "task-2-1", "2024-Q4")->timeliness == Timeliness::NotDue);
    // "Khi có văn bản cấp trên" has no occurrence until an event is logged.
    for (const TaskOccurrence& o : all)
        CHECK(o.task->meta.id != "task-1-4");
    const Dashboard dash = dashboard(plan, today, {});
    CHECK(dash.overall.total == static_cast<int>(all.size()));
    CHECK(dash.overall.overdue == static_cast<int>(dash.overdue.size()));
    CHECK(dash.overall.done() == 0);
    int groupSum = 0, unitSum = 0;
    for (const auto& [g, t] : dash.byGroup)
        groupSum += t.total;
    for (const auto& [u, t] : dash.byUnit)
        unitSum += t.total;
    CHECK(groupSum == dash.overall.total);
    CHECK(unitSum == dash.overall.total);
    // By due date, and in appendix order among equal dates.
    std::map<std::pair<const Task*, std::string>, std::size_t> position; // in `all`: appendix order
    for (const TaskOccurrence& o : all)
        position.emplace(std::make_pair(o.task, o.occurrence.key), position.size());
    auto at = [&](const TaskOccurrence& o) { return position.at({o.task, o.occurrence.key}); };
    int ties = 0;
    for (std::size_t i = 1; i < dash.overdue.size(); ++i) {
        const TaskOccurrence &a = dash.overdue[i - 1], &b = dash.overdue[i];
        CHECK(a.occurrence.due <= b.occurrence.due);
        if (a.occurrence.due == b.occurrence.due) {
            ++ties;
            CHECK(at(a) < at(b));
        }
    }
    CHECK(ties > 3); // the built-in plan has many tasks due at the end of Q2
    // Monthly reports (V.5 "Tháng, quý, năm"): July is due 31/07 — 16 days away, not "soon"; on 20/07 it is.
    CHECK(dashboard(plan, d(20, 7, 2024), {}).dueSoon.size() == 1);
    CHECK(dashboard(plan, d(20, 7, 2024), {}).dueSoon[0].occurrence.key == "2024-M07");
    CHECK(dash.dueSoon.empty());
}

TEST_CASE("the dashboard counts exactly what the filters select") {
    const Plan plan = builtin();
    const Date today = d(15, 7, 2024);
    const auto all = planOccurrences(plan, today);
    ProgressFilter f;
    f.groupId = "group-4";
    f.from = d(1, 1, 2024);
    f.to = d(30, 6, 2024);
    int listed = 0, overdue = 0;
    for (const TaskOccurrence& o : all)
        if (matches(o, f)) {
            ++listed;
            overdue += o.timeliness == Timeliness::Overdue;
        }
    const Dashboard dash = dashboard(plan, today, f);
    CHECK(dash.overall.total == listed);
    CHECK(dash.overall.overdue == overdue);
    CHECK(listed > 0);
    f.search = "thuong xuyen";
    int searched = 0;
    for (const TaskOccurrence& o : all)
        searched += matches(o, f);
    CHECK(dashboard(plan, today, f).overall.total == searched);
    CHECK(searched < listed);
}

TEST_CASE("recording progress with evidence is one undoable step with a history line") {
    Plan plan = builtin();
    Ids ids;
    History h;
    ProgressChange done;
    done.status = "done";
    done.completed = "2024-07-10";
    done.addEvidence = {"Báo cáo số 12/BC-UBND ngày 10/7/2024"};
    const Edit e = progressEdit(plan, "task-4-1", "D2024-02-29", done, ids);
    REQUIRE(h.apply(plan, e, kStamp) == std::nullopt);
    const Progress* p = findProgress(plan, "task-4-1", "D2024-02-29");
    REQUIRE(p);
    CHECK(p->status == "done");
    CHECK(p->completed == "2024-07-10");
    REQUIRE(p->evidence.size() == 1);
    CHECK(p->evidence[0].text == "Báo cáo số 12/BC-UBND ngày 10/7/2024");
    CHECK(p->meta.author == "Lan");
    REQUIRE(plan.log.size() == 1);
    CHECK(plan.log[0].taskId == "task-4-1");
    CHECK(plan.log[0].text ==
          "Hoàn thành; ngày hoàn thành 10/07/2024; minh chứng: Báo cáo số 12/BC-UBND ngày 10/7/2024");
    const auto after = planOccurrences(plan, d(15, 7, 2024));
    CHECK(find(after, "task-4-1", "D2024-02-29")->timeliness == Timeliness::DoneLate);
    // The same change again changes nothing.
    ProgressChange same;
    same.status = "done";
    CHECK(progressEdit(plan, "task-4-1", "D2024-02-29", same, ids).ops.empty());
    // A second change updates the record in place.
    ProgressChange note;
    note.note = "Đã niêm yết";
    REQUIRE(h.apply(plan, progressEdit(plan, "task-4-1", "D2024-02-29", note, ids), kStamp) == std::nullopt);
    CHECK(plan.progress.size() == 1);
    CHECK(plan.log.size() == 2);
    // Undo twice: back to nothing recorded.
    REQUIRE(h.undo(plan, kStamp));
    CHECK(findProgress(plan, "task-4-1", "D2024-02-29")->note.empty());
    REQUIRE(h.undo(plan, kStamp));
    CHECK(findProgress(plan, "task-4-1", "D2024-02-29") == nullptr);
    CHECK(plan.log.empty());
    CHECK(find(planOccurrences(plan, d(15, 7, 2024)), "task-4-1", "D2024-02-29")->timeliness ==
          Timeliness::Overdue);
}

TEST_CASE("events make occurrences; progress survives a snapshot round trip; removing a task removes its "
          "progress") {
    Plan plan = builtin();
    Ids ids;
    History h;
    REQUIRE(h.apply(plan, logEventEdit(plan, "task-1-4", d(10, 7, 2024), d(20, 7, 2024), "CV 15/UBND", ids),
                    kStamp) == std::nullopt);
    const auto all = planOccurrences(plan, d(15, 7, 2024));
    const TaskOccurrence* ev = find(all, "task-1-4", "E" + plan.events[0].meta.id);
    REQUIRE(ev);
    CHECK(ev->timeliness == Timeliness::InTime);
    CHECK(dashboard(plan, d(15, 7, 2024), {}).dueSoon.size() == 1);
    ProgressChange q2;
    q2.status = "done";
    q2.completed = "2024-06-28";
    q2.addEvidence = {"Báo cáo quý II", "Biên bản kiểm tra"};
    REQUIRE(h.apply(plan, progressEdit(plan, "task-2-1", "2024-Q2", q2, ids), kStamp) == std::nullopt);
    REQUIRE(h.apply(plan, Edit{{SetText{plan.meta.id, "periodMode", "decree09"}}}, kStamp) == std::nullopt);
    // Decree 09 mode: Q2 ends 14/06, so completion on 28/06 is late.
    CHECK(find(planOccurrences(plan, d(15, 7, 2024)), "task-2-1", "2024-Q2")->timeliness ==
          Timeliness::DoneLate);

    const std::string json = exportPlanJson(plan);
    const ImportResult back = importPlanJson(json);
    REQUIRE(back.plan);
    CHECK(exportPlanJson(*back.plan) == json);
    CHECK(back.plan->progress.size() == 1);
    CHECK(back.plan->progress[0].evidence.size() == 2);
    CHECK(back.plan->events.size() == 1);
    CHECK(back.plan->log.size() == 2);
    CHECK(back.plan->periodMode == "decree09");

    // Broken progress in a file is refused with its path.
    std::string broken = json;
    broken.replace(broken.find("\"status\": \"done\""), 16, "\"status\": \"xong\"");
    const ImportResult bad = importPlanJson(broken);
    REQUIRE_FALSE(bad.plan);
    CHECK(bad.errors[0].path == "progress[0].status");
    CHECK(bad.errors[0].message == test_support::message(MessageCode::UnknownStatus, {"xong"}));

    REQUIRE(h.apply(plan, removeTaskEdit(plan, "task-2-1"), kStamp) == std::nullopt);
    CHECK(plan.progress.empty());
    CHECK(importPlanJson(exportPlanJson(plan)).plan);
    REQUIRE(h.undo(plan, kStamp));
    CHECK(plan.progress.size() == 1);
}

TEST_CASE("a hand-set schedule overrides the timeframe and stays in the plan") {
    Plan plan = builtin();
    History h;
    // V.2 "Theo Kế hoạch định kỳ hoặc đột xuất" set by hand to a single deadline.
    REQUIRE(h.apply(plan, Edit{{SetText{"task-5-2", "schedule", "Trước ngày 30/09/2024"}}}, kStamp) ==
            std::nullopt);
    const Task* t = findTask(plan, "task-5-2");
    CHECK(t->timeframe == "Theo Kế hoạch định kỳ hoặc đột xuất"); // the original text stays
    const Schedule s = scheduleOf(plan, *t);
    REQUIRE(s.windows.size() == 1);
    CHECK(s.recurring.empty());
    CHECK(s.windows[0].due == d(30, 9, 2024));
    const ImportResult back = importPlanJson(exportPlanJson(plan));
    REQUIRE(back.plan);
    CHECK(findTask(*back.plan, "task-5-2")->schedule == "Trước ngày 30/09/2024");
}

TEST_CASE("progress ids are derived from task and occurrence, so two devices make the same record") {
    Plan first = builtin(), second = builtin();
    Ids ids;
    Ids otherDevice; // another device's ids (here the same counters, but ids of a progress record never are)
    ProgressChange done;
    done.status = "done";
    ProgressChange doing;
    doing.status = "doing";
    doing.note = "Đang làm";
    REQUIRE(applyEdit(first, progressEdit(first, "task-2-1", "2024-Q2", done, ids), kStamp).error ==
            std::nullopt);
    REQUIRE(applyEdit(second, progressEdit(second, "task-2-1", "2024-Q2", doing, otherDevice),
                      Stamp{"2024-07-16T09:00:00Z", "Bình"})
                .error == std::nullopt);
    const Progress* a = findProgress(first, "task-2-1", "2024-Q2");
    const Progress* b = findProgress(second, "task-2-1", "2024-Q2");
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->meta.id == b->meta.id);
    CHECK(a->meta.id == "progress-task-2-1-2024-Q2");
    CHECK(progressId("task-2-1", "2024-Q2") == a->meta.id);
}

TEST_CASE("an older file with random progress ids is read with the derived ids") {
    auto j = nlohmann::json::parse(test_support::builtinPlanText());
    j["progress"] = {{{"id", "progress-k3j9x2"},
                      {"task", "task-4-1"},
                      {"occurrence", "D2024-02-29"},
                      {"status", "done"},
                      {"completed", "2024-02-20"},
                      {"note", ""},
                      {"evidence", {{{"id", "evidence-1"}, {"text", "Báo cáo"}}}}},
                     {{"id", "p-2"},
                      {"task", "task-2-1"},
                      {"occurrence", "2024-Q1"},
                      {"status", "doing"},
                      {"completed", ""},
                      {"note", ""}}};
    j["log"] = {
        {{"id", "log-1"}, {"task", "task-4-1"}, {"occurrence", "D2024-02-29"}, {"text", "Hoàn thành"}}};
    const ImportResult r = importPlanJson(j.dump());
    REQUIRE(r.plan);
    REQUIRE(r.plan->progress.size() == 2);
    CHECK(r.plan->progress[0].meta.id == "progress-task-4-1-D2024-02-29");
    CHECK(r.plan->progress[1].meta.id == "progress-task-2-1-2024-Q1");
    CHECK(r.plan->progress[0].evidence[0].id == "evidence-1");
    CHECK(r.plan->log[0].occurrence == "D2024-02-29"); // history refers to task and occurrence, not the id
    const std::string once = exportPlanJson(*r.plan);
    CHECK(once.find("progress-k3j9x2") == std::string::npos);
    CHECK(exportPlanJson(*importPlanJson(once).plan) == once);
    // Two records of one task and occurrence (now one id) are refused as such.
    j["progress"][1]["task"] = "task-4-1";
    j["progress"][1]["occurrence"] = "D2024-02-29";
    const ImportResult twice = importPlanJson(j.dump());
    REQUIRE(twice.errors.size() == 1);
    CHECK(twice.errors[0].path == "progress[1].occurrence");
    CHECK(twice.errors[0].message == test_support::message(MessageCode::ProgressTwice, {"D2024-02-29"}));
}
