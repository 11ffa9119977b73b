// ASCII folding and file-name slugs for Vietnamese text.
#include "domain/text.hpp"

#include <doctest/doctest.h>

using namespace domain;

TEST_CASE("Vietnamese folds to ASCII") {
    CHECK(asciiFold("Hòa Tân Tây") == "hoa tan tay");
    CHECK(asciiFold("ĐẮK LẮK") == "dak lak");
    CHECK(asciiFold("Nguyễn Kim Hoàng") == "nguyen kim hoang");
    CHECK(asciiFold("ưỡ ợ ự ỷ ẵ ậ ề ộ") == "uo o u y a a e o");
    CHECK(asciiFold("Hoa\xCC\x80") == "hoa"); // decomposed: combining grave dropped
    CHECK(asciiFold("€") == "?");
}

TEST_CASE("file slugs") {
    CHECK(fileSlug("Hòa Tân Tây") == "hoa-tan-tay");
    CHECK(fileSlug("  xã Tây Hòa — 2025 ") == "xa-tay-hoa-2025");
    CHECK(fileSlug("") == "");
}
