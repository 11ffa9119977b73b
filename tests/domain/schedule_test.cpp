// Timeframe phrases → schedules → occurrences, table-driven: every phrase of the seed plan and the common
// variants, for 2024 (a leap year) and 2025, in calendar and Decree 09 period modes.
#include "domain/schedule.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace domain;

namespace {

Date d(int day, int month, int year) {
    return {year, month, day};
}

std::string windowsText(const Schedule& s) {
    std::string out;
    for (const Window& w : s.windows)
        out += (out.empty() ? "" : " ") + toDisplay(w.start) + "-" + toDisplay(w.due);
    return out;
}

std::string recurringText(const Schedule& s) {
    std::string out;
    for (PeriodKind k : s.recurring)
        out += k == PeriodKind::Month        ? "M"
               : k == PeriodKind::Quarter    ? "Q"
               : k == PeriodKind::HalfYear   ? "H"
               : k == PeriodKind::NineMonths ? "9"
                                             : "Y";
    return out;
}

struct Case {
    const char* text;
    int planYear;
    const char* windows;   ///< "start-due start-due"
    const char* recurring; ///< letters M Q H 9 Y
    bool continuous;
    bool event;
};

} // namespace

TEST_CASE("timeframe phrases parse to what an officer expects") {
    const std::vector<Case> cases = {
        // Every phrase of the seed plan (2024, a leap year).
        {"Tháng 01/2024", 2024, "01/01/2024-31/01/2024", "", false, false},
        {"Tháng 02/2024", 2024, "01/02/2024-29/02/2024", "", false, false},
        {"Quý II/2024", 2024, "01/04/2024-30/06/2024", "", false, false},
        {"Thường xuyên", 2024, "", "", true, false},
        {"Khi có văn bản cấp trên", 2024, "", "", false, true},
        {"Theo Kế hoạch định kỳ hoặc đột xuất", 2024, "", "Q", false, true},
        {"Trong năm", 2024, "01/01/2024-31/12/2024", "", false, false},
        {"Tháng, quý, năm", 2024, "", "MQY", false, false},
        {"Định kỳ hoặc đột xuất khi có yêu cầu", 2024, "", "Q", false, true},
        // The same months in 2025 (not a leap year) and without a year (the plan's year).
        {"Tháng 02/2025", 2025, "01/02/2025-28/02/2025", "", false, false},
        {"Tháng 2", 2025, "01/02/2025-28/02/2025", "", false, false},
        {"tháng 2 năm 2024", 2025, "01/02/2024-29/02/2024", "", false, false},
        {"THÁNG 02/2024", 2024, "01/02/2024-29/02/2024", "", false, false},
        {"thang 02/2024", 2024, "01/02/2024-29/02/2024", "", false, false},
        {"  Tháng   2 / 2024 ", 2024, "01/02/2024-29/02/2024", "", false, false},
        {"Tháng 3 - tháng 4/2025", 2025, "01/03/2025-30/04/2025", "", false, false},
        {"Từ tháng 3 đến tháng 4/2025", 2025, "", "", false, false}, // "từ" is not known: flagged
        // Quarters: Roman and Arabic, one or several, with or without a year.
        {"Quý 2/2024", 2024, "01/04/2024-30/06/2024", "", false, false},
        {"Quý IV", 2025, "01/10/2025-31/12/2025", "", false, false},
        {"quý i, ii/2025", 2025, "01/01/2025-31/03/2025 01/04/2025-30/06/2025", "", false, false},
        {"Quý I, II/2025", 2025, "01/01/2025-31/03/2025 01/04/2025-30/06/2025", "", false, false},
        {"Quy III/2024", 2024, "01/07/2024-30/09/2024", "", false, false},
        // Deadlines.
        {"Trước ngày 15/12/2024", 2024, "01/01/2024-15/12/2024", "", false, false},
        {"trước 30/6", 2025, "01/01/2025-30/06/2025", "", false, false},
        {"Trước ngày 5/1/2025", 2024, "01/01/2025-05/01/2025", "", false, false},
        {"trước ngày 29/02/2024", 2024, "01/01/2024-29/02/2024", "", false, false},
        {"trước ngày 29/02/2025", 2025, "", "", false, false}, // no such date: flagged, not guessed
        // The whole year, half and nine months.
        {"Năm 2024", 2024, "01/01/2024-31/12/2024", "", false, false},
        {"Năm 2025", 2024, "01/01/2025-31/12/2025", "", false, false},
        {"Trong năm 2025", 2025, "01/01/2025-31/12/2025", "", false, false},
        {"6 tháng đầu năm", 2024, "01/01/2024-30/06/2024", "", false, false},
        {"6 tháng cuối năm 2025", 2024, "01/07/2025-31/12/2025", "", false, false},
        {"9 tháng đầu năm", 2025, "01/01/2025-30/09/2025", "", false, false},
        // Recurring work.
        {"Hằng tháng", 2024, "", "M", false, false},
        {"Hàng tháng", 2024, "", "M", false, false},
        {"Hằng quý", 2024, "", "Q", false, false},
        {"hang quy", 2024, "", "Q", false, false},
        {"Hằng năm", 2024, "", "Y", false, false},
        {"Định kỳ hằng quý, 6 tháng, năm", 2024, "", "QHY", false, false},
        {"Định kỳ 6 tháng, 9 tháng, năm", 2024, "", "H9Y", false, false},
        {"Định kỳ", 2024, "", "Q", false, false},
        {"Thường xuyên; đột xuất", 2024, "", "", true, true},
        {"Khi có yêu cầu", 2024, "", "", false, true},
        {"Đột xuất", 2024, "", "", false, true},
        {"Khi có Quyết định công bố", 2024, "", "", false, true},
    };
    for (const Case& c : cases) {
        CAPTURE(c.text);
        const Schedule s = parseTimeframe(c.text, c.planYear);
        const bool expectUnderstood = *c.windows || *c.recurring || c.continuous || c.event;
        CHECK(s.understood == expectUnderstood);
        CHECK(windowsText(s) == c.windows);
        CHECK(recurringText(s) == c.recurring);
        CHECK(s.continuous == c.continuous);
        CHECK(s.eventDriven == c.event);
    }
}

