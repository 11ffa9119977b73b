// Text helpers (see text.hpp): NFC for Latin/Vietnamese text, folding to ASCII for file names.
#include "domain/text.hpp"

#include "domain/plan_json.hpp"
#include "domain/utf8.hpp"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <utility>
#include <vector>

namespace domain {

namespace {

struct Fold {
    std::uint16_t codePoint;
    char ascii;
};

// Generated from Unicode decompositions: every precomposed Latin letter in U+00C0–U+024F and the Vietnamese
// block U+1EA0–U+1EF9 with its base letter (lowercase); đ/Đ fold to d.
constexpr Fold kFolds[] = {
    {0x00C0, 'a'}, {0x00C1, 'a'}, {0x00C2, 'a'}, {0x00C3, 'a'}, {0x00C4, 'a'}, {0x00C5, 'a'}, {0x00C7, 'c'},
    {0x00C8, 'e'}, {0x00C9, 'e'}, {0x00CA, 'e'}, {0x00CB, 'e'}, {0x00CC, 'i'}, {0x00CD, 'i'}, {0x00CE, 'i'},
    {0x00CF, 'i'}, {0x00D1, 'n'}, {0x00D2, 'o'}, {0x00D3, 'o'}, {0x00D4, 'o'}, {0x00D5, 'o'}, {0x00D6, 'o'},
    {0x00D9, 'u'}, {0x00DA, 'u'}, {0x00DB, 'u'}, {0x00DC, 'u'}, {0x00DD, 'y'}, {0x00E0, 'a'}, {0x00E1, 'a'},
    {0x00E2, 'a'}, {0x00E3, 'a'}, {0x00E4, 'a'}, {0x00E5, 'a'}, {0x00E7, 'c'}, {0x00E8, 'e'}, {0x00E9, 'e'},
    {0x00EA, 'e'}, {0x00EB, 'e'}, {0x00EC, 'i'}, {0x00ED, 'i'}, {0x00EE, 'i'}, {0x00EF, 'i'}, {0x00F1, 'n'},
    {0x00F2, 'o'}, {0x00F3, 'o'}, {0x00F4, 'o'}, {0x00F5, 'o'}, {0x00F6, 'o'}, {0x00F9, 'u'}, {0x00FA, 'u'},
    {0x00FB, 'u'}, {0x00FC, 'u'}, {0x00FD, 'y'}, {0x00FF, 'y'}, {0x0100, 'a'}, {0x0101, 'a'}, {0x0102, 'a'},
    {0x0103, 'a'}, {0x0104, 'a'}, {0x0105, 'a'}, {0x0106, 'c'}, {0x0107, 'c'}, {0x0108, 'c'}, {0x0109, 'c'},
    {0x010A, 'c'}, {0x010B, 'c'}, {0x010C, 'c'}, {0x010D, 'c'}, {0x010E, 'd'}, {0x010F, 'd'}, {0x0110, 'd'},
    {0x0111, 'd'}, {0x0112, 'e'}, {0x0113, 'e'}, {0x0114, 'e'}, {0x0115, 'e'}, {0x0116, 'e'}, {0x0117, 'e'},
    {0x0118, 'e'}, {0x0119, 'e'}, {0x011A, 'e'}, {0x011B, 'e'}, {0x011C, 'g'}, {0x011D, 'g'}, {0x011E, 'g'},
    {0x011F, 'g'}, {0x0120, 'g'}, {0x0121, 'g'}, {0x0122, 'g'}, {0x0123, 'g'}, {0x0124, 'h'}, {0x0125, 'h'},
    {0x0128, 'i'}, {0x0129, 'i'}, {0x012A, 'i'}, {0x012B, 'i'}, {0x012C, 'i'}, {0x012D, 'i'}, {0x012E, 'i'},
    {0x012F, 'i'}, {0x0130, 'i'}, {0x0134, 'j'}, {0x0135, 'j'}, {0x0136, 'k'}, {0x0137, 'k'}, {0x0139, 'l'},
    {0x013A, 'l'}, {0x013B, 'l'}, {0x013C, 'l'}, {0x013D, 'l'}, {0x013E, 'l'}, {0x0143, 'n'}, {0x0144, 'n'},
    {0x0145, 'n'}, {0x0146, 'n'}, {0x0147, 'n'}, {0x0148, 'n'}, {0x014C, 'o'}, {0x014D, 'o'}, {0x014E, 'o'},
    {0x014F, 'o'}, {0x0150, 'o'}, {0x0151, 'o'}, {0x0154, 'r'}, {0x0155, 'r'}, {0x0156, 'r'}, {0x0157, 'r'},
    {0x0158, 'r'}, {0x0159, 'r'}, {0x015A, 's'}, {0x015B, 's'}, {0x015C, 's'}, {0x015D, 's'}, {0x015E, 's'},
    {0x015F, 's'}, {0x0160, 's'}, {0x0161, 's'}, {0x0162, 't'}, {0x0163, 't'}, {0x0164, 't'}, {0x0165, 't'},
    {0x0168, 'u'}, {0x0169, 'u'}, {0x016A, 'u'}, {0x016B, 'u'}, {0x016C, 'u'}, {0x016D, 'u'}, {0x016E, 'u'},
    {0x016F, 'u'}, {0x0170, 'u'}, {0x0171, 'u'}, {0x0172, 'u'}, {0x0173, 'u'}, {0x0174, 'w'}, {0x0175, 'w'},
    {0x0176, 'y'}, {0x0177, 'y'}, {0x0178, 'y'}, {0x0179, 'z'}, {0x017A, 'z'}, {0x017B, 'z'}, {0x017C, 'z'},
    {0x017D, 'z'}, {0x017E, 'z'}, {0x01A0, 'o'}, {0x01A1, 'o'}, {0x01AF, 'u'}, {0x01B0, 'u'}, {0x01CD, 'a'},
    {0x01CE, 'a'}, {0x01CF, 'i'}, {0x01D0, 'i'}, {0x01D1, 'o'}, {0x01D2, 'o'}, {0x01D3, 'u'}, {0x01D4, 'u'},
    {0x01D5, 'u'}, {0x01D6, 'u'}, {0x01D7, 'u'}, {0x01D8, 'u'}, {0x01D9, 'u'}, {0x01DA, 'u'}, {0x01DB, 'u'},
    {0x01DC, 'u'}, {0x01DE, 'a'}, {0x01DF, 'a'}, {0x01E0, 'a'}, {0x01E1, 'a'}, {0x01E6, 'g'}, {0x01E7, 'g'},
    {0x01E8, 'k'}, {0x01E9, 'k'}, {0x01EA, 'o'}, {0x01EB, 'o'}, {0x01EC, 'o'}, {0x01ED, 'o'}, {0x01F0, 'j'},
    {0x01F4, 'g'}, {0x01F5, 'g'}, {0x01F8, 'n'}, {0x01F9, 'n'}, {0x01FA, 'a'}, {0x01FB, 'a'}, {0x0200, 'a'},
    {0x0201, 'a'}, {0x0202, 'a'}, {0x0203, 'a'}, {0x0204, 'e'}, {0x0205, 'e'}, {0x0206, 'e'}, {0x0207, 'e'},
    {0x0208, 'i'}, {0x0209, 'i'}, {0x020A, 'i'}, {0x020B, 'i'}, {0x020C, 'o'}, {0x020D, 'o'}, {0x020E, 'o'},
    {0x020F, 'o'}, {0x0210, 'r'}, {0x0211, 'r'}, {0x0212, 'r'}, {0x0213, 'r'}, {0x0214, 'u'}, {0x0215, 'u'},
    {0x0216, 'u'}, {0x0217, 'u'}, {0x0218, 's'}, {0x0219, 's'}, {0x021A, 't'}, {0x021B, 't'}, {0x021E, 'h'},
    {0x021F, 'h'}, {0x0226, 'a'}, {0x0227, 'a'}, {0x0228, 'e'}, {0x0229, 'e'}, {0x022A, 'o'}, {0x022B, 'o'},
    {0x022C, 'o'}, {0x022D, 'o'}, {0x022E, 'o'}, {0x022F, 'o'}, {0x0230, 'o'}, {0x0231, 'o'}, {0x0232, 'y'},
    {0x0233, 'y'}, {0x1EA0, 'a'}, {0x1EA1, 'a'}, {0x1EA2, 'a'}, {0x1EA3, 'a'}, {0x1EA4, 'a'}, {0x1EA5, 'a'},
    {0x1EA6, 'a'}, {0x1EA7, 'a'}, {0x1EA8, 'a'}, {0x1EA9, 'a'}, {0x1EAA, 'a'}, {0x1EAB, 'a'}, {0x1EAC, 'a'},
    {0x1EAD, 'a'}, {0x1EAE, 'a'}, {0x1EAF, 'a'}, {0x1EB0, 'a'}, {0x1EB1, 'a'}, {0x1EB2, 'a'}, {0x1EB3, 'a'},
    {0x1EB4, 'a'}, {0x1EB5, 'a'}, {0x1EB6, 'a'}, {0x1EB7, 'a'}, {0x1EB8, 'e'}, {0x1EB9, 'e'}, {0x1EBA, 'e'},
    {0x1EBB, 'e'}, {0x1EBC, 'e'}, {0x1EBD, 'e'}, {0x1EBE, 'e'}, {0x1EBF, 'e'}, {0x1EC0, 'e'}, {0x1EC1, 'e'},
    {0x1EC2, 'e'}, {0x1EC3, 'e'}, {0x1EC4, 'e'}, {0x1EC5, 'e'}, {0x1EC6, 'e'}, {0x1EC7, 'e'}, {0x1EC8, 'i'},
    {0x1EC9, 'i'}, {0x1ECA, 'i'}, {0x1ECB, 'i'}, {0x1ECC, 'o'}, {0x1ECD, 'o'}, {0x1ECE, 'o'}, {0x1ECF, 'o'},
    {0x1ED0, 'o'}, {0x1ED1, 'o'}, {0x1ED2, 'o'}, {0x1ED3, 'o'}, {0x1ED4, 'o'}, {0x1ED5, 'o'}, {0x1ED6, 'o'},
    {0x1ED7, 'o'}, {0x1ED8, 'o'}, {0x1ED9, 'o'}, {0x1EDA, 'o'}, {0x1EDB, 'o'}, {0x1EDC, 'o'}, {0x1EDD, 'o'},
    {0x1EDE, 'o'}, {0x1EDF, 'o'}, {0x1EE0, 'o'}, {0x1EE1, 'o'}, {0x1EE2, 'o'}, {0x1EE3, 'o'}, {0x1EE4, 'u'},
    {0x1EE5, 'u'}, {0x1EE6, 'u'}, {0x1EE7, 'u'}, {0x1EE8, 'u'}, {0x1EE9, 'u'}, {0x1EEA, 'u'}, {0x1EEB, 'u'},
    {0x1EEC, 'u'}, {0x1EED, 'u'}, {0x1EEE, 'u'}, {0x1EEF, 'u'}, {0x1EF0, 'u'}, {0x1EF1, 'u'}, {0x1EF2, 'y'},
    {0x1EF3, 'y'}, {0x1EF4, 'y'}, {0x1EF5, 'y'}, {0x1EF6, 'y'}, {0x1EF7, 'y'}, {0x1EF8, 'y'}, {0x1EF9, 'y'},
};

struct Composition {
    std::uint32_t composed, base, mark;
};
struct CombiningClass {
    std::uint32_t codePoint;
    int value;
};

#include "domain/nfc_tables.inc"

int combiningClass(std::uint32_t cp) {
    if (cp < 0x300 || cp > 0x36F)
        return 0;
    const auto it =
        std::lower_bound(std::begin(kCombiningClasses), std::end(kCombiningClasses), cp,
                         [](const CombiningClass& c, std::uint32_t v) { return c.codePoint < v; });
    return it != std::end(kCombiningClasses) && it->codePoint == cp ? it->value : 0;
}

/// Appends the full canonical decomposition of `cp`.
void decompose(std::uint32_t cp, std::vector<std::uint32_t>& out) {
    const auto it = std::lower_bound(std::begin(kDecompositions), std::end(kDecompositions), cp,
                                     [](const Composition& c, std::uint32_t v) { return c.composed < v; });
    if (it != std::end(kDecompositions) && it->composed == cp) {
        decompose(it->base, out);
        if (it->mark != 0)
            out.push_back(it->mark);
    } else {
        out.push_back(cp);
    }
}

/// The precomposed form of base + mark, or 0.
std::uint32_t compose(std::uint32_t base, std::uint32_t mark) {
    const auto it =
        std::lower_bound(std::begin(kCompositions), std::end(kCompositions), std::make_pair(base, mark),
                         [](const Composition& c, const std::pair<std::uint32_t, std::uint32_t>& v) {
                             return std::make_pair(c.base, c.mark) < v;
                         });
    return it != std::end(kCompositions) && it->base == base && it->mark == mark ? it->composed : 0;
}

/// True when the text has a combining mark U+0300–U+036F (UTF-8 CC 80 … CD AF) or an invalid byte, the only
/// cases in which NFC can differ from the input for the ranges covered.
bool mayNeedNormalising(std::string_view s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if ((c == 0xCC || c == 0xCD) && i + 1 < s.size())
            return true;
        if (c >= 0xF8 || (c >= 0x80 && c < 0xC0 && (i == 0 || static_cast<unsigned char>(s[i - 1]) < 0x80)))
            return true;
    }
    return false;
}

} // namespace

