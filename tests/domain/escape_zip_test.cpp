// What the report writers rest on: hostile plan text stays text in HTML, XML and CSV, and the zip of a .docx
// read back by a reader written here from the format (not by the writer's code): headers, CRC-32, central
// directory.
#include "domain/escape.hpp"
#include "domain/zip.hpp"
#include "zip_reader.hpp"

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