TEST_CASE("phrases it does not understand are flagged, never guessed") {
    for (const char* text : {"", "Theo kế hoạch của UBND huyện", "Sau khi", "Tháng 13/2024", "Quý V/2024",
                             "Cuối năm", "ASAP", "Tuần 3", "Trước ngày", "Trước ngày 31/04/2024", "2024"}) {
        CAPTURE(text);
        const Schedule s = parseTimeframe(text, 2024);
        CHECK_FALSE(s.understood);
        CHECK(s.windows.empty());
        CHECK(s.recurring.empty());
    }
}

TEST_CASE("reporting periods in calendar and Decree 09 modes") {
    struct P {
        PeriodKind kind;
        int index;
        Date calStart, calEnd, decStart, decEnd;
        const char* key;
    };
    const std::vector<P> periods = {
        {PeriodKind::Month, 1, d(1, 1, 2024), d(31, 1, 2024), d(15, 12, 2023), d(14, 1, 2024), "2024-M01"},
        {PeriodKind::Month, 2, d(1, 2, 2024), d(29, 2, 2024), d(15, 1, 2024), d(14, 2, 2024), "2024-M02"},
        {PeriodKind::Quarter, 1, d(1, 1, 2024), d(31, 3, 2024), d(15, 12, 2023), d(14, 3, 2024), "2024-Q1"},
        {PeriodKind::Quarter, 2, d(1, 4, 2024), d(30, 6, 2024), d(15, 3, 2024), d(14, 6, 2024), "2024-Q2"},
        {PeriodKind::Quarter, 3, d(1, 7, 2024), d(30, 9, 2024), d(15, 6, 2024), d(14, 9, 2024), "2024-Q3"},
        {PeriodKind::Quarter, 4, d(1, 10, 2024), d(31, 12, 2024), d(15, 9, 2024), d(14, 12, 2024), "2024-Q4"},
        {PeriodKind::HalfYear, 1, d(1, 1, 2024), d(30, 6, 2024), d(15, 12, 2023), d(14, 6, 2024), "2024-H1"},
        {PeriodKind::HalfYear, 2, d(1, 7, 2024), d(31, 12, 2024), d(15, 6, 2024), d(14, 12, 2024), "2024-H2"},
        {PeriodKind::NineMonths, 1, d(1, 1, 2024), d(30, 9, 2024), d(15, 12, 2023), d(14, 9, 2024),
         "2024-9M"},
        {PeriodKind::Year, 1, d(1, 1, 2024), d(31, 12, 2024), d(15, 12, 2023), d(14, 12, 2024), "2024-Y"},
    };
    for (const P& p : periods) {
        CAPTURE(p.key);
        const Period cal = makePeriod(p.kind, 2024, p.index, PeriodMode::Calendar);
        const Period dec = makePeriod(p.kind, 2024, p.index, PeriodMode::Decree09);
        CHECK(cal.start == p.calStart);
        CHECK(cal.end == p.calEnd);
        CHECK(dec.start == p.decStart);
        CHECK(dec.end == p.decEnd);
        CHECK(periodKey(cal) == p.key);
        const auto back = periodFromKey(p.key, PeriodMode::Decree09);
        REQUIRE(back);
        CHECK(back->start == p.decStart);
        CHECK(back->end == p.decEnd);
    }
    CHECK(periodLabel(makePeriod(PeriodKind::Quarter, 2024, 2, PeriodMode::Calendar), true) == "Quý II/2024");
    CHECK(periodLabel(makePeriod(PeriodKind::Month, 2025, 2, PeriodMode::Calendar), true) == "Tháng 02/2025");
    CHECK(periodLabel(makePeriod(PeriodKind::HalfYear, 2025, 1, PeriodMode::Calendar), true) ==
          "6 tháng đầu năm 2025");
    CHECK(periodsOfYear(PeriodKind::Month, 2025, PeriodMode::Calendar).size() == 12);
    CHECK(makePeriod(PeriodKind::Month, 2025, 2, PeriodMode::Calendar).end == d(28, 2, 2025));
    CHECK_FALSE(periodFromKey("2024-Q5", PeriodMode::Calendar));
    CHECK_FALSE(periodFromKey("D2024-02-29", PeriodMode::Calendar));
}