std::string stripControlChars(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\r') {
            out += '\n';
            if (i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
        } else if ((c >= 0x20 && c != 0x7F) || c == '\t' || c == '\n') {
            out +=
                static_cast<char>(c); // bytes of multi-byte UTF-8 are all >= 0x80: never taken for controls
        }
    }
    return out;
}

std::string normalizeText(std::string_view text) {
    const bool controls = std::any_of(text.begin(), text.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return (u < 0x20 && u != '\t' && u != '\n') || u == 0x7F;
    });
    // Controls first: one between a letter and its combining mark must not keep them from composing.
    return controls ? toNfc(stripControlChars(text)) : toNfc(text);
}

std::string toNfc(std::string_view text) {
    if (!mayNeedNormalising(text) && isValidUtf8(text))
        return std::string(text);
    std::vector<std::uint32_t> cps;
    for (std::size_t i = 0; i < text.size();)
        decompose(nextCodePoint(text, i), cps);
    // Canonical ordering: stable sort of each run of combining marks by class.
    for (std::size_t i = 0; i < cps.size();) {
        if (combiningClass(cps[i]) == 0) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < cps.size() && combiningClass(cps[j]) != 0)
            ++j;
        // Insertion sort: runs are a few marks long, and std::stable_sort costs 3 KB of WebAssembly.
        for (std::size_t k = i + 1; k < j; ++k) {
            const std::uint32_t c = cps[k];
            const auto cc = combiningClass(c);
            std::size_t m = k;
            for (; m > i && combiningClass(cps[m - 1]) > cc; --m)
                cps[m] = cps[m - 1];
            cps[m] = c;
        }
        i = j;
    }
    // Canonical composition: a character joins the last starter unless a character between them has a class
    // of 0 or at least its own (lastClass is -1 while nothing stands between).
    std::vector<std::uint32_t> out;
    std::size_t starter = std::string::npos;
    int lastClass = -1;
    for (std::uint32_t cp : cps) {
        const int cc = combiningClass(cp);
        if (starter != std::string::npos && lastClass < cc) {
            if (const std::uint32_t composed = compose(out[starter], cp)) {
                out[starter] = composed;
                continue;
            }
        }
        if (cc == 0) {
            starter = out.size();
            lastClass = -1;
        } else {
            lastClass = cc;
        }
        out.push_back(cp);
    }
    std::string result;
    result.reserve(text.size());
    for (std::uint32_t cp : out)
        appendUtf8(result, cp);
    return result;
}

