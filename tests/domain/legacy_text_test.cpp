// TCVN3 and VNI: detection and conversion. The TCVN3 table is checked against glibc's own TCVN 5712 converter
// (iconv), an independent implementation; VNI against its published letter table, written here as strings.
#include "domain/legacy_text.hpp"
#include "domain/plan_json.hpp"
#include "domain/text.hpp"

#include "iconv_support.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using namespace domain;
using test_support::iconvConvert;

namespace {

const std::string kSample =
    "Kế hoạch kiểm soát thủ tục hành chính năm 2024 của UBND xã Hòa Tân Tây; Đề án đổi mới "
    "cơ chế một cửa, ưu tiên số hóa hồ sơ, tỷ lệ hài lòng trên 90%. Ăn, Ân, Ê, Ô, Ơ, Ư "
    "- những người dân ở ấp Mỹ Thuận, Quý Hưng, Thường xuyên, Trước ngày 15/12/2024.";

} // namespace

TEST_CASE("TCVN3 letters agree with glibc's TCVN 5712 converter") {
    int checked = 0;
    for (int b = 0xA1; b <= 0xFE; ++b) {
        const std::string byte(1, static_cast<char>(b));
        const std::string ours = convertLegacy(windows1252ToUtf8(byte), LegacyEncoding::Tcvn3);
        if (ours == windows1252ToUtf8(byte))
            continue; // not a TCVN3 letter in our table
        const std::string theirs = toNfc(iconvConvert(byte, "TCVN5712-1", "UTF-8"));
        CHECK_MESSAGE(ours == theirs, "byte 0x" << std::hex << b);
        ++checked;
    }
    CHECK(checked == 78); // 14 base letters, 5 combining tones, 60 toned small letters less ý (itself)
}

TEST_CASE("TCVN3 text is detected and converted back to the Unicode it was made from") {
    const std::string tcvnBytes = iconvConvert(kSample, "UTF-8", "TCVN5712-1");
    REQUIRE_FALSE(tcvnBytes.empty());
    const std::string seenAsLatin = windows1252ToUtf8(tcvnBytes); // what Word shows with a non-.Vn font
    CHECK(detectLegacyEncoding(seenAsLatin) == LegacyEncoding::Tcvn3);
    CHECK(convertLegacy(seenAsLatin, LegacyEncoding::Tcvn3) == kSample);
    CHECK(detectLegacyEncoding("Hßa T©n T©y") == LegacyEncoding::Tcvn3);
    CHECK(convertLegacy("Hßa T©n T©y", LegacyEncoding::Tcvn3) == "Hòa Tân Tây");
    CHECK(convertLegacy("B¸o c¸o kÕt qu¶ thùc hiÖn", LegacyEncoding::Tcvn3) == "Báo cáo kết quả thực hiện");
}

TEST_CASE("VNI text is detected and converted") {
    // The VNI letter table (VNI-Windows), in the order a, á, à, ả, ã, ạ for each vowel.
    const std::vector<std::pair<std::string, std::vector<std::string>>> table = {
        {"aáàảãạ", {"a", "aù", "aø", "aû", "aõ", "aï"}},  {"âấầẩẫậ", {"aâ", "aá", "aà", "aå", "aã", "aä"}},
        {"ăắằẳẵặ", {"aê", "aé", "aè", "aú", "aü", "aë"}}, {"eéèẻẽẹ", {"e", "eù", "eø", "eû", "eõ", "eï"}},
        {"êếềểễệ", {"eâ", "eá", "eà", "eå", "eã", "eä"}}, {"oóòỏõọ", {"o", "où", "oø", "oû", "oõ", "oï"}},
        {"ôốồổỗộ", {"oâ", "oá", "oà", "oå", "oã", "oä"}}, {"ơớờởỡợ", {"ô", "ôù", "ôø", "ôû", "ôõ", "ôï"}},
        {"uúùủũụ", {"u", "uù", "uø", "uû", "uõ", "uï"}},  {"ưứừửữự", {"ö", "öù", "öø", "öû", "öõ", "öï"}},
        {"iíìỉĩị", {"i", "í", "ì", "æ", "ó", "ò"}},       {"yýỳỷỹỵ", {"y", "yù", "yø", "yû", "yõ", "î"}},
    };
    std::map<std::string, std::string> toVni = {{"đ", "ñ"}, {"Đ", "Ñ"}};
    int letters = 0;
    for (const auto& [unicode, vni] : table) {
        std::size_t i = 0;
        for (const std::string& code : vni) {
            const std::size_t len = (static_cast<unsigned char>(unicode[i]) < 0x80)   ? 1
                                    : (static_cast<unsigned char>(unicode[i]) < 0xE0) ? 2
                                                                                      : 3;
            const std::string letter = unicode.substr(i, len);
            i += len;
            toVni[letter] = code;
            CHECK_MESSAGE(convertLegacy(code, LegacyEncoding::Vni) == letter, letter);
            ++letters;
        }
    }
    CHECK(letters == 72);
    // Encode the sample (lowercase, so the table above covers it) and convert it back.
    std::string lower =
        "kế hoạch kiểm soát thủ tục hành chính của ubnd xã hòa tân tây; đề án đổi mới cơ chế một "
        "cửa, ưu tiên số hóa hồ sơ, tỷ lệ hài lòng; người dân ở ấp mỹ thuận, quý hưng.";
    std::string vni;
    for (std::size_t i = 0; i < lower.size();) {
        const auto c = static_cast<unsigned char>(lower[i]);
        const std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : 3;
        const std::string letter = lower.substr(i, len);
        i += len;
        const auto it = toVni.find(letter);
        vni += it != toVni.end() ? it->second : letter;
    }
    CHECK(detectLegacyEncoding(vni) == LegacyEncoding::Vni);
    CHECK(convertLegacy(vni, LegacyEncoding::Vni) == lower);
    CHECK(detectLegacyEncoding("Hoøa Taân Taây") == LegacyEncoding::Vni);
    CHECK(convertLegacy("Hoøa Taân Taây", LegacyEncoding::Vni) == "Hòa Tân Tây");
    CHECK(convertLegacy("UÛY BAN NHAÂN DAÂN XAÕ", LegacyEncoding::Vni) == "ỦY BAN NHÂN DÂN XÃ");
    CHECK(convertLegacy("Ñoàng Thaùp", LegacyEncoding::Vni) == "Đồng Tháp");
}

