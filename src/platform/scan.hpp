// Number and format scanning without the C library's long-double machinery. musl's strtod and sscanf parse
// through a 128-bit soft-float core (__floatscan, __multf3, __divtf3, fmodl …, about 18 KB of WebAssembly);
// the web build replaces both (web_libc.cpp): strtod hands the number to the browser's own correctly rounded
// Number(), and sscanf is this small scanner over the formats Dear ImGui uses (its settings lines and typed
// scalars). Standard C++ only, so it is tested natively.
#pragma once

#include <cstdarg>
#include <cstddef>

namespace platform {

/// The length of the decimal number at the start of `s` ([+-] digits [. digits] [e [+-] digits], at least one
/// digit before the exponent), 0 when there is none.
std::size_t numberPrefix(const char* s);

/// sscanf over `s` for the conversions %d %i %u %x %X %f %e %g %c %n (with a width, and the length modifiers
/// hh h l ll), literal characters and white space; %% matches a percent sign. Numbers with a fraction are
/// read by `toDouble(text, length)`. Returns the number of conversions stored, or -1 when the input ended
/// before the first one.
int scanFormatted(const char* s, const char* format, va_list args,
                  double (*toDouble)(const char*, std::size_t));

} // namespace platform
