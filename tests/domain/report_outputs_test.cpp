// Reports kept in the plan (issue 13): the record read, written, checked and edited like every other; its
// period and the day it is judged on; and its three outputs — the print page, the .docx (read back with the
// zip reader written here) and the CSV — with hostile plan text that stays text.
#include "domain/edit.hpp"
#include "domain/escape.hpp"
#include "domain/plan_json.hpp"
#include "domain/report.hpp"
#include "domain/report_render.hpp"
#include "domain/validate.hpp"
#include "test_support.hpp"
#include "zip_reader.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace domain;

namespace {

const Stamp kStamp{"2024-07-05T08:00:00Z", "Lan"};

Plan builtin() {
    return *importPlanJson(test_support::builtinPlanText()).plan;
}

/// The built-in plan with a Q2 report dated 05/07/2024 and one task done on 20/06 with evidence.
Plan withReport() {
    Plan plan = builtin();
    Progress p;
    p.meta.id = progressId("task-2-1", "2024-Q2");
    p.taskId = "task-2-1";
    p.occurrence = "2024-Q2";
    p.status = "done";
    p.completed = "2024-06-20";
    p.evidence.push_back(Evidence{"ev-1", "Biên bản số 3 ngày 20/6/2024"});
    plan.progress.push_back(p);
    const ReportPeriod q2 = *reportPeriodFromText("2024-Q2", PeriodMode::Calendar);
    REQUIRE(applyEdit(plan, newReportEdit(plan, q2, Date{2024, 7, 5}, "report-1"), kStamp).inverse);
    return plan;
}

} // namespace

TEST_CASE(
    "a report names a period key or a date range; its figures are judged at the period's end or its date") {
    CHECK(reportPeriodText(*reportPeriodFromText("2024-Q2", PeriodMode::Calendar)) == "2024-Q2");
    CHECK(reportPeriodText(*reportPeriodFromText("2024-9M", PeriodMode::Decree09)) == "2024-9M");
    const std::optional<ReportPeriod> range =
        reportPeriodFromText("2024-04-01/2024-05-15", PeriodMode::Calendar);
    REQUIRE(range);
    CHECK(range->from == Date{2024, 4, 1});
    CHECK(range->to == Date{2024, 5, 15});
    CHECK(reportPeriodText(*range) == "2024-04-01/2024-05-15");
    for (const char* bad :
         {"", "2024-Q5", "2024-05-15/2024-04-01", "2024-04-01/", "2024-02-30/2024-03-01", "Q2"})
        CHECK_FALSE(reportPeriodFromText(bad, PeriodMode::Calendar));
    // A Q2 report dated after the quarter is judged on 30/06; one dated within it, on its date.
    CHECK(reportAsOf(*range, Date{2024, 7, 5}) == Date{2024, 5, 15});
    CHECK(reportAsOf(*range, Date{2024, 5, 1}) == Date{2024, 5, 1});
}

TEST_CASE("a new report takes the plan's recipients and signer, keeps through a snapshot, and is checked") {
    Plan plan = withReport();
    REQUIRE(plan.reports.size() == 1);
    const Report& r = plan.reports.front();
    CHECK(r.period == "2024-Q2");
    CHECK(r.date == "2024-07-05");
    CHECK(r.asOf == "2024-06-30");
    CHECK(r.number.empty());
    CHECK(r.meta.author == "Lan");
    CHECK(r.signerName == plan.signature.name);
    CHECK(r.recipients.find(plan.recipients.front().text) == 0);
    CHECK(reportSymbol(plan) == "BC-UBND");
    // Through a snapshot and back, byte for byte.
    const std::string json = exportPlanJson(plan);
    CHECK(json.find("\"reports\"") != std::string::npos);
    const ImportResult back = importPlanJson(json);
    REQUIRE(back.plan);
    CHECK(exportPlanJson(*back.plan) == json);
    // Edited like any record, undoably; a period that is none is refused with where it is.
    EditResult typed =
        applyEdit(plan, Edit{{SetText{"report-1", "proposals", "Đề nghị hỗ trợ máy quét."}}}, kStamp);
    REQUIRE(typed.inverse);
    CHECK(plan.reports.front().proposals == "Đề nghị hỗ trợ máy quét.");
    REQUIRE(applyEdit(plan, *typed.inverse, kStamp).inverse);
    CHECK(plan.reports.front().proposals.empty());
    const EditResult bad = applyEdit(plan, Edit{{SetText{"report-1", "period", "quý 2"}}}, kStamp);
    CHECK_FALSE(bad.inverse);
    std::string broken = json;
    broken.replace(broken.find("\"period\": \"2024-Q2\""), 19, "\"period\": \"2024-Q9\"");
    const ImportResult refused = importPlanJson(broken);
    REQUIRE_FALSE(refused.plan);
    CHECK(refused.errors.front().path == "reports[0].period");
    CHECK(refused.errors.front().message.code == MessageCode::InvalidReportPeriod);
    // "Cập nhật số liệu" judges it again as of today, never after its period.
    const std::optional<Edit> refresh = refreshReportEdit(plan, plan.reports.front(), Date{2024, 6, 10});
    REQUIRE(refresh);
    REQUIRE(applyEdit(plan, *refresh, kStamp).inverse);
    CHECK(plan.reports.front().asOf == "2024-06-10");
    REQUIRE(
        applyEdit(plan, *refreshReportEdit(plan, plan.reports.front(), Date{2024, 12, 1}), kStamp).inverse);
    CHECK(plan.reports.front().asOf == "2024-06-30");
    // A next year's copy starts without the year's reports.
    std::vector<YearChange> changes;
    CHECK(nextYearCopy(plan, "plan-2025", kStamp.time, "Lan", changes).reports.empty());
}

