// The plan itself printed and in Word (issue 13): the header block, the preamble citing its legal bases, the
// body, the signature on portrait pages, the appendix on landscape pages; hostile text stays text.
#include "domain/escape.hpp"
#include "domain/plan_document.hpp"
#include "domain/plan_json.hpp"
#include "domain/report_render.hpp"
#include "test_support.hpp"
#include "zip_reader.hpp"

#include <doctest/doctest.h>

using namespace domain;

namespace {

Plan builtin() {
    return *importPlanJson(test_support::builtinPlanText()).plan;
}

} // namespace

TEST_CASE("a legal basis is cited as plans cite it; the preamble joins the bases") {
    LegalBasis b;
    b.kind = "Nghị định";
    b.number = "63/2010/NĐ-CP";
    b.date = "2010-06-08";
    b.issuer = "Chính phủ";
    b.summary = "về kiểm soát thủ tục hành chính";
    CHECK(legalBasisCitation(b) == "Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ "
                                   "tục hành chính");
    b.date = "2008-02-14";
    CHECK(legalBasisCitation(b).find("ngày 14/02/2008") != std::string::npos);
    b.date = "";
    b.issuer = "";
    CHECK(legalBasisCitation(b) == "Nghị định số 63/2010/NĐ-CP về kiểm soát thủ tục hành chính");

    const Plan plan = builtin();
    const std::string preamble = preambleText(plan);
    CHECK(preamble.rfind("Thực hiện Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ", 0) == 0);
    CHECK(preamble.find("Kế hoạch số 23/KH-UBND ngày 26/01/2024") != std::string::npos);
    CHECK(preamble.find("; UBND xã ban hành Kế hoạch") != std::string::npos);
    CHECK(test_support::occurrences(preamble, "; ") == plan.legalBases.size());
}

TEST_CASE("the plan's print page: header, body, signature, the appendix on landscape pages, text escaped") {
    Plan plan = builtin();
    plan.groups[0].tasks[0].content = "<script>alert(1)</script>";
    const std::optional<RenderedReport> out = renderReport(plan, "", ReportFormat::Html);
    REQUIRE(out);
    CHECK(out->fileName == "ke-hoach-kstthc-2024.html");
    const std::string& html = out->data;
    CHECK(html.find("<script>") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(html.find("@page landscape { size: A4 landscape; }") != std::string::npos);
    CHECK(test_support::occurrences(html, "<section class=\"landscape\">") == 1);
    CHECK(html.find("Số: \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/KH-UBND") != std::string::npos);
    CHECK(html.find("Hòa Tân Tây, ngày      tháng 01 năm 2024") != std::string::npos);
    CHECK(html.find("<div>- Đảng ủy xã;</div>") != std::string::npos);
    CHECK(html.find("Nguyễn Kim Hoàng") != std::string::npos);
    // Every task once, in the appendix, after the signature; its lead unit by name.
    const std::size_t appendix = html.find("<section class=\"landscape\">");
    CHECK(html.find("Nguyễn Kim Hoàng") < appendix);
    for (const Group& g : plan.groups)
        for (const Task& t : g.tasks)
            if (t.meta.id != "task-1-1")
                CHECK_MESSAGE(html.find(htmlText(t.content), appendix) != std::string::npos, t.meta.id);
    CHECK(html.find("Văn phòng – Thống kê", appendix) != std::string::npos);
    for (const BodyBlock& b : plan.body)
        CHECK_MESSAGE(html.find(htmlText(b.text)) < appendix, b.meta.id);
}

TEST_CASE("the plan's .docx: portrait section with the text, landscape section with the appendix") {
    Plan plan = builtin();
    plan.title = "Hoạt động & \"kiểm soát\"\x02";
    const std::optional<RenderedReport> out = renderReport(plan, "", ReportFormat::Docx);
    REQUIRE(out);
    CHECK(out->fileName == "ke-hoach-kstthc-2024.docx");
    CHECK_FALSE(renderReport(plan, "", ReportFormat::Csv));
    const std::map<std::string, std::string> files = readZip(out->data);
    checkTagsBalanced(files);
    const std::string& doc = files.at("word/document.xml");
    CHECK(doc.find("Hoạt động &amp; &quot;kiểm soát&quot;") != std::string::npos);
    CHECK(doc.find('\x02') == std::string::npos);
    REQUIRE(test_support::occurrences(doc, "<w:sectPr>") == 2);
    const std::size_t first = doc.find("<w:sectPr>"), second = doc.find("<w:sectPr>", first + 1);
    CHECK(doc.find("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>", first) < second);
    CHECK(doc.find("<w:titlePg/>", first) < second);
    CHECK(doc.find("<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>", second) !=
          std::string::npos);
    CHECK(doc.find("<w:titlePg/>", second) == std::string::npos); // the appendix's first page is numbered
    const std::string appendix = doc.substr(first);
    CHECK(appendix.find("PHỤ LỤC HOẠT ĐỘNG KIỂM SOÁT THỦ TỤC HÀNH CHÍNH NĂM 2024") != std::string::npos);
    CHECK(appendix.find("<w:tblHeader/>") != std::string::npos);
    CHECK(appendix.find("<w:gridSpan w:val=\"6\"/>") != std::string::npos); // a group row
    for (const Group& g : plan.groups)
        for (const Task& t : g.tasks)
            CHECK_MESSAGE(appendix.find(xmlText(t.content)) != std::string::npos, t.meta.id);
    CHECK(doc.substr(0, first).find("Thực hiện Nghị định số 63/2010/NĐ-CP") != std::string::npos);
}
