// Progress rules: the draft ("done" needs a valid completion date), event dates, days late or left, the
// filters (same as matches()), unscheduled tasks, timeline rows and lanes, labels and schedule parts as keys.
#include "domain/plan_json.hpp"
#include "domain/progress_rules.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace domain;

namespace {

Plan builtin() {
    return *importPlanJson(test_support::builtinPlanText()).plan;
}

Date d(int day, int month, int year) {
    return {year, month, day};
}

Task task(const std::string& id, const std::string& timeframe, const std::string& lead = "") {
    Task t;
    t.meta.id = id;
    t.number = id.substr(id.size() - 1);
    t.content = "Nội dung " + id;
    t.leadUnitId = lead;
    t.timeframe = timeframe;
    return t;
}

/// A small 2024 plan: group I has a deadline, an event-driven task and one the parser cannot read; group II
/// is quarterly, and every month, quarter and year.
Plan small() {
    Plan p;
    p.meta.id = "plan";
    p.year = 2024;
    Unit u;
    u.meta.id = "unit-a";
    u.name = "Văn phòng";
    p.units.push_back(u);
    Group g1;
    g1.meta.id = "g1";
    g1.numeral = "I";
    g1.title = "Nhóm một";
    g1.tasks = {task("t-1", "Tháng 02/2024", "unit-a"), task("t-2", "Khi có văn bản cấp trên"),
                task("t-3", "Tùy tình hình thực tế")};
    Group g2;
    g2.meta.id = "g2";
    g2.numeral = "II";
    g2.title = "Nhóm hai";
    g2.tasks = {task("t-4", "Hằng quý", "unit-a"), task("t-5", "Tháng, quý, năm")};
    p.groups = {g1, g2};
    return p;
}

std::vector<std::string> ids(const std::vector<UnscheduledTask>& list) {
    std::vector<std::string> out;
    for (const UnscheduledTask& u : list)
        out.push_back(u.task->meta.id);
    return out;
}

} // namespace

TEST_CASE("status codes read back; only done needs a completion date") {
    for (ProgressStatus s : kProgressStatuses) {
        CHECK(statusFromCode(statusCode(s)) == s);
        CHECK(isProgressStatus(statusCode(s)));
        CHECK(needsCompletionDate(s) == (s == ProgressStatus::Done));
    }
    CHECK(std::string(statusCode(ProgressStatus::NotApplicable)) == "na");
    CHECK_FALSE(statusFromCode("finished"));
    CHECK_FALSE(statusFromCode(""));
}

TEST_CASE("a draft: done proposes today and needs a valid completion date; what saving it changes") {
    const Date today = d(15, 7, 2024), due = d(30, 9, 2024);
    ProgressDraft draft = progressDraft(nullptr);
    CHECK(draft.status == ProgressStatus::Todo);
    CHECK(draft.completed.empty());
    CHECK(canSave(draft, 2024));
    CHECK_FALSE(draftCompletion(draft, 2024));

    setDraftStatus(draft, ProgressStatus::Doing, today, due);
    CHECK(draft.completed.empty()); // no date for work in progress
    setDraftStatus(draft, ProgressStatus::Done, today, due);
    CHECK(draft.completed == "15/07/2024"); // before the due date: today
    CHECK(draftCompletion(draft, 2024) == today);
    CHECK(draftDaysLate(draft, 2024, due) == 0);
    CHECK(canSave(draft, 2024));

    draft.completed = "31/02/2024"; // not a date
    CHECK(completionInvalid(draft, 2024));
    CHECK_FALSE(canSave(draft, 2024));
    CHECK_FALSE(draftChange(draft, 2024));
    draft.completed = "";
    CHECK_FALSE(canSave(draft, 2024)); // done without a date
    draft.completed = "3/7";           // the year is the plan's
    CHECK(draftCompletion(draft, 2024) == d(3, 7, 2024));
    setDraftStatus(draft, ProgressStatus::Done, today, due);
    CHECK(draft.completed == "3/7"); // a typed date is kept

    draft.note = "Đa\xcc\x83 xong"; // "Đã" decomposed: saved in NFC
    draft.evidence = "Báo cáo số 12";
    addDraftEvidence(draft);
    CHECK(draft.evidence.empty());
    REQUIRE(draft.added.size() == 1);
    addDraftEvidence(draft); // nothing typed: nothing added
    CHECK(draft.added.size() == 1);
    draft.evidence = "Công văn 5"; // typed but not added: saved too
    draft.removed.push_back("ev-1");
    CHECK_FALSE(draftKeeps(draft, "ev-1"));
    CHECK(draftKeeps(draft, "ev-2"));
    const auto change = draftChange(draft, 2024);
    REQUIRE(change);
    CHECK(*change->status == "done");
    CHECK(*change->completed == "2024-07-03");
    CHECK(*change->note == "Đã xong");
    CHECK(change->addEvidence == std::vector<std::string>{"Báo cáo số 12", "Công văn 5"});
    CHECK(change->removeEvidence == std::vector<std::string>{"ev-1"});

    // Any other status saves without a completion date, and clears a stored one.
    setDraftStatus(draft, ProgressStatus::NotApplicable, today, due);
    draft.completed = "not a date";
    CHECK(canSave(draft, 2024));
    CHECK(*draftChange(draft, 2024)->completed == "");

    Progress stored;
    stored.status = "done";
    stored.completed = "2024-03-01";
    stored.note = "Kết quả";
    draft = progressDraft(&stored);
    CHECK(draft.status == ProgressStatus::Done);
    CHECK(draft.completed == "01/03/2024");
    CHECK(draft.note == "Kết quả");
    stored.status = "bogus";
    CHECK(progressDraft(&stored).status == ProgressStatus::Todo);
}

