// Vietnamese text rules: Unicode NFC, search that ignores case, diacritics and tone placement, Vietnamese
// alphabetical order with natural numbers, number formatting, and ASCII folding for file names.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace domain {

/// Unicode Normalization Form C of UTF-8 text, for Latin letters with combining marks (U+00C0–U+024F,
/// U+1E00–U+1EFF, marks U+0300–U+036F): "Hoa\u0300" → "Hòa", "e\u0302\u0301" → "ế". Text in other scripts
/// passes through unchanged. Invalid UTF-8 bytes become U+FFFD.
std::string toNfc(std::string_view text);

/// `text` without control characters: U+0000–U+001F other than tab and line feed, and U+007F, are removed;
/// a carriage return ("\r\n" or a lone "\r") becomes one "\n". Everything else (invalid UTF-8 included) is
/// kept as it is.
std::string stripControlChars(std::string_view text);

/// The form every text of a plan is stored in: control characters stripped (stripControlChars), then NFC
/// (invalid UTF-8 becomes U+FFFD). Idempotent; imports and edits store only this form.
std::string normalizeText(std::string_view text);

/// Lowercase ASCII form of UTF-8 text: "Hòa Tân Tây" → "hoa tan tay", "Đ" → "d". Letters without an ASCII
/// base become '?'.
std::string asciiFold(std::string_view text);

/// A file-name-safe form: ASCII letters and digits joined by single hyphens ("Xã Hòa Tân Tây" →
/// "xa-hoa-tan-tay").
std::string fileSlug(std::string_view text);

/// Text reduced for searching: lowercase ASCII letters and digits, diacritics and tone marks removed (đ → d,
/// "Hoà" and "Hòa" alike), runs of anything else collapsed to one space.
std::string searchKey(std::string_view text);

/// True when every word of `query` occurs in `text`, ignoring case, diacritics and tone placement
/// ("hoa tan tay", "HÒA TÂN TÂY" and "Hoà Tân Tây" all find "Hòa Tân Tây"). An empty query matches.
bool searchMatches(std::string_view text, std::string_view query);

/// Vietnamese alphabetical order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y (f j w z in their
/// Latin places); tones compared only when the letters are equal (ngang < huyền < hỏi < ngã < sắc < nặng);
/// digit runs compared as numbers ("Nhiệm vụ 2" < "Nhiệm vụ 10"); then lowercase before uppercase.
/// Returns <0, 0 or >0.
int compareVietnamese(std::string_view a, std::string_view b);

/// A number with `decimals` decimals (rounded) and thousands grouped: "1.234,5" in Vietnamese, "1,234.5" in
/// English.
std::string formatNumber(double value, int decimals, bool vietnamese);

/// "2024-06-10" or "2024-06-10T08:30:00Z" → "10/06/2024"; anything else is returned unchanged.
std::string formatDate(std::string_view iso);

/// The lines of a text that hold something (a blank line is no line), in order.
std::vector<std::string> textLines(const std::string& text);

} // namespace domain
