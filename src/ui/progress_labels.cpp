// The words of the progress keys (see progress_labels.hpp).
#include "ui/progress_labels.hpp"

#include "domain/text.hpp"

#include <cmath>
#include <cstdio>
#include <initializer_list>
#include <string_view>

namespace ui {

namespace {

using domain::OccurrenceLabelKey;
using domain::PeriodKind;

/// `pattern` from the translation table with "{1}", "{2}", … replaced by the arguments (the languages order
/// or pick them differently: "Quý {1}/{3}" takes the Roman numeral, "Q{2} {3}" the Arabic one).
std::string fill(const char* pattern, std::initializer_list<std::string_view> args) {
    std::string out;
    for (const char* p = pattern; *p; ++p) {
        if (p[0] == '{' && p[1] >= '1' && p[1] <= '9' && p[2] == '}') {
            const std::size_t n = static_cast<std::size_t>(p[1] - '1');
            if (n < args.size())
                out += *(args.begin() + n);
            p += 2;
            continue;
        }
        out += *p;
    }
    return out;
}

std::string number(int value, int digits) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%0*d", digits, value);
    return buf;
}

constexpr const char* kRoman[] = {"", "I", "II", "III", "IV"};

} // namespace

Str timelinessStr(domain::Timeliness t) {
    switch (t) {
    case domain::Timeliness::NotDue:
        return Str::TlNotDue;
    case domain::Timeliness::InTime:
        return Str::TlInTime;
    case domain::Timeliness::Overdue:
        return Str::TlOverdue;
    case domain::Timeliness::DoneOnTime:
        return Str::TlDoneOnTime;
    case domain::Timeliness::DoneLate:
        return Str::TlDoneLate;
    case domain::Timeliness::NotApplicable:
        return Str::TlNotApplicable;
    }
    return Str::TlNotDue;
}

Str statusStr(domain::ProgressStatus s) {
    switch (s) {
    case domain::ProgressStatus::Todo:
        return Str::StTodo;
    case domain::ProgressStatus::Doing:
        return Str::StDoing;
    case domain::ProgressStatus::Done:
        return Str::StDone;
    case domain::ProgressStatus::NotApplicable:
        return Str::StNa;
    }
    return Str::StTodo;
}

Str unscheduledStr(domain::UnscheduledReason r) {
    return r == domain::UnscheduledReason::AwaitingEvent ? Str::SchedEvent : Str::SchedUnknown;
}

Str periodKindStr(PeriodKind k) {
    switch (k) {
    case PeriodKind::Month:
        return Str::PeriodMonthly;
    case PeriodKind::Quarter:
        return Str::PeriodQuarterly;
    case PeriodKind::HalfYear:
        return Str::PeriodHalfYearly;
    case PeriodKind::NineMonths:
        return Str::PeriodNineMonths;
    case PeriodKind::Year:
        return Str::PeriodYearly;
    }
    return Str::PeriodYearly;
}

std::string occurrenceText(const domain::OccurrenceLabel& l) {
    const std::string year = number(l.year, 4);
    switch (l.key) {
    case OccurrenceLabelKey::Deadline:
        return std::string(tr(Str::SchedDeadline)) + " " + domain::toDisplay(l.date);
    case OccurrenceLabelKey::Event:
        return std::string(tr(Str::EventDate)) + " " + domain::toDisplay(l.date);
    case OccurrenceLabelKey::Month:
        return fill(tr(Str::OccMonth), {number(l.number, 2), year});
    case OccurrenceLabelKey::Quarter: {
        const char* roman = l.number >= 1 && l.number <= 4 ? kRoman[l.number] : "";
        return fill(tr(Str::OccQuarter), {roman, std::to_string(l.number), year});
    }
    case OccurrenceLabelKey::FirstHalf:
        return fill(tr(Str::OccFirstHalf), {year});
    case OccurrenceLabelKey::SecondHalf:
        return fill(tr(Str::OccSecondHalf), {year});
    case OccurrenceLabelKey::NineMonths:
        return fill(tr(Str::OccNineMonths), {year});
    case OccurrenceLabelKey::Year:
        return fill(tr(Str::OccYear), {year});
    case OccurrenceLabelKey::Unknown:
        break;
    }
    return l.raw;
}

std::string occurrenceText(const domain::Occurrence& occurrence) {
    return occurrenceText(domain::occurrenceLabel(occurrence));
}

std::string scheduleText(const std::vector<domain::SchedulePart>& parts) {
    std::string out;
    for (const domain::SchedulePart& p : parts) {
        std::string text;
        switch (p.key) {
        case domain::SchedulePartKey::NotUnderstood:
            text = tr(Str::SchedUnknown);
            break;
        case domain::SchedulePartKey::Deadline:
            text = std::string(tr(Str::SchedDeadline)) + " " + domain::toDisplay(p.due);
            break;
        case domain::SchedulePartKey::Recurring:
            text = std::string(tr(Str::SchedRecurring)) + ":";
            for (std::size_t i = 0; i < p.periods.size(); ++i)
                text += std::string(i ? ", " : " ") + tr(periodKindStr(p.periods[i]));
            break;
        case domain::SchedulePartKey::Continuous:
            text = tr(Str::SchedContinuous);
            break;
        case domain::SchedulePartKey::EventDriven:
            text = tr(Str::SchedEvent);
            break;
        }
        out += (out.empty() ? "" : " · ") + text;
    }
    return out;
}

Str comparisonStr(const std::string& c) {
    return c == ">="   ? Str::CmpAtLeast
           : c == ">"  ? Str::CmpMore
           : c == "<=" ? Str::CmpAtMost
           : c == "<"  ? Str::CmpLess
                       : Str::CmpEqual;
}

std::string targetText(const domain::Kpi& kpi) {
    const bool whole = kpi.target == std::floor(kpi.target);
    std::string out = std::string(tr(comparisonStr(kpi.comparison))) + " " +
                      domain::formatNumber(kpi.target, whole ? 0 : 1, language() == Lang::Vi);
    return kpi.unit.empty() ? out : out + " " + kpi.unit;
}

} // namespace ui
