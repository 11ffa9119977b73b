#include "domain/report_html.hpp"

#include "domain/escape.hpp"
#include "domain/text.hpp"

#include <cstdio>

namespace domain {

namespace {

const char* const kStyle = R"(<style>
@page { size: A4; margin: 20mm 15mm 20mm 30mm;
  @top-center { content: counter(page); font: 13pt "Times New Roman", "Liberation Serif", Tinos, serif; } }
@page :first { @top-center { content: none; } }
@page landscape { size: A4 landscape; }
section.landscape { page: landscape; break-before: page; }
body { font: 14pt/1.3 "Times New Roman", "Liberation Serif", Tinos, serif; color: #000; margin: 0; }
p { margin: 6pt 0; text-align: justify; text-indent: 1cm; }
table.head, table.sign { width: 100%; border-collapse: collapse; }
table.head td, table.sign td { vertical-align: top; text-align: center; padding: 0; }
.body-name, .motto { font-weight: bold; }
.motto { font-size: 12pt; white-space: nowrap; }
.motto + .motto { font-size: 13pt; }
.rule { display: inline-block; border-top: 1px solid #000; margin: 2pt 0 4pt; }
.dateline { font-style: italic; margin-top: 6pt; }
.dateline, .number, .keep { white-space: pre-wrap; }
.doctype { font-weight: bold; text-align: center; margin: 18pt 0 0; text-indent: 0; }
.summary { font-weight: bold; text-align: center; margin: 0; text-indent: 0; }
h2 { font-size: 14pt; margin: 12pt 0 6pt; }
h3 { font-size: 14pt; margin: 10pt 0 4pt; }
table.grid { width: 100%; border-collapse: collapse; font-size: 12pt; margin: 4pt 0 8pt; }
table.grid th, table.grid td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; }
table.grid th { font-weight: bold; text-align: center; }
table.grid thead { display: table-header-group; }
table.grid tr { break-inside: avoid; page-break-inside: avoid; }
table.grid tr.group { break-after: avoid; page-break-after: avoid; }
td.n { text-align: right; }
.recipients { font-size: 11pt; text-align: left !important; }
.recipients b { font-size: 12pt; font-style: italic; }
.authority { font-weight: bold; }
.signer { font-weight: bold; margin-top: 64pt; }
.pre { white-space: pre-wrap; }
</style>)";

/// A paragraph per line of free text (empty lines dropped); a dash when nothing was written.
std::string paragraphs(const std::string& text) {
    std::string out;
    for (const std::string& line : textLines(text))
        out += "<p>" + htmlText(line) + "</p>\n";
    return out.empty() ? "<p>Không.</p>\n" : out;
}

std::string figure(long long v) {
    return v < 0 ? "" : formatCount(v);
}

void results(std::string& out, const ReportFigures& f) {
    out += "<h2>I. KẾT QUẢ THỰC HIỆN</h2>\n<p>" + htmlText(reportTallyText(f.overall)) + "</p>\n";
    for (const ReportGroup& g : f.groups) {
        // Subsections of section I: numbered 1, 2, … (the appendix's own numerals would repeat "I.").
        out +=
            "<h3>" + std::to_string(&g - f.groups.data() + 1) + ". " + htmlText(g.group->title) + "</h3>\n";
        if (g.lines.empty()) {
            out += "<p>Không có việc đến hạn trong kỳ.</p>\n";
            continue;
        }
        out += "<p>" + htmlText(reportTallyText(g.tally)) + "</p>\n";
        out +=
            "<table class=\"grid\"><thead><tr><th style=\"width:6%\">STT</th><th>Nội dung công việc</th>"
            "<th style=\"width:18%\">Kỳ, hạn</th><th style=\"width:15%\">Kết quả</th><th style=\"width:28%\">"
            "Minh chứng, ghi chú</th></tr></thead><tbody>\n";
        for (const ReportLine& l : g.lines) {
            out += "<tr><td>" + htmlText(l.task->number) + "</td><td>" + htmlText(l.task->content) +
                   "</td><td>" + htmlText(reportOccurrenceText(l.occurrence)) + "</td><td>" +
                   reportStatusText(l.status) + "</td><td>";
            if (l.progress) {
                for (const Evidence& e : l.progress->evidence)
                    out += "<div>- " + htmlText(e.text) + "</div>";
                if (!l.progress->note.empty())
                    out += "<div class=\"pre\">" + htmlText(l.progress->note) + "</div>";
            }
            out += "</td></tr>\n";
        }
        out += "</tbody></table>\n";
    }
}

void targets(std::string& out, const ReportFigures& f) {
    out += "<h2>II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU</h2>\n";
    if (f.targets.empty()) {
        out += "<p>Kế hoạch không đặt chỉ tiêu.</p>\n";
        return;
    }
    out +=
        "<table class=\"grid\"><thead><tr><th style=\"width:6%\">STT</th><th>Chỉ tiêu</th><th "
        "style=\"width:14%\">"
        "Mục tiêu</th><th style=\"width:22%\">Kết quả trong kỳ</th><th style=\"width:14%\">Đánh giá</th></tr>"
        "</thead><tbody>\n";
    int n = 0;
    for (const ReportTarget& t : f.targets) {
        out += "<tr><td class=\"n\">" + std::to_string(++n) + "</td><td>" + htmlText(t.kpi->name) +
               "</td><td>" + htmlText(reportTargetText(*t.kpi)) + "</td><td>" +
               htmlText(reportRateText(t.rate)) + "</td><td>" + reportVerdictText(t.rate.verdict) +
               "</td></tr>\n";
    }
    out += "</tbody></table>\n";
}

void oneStop(std::string& out, const ReportFigures& f) {
    out += "<h2>III. TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH</h2>\n";
    if (!f.oneStop) {
        out += "<p>Chưa nhập số liệu một cửa trong kỳ.</p>\n";
        return;
    }
    const OneStopMonth& m = *f.oneStop;
    out +=
        "<p style=\"text-indent:0\">(Theo Biểu số 06/VPCP/KSTT; đơn vị tính: số hồ sơ TTHC)</p>\n"
        "<table class=\"grid\"><thead><tr><th rowspan=\"3\">STT</th><th rowspan=\"3\">Lĩnh vực</th>"
        "<th colspan=\"4\">Số hồ sơ nhận giải quyết</th><th colspan=\"4\">Số hồ sơ đã giải quyết</th>"
        "<th colspan=\"3\">Số hồ sơ đang giải quyết</th></tr><tr><th rowspan=\"2\">Tổng số</th>"
        "<th colspan=\"2\">Trong kỳ</th><th rowspan=\"2\">Từ kỳ trước chuyển qua</th><th rowspan=\"2\">Tổng "
        "số"
        "</th><th rowspan=\"2\">Trước hạn</th><th rowspan=\"2\">Đúng hạn</th><th rowspan=\"2\">Quá hạn</th>"
        "<th rowspan=\"2\">Tổng số</th><th rowspan=\"2\">Trong hạn</th><th rowspan=\"2\">Quá hạn</th></tr>"
        "<tr><th>Trực tuyến</th><th>Trực tiếp, dịch vụ bưu chính</th></tr><tr>";
    for (int col = 1; col <= 13; ++col)
        out += "<th>(" + std::to_string(col) + ")</th>";
    out += "</tr></thead><tbody><tr><td class=\"n\">1</td><td>Tất cả lĩnh vực</td>";
    for (int i = 0; i <= static_cast<int>(OneStopFigure::PendingLate); ++i)
        out += "<td class=\"n\">" + figure(oneStopValue(m, static_cast<OneStopFigure>(i))) + "</td>";
    out += "</tr></tbody></table>\n";
}

} // namespace

std::string documentNumberLine(const std::string& numberSymbol) {
    // A number left blank to be written by hand keeps its room (no-break spaces, not collapsed in HTML).
    const bool blank = numberSymbol.empty() || numberSymbol[0] == '/';
    return "Số: " + (blank ? std::string("\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0") : std::string()) +
           numberSymbol;
}

std::string recipientLine(const std::string& text) {
    const std::size_t start = text.find_first_not_of(" \t");
    if (start == std::string::npos)
        return std::string();
    const std::string line = text.substr(start);
    return line[0] == '-' || line[0] == '+' ? line : "- " + line;
}

std::string documentStyle() {
    return kStyle;
}

std::string documentHeaderHtml(const Plan& plan, const std::string& numberLine, const std::string& dateLine) {
    std::string out = "<table class=\"head\"><tr><td style=\"width:38%\">";
    if (!plan.parentBody.empty())
        out += "<div>" + htmlText(plan.parentBody) + "</div>";
    out += "<div class=\"body-name\">" + htmlText(plan.issuingBody) +
           "</div><div class=\"rule\" style=\"width:35%\"></div><div class=\"number\">" +
           htmlText(numberLine) + "</div></td><td>";
    out +=
        "<div class=\"motto\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div><div class=\"motto\">Độc lập - Tự do - "
        "Hạnh phúc</div><div class=\"rule\" style=\"width:62%\"></div><div class=\"dateline\">" +
        htmlText(dateLine) + "</div></td></tr></table>\n";
    return out;
}

std::string signatureHtml(const std::vector<std::string>& recipients, const Signature& signature) {
    std::string out =
        "<table class=\"sign\"><tr><td class=\"recipients\" style=\"width:45%\"><b>Nơi nhận:</b>";
    for (const std::string& r : recipients)
        out += "<div>" + htmlText(r) + "</div>";
    out += "</td><td>";
    if (!signature.authority.empty())
        out += "<div class=\"authority\">" + htmlText(signature.authority) + "</div>";
    out += "<div class=\"authority\">" + htmlText(signature.title) + "</div><div class=\"signer\">" +
           htmlText(signature.name) + "</div></td></tr></table>\n";
    return out;
}

std::string reportOccurrenceText(const Occurrence& o) {
    switch (o.kind) {
    case OccurrenceKind::Period: {
        const std::optional<Period> p = periodFromKey(o.key, PeriodMode::Calendar);
        return (p ? periodLabel(*p, true) + ", h" : std::string("H")) + "ạn " + toDisplay(o.due);
    }
    case OccurrenceKind::Event:
        return "Phát sinh ngày " + toDisplay(o.start) + ", hạn " + toDisplay(o.due);
    case OccurrenceKind::Window:
        break;
    }
    return "Hạn " + toDisplay(o.due);
}

std::string reportTallyText(const Tally& t) {
    return "Tổng số " + std::to_string(t.total) + " việc; hoàn thành " + std::to_string(t.done()) +
           " (đúng hạn " + std::to_string(t.doneOnTime) + ", quá hạn " + std::to_string(t.doneLate) +
           "); đang thực hiện trong hạn " + std::to_string(t.inTime) + "; quá hạn chưa hoàn thành " +
           std::to_string(t.overdue) + "; chưa đến hạn " + std::to_string(t.notDue) + "; không phát sinh " +
           std::to_string(t.notApplicable) + ".";
}

std::string reportTargetText(const Kpi& k) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", k.target);
    std::string value = buffer;
    for (char& ch : value)
        if (ch == '.')
            ch = ',';
    const std::string& c = k.comparison;
    return (c == ">=" ? "≥" : c == "<=" ? "≤" : c) + " " + value + (k.unit.empty() ? "" : " " + k.unit);
}

