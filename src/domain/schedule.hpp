// When work is due. A task's timeframe text ("Tháng 02/2024", "Quý II/2024", "Thường xuyên", "Tháng, quý,
// năm", "Khi có văn bản cấp trên", …) is parsed into a Schedule; the schedule and the plan's reporting-period
// mode give the task's occurrences (each with a key, a start and a due date). Occurrences are computed, never
// stored: progress is stored per (task, occurrence key).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace domain {

// [SECTION] Dates

struct Date {
    int year = 0, month = 0, day = 0;
};
bool operator==(const Date& a, const Date& b);
bool operator!=(const Date& a, const Date& b);
bool operator<(const Date& a, const Date& b);
bool operator<=(const Date& a, const Date& b);
bool operator>(const Date& a, const Date& b);
bool operator>=(const Date& a, const Date& b);

int daysInMonth(int year, int month);
bool isValidDate(const Date& d);
/// Days since 1970-01-01 (negative before).
long dayNumber(const Date& d);
Date fromDayNumber(long days);
Date addDays(const Date& d, long days);
/// "2024-02-29" (or the date part of "2024-02-29T10:00:00Z"); nullopt when not a valid date.
std::optional<Date> parseIsoDate(std::string_view text);
/// True when `text` is exactly an ISO date "yyyy-mm-dd" that exists (1900–2200): "2024-02-29" yes,
/// "2024-02-30", "0000-00-00", "2024-2-9" and "2024-02-29T10:00:00Z" no.
bool isIsoDate(std::string_view text);
/// True when `text` is an ISO-8601 time: a date as isIsoDate, optionally followed by "Thh:mm", ":ss",
/// a fraction ".sss…" and a zone "Z" or "±hh:mm" ("2024-01-15T08:30:00Z", "2024-01-15T15:30+07:00").
bool isIsoTimestamp(std::string_view text);
std::string toIso(const Date& d);
/// "I" to "IV" for quarters 1 to 4, "" for any other number.
const char* quarterNumeral(int quarter);
/// "05", "12": at least two digits.
std::string twoDigits(int n);
/// "29/02/2024".
std::string toDisplay(const Date& d);
/// "29/02/2024", "29/2/2024", "29-2-2024" (year optional: `defaultYear`); nullopt when not a valid date.
std::optional<Date> parseDisplayDate(std::string_view text, int defaultYear);

// [SECTION] Reporting periods

enum class PeriodKind { Month, Quarter, HalfYear, NineMonths, Year };

/// Calendar periods (1/1–31/3 …) or the cut-off windows of Nghị định 09/2019 (quarter: 15th of the month
/// before → 14th of its last month; year: 15/12 of the previous year → 14/12).
enum class PeriodMode { Calendar, Decree09 };

struct Period {
    PeriodKind kind = PeriodKind::Year;
    int year = 0;
    int index = 1; ///< month 1–12, quarter 1–4, half 1–2; 1 for nine months and year
    Date start, end;
};

/// The period `index` of `kind` in `year` under `mode`.
Period makePeriod(PeriodKind kind, int year, int index, PeriodMode mode);
/// All periods of one kind in a year, in order.
std::vector<Period> periodsOfYear(PeriodKind kind, int year, PeriodMode mode);
/// Stable key: "2024-M02", "2024-Q2", "2024-H1", "2024-9M", "2024-Y".
std::string periodKey(const Period& p);
/// "Tháng 02/2024", "Quý II/2024", "6 tháng đầu năm 2024", "9 tháng năm 2024", "Năm 2024" (or English).
std::string periodLabel(const Period& p, bool vietnamese);
/// The period with this key (under `mode`), nullopt when the key is not a period key.
std::optional<Period> periodFromKey(std::string_view key, PeriodMode mode);

// [SECTION] Schedules parsed from timeframe text

/// A one-off piece of work to be done within [start, due].
struct Window {
    Date start, due;
};

struct Schedule {
    bool understood = false;           ///< false: "chưa xác định lịch", the user schedules it by hand
    std::vector<Window> windows;       ///< one-off deadlines
    std::vector<PeriodKind> recurring; ///< a report or deliverable every period of these kinds
    bool continuous = false;           ///< ongoing work, judged once per reporting period
    bool eventDriven = false;          ///< occurrences only when an event is logged
};

/// Parses a timeframe phrase. Case, diacritics, extra spaces, Roman or Arabic quarter numbers, leading zeros
/// and a missing year (taken as `planYear`) are all accepted. What it does not understand gives
/// `understood == false`, never a guess.
Schedule parseTimeframe(std::string_view text, int planYear);

/// A schedule set by hand, in the words the parser reads back (e.g. "Trước ngày 30/06/2024", "Hằng quý").
std::string scheduleText(const Schedule& s);

// [SECTION] Occurrences

enum class OccurrenceKind { Window, Period, Event };

struct Occurrence {
    OccurrenceKind kind = OccurrenceKind::Window;
    std::string key; ///< progress is stored under this key: "D2024-02-29", "2024-Q2", "E<event id>"
    Date start, due;
    PeriodKind period = PeriodKind::Year; ///< for kind Period
};

/// A logged event of an event-driven task (a document from above, a request): it is due on `due`.
struct EventOccurrence {
    std::string id;
    Date date, due;
};

/// Occurrences of a schedule in `year`, ordered by due date then key. Continuous work is judged per
/// `continuousPeriod`; events become occurrences of their own.
std::vector<Occurrence> occurrences(const Schedule& s, int year, PeriodMode mode,
                                    const std::vector<EventOccurrence>& events,
                                    PeriodKind continuousPeriod = PeriodKind::Quarter);

/// The due date proposed for an event logged on `date` (10 days later).
Date proposedEventDue(const Date& date);

} // namespace domain
