// The periodic report's figures: which work a period holds, each judged as of the report's day (not today),
// counts by group summed from the lines, targets from summed counts, and the summary worded per period kind.
#include "domain/plan_json.hpp"
#include "domain/report.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace domain;

namespace {

Plan builtin() {
    return *importPlanJson(test_support::builtinPlanText()).plan;
}

Date day(int y, int m, int d) {
    return Date{y, m, d};
}

void record(Plan& plan, const std::string& task, const std::string& occurrence, const std::string& status,
            const std::string& completed) {
    Progress p;
    p.meta.id = progressId(task, occurrence);
    p.taskId = task;
    p.occurrence = occurrence;
    p.status = status;
    p.completed = completed;
    plan.progress.push_back(p);
}

const ReportLine* lineOf(const ReportFigures& f, const std::string& task, const std::string& occurrence) {
    for (const ReportGroup& g : f.groups)
        for (const ReportLine& l : g.lines)
            if (l.task->meta.id == task && l.occurrence.key == occurrence)
                return &l;
    return nullptr;
}

} // namespace

TEST_CASE("the summary is worded from the period, in both period modes") {
    CHECK(reportSummary(reportPeriodOf(makePeriod(PeriodKind::Quarter, 2024, 2, PeriodMode::Calendar))) ==
          "Kết quả thực hiện công tác kiểm soát thủ tục hành chính quý II năm 2024");
    CHECK(reportPeriodWords(reportPeriodOf(
              makePeriod(PeriodKind::HalfYear, 2024, 1, PeriodMode::Decree09))) == "6 tháng đầu năm 2024");
    CHECK(reportPeriodWords(reportPeriodOf(
              makePeriod(PeriodKind::HalfYear, 2024, 2, PeriodMode::Calendar))) == "6 tháng cuối năm 2024");
    CHECK(reportPeriodWords(reportPeriodOf(
              makePeriod(PeriodKind::NineMonths, 2024, 1, PeriodMode::Calendar))) == "9 tháng năm 2024");
    CHECK(reportPeriodWords(reportPeriodOf(makePeriod(PeriodKind::Year, 2024, 1, PeriodMode::Calendar))) ==
          "năm 2024");
    CHECK(reportPeriodWords(reportPeriodOf(makePeriod(PeriodKind::Month, 2024, 2, PeriodMode::Calendar))) ==
          "tháng 02 năm 2024");
    const auto range = reportRange(day(2024, 4, 1), day(2024, 5, 15));
    REQUIRE(range);
    CHECK(reportPeriodWords(*range) == "từ ngày 01/04/2024 đến ngày 15/05/2024");
    CHECK_FALSE(reportRange(day(2024, 5, 15), day(2024, 4, 1)));
    CHECK_FALSE(reportRange(day(2024, 2, 30), day(2024, 4, 1)));
    // NĐ 09 windows: the Q2 report covers 15/03 – 14/06.
    const ReportPeriod q2 = reportPeriodOf(makePeriod(PeriodKind::Quarter, 2024, 2, PeriodMode::Decree09));
    CHECK(q2.from == day(2024, 3, 15));
    CHECK(q2.to == day(2024, 6, 14));
}

TEST_CASE("work done on 20/07 is overdue in the Q2 report and done late in the 9-month report") {
    Plan plan = builtin();
    record(plan, "task-2-1", "2024-Q2", "done", "2024-07-20");
    const Period q2 = makePeriod(PeriodKind::Quarter, 2024, 2, PeriodMode::Calendar);
    const ReportFigures quarter = reportFigures(plan, reportPeriodOf(q2), q2.end);
    const ReportLine* inQ2 = lineOf(quarter, "task-2-1", "2024-Q2");
    REQUIRE(inQ2);
    CHECK(inQ2->status == Timeliness::Overdue);
    CHECK(inQ2->progress != nullptr); // its result and evidence are still there to print

    const Period nine = makePeriod(PeriodKind::NineMonths, 2024, 1, PeriodMode::Calendar);
    const ReportFigures nineMonths = reportFigures(plan, reportPeriodOf(nine), nine.end);
    const ReportLine* inNine = lineOf(nineMonths, "task-2-1", "2024-Q2");
    REQUIRE(inNine);
    CHECK(inNine->status == Timeliness::DoneLate);
    // The Q3 occurrence is in the 9-month report, not in the Q2 one.
    CHECK(lineOf(nineMonths, "task-2-1", "2024-Q3"));
    CHECK_FALSE(lineOf(quarter, "task-2-1", "2024-Q3"));
    CHECK_FALSE(lineOf(quarter, "task-2-1", "2024-Q1"));
}