const char* reportVerdictText(Verdict v) {
    return v == Verdict::Met ? "Đạt" : v == Verdict::Missed ? "Không đạt" : "Chưa có số liệu";
}

const char* oneStopColumnTitle(OneStopFigure figure) {
    static const char* const titles[kOneStopFigureCount] = {"Tổng số hồ sơ nhận giải quyết",
                                                            "Nhận trực tuyến trong kỳ",
                                                            "Nhận trực tiếp, dịch vụ bưu chính trong kỳ",
                                                            "Từ kỳ trước chuyển qua",
                                                            "Tổng số hồ sơ đã giải quyết",
                                                            "Giải quyết trước hạn",
                                                            "Giải quyết đúng hạn",
                                                            "Giải quyết quá hạn",
                                                            "Tổng số hồ sơ đang giải quyết",
                                                            "Đang giải quyết trong hạn",
                                                            "Đang giải quyết quá hạn"};
    const auto i = static_cast<std::size_t>(figure);
    return i < kOneStopFigureCount ? titles[i] : "";
}

std::string reportRateText(const Rate& rate) {
    if (!rate.rate)
        return "Chưa có số liệu";
    std::string value = formatRate(rate.rate);
    if (rate.denominator > 0)
        value += " (" + formatCount(rate.numerator) + "/" + formatCount(rate.denominator) + ")";
    return value;
}

