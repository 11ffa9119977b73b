// The periodic report as a print-ready HTML page in the state document format (NĐ 30/2020, domain.md §3):
// A4, margins 20/20/30/15 mm, Times New Roman with metric-compatible fallbacks, the header as a two-column
// borderless table with its rules, page numbers centred in the top margin from page 2 (@page margin boxes),
// table headers repeated on every page and rows never split. Every text from the plan is escaped.
#pragma once

#include "domain/report.hpp"
#include "domain/text.hpp"

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

// The blocks every state document shares (NĐ 30/2020), for the report's and the plan's print pages.
/// The print page's style sheet: A4 portrait, the appendix section (`<section class="landscape">`) on A4
/// landscape pages, page numbers from page 2.
std::string documentStyle();
/// The header block: issuing body, its rule and `numberLine` on the left; the motto, its rule and the
/// italic `dateLine` on the right.
std::string documentHeaderHtml(const Plan& plan, const std::string& numberLine, const std::string& dateLine);
/// "Nơi nhận:" and its lines beside the signing authority, title and name.
std::string signatureHtml(const std::vector<std::string>& recipients, const Signature& signature);
/// A line of "Nơi nhận" as printed: "- Đảng ủy xã;" (the dash added when the text has none).
std::string recipientLine(const std::string& text);
/// "Số: 12/BC-UBND"; a number left blank ("/KH-UBND") keeps room to be written by hand.
std::string documentNumberLine(const std::string& numberSymbol);

/// "Hòa Tân Tây, ngày 05 tháng 7 năm 2024": a day below 10 and months 1 and 2 with a leading zero.
std::string documentDateLine(const std::string& place, const Date& date);

/// What the report says of a line's status: "Hoàn thành đúng hạn", "Quá hạn", …
const char* reportStatusText(Timeliness t);

/// The texts of a report kept in the plan (its date, or else the day it is judged on).
ReportText reportTextOf(const Report& report);

// The words the report's outputs share (print, .docx, CSV).
/// "Quý II/2024, hạn 30/06/2024", "Phát sinh ngày 03/04/2024, hạn 18/04/2024", "Hạn 31/03/2024".
std::string reportOccurrenceText(const Occurrence& o);
/// "Tổng số 12 việc; hoàn thành 8 (đúng hạn 7, quá hạn 1); …".
std::string reportTallyText(const Tally& t);
/// "≥ 80 %".
std::string reportTargetText(const Kpi& k);
/// "92,7 % (412/445)", or "Chưa có số liệu".
std::string reportRateText(const Rate& rate);
/// "Đạt", "Không đạt", "Chưa có số liệu".
const char* reportVerdictText(Verdict v);
/// A column of Biểu 06 in words, for a table of one column per figure: "Nhận trực tuyến trong kỳ".
const char* oneStopColumnTitle(OneStopFigure figure);

/// The report page.
std::string reportHtml(const Plan& plan, const ReportFigures& figures, const ReportText& text);

} // namespace domain
