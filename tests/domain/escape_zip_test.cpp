// What the report writers rest on: hostile plan text stays text in HTML, XML and CSV, and the zip of a .docx
// read back by a reader written here from the format (not by the writer's code): headers, CRC-32, central
// directory.
#include "domain/escape.hpp"
#include "domain/zip.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <map>
#include <string>

using namespace domain;

TEST_CASE("plan text never becomes HTML or XML markup; controls are dropped, broken UTF-8 replaced") {
    CHECK(htmlText("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
    CHECK(htmlText("a & b \"c\" 'd'") == "a &amp; b &quot;c&quot; &#39;d&#39;");
    CHECK(htmlText("Hòa Tân Tây\r\n\tdòng 2\x01\x7f") == "Hòa Tân Tây\n\tdòng 2");
    CHECK(htmlText("\xC2\x85|\xC2\xA0") == "|\xC2\xA0"); // C1 NEL dropped, no-break space kept
    CHECK(xmlText("<w:t>x</w:t> & \x0b\x0c") == "&lt;w:t&gt;x&lt;/w:t&gt; &amp; ");
    CHECK(xmlText("a\r\nb") == "a\r\nb");
    CHECK(xmlText("\xEF\xBF\xBE\xEF\xBF\xBF") == "");         // U+FFFE, U+FFFF are not XML characters
    CHECK(xmlText("\xEF\xBF\xBD") == "\xEF\xBF\xBD");         // a real U+FFFD stays
    CHECK(xmlText("\xC3") == "\xEF\xBF\xBD");                 // cut sequence
    CHECK(xmlText("\xC0\xBC") == "\xEF\xBF\xBD\xEF\xBF\xBD"); // overlong '<' never becomes '<'
    CHECK(xmlText("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"); // a surrogate
    CHECK(xmlText("\xE1\xBA") == "\xEF\xBF\xBD\xEF\xBF\xBD");
    CHECK(xmlText("\xF0\x9F\x98\x80") == "\xF0\x9F\x98\x80");
}

TEST_CASE("CSV cells are quoted by RFC 4180 and formula starts are neutralised") {
    CHECK(csvCell("Văn phòng - Thống kê") == "Văn phòng - Thống kê");
    CHECK(csvCell("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
    CHECK(csvCell("+1") == "'+1");
    CHECK(csvCell("-1") == "'-1");
    CHECK(csvCell("@SUM(A1)") == "'@SUM(A1)");
    CHECK(csvCell("\tx") == "'\tx");
    CHECK(csvCell("\rx") == "\"'\rx\"");
    CHECK(csvCell("a,b") == "\"a,b\"");
    CHECK(csvCell("dòng 1\ndòng 2") == "\"dòng 1\ndòng 2\"");
    CHECK(csvCell("") == "");
    CHECK(csvRecord({"STT", "Nội dung", "=1+1"}) == "STT,Nội dung,'=1+1\r\n");
    CHECK(csvRecord({}) == "\r\n");
}

namespace {

std::uint32_t get16(const std::string& s, std::size_t at) {
    REQUIRE(at + 2 <= s.size());
    return static_cast<unsigned char>(s[at]) |
           (static_cast<std::uint32_t>(static_cast<unsigned char>(s[at + 1])) << 8);
}

std::uint32_t get32(const std::string& s, std::size_t at) {
    return get16(s, at) | (get16(s, at + 2) << 16);
}

/// Reads an archive of stored files by its central directory, checking each local header against it and
/// each file's CRC (computed here bit by bit, not with the writer's table).
std::map<std::string, std::string> readZip(const std::string& zip) {
    REQUIRE(zip.size() >= 22);
    const std::size_t end = zip.size() - 22; // no archive comment
    REQUIRE(get32(zip, end) == 0x06054b50);
    const std::uint32_t count = get16(zip, end + 10), size = get32(zip, end + 12),
                        start = get32(zip, end + 16);
    CHECK(get16(zip, end + 8) == count);
    CHECK(start + size == end);
    auto bitwiseCrc = [](const std::string& data) {
        std::uint32_t crc = 0xFFFFFFFFu;
        for (const char ch : data) {
            crc ^= static_cast<unsigned char>(ch);
            for (int k = 0; k < 8; ++k)
                crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1)));
        }
        return ~crc;
    };
    std::map<std::string, std::string> files;
    std::size_t at = start;
    for (std::uint32_t i = 0; i < count; ++i) {
        REQUIRE(get32(zip, at) == 0x02014b50);
        CHECK(get16(zip, at + 10) == 0); // stored
        const std::uint32_t crc = get32(zip, at + 16), packed = get32(zip, at + 20),
                            unpacked = get32(zip, at + 24);
        const std::uint32_t nameLength = get16(zip, at + 28), extra = get16(zip, at + 30),
                            comment = get16(zip, at + 32);
        const std::uint32_t local = get32(zip, at + 42);
        const std::string name = zip.substr(at + 46, nameLength);
        CHECK(packed == unpacked);
        REQUIRE(get32(zip, local) == 0x04034b50);
        CHECK(get32(zip, local + 14) == crc);
        CHECK(get32(zip, local + 18) == packed);
        CHECK(get16(zip, local + 26) == nameLength);
        CHECK(zip.substr(local + 30, nameLength) == name);
        const std::string data = zip.substr(local + 30 + nameLength + get16(zip, local + 28), packed);
        CHECK(bitwiseCrc(data) == crc);
        files[name] = data;
        at += 46 + nameLength + extra + comment;
    }
    CHECK(at == end);
    return files;
}

} // namespace

TEST_CASE("CRC-32 gives the standard check value") {
    CHECK(crc32("123456789") == 0xCBF43926u);
    CHECK(crc32("") == 0u);
    CHECK(crc32("6789", crc32("12345")) == 0xCBF43926u); // continued over pieces
}

TEST_CASE("a zip of several files, with UTF-8 names and binary content, reads back whole") {
    ZipWriter zip;
    const std::string binary("\x00\xff\r\n\x1a PK\x03\x04", 11);
    zip.add("[Content_Types].xml", "<Types/>");
    zip.add("word/document.xml", "<w:document>Hòa Tân Tây</w:document>");
    zip.add("word/tệp.bin", binary);
    zip.add("empty", "");
    const std::string archive = zip.finish();
    const std::map<std::string, std::string> files = readZip(archive);
    REQUIRE(files.size() == 4);
    CHECK(files.at("[Content_Types].xml") == "<Types/>");
    CHECK(files.at("word/document.xml") == "<w:document>Hòa Tân Tây</w:document>");
    CHECK(files.at("word/tệp.bin") == binary);
    CHECK(files.at("empty").empty());
    CHECK(archive.substr(0, 4) == std::string("PK\x03\x04", 4));
    // The same files give the same bytes (no clock in the archive).
    ZipWriter again;
    again.add("[Content_Types].xml", "<Types/>");
    again.add("word/document.xml", "<w:document>Hòa Tân Tây</w:document>");
    again.add("word/tệp.bin", binary);
    again.add("empty", "");
    CHECK(again.finish() == archive);
    CHECK(readZip(ZipWriter().finish()).empty());
}