ReportText reportTextOf(const Report& r) {
    ReportText t;
    t.number = r.number;
    if (const std::optional<Date> d = parseIsoDate(r.date))
        t.date = *d;
    else if (const std::optional<Date> asOf = parseIsoDate(r.asOf))
        t.date = *asOf;
    t.difficulties = r.difficulties;
    t.proposals = r.proposals;
    t.nextSteps = r.nextSteps;
    for (const std::string& line : textLines(r.recipients))
        t.recipients.push_back(recipientLine(line));
    t.signature = {r.signerAuthority, r.signerTitle, r.signerName};
    return t;
}

std::string documentDateLine(const std::string& place, const Date& date) {
    const std::string month = date.month <= 2 ? twoDigits(date.month) : std::to_string(date.month);
    return place + ", ngày " + twoDigits(date.day) + " tháng " + month + " năm " + std::to_string(date.year);
}

const char* reportStatusText(Timeliness t) {
    switch (t) {
    case Timeliness::NotDue:
        return "Chưa đến hạn";
    case Timeliness::InTime:
        return "Đang thực hiện, trong hạn";
    case Timeliness::Overdue:
        return "Quá hạn, chưa hoàn thành";
    case Timeliness::DoneOnTime:
        return "Hoàn thành đúng hạn";
    case Timeliness::DoneLate:
        return "Hoàn thành quá hạn";
    case Timeliness::NotApplicable:
        break;
    }
    return "Không phát sinh";
}

