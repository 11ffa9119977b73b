// Dates, reporting periods, timeframe parsing and occurrences (see schedule.hpp).
#include "domain/schedule.hpp"

#include "domain/text.hpp"

#include <algorithm>
#include <cstdio>
#include <set>

namespace domain {

// [SECTION] Dates

bool operator==(const Date& a, const Date& b) {
    return a.year == b.year && a.month == b.month && a.day == b.day;
}
bool operator!=(const Date& a, const Date& b) {
    return !(a == b);
}
bool operator<(const Date& a, const Date& b) {
    if (a.year != b.year)
        return a.year < b.year;
    if (a.month != b.month)
        return a.month < b.month;
    return a.day < b.day;
}
bool operator<=(const Date& a, const Date& b) {
    return !(b < a);
}
bool operator>(const Date& a, const Date& b) {
    return b < a;
}
bool operator>=(const Date& a, const Date& b) {
    return !(a < b);
}

int daysInMonth(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

bool isValidDate(const Date& d) {
    return d.year >= 1900 && d.year <= 2200 && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
           d.day <= daysInMonth(d.year, d.month);
}

long dayNumber(const Date& d) {
    // Days from civil (H. Hinnant's algorithm), proleptic Gregorian.
    const long y = d.year - (d.month <= 2 ? 1 : 0);
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long mp = (d.month + 9) % 12;
    const long doy = (153 * mp + 2) / 5 + d.day - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Date fromDayNumber(long days) {
    days += 719468;
    const long era = (days >= 0 ? days : days - 146096) / 146097;
    const long doe = days - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    Date d;
    d.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    d.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    d.year = static_cast<int>(yoe + era * 400 + (d.month <= 2 ? 1 : 0));
    return d;
}

Date addDays(const Date& d, long days) {
    return fromDayNumber(dayNumber(d) + days);
}

std::optional<Date> parseIsoDate(std::string_view text) {
    if (text.size() < 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    Date d;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (text[i] < '0' || text[i] > '9')
            return std::nullopt;
    d.year = std::stoi(std::string(text.substr(0, 4)));
    d.month = std::stoi(std::string(text.substr(5, 2)));
    d.day = std::stoi(std::string(text.substr(8, 2)));
    if (!isValidDate(d))
        return std::nullopt;
    return d;
}

bool isIsoDate(std::string_view text) {
    return text.size() == 10 && parseIsoDate(text).has_value();
}

namespace {

/// The two digits at `text[at]` as a number no larger than `max`, else -1.
int twoDigits(std::string_view text, std::size_t at, int max) {
    if (at + 2 > text.size() || text[at] < '0' || text[at] > '9' || text[at + 1] < '0' || text[at + 1] > '9')
        return -1;
    const int v = (text[at] - '0') * 10 + (text[at + 1] - '0');
    return v <= max ? v : -1;
}

} // namespace

bool isIsoTimestamp(std::string_view text) {
    if (!isIsoDate(text.substr(0, 10)))
        return false;
    std::size_t i = 10;
    if (i == text.size())
        return true;
    if (text[i] != 'T' || twoDigits(text, i + 1, 23) < 0 || i + 3 >= text.size() || text[i + 3] != ':' ||
        twoDigits(text, i + 4, 59) < 0)
        return false;
    i += 6;
    if (i < text.size() && text[i] == ':') {
        if (twoDigits(text, i + 1, 60) < 0) // 60: a leap second
            return false;
        i += 3;
        if (i < text.size() && text[i] == '.') {
            const std::size_t digits = ++i;
            while (i < text.size() && text[i] >= '0' && text[i] <= '9')
                ++i;
            if (i == digits)
                return false;
        }
    }
    if (i == text.size())
        return true;
    if (text[i] == 'Z')
        return i + 1 == text.size();
    return (text[i] == '+' || text[i] == '-') && i + 6 == text.size() && twoDigits(text, i + 1, 23) >= 0 &&
           text[i + 3] == ':' && twoDigits(text, i + 4, 59) >= 0;
}

std::string toIso(const Date& d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

std::string toDisplay(const Date& d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d/%02d/%04d", d.day, d.month, d.year);
    return buf;
}

std::optional<Date> parseDisplayDate(std::string_view text, int defaultYear) {
    std::vector<int> parts;
    std::string digits;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const char c = i < text.size() ? text[i] : ' ';
        if (c >= '0' && c <= '9') {
            digits += c;
            if (digits.size() > 4)
                return std::nullopt;
        } else if (c == '/' || c == '-' || c == '.' || c == ' ') {
            if (!digits.empty())
                parts.push_back(std::stoi(digits));
            digits.clear();
        } else {
            return std::nullopt;
        }
    }
    if (parts.size() < 2 || parts.size() > 3)
        return std::nullopt;
    Date d{parts.size() == 3 ? parts[2] : defaultYear, parts[1], parts[0]};
    if (d.year < 100)
        d.year += 2000;
    if (!isValidDate(d))
        return std::nullopt;
    return d;
}

// [SECTION] Reporting periods

namespace {

Date monthStart(int year, int month) {
    while (month < 1) {
        month += 12;
        --year;
    }
    return {year, month, 1};
}
Date monthEnd(int year, int month) {
    return {year, month, daysInMonth(year, month)};
}
/// The 15th of the month before `month` (of `year`): where a Decree 09 window starts.
Date cutOffStart(int year, int month) {
    Date d = monthStart(year, month - 1);
    d.day = 15;
    return d;
}

} // namespace

const char* quarterNumeral(int quarter) {
    static const char* const roman[] = {"", "I", "II", "III", "IV"};
    return roman[quarter >= 1 && quarter <= 4 ? quarter : 0];
}

std::string twoDigits(int n) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d", n);
    return buf;
}

Period makePeriod(PeriodKind kind, int year, int index, PeriodMode mode) {
    Period p;
    p.kind = kind;
    p.year = year;
    p.index = index;
    int first = 1, last = 12; // months covered
    switch (kind) {
    case PeriodKind::Month:
        first = last = index;
        break;
    case PeriodKind::Quarter:
        first = 3 * index - 2, last = 3 * index;
        break;
    case PeriodKind::HalfYear:
        first = index == 1 ? 1 : 7, last = index == 1 ? 6 : 12;
        break;
    case PeriodKind::NineMonths:
        first = 1, last = 9;
        break;
    case PeriodKind::Year:
        first = 1, last = 12;
        break;
    }
    if (mode == PeriodMode::Calendar) {
        p.start = monthStart(year, first);
        p.end = monthEnd(year, last);
    } else {
        p.start = cutOffStart(year, first);
        p.end = {year, last, 14};
    }
    return p;
}

std::vector<Period> periodsOfYear(PeriodKind kind, int year, PeriodMode mode) {
    const int count = kind == PeriodKind::Month      ? 12
                      : kind == PeriodKind::Quarter  ? 4
                      : kind == PeriodKind::HalfYear ? 2
                                                     : 1;
    std::vector<Period> out;
    for (int i = 1; i <= count; ++i)
        out.push_back(makePeriod(kind, year, i, mode));
    return out;
}

std::string periodKey(const Period& p) {
    char buf[24];
    switch (p.kind) {
    case PeriodKind::Month:
        std::snprintf(buf, sizeof buf, "%04d-M%02d", p.year, p.index);
        break;
    case PeriodKind::Quarter:
        std::snprintf(buf, sizeof buf, "%04d-Q%d", p.year, p.index);
        break;
    case PeriodKind::HalfYear:
        std::snprintf(buf, sizeof buf, "%04d-H%d", p.year, p.index);
        break;
    case PeriodKind::NineMonths:
        std::snprintf(buf, sizeof buf, "%04d-9M", p.year);
        break;
    case PeriodKind::Year:
        std::snprintf(buf, sizeof buf, "%04d-Y", p.year);
        break;
    }
    return buf;
}

std::string periodLabel(const Period& p, bool vi) {
    char buf[64];
    const int y = p.year;
    switch (p.kind) {
    case PeriodKind::Month:
        std::snprintf(buf, sizeof buf, vi ? "Tháng %02d/%04d" : "%02d/%04d", p.index, y);
        break;
    case PeriodKind::Quarter:
        if (vi)
            std::snprintf(buf, sizeof buf, "Quý %s/%04d", quarterNumeral(p.index), y);
        else
            std::snprintf(buf, sizeof buf, "Q%d %04d", p.index, y);
        break;
    case PeriodKind::HalfYear:
        if (vi)
            std::snprintf(buf, sizeof buf, "6 tháng %s năm %04d", p.index == 1 ? "đầu" : "cuối", y);
        else
            std::snprintf(buf, sizeof buf, "H%d %04d", p.index, y);
        break;
    case PeriodKind::NineMonths:
        std::snprintf(buf, sizeof buf, vi ? "9 tháng năm %04d" : "9 months %04d", y);
        break;
    case PeriodKind::Year:
        std::snprintf(buf, sizeof buf, vi ? "Năm %04d" : "Year %04d", y);
        break;
    }
    return buf;
}

std::optional<Period> periodFromKey(std::string_view key, PeriodMode mode) {
    if (key.size() < 6 || key[4] != '-')
        return std::nullopt;
    int year = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        if (key[i] < '0' || key[i] > '9')
            return std::nullopt;
        year = year * 10 + (key[i] - '0');
    }
    const std::string_view rest = key.substr(5);
    auto number = [&](std::string_view s, int lo, int hi) -> int {
        if (s.empty() || s.size() > 2)
            return 0;
        int v = 0;
        for (char c : s) {
            if (c < '0' || c > '9')
                return 0;
            v = v * 10 + (c - '0');
        }
        return v >= lo && v <= hi ? v : 0;
    };
    if (rest == "Y")
        return makePeriod(PeriodKind::Year, year, 1, mode);
    if (rest == "9M")
        return makePeriod(PeriodKind::NineMonths, year, 1, mode);
    if (rest[0] == 'M' && number(rest.substr(1), 1, 12) && rest.size() == 3)
        return makePeriod(PeriodKind::Month, year, number(rest.substr(1), 1, 12), mode);
    if (rest[0] == 'Q' && rest.size() == 2 && number(rest.substr(1), 1, 4))
        return makePeriod(PeriodKind::Quarter, year, number(rest.substr(1), 1, 4), mode);
    if (rest[0] == 'H' && rest.size() == 2 && number(rest.substr(1), 1, 2))
        return makePeriod(PeriodKind::HalfYear, year, number(rest.substr(1), 1, 2), mode);
    return std::nullopt;
}

// [SECTION] Parsing timeframe phrases

namespace {

bool isNumber(const std::string& t) {
    return !t.empty() && t.size() <= 4 &&
           std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
}
bool isYear(const std::string& t) {
    return t.size() == 4 && isNumber(t);
}
/// Quarter number from "i".."iv" or "1".."4"; 0 otherwise.
int quarterNumber(const std::string& t) {
    if (t == "i" || t == "1")
        return 1;
    if (t == "ii" || t == "2")
        return 2;
    if (t == "iii" || t == "3")
        return 3;
    if (t == "iv" || t == "4")
        return 4;
    return 0;
}

std::vector<std::string> words(std::string_view text) {
    std::vector<std::string> out;
    const std::string key = searchKey(text);
    std::size_t start = 0;
    while (start < key.size()) {
        std::size_t end = key.find(' ', start);
        if (end == std::string::npos)
            end = key.size();
        out.push_back(key.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

class Parser {
public:
    Parser(std::vector<std::string> words, int planYear) : m_w(std::move(words)), m_year(planYear) {}

    Schedule run() {
        bool periodic = false; // "định kỳ": recurring, quarterly unless the kinds are named
        while (m_i < m_w.size() && m_ok) {
            const std::string& w = m_w[m_i];
            if (w == "khi") { // "khi có văn bản cấp trên", "khi có yêu cầu": the rest describes the event
                m_s.eventDriven = true;
                break;
            }
            if (accept("thuong", "xuyen")) {
                m_s.continuous = true;
            } else if (accept("dot", "xuat")) {
                m_s.eventDriven = true;
            } else if (accept("dinh", "ky")) {
                periodic = true;
            } else if (accept("trong", "nam")) {
                yearWindow(optionalYear());
            } else if (w == "thang") {
                ++m_i;
                month();
            } else if (w == "quy") {
                ++m_i;
                quarters();
            } else if ((w == "6" || w == "9") && next(1) == "thang") {
                m_i += 2;
                partOfYear(w == "6" ? 6 : 9);
            } else if (w == "nam") {
                ++m_i;
                if (m_i < m_w.size() && isYear(m_w[m_i]))
                    yearWindow(std::stoi(m_w[m_i++]));
                else
                    recur(PeriodKind::Year);
            } else if (w == "truoc") {
                ++m_i;
                deadline();
            } else if (w == "hang" || w == "hoac" || w == "va" || w == "theo" || w == "ke" || w == "hoach" ||
                       w == "cac" || w == "moi" || w == "cua") {
                ++m_i; // connecting words: "hằng", "hoặc", "và", "theo kế hoạch"
            } else {
                m_ok = false; // a word we do not know: do not guess
            }
        }
        if (periodic && m_s.recurring.empty())
            recur(PeriodKind::Quarter);
        m_s.understood =
            m_ok && (!m_s.windows.empty() || !m_s.recurring.empty() || m_s.continuous || m_s.eventDriven);
        if (!m_s.understood)
            m_s = Schedule{};
        return m_s;
    }

private:
    std::string next(std::size_t ahead) const {
        return m_i + ahead < m_w.size() ? m_w[m_i + ahead] : std::string();
    }
    bool accept(const char* a, const char* b) {
        if (next(0) == a && next(1) == b) {
            m_i += 2;
            return true;
        }
        return false;
    }
    int optionalYear() {
        if (m_i < m_w.size() && isYear(m_w[m_i]))
            return std::stoi(m_w[m_i++]);
        if (next(0) == "nam" && isYear(next(1))) {
            m_i += 2;
            return std::stoi(m_w[m_i - 1]);
        }
        return 0;
    }
    void recur(PeriodKind k) {
        if (std::find(m_s.recurring.begin(), m_s.recurring.end(), k) == m_s.recurring.end())
            m_s.recurring.push_back(k);
    }
    void addWindow(Date start, Date due) {
        if (!isValidDate(start) || !isValidDate(due) || due < start) {
            m_ok = false;
            return;
        }
        m_s.windows.push_back({start, due});
    }
    void yearWindow(int year) {
        const int y = year ? year : m_year;
        addWindow({y, 1, 1}, {y, 12, 31});
    }
    /// After "tháng": "02/2024", "3 - tháng 4/2025", or nothing (every month).
    void month() {
        if (m_i >= m_w.size() || !isNumber(m_w[m_i]) || isYear(m_w[m_i])) {
            recur(PeriodKind::Month);
            return;
        }
        const int first = std::stoi(m_w[m_i++]);
        int year = optionalYear();
        int last = first;
        if ((next(0) == "thang" || next(0) == "den") && isNumber(next(1)) && !isYear(next(1))) {
            last = std::stoi(next(1));
            m_i += 2;
            if (const int y = optionalYear())
                year = y;
        } else if (next(0) == "den" && next(1) == "thang" && isNumber(next(2))) {
            last = std::stoi(next(2));
            m_i += 3;
            if (const int y = optionalYear())
                year = y;
        }
        const int y = year ? year : m_year;
        if (first < 1 || first > 12 || last < first || last > 12) {
            m_ok = false;
            return;
        }
        addWindow({y, first, 1}, {y, last, daysInMonth(y, last)});
    }
    /// After "quý": "II/2024", "I, II/2025", "2", or nothing (every quarter).
    void quarters() {
        std::vector<int> qs;
        while (m_i < m_w.size() && quarterNumber(m_w[m_i]))
            qs.push_back(quarterNumber(m_w[m_i++]));
        if (qs.empty()) {
            recur(PeriodKind::Quarter);
            return;
        }
        const int year = optionalYear();
        const int y = year ? year : m_year;
        for (int q : qs) {
            const Period p = makePeriod(PeriodKind::Quarter, y, q, PeriodMode::Calendar);
            addWindow(p.start, p.end);
        }
    }
    /// After "6 tháng" / "9 tháng": "đầu năm", "cuối năm" (a window) or nothing (recurring).
    void partOfYear(int months) {
        const bool first = accept("dau", "nam");
        const bool second = !first && accept("cuoi", "nam");
        const int year = optionalYear();
        const int y = year ? year : m_year;
        if (first)
            addWindow({y, 1, 1}, monthEnd(y, months));
        else if (second && months == 6)
            addWindow({y, 7, 1}, {y, 12, 31});
        else if (second)
            m_ok = false;
        else
            recur(months == 6 ? PeriodKind::HalfYear : PeriodKind::NineMonths);
    }
    /// After "trước": "[ngày] 15/12/2024", "30/6".
    void deadline() {
        if (next(0) == "ngay")
            ++m_i;
        if (!isNumber(next(0)) || !isNumber(next(1))) {
            m_ok = false;
            return;
        }
        Date due{m_year, std::stoi(next(1)), std::stoi(next(0))};
        m_i += 2;
        if (isNumber(next(0))) {
            due.year = std::stoi(next(0));
            if (due.year < 100)
                due.year += 2000;
            ++m_i;
        }
        addWindow({due.year, 1, 1}, due);
    }

    std::vector<std::string> m_w;
    int m_year;
    std::size_t m_i = 0;
    bool m_ok = true;
    Schedule m_s;
};

} // namespace

Schedule parseTimeframe(std::string_view text, int planYear) {
    return Parser(words(text), planYear).run();
}

std::string scheduleText(const Schedule& s) {
    std::vector<std::string> parts;
    for (const Window& w : s.windows)
        parts.push_back("Trước ngày " + toDisplay(w.due));
    for (PeriodKind k : s.recurring) {
        switch (k) {
        case PeriodKind::Month:
            parts.push_back("Hằng tháng");
            break;
        case PeriodKind::Quarter:
            parts.push_back("Hằng quý");
            break;
        case PeriodKind::HalfYear:
            parts.push_back("6 tháng");
            break;
        case PeriodKind::NineMonths:
            parts.push_back("9 tháng");
            break;
        case PeriodKind::Year:
            parts.push_back("Hằng năm");
            break;
        }
    }
    if (s.continuous)
        parts.push_back("Thường xuyên");
    if (s.eventDriven)
        parts.push_back("Khi có yêu cầu"); // last: the parser reads the rest of a "khi" phrase as its event
    std::string out;
    for (const std::string& p : parts)
        out += (out.empty() ? "" : ", ") + p;
    return out;
}

// [SECTION] Occurrences

std::vector<Occurrence> occurrences(const Schedule& s, int year, PeriodMode mode,
                                    const std::vector<EventOccurrence>& events, PeriodKind continuousPeriod) {
    std::vector<Occurrence> out;
    std::set<std::string> keys;
    auto add = [&](Occurrence o) {
        if (keys.insert(o.key).second)
            out.push_back(std::move(o));
    };
    for (const Window& w : s.windows)
        add({OccurrenceKind::Window, "D" + toIso(w.due), w.start, w.due, PeriodKind::Year});
    std::vector<PeriodKind> kinds = s.recurring;
    if (s.continuous)
        kinds.push_back(continuousPeriod);
    for (PeriodKind k : kinds)
        for (const Period& p : periodsOfYear(k, year, mode))
            add({OccurrenceKind::Period, periodKey(p), p.start, p.end, k});
    for (const EventOccurrence& e : events)
        add({OccurrenceKind::Event, "E" + e.id, e.date, e.due, PeriodKind::Year});
    std::sort(out.begin(), out.end(), [](const Occurrence& a, const Occurrence& b) {
        if (a.due != b.due)
            return a.due < b.due;
        return a.key < b.key;
    });
    return out;
}

Date proposedEventDue(const Date& date) {
    return addDays(date, 10);
}

} // namespace domain
