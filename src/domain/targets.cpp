#include "domain/targets.hpp"

#include "domain/text.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace domain {

namespace {

/// Without the spaces around it (a cell's text).
std::string_view trimmed(std::string_view text) {
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    return text;
}

} // namespace

// [SECTION] Monthly counts of a target

std::string monthKey(int year, int month) {
    std::string out = std::to_string(year);
    out.insert(0, out.size() < 4 ? 4 - out.size() : 0, '0');
    out += month < 10 ? "-0" : "-";
    return out + std::to_string(month);
}

std::string kpiCountId(const std::string& kpiId, const std::string& month) {
    return "count-" + kpiId + "-" + month;
}

std::optional<std::pair<int, int>> parseMonthKey(std::string_view key) {
    if (key.size() != 7 || key[4] != '-')
        return std::nullopt;
    int year = 0, month = 0;
    for (std::size_t i = 0; i < 7; ++i) {
        if (i == 4)
            continue;
        if (key[i] < '0' || key[i] > '9')
            return std::nullopt;
        (i < 4 ? year : month) = (i < 4 ? year : month) * 10 + (key[i] - '0');
    }
    if (year < 1900 || year > 2200 || month < 1 || month > 12)
        return std::nullopt;
    return std::pair{year, month};
}

std::optional<long long> parseCount(std::string_view text) {
    // Digits in groups of three may be separated by "." or a space (Vietnamese thousands); nothing else.
    std::size_t b = 0, e = text.size();
    while (b < e && text[b] == ' ')
        ++b;
    while (e > b && text[e - 1] == ' ')
        --e;
    if (b == e)
        return std::nullopt;
    long long n = 0;
    int digitsInGroup = 0;
    bool grouped = false;
    char separator = 0;
    for (std::size_t i = b; i < e; ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            if (n > (std::numeric_limits<long long>::max() - 9) / 10)
                return std::nullopt;
            n = n * 10 + (c - '0');
            ++digitsInGroup;
            continue;
        }
        if ((c != '.' && c != ' ') || digitsInGroup == 0 || (separator != 0 && c != separator))
            return std::nullopt;
        if (grouped ? digitsInGroup != 3 : digitsInGroup > 3)
            return std::nullopt;
        separator = c;
        grouped = true;
        digitsInGroup = 0;
    }
    if (digitsInGroup == 0 || (grouped && digitsInGroup != 3))
        return std::nullopt;
    return n;
}

std::string formatCount(long long n) {
    const bool negative = n < 0;
    std::string digits = std::to_string(negative ? -n : n), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += '.';
        out += digits[i];
    }
    return negative ? "-" + out : out;
}

std::optional<MessageCode> checkCount(const Kpi& kpi, long long numerator, long long denominator) {
    if (numerator < 0 || denominator < 0)
        return MessageCode::CountNotWhole;
    if (kpi.unit == "%" && denominator > 0 && numerator > denominator)
        return MessageCode::CountOverWhole;
    return std::nullopt;
}

// [SECTION] Rates over a period

std::vector<std::string> monthsWithin(const Date& start, const Date& end, PeriodMode mode) {
    std::vector<std::string> out;
    // A month's window can begin in the month before (NĐ 09: 15th → 14th), so start one month early.
    int y = start.year, m = start.month - 1;
    if (m == 0) {
        m = 12;
        --y;
    }
    for (int guard = 0; guard < 12 * 300; ++guard) {
        const Period p = makePeriod(PeriodKind::Month, y, m, mode);
        if (p.start > end)
            break;
        if (p.start >= start && p.end <= end)
            out.push_back(monthKey(y, m));
        if (++m == 13) {
            m = 1;
            ++y;
        }
    }
    return out;
}

bool meets(double value, const std::string& comparison, double target) {
    // Judged at the shown precision: tenths of a percent, in whole tenths so that 0.1 steps compare exactly.
    const double v = std::round(value * 10.0), t = std::round(target * 10.0);
    if (comparison == ">=")
        return v >= t;
    if (comparison == ">")
        return v > t;
    if (comparison == "=")
        return v == t;
    if (comparison == "<=")
        return v <= t;
    if (comparison == "<")
        return v < t;
    return false;
}

