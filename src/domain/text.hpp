// Text helpers: Unicode NFC for Latin and Vietnamese text, and folding Vietnamese to ASCII for file names.
// (Search folding and collation belong here too; see the Vietnamese text issue.)
#pragma once

#include <string>
#include <string_view>

namespace domain {

/// Unicode Normalization Form C of UTF-8 text, for Latin letters with combining marks (U+00C0–U+024F,
/// U+1E00–U+1EFF, marks U+0300–U+036F): "Hoa\u0300" → "Hòa", "e\u0302\u0301" → "ế". Text in other scripts
/// passes through unchanged. Invalid UTF-8 bytes become U+FFFD.
std::string toNfc(std::string_view text);

/// Lowercase ASCII form of UTF-8 text: "Hòa Tân Tây" → "hoa tan tay", "Đ" → "d". Letters without an ASCII
/// base become '?'.
std::string asciiFold(std::string_view text);

/// A file-name-safe form: ASCII letters and digits joined by single hyphens ("Xã Hòa Tân Tây" →
/// "xa-hoa-tan-tay").
std::string fileSlug(std::string_view text);

} // namespace domain
