// The "Chỉ tiêu" view (see targets_view.hpp).
//
// [SECTION] Rates of the period
// [SECTION] The grid of monthly counts
// [SECTION] The one-stop figures
// [SECTION] The 766 estimate
// [SECTION] The chart of one target
// [SECTION] The target editor
#include "ui/views/targets_view.hpp"

#include "domain/text.hpp"
#include "ui/i18n.hpp"
#include "ui/messages.hpp"
#include "ui/progress_labels.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace ui {

namespace {

using domain::Kpi;
using domain::Plan;

bool vi() {
    return language() == Lang::Vi;
}

const ImVec4 kMet(0.05f, 0.45f, 0.15f, 1), kMissed(0.75f, 0.3f, 0.0f, 1), kNoData(0.4f, 0.4f, 0.4f, 1);

void refresh(TargetsViewState& st, const Plan& plan, const FrameContext& ctx) {
    if (st.counts && st.revision == ctx.planRevision)
        return;
    st.counts = std::make_unique<domain::CountIndex>(plan);
    st.revision = ctx.planRevision;
}

std::string month(const Plan& plan, int m) {
    return domain::monthKey(plan.year, m);
}

std::vector<std::string> monthsOf(const Plan& plan, const domain::Period& period) {
    return domain::monthsWithin(period.start, period.end, domain::periodModeOf(plan));
}

/// The months a rate is over, and the key of that choice (for the rows' cache).
struct Span {
    std::vector<std::string> months;
    std::string key;
};

Span spanOf(const Plan& plan, const domain::Period& period) {
    return {monthsOf(plan, period), domain::periodKey(period)};
}

// [SECTION] Rates of the period

domain::Period chosenPeriod(const TargetsViewState& st, const Plan& plan) {
    const domain::PeriodMode mode = domain::periodModeOf(plan);
    if (auto p = domain::periodFromKey(st.periodKey, mode); p && p->year == plan.year)
        return *p;
    return domain::makePeriod(domain::PeriodKind::Year, plan.year, 1, mode);
}

bool isRange(const TargetsViewState& st) {
    return st.periodKey == "range";
}

/// The chosen period's months, or a range of whole months (counts are monthly, so a range is of months).
Span chosenSpan(const TargetsViewState& st, const Plan& plan) {
    if (!isRange(st))
        return spanOf(plan, chosenPeriod(st, plan));
    Span s{{}, "range" + std::to_string(st.rangeFrom) + "-" + std::to_string(st.rangeTo)};
    for (int m = st.rangeFrom; m <= st.rangeTo; ++m)
        s.months.push_back(month(plan, m));
    return s;
}

/// "T3" … "T12": a month of the range, chosen from a list.
void monthCombo(const char* name, int& value, int from, FrameContext& ctx) {
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 4.5f);
    const std::string label = tr(Str::MonthPrefix) + std::to_string(value);
    if (ImGui::BeginCombo((std::string("##") + name).c_str(), label.c_str(), ImGuiComboFlags_HeightLargest)) {
        for (int m = from; m <= 12; ++m) {
            if (ImGui::Selectable((tr(Str::MonthPrefix) + std::to_string(m)).c_str(), m == value))
                value = m;
            recordItem(ctx, std::string(name) + ":" + std::to_string(m));
        }
        ImGui::EndCombo();
    }
    recordItem(ctx, name);
}

void periodCombo(TargetsViewState& st, const Plan& plan, FrameContext& ctx) {
    const domain::Period current = chosenPeriod(st, plan);
    fieldLabel(tr(Str::TargetsPeriod));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
    const std::string label =
        isRange(st) ? std::string(tr(Str::MonthRange)) : domain::periodLabel(current, vi());
    if (ImGui::BeginCombo("##period", label.c_str(), ImGuiComboFlags_HeightLargest)) {
        const domain::PeriodMode mode = domain::periodModeOf(plan);
        for (const domain::PeriodKind kind :
             {domain::PeriodKind::Year, domain::PeriodKind::NineMonths, domain::PeriodKind::HalfYear,
              domain::PeriodKind::Quarter, domain::PeriodKind::Month})
            for (const domain::Period& p : domain::periodsOfYear(kind, plan.year, mode)) {
                const std::string key = domain::periodKey(p);
                if (ImGui::Selectable(domain::periodLabel(p, vi()).c_str(),
                                      key == domain::periodKey(current)))
                    st.periodKey = key;
                recordItem(ctx, "targets.period:" + key);
            }
        if (ImGui::Selectable(tr(Str::MonthRange), isRange(st)))
            st.periodKey = "range";
        recordItem(ctx, "targets.period:range");
        ImGui::EndCombo();
    }
    recordItem(ctx, "targets.period");
    if (isRange(st)) {
        ImGui::SameLine();
        ImGui::TextUnformatted(tr(Str::RangeFrom));
        ImGui::SameLine();
        monthCombo("targets.rangeFrom", st.rangeFrom, 1, ctx);
        ImGui::SameLine();
        ImGui::TextUnformatted(tr(Str::RangeTo));
        ImGui::SameLine();
        st.rangeTo = std::max(st.rangeTo, st.rangeFrom);
        monthCombo("targets.rangeTo", st.rangeTo, st.rangeFrom, ctx);
    }
}

