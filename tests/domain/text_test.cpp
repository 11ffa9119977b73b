// ASCII folding and file-name slugs for Vietnamese text.
#include "domain/text.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace domain;

TEST_CASE("Vietnamese folds to ASCII") {
    CHECK(asciiFold("Hòa Tân Tây") == "hoa tan tay");
    CHECK(asciiFold("ĐẮK LẮK") == "dak lak");
    CHECK(asciiFold("Nguyễn Kim Hoàng") == "nguyen kim hoang");
    CHECK(asciiFold("ưỡ ợ ự ỷ ẵ ậ ề ộ") == "uo o u y a a e o");
    CHECK(asciiFold("Hoa\xCC\x80") == "hoa"); // decomposed: combining grave dropped
    CHECK(asciiFold("€") == "?");
}

TEST_CASE("control characters are stripped; carriage returns become newlines") {
    CHECK(stripControlChars("a\x01"
                            "b\x1F\x7F"
                            "c") == "abc");
    CHECK(stripControlChars(std::string("x\0y", 3)) == "xy");
    CHECK(stripControlChars("tab\tand\nnewline stay") == "tab\tand\nnewline stay");
    CHECK(stripControlChars("Windows\r\nold Mac\rUnix\n") == "Windows\nold Mac\nUnix\n");
    CHECK(stripControlChars("\r\r\n\n") == "\n\n\n");
    CHECK(stripControlChars("Hòa Tân Tây — ₫ 😀") == "Hòa Tân Tây — ₫ 😀");
    CHECK(stripControlChars("\xC3") == "\xC3");   // not UTF-8: left as it is (normalizeText replaces it)
    CHECK(normalizeText("a\x02\xCC\x81") == "á"); // the control goes first, so the accent composes
    CHECK(normalizeText("x\xC3") == "x\xEF\xBF\xBD");
    const std::string once = normalizeText("Ho\xCC\x80"
                                           "a\r\n\x01");
    CHECK(once == "Hòa\n");
    CHECK(normalizeText(once) == once);
}

TEST_CASE("file slugs") {
    CHECK(fileSlug("Hòa Tân Tây") == "hoa-tan-tay");
    CHECK(fileSlug("  xã Tây Hòa — 2025 ") == "xa-tay-hoa-2025");
    CHECK(fileSlug("") == "");
}

#include <fstream>
#include <sstream>
#include <vector>

namespace {

std::string utf8(const std::vector<std::uint32_t>& cps) {
    std::string s;
    for (std::uint32_t cp : cps) {
        if (cp < 0x80) {
            s += static_cast<char>(cp);
        } else if (cp < 0x800) {
            s += static_cast<char>(0xC0 | (cp >> 6));
            s += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            s += static_cast<char>(0xE0 | (cp >> 12));
            s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            s += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }
    return s;
}

std::vector<std::uint32_t> parseCodePoints(const std::string& field) {
    std::vector<std::uint32_t> cps;
    std::istringstream in(field);
    std::string hex;
    while (in >> hex)
        cps.push_back(static_cast<std::uint32_t>(std::stoul(hex, nullptr, 16)));
    return cps;
}

bool inScope(const std::vector<std::uint32_t>& cps) {
    for (std::uint32_t cp : cps)
        if (!(cp < 0x250 || (cp >= 0x300 && cp <= 0x36F) || (cp >= 0x1E00 && cp <= 0x1EFF)))
            return false;
    return true;
}

} // namespace

TEST_CASE("NFC composes Vietnamese typed or pasted in decomposed form") {
    CHECK(toNfc("Ho\xCC\x80"
                "a T\xC3\xA2n") == "Hòa Tân"); // o + grave
    CHECK(toNfc("e\xCC\x82\xCC\x81") == "ế");  // e + circumflex + acute
    CHECK(toNfc("\xC3\xAA\xCC\x81") == "ế");   // ê + acute
    CHECK(toNfc("u\xCC\x9B\xCC\xA3") == "ự");  // u + horn + dot below
    CHECK(toNfc("a\xCC\x82\xCC\xA3") == "ậ");  // marks out of canonical order: dot below sorts first
    CHECK(toNfc("a\xCC\xA3\xCC\x82") == "ậ");
    CHECK(toNfc("o\xCC\x9B\xCC\x81\xCC\xA3") == "ợ\xCC\x81"); // horn 216, dot 220, acute 230: ợ then acute
    CHECK(toNfc("u\xCC\xA3\xCC\x9B") == "ự");                 // dot below first: reordered
    CHECK(toNfc("Hòa Tân Tây") == "Hòa Tân Tây");             // already NFC
    CHECK(toNfc("a\xCC\x81\xCC\x81") == "á\xCC\x81");         // second acute stays combining
    CHECK(toNfc("\xCC\x81"
                "a") == "\xCC\x81"
                        "a");               // leading mark stays
    CHECK(toNfc("\xFF") == "\xEF\xBF\xBD"); // invalid byte → U+FFFD
    CHECK(toNfc("日本 ₫") == "日本 ₫");
}

TEST_CASE("NFC of every precomposed Vietnamese letter from its decomposed forms") {
    // The 134 Vietnamese letters with marks: a ă â e ê i o ô ơ u ư y × 6 tones, plus đ, in both cases.
    const std::string letters = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
                                "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ";
    int checked = 0;
    std::ifstream in(KSTTHC_NORMALIZATION_TEST);
    REQUIRE_MESSAGE(in.good(), "Debian's unicode-data package provides NormalizationTest.txt");
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#' || line[0] == '@')
            continue;
        std::vector<std::vector<std::uint32_t>> cols;
        std::size_t start = 0;
        for (int c = 0; c < 5; ++c) {
            const std::size_t end = line.find(';', start);
            cols.push_back(parseCodePoints(line.substr(start, end - start)));
            start = end + 1;
        }
        if (!inScope(cols[0]) || !inScope(cols[1]) || !inScope(cols[2]))
            continue;
        // NFC(c1) == NFC(c2) == NFC(c3) == c2
        CHECK(toNfc(utf8(cols[0])) == utf8(cols[1]));
        CHECK(toNfc(utf8(cols[2])) == utf8(cols[1]));
        ++checked;
    }
    CHECK(checked > 500);
    // And each letter survives its own NFD, read back from the table above.
    std::size_t i = 0;
    int letterCount = 0;
    while (i < letters.size()) {
        const std::size_t len = (static_cast<unsigned char>(letters[i]) >= 0xE0) ? 3 : 2;
        const std::string letter = letters.substr(i, len);
        CHECK(toNfc(letter) == letter);
        i += len;
        ++letterCount;
    }
    CHECK(letterCount == 134);
}

