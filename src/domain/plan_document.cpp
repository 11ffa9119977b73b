// The plan as a state document (see plan_document.hpp).
#include "domain/plan_document.hpp"

#include "domain/docx.hpp"
#include "domain/escape.hpp"
#include "domain/report_html.hpp"

namespace domain {

namespace {

/// A date as plans cite documents: "08/6/2010", "14/02/2008" (a day below 10 and months 1 and 2 with a
/// leading zero, NĐ 30/2020).
std::string citationDate(const Date& d) {
    return twoDigits(d.day) + "/" + (d.month <= 2 ? twoDigits(d.month) : std::to_string(d.month)) + "/" +
           std::to_string(d.year);
}

std::string joined(std::string a, const std::string& separator, const std::string& b) {
    if (a.empty())
        return b;
    return b.empty() ? a : a + separator + b;
}

std::string dateLine(const Plan& plan) {
    return joined(plan.place, ", ", plan.dateText);
}

std::vector<std::string> recipientLines(const Plan& plan) {
    std::vector<std::string> out;
    for (const Recipient& r : plan.recipients)
        if (r.text.find_first_not_of(" \t") != std::string::npos)
            out.push_back(recipientLine(r.text));
    return out;
}

/// The body block's text as printed: a bullet with its dash.
std::string blockText(const BodyBlock& b) {
    return b.kind == "bullet" ? "- " + b.text : b.text;
}

bool isHeading(const BodyBlock& b) {
    return b.kind == "heading1" || b.kind == "heading2";
}

// [SECTION] Print page

void appendixHtml(std::string& out, const Plan& plan) {
    out += "<section class=\"landscape\">\n<p class=\"doctype\">" + htmlText(plan.appendixTitle) +
           "</p>\n<p class=\"summary keep\" style=\"font-weight:normal;font-style:italic\">" +
           htmlText(plan.appendixSubtitle) + "</p>\n";
    out += "<table class=\"grid\" style=\"table-layout:fixed\"><thead><tr><th "
           "style=\"width:5%\">STT</th><th>Nội dung công việc</th>"
           "<th style=\"width:19%\">Sản phẩm</th><th style=\"width:14%\">Cơ quan, đơn vị chủ trì</th>"
           "<th style=\"width:18%\">Cơ quan, đơn vị phối hợp</th><th style=\"width:14%\">Thời gian thực hiện"
           "</th></tr></thead><tbody>\n";
    for (const Group& g : plan.groups) {
        out += "<tr class=\"group\"><td><b>" + htmlText(g.numeral) + "</b></td><td colspan=\"5\"><b>" +
               htmlText(g.title) + "</b></td></tr>\n";
        for (const Task& t : g.tasks)
            out += "<tr><td>" + htmlText(t.number) + "</td><td>" + htmlText(t.content) +
                   "</td><td class=\"keep\">" + htmlText(t.product) + "</td><td>" +
                   htmlText(leadUnitText(plan, t)) + "</td><td>" + htmlText(coordinatorsText(plan, t)) +
                   "</td><td>" + htmlText(t.timeframe) + "</td></tr>\n";
    }
    out += "</tbody></table>\n</section>\n";
}

// [SECTION] Word

std::string appendixDocx(const Plan& plan) {
    using namespace docx;
    std::string out = centred(plan.appendixTitle, Look{true});
    out += centred(plan.appendixSubtitle, Look{false, true}, 120);
    Table table({{"STT", 700},
                 {"Nội dung công việc", 4200},
                 {"Sản phẩm", 2800},
                 {"Cơ quan, đơn vị chủ trì", 2000},
                 {"Cơ quan, đơn vị phối hợp", 2586},
                 {"Thời gian thực hiện", 2000}});
    table.header();
    for (const Group& g : plan.groups) {
        table.spanningRow(joined(g.numeral, ". ", g.title));
        for (const Task& t : g.tasks)
            table.row({t.number, t.content, t.product, leadUnitText(plan, t), coordinatorsText(plan, t),
                       t.timeframe});
    }
    return out + table.xml();
}

} // namespace

std::string legalBasisCitation(const LegalBasis& b) {
    std::string out = b.kind;
    if (!b.number.empty())
        out = joined(out, " ", "số " + b.number);
    if (const std::optional<Date> d = parseIsoDate(b.date))
        out += " ngày " + citationDate(*d);
    if (!b.issuer.empty())
        out = joined(out, " ", "của " + b.issuer);
    return joined(out, " ", b.summary);
}

std::string preambleText(const Plan& plan) {
    std::string bases;
    for (const LegalBasis& b : plan.legalBases)
        bases = joined(bases, "; ", legalBasisCitation(b));
    return joined(joined(plan.preambleLead, " ", bases), bases.empty() ? " " : "; ", plan.preambleClose);
}

std::string leadUnitText(const Plan& plan, const Task& task) {
    const Unit* u = findUnit(plan, task.leadUnitId);
    return u ? u->name : std::string();
}

std::string coordinatorsText(const Plan& plan, const Task& task) {
    std::string out;
    for (const UnitRef& ref : task.coordinators)
        if (const Unit* u = findUnit(plan, ref.unitId))
            out = joined(out, ", ", u->name);
    return out;
}

std::string planHtml(const Plan& plan) {
    std::string out = "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" +
                      htmlText(joined(plan.docType, " ", plan.title)) + "</title>\n" + documentStyle() +
                      "</head><body>\n";
    out += documentHeaderHtml(plan, documentNumberLine(plan.numberSymbol), dateLine(plan));
    out += "<p class=\"doctype\">" + htmlText(plan.docType) + "</p>\n";
    for (const std::string& line : textLines(plan.title))
        out += "<p class=\"summary\">" + htmlText(line) + "</p>\n";
    out += "<div style=\"text-align:center\"><div class=\"rule\" style=\"width:25%\"></div></div>\n";
    out += "<p>" + htmlText(preambleText(plan)) + "</p>\n";
    for (const BodyBlock& b : plan.body)
        out += isHeading(b) ? "<p><b>" + htmlText(b.text) + "</b></p>\n"
                            : "<p class=\"keep\">" + htmlText(blockText(b)) + "</p>\n";
    out += signatureHtml(recipientLines(plan), plan.signature);
    appendixHtml(out, plan);
    return out + "</body></html>\n";
}

std::string planDocx(const Plan& plan) {
    using namespace docx;
    std::string body = documentHeader(plan, documentNumberLine(plan.numberSymbol), dateLine(plan));
    body += paragraph("", Layout{"left", false, 120});
    body += centred(plan.docType, Look{true});
    for (const std::string& line : textLines(plan.title))
        body += centred(line, Look{true});
    body += rule(kTextWidth / 4);
    body += paragraph(run(preambleText(plan)));
    for (const BodyBlock& b : plan.body)
        body += isHeading(b) ? heading(b.text) : paragraph(run(blockText(b)));
    body += signatureBlock(recipientLines(plan), plan.signature);
    body += sectionBreak(sectionProperties(false, true));
    body += appendixDocx(plan);
    return package(body + sectionProperties(true, false));
}

} // namespace domain