TEST_CASE(
    "a report is judged as of its day, not today: done on time stays on time, work due later is not due") {
    Plan plan = builtin();
    record(plan, "task-2-1", "2024-Q2", "done", "2024-06-20");
    record(plan, "task-2-2", "2024-Q2", "na", "");
    const Period q2 = makePeriod(PeriodKind::Quarter, 2024, 2, PeriodMode::Calendar);
    const ReportFigures f = reportFigures(plan, reportPeriodOf(q2), q2.end);
    CHECK(lineOf(f, "task-2-1", "2024-Q2")->status == Timeliness::DoneOnTime);
    CHECK(lineOf(f, "task-2-2", "2024-Q2")->status == Timeliness::NotApplicable);
    // Judged on 10/06 (a report dated before the quarter's end): Q2 work not done is still in time.
    const ReportFigures early = reportFigures(plan, reportPeriodOf(q2), day(2024, 6, 10));
    CHECK(lineOf(early, "task-2-3", "2024-Q2")->status == Timeliness::InTime);
    CHECK(lineOf(f, "task-2-3", "2024-Q2")->status == Timeliness::Overdue);
}

TEST_CASE("the counts by group add up to the overall counts, every line counted once") {
    Plan plan = builtin();
    record(plan, "task-2-1", "2024-Q2", "done", "2024-06-20");
    const Period year = makePeriod(PeriodKind::Year, 2024, 1, PeriodMode::Calendar);
    const ReportFigures f = reportFigures(plan, reportPeriodOf(year), year.end);
    REQUIRE(f.groups.size() == plan.groups.size());
    Tally sum;
    std::size_t lines = 0;
    for (const ReportGroup& g : f.groups) {
        CHECK(g.tally.total == static_cast<int>(g.lines.size()));
        for (const ReportLine& l : g.lines) {
            count(sum, l.status);
            CHECK(l.occurrence.due >= year.start);
            CHECK(l.occurrence.due <= year.end);
            bool inGroup = false;
            for (const Task& t : g.group->tasks)
                inGroup = inGroup || &t == l.task;
            CHECK(inGroup);
        }
        lines += g.lines.size();
    }
    CHECK(lines > 20);
    CHECK(sum.total == f.overall.total);
    CHECK(sum.done() == f.overall.done());
    CHECK(sum.overdue == f.overall.overdue);
    CHECK(f.overall.doneOnTime == 1);
    CHECK(f.months.size() == 12);
}

TEST_CASE("a report's targets come from the period's summed counts; the one-stop figures over its months") {
    Plan plan = builtin();
    REQUIRE_FALSE(plan.kpis.empty());
    const Kpi& k = plan.kpis.front();
    auto add = [&](const std::string& month, long long n, long long d) {
        KpiCount c;
        c.kpiId = k.meta.id;
        c.month = month;
        c.meta.id = kpiCountId(k.meta.id, month);
        c.numerator = n;
        c.denominator = d;
        plan.kpiCounts.push_back(c);
    };
    add("2024-04", 10, 10); // 100 %
    add("2024-05", 10, 90); // 11 %: the average of rates would be 55,6 %, the summed counts give 20 %
    add("2024-07", 5, 5);   // outside Q2
    OneStopMonth m;
    m.month = "2024-05";
    m.meta.id = oneStopId("", m.month);
    m.online = 4;
    plan.oneStop.push_back(m);
    const Period q2 = makePeriod(PeriodKind::Quarter, 2024, 2, PeriodMode::Calendar);
    const ReportFigures f = reportFigures(plan, reportPeriodOf(q2), q2.end);
    REQUIRE(f.targets.size() == plan.kpis.size());
    CHECK(f.targets.front().kpi == &k);
    CHECK(f.targets.front().rate.numerator == 20);
    CHECK(f.targets.front().rate.denominator == 100);
    REQUIRE(f.targets.front().rate.rate);
    CHECK(*f.targets.front().rate.rate == doctest::Approx(20.0));
    REQUIRE(f.oneStop);
    CHECK(f.oneStop->online == 4);
    CHECK(f.targets.back().rate.verdict == Verdict::NoData);
}

