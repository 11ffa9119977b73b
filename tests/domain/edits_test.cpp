// Edits change the field and stamp the record, and report when nothing changed.
#include "domain/edits.hpp"

#include <doctest/doctest.h>

using namespace domain;

TEST_CASE("setting the plan title stamps the plan") {
    Plan p;
    p.title = "cũ";
    p.meta = {"plan-1", "2024-01-01T00:00:00Z", "a"};
    CHECK(setPlanTitle(p, "Kế hoạch năm 2025 — xã Hòa Tân Tây", {"2025-02-03T04:05:06Z", "Lan"}));
    CHECK(p.title == "Kế hoạch năm 2025 — xã Hòa Tân Tây");
    CHECK(p.meta.modified == "2025-02-03T04:05:06Z");
    CHECK(p.meta.author == "Lan");
    CHECK_FALSE(setPlanTitle(p, p.title, {"2026-01-01T00:00:00Z", "Bình"}));
    CHECK(p.meta.author == "Lan");
    CHECK(p.meta.id == "plan-1");
}