const char* verdictText(domain::Verdict v) {
    return tr(v == domain::Verdict::Met      ? Str::VerdictMet
              : v == domain::Verdict::Missed ? Str::VerdictMissed
                                             : Str::VerdictNoData);
}

ImVec4 verdictColor(domain::Verdict v) {
    return v == domain::Verdict::Met ? kMet : v == domain::Verdict::Missed ? kMissed : kNoData;
}

/// Each target's rate over `period` and in each month, and their texts: computed when the plan, the period
/// or the language changed, not in every frame.
void refreshRows(TargetsViewState& st, const Plan& plan, const Span& span) {
    const std::string key = std::to_string(st.revision) + span.key + (vi() ? "v" : "e");
    if (key == st.rowsFor)
        return;
    st.rowsFor = key;
    st.rows.clear();
    const std::vector<std::string>& months = span.months;
    for (const Kpi& k : plan.kpis) {
        TargetsViewState::Row row;
        row.period = st.counts->rate(k, months);
        for (int m = 1; m <= 12; ++m)
            row.months[static_cast<std::size_t>(m - 1)] = st.counts->rate(k, {month(plan, m)});
        row.required = targetText(k);
        row.rate = domain::formatRate(row.period.rate);
        row.counted =
            domain::formatCount(row.period.numerator) + " / " + domain::formatCount(row.period.denominator);
        st.rows.push_back(std::move(row));
    }
    st.estimate = domain::estimate766(plan, *st.counts, months);
    // The one-stop grid: the rules its months break, said under the figure each is about; the period's row.
    st.oneStopWarnings.assign(12 * domain::kOneStopFigureCount, std::string());
    for (const domain::OneStopProblem& pr : domain::checkOneStop(plan.oneStop))
        if (const auto ym = domain::parseMonthKey(pr.month); ym && ym->first == plan.year)
            st.oneStopWarnings[static_cast<std::size_t>(ym->second - 1) * domain::kOneStopFigureCount +
                               static_cast<std::size_t>(pr.figure)] = messageText(pr.message);
    st.oneStopSum = domain::oneStopOver(plan.oneStop, months);
}

/// Twelve small bars, one per month's rate, coloured met / missed.
void sparkline(const Kpi& k, const std::array<domain::Rate, 12>& months, float width) {
    const float h = ImGui::GetTextLineHeight();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(width, h));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float step = width / 12.0f;
    const double top = k.unit == "%" ? 100.0 : std::max(1.0, k.target * 1.25);
    for (int m = 1; m <= 12; ++m) {
        const domain::Rate& r = months[static_cast<std::size_t>(m - 1)];
        const float x = at.x + step * static_cast<float>(m - 1);
        if (!r.rate) {
            dl->AddLine(ImVec2(x + 1, at.y + h - 1), ImVec2(x + step - 1, at.y + h - 1),
                        ImGui::GetColorU32(kNoData));
            continue;
        }
        const float bar = static_cast<float>(std::min(1.0, *r.rate / top)) * (h - 1);
        dl->AddRectFilled(ImVec2(x + 1, at.y + h - std::max(1.0f, bar)), ImVec2(x + step - 1, at.y + h),
                          ImGui::GetColorU32(verdictColor(r.verdict)));
    }
}

