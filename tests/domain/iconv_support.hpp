// glibc's iconv for the domain tests: an independent implementation of TCVN 5712 to check ours against.
#pragma once

#include <doctest/doctest.h>
#include <iconv.h>

#include <string>

namespace test_support {

/// Converts with glibc iconv; empty when iconv refuses.
inline std::string iconvConvert(const std::string& input, const char* from, const char* to) {
    iconv_t cd = iconv_open(to, from);
    REQUIRE(cd != reinterpret_cast<iconv_t>(-1));
    std::string in = input, out(input.size() * 4 + 16, '\0');
    char* inPtr = in.data();
    char* outPtr = out.data();
    std::size_t inLeft = in.size(), outLeft = out.size();
    const std::size_t r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft);
    iconv(cd, nullptr, nullptr, &outPtr, &outLeft); // flush a letter waiting for a combining mark
    iconv_close(cd);
    if (r == static_cast<std::size_t>(-1))
        return {};
    out.resize(out.size() - outLeft);
    return out;
}

} // namespace test_support