TEST_CASE("event dates: both valid, the due date not before the event's date") {
    const auto ok = eventDates("10/03/2024", "20/03/2024", 2024);
    REQUIRE(ok);
    CHECK(ok->date == d(10, 3, 2024));
    CHECK(ok->due == d(20, 3, 2024));
    CHECK(eventDates("10/03/2024", "10/03/2024", 2024)); // due the same day
    CHECK_FALSE(eventDates("10/03/2024", "09/03/2024", 2024));
    CHECK_FALSE(eventDates("10/03/2024", "", 2024));
    CHECK_FALSE(eventDates("32/03/2024", "20/04/2024", 2024));
    CHECK(eventDates("10/3", "20/3", 2025)->due == d(20, 3, 2025));
    CHECK(proposedEventDueFor("25/12/2024", 2024) == d(4, 1, 2025));
    CHECK_FALSE(proposedEventDueFor("abc", 2024));
}

TEST_CASE("days late and left count whole days from the due date") {
    const Occurrence o{OccurrenceKind::Window, "D2024-02-29", d(1, 2, 2024), d(29, 2, 2024),
                       PeriodKind::Year};
    CHECK(daysLate(o, d(1, 3, 2024)) == 1);
    CHECK(daysLate(o, d(29, 2, 2024)) == 0);
    CHECK(daysLate(o, d(15, 7, 2024)) == 137);
    CHECK(daysLeft(o, d(15, 2, 2024)) == 14);
    CHECK(daysLeft(o, d(29, 2, 2024)) == 0);
    CHECK(daysLeft(o, d(1, 3, 2024)) == -1);
}

TEST_CASE("matchingOccurrences selects exactly what matches() does") {
    const Plan plan = builtin();
    const std::vector<TaskOccurrence> all = planOccurrences(plan, d(15, 7, 2024));
    std::vector<ProgressFilter> filters(8);
    filters[1].groupId = plan.groups[2].meta.id;
    filters[2].unitId = plan.units[0].meta.id;
    filters[3].timeliness = Timeliness::Overdue;
    filters[4].from = d(1, 4, 2024);
    filters[4].to = d(30, 6, 2024);
    filters[5].search = "bao cao";
    filters[6].search = "THƯỜNG XUYÊN";
    filters[6].timeliness = Timeliness::NotDue;
    filters[7].search = "no such words anywhere";
    for (const ProgressFilter& f : filters) {
        std::vector<std::size_t> expected;
        for (std::size_t i = 0; i < all.size(); ++i)
            if (matches(all[i], f))
                expected.push_back(i);
        CHECK(matchingOccurrences(all, f) == expected);
    }
    CHECK(matchingOccurrences(all, filters[0]).size() == all.size());
    CHECK(matchingOccurrences(all, filters[7]).empty());
    ProgressFilter f = filters[6];
    CHECK_FALSE(withoutTimeliness(f).timeliness);
    CHECK(withoutTimeliness(f).search == f.search);
}