std::string reportHtml(const Plan& plan, const ReportFigures& figures, const ReportText& text) {
    const std::string summary = reportSummary(figures.period);
    std::string out = "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" +
                      htmlText(summary) + "</title>\n" + kStyle + "</head><body>\n";
    out += documentHeaderHtml(plan, documentNumberLine(text.number + "/" + reportSymbol(plan)),
                              documentDateLine(plan.place, text.date));
    out += "<p class=\"doctype\">BÁO CÁO</p>\n<p class=\"summary\">" + htmlText(summary) +
           "</p><div style=\"text-align:center\"><div class=\"rule\" style=\"width:25%\"></div></div>\n";
    out += "<p>Số liệu tính đến hết ngày " + toDisplay(figures.asOf) + ".</p>\n";
    results(out, figures);
    targets(out, figures);
    oneStop(out, figures);
    out += "<h2>IV. KHÓ KHĂN, VƯỚNG MẮC</h2>\n" + paragraphs(text.difficulties);
    out += "<h2>V. KIẾN NGHỊ, ĐỀ XUẤT</h2>\n" + paragraphs(text.proposals);
    out += "<h2>VI. PHƯƠNG HƯỚNG KỲ TỚI</h2>\n" + paragraphs(text.nextSteps);
    out += signatureHtml(text.recipients, text.signature);
    out += "</body></html>\n";
    return out;
}

} // namespace domain
