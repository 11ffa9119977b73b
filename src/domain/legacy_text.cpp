// TCVN3 and VNI detection and conversion (see legacy_text.hpp).
#include "domain/legacy_text.hpp"

#include "domain/text.hpp"
#include "domain/utf8.hpp"

#include <cstdint>
#include <vector>

namespace domain {

namespace {

// TCVN 5712:1993 VN3 ("ABC"): the Latin-1 position of each letter and the Unicode letter it stands for.
// (Capitals with tone marks have no code of their own: ABC's capital fonts draw the small-letter codes.)
struct Tcvn3Letter {
    std::uint8_t code;
    std::uint16_t unicode;
};
constexpr Tcvn3Letter kTcvn3[] = {
    {0xA1, 0x0102}, {0xA2, 0x00C2}, {0xA3, 0x00CA}, {0xA4, 0x00D4}, {0xA5, 0x01A0}, {0xA6, 0x01AF},
    {0xA7, 0x0110}, {0xA8, 0x0103}, {0xA9, 0x00E2}, {0xAA, 0x00EA}, {0xAB, 0x00F4}, {0xAC, 0x01A1},
    {0xAD, 0x01B0}, {0xAE, 0x0111}, {0xB0, 0x0300}, {0xB1, 0x0309}, {0xB2, 0x0303}, {0xB3, 0x0301},
    {0xB4, 0x0323}, {0xB5, 0x00E0}, {0xB6, 0x1EA3}, {0xB7, 0x00E3}, {0xB8, 0x00E1}, {0xB9, 0x1EA1},
    {0xBB, 0x1EB1}, {0xBC, 0x1EB3}, {0xBD, 0x1EB5}, {0xBE, 0x1EAF}, {0xC6, 0x1EB7}, {0xC7, 0x1EA7},
    {0xC8, 0x1EA9}, {0xC9, 0x1EAB}, {0xCA, 0x1EA5}, {0xCB, 0x1EAD}, {0xCC, 0x00E8}, {0xCE, 0x1EBB},
    {0xCF, 0x1EBD}, {0xD0, 0x00E9}, {0xD1, 0x1EB9}, {0xD2, 0x1EC1}, {0xD3, 0x1EC3}, {0xD4, 0x1EC5},
    {0xD5, 0x1EBF}, {0xD6, 0x1EC7}, {0xD7, 0x00EC}, {0xD8, 0x1EC9}, {0xDC, 0x0129}, {0xDD, 0x00ED},
    {0xDE, 0x1ECB}, {0xDF, 0x00F2}, {0xE1, 0x1ECF}, {0xE2, 0x00F5}, {0xE3, 0x00F3}, {0xE4, 0x1ECD},
    {0xE5, 0x1ED3}, {0xE6, 0x1ED5}, {0xE7, 0x1ED7}, {0xE8, 0x1ED1}, {0xE9, 0x1ED9}, {0xEA, 0x1EDD},
    {0xEB, 0x1EDF}, {0xEC, 0x1EE1}, {0xED, 0x1EDB}, {0xEE, 0x1EE3}, {0xEF, 0x00F9}, {0xF1, 0x1EE7},
    {0xF2, 0x0169}, {0xF3, 0x00FA}, {0xF4, 0x1EE5}, {0xF5, 0x1EEB}, {0xF6, 0x1EED}, {0xF7, 0x1EEF},
    {0xF8, 0x1EE9}, {0xF9, 0x1EF1}, {0xFA, 0x1EF3}, {0xFB, 0x1EF7}, {0xFC, 0x1EF9}, {0xFD, 0x00FD},
    {0xFE, 0x1EF5},
};

std::uint32_t tcvn3ToUnicode(std::uint32_t cp) {
    for (const Tcvn3Letter& l : kTcvn3)
        if (l.code == cp)
            return l.unicode;
    return 0;
}

/// Latin-1 letters that Unicode Vietnamese uses itself (à, á, â, ã, è, é, ê, ì, í, ò, ó, ô, õ, ù, ú, ý and
/// capitals): seeing them proves nothing.
bool isVietnameseLatin1(std::uint32_t cp) {
    const std::uint32_t lower = (cp >= 0xC0 && cp <= 0xDE) ? cp + 0x20 : cp;
    switch (lower) {
    case 0xE0:
    case 0xE1:
    case 0xE2:
    case 0xE3:
    case 0xE8:
    case 0xE9:
    case 0xEA:
    case 0xEC:
    case 0xED:
    case 0xF2:
    case 0xF3:
    case 0xF4:
    case 0xF5:
    case 0xF9:
    case 0xFA:
    case 0xFD:
        return true;
    default:
        return false;
    }
}

/// Letters only Unicode Vietnamese has (ă â-less forms, đ, ĩ, ũ, ơ, ư and the U+1EA0 block).
bool isUnicodeOnlyVietnamese(std::uint32_t cp) {
    switch (cp) {
    case 0x0102:
    case 0x0103:
    case 0x0110:
    case 0x0111:
    case 0x0128:
    case 0x0129:
    case 0x0168:
    case 0x0169:
    case 0x01A0:
    case 0x01A1:
    case 0x01AF:
    case 0x01B0:
        return true;
    default:
        return cp >= 0x1EA0 && cp <= 0x1EF9;
    }
}

// VNI: a base letter followed by a mark character. Tone marks, lower and upper case.
std::uint32_t vniTone(std::uint32_t cp) {
    switch (cp) {
    case 0xF9:
    case 0xD9:
        return 0x0301; // ù Ù sắc
    case 0xF8:
    case 0xD8:
        return 0x0300; // ø Ø huyền
    case 0xFB:
    case 0xDB:
        return 0x0309; // û Û hỏi
    case 0xF5:
    case 0xD5:
        return 0x0303; // õ Õ ngã
    case 0xEF:
    case 0xCF:
        return 0x0323; // ï Ï nặng
    default:
        return 0;
    }
}

/// Circumflex (after a, e, o) or breve (after a) together with an optional tone: â á à å ã ä / ê é è ú ü ë.
struct VniHat {
    std::uint32_t hat, tone;
};
VniHat vniHat(std::uint32_t cp, std::uint32_t base) {
    const std::uint32_t lower = (cp >= 0xC0 && cp <= 0xDE) ? cp + 0x20 : cp;
    switch (lower) {
    case 0xE2:
        return {0x0302, 0}; // â
    case 0xE1:
        return {0x0302, 0x0301}; // á
    case 0xE0:
        return {0x0302, 0x0300}; // à
    case 0xE5:
        return {0x0302, 0x0309}; // å
    case 0xE3:
        return {0x0302, 0x0303}; // ã
    case 0xE4:
        return {0x0302, 0x0323}; // ä
    default:
        break;
    }
    if (base != 'a')
        return {0, 0};
    switch (lower) {
    case 0xEA:
        return {0x0306, 0}; // ê
    case 0xE9:
        return {0x0306, 0x0301}; // é
    case 0xE8:
        return {0x0306, 0x0300}; // è
    case 0xFA:
        return {0x0306, 0x0309}; // ú
    case 0xFC:
        return {0x0306, 0x0303}; // ü
    case 0xEB:
        return {0x0306, 0x0323}; // ë
    default:
        return {0, 0};
    }
}

/// Characters VNI uses in place of a whole letter: ô ö (ơ ư), í ì æ ó ò (i with tones), î (ỵ), ñ (đ).
std::vector<std::uint32_t> vniLetter(std::uint32_t cp) {
    switch (cp) {
    case 0xF4:
        return {'o', 0x031B};
    case 0xD4:
        return {'O', 0x031B};
    case 0xF6:
        return {'u', 0x031B};
    case 0xD6:
        return {'U', 0x031B};
    case 0xED:
        return {'i', 0x0301};
    case 0xCD:
        return {'I', 0x0301};
    case 0xEC:
        return {'i', 0x0300};
    case 0xCC:
        return {'I', 0x0300};
    case 0xE6:
        return {'i', 0x0309};
    case 0xC6:
        return {'I', 0x0309};
    case 0xF3:
        return {'i', 0x0303};
    case 0xD3:
        return {'I', 0x0303};
    case 0xF2:
        return {'i', 0x0323};
    case 0xD2:
        return {'I', 0x0323};
    case 0xEE:
        return {'y', 0x0323};
    case 0xCE:
        return {'Y', 0x0323};
    case 0xF1:
        return {0x0111};
    case 0xD1:
        return {0x0110};
    default:
        return {};
    }
}

bool isVowel(std::uint32_t cp) {
    switch (cp | 0x20) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
    case 'y':
        return cp < 0x80;
    default:
        return false;
    }
}

std::vector<std::uint32_t> codePoints(std::string_view text) {
    std::vector<std::uint32_t> cps;
    for (std::size_t i = 0; i < text.size();)
        cps.push_back(nextCodePoint(text, i));
    return cps;
}

std::string convertVni(const std::vector<std::uint32_t>& cps) {
    std::string out;
    for (std::size_t i = 0; i < cps.size(); ++i) {
        std::vector<std::uint32_t> letter;
        const std::uint32_t cp = cps[i];
        const std::uint32_t base = cp | 0x20;
        if (isVowel(cp)) {
            letter = {cp};
        } else if (!(letter = vniLetter(cp)).empty()) {
            // ô/ö (ơ/ư) take a tone mark after them; the i and y forms and đ are whole.
        } else {
            appendUtf8(out, cp);
            continue;
        }
        const bool takesMarks = isVowel(cp) || cp == 0xF4 || cp == 0xD4 || cp == 0xF6 || cp == 0xD6;
        if (takesMarks && i + 1 < cps.size()) {
            const VniHat hat = (base == 'a' || base == 'e' || base == 'o') && isVowel(cp)
                                   ? vniHat(cps[i + 1], base)
                                   : VniHat{0, 0};
            if (hat.hat) {
                letter.push_back(hat.hat);
                if (hat.tone)
                    letter.push_back(hat.tone);
                ++i;
            } else if (const std::uint32_t tone = vniTone(cps[i + 1])) {
                if (!(base == 'y' && tone == 0x0323)) { // ỵ has its own character
                    letter.push_back(tone);
                    ++i;
                }
            }
        }
        for (std::uint32_t c : letter)
            appendUtf8(out, c);
    }
    return out;
}

} // namespace