namespace {

/// Adds a month's count to a period's sums; a month whose whole is not counted yet (0 with something counted)
/// is left out, so that it does not raise the rate.
void add(Rate& r, const KpiCount& c) {
    if (c.denominator == 0 && c.numerator > 0)
        return;
    r.numerator += c.numerator;
    r.denominator += c.denominator;
    ++r.months;
}

void judge(const Kpi& kpi, Rate& r) {
    if (r.denominator > 0) {
        const double share = static_cast<double>(r.numerator) / static_cast<double>(r.denominator);
        r.rate = kpi.unit == "%" ? share * 100.0 : share;
        r.verdict = meets(*r.rate, kpi.comparison, kpi.target) ? Verdict::Met : Verdict::Missed;
    }
}

} // namespace

Rate rateOf(const Kpi& kpi, const std::vector<KpiCount>& counts, const std::vector<std::string>& months) {
    Rate r;
    for (const KpiCount& c : counts)
        if (c.kpiId == kpi.meta.id && std::find(months.begin(), months.end(), c.month) != months.end())
            add(r, c);
    judge(kpi, r);
    return r;
}

CountIndex::CountIndex(const Plan& plan) : m_oneStop(&plan.oneStop), m_year(plan.year) {
    for (const KpiCount& c : plan.kpiCounts)
        if (const auto ym = parseMonthKey(c.month); ym && ym->first == m_year)
            m_byKpi[c.kpiId][static_cast<std::size_t>(ym->second - 1)] = &c;
}

const KpiCount* CountIndex::find(const std::string& kpiId, int month) const {
    const auto it = m_byKpi.find(kpiId);
    return it == m_byKpi.end() || month < 1 || month > 12 ? nullptr
                                                          : it->second[static_cast<std::size_t>(month - 1)];
}

Rate CountIndex::rate(const Kpi& kpi, const std::vector<std::string>& months) const {
    Rate r;
    if (!kpi.source.empty()) { // the share of the period's figures (flows summed, never monthly rates)
        const auto figures = oneStopOver(*m_oneStop, months);
        if (const auto c = figures ? shareCount(kpi.source, *figures) : std::nullopt) {
            add(r, *c);
            r.months = 0;
            for (const std::string& m : months)
                r.months += static_cast<int>(
                    std::count_if(m_oneStop->begin(), m_oneStop->end(),
                                  [&](const OneStopMonth& o) { return o.month == m && o.field.empty(); }));
        }
        judge(kpi, r);
        return r;
    }
    const auto it = m_byKpi.find(kpi.meta.id);
    if (it != m_byKpi.end())
        for (const std::string& m : months)
            if (const auto ym = parseMonthKey(m); ym && ym->first == m_year)
                if (const KpiCount* c = it->second[static_cast<std::size_t>(ym->second - 1)])
                    add(r, *c);
    judge(kpi, r);
    return r;
}

Rate rateOf(const Kpi& kpi, const std::vector<KpiCount>& counts, const Period& period, PeriodMode mode) {
    return rateOf(kpi, counts, monthsWithin(period.start, period.end, mode));
}

std::string formatRate(const std::optional<double>& rate) {
    if (!rate)
        return "—";
    const long long tenths = std::llround(*rate * 10.0);
    const long long whole = (tenths < 0 ? -tenths : tenths) / 10,
                    tenth = (tenths < 0 ? -tenths : tenths) % 10;
    return std::string(tenths < 0 ? "-" : "") + formatCount(whole) + "," + std::to_string(tenth) + " %";
}

// [SECTION] One-stop figures

std::string oneStopId(const std::string& field, const std::string& month) {
    return field.empty() ? "onestop-" + month : "onestop-" + field + "-" + month;
}

