#include "domain/escape.hpp"

#include "domain/utf8.hpp"

namespace domain {

namespace {

/// The code point at `i` (advancing it), U+FFFD for a byte sequence that is not UTF-8: a bad lead or
/// continuation byte, an overlong form, a surrogate or a value past U+10FFFF (one byte skipped each time).
std::uint32_t strictCodePoint(std::string_view s, std::size_t& i) {
    const std::size_t start = i;
    const auto lead = static_cast<unsigned char>(s[i]);
    const std::uint32_t cp = nextCodePoint(s, i);
    const std::size_t len = i - start;
    bool ok = cp != 0xFFFD || len == 3; // a real U+FFFD is three bytes
    for (std::size_t k = 1; ok && k < len; ++k)
        ok = (static_cast<unsigned char>(s[start + k]) & 0xC0) == 0x80;
    const std::uint32_t least = len == 2 ? 0x80 : len == 3 ? 0x800 : len == 4 ? 0x10000 : 0;
    if (len > 1 && cp < least)
        ok = false;
    if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
        ok = false;
    if (len == 1 && lead >= 0x80)
        ok = false;
    if (!ok) {
        i = start + 1;
        return 0xFFFD;
    }
    return cp;
}

/// Escapes `text` with `entity` (nullptr: copied as it is) for each kept code point; `keep` says which.
template <typename Entity, typename Keep>
std::string escaped(std::string_view text, Entity entity, Keep keep) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (std::size_t i = 0; i < text.size();) {
        const std::uint32_t cp = strictCodePoint(text, i);
        if (!keep(cp))
            continue;
        if (const char* e = entity(cp))
            out += e;
        else
            appendUtf8(out, cp);
    }
    return out;
}

const char* markup(std::uint32_t cp) {
    switch (cp) {
    case '&':
        return "&amp;";
    case '<':
        return "&lt;";
    case '>':
        return "&gt;";
    case '"':
        return "&quot;";
    case '\'':
        return "&#39;";
    default:
        return nullptr;
    }
}

bool isControl(std::uint32_t cp) {
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
}

} // namespace

std::string htmlText(std::string_view text) {
    return escaped(text, markup, [](std::uint32_t cp) { return cp == '\t' || cp == '\n' || !isControl(cp); });
}

std::string xmlText(std::string_view text) {
    return escaped(text, markup, [](std::uint32_t cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r')
            return true;
        return !isControl(cp) && cp != 0xFFFE && cp != 0xFFFF;
    });
}

std::string csvCell(std::string_view text) {
    std::string cell;
    if (!text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' ||
                          text[0] == '\t' || text[0] == '\r'))
        cell += '\'';
    cell += text;
    if (cell.find_first_of(",\"\r\n") == std::string::npos)
        return cell;
    std::string quoted = "\"";
    for (const char c : cell) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

std::string csvRecord(const std::vector<std::string>& cells) {
    std::string line;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += ',';
        line += csvCell(cells[i]);
    }
    line += "\r\n";
    return line;
}

} // namespace domain
