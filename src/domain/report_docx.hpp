// The periodic report as a Word document (.docx) for the officer who edits it before signing:
// WordprocessingML (ECMA-376) written by our own code — the document, its styles and settings, a header with
// the page number from page 2 — packed in a zip (zip.hpp). A4 with the margins of NĐ 30/2020 (top and bottom
// 20 mm, left 30, right 15), Times New Roman, the same texts as the printed page (report_html.hpp). Every
// text from the plan is XML-escaped.
#pragma once

#include "domain/report_html.hpp"

#include <string>

namespace domain {

/// The .docx file's bytes.
std::string reportDocx(const Plan& plan, const ReportFigures& figures, const ReportText& text);

} // namespace domain