/// The targets with their rate over `period`; a click (or Enter) on a row selects it when `select` is set.
void ratesTable(TargetsViewState& st, const Plan& plan, const Span& span, FrameContext& ctx, bool select) {
    const float em = ImGui::GetFontSize();
    if (!ImGui::BeginTable("rates", 6, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg))
        return;
    ImGui::TableSetupColumn(tr(Str::ColTarget), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn(tr(Str::ColRequired), ImGuiTableColumnFlags_WidthFixed, em * 5);
    ImGui::TableSetupColumn(tr(Str::ColResult), ImGuiTableColumnFlags_WidthFixed, em * 5);
    ImGui::TableSetupColumn(tr(Str::ColCounted), ImGuiTableColumnFlags_WidthFixed, em * 8);
    ImGui::TableSetupColumn(tr(Str::ColVerdict), ImGuiTableColumnFlags_WidthFixed, em * 7);
    ImGui::TableSetupColumn(tr(Str::ColMonths), ImGuiTableColumnFlags_WidthFixed, em * 6);
    ImGui::TableHeadersRow();
    refreshRows(st, plan, span);
    ImGuiListClipper clipper; // one line per target: only those on screen are drawn
    clipper.Begin(static_cast<int>(plan.kpis.size()));
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const Kpi& k = plan.kpis[static_cast<std::size_t>(i)];
            const TargetsViewState::Row& row = st.rows[static_cast<std::size_t>(i)];
            const domain::Rate& r = row.period;
            ImGui::PushID(k.meta.id.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            const std::string name = "targets.row:" + k.meta.id;
            if (select) {
                if (ImGui::Selectable(k.name.c_str(), st.selected == k.meta.id,
                                      ImGuiSelectableFlags_SpanAllColumns))
                    st.selected = k.meta.id;
                tooltipIfCut(ctx, k.name, ImGui::GetItemRectSize().x);
            } else {
                ImGui::TextUnformatted(k.name.c_str());
                tooltipIfCut(ctx, k.name, ImGui::GetColumnWidth());
            }
            recordItem(ctx, name);
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(row.required.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(row.rate.c_str());
            recordItem(ctx, name + ".rate");
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(row.counted.c_str());
            ImGui::TableNextColumn();
            // The verdict as a coloured badge (its colour is what a glance reads; the word says it too).
            const ImVec2 at = ImGui::GetCursorScreenPos();
            const ImVec2 size = ImGui::CalcTextSize(verdictText(r.verdict));
            const float pad = em * 0.3f;
            ImGui::GetWindowDrawList()->AddRectFilled(at, ImVec2(at.x + size.x + 2 * pad, at.y + size.y),
                                                      ImGui::GetColorU32(verdictColor(r.verdict)), em * 0.2f);
            ImGui::SetCursorScreenPos(ImVec2(at.x + pad, at.y));
            ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
            ImGui::TextUnformatted(verdictText(r.verdict));
            ImGui::PopStyleColor();
            recordItem(ctx, name + ".verdict");
            ImGui::TableNextColumn();
            sparkline(k, row.months, em * 5.5f);
            ImGui::PopID();
        }
    ImGui::EndTable();
}

// [SECTION] The grid of monthly counts

/// A cell's text stays with the reason under it while it is refused; once taken, the stored value shows.
void keepRefused(TargetsViewState& st, const std::string& name, const std::string& text,
                 const std::optional<domain::Message>& refused) {
    if (refused)
        st.typed[name] = {text, messageText(*refused)};
    else
        st.typed.erase(name);
}

/// What a number cell's visit typed: the text, its undo key, and what the cell held when the visit began.
struct CellInput {
    std::string text, key;
    TargetsViewState::Origin origin;
};

/// A number cell of a grid (the counts, the one-stop figures): `stored` shown, or the text typed and refused
/// with its reason, or else `warning` (a rule the stored value breaks) under it; Enter moves to the cell
/// `below`. Returns what was typed when the text changed.
std::optional<CellInput> numberCell(TargetsViewState& st, const std::string& name,
                                    std::optional<long long> stored, const std::string& warning,
                                    const std::string& below, FrameContext& ctx, float width) {
    const auto typed = st.typed.find(name);
    const bool refused = typed != st.typed.end();
    const std::string shown = refused  ? typed->second.first
                              : stored ? domain::formatCount(*stored)
                                       : std::string();
    const char* error = refused && ctx.edit->owner != textFieldId(name) ? typed->second.second.c_str()
                        : warning.empty()                               ? nullptr
                                                                        : warning.c_str();
    if (st.focusCell == name) {
        ImGui::SetKeyboardFocusHere();
        st.focusCell.clear();
    }
    std::optional<CellInput> input;
    std::string out, key;
    if (checkedField(ctx, name, shown, out, key, width, error, false)) {
        TargetsViewState::Origin& origin = st.origins[name];
        if (origin.key != key)
            origin = {key, stored.has_value(), static_cast<double>(stored.value_or(-1))};
        input = CellInput{std::move(out), std::move(key), origin};
    }
    if (ImGui::IsItemDeactivated() && !below.empty() &&
        (ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false))) {
        st.focusCell = below;
        ctx.redraw = true;
    }
    if (error) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
        refusedReason(ctx, name, error);
        ImGui::PopTextWrapPos();
    }
    return input;
}

std::string cellName(const Kpi& k, int m, int part) {
    return "count:" + k.meta.id + ":" + std::to_string(m) + ":" + std::to_string(part);
}