TEST_CASE("occurrences: deadlines, periods per mode, continuous work per quarter, events") {
    const std::vector<EventOccurrence> none;
    auto keys = [](const std::vector<Occurrence>& os) {
        std::string out;
        for (const Occurrence& o : os)
            out += (out.empty() ? "" : " ") + o.key;
        return out;
    };
    CHECK(keys(occurrences(parseTimeframe("Tháng 02/2024", 2024), 2024, PeriodMode::Calendar, none)) ==
          "D2024-02-29");
    CHECK(keys(occurrences(parseTimeframe("Thường xuyên", 2024), 2024, PeriodMode::Calendar, none)) ==
          "2024-Q1 2024-Q2 2024-Q3 2024-Q4");
    const auto monthly =
        occurrences(parseTimeframe("Tháng, quý, năm", 2025), 2025, PeriodMode::Decree09, none);
    CHECK(monthly.size() == 12 + 4 + 1);
    CHECK(monthly.front().key == "2025-M01");
    CHECK(monthly.front().start == d(15, 12, 2024));
    CHECK(monthly.front().due == d(14, 1, 2025));
    CHECK(monthly.back().key == "2025-Y");
    CHECK(monthly.back().due == d(14, 12, 2025));
    // Event-driven work has no occurrence until an event is logged; then one per event.
    const Schedule ev = parseTimeframe("Khi có văn bản cấp trên", 2024);
    CHECK(occurrences(ev, 2024, PeriodMode::Calendar, none).empty());
    const std::vector<EventOccurrence> events = {{"ev2", d(1, 9, 2024), d(11, 9, 2024)},
                                                 {"ev1", d(3, 3, 2024), proposedEventDue(d(3, 3, 2024))}};
    const auto evs = occurrences(ev, 2024, PeriodMode::Calendar, events);
    CHECK(keys(evs) == "Eev1 Eev2");
    CHECK(evs[0].due == d(13, 3, 2024));
    // Periodic or ad hoc: both.
    CHECK(keys(occurrences(parseTimeframe("Định kỳ hoặc đột xuất khi có yêu cầu", 2024), 2024,
                           PeriodMode::Calendar, {{"x", d(5, 5, 2024), d(15, 5, 2024)}})) ==
          "2024-Q1 Ex 2024-Q2 2024-Q3 2024-Q4");
}