LegacyEncoding detectLegacyEncoding(std::string_view text) {
    const std::vector<std::uint32_t> cps = codePoints(text);
    int tcvn = 0, vni = 0;
    for (std::size_t i = 0; i < cps.size(); ++i) {
        const std::uint32_t cp = cps[i];
        if (isUnicodeOnlyVietnamese(cp))
            return LegacyEncoding::None;
        if (cp < 0xA0 || cp > 0xFF)
            continue;
        // VNI's circumflex/breve after a or e ("Taân", "eá"), or a plain circumflex after o ("Hoâ"): Unicode
        // Vietnamese never writes these pairs (it does write "oà", "oá" with the old tone placement).
        const std::uint32_t prev = i > 0 ? cps[i - 1] : 0;
        if (((prev | 0x20) == 'a' || (prev | 0x20) == 'e') && prev < 0x80 && vniHat(cp, prev | 0x20).hat) {
            ++vni;
            continue;
        }
        if ((prev | 0x20) == 'o' && prev < 0x80 && (cp | 0x20) == 0xE2) {
            ++vni;
            continue;
        }
        if (isVietnameseLatin1(cp))
            continue;
        const bool afterVowel = isVowel(prev) || prev == 0xF4 || prev == 0xF6 || prev == 0xD4 || prev == 0xD6;
        // VNI's tell-tale: a mark Unicode Vietnamese never writes (ø ï û å ä ë ü) right after a vowel, or đ
        // as ñ.
        const bool vniMark = afterVowel && (vniTone(cp) || vniHat(cp, 'a').hat);
        if (vniMark || cp == 0xF1 || cp == 0xD1)
            ++vni;
        else if (tcvn3ToUnicode(cp))
            ++tcvn;
    }
    // Plainly: at least two tell-tale characters, and three times as many as the other encoding has.
    const int best = tcvn > vni ? tcvn : vni, other = tcvn > vni ? vni : tcvn;
    if (best < 2 || best < 3 * other)
        return LegacyEncoding::None;
    return tcvn > vni ? LegacyEncoding::Tcvn3 : LegacyEncoding::Vni;
}

std::string convertLegacy(std::string_view text, LegacyEncoding encoding) {
    if (encoding == LegacyEncoding::None)
        return std::string(text);
    const std::vector<std::uint32_t> cps = codePoints(text);
    if (encoding == LegacyEncoding::Vni)
        return toNfc(convertVni(cps));
    std::string out;
    for (std::uint32_t cp : cps) {
        const std::uint32_t u = cp >= 0xA0 && cp <= 0xFF ? tcvn3ToUnicode(cp) : 0;
        appendUtf8(out, u ? u : cp);
    }
    return toNfc(out);
}

std::string windows1252ToUtf8(std::string_view bytes) {
    // 0x80–0x9F of Windows-1252 (the rest of the high half is Latin-1); 0 where Windows-1252 has no
    // character.
    static constexpr std::uint16_t kHigh[32] = {
        0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
    std::string out;
    out.reserve(bytes.size() * 2);
    for (char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        std::uint32_t cp = b;
        if (b >= 0x80 && b < 0xA0)
            cp = kHigh[b - 0x80] ? kHigh[b - 0x80] : 0xFFFD;
        appendUtf8(out, cp);
    }
    return out;
}

} // namespace domain