TEST_CASE("search ignores case, diacritics and tone placement") {
    const std::string name = "Xã Hòa Tân Tây";
    for (const char* q : {"hoa tan tay", "Hoà Tân Tây", "HÒA TÂN TÂY", "tan tay", "xa hoa",
                          "Ho\xCC\x80"
                          "a"})
        CHECK_MESSAGE(searchMatches(name, q), q);
    CHECK(searchMatches("Thúy", "thuy"));
    CHECK(searchMatches("Thuý", "thuy"));
    CHECK(searchMatches("Thuý", "Thúy"));
    CHECK(searchMatches("Đồng Xuân", "dong"));
    CHECK(searchMatches("Văn phòng – Thống kê", "van phong thong ke"));
    CHECK(searchMatches("anything", ""));
    CHECK_FALSE(searchMatches(name, "hoa binh"));
    CHECK_FALSE(searchMatches("Thường xuyên", "thuong xuyen nam"));
    CHECK(searchKey("  Ủy ban — NHÂN dân!  ") == "uy ban nhan dan");
}

TEST_CASE("Vietnamese alphabetical order") {
    auto sorted = [](std::vector<std::string> v) {
        std::sort(v.begin(), v.end(),
                  [](const std::string& a, const std::string& b) { return compareVietnamese(a, b) < 0; });
        return v;
    };
    const std::vector<std::string> alphabet = {"a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "g",
                                               "h", "i", "k", "l", "m", "n", "o", "ô", "ơ", "p",
                                               "q", "r", "s", "t", "u", "ư", "v", "x", "y"};
    std::vector<std::string> shuffled(alphabet.rbegin(), alphabet.rend());
    CHECK(sorted(shuffled) == alphabet);
    const std::vector<std::string> tones = {"ma", "mà", "mả", "mã", "má", "mạ"};
    CHECK(sorted({"mạ", "má", "mã", "mả", "mà", "ma"}) == tones);
    // Letters first, tones after: "mả" before "mai" although ả > a.
    CHECK(compareVietnamese("mả", "mai") < 0);
    CHECK(compareVietnamese("Nhiệm vụ 2", "Nhiệm vụ 10") < 0);
    CHECK(compareVietnamese("Đà Nẵng", "Điện Biên") < 0);
    CHECK(compareVietnamese("Đà Nẵng", "Ea Kar") < 0); // đ before e
    CHECK(compareVietnamese("Dương", "Đông") < 0);     // d before đ
    CHECK(compareVietnamese("Ông", "Ơn") < 0);         // ô before ơ
    CHECK(compareVietnamese("Hòa", "Hoà") == 0); // tone placement does not matter (both NFC-equal letters)
    CHECK(compareVietnamese("an", "An") < 0);    // lowercase first when all else is equal
    CHECK(compareVietnamese("b", "b") == 0);
    CHECK(sorted({"Văn hóa – Xã hội", "Bộ phận Một cửa UBND xã", "Các bộ phận UBND xã",
                  "Văn phòng – Thống kê", "Ủy ban"}) ==
          std::vector<std::string>{"Bộ phận Một cửa UBND xã", "Các bộ phận UBND xã", "Ủy ban",
                                   "Văn hóa – Xã hội", "Văn phòng – Thống kê"});
}

TEST_CASE("numbers and dates in Vietnamese and English") {
    CHECK(formatNumber(1234.5, 1, true) == "1.234,5");
    CHECK(formatNumber(1234.5, 1, false) == "1,234.5");
    CHECK(formatNumber(1234567, 0, true) == "1.234.567");
    CHECK(formatNumber(90.555, 2, true) == "90,56");
    CHECK(formatNumber(0.05, 1, true) == "0,1");
    CHECK(formatNumber(-12.0, 0, true) == "-12");
    CHECK(formatNumber(999, 0, true) == "999");
    CHECK(formatDate("2024-06-10") == "10/06/2024");
    CHECK(formatDate("2024-01-15T08:30:00Z") == "15/01/2024");
    CHECK(formatDate("Tháng 02/2024") == "Tháng 02/2024");
}
