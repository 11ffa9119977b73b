// The periodic report as CSV (see report_csv.hpp).
#include "domain/report_csv.hpp"

#include "domain/escape.hpp"

namespace domain {

namespace {

std::string count(int n) {
    return std::to_string(n);
}

std::vector<std::string> tallyCells(const std::string& name, const Tally& t) {
    return {name,
            count(t.total),
            count(t.done()),
            count(t.doneOnTime),
            count(t.doneLate),
            count(t.inTime),
            count(t.overdue),
            count(t.notDue),
            count(t.notApplicable)};
}

std::string joined(const std::vector<std::string>& lines, const char* separator) {
    std::string out;
    for (const std::string& l : lines)
        out += (out.empty() ? "" : separator) + l;
    return out;
}

} // namespace

std::string reportCsv(const Plan& plan, const ReportFigures& f, const ReportText& text) {
    std::string out(kUtf8Bom);
    auto line = [&](const std::vector<std::string>& cells) { out += csvRecord(cells); };
    line({"Báo cáo", reportSummary(f.period)});
    line({"Cơ quan", plan.issuingBody});
    line({"Số", (text.number.empty() ? std::string() : text.number) + "/" + reportSymbol(plan)});
    line({"Ngày báo cáo", toDisplay(text.date)});
    line({"Số liệu tính đến hết ngày", toDisplay(f.asOf)});
    line({});

    line({"I. KẾT QUẢ THỰC HIỆN THEO NHÓM"});
    line({"Nhóm", "Tổng số việc", "Hoàn thành", "Hoàn thành đúng hạn", "Hoàn thành quá hạn",
          "Đang thực hiện trong hạn", "Quá hạn chưa hoàn thành", "Chưa đến hạn", "Không phát sinh"});
    for (const ReportGroup& g : f.groups)
        line(tallyCells(g.group->numeral.empty() ? g.group->title : g.group->numeral + ". " + g.group->title,
                        g.tally));
    line(tallyCells("Tổng cộng", f.overall));
    line({});

    line({"II. CHỈ TIÊU"});
    line({"STT", "Chỉ tiêu", "Mục tiêu", "Tử số", "Mẫu số", "Kết quả trong kỳ", "Đánh giá"});
    int n = 0;
    for (const ReportTarget& t : f.targets)
        line({std::to_string(++n), t.kpi->name, reportTargetText(*t.kpi),
              t.rate.months > 0 ? formatCount(t.rate.numerator) : "",
              t.rate.months > 0 && t.rate.denominator > 0 ? formatCount(t.rate.denominator) : "",
              reportRateText(t.rate), reportVerdictText(t.rate.verdict)});
    line({});

    line({"III. KẾT QUẢ GIẢI QUYẾT TTHC (Biểu số 06/VPCP/KSTT)"});
    std::vector<std::string> titles = {"Lĩnh vực"}, values = {"Tất cả lĩnh vực"};
    for (std::size_t i = 0; i < kOneStopFigureCount; ++i) {
        const auto figure = static_cast<OneStopFigure>(i);
        titles.push_back("(" + std::to_string(i + 3) + ") " + oneStopColumnTitle(figure));
        const long long v = f.oneStop ? oneStopValue(*f.oneStop, figure) : -1;
        values.push_back(v < 0 ? "" : std::to_string(v));
    }
    line(titles);
    line(values);
    line({});

    line({"IV. KHÓ KHĂN, VƯỚNG MẮC", text.difficulties});
    line({"V. KIẾN NGHỊ, ĐỀ XUẤT", text.proposals});
    line({"VI. PHƯƠNG HƯỚNG KỲ TỚI", text.nextSteps});
    line({});

    // The whole appendix: every task, with each piece of its work due in the period (or a row saying none).
    line({"PHỤ LỤC: NHIỆM VỤ VÀ KẾT QUẢ TRONG KỲ"});
    line({"Nhóm", "STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian thực hiện", "Kỳ, hạn", "Kết quả",
          "Ngày hoàn thành", "Minh chứng", "Ghi chú"});
    for (const ReportGroup& g : f.groups)
        for (const Task& task : g.group->tasks) {
            const Unit* lead = findUnit(plan, task.leadUnitId);
            const std::string leadName = lead ? lead->name : std::string();
            bool any = false;
            for (const ReportLine& l : g.lines) {
                if (l.task != &task)
                    continue;
                any = true;
                std::vector<std::string> evidence;
                if (l.progress)
                    for (const Evidence& e : l.progress->evidence)
                        evidence.push_back(e.text);
                const std::optional<Date> done =
                    l.progress ? parseIsoDate(l.progress->completed) : std::optional<Date>();
                line({g.group->numeral, task.number, task.content, leadName, task.timeframe,
                      reportOccurrenceText(l.occurrence), reportStatusText(l.status),
                      done && (l.status == Timeliness::DoneOnTime || l.status == Timeliness::DoneLate)
                          ? toDisplay(*done)
                          : "",
                      joined(evidence, "\n"), l.progress ? l.progress->note : ""});
            }
            if (!any)
                line({g.group->numeral, task.number, task.content, leadName, task.timeframe, "",
                      "Không có việc đến hạn trong kỳ", "", "", ""});
        }
    return out;
}

} // namespace domain
