// The periodic report for a spreadsheet (Excel): every figure of the report and the whole appendix with each
// task's work in the period, as CSV — UTF-8 with a byte order mark, CR LF, RFC 4180 quoting, and a cell that
// a spreadsheet would take as a formula (= + - @, tab, CR first) neutralised with a leading ' (escape.hpp).
#pragma once

#include "domain/report_html.hpp"

#include <string>

namespace domain {

/// The CSV file's bytes.
std::string reportCsv(const Plan& plan, const ReportFigures& figures, const ReportText& text);

} // namespace domain
