// The web build's own sscanf and strtod number prefix (platform/scan.hpp), natively, against the C library on
// every format Dear ImGui scans with.
#include "platform/scan.hpp"

#include <doctest/doctest.h>

#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

double toDouble(const char* text, std::size_t length) {
    return std::strtod(std::string(text, length).c_str(), nullptr);
}

int ours(const char* s, const char* format, ...) {
    va_list args;
    va_start(args, format);
    const int n = platform::scanFormatted(s, format, args, toDouble);
    va_end(args);
    return n;
}

} // namespace

TEST_CASE("the number prefix strtod hands to the browser") {
    CHECK(platform::numberPrefix("80.5,") == 4);
    CHECK(platform::numberPrefix("-1.25e-3x") == 8);
    CHECK(platform::numberPrefix("1e") == 1); // an exponent without digits is not part of it
    CHECK(platform::numberPrefix(".5") == 2);
    CHECK(platform::numberPrefix("5.") == 2);
    CHECK(platform::numberPrefix("-") == 0);
    CHECK(platform::numberPrefix(".e3") == 0);
    CHECK(platform::numberPrefix("abc") == 0);
}

TEST_CASE("sscanf: the settings lines and typed scalars of Dear ImGui, as the C library reads them") {
    int x = 0, y = 0, cx = 0, cy = 0;
    CHECK(ours("Pos=60,-12", "Pos=%i,%i", &x, &y) == 2);
    CHECK(std::sscanf("Pos=60,-12", "Pos=%i,%i", &cx, &cy) == 2);
    CHECK(x == cx);
    CHECK(y == cy);
    CHECK(ours("Size=1,2", "Pos=%i,%i", &x, &y) == 0);
    unsigned id = 0, cid = 0;
    int n = 0, cn = 0;
    CHECK(ours("0x0AF3BEEF,7", "0x%08X,%d", &id, &n) == 2);
    CHECK(std::sscanf("0x0AF3BEEF,7", "0x%08X,%d", &cid, &cn) == 2);
    CHECK(id == cid);
    CHECK(n == cn);
    float f = 0, cf = 0;
    CHECK(ours("RefScale=13.5", "RefScale=%f", &f) == 1);
    CHECK(std::sscanf("RefScale=13.5", "RefScale=%f", &cf) == 1);
    CHECK(f == cf);
    int column = 0, r = 0, ccolumn = 0, cr = 0;
    CHECK(ours("Column 3  Width=80", "Column %d%n", &column, &r) == 1);
    CHECK(std::sscanf("Column 3  Width=80", "Column %d%n", &ccolumn, &cr) == 1);
    CHECK(column == ccolumn);
    CHECK(r == cr);
    char c = 0, cc = 0;
    CHECK(ours("Sort=2^", "Sort=%d%c%n", &n, &c, &r) == 2);
    CHECK(std::sscanf("Sort=2^", "Sort=%d%c%n", &cn, &cc, &cr) == 2);
    CHECK(c == cc);
    CHECK(r == cr);
    unsigned rgba[4] = {}, crgba[4] = {};
    CHECK(ours("FF8000C0", "%02X%02X%02X%02X", &rgba[0], &rgba[1], &rgba[2], &rgba[3]) == 4);
    CHECK(std::sscanf("FF8000C0", "%02X%02X%02X%02X", &crgba[0], &crgba[1], &crgba[2], &crgba[3]) == 4);
    for (int i = 0; i < 4; ++i)
        CHECK(rgba[i] == crgba[i]);
    double d = 0;
    long long ll = 0;
    unsigned long long ull = 0;
    signed char hh = 0;
    CHECK(ours(" -2.5e2", "%lf", &d) == 1);
    CHECK(d == -250.0);
    CHECK(ours("-9007199254740993", "%lld", &ll) == 1);
    CHECK(ll == -9007199254740993LL);
    CHECK(ours("18446744073709551615", "%llu", &ull) == 1);
    CHECK(ull == 18446744073709551615ULL);
    CHECK(ours("-7", "%hhd", &hh) == 1);
    CHECK(hh == -7);
    CHECK(ours("", "%d", &n) == -1); // nothing to read: EOF, as the C library says
    CHECK(std::sscanf("", "%d", &cn) == -1);
    CHECK(ours("x", "%d", &n) == 0);
    CHECK(ours("100%", "%d%%", &n) == 1);
}
