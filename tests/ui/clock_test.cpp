// The clock's formatting (written without strftime): stored UTC stamps shown in the computer's time zone.
#include "ui/clock.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <ctime>
#include <string>

namespace {

/// Runs the test in a time zone, restoring the previous one after.
struct TimeZone {
    std::string previous;
    bool had;
    explicit TimeZone(const char* tz) {
        const char* old = std::getenv("TZ");
        had = old != nullptr;
        previous = old ? old : "";
        setenv("TZ", tz, 1);
        tzset();
    }
    ~TimeZone() {
        if (had)
            setenv("TZ", previous.c_str(), 1);
        else
            unsetenv("TZ");
        tzset();
    }
};

bool isDigits(const std::string& s, std::size_t at, std::size_t n) {
    for (std::size_t i = at; i < at + n; ++i)
        if (i >= s.size() || s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

} // namespace

TEST_CASE("a stored UTC stamp is shown in local time, day first") {
    TimeZone tz("ICT-7"); // Vietnam, UTC+7 (POSIX sign convention)
    CHECK(ui::displayTime("2024-01-15T08:30:00Z") == "15/01/2024 15:30");
    CHECK(ui::displayTime("2024-12-31T20:05:09Z") == "01/01/2025 03:05"); // across the new year
    CHECK(ui::displayTime("2024-03-05") == "05/03/2024");                 // a plain date stays a date
    CHECK(ui::displayTime("2024-03-05T1x:00:00Z") == "05/03/2024");       // a damaged time: the date only
    CHECK(ui::localHourMinute(1705307400000.0) == "15:30");               // 2024-01-15T08:30:00Z
}

TEST_CASE("now is written as an ISO stamp in UTC and a local date") {
    TimeZone tz("ICT-7");
    const std::string now = ui::utcNowIso();
    REQUIRE(now.size() == 20);
    CHECK(isDigits(now, 0, 4));
    CHECK(now[4] == '-');
    CHECK(now[10] == 'T');
    CHECK(now[19] == 'Z');
    const std::string today = ui::localDateIso();
    REQUIRE(today.size() == 10);
    CHECK(isDigits(today, 0, 4));
    CHECK(isDigits(today, 5, 2));
    CHECK(isDigits(today, 8, 2));
    // The UTC stamp shown locally is the local date (unless midnight passed between the two calls).
    CHECK(ui::displayTime(now).substr(0, 2) == today.substr(8, 2));
}
