// A report kept in the plan rendered as one of its three outputs: the print page (HTML), the Word document
// (.docx) and the spreadsheet (CSV). This is what the report module (src/report_main.cpp, loaded when the
// officer first prints or downloads a report) runs; the app itself only keeps the record.
#pragma once

#include "domain/plan.hpp"

#include <optional>
#include <string>

namespace domain {

enum class ReportFormat { Html = 0, Docx = 1, Csv = 2 };

struct RenderedReport {
    std::string fileName; ///< "bao-cao-kstthc-2024-Q2.docx"
    std::string data;
};

/// The report `reportId` of `plan` in `format`; nullopt when the plan has no such report or it names no
/// period. An empty `reportId` is the plan itself (plan_document.hpp: "ke-hoach-kstthc-2024.html" or .docx;
/// it has no CSV, the report's CSV holds the appendix). Never throws.
std::optional<RenderedReport> renderReport(const Plan& plan, const std::string& reportId,
                                           ReportFormat format);

} // namespace domain