namespace {

/// The parts of the three totals: received, resolved, in progress (which has two).
struct Parts {
    OneStopFigure figures[3];
    int count;
};
constexpr Parts kParts[3] = {
    {{OneStopFigure::Online, OneStopFigure::Direct, OneStopFigure::Carried}, 3},
    {{OneStopFigure::Early, OneStopFigure::OnTime, OneStopFigure::Late}, 3},
    {{OneStopFigure::PendingOnTime, OneStopFigure::PendingLate, OneStopFigure::PendingLate}, 2}};

long long typed(const OneStopMonth& m, OneStopFigure f) {
    return m.*kOneStopMembers[static_cast<std::size_t>(f)];
}

/// The sum of a total's parts, -1 when one is not known (`row` in kParts).
long long partsOf(const OneStopMonth& m, int row) {
    long long sum = 0;
    for (int k = 0; k < kParts[row].count; ++k) {
        const long long v = typed(m, kParts[row].figures[k]);
        if (v < 0)
            return -1;
        sum += v;
    }
    return sum;
}

int totalRow(OneStopFigure f) {
    return f == OneStopFigure::Received   ? 0
           : f == OneStopFigure::Resolved ? 1
           : f == OneStopFigure::Pending  ? 2
                                          : -1;
}

} // namespace

long long oneStopValue(const OneStopMonth& m, OneStopFigure figure) {
    const long long v = typed(m, figure);
    const int row = totalRow(figure);
    return v >= 0 || row < 0 ? v : partsOf(m, row);
}

std::vector<OneStopProblem> checkOneStop(const std::vector<OneStopMonth>& months) {
    std::vector<OneStopProblem> out;
    for (const OneStopMonth& m : months) {
        const auto rule = [&](OneStopRule r, OneStopFigure at, long long total, long long sum) {
            if (total >= 0 && sum >= 0 && total != sum)
                out.push_back({m.month, r, at,
                               Message{r == OneStopRule::ReceivedParts   ? MessageCode::OneStopReceivedParts
                                       : r == OneStopRule::ReceivedSplit ? MessageCode::OneStopReceivedSplit
                                       : r == OneStopRule::ResolvedParts ? MessageCode::OneStopResolvedParts
                                       : r == OneStopRule::PendingParts  ? MessageCode::OneStopPendingParts
                                                                         : MessageCode::OneStopCarried,
                                       {formatCount(total), formatCount(sum)}}});
        };
        for (std::size_t i = 0; i < kOneStopFigureCount; ++i)
            if (m.*kOneStopMembers[i] < -1) {
                out.push_back({m.month, OneStopRule::Negative, static_cast<OneStopFigure>(i),
                               Message{MessageCode::CountNotWhole, {std::to_string(m.*kOneStopMembers[i])}}});
                break;
            }
        rule(OneStopRule::ReceivedParts, OneStopFigure::Received, m.received, partsOf(m, 0));
        const long long resolved = oneStopValue(m, OneStopFigure::Resolved),
                        pending = oneStopValue(m, OneStopFigure::Pending);
        rule(OneStopRule::ReceivedSplit, OneStopFigure::Received, oneStopValue(m, OneStopFigure::Received),
             resolved < 0 || pending < 0 ? -1 : resolved + pending);
        rule(OneStopRule::ResolvedParts, OneStopFigure::Resolved, m.resolved, partsOf(m, 1));
        rule(OneStopRule::PendingParts, OneStopFigure::Pending, m.pending, partsOf(m, 2));
        const auto ym = parseMonthKey(m.month);
        if (!ym)
            continue;
        const std::string previous =
            ym->second == 1 ? monthKey(ym->first - 1, 12) : monthKey(ym->first, ym->second - 1);
        for (const OneStopMonth& p : months)
            if (p.month == previous && p.field == m.field)
                rule(OneStopRule::CarriedOver, OneStopFigure::Carried, m.carried,
                     oneStopValue(p, OneStopFigure::Pending));
    }
    return out;
}

