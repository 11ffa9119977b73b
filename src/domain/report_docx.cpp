// The periodic report as a .docx (see report_docx.hpp).
#include "domain/report_docx.hpp"

#include "domain/docx.hpp"

namespace domain {

namespace {

using namespace docx;

std::string results(const ReportFigures& f) {
    std::string out = heading("I. KẾT QUẢ THỰC HIỆN") + paragraph(run(reportTallyText(f.overall)));
    int n = 0;
    for (const ReportGroup& g : f.groups) {
        out += heading(std::to_string(++n) + ". " + g.group->title);
        if (g.lines.empty()) {
            out += paragraph(run("Không có việc đến hạn trong kỳ."));
            continue;
        }
        out += paragraph(run(reportTallyText(g.tally)));
        Table table({{"STT", 700},
                     {"Nội dung công việc", 3254},
                     {"Kỳ, hạn", 1700},
                     {"Kết quả", 1400},
                     {"Minh chứng, ghi chú", 2300}});
        table.header();
        for (const ReportLine& l : g.lines) {
            std::string evidence;
            if (l.progress) {
                for (const Evidence& e : l.progress->evidence)
                    evidence += "- " + e.text + "\n";
                evidence += l.progress->note;
            }
            table.row({l.task->number, l.task->content, reportOccurrenceText(l.occurrence),
                       reportStatusText(l.status), evidence});
        }
        out += table.xml();
    }
    return out;
}

std::string targets(const ReportFigures& f) {
    std::string out = heading("II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU");
    if (f.targets.empty())
        return out + paragraph(run("Kế hoạch không đặt chỉ tiêu."));
    Table table({{"STT", 700},
                 {"Chỉ tiêu", 3854},
                 {"Mục tiêu", 1300},
                 {"Kết quả trong kỳ", 2200},
                 {"Đánh giá", 1300}});
    table.header();
    int n = 0;
    for (const ReportTarget& t : f.targets)
        table.row({std::to_string(++n), t.kpi->name, reportTargetText(*t.kpi), reportRateText(t.rate),
                   reportVerdictText(t.rate.verdict)});
    return out + table.xml();
}

std::string oneStop(const ReportFigures& f) {
    std::string out = heading("III. TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH");
    if (!f.oneStop)
        return out + paragraph(run("Chưa nhập số liệu một cửa trong kỳ."));
    out += paragraph(run("(Theo Biểu số 06/VPCP/KSTT; đơn vị tính: số hồ sơ TTHC)", Look{false, true}),
                     Layout{"left", false});
    Table table({{"Chỉ số", 6354}, {"Số hồ sơ", 3000}});
    table.header();
    for (std::size_t i = 0; i < kOneStopFigureCount; ++i) {
        const auto figure = static_cast<OneStopFigure>(i);
        const long long v = oneStopValue(*f.oneStop, figure);
        table.row(
            {"(" + std::to_string(i + 3) + ") " + oneStopColumnTitle(figure), v < 0 ? "" : formatCount(v)});
    }
    return out + table.xml();
}

std::string documentBody(const Plan& plan, const ReportFigures& f, const ReportText& text) {
    const std::string summary = reportSummary(f.period);
    std::string body = documentHeader(plan, documentNumberLine(text.number + "/" + reportSymbol(plan)),
                                      documentDateLine(plan.place, text.date));
    body += paragraph("", Layout{"left", false, 120});
    body += centred("BÁO CÁO", Look{true});
    body += centred(summary, Look{true});
    body += rule(kTextWidth / 4);
    body += paragraph(run("Số liệu tính đến hết ngày " + toDisplay(f.asOf) + "."));
    body += results(f) + targets(f) + oneStop(f);
    body += heading("IV. KHÓ KHĂN, VƯỚNG MẮC") + bodyText(text.difficulties);
    body += heading("V. KIẾN NGHỊ, ĐỀ XUẤT") + bodyText(text.proposals);
    body += heading("VI. PHƯƠNG HƯỚNG KỲ TỚI") + bodyText(text.nextSteps);
    body += signatureBlock(text.recipients, text.signature) + paragraph("", Layout{"left", false, 0});
    return body + sectionProperties(false, true);
}

} // namespace

std::string reportDocx(const Plan& plan, const ReportFigures& figures, const ReportText& text) {
    return package(documentBody(plan, figures, text));
}

} // namespace domain
