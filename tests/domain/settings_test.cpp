// Settings: every field taken when it can be, defaulted when not; never throws.
#include "domain/settings.hpp"

#include <doctest/doctest.h>

using namespace domain;

TEST_CASE("settings round trip") {
    Settings s;
    s.currentPlan = "plan-1";
    s.language = "en";
    s.today = "2024-06-30";
    s.zoom = 1.25f;
    s.lastExport = 1.7e12;
    s.editsSinceExport = 12;
    s.firstUse = 1.6e12;
    s.origins["plan-2"] = "kế-hoạch-2024.json, 01/12/2026";
    const SettingsDecode d = decodeSettings(encodeSettings(s));
    CHECK_FALSE(d.reset);
    CHECK(d.settings.currentPlan == "plan-1");
    CHECK(d.settings.language == "en");
    CHECK(d.settings.today == "2024-06-30");
    CHECK(d.settings.zoom == doctest::Approx(1.25));
    CHECK(d.settings.lastExport == 1.7e12);
    CHECK(d.settings.editsSinceExport == 12);
    CHECK(d.settings.firstUse == 1.6e12);
    CHECK(d.settings.origins == s.origins);
    CHECK(encodeSettings(d.settings) == encodeSettings(s));
}

TEST_CASE("settings: missing fields are defaults, not a reset") {
    const SettingsDecode d = decodeSettings(R"({"currentPlan": "p"})");
    CHECK_FALSE(d.reset);
    CHECK(d.settings.currentPlan == "p");
    CHECK(d.settings.language == "vi");
    CHECK(d.settings.zoom == 1.0f);
    CHECK(d.settings.today.empty());
}

TEST_CASE("settings: hostile values reset only their own field") {
    const SettingsDecode d = decodeSettings(
        R"({"currentPlan": "p", "zoom": "big", "language": 3, "today": "2024-02-30", "lastExport": -5,
            "editsSinceExport": 1e300, "firstUse": [1]})");
    CHECK(d.reset);
    CHECK(d.settings.currentPlan == "p"); // the good field survives
    CHECK(d.settings.zoom == 1.0f);
    CHECK(d.settings.language == "vi");
    CHECK(d.settings.today.empty());
    CHECK(d.settings.lastExport == 0);
    CHECK(d.settings.editsSinceExport == 0);
    CHECK(d.settings.firstUse == 0);
}

TEST_CASE("settings: out of range numbers and odd documents never throw") {
    for (const char* text :
         {"", "not json", "[]", "null", "42", "{", R"({"zoom": 1e999})", R"({"zoom": 50})", R"({"zoom": -1})",
          R"({"zoom": null})", R"({"currentPlan": {"a": 1}})", "\xff\xfe{}", R"({"language": "fr"})"}) {
        CAPTURE(text);
        SettingsDecode d;
        CHECK_NOTHROW(d = decodeSettings(text));
        CHECK(d.reset);
        CHECK(d.settings.zoom >= kMinZoom);
        CHECK(d.settings.zoom <= kMaxZoom);
    }
    const SettingsDecode d = decodeSettings(R"({"zoom": 1e999, "currentPlan": "p"})");
    CHECK(d.reset);
}

TEST_CASE("settings: where plans came from; a bad entry is dropped, the others kept") {
    const SettingsDecode d =
        decodeSettings(R"({"origins": {"a": "a.json, 01/12/2026", "b": 3, "c": "c.json"}})");
    CHECK(d.reset);
    CHECK(d.settings.origins.size() == 2);
    CHECK(d.settings.origins.at("a") == "a.json, 01/12/2026");
    CHECK(d.settings.origins.count("b") == 0);
    CHECK(decodeSettings(R"({"origins": ["x"]})").settings.origins.empty());
    CHECK(decodeSettings(R"({"origins": ["x"]})").reset);
}