/// One number of one month: what is typed is stored once it is a whole number the target allows; otherwise
/// it stays in the cell with the reason under it. A row pasted from a spreadsheet fills the months from here.
void countCell(TargetsViewState& st, const Plan& plan, std::size_t row, int m, int part, FrameContext& ctx,
               Actions& actions, float width) {
    const Kpi& k = plan.kpis[row];
    const std::string name = cellName(k, m, part);
    if (!k.source.empty()) { // counted from the one-stop figures: shown (the month's rate), typed there
        if (const domain::Rate& r = st.rows[row].months[static_cast<std::size_t>(m - 1)]; r.months > 0)
            ImGui::TextDisabled("%s", domain::formatCount(part == 0 ? r.numerator : r.denominator).c_str());
        recordItem(ctx, name);
        return;
    }
    const domain::KpiCount* c = st.counts->find(k.meta.id, m);
    // Enter goes down, as in a spreadsheet: from the part to the whole, from the whole to the next target.
    const std::string below = part == 0                    ? cellName(k, m, 1)
                              : row + 1 < plan.kpis.size() ? cellName(plan.kpis[row + 1], m, 0)
                                                           : std::string();
    const auto input = numberCell(
        st, name, c ? std::optional<long long>(part == 0 ? c->numerator : c->denominator) : std::nullopt, "",
        below, ctx, width);
    if (!input)
        return;
    const TargetsViewState::Origin& origin = input->origin;
    const std::optional<long long> before =
        origin.existed ? std::optional<long long>(static_cast<long long>(origin.value)) : std::nullopt;
    const ImGuiID id = textFieldId(name);
    if (ctx.edit->pastedField == id && domain::isPastedRow(ctx.edit->pastedText)) {
        std::string bad;
        const auto e = domain::pasteCountsEdit(plan, k.meta.id, m, part, ctx.edit->pastedText, bad);
        ctx.edit->pastedField = 0;
        if (e) {
            for (int n = m; n <= 12; ++n)
                st.typed.erase(cellName(k, n, part));
            actions.edit = *e;
            ImGui::ClearActiveID(); // the row is in the cells; this one shows its own month again
            ctx.redraw = true;
            return;
        }
        st.typed[name] = {input->text, fillText(Str::PastedCellBad, {bad})}; // the month as it was
        actions.edit = before ? domain::setCountEdit(plan, k.meta.id, month(plan, m), part, *before)
                              : domain::clearCountEdit(plan, k.meta.id, month(plan, m));
    } else {
        domain::CellOutcome o = domain::countCellEdit(plan, k, m, part, input->text, before);
        keepRefused(st, name, input->text, o.refused);
        actions.edit = std::move(o.edit);
    }
    actions.undoKey = input->key;
}

void countsGrid(TargetsViewState& st, const Plan& plan, FrameContext& ctx, Actions& actions) {
    const float em = ImGui::GetFontSize();
    ImGui::TextWrapped("%s", tr(Str::CountsHeading));
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollX |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingFixedFit;
    const float rowHeight = ImGui::GetFrameHeightWithSpacing() * 2 + ImGui::GetStyle().CellPadding.y * 4;
    const float height = std::min(rowHeight * static_cast<float>(plan.kpis.size()) + em * 3, em * 15);
    if (!ImGui::BeginTable("counts", 14, flags, ImVec2(0, height)))
        return;
    ImGui::TableSetupScrollFreeze(2, 1);
    ImGui::TableSetupColumn(tr(Str::ColTarget), ImGuiTableColumnFlags_WidthFixed, em * 12);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, em * 4);
    for (int m = 1; m <= 12; ++m)
        ImGui::TableSetupColumn((tr(Str::MonthPrefix) + std::to_string(m)).c_str(),
                                ImGuiTableColumnFlags_WidthFixed, em * 5);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(plan.kpis.size()), rowHeight);
    while (clipper.Step())
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const auto row = static_cast<std::size_t>(r);
            const Kpi& k = plan.kpis[row];
            ImGui::PushID(k.meta.id.c_str());
            for (int part = 0; part < 2; ++part) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                if (part == 0) { // one line (rows keep the clipper's height); the whole name when pointed at
                    ImGui::TextUnformatted(k.name.c_str());
                    tooltipIfCut(ctx, k.name, ImGui::GetColumnWidth());
                }
                ImGui::TableNextColumn();
                ImGui::TextDisabled("%s", tr(part == 0 ? Str::PartNumerator : Str::PartDenominator));
                for (int m = 1; m <= 12; ++m) {
                    ImGui::TableNextColumn();
                    countCell(st, plan, row, m, part, ctx, actions, em * 4.6f);
                }
            }
            ImGui::PopID();
        }
    ImGui::EndTable();
}

// [SECTION] The one-stop figures