TEST_CASE("unscheduled tasks: event work with no event, schedules not understood; filtered by task") {
    Plan plan = small();
    std::vector<TaskOccurrence> all = planOccurrences(plan, d(15, 7, 2024));
    std::vector<UnscheduledTask> list = unscheduledTasks(plan, all, {});
    CHECK(ids(list) == std::vector<std::string>{"t-2", "t-3"});
    CHECK(list[0].reason == UnscheduledReason::AwaitingEvent);
    CHECK(list[1].reason == UnscheduledReason::NotUnderstood);
    CHECK(list[0].group == &plan.groups[0]);

    ProgressFilter f;
    f.search = "t-3";
    CHECK(ids(unscheduledTasks(plan, all, f)) == std::vector<std::string>{"t-3"});
    f = {};
    f.unitId = "unit-a";
    CHECK(unscheduledTasks(plan, all, f).empty());
    f = {};
    f.timeliness = Timeliness::NotDue; // a timeliness or dates select occurrences: none of these has one
    CHECK(unscheduledTasks(plan, all, f).empty());
    f = {};
    f.from = d(1, 1, 2024);
    CHECK(unscheduledTasks(plan, all, f).empty());

    // A hand-set schedule makes t-3 scheduled; an event makes t-2 scheduled.
    plan.groups[0].tasks[2].schedule = "Hằng quý";
    TaskEvent ev;
    ev.meta.id = "ev-1";
    ev.taskId = "t-2";
    ev.date = "2024-03-10";
    ev.due = "2024-03-20";
    plan.events.push_back(ev);
    all = planOccurrences(plan, d(15, 7, 2024));
    CHECK(unscheduledTasks(plan, all, {}).empty());
}

TEST_CASE("timeline rows: one per task with occurrences, lanes by kind, filtered by group, unit and search") {
    const Plan plan = small();
    const std::vector<TaskOccurrence> all = planOccurrences(plan, d(15, 7, 2024));
    std::vector<TimelineRow> rows = timelineRows(all, {});
    REQUIRE(rows.size() == 3); // t-1, t-4, t-5 (t-2 and t-3 have no occurrence)
    CHECK(all[rows[0].begin].task->meta.id == "t-1");
    CHECK(rows[0].end - rows[0].begin == 1);
    CHECK(rows[0].laneCount == 1);
    CHECK(all[rows[1].begin].task->meta.id == "t-4");
    CHECK(rows[1].end - rows[1].begin == 4);
    CHECK(rows[1].laneCount == 1);
    CHECK(rows[1].laneOf(all[rows[1].begin].occurrence) == 0); // quarters alone: the top lane
    const TimelineRow& every = rows[2];
    CHECK(every.end - every.begin == 12 + 4 + 1);
    CHECK(every.end == all.size());
    CHECK(every.laneCount == 3); // months, quarters, year
    for (std::size_t i = every.begin; i < every.end; ++i) {
        const Occurrence& o = all[i].occurrence;
        CHECK(every.laneOf(o) == (o.period == PeriodKind::Month     ? 0
                                  : o.period == PeriodKind::Quarter ? 1
                                                                    : 2));
    }
    const Occurrence event{OccurrenceKind::Event, "Ex", d(1, 1, 2024), d(2, 1, 2024), PeriodKind::Year};
    CHECK(timelineLane(event) == 0);
    CHECK(timelineLane(all[every.end - 1].occurrence) == 1 + static_cast<int>(PeriodKind::Year));

    ProgressFilter f;
    f.groupId = "g2";
    f.timeliness = Timeliness::Overdue; // ignored: a row shows the whole year
    f.from = d(1, 12, 2024);
    rows = timelineRows(all, f);
    REQUIRE(rows.size() == 2);
    CHECK(all[rows[0].begin].task->meta.id == "t-4");
    f = {};
    f.unitId = "unit-a";
    f.search = "hang quy";
    CHECK(timelineRows(all, f).size() == 1);
}

TEST_CASE("labels of periods and occurrences are keys with arguments") {
    auto label = [](PeriodKind k, int index) {
        return periodLabelOf(makePeriod(k, 2024, index, PeriodMode::Calendar));
    };
    CHECK(label(PeriodKind::Month, 2).key == OccurrenceLabelKey::Month);
    CHECK(label(PeriodKind::Month, 2).number == 2);
    CHECK(label(PeriodKind::Month, 2).year == 2024);
    CHECK(label(PeriodKind::Quarter, 3).key == OccurrenceLabelKey::Quarter);
    CHECK(label(PeriodKind::Quarter, 3).number == 3);
    CHECK(label(PeriodKind::HalfYear, 1).key == OccurrenceLabelKey::FirstHalf);
    CHECK(label(PeriodKind::HalfYear, 2).key == OccurrenceLabelKey::SecondHalf);
    CHECK(label(PeriodKind::NineMonths, 1).key == OccurrenceLabelKey::NineMonths);
    CHECK(label(PeriodKind::Year, 1).key == OccurrenceLabelKey::Year);
    CHECK(label(PeriodKind::Year, 1).year == 2024);

    const Occurrence window{OccurrenceKind::Window, "D2024-02-29", d(1, 2, 2024), d(29, 2, 2024),
                            PeriodKind::Year};
    CHECK(occurrenceLabel(window).key == OccurrenceLabelKey::Deadline);
    CHECK(occurrenceLabel(window).date == d(29, 2, 2024));
    const Occurrence event{OccurrenceKind::Event, "Eev-1", d(10, 3, 2024), d(20, 3, 2024), PeriodKind::Year};
    CHECK(occurrenceLabel(event).key == OccurrenceLabelKey::Event);
    CHECK(occurrenceLabel(event).date == d(10, 3, 2024));
    // A Decree 09 quarter starts in the previous month but is named by its key.
    const Period q1 = makePeriod(PeriodKind::Quarter, 2024, 1, PeriodMode::Decree09);
    const Occurrence period{OccurrenceKind::Period, periodKey(q1), q1.start, q1.end, PeriodKind::Quarter};
    CHECK(occurrenceLabel(period).key == OccurrenceLabelKey::Quarter);
    CHECK(occurrenceLabel(period).number == 1);
    CHECK(occurrenceLabel(period).year == 2024);
    const Occurrence odd{OccurrenceKind::Period, "2024-X", d(1, 1, 2024), d(31, 12, 2024), PeriodKind::Year};
    CHECK(occurrenceLabel(odd).key == OccurrenceLabelKey::Unknown);
    CHECK(occurrenceLabel(odd).raw == "2024-X");
}