std::optional<OneStopMonth> oneStopOver(const std::vector<OneStopMonth>& months,
                                        const std::vector<std::string>& within, const std::string& field) {
    static constexpr OneStopFigure kFlows[] = {OneStopFigure::Online,   OneStopFigure::Direct,
                                               OneStopFigure::Resolved, OneStopFigure::Early,
                                               OneStopFigure::OnTime,   OneStopFigure::Late};
    static constexpr OneStopFigure kStocks[] = {OneStopFigure::Pending, OneStopFigure::PendingOnTime,
                                                OneStopFigure::PendingLate};
    std::optional<OneStopMonth> sum;
    for (const std::string& key : within) { // in month order: the first month found gives "carried over"
        for (const OneStopMonth& m : months) {
            if (m.month != key || m.field != field)
                continue;
            if (!sum) {
                sum.emplace();
                sum->field = field;
                sum->carried = m.carried;
                for (OneStopFigure f : kFlows)
                    (*sum).*kOneStopMembers[static_cast<std::size_t>(f)] = 0;
            }
            for (OneStopFigure f : kFlows) {
                long long& total = (*sum).*kOneStopMembers[static_cast<std::size_t>(f)];
                const long long v = oneStopValue(m, f);
                total = total < 0 || v < 0 ? -1 : total + v;
            }
            for (OneStopFigure f : kStocks) // the last month found
                (*sum).*kOneStopMembers[static_cast<std::size_t>(f)] = oneStopValue(m, f);
        }
    }
    if (sum)
        sum->received = sum->online < 0 || sum->direct < 0 || sum->carried < 0
                            ? -1
                            : sum->online + sum->direct + sum->carried;
    return sum;
}

Edit setOneStopEdit(const Plan& plan, const std::string& month, OneStopFigure figure, long long value) {
    const std::string id = oneStopId("", month);
    const std::size_t at = static_cast<std::size_t>(figure);
    for (const OneStopMonth& m : plan.oneStop)
        if (m.meta.id == id) {
            if (m.*kOneStopMembers[at] == value)
                return {};
            bool others = false;
            for (std::size_t i = 0; i < kOneStopFigureCount; ++i)
                others = others || (i != at && m.*kOneStopMembers[i] >= 0);
            if (value < 0 && !others)
                return Edit{{RemoveRecord{id}}};
            return Edit{{SetNumber{id, kOneStopKeys[at], static_cast<double>(value)}}};
        }
    if (value < 0)
        return {};
    OneStopMonth m;
    m.meta.id = id;
    m.month = month;
    m.*kOneStopMembers[at] = value;
    return Edit{{InsertRecord{plan.meta.id, plan.oneStop.size(), std::move(m)}}};
}

CellOutcome oneStopCellEdit(const Plan& plan, int month, OneStopFigure figure, std::string_view text,
                            long long before) {
    const std::string key = monthKey(plan.year, month);
    text = trimmed(text);
    if (text.empty())
        return {setOneStopEdit(plan, key, figure, -1), std::nullopt};
    if (const auto value = parseCount(text))
        return {setOneStopEdit(plan, key, figure, *value), std::nullopt};
    return {setOneStopEdit(plan, key, figure, before),
            Message{MessageCode::CountNotWhole, {std::string(text)}}};
}

// [SECTION] Targets counted from the one-stop figures

bool isOneStopShare(const std::string& source) {
    return std::find_if(std::begin(kOneStopShares), std::end(kOneStopShares),
                        [&](const char* s) { return source == s; }) != std::end(kOneStopShares);
}

std::optional<KpiCount> shareCount(const std::string& source, const OneStopMonth& figures) {
    KpiCount c;
    if (source == "online") {
        c.numerator = figures.online;
        c.denominator = figures.online < 0 || figures.direct < 0 ? -1 : figures.online + figures.direct;
    } else if (source == "onTime") {
        const long long early = oneStopValue(figures, OneStopFigure::Early),
                        onTime = oneStopValue(figures, OneStopFigure::OnTime);
        c.numerator = early < 0 || onTime < 0 ? -1 : early + onTime;
        c.denominator = oneStopValue(figures, OneStopFigure::Resolved);
    } else {
        return std::nullopt;
    }
    if (c.numerator < 0 || c.denominator < 0)
        return std::nullopt;
    return c;
}

// [SECTION] The 766 point estimate