TEST_CASE("Unicode Vietnamese, ASCII and other Latin text are never taken for TCVN3 or VNI") {
    CHECK(detectLegacyEncoding(kSample) == LegacyEncoding::None);
    CHECK(detectLegacyEncoding("Plan 2024 – KSTTHC") == LegacyEncoding::None);
    CHECK(detectLegacyEncoding("Müller, Zoë") == LegacyEncoding::None);
    CHECK(detectLegacyEncoding("Hoà, quân, Thuý, hoá, khoẻ, xoã") == LegacyEncoding::None);
    CHECK(detectLegacyEncoding("") == LegacyEncoding::None);
    // Every text of the built-in plan.
    std::ifstream file(KSTTHC_SOURCE_DIR "/assets/plans/hoa-tan-tay-2024.json");
    REQUIRE(file);
    std::stringstream buffer;
    buffer << file.rdbuf();
    int strings = 0;
    std::vector<const nlohmann::json*> stack = {};
    const nlohmann::json root = nlohmann::json::parse(buffer.str());
    stack.push_back(&root);
    while (!stack.empty()) {
        const nlohmann::json* j = stack.back();
        stack.pop_back();
        if (j->is_string()) {
            ++strings;
            CHECK_MESSAGE(detectLegacyEncoding(j->get<std::string>()) == LegacyEncoding::None,
                          j->get<std::string>());
        }
        for (const auto& child : *j)
            if (j->is_structured())
                stack.push_back(&child);
    }
    CHECK(strings > 300);
}

TEST_CASE("Windows-1252 bytes become UTF-8") {
    CHECK(windows1252ToUtf8("H\xdf"
                            "a T\xa9n") == "Hßa T©n");
    CHECK(windows1252ToUtf8("\x93quoted\x94 \x96 \x80") == "“quoted” – €");
    CHECK(windows1252ToUtf8("\x81") == "\xEF\xBF\xBD");
}

TEST_CASE("a plan written in TCVN3 is recognised as a whole and converted field by field") {
    std::ifstream file(KSTTHC_SOURCE_DIR "/assets/plans/hoa-tan-tay-2024.json");
    std::stringstream buffer;
    buffer << file.rdbuf();
    const ImportResult original = importPlanJson(buffer.str());
    REQUIRE(original.plan);
    CHECK(detectPlanLegacyEncoding(*original.plan) == LegacyEncoding::None);
    // The same plan as an old TCVN3 tool would have written it. TCVN3 has no capitals with tone marks: texts
    // that have some are written without diacritics, as such tools did.
    nlohmann::json legacyJson = nlohmann::json::parse(buffer.str());
    nlohmann::json expectedJson = legacyJson;
    std::vector<std::pair<nlohmann::json*, nlohmann::json*>> stack = {{&legacyJson, &expectedJson}};
    int encoded = 0;
    while (!stack.empty()) {
        auto [legacyNode, expectedNode] = stack.back();
        stack.pop_back();
        if (legacyNode->is_string()) {
            const std::string text = legacyNode->get<std::string>();
            const std::string bytes = iconvConvert(text, "UTF-8", "TCVN5712-1");
            const bool clean =
                !text.empty() && !bytes.empty() && std::all_of(bytes.begin(), bytes.end(), [](char c) {
                    const auto b = static_cast<unsigned char>(c);
                    return b == '\n' || (b >= 0x20 && b < 0x80) || b >= 0xA0; // VN3 only
                });
            const std::string kept = clean ? text : asciiFold(text);
            *expectedNode = kept;
            *legacyNode = clean ? windows1252ToUtf8(bytes) : kept;
            encoded += clean && bytes != text;
        } else if (legacyNode->is_structured()) {
            auto e = expectedNode->begin();
            for (auto l = legacyNode->begin(); l != legacyNode->end(); ++l, ++e)
                stack.push_back({&*l, &*e});
        }
    }
    CHECK(encoded > 100);
    const ImportResult legacy = importPlanJson(legacyJson.dump());
    REQUIRE(legacy.plan);
    CHECK(detectPlanLegacyEncoding(*legacy.plan) == LegacyEncoding::Tcvn3);
    const ImportResult expected = importPlanJson(expectedJson.dump());
    REQUIRE(expected.plan);
    const Plan converted = convertPlanLegacy(*legacy.plan, LegacyEncoding::Tcvn3);
    CHECK(exportPlanJson(converted) == exportPlanJson(*expected.plan));
    CHECK(converted.signature.name == "Nguyễn Kim Hoàng");
}