TEST_CASE("schedule parts: deadlines, recurring periods, ongoing and event work; or not understood") {
    const std::vector<SchedulePart> none = scheduleParts(parseTimeframe("Tùy tình hình", 2024));
    REQUIRE(none.size() == 1);
    CHECK(none[0].key == SchedulePartKey::NotUnderstood);

    const std::vector<SchedulePart> deadline = scheduleParts(parseTimeframe("Tháng 02/2024", 2024));
    REQUIRE(deadline.size() == 1);
    CHECK(deadline[0].key == SchedulePartKey::Deadline);
    CHECK(deadline[0].due == d(29, 2, 2024));

    const std::vector<SchedulePart> every = scheduleParts(parseTimeframe("Tháng, quý, năm", 2024));
    REQUIRE(every.size() == 1);
    CHECK(every[0].key == SchedulePartKey::Recurring);
    CHECK(every[0].periods ==
          std::vector<PeriodKind>{PeriodKind::Month, PeriodKind::Quarter, PeriodKind::Year});

    Schedule s;
    s.understood = true;
    s.windows = {{d(1, 1, 2024), d(30, 6, 2024)}};
    s.recurring = {PeriodKind::HalfYear};
    s.continuous = true;
    s.eventDriven = true;
    const std::vector<SchedulePart> all = scheduleParts(s);
    REQUIRE(all.size() == 4);
    CHECK(all[0].key == SchedulePartKey::Deadline);
    CHECK(all[1].key == SchedulePartKey::Recurring);
    CHECK(all[2].key == SchedulePartKey::Continuous);
    CHECK(all[2].periods == std::vector<PeriodKind>{PeriodKind::Quarter});
    CHECK(all[3].key == SchedulePartKey::EventDriven);
    s = Schedule{};
    s.understood = true;
    CHECK(scheduleParts(s).empty());
}

TEST_CASE("recording work after its due date proposes the due date, and says how late a date would be") {
    const Date due = d(30, 6, 2024), october = d(14, 10, 2024);
    ProgressDraft draft = progressDraft(nullptr);
    setDraftStatus(draft, ProgressStatus::Done, october, due);
    CHECK(draft.completed == "30/06/2024"); // Q2 work recorded in October is not filed as late by default
    CHECK(draftDaysLate(draft, 2024, due) == 0);
    draft.completed = toDisplay(october); // the officer chooses "today" instead
    CHECK(draftDaysLate(draft, 2024, due) == 106);
    draft.completed = "31/02/2024";
    CHECK_FALSE(draftDaysLate(draft, 2024, due));
    setDraftStatus(draft, ProgressStatus::Doing, october, due);
    CHECK_FALSE(draftDaysLate(draft, 2024, due)); // no date for work in progress
}

TEST_CASE("what is wrong with an event's dates names the field it is in") {
    CHECK(eventDatesProblem("10/03/2024", "20/03/2024", 2024) == EventDatesProblem::None);
    CHECK(eventDatesProblem("31/02/2024", "20/03/2024", 2024) == EventDatesProblem::DateInvalid);
    CHECK(eventDatesProblem("10/03/2024", "hôm qua", 2024) == EventDatesProblem::DueInvalid);
    CHECK(eventDatesProblem("10/03/2024", "01/03/2024", 2024) == EventDatesProblem::DueBeforeDate);
    CHECK_FALSE(eventDates("10/03/2024", "01/03/2024", 2024));
    CHECK(eventDates("10/03/2024", "10/03/2024", 2024)); // due the same day: allowed
}