std::string searchKey(std::string_view text) {
    std::string out;
    for (char c : asciiFold(text)) {
        const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (keep)
            out += c;
        else if (!out.empty() && out.back() != ' ')
            out += ' ';
    }
    if (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

bool searchMatches(std::string_view text, std::string_view query) {
    const std::string hay = " " + searchKey(text) + " ";
    const std::string needle = searchKey(query);
    std::size_t start = 0;
    while (start < needle.size()) {
        std::size_t end = needle.find(' ', start);
        if (end == std::string::npos)
            end = needle.size();
        if (hay.find(needle.substr(start, end - start)) == std::string::npos)
            return false;
        start = end + 1;
    }
    return true;
}

namespace {

/// Collation elements of one text: primary (letters, numbers, other characters), then one tone per syllable
/// (so old and new tone placement, "hòa"/"hoà", sort alike), then case.
struct CollationKey {
    std::vector<std::uint64_t> primary;
    std::vector<std::uint8_t> tones;
    std::vector<std::uint8_t> cases;
};

/// Rank of a base letter with its Vietnamese modifiers (breve, circumflex, horn; đ), 0 when not a letter.
std::uint32_t letterRank(std::uint32_t base, bool breve, bool circumflex, bool horn, bool stroke) {
    static constexpr const char* kOrder[] = {"a", "a(", "a^", "b", "c", "d",  "d-", "e", "e^", "f",  "g",
                                             "h", "i",  "j",  "k", "l", "m",  "n",  "o", "o^", "o+", "p",
                                             "q", "r",  "s",  "t", "u", "u+", "v",  "w", "x",  "y",  "z"};
    if (base < 'a' || base > 'z')
        return 0;
    std::string key(1, static_cast<char>(base));
    if (breve)
        key += '(';
    else if (circumflex)
        key += '^';
    else if (horn)
        key += '+';
    else if (stroke)
        key += '-';
    for (std::uint32_t i = 0; i < sizeof(kOrder) / sizeof(kOrder[0]); ++i)
        if (key == kOrder[i])
            return i + 1;
    std::string plain(1, static_cast<char>(base)); // a modifier Vietnamese does not use: the bare letter
    for (std::uint32_t i = 0; i < sizeof(kOrder) / sizeof(kOrder[0]); ++i)
        if (plain == kOrder[i])
            return i + 1;
    return 0;
}

std::uint8_t toneOf(std::uint32_t mark) {
    switch (mark) {
    case 0x0300:
        return 1; // huyền
    case 0x0309:
        return 2; // hỏi
    case 0x0303:
        return 3; // ngã
    case 0x0301:
        return 4; // sắc
    case 0x0323:
        return 5; // nặng
    default:
        return 0;
    }
}

constexpr std::uint64_t kOtherBase = 0;           ///< punctuation and spaces sort first, by code point
constexpr std::uint64_t kNumberBase = 1ull << 40; ///< then numbers, by value
constexpr std::uint64_t kLetterBase = 1ull << 50; ///< then letters, by Vietnamese rank

CollationKey collationKey(std::string_view text) {
    CollationKey key;
    bool inSyllable = false;
    std::vector<std::uint32_t> cps;
    for (std::size_t i = 0; i < text.size();)
        decompose(nextCodePoint(text, i), cps);
    for (std::size_t i = 0; i < cps.size();) {
        std::uint32_t cp = cps[i];
        if (cp >= '0' && cp <= '9') {
            std::uint64_t value = 0;
            while (i < cps.size() && cps[i] >= '0' && cps[i] <= '9') {
                value = std::min<std::uint64_t>(value * 10 + (cps[i] - '0'), (1ull << 40) - 1);
                ++i;
            }
            key.primary.push_back(kNumberBase + value);
            key.cases.push_back(0);
            inSyllable = false;
            continue;
        }
        const bool upper = (cp >= 'A' && cp <= 'Z') || cp == 0x0110;
        std::uint32_t base = cp >= 'A' && cp <= 'Z' ? cp - 'A' + 'a' : cp;
        const bool stroke = cp == 0x0110 || cp == 0x0111;
        if (stroke)
            base = 'd';
        bool breve = false, circumflex = false, horn = false;
        std::uint8_t tone = 0;
        ++i;
        while (i < cps.size() && combiningClass(cps[i]) != 0) {
            breve |= cps[i] == 0x0306;
            circumflex |= cps[i] == 0x0302;
            horn |= cps[i] == 0x031B;
            if (const std::uint8_t t = toneOf(cps[i]))
                tone = t;
            ++i;
        }
        const std::uint32_t rank = letterRank(base, breve, circumflex, horn, stroke);
        key.primary.push_back(rank ? kLetterBase + rank : kOtherBase + base);
        key.cases.push_back(upper ? 1 : 0);
        if (rank && !inSyllable)
            key.tones.push_back(0);
        if (rank && tone)
            key.tones.back() = tone;
        inSyllable = rank != 0;
    }
    return key;
}

template <class T>
int compareSequences(const std::vector<T>& a, const std::vector<T>& b) {
    const std::size_t n = std::min(a.size(), b.size());
    for (std::size_t i = 0; i < n; ++i)
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

} // namespace

int compareVietnamese(std::string_view a, std::string_view b) {
    const CollationKey ka = collationKey(a), kb = collationKey(b);
    if (int c = compareSequences(ka.primary, kb.primary))
        return c;
    if (int c = compareSequences(ka.tones, kb.tones))
        return c;
    return compareSequences(ka.cases, kb.cases);
}

std::string formatNumber(double value, int decimals, bool vietnamese) {
    const bool negative = value < 0;
    double scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const auto scaled = static_cast<unsigned long long>((negative ? -value : value) * scale + 0.5);
    std::string whole = std::to_string(scaled / static_cast<unsigned long long>(scale));
    std::string fraction = std::to_string(scaled % static_cast<unsigned long long>(scale));
    fraction.insert(0, static_cast<std::size_t>(decimals) - std::min<std::size_t>(fraction.size(), decimals),
                    '0');
    const char group = vietnamese ? '.' : ',', point = vietnamese ? ',' : '.';
    std::string out;
    for (std::size_t i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0)
            out += group;
        out += whole[i];
    }
    if (decimals > 0)
        out += point + fraction;
    return (negative && scaled != 0 ? "-" : "") + out;
}

std::string formatDate(std::string_view iso) {
    auto digits = [&](std::size_t from, std::size_t count) {
        for (std::size_t i = from; i < from + count; ++i)
            if (i >= iso.size() || iso[i] < '0' || iso[i] > '9')
                return false;
        return true;
    };
    if (iso.size() < 10 || !digits(0, 4) || iso[4] != '-' || !digits(5, 2) || iso[7] != '-' || !digits(8, 2))
        return std::string(iso);
    return std::string(iso.substr(8, 2)) + "/" + std::string(iso.substr(5, 2)) + "/" +
           std::string(iso.substr(0, 4));
}

std::string asciiFold(std::string_view text) {
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        const std::uint32_t cp = nextCodePoint(text, i);
        if (cp < 0x80) {
            out += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp - 'A' + 'a' : cp);
            continue;
        }
        if (cp >= 0x300 && cp <= 0x36F)
            continue; // combining marks of decomposed text
        const auto it = std::lower_bound(std::begin(kFolds), std::end(kFolds), cp,
                                         [](const Fold& f, std::uint32_t v) { return f.codePoint < v; });
        if (it != std::end(kFolds) && it->codePoint == cp)
            out += it->ascii;
        else
            out += '?';
    }
    return out;
}

std::string fileSlug(std::string_view text) {
    std::string out;
    for (char c : asciiFold(text)) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            out += c;
        else if (!out.empty() && out.back() != '-')
            out += '-';
    }
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    return out;
}

std::vector<std::string> textLines(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        std::string line = text.substr(start, end - start);
        if (line.find_first_not_of(" \t\r") != std::string::npos)
            out.push_back(std::move(line));
        start = end + 1;
    }
    return out;
}

} // namespace domain
