// Text helpers: folding Vietnamese to ASCII for file names. (Normalisation, search folding and collation
// belong here too; see the Vietnamese text issue.)
#pragma once

#include <string>
#include <string_view>

namespace domain {

/// Lowercase ASCII form of UTF-8 text: "Hòa Tân Tây" → "hoa tan tay", "Đ" → "d". Letters without an ASCII
/// base become '?'.
std::string asciiFold(std::string_view text);

/// A file-name-safe form: ASCII letters and digits joined by single hyphens ("Xã Hòa Tân Tây" →
/// "xa-hoa-tan-tay").
std::string fileSlug(std::string_view text);

} // namespace domain
