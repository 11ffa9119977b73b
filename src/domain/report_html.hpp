// The periodic report as a print-ready HTML page in the state document format (NĐ 30/2020, domain.md §3):
// A4, margins 20/20/30/15 mm, Times New Roman with metric-compatible fallbacks, the header as a two-column
// borderless table with its rules, page numbers centred in the top margin from page 2 (@page margin boxes),
// table headers repeated on every page and rows never split. Every text from the plan is escaped.
#pragma once

#include "domain/report.hpp"

#include <string>
#include <vector>

namespace domain {

/// What the officer writes for one report (the rest comes from the plan and the figures).
struct ReportText {
    std::string number;       ///< "12" of "Số: 12/BC-UBND"; "" leaves the number blank to fill by hand
    Date date;                ///< the report's date
    std::string difficulties; ///< Khó khăn, vướng mắc
    std::string proposals;    ///< Kiến nghị, đề xuất
    std::string nextSteps;    ///< Phương hướng kỳ tới
    std::vector<std::string> recipients; ///< Nơi nhận, one per line as printed
    Signature signature;
};

/// "Hòa Tân Tây, ngày 05 tháng 7 năm 2024": a day below 10 and months 1 and 2 with a leading zero.
std::string documentDateLine(const std::string& place, const Date& date);

/// What the report says of a line's status: "Hoàn thành đúng hạn", "Quá hạn", …
const char* reportStatusText(Timeliness t);

/// The report page.
std::string reportHtml(const Plan& plan, const ReportFigures& figures, const ReportText& text);

} // namespace domain