TEST_CASE("a hand-set schedule is written in words the parser reads back") {
    Schedule s;
    s.understood = true;
    s.windows = {{d(1, 1, 2024), d(30, 6, 2024)}};
    s.recurring = {PeriodKind::Quarter, PeriodKind::Year};
    s.eventDriven = true;
    const std::string text = scheduleText(s);
    CHECK(text == "Trước ngày 30/06/2024, Hằng quý, Hằng năm, Khi có yêu cầu");
    const Schedule back = parseTimeframe(text, 2024);
    CHECK(back.understood);
    CHECK(windowsText(back) == "01/01/2024-30/06/2024");
    CHECK(recurringText(back) == "QY");
    CHECK(back.eventDriven);
}

TEST_CASE("dates") {
    CHECK(dayNumber(d(1, 1, 1970)) == 0);
    CHECK(fromDayNumber(dayNumber(d(29, 2, 2024))) == d(29, 2, 2024));
    CHECK(addDays(d(28, 2, 2024), 1) == d(29, 2, 2024));
    CHECK(addDays(d(28, 2, 2025), 1) == d(1, 3, 2025));
    CHECK(addDays(d(31, 12, 2024), 1) == d(1, 1, 2025));
    CHECK(parseIsoDate("2024-02-29") == d(29, 2, 2024));
    CHECK_FALSE(parseIsoDate("2025-02-29"));
    CHECK_FALSE(parseIsoDate("2024-2-9"));
    CHECK(parseDisplayDate("15/07/2024", 2000) == d(15, 7, 2024));
    CHECK(parseDisplayDate("5/7", 2025) == d(5, 7, 2025));
    CHECK(parseDisplayDate("5-7-24", 2025) == d(5, 7, 2024));
    CHECK_FALSE(parseDisplayDate("31/6/2024", 2024));
    CHECK_FALSE(parseDisplayDate("hôm nay", 2024));
    CHECK(toDisplay(d(5, 7, 2024)) == "05/07/2024");
    for (long n = dayNumber(d(1, 1, 2023)); n < dayNumber(d(31, 12, 2026)); ++n)
        REQUIRE(dayNumber(fromDayNumber(n)) == n);
}

TEST_CASE("ISO dates and times as stored in snapshots") {
    CHECK(isIsoDate("2024-02-29"));
    CHECK(isIsoDate("2200-12-31"));
    for (const char* bad : {"2024-02-30", "0000-00-00", "2025-02-29", "2024-2-9", "2024-02-29T00:00:00Z",
                            "2024-02-29 ", "", "2024-13-01", "1899-12-31"})
        CHECK_FALSE(isIsoDate(bad));
    for (const char* good :
         {"2024-01-15T08:30:00Z", "2024-01-15", "2024-01-15T08:30", "2024-01-15T08:30:00",
          "2024-01-15T23:59:60.123Z", "2024-01-15T15:30:00+07:00", "2024-01-15T15:30-05:00"})
        CHECK(isIsoTimestamp(good));
    for (const char* bad :
         {"2024-02-30T08:30:00Z", "0000-00-00T00:00:00Z", "2024-01-15T24:00:00Z", "2024-01-15T08:60:00Z",
          "2024-01-15T08:30:00Zx", "2024-01-15T08:30:00.Z", "2024-01-15T08:30:00+7:00", "2024-01-15 08:30:00",
          "hôm qua", "2024-01-15T8:30:00Z", ""})
        CHECK_FALSE(isIsoTimestamp(bad));
}
