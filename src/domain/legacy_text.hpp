// Vietnamese text in the legacy 8-bit encodings still found in old Word files and spreadsheets: TCVN3 (ABC,
// fonts .VnTime…) and VNI (VNI-Times…). Such text reaches the app as Latin-1 look-alikes ("Hßa T©n T©y",
// "Hoøa Taân Taây"): the font, not the characters, made it look Vietnamese. This module recognises it when it
// is plain and converts it to Unicode.
#pragma once

#include <string>
#include <string_view>

namespace domain {

enum class LegacyEncoding { None, Tcvn3, Vni };

/// The legacy encoding `text` (UTF-8) is plainly written in, or None when it is Unicode Vietnamese, plain
/// ASCII, or too ambiguous to say. Text with any Unicode-only Vietnamese letter (ă, ơ, ư, đ, ạ…) is never
/// legacy.
LegacyEncoding detectLegacyEncoding(std::string_view text);

/// `text` read as `encoding`, converted to Unicode (NFC). Characters the encoding does not use are kept.
std::string convertLegacy(std::string_view text, LegacyEncoding encoding);

/// Bytes read as Windows-1252 (for files that are not UTF-8, as legacy files are), as UTF-8.
std::string windows1252ToUtf8(std::string_view bytes);

} // namespace domain