#include "domain/report_html.hpp"

TEST_CASE("the report page: header blocks, summary, sections, and plan text that stays text") {
    Plan plan = builtin();
    plan.groups[1].tasks[0].content = "<script>alert(1)</script> & \"x\"";
    record(plan, "task-2-1", "2024-Q2", "done", "2024-06-20");
    plan.progress.back().evidence.push_back(Evidence{"ev-1", "Báo cáo số 12/BC-UBND <b>ngày</b> 10/6/2024"});
    const Period q2 = makePeriod(PeriodKind::Quarter, 2024, 2, PeriodMode::Calendar);
    const ReportFigures f = reportFigures(plan, reportPeriodOf(q2), q2.end);
    ReportText text;
    text.number = "12";
    text.date = day(2024, 7, 5);
    text.proposals = "Đề nghị cấp trên hỗ trợ máy quét.\n\n=SUM(A1)";
    text.recipients = {"- UBND tỉnh (b/c);", "- Lưu: VT."};
    text.signature = Signature{"TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn A"};
    const std::string html = reportHtml(plan, f, text);
    CHECK(html.find("<script>") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;") != std::string::npos);
    CHECK(html.find("&lt;b&gt;ngày&lt;/b&gt;") != std::string::npos);
    CHECK(html.find("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") != std::string::npos);
    CHECK(html.find("Độc lập - Tự do - Hạnh phúc") != std::string::npos);
    CHECK(html.find("Số: 12/BC-UBND") != std::string::npos);
    CHECK(html.find(plan.place + ", ngày 05 tháng 7 năm 2024") != std::string::npos);
    CHECK(html.find("Kết quả thực hiện công tác kiểm soát thủ tục hành chính quý II năm 2024") !=
          std::string::npos);
    CHECK(html.find("@top-center") != std::string::npos);
    CHECK(html.find("@page :first") != std::string::npos);
    CHECK(html.find("size: A4; margin: 20mm 15mm 20mm 30mm") != std::string::npos);
    CHECK(html.find("<p>Đề nghị cấp trên hỗ trợ máy quét.</p>\n<p>=SUM(A1)</p>") != std::string::npos);
    CHECK(html.find("<h2>IV. KHÓ KHĂN, VƯỚNG MẮC</h2>\n<p>Không.</p>") != std::string::npos);
    CHECK(html.find("Hoàn thành đúng hạn") != std::string::npos);
    CHECK(html.find("Nguyễn Văn A") != std::string::npos);
    CHECK(html.find("Số liệu tính đến hết ngày 30/06/2024.") != std::string::npos);
    text.number.clear();
    CHECK(reportHtml(plan, f, text).find("Số: \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-UBND") !=
          std::string::npos);
}

TEST_CASE("the date line of a document puts a leading zero on days below 10 and on months 1 and 2") {
    CHECK(documentDateLine("Hòa Tân Tây", day(2024, 1, 5)) == "Hòa Tân Tây, ngày 05 tháng 01 năm 2024");
    CHECK(documentDateLine("Hòa Tân Tây", day(2024, 2, 15)) == "Hòa Tân Tây, ngày 15 tháng 02 năm 2024");
    CHECK(documentDateLine("Phú Hòa", day(2024, 10, 9)) == "Phú Hòa, ngày 09 tháng 10 năm 2024");
}