const Indicator766 kIndicators766[18] = {
    {"1.1", "Tỷ lệ TTHC công bố đúng hạn", 6, 0},
    {"1.2", "Tỷ lệ TTHC được cập nhật, công khai đúng hạn", 4, 0},
    {"1.3", "Tỷ lệ TTHC công khai đầy đủ các bộ phận tạo thành", 2, 0},
    {"1.4", "Tỷ lệ hồ sơ đồng bộ lên Cổng Dịch vụ công quốc gia", 6, 0},
    {"2.1", "Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn", 20, 0},
    {"3.1", "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến", 2, 0.8},
    {"3.2", "Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ", 4, 0},
    {"3.3", "Tỷ lệ hồ sơ nộp trực tuyến", 6, 0.5},
    {"3.5", "Tỷ lệ TTHC có nghĩa vụ tài chính tích hợp thanh toán trực tuyến", 2, 0.8},
    {"3.6", "Tỷ lệ hồ sơ thanh toán trực tuyến", 6, 0},
    {"4.1", "Tỷ lệ hồ sơ có cấp kết quả giải quyết TTHC điện tử", 6, 0},
    {"4.2", "Tỷ lệ hồ sơ TTHC thực hiện số hóa", 4, 0},
    {"4.x", "Tỷ lệ cung cấp dịch vụ chứng thực bản sao điện tử từ bản chính", 2, 0},
    {"4.3", "Tỷ lệ hồ sơ khai thác, sử dụng lại thông tin, dữ liệu số hóa", 2, 0.8},
    {"4.4", "Tỷ lệ hồ sơ số hóa có kết nối, chia sẻ dữ liệu", 4, 0},
    {"5.2", "Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn", 6, 0},
    {"5.3", "Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị", 6, 0},
    {"5.4", "Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC", 6, 0.9},
};

const Band766 kBands766[1] = {{"Tốt", 80}};

const Indicator766* findIndicator766(std::string_view code) {
    for (const Indicator766& i : kIndicators766)
        if (code == i.code)
            return &i;
    return nullptr;
}

double points766(const Indicator766& indicator, double share) {
    share = std::clamp(share, 0.0, 1.0);
    if (indicator.fullAt > 0)
        return std::min(indicator.max, indicator.max * share / indicator.fullAt);
    return indicator.max * share;
}

Estimate766 estimate766(const Plan& plan, const CountIndex& counts, const std::vector<std::string>& months) {
    Estimate766 out;
    for (const Indicator766& ind : kIndicators766) {
        const auto k = std::find_if(plan.kpis.begin(), plan.kpis.end(),
                                    [&](const Kpi& kpi) { return kpi.code766 == ind.code; });
        if (k == plan.kpis.end())
            continue;
        Estimate766::Row row{&*k, &ind, std::nullopt, 0};
        const Rate r = counts.rate(*k, months);
        if (r.denominator > 0) {
            row.share = static_cast<double>(r.numerator) / static_cast<double>(r.denominator);
            row.points = points766(ind, *row.share);
            out.points += row.points;
            out.covered += ind.max;
        }
        out.rows.push_back(row);
    }
    return out;
}

std::optional<double> parseTargetValue(std::string_view text) {
    if (const auto whole = parseCount(text))
        return static_cast<double>(*whole);
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    const std::size_t sep = text.find_first_of(".,");
    if (sep == std::string_view::npos || sep == 0 || text.size() - sep - 1 < 1 || text.size() - sep - 1 > 2)
        return std::nullopt;
    const auto units = parseCount(text.substr(0, sep));
    const std::string_view decimals = text.substr(sep + 1);
    if (!units || decimals.find_first_not_of("0123456789") != std::string_view::npos ||
        text.substr(0, sep).find_first_of(". ") != std::string_view::npos)
        return std::nullopt;
    const double fraction = decimals.size() == 1 ? (decimals[0] - '0') / 10.0
                                                 : ((decimals[0] - '0') * 10 + (decimals[1] - '0')) / 100.0;
    return static_cast<double>(*units) + fraction;
}

// [SECTION] Edits of counts

Edit setCountEdit(const Plan& plan, const std::string& kpiId, const std::string& month, int part,
                  long long value) {
    const std::string id = kpiCountId(kpiId, month);
    for (const KpiCount& c : plan.kpiCounts)
        if (c.meta.id == id) {
            if ((part == 0 ? c.numerator : c.denominator) == value)
                return {};
            return Edit{{SetNumber{id, part == 0 ? "numerator" : "denominator", static_cast<double>(value)}}};
        }
    KpiCount c;
    c.meta.id = id;
    c.kpiId = kpiId;
    c.month = month;
    (part == 0 ? c.numerator : c.denominator) = value;
    return Edit{{InsertRecord{plan.meta.id, plan.kpiCounts.size(), std::move(c)}}};
}

