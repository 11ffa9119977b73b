// Text from the plan going into a printed or exported document never becomes markup or a formula: HTML and
// XML escaping with the control characters dropped, and spreadsheet cells quoted (RFC 4180) with formula
// starts neutralised (OWASP CSV injection).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace domain {

/// Text as HTML character data or an attribute value: & < > " ' escaped; control characters other than tab
/// and line feed dropped (CR too: a CR LF becomes LF). Invalid UTF-8 bytes become U+FFFD.
std::string htmlText(std::string_view text);

/// Text as XML 1.0 character data or attribute value (WordprocessingML): & < > " escaped; control
/// characters other than tab, LF and CR (C1 too: no document text needs them) and U+FFFE, U+FFFF dropped;
/// invalid UTF-8 → U+FFFD.
std::string xmlText(std::string_view text);

/// One CSV cell: quoted when it holds a comma, quote, CR or LF (quotes doubled); a cell starting with
/// = + - @, tab or CR gets a leading ' so that a spreadsheet shows it as text.
std::string csvCell(std::string_view text);

/// A CSV record of `cells`, ending with CR LF.
std::string csvRecord(const std::vector<std::string>& cells);

/// The UTF-8 byte order mark that makes Excel read a CSV file as UTF-8.
inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

} // namespace domain
