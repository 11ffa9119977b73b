// A report rendered in one of its formats (see report_render.hpp).
#include "domain/report_render.hpp"

#include "domain/plan_document.hpp"
#include "domain/progress.hpp"
#include "domain/report_csv.hpp"
#include "domain/report_docx.hpp"

namespace domain {

std::optional<RenderedReport> renderReport(const Plan& plan, const std::string& reportId,
                                           ReportFormat format) {
    try {
        if (reportId.empty()) {
            const std::string name = "ke-hoach-kstthc-" + std::to_string(plan.year);
            if (format == ReportFormat::Html)
                return RenderedReport{name + ".html", planHtml(plan)};
            if (format == ReportFormat::Docx)
                return RenderedReport{name + ".docx", planDocx(plan)};
            return std::nullopt;
        }
        const Report* report = findReport(plan, reportId);
        if (!report)
            return std::nullopt;
        const std::optional<ReportPeriod> period = reportPeriodFromText(report->period, periodModeOf(plan));
        if (!period)
            return std::nullopt;
        const std::optional<Date> asOf = parseIsoDate(report->asOf);
        const ReportFigures figures = reportFigures(plan, *period, asOf ? *asOf : period->to);
        const ReportText text = reportTextOf(*report);
        std::string name = "bao-cao-kstthc-" + report->period;
        for (char& c : name)
            if (c == '/')
                c = '_';
        switch (format) {
        case ReportFormat::Html:
            return RenderedReport{name + ".html", reportHtml(plan, figures, text)};
        case ReportFormat::Docx:
            return RenderedReport{name + ".docx", reportDocx(plan, figures, text)};
        case ReportFormat::Csv:
            return RenderedReport{name + ".csv", reportCsv(plan, figures, text)};
        }
        return std::nullopt;
    } catch (...) { // out of memory: no document, said by the app
        return std::nullopt;
    }
}

} // namespace domain
