// Clock and time-zone formatting (see clock.hpp).
#include "ui/clock.hpp"

#include "domain/text.hpp"

#include <chrono>
#include <cstdio>
#include <ctime>

namespace ui {

namespace {

// Formatted with snprintf, not strftime: strftime brings 8 KB of locale code into the download.

std::tm brokenDown(std::time_t t, bool utc) {
    std::tm tm{};
    if (utc)
        gmtime_r(&t, &tm);
    else
        localtime_r(&t, &tm);
    return tm;
}

std::string isoDate(const std::tm& tm) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
    return buf;
}

std::string hourMinute(const std::tm& tm) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "%02d:%02d", tm.tm_hour, tm.tm_min);
    return buf;
}

/// `n` digits of `s` from `at` as a number, or -1.
int digits(const std::string& s, std::size_t at, std::size_t n) {
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i) {
        if (i >= s.size() || s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

} // namespace

double wallNowMs() {
    using namespace std::chrono;
    return static_cast<double>(duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count());
}

std::string utcNowIso() {
    const std::tm tm = brokenDown(std::time(nullptr), true);
    char buf[40];
    std::snprintf(buf, sizeof buf, "T%02d:%02d:%02dZ", tm.tm_hour, tm.tm_min, tm.tm_sec);
    return isoDate(tm) + buf;
}

std::string localDateIso() {
    return isoDate(brokenDown(std::time(nullptr), false));
}

std::string localHourMinute(double wallMs) {
    return hourMinute(brokenDown(static_cast<std::time_t>(wallMs / 1000), false));
}

std::string displayTime(const std::string& iso) {
    std::tm tm{};
    tm.tm_year = digits(iso, 0, 4);
    tm.tm_mon = digits(iso, 5, 2);
    tm.tm_mday = digits(iso, 8, 2);
    tm.tm_hour = digits(iso, 11, 2);
    tm.tm_min = digits(iso, 14, 2);
    tm.tm_sec = digits(iso, 17, 2);
    if (iso.size() < 19 || iso[4] != '-' || iso[7] != '-' || iso[10] != 'T' || iso[13] != ':' ||
        iso[16] != ':' || tm.tm_year < 0 || tm.tm_mon < 0 || tm.tm_mday < 0 || tm.tm_hour < 0 ||
        tm.tm_min < 0 || tm.tm_sec < 0)
        return domain::formatDate(iso);
    tm.tm_year -= 1900;
    tm.tm_mon -= 1;
    const std::tm local = brokenDown(timegm(&tm), false);
    char buf[40];
    std::snprintf(buf, sizeof buf, "%02d/%02d/%04d ", local.tm_mday, local.tm_mon + 1, local.tm_year + 1900);
    return buf + hourMinute(local);
}

} // namespace ui