Edit clearCountEdit(const Plan& plan, const std::string& kpiId, const std::string& month) {
    const std::string id = kpiCountId(kpiId, month);
    for (const KpiCount& c : plan.kpiCounts)
        if (c.meta.id == id)
            return Edit{{RemoveRecord{id}}};
    return {};
}

CellOutcome countCellEdit(const Plan& plan, const Kpi& kpi, int month, int part, std::string_view text,
                          std::optional<long long> before) {
    const std::string key = monthKey(plan.year, month);
    const std::string id = kpiCountId(kpi.meta.id, key);
    const auto c = std::find_if(plan.kpiCounts.begin(), plan.kpiCounts.end(),
                                [&](const KpiCount& k) { return k.meta.id == id; });
    const bool counted = c != plan.kpiCounts.end();
    const auto back = [&](Message why) {
        return CellOutcome{before ? setCountEdit(plan, kpi.meta.id, key, part, *before)
                                  : clearCountEdit(plan, kpi.meta.id, key),
                           std::move(why)};
    };
    text = trimmed(text);
    if (text.empty()) {
        if (!counted)
            return {};
        const long long other = part == 0 ? c->denominator : c->numerator;
        return {other == 0 ? clearCountEdit(plan, kpi.meta.id, key)
                           : setCountEdit(plan, kpi.meta.id, key, part, 0),
                std::nullopt};
    }
    const auto value = parseCount(text);
    if (!value)
        return back({MessageCode::CountNotWhole, {std::string(text)}});
    const long long numerator = part == 0 ? *value : counted ? c->numerator : 0;
    const long long denominator = part == 1 ? *value : counted ? c->denominator : 0;
    if (const auto why = checkCount(kpi, numerator, denominator))
        return back({*why, {formatCount(numerator), formatCount(denominator)}});
    return {setCountEdit(plan, kpi.meta.id, key, part, *value), std::nullopt};
}

CellOutcome targetValueEdit(const Kpi& kpi, std::string_view text, double before) {
    const auto refuse = [&](Message why) {
        CellOutcome out{{}, std::move(why)};
        if (kpi.target != before)
            out.edit.ops.push_back(SetNumber{kpi.meta.id, "target", before});
        return out;
    };
    const auto value = parseTargetValue(text);
    if (!value)
        return refuse({MessageCode::TargetNotNumber, {std::string(trimmed(text))}});
    if (*value < 0 || (kpi.unit == "%" && *value > 100)) // the validator's rule, said before it refuses
        return refuse({MessageCode::TargetOutOfRange, {std::string(trimmed(text))}});
    CellOutcome out;
    if (*value != kpi.target)
        out.edit.ops.push_back(SetNumber{kpi.meta.id, "target", *value});
    return out;
}

bool isPastedRow(std::string_view text) {
    return text.find_first_of("\t;") != std::string_view::npos;
}

std::optional<Edit> pasteCountsEdit(const Plan& plan, const std::string& kpiId, int firstMonth, int part,
                                    std::string_view text, std::string& bad) {
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r'))
        text.remove_suffix(1); // a spreadsheet ends the copied row with a line break
    if (const std::size_t line = text.find_first_of("\r\n"); line != std::string_view::npos)
        text = text.substr(0, line); // one row: further rows are not this target's
    Edit out;
    std::size_t inserted = 0;
    int month = firstMonth;
    std::size_t at = 0;
    while (at <= text.size() && month <= 12) {
        std::size_t end = text.find_first_of("\t;", at);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view cell = text.substr(at, end - at);
        while (!cell.empty() && (cell.front() == ' ' || cell.front() == '"'))
            cell.remove_prefix(1);
        while (!cell.empty() && (cell.back() == ' ' || cell.back() == '"'))
            cell.remove_suffix(1);
        if (!cell.empty()) {
            const auto value = parseCount(cell);
            if (!value) {
                bad = std::string(cell);
                return std::nullopt;
            }
            for (Op& op : setCountEdit(plan, kpiId, monthKey(plan.year, month), part, *value).ops) {
                if (auto* ins = std::get_if<InsertRecord>(&op))
                    ins->index += inserted++; // the months in their order
                out.ops.push_back(std::move(op));
            }
        }
        ++month;
        at = end + 1;
    }
    return out;
}

} // namespace domain
