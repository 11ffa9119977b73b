// Reading snapshot files and where an imported plan goes.
#include "domain/snapshot.hpp"
#include "iconv_support.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace domain;
using test_support::iconvConvert;

TEST_CASE("readSnapshot reads a UTF-8 snapshot") {
    const Snapshot s = readSnapshot(test_support::builtinPlanText());
    REQUIRE(s.plan);
    CHECK(s.errors.empty());
    CHECK(s.legacy == LegacyEncoding::None);
    CHECK_FALSE(s.converted);
}

TEST_CASE("readSnapshot refuses what is not a plan, with errors, and never throws") {
    for (const char* text : {"", "{", "[1,2]", R"({"schema": "other"})", "\xff\xfe\x00"}) {
        CAPTURE(text);
        Snapshot s;
        CHECK_NOTHROW(s = readSnapshot(text));
        CHECK_FALSE(s.plan);
        CHECK_FALSE(s.errors.empty());
    }
}

TEST_CASE("readSnapshot reads a plan saved in TCVN3 bytes by an old tool") {
    Plan p = emptyPlan("plan-old", 2024, "2024-01-02T00:00:00Z", "Lan");
    p.title = "Kế hoạch kiểm soát thủ tục hành chính năm 2024 của UBND xã Hòa Tân Tây";
    p.issuingBody = "UBND xã Hòa Tân Tây";
    // TCVN3 writes capitals with tone marks in another font (.VnTimeH), as control bytes in TCVN 5712:
    // old files have them in lower case.
    p.appendixTitle = "Phụ lục hoạt động kiểm soát thủ tục hành chính";
    p.docType = "Kế hoạch";
    // What an old tool wrote: the same JSON, its letters in TCVN3 (one byte each), as glibc's converter
    // makes.
    const std::string bytes = iconvConvert(exportPlanJson(p), "UTF-8", "TCVN5712-1");
    REQUIRE_FALSE(bytes.empty());
    REQUIRE_FALSE(isValidUtf8(bytes));
    const Snapshot s = readSnapshot(bytes);
    REQUIRE(s.plan);
    CHECK(s.legacy == LegacyEncoding::Tcvn3);
    REQUIRE(s.converted);
    CHECK(s.converted->title == p.title);
    CHECK(s.converted->issuingBody == p.issuingBody);
    // Bytes that are neither UTF-8 nor a legacy plan keep the UTF-8 error.
    const Snapshot bad = readSnapshot("{\"title\": \"\xff\"}");
    CHECK_FALSE(bad.plan);
    CHECK_FALSE(bad.errors.empty());
}

TEST_CASE("replacing never deletes another plan; adding never takes a stored id") {
    CHECK(placeImport(true, true, true) == ImportPlacement::ReplaceOpen);
    CHECK(placeImport(true, true, false) ==
          ImportPlacement::ReplaceOpen); // another plan id: still the open one
    CHECK(placeImport(true, false, false) == ImportPlacement::AddAsIs);
    CHECK(placeImport(false, true, true) == ImportPlacement::AddNewId);
    CHECK(placeImport(false, true, false) == ImportPlacement::AddAsIs);
}