TEST_CASE("the report's .docx: a valid package, A4 with the decree's margins, page numbers from page 2") {
    Plan plan = withReport();
    plan.groups[1].tasks[0].content = "<w:t>tiêm</w:t> & \"x\"\x01";
    plan.reports.front().number = "12";
    const std::optional<RenderedReport> out = renderReport(plan, "report-1", ReportFormat::Docx);
    REQUIRE(out);
    CHECK(out->fileName == "bao-cao-kstthc-2024-Q2.docx");
    const std::map<std::string, std::string> files = readZip(out->data);
    for (const char* part :
         {"[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/document.xml",
          "word/styles.xml", "word/settings.xml", "word/header1.xml", "word/header2.xml"})
        CHECK_MESSAGE(files.count(part), part);
    const std::string& doc = files.at("word/document.xml");
    CHECK(doc.find("&lt;w:t&gt;tiêm&lt;/w:t&gt; &amp; &quot;x&quot;") != std::string::npos);
    CHECK(doc.find("\x01") == std::string::npos);
    CHECK(doc.find("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>") != std::string::npos);
    CHECK(doc.find("w:top=\"1134\" w:right=\"851\" w:bottom=\"1134\" w:left=\"1701\"") != std::string::npos);
    CHECK(doc.find("<w:titlePg/>") != std::string::npos);
    CHECK(doc.find("<w:tblHeader/>") != std::string::npos);
    CHECK(doc.find("Số: 12/BC-UBND") != std::string::npos);
    CHECK(doc.find("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") != std::string::npos);
    CHECK(doc.find("Biên bản số 3 ngày 20/6/2024") != std::string::npos);
    CHECK(files.at("word/header1.xml").find(" PAGE ") != std::string::npos);
    CHECK(files.at("word/header2.xml").find("PAGE") == std::string::npos);
    CHECK(files.at("word/styles.xml").find("w:ascii=\"Times New Roman\"") != std::string::npos);
    checkTagsBalanced(files);
}

TEST_CASE("the report's CSV: BOM, CR LF, every task of the appendix, formula cells neutralised") {
    Plan plan = withReport();
    plan.groups[0].tasks[0].content = "=HYPERLINK(\"http://x\")";
    plan.reports.front().proposals = "+1 máy quét\nvà \"bút\"";
    const std::optional<RenderedReport> out = renderReport(plan, "report-1", ReportFormat::Csv);
    REQUIRE(out);
    const std::string& csv = out->data;
    CHECK(csv.rfind(std::string(kUtf8Bom), 0) == 0);
    CHECK(test_support::occurrences(csv, "\n") ==
          test_support::occurrences(csv, "\r\n") + 1); // the one LF inside a quoted cell
    CHECK(csv.find(",\"'=HYPERLINK(\"\"http://x\"\")\"") != std::string::npos);
    CHECK(csv.find("\"'+1 máy quét\nvà \"\"bút\"\"\"") != std::string::npos);
    for (const Group& g : plan.groups)
        for (const Task& t : g.tasks)
            if (t.content.find('=') != 0)
                CHECK_MESSAGE(csv.find(csvCell(t.content)) != std::string::npos, t.meta.id);
    CHECK(csv.find("Biên bản số 3 ngày 20/6/2024") != std::string::npos);
    CHECK(csv.find("Hoàn thành đúng hạn") != std::string::npos);
    CHECK(csv.find("Tổng cộng,") != std::string::npos);
}

TEST_CASE("the report's print page and what renderReport refuses") {
    Plan plan = withReport();
    const std::optional<RenderedReport> html = renderReport(plan, "report-1", ReportFormat::Html);
    REQUIRE(html);
    CHECK(html->data.find("quý II năm 2024") != std::string::npos);
    CHECK(html->data.find("<h3>1. ") != std::string::npos); // groups are subsections of I, not "I." again
    CHECK_FALSE(renderReport(plan, "report-9", ReportFormat::Html));
    plan.reports.front().period = "2024-Q9";
    CHECK_FALSE(renderReport(plan, "report-1", ReportFormat::Csv));
}