constexpr Str kFigureLabels[domain::kOneStopFigureCount] = {
    Str::OsReceived, Str::OsOnline, Str::OsDirect,  Str::OsCarried,       Str::OsResolved,   Str::OsEarly,
    Str::OsOnTime,   Str::OsLate,   Str::OsPending, Str::OsPendingOnTime, Str::OsPendingLate};

/// One figure of one month, typed as a count is: stored once it is a whole number, cleared when emptied; what
/// is not a number stays with the reason and the month keeps what it held. A rule of the form that the month
/// breaks is said under the figure it is about.
void oneStopCell(TargetsViewState& st, const Plan& plan, const domain::OneStopMonth* rec, int m,
                 std::size_t f, FrameContext& ctx, Actions& actions, float width) {
    const auto cell = [&](int month) {
        return "onestop:" + std::to_string(month) + ":" + domain::kOneStopKeys[f];
    };
    const std::string name = cell(m);
    const long long stored = rec ? rec->*domain::kOneStopMembers[f] : -1;
    const auto input =
        numberCell(st, name, stored >= 0 ? std::optional<long long>(stored) : std::nullopt,
                   st.oneStopWarnings[static_cast<std::size_t>(m - 1) * domain::kOneStopFigureCount + f],
                   m < 12 ? cell(m + 1) : std::string(), ctx, width);
    if (!input)
        return;
    domain::CellOutcome o = domain::oneStopCellEdit(plan, m, static_cast<domain::OneStopFigure>(f),
                                                    input->text, static_cast<long long>(input->origin.value));
    keepRefused(st, name, input->text, o.refused);
    actions.edit = std::move(o.edit);
    actions.undoKey = input->key;
}

/// The one-stop figures by month; its rules and the period row come with the rates (refreshRows).
void oneStopGrid(TargetsViewState& st, const Plan& plan, FrameContext& ctx, Actions& actions) {
    const float em = ImGui::GetFontSize();
    ImGui::SeparatorText(tr(Str::OneStopHeading));
    ImGui::TextWrapped("%s", tr(Str::OneStopHint));
    // Twelve months: all of them on the page (it scrolls), no scrolling of its own.
    const ImGuiTableFlags flags =
        ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("onestop", 1 + static_cast<int>(domain::kOneStopFigureCount), flags))
        return;
    ImGui::TableSetupColumn(tr(Str::ColMonth), ImGuiTableColumnFlags_WidthFixed, em * 5);
    for (Str label : kFigureLabels)
        ImGui::TableSetupColumn(tr(label), ImGuiTableColumnFlags_WidthFixed, em * 5.5f);
    ImGui::TableHeadersRow();
    for (int m = 1; m <= 12; ++m) {
        const std::string id = domain::oneStopId("", month(plan, m));
        const auto rec = std::find_if(plan.oneStop.begin(), plan.oneStop.end(),
                                      [&](const domain::OneStopMonth& o) { return o.meta.id == id; });
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::Text("%s%d", tr(Str::MonthPrefix), m);
        for (std::size_t f = 0; f < domain::kOneStopFigureCount; ++f) {
            ImGui::TableNextColumn();
            ImGui::PushID(static_cast<int>(m * 16 + static_cast<int>(f)));
            oneStopCell(st, plan, rec == plan.oneStop.end() ? nullptr : &*rec, m, f, ctx, actions, em * 5);
            ImGui::PopID();
        }
    }
    // The chosen period: flows summed, stocks at its ends (never a sum of monthly stocks).
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(tr(Str::OneStopPeriodRow));
    const std::optional<domain::OneStopMonth>& sum = st.oneStopSum;
    for (std::size_t f = 0; f < domain::kOneStopFigureCount; ++f) {
        ImGui::TableNextColumn();
        const long long v = sum ? domain::oneStopValue(*sum, static_cast<domain::OneStopFigure>(f)) : -1;
        ImGui::TextUnformatted(v >= 0 ? domain::formatCount(v).c_str() : "—");
        recordItem(ctx, std::string("onestop.period:") + domain::kOneStopKeys[f]);
    }
    ImGui::EndTable();
}

// [SECTION] The one-stop figures
// [SECTION] The 766 estimate

std::string points(double v) {
    return domain::formatNumber(v, 2, vi());
}

