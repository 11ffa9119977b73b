#include "platform/scan.hpp"

#include <cctype>
#include <cstdint>

namespace platform {

std::size_t numberPrefix(const char* s) {
    std::size_t i = 0;
    if (s[i] == '+' || s[i] == '-')
        ++i;
    std::size_t digits = 0;
    while (std::isdigit(static_cast<unsigned char>(s[i])))
        ++i, ++digits;
    if (s[i] == '.') {
        ++i;
        while (std::isdigit(static_cast<unsigned char>(s[i])))
            ++i, ++digits;
    }
    if (digits == 0)
        return 0;
    if (s[i] == 'e' || s[i] == 'E') {
        std::size_t j = i + 1;
        if (s[j] == '+' || s[j] == '-')
            ++j;
        if (std::isdigit(static_cast<unsigned char>(s[j]))) {
            while (std::isdigit(static_cast<unsigned char>(s[j])))
                ++j;
            i = j;
        }
    }
    return i;
}

namespace {

/// A whole number in `base` (0: decimal, or hex after 0x, octal after 0 — %i) of at most `width` characters.
bool scanWhole(const char*& s, int base, std::size_t width, std::uint64_t& magnitude, bool& negative) {
    const char* p = s;
    const char* end = width ? s + width : nullptr;
    const auto more = [&] { return *p && (!end || p < end); };
    negative = false;
    if (more() && (*p == '+' || *p == '-'))
        negative = *p++ == '-';
    if (base == 0 || base == 16) {
        if (more() && *p == '0' && (p[1] == 'x' || p[1] == 'X') && (!end || p + 2 < end) &&
            std::isxdigit(static_cast<unsigned char>(p[2]))) {
            p += 2;
            base = 16;
        } else if (base == 0) {
            base = more() && *p == '0' ? 8 : 10;
        }
    }
    magnitude = 0;
    const char* first = p;
    while (more()) {
        const int c = std::tolower(static_cast<unsigned char>(*p));
        const int digit = std::isdigit(c) ? c - '0' : (c >= 'a' && c <= 'z') ? c - 'a' + 10 : 99;
        if (digit >= base)
            break;
        magnitude = magnitude * static_cast<unsigned>(base) + static_cast<unsigned>(digit);
        ++p;
    }
    if (p == first)
        return false;
    s = p;
    return true;
}

template <class T>
void storeWhole(void* out, std::uint64_t magnitude, bool negative) {
    *static_cast<T*>(out) = static_cast<T>(negative ? 0 - magnitude : magnitude);
}

} // namespace

int scanFormatted(const char* s, const char* f, va_list args, double (*toDouble)(const char*, std::size_t)) {
    const char* start = s;
    int stored = 0;
    while (*f) {
        if (std::isspace(static_cast<unsigned char>(*f))) {
            while (std::isspace(static_cast<unsigned char>(*f)))
                ++f;
            while (std::isspace(static_cast<unsigned char>(*s)))
                ++s;
            continue;
        }
        if (*f != '%' || f[1] == '%') {
            if (*f == '%')
                ++f;
            if (*s != *f)
                break;
            ++s, ++f;
            continue;
        }
        ++f; // the conversion
        std::size_t width = 0;
        while (std::isdigit(static_cast<unsigned char>(*f)))
            width = width * 10 + static_cast<std::size_t>(*f++ - '0');
        int length = 0; // -2 hh, -1 h, 0, 1 l, 2 ll
        while (*f == 'h' || *f == 'l')
            length += *f++ == 'h' ? -1 : 1;
        const char conv = *f++;
        if (conv == 'n') {
            *va_arg(args, int*) = static_cast<int>(s - start);
            continue;
        }
        if (conv != 'c')
            while (std::isspace(static_cast<unsigned char>(*s)))
                ++s;
        if (!*s)
            return stored == 0 ? -1 : stored;
        if (conv == 'c') {
            *va_arg(args, char*) = *s++;
            ++stored;
        } else if (conv == 'f' || conv == 'e' || conv == 'g') {
            std::size_t n = numberPrefix(s);
            if (width && n > width)
                n = width;
            if (n == 0)
                break;
            const double v = toDouble(s, n);
            if (length > 0)
                *va_arg(args, double*) = v;
            else
                *va_arg(args, float*) = static_cast<float>(v);
            s += n;
            ++stored;
        } else if (conv == 'd' || conv == 'i' || conv == 'u' || conv == 'x' || conv == 'X') {
            std::uint64_t magnitude = 0;
            bool negative = false;
            if (!scanWhole(s,
                           conv == 'i'                    ? 0
                           : (conv == 'x' || conv == 'X') ? 16
                                                          : 10,
                           width, magnitude, negative))
                break;
            void* out = va_arg(args, void*); // whatever it points to, a pointer is passed
            if (length <= -2)
                storeWhole<signed char>(out, magnitude, negative);
            else if (length == -1)
                storeWhole<short>(out, magnitude, negative);
            else if (length == 0)
                storeWhole<int>(out, magnitude, negative);
            else if (length == 1)
                storeWhole<long>(out, magnitude, negative);
            else
                storeWhole<long long>(out, magnitude, negative);
            ++stored;
        } else {
            break; // a conversion ImGui does not use
        }
    }
    return stored;
}

} // namespace platform
