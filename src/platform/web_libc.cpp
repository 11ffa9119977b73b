// The web build's strtod and sscanf (scan.hpp says why): defined here, the C library's versions and their
// 128-bit soft-float core are not linked.
#include "platform/scan.hpp"

#include <emscripten.h>

#include <cctype>
#include <cstdarg>
#include <cstdlib>

namespace {

// The browser's Number(): correctly rounded, as strtod must be (nlohmann's reader re-reads the shortest
// round-trip form the writer gave).
EM_JS(double, js_parse_number, (const char* text, int length),
      { return Number(UTF8ToString(text, length)); });

double parseNumber(const char* text, std::size_t length) {
    return js_parse_number(text, static_cast<int>(length));
}

} // namespace

extern "C" double strtod(const char* s, char** end) {
    const char* p = s;
    while (std::isspace(static_cast<unsigned char>(*p)))
        ++p;
    const std::size_t n = platform::numberPrefix(p);
    if (end)
        *end = const_cast<char*>(n ? p + n : s);
    return n ? parseNumber(p, n) : 0.0;
}

// With these two the C library's strtod.o, which defines all three, is not linked (libc++'s string.cpp names
// them for std::stof and std::stold).
extern "C" float strtof(const char* s, char** end) {
    return static_cast<float>(strtod(s, end));
}

extern "C" long double strtold(const char* s, char** end) {
    return strtod(s, end);
}

extern "C" int sscanf(const char* s, const char* format, ...) {
    va_list args;
    va_start(args, format);
    const int n = platform::scanFormatted(s, format, args, parseNumber);
    va_end(args);
    return n;
}
