// Small queries over the plan model.
#include "domain/plan.hpp"

namespace domain {

std::size_t taskCount(const Plan& plan) {
    std::size_t n = 0;
    for (const Group& g : plan.groups)
        n += g.tasks.size();
    return n;
}

const Unit* findUnit(const Plan& plan, const std::string& unitId) {
    for (const Unit& u : plan.units)
        if (u.meta.id == unitId)
            return &u;
    return nullptr;
}

const Task* findTask(const Plan& plan, const std::string& taskId) {
    for (const Group& g : plan.groups)
        for (const Task& t : g.tasks)
            if (t.meta.id == taskId)
                return &t;
    return nullptr;
}

const Kpi* findKpi(const Plan& plan, const std::string& kpiId) {
    for (const Kpi& k : plan.kpis)
        if (k.meta.id == kpiId)
            return &k;
    return nullptr;
}

bool isProgressStatus(const std::string& status) {
    return status == "todo" || status == "doing" || status == "done" || status == "na";
}

std::string progressId(const std::string& taskId, const std::string& occurrence) {
    return "progress-" + taskId + "-" + occurrence;
}

} // namespace domain

namespace domain {

std::string shiftYear(const std::string& text, int from, int to) {
    const std::string needle = std::to_string(from), replacement = std::to_string(to);
    auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    std::string out;
    std::size_t pos = 0;
    while (true) {
        const std::size_t hit = text.find(needle, pos);
        if (hit == std::string::npos)
            break;
        const std::size_t end = hit + needle.size();
        const bool standalone =
            (hit == 0 || !isDigit(text[hit - 1])) && (end == text.size() || !isDigit(text[end]));
        out.append(text, pos, hit - pos);
        out += standalone ? replacement : needle;
        pos = end;
    }
    out.append(text, pos, std::string::npos);
    return out;
}

Plan nextYearCopy(const Plan& plan, const std::string& newId, const std::string& time,
                  const std::string& author, std::vector<YearChange>& changes, int toYear) {
    Plan p = plan;
    const int from = plan.year, to = toYear > 0 ? toYear : plan.year + 1;
    p.year = to;
    p.meta = {newId, time, author};
    // Progress, events and history belong to the year they were recorded in.
    p.progress.clear();
    p.events.clear();
    p.log.clear();
    p.reports.clear();
    p.tombstones.clear();
    auto shift = [&](std::string& text, const std::string& where, const std::string& label) {
        std::string moved = shiftYear(text, from, to);
        if (moved != text) {
            changes.push_back({where, label, text, moved});
            text = std::move(moved);
        }
    };
    auto stamp = [&](RecordMeta& m) {
        m.modified = time;
        m.author = author;
    };
    shift(p.title, "header.title", "Tên kế hoạch");
    shift(p.dateText, "header.dateText", "Ngày tháng");
    shift(p.numberSymbol, "header.numberSymbol", "Số, ký hiệu");
    shift(p.preambleClose, "preamble.close", "Câu kết phần căn cứ");
    shift(p.appendixTitle, "appendix.title", "Tên phụ lục");
    shift(p.appendixSubtitle, "appendix.subtitle", "Dòng dưới tên phụ lục");
    for (LegalBasis& b : p.legalBases)
        stamp(b.meta);
    for (std::size_t i = 0; i < p.body.size(); ++i) {
        shift(p.body[i].text, "body[" + std::to_string(i) + "].text", "Đoạn " + std::to_string(i + 1));
        stamp(p.body[i].meta);
    }
    for (Recipient& r : p.recipients)
        stamp(r.meta);
    for (Unit& u : p.units)
        stamp(u.meta);
    for (std::size_t g = 0; g < p.groups.size(); ++g) {
        Group& group = p.groups[g];
        const std::string gp = "appendix.groups[" + std::to_string(g) + "]";
        shift(group.title, gp + ".title", "Nhóm " + group.numeral + " — Tên nhóm");
        stamp(group.meta);
        for (std::size_t t = 0; t < group.tasks.size(); ++t) {
            Task& task = group.tasks[t];
            const std::string tp = gp + ".tasks[" + std::to_string(t) + "]";
            const std::string tl = "Nhiệm vụ " + group.numeral + "." + task.number + " — ";
            shift(task.content, tp + ".content", tl + "Nội dung công việc");
            shift(task.product, tp + ".product", tl + "Sản phẩm");
            shift(task.timeframe, tp + ".timeframe", tl + "Thời gian thực hiện");
            stamp(task.meta);
        }
    }
    for (std::size_t k = 0; k < p.kpis.size(); ++k) {
        shift(p.kpis[k].name, "kpis[" + std::to_string(k) + "].name", "Chỉ tiêu " + std::to_string(k + 1));
        stamp(p.kpis[k].meta);
    }
    return p;
}

Plan emptyPlan(const std::string& id, int year, const std::string& time, const std::string& author) {
    Plan p;
    p.meta = {id, time, author};
    p.year = year;
    p.docType = "KẾ HOẠCH";
    p.title = "Hoạt động kiểm soát thủ tục hành chính năm " + std::to_string(year);
    p.numberSymbol = "/KH-UBND";
    p.preambleLead = "Thực hiện";
    p.appendixTitle = "PHỤ LỤC HOẠT ĐỘNG KIỂM SOÁT THỦ TỤC HÀNH CHÍNH NĂM " + std::to_string(year);
    return p;
}

} // namespace domain
