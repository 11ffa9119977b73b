#include "domain/report.hpp"

#include <algorithm>
#include <cstdio>

namespace domain {

ReportPeriod reportPeriodOf(const Period& period) {
    return ReportPeriod{period, period.start, period.end};
}

std::optional<ReportPeriod> reportRange(const Date& from, const Date& to) {
    if (!isValidDate(from) || !isValidDate(to) || to < from)
        return std::nullopt;
    return ReportPeriod{std::nullopt, from, to};
}

std::string reportPeriodWords(const ReportPeriod& p) {
    if (!p.period)
        return "từ ngày " + toDisplay(p.from) + " đến ngày " + toDisplay(p.to);
    const Period& period = *p.period;
    const std::string year = " năm " + std::to_string(period.year);
    switch (period.kind) {
    case PeriodKind::Month:
        return "tháng " + twoDigits(period.index) + year;
    case PeriodKind::Quarter:
        return std::string("quý ") + quarterNumeral(period.index) + year;
    case PeriodKind::HalfYear:
        return std::string(period.index == 2 ? "6 tháng cuối" : "6 tháng đầu") + year;
    case PeriodKind::NineMonths:
        return "9 tháng" + year;
    case PeriodKind::Year:
        break;
    }
    return "năm " + std::to_string(period.year);
}

std::string reportSummary(const ReportPeriod& p) {
    return "Kết quả thực hiện công tác kiểm soát thủ tục hành chính " + reportPeriodWords(p);
}

Timeliness timelinessAsOf(const Occurrence& occ, const Progress* progress, const Date& asOf) {
    const Progress* then = progress;
    if (progress && progress->status == "done") {
        const std::optional<Date> completed = parseIsoDate(progress->completed);
        if (completed && *completed > asOf)
            then = nullptr; // not done yet on that day
    }
    const Timeliness t = timeliness(occ, then, asOf);
    // Judged at the end of that day: work due on it and not done by then is overdue.
    return t == Timeliness::InTime && occ.due <= asOf ? Timeliness::Overdue : t;
}

ReportFigures reportFigures(const Plan& plan, const ReportPeriod& period, const Date& asOf) {
    ReportFigures f;
    f.period = period;
    f.asOf = asOf;
    f.months = monthsWithin(period.from, period.to, periodModeOf(plan));
    f.groups.reserve(plan.groups.size());
    for (const Group& g : plan.groups)
        f.groups.push_back(ReportGroup{&g, {}, {}});
    // planOccurrences lists the groups in appendix order, so the lines of one group come together.
    std::size_t at = 0;
    for (const TaskOccurrence& o : planOccurrences(plan, asOf)) {
        if (o.occurrence.due < period.from || o.occurrence.due > period.to)
            continue;
        while (at < f.groups.size() && f.groups[at].group != o.group)
            ++at;
        if (at == f.groups.size())
            break; // not reached: every occurrence belongs to a group of the plan
        ReportLine line{o.task, o.occurrence, o.progress, timelinessAsOf(o.occurrence, o.progress, asOf)};
        count(f.groups[at].tally, line.status);
        count(f.overall, line.status);
        f.groups[at].lines.push_back(std::move(line));
    }
    const CountIndex counts(plan);
    f.targets.reserve(plan.kpis.size());
    for (const Kpi& k : plan.kpis)
        f.targets.push_back(ReportTarget{&k, counts.rate(k, f.months)});
    f.oneStop = oneStopOver(plan.oneStop, f.months);
    std::vector<OneStopMonth> commune;
    for (const OneStopMonth& m : plan.oneStop)
        if (m.field.empty() && std::find(f.months.begin(), f.months.end(), m.month) != f.months.end())
            commune.push_back(m);
    f.problems = checkOneStop(commune);
    return f;
}

} // namespace domain

namespace domain {

std::optional<ReportPeriod> reportPeriodFromText(std::string_view text, PeriodMode mode) {
    if (const auto slash = text.find('/'); slash != std::string_view::npos) {
        const std::string_view from = text.substr(0, slash), to = text.substr(slash + 1);
        if (!isIsoDate(from) || !isIsoDate(to))
            return std::nullopt;
        return reportRange(*parseIsoDate(from), *parseIsoDate(to));
    }
    if (const std::optional<Period> p = periodFromKey(text, mode))
        return reportPeriodOf(*p);
    return std::nullopt;
}

std::string reportPeriodText(const ReportPeriod& p) {
    return p.period ? periodKey(*p.period) : toIso(p.from) + "/" + toIso(p.to);
}

Date reportAsOf(const ReportPeriod& p, const Date& date) {
    return date < p.to && !(date < p.from) ? date : p.to;
}

std::string reportSymbol(const Plan& plan) {
    const std::size_t slash = plan.numberSymbol.rfind('/');
    std::string symbol = slash == std::string::npos ? std::string() : plan.numberSymbol.substr(slash + 1);
    const std::size_t dash = symbol.find('-');
    if (dash == std::string::npos || dash == 0)
        return "BC-UBND";
    return "BC" + symbol.substr(dash);
}

Edit newReportEdit(const Plan& plan, const ReportPeriod& period, const Date& today, const std::string& id) {
    Report r;
    r.meta.id = id;
    r.period = reportPeriodText(period);
    r.date = toIso(today);
    r.asOf = toIso(reportAsOf(period, today));
    for (const Recipient& rec : plan.recipients)
        r.recipients += (r.recipients.empty() ? "" : "\n") + rec.text;
    r.signerAuthority = plan.signature.authority;
    r.signerTitle = plan.signature.title;
    r.signerName = plan.signature.name;
    return Edit{{InsertRecord{plan.meta.id, plan.reports.size(), std::move(r)}}};
}

std::optional<Edit> refreshReportEdit(const Plan& plan, const Report& report, const Date& today) {
    const std::optional<ReportPeriod> period = reportPeriodFromText(report.period, periodModeOf(plan));
    if (!period)
        return std::nullopt;
    return Edit{{SetText{report.meta.id, "asOf", toIso(today < period->to ? today : period->to)}}};
}

const Report* findReport(const Plan& plan, const std::string& id) {
    for (const Report& r : plan.reports)
        if (r.meta.id == id)
            return &r;
    return nullptr;
}

} // namespace domain