void estimateTable(const TargetsViewState& st, FrameContext& ctx) {
    ImGui::SeparatorText(tr(Str::Est766Heading));
    ImGui::TextWrapped("%s", tr(Str::Est766Hint));
    const domain::Estimate766& e = st.estimate;
    if (e.rows.empty()) {
        ImGui::TextDisabled("%s", tr(Str::Est766None));
        return;
    }
    const float em = ImGui::GetFontSize();
    if (!ImGui::BeginTable("estimate766", 5, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg))
        return;
    ImGui::TableSetupColumn(tr(Str::ColCode), ImGuiTableColumnFlags_WidthFixed, em * 3);
    ImGui::TableSetupColumn(tr(Str::ColIndicator), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn(tr(Str::ColFormula), ImGuiTableColumnFlags_WidthFixed, em * 20);
    ImGui::TableSetupColumn(tr(Str::ColResult), ImGuiTableColumnFlags_WidthFixed, em * 5);
    ImGui::TableSetupColumn(tr(Str::ColPoints), ImGuiTableColumnFlags_WidthFixed, em * 6);
    ImGui::TableHeadersRow();
    for (const domain::Estimate766::Row& r : e.rows) {
        const domain::Indicator766& ind = *r.indicator;
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(ind.code);
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", ind.name);
        ImGui::TableNextColumn();
        const std::string max = domain::formatNumber(ind.max, 0, vi()); // whole points
        ImGui::TextWrapped("%s",
                           (ind.fullAt > 0 ? fillText(Str::FormulaThreshold,
                                                      {max, domain::formatNumber(ind.fullAt * 100, 0, vi())})
                                           : fillText(Str::FormulaLinear, {max}))
                               .c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(
            domain::formatRate(r.share ? std::optional<double>(*r.share * 100) : std::nullopt).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(r.share ? (points(r.points) + " / " + max).c_str() : "—");
        recordItem(ctx, std::string("estimate766.points:") + ind.code);
    }
    ImGui::EndTable();
    const domain::Band766& band = domain::kBands766[0];
    ImGui::TextWrapped("%s", fillText(Str::Est766Total, {points(e.points), points(e.covered), band.name,
                                                         domain::formatNumber(band.from, 0, vi())})
                                 .c_str());
    recordItem(ctx, "estimate766.total");
}

// [SECTION] The chart of one target

void chart(const Plan& plan, const Kpi& k, const domain::CountIndex& counts, FrameContext& ctx) {
    const float em = ImGui::GetFontSize();
    ImGui::TextWrapped("%s", tr(Str::ChartHeading));
    const ImVec2 size(std::min(ImGui::GetContentRegionAvail().x, em * 40), em * 9);
    const ImVec2 a = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton("chart", size);
    recordItem(ctx, "targets.chart");
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float labels = ImGui::GetTextLineHeightWithSpacing();
    const ImVec2 b(a.x + size.x, a.y + size.y - labels); // the plotting area ends above the month labels
    dl->AddRect(a, ImVec2(b.x, b.y), ImGui::GetColorU32(ImGuiCol_Border));
    const bool share = k.unit == "%";
    std::vector<domain::Rate> monthly, cumulative;
    std::vector<std::string> sofar;
    double top = share ? 100.0 : k.target;
    for (int m = 1; m <= 12; ++m) {
        sofar.push_back(month(plan, m));
        monthly.push_back(counts.rate(k, {sofar.back()}));
        cumulative.push_back(counts.rate(k, sofar));
        if (!share && monthly.back().rate)
            top = std::max(top, *monthly.back().rate);
    }
    top = std::max(top * (share ? 1.0 : 1.15), 1e-9);
    const float plotH = b.y - a.y - 2;
    const auto yOf = [&](double v) { return b.y - 1 - static_cast<float>(std::min(v, top) / top) * plotH; };
    const float step = size.x / 12.0f;
    std::vector<ImVec2> line;
    for (int m = 1; m <= 12; ++m) {
        const float x0 = a.x + step * static_cast<float>(m - 1);
        const domain::Rate& r = monthly[static_cast<std::size_t>(m - 1)];
        if (r.rate) {
            const ImVec2 p0(x0 + step * 0.2f, yOf(*r.rate)), p1(x0 + step * 0.8f, b.y - 1);
            dl->AddRectFilled(p0, p1, ImGui::GetColorU32(verdictColor(r.verdict)));
            if (ctx.recordRects)
                ctx.rects["targets.chart.bar:" + std::to_string(m)] = {p0.x, p0.y, p1.x - p0.x, p1.y - p0.y};
        }
        if (const auto& c = cumulative[static_cast<std::size_t>(m - 1)].rate; c && r.months > 0)
            line.push_back(ImVec2(x0 + step * 0.5f, yOf(*c)));
        const std::string label = tr(Str::MonthPrefix) + std::to_string(m);
        dl->AddText(ImVec2(x0 + (step - ImGui::CalcTextSize(label.c_str()).x) * 0.5f, b.y + 2),
                    ImGui::GetColorU32(ImGuiCol_Text), label.c_str());
        if (hovered && ImGui::GetIO().MousePos.x >= x0 && ImGui::GetIO().MousePos.x < x0 + step) {
            const domain::Rate& sum = cumulative[static_cast<std::size_t>(m - 1)];
            const std::string tip =
                fillText(Str::ChartTip, {std::to_string(m), domain::formatCount(r.numerator),
                                         domain::formatCount(r.denominator), domain::formatRate(r.rate),
                                         domain::formatRate(sum.rate)});
            ImGui::SetTooltip("%s", tip.c_str());
            ctx.tooltip = tip;
        }
    }
    if (line.size() > 1)
        dl->AddPolyline(line.data(), static_cast<int>(line.size()),
                        ImGui::GetColorU32(ImVec4(0.1f, 0.3f, 0.8f, 1)), ImDrawFlags_None, 2.0f);
    for (const ImVec2& p : line)
        dl->AddCircleFilled(p, 3.0f, ImGui::GetColorU32(ImVec4(0.1f, 0.3f, 0.8f, 1)));
    const float ty = yOf(k.target);
    dl->AddLine(ImVec2(a.x, ty), ImVec2(b.x, ty), ImGui::GetColorU32(ImVec4(0.8f, 0.05f, 0.05f, 1)), 2.0f);
    if (ctx.recordRects)
        ctx.rects["targets.chart.target"] = {a.x, ty, size.x, 1};
}

// [SECTION] The target editor

void editor(TargetsViewState& st, const Plan& plan, std::size_t index, FrameContext& ctx, Actions& actions) {
    const Kpi& k = plan.kpis[index];
    const std::string& id = k.meta.id;
    const float em = ImGui::GetFontSize();
    std::string out, key;
    ImGui::PushID(id.c_str());
    const auto text = [&](Str label, const char* name, const char* field, const std::string& value) {
        fieldLabel(tr(label));
        ImGui::SameLine(em * 12);
        if (textField(ctx, name, value, out, key))
            actions.setText(id, field, out, key);
    };
    text(Str::FieldTargetName, "target.name", "name", k.name);
    text(Str::FieldTargetUnit, "target.unit", "unit", k.unit);
    fieldLabel(tr(Str::FieldComparison));
    ImGui::SameLine(em * 12);
    ImGui::SetNextItemWidth(em * 7);
    static const char* const kComparisons[] = {">=", ">", "=", "<=", "<"};
    if (ImGui::BeginCombo("##comparison", tr(comparisonStr(k.comparison)))) {
        for (const char* c : kComparisons)
            if (ImGui::Selectable(tr(comparisonStr(c)), k.comparison == c) && k.comparison != c)
                actions.setText(id, "comparison", c, "");
        ImGui::EndCombo();
    }
    recordItem(ctx, "target.comparison");
    // The value: a number set by its own edit; text that is not one stays, with the reason.
    fieldLabel(tr(Str::FieldTargetValue));
    ImGui::SameLine(em * 12);
    const std::string name = "target.value";
    const auto typed = st.typed.find(name);
    const bool whole = k.target == std::floor(k.target);
    const std::string shown =
        typed != st.typed.end() ? typed->second.first : domain::formatNumber(k.target, whole ? 0 : 1, vi());
    const char* error = typed != st.typed.end() && ctx.edit->owner != textFieldId(name)
                            ? typed->second.second.c_str()
                            : nullptr;
    if (checkedField(ctx, name, shown, out, key, em * 6, error)) {
        TargetsViewState::Origin& origin = st.origins[name + id];
        if (origin.key != key)
            origin = {key, true, k.target};
        domain::CellOutcome o = domain::targetValueEdit(k, out, origin.value);
        keepRefused(st, name, out, o.refused);
        if (!o.edit.ops.empty()) {
            actions.edit = std::move(o.edit);
            actions.undoKey = key;
        }
    }
    fieldLabel(tr(Str::FieldSource));
    ImGui::SameLine(em * 12);
    ImGui::SetNextItemWidth(em * 20);
    static const char* const kSources[] = {"", "online", "onTime"};
    static const Str kSourceLabels[] = {Str::SourceTyped, Str::SourceOnline, Str::SourceOnTime};
    const auto current = std::find(std::begin(kSources), std::end(kSources), k.source) - std::begin(kSources);
    if (ImGui::BeginCombo("##source", tr(kSourceLabels[current < 3 ? current : 0]))) {
        for (std::size_t i = 0; i < std::size(kSources); ++i) {
            if (ImGui::Selectable(tr(kSourceLabels[i]), k.source == kSources[i]) && k.source != kSources[i])
                actions.setText(id, "source", kSources[i], "");
            recordItem(ctx, std::string("target.source:") + (i == 0 ? "typed" : kSources[i]));
        }
        ImGui::EndCombo();
    }
    recordItem(ctx, "target.source");
    text(Str::FieldNumerator, "target.numerator", "numerator", k.numerator);
    text(Str::FieldDenominator, "target.denominator", "denominator", k.denominator);
    fieldLabel(tr(Str::Field766));
    ImGui::SameLine(em * 12);
    ImGui::SetNextItemWidth(em * 20);
    const domain::Indicator766* linked = domain::findIndicator766(k.code766);
    const std::string linkedText = linked              ? std::string(linked->code) + " — " + linked->name
                                   : k.code766.empty() ? std::string(tr(Str::NoIndicator))
                                                       : k.code766;
    if (ImGui::BeginCombo("##code766", linkedText.c_str(), ImGuiComboFlags_HeightLargest)) {
        if (ImGui::Selectable(tr(Str::NoIndicator), k.code766.empty()) && !k.code766.empty())
            actions.setText(id, "code766", "", "");
        for (const domain::Indicator766& ind : domain::kIndicators766) {
            if (ImGui::Selectable((std::string(ind.code) + " — " + ind.name).c_str(),
                                  k.code766 == ind.code) &&
                k.code766 != ind.code)
                actions.setText(id, "code766", ind.code, "");
            recordItem(ctx, std::string("target.code766:") + ind.code);
        }
        ImGui::EndCombo();
    }
    recordItem(ctx, "target.code766");
    if (button(ctx, "target.up", tr(Str::MoveUp)))
        actions.edit = domain::moveWithinListEdit(plan, id, -1);
    ImGui::SameLine();
    if (button(ctx, "target.down", tr(Str::MoveDown)))
        actions.edit = domain::moveWithinListEdit(plan, id, +1);
    ImGui::SameLine();
    if (button(ctx, "target.delete", tr(Str::Delete))) {
        actions.edit = domain::removeKpiEdit(plan, id);
        const std::size_t months = actions.edit->ops.size() - 1;
        if (months > 0)
            actions.confirmMessage = fillText(Str::ConfirmDeleteTarget, {k.name, std::to_string(months)});
    }
    ImGui::PopID();
}

} // namespace

void drawTargetsView(TargetsViewState& st, const Plan& plan, FrameContext& ctx, Actions& actions,
                     const std::function<std::string(const char*)>& newId) {
    refresh(st, plan, ctx);
    ImGui::TextWrapped("%s", tr(Str::TargetsHint));
    periodCombo(st, plan, ctx);
    ImGui::SameLine();
    if (button(ctx, "targets.add", tr(Str::AddTarget)) && domain::taskCount(plan) > 0) {
        Kpi k;
        k.meta.id = newId("kpi");
        k.name = tr(Str::NewTargetName);
        k.unit = "%";
        k.comparison = ">=";
        k.target = 100;
        const auto sel = std::find_if(plan.kpis.begin(), plan.kpis.end(),
                                      [&](const Kpi& o) { return o.meta.id == st.selected; });
        k.taskId = sel != plan.kpis.end() ? sel->taskId : plan.groups.front().tasks.front().meta.id;
        for (const domain::Group& g : plan.groups) // a plan's first task, when nothing is selected
            if (sel == plan.kpis.end() && !g.tasks.empty()) {
                k.taskId = g.tasks.front().meta.id;
                break;
            }
        st.selected = k.meta.id;
        actions.edit = domain::Edit{{domain::InsertRecord{plan.meta.id, plan.kpis.size(), std::move(k)}}};
    }
    if (plan.kpis.empty()) {
        ImGui::TextDisabled("%s", tr(Str::NoTargets));
        return;
    }
    ratesTable(st, plan, chosenSpan(st, plan), ctx, true);
    ImGui::Spacing();
    countsGrid(st, plan, ctx, actions);
    std::size_t selected = 0;
    for (std::size_t i = 0; i < plan.kpis.size(); ++i)
        if (plan.kpis[i].meta.id == st.selected)
            selected = i;
    ImGui::SeparatorText((std::string(tr(Str::TargetEditor)) + ": " + plan.kpis[selected].name).c_str());
    if (ImGui::BeginTable("target", 2, ImGuiTableFlags_SizingStretchSame)) {
        ImGui::TableNextColumn();
        chart(plan, plan.kpis[selected], *st.counts, ctx);
        ImGui::TableNextColumn();
        editor(st, plan, selected, ctx, actions);
        ImGui::EndTable();
    }
    estimateTable(st, ctx);
    oneStopGrid(st, plan, ctx, actions);
}

void drawTargetsSummary(TargetsViewState& st, const Plan& plan, const domain::Period& period,
                        FrameContext& ctx) {
    if (plan.kpis.empty())
        return;
    refresh(st, plan, ctx);
    ImGui::SeparatorText(
        (std::string(tr(Str::TargetsOverview)) + " — " + domain::periodLabel(period, vi())).c_str());
    ratesTable(st, plan, spanOf(plan, period), ctx, false);
}

} // namespace ui
