// The periodic reports (see reports_view.hpp).
#include "ui/views/reports_view.hpp"

#include "domain/progress.hpp"
#include "domain/report.hpp"
#include "ui/i18n.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

namespace ui {

namespace {

using domain::Date;
using domain::Period;
using domain::PeriodKind;
using domain::Plan;
using domain::Report;

/// The periods a new report can cover, in the plan's year; the last choice is a date range.
std::vector<Period> choices(const Plan& plan) {
    const domain::PeriodMode mode = domain::periodModeOf(plan);
    std::vector<Period> out = domain::periodsOfYear(PeriodKind::Quarter, plan.year, mode);
    out.push_back(domain::makePeriod(PeriodKind::HalfYear, plan.year, 1, mode));
    out.push_back(domain::makePeriod(PeriodKind::NineMonths, plan.year, 1, mode));
    out.push_back(domain::makePeriod(PeriodKind::Year, plan.year, 1, mode));
    return out;
}

std::optional<Date> readDate(const std::string& text) {
    const auto d = domain::parseDisplayDate(text, 1);
    if (!d || domain::parseDisplayDate(text, 2) != d)
        return std::nullopt; // no year typed
    return d;
}

std::string shownDate(const std::string& iso) {
    const std::optional<Date> d = domain::parseIsoDate(iso);
    return d ? domain::toDisplay(*d) : iso;
}

/// What the list and the editor call a report: "Quý II/2024 — số 12 — 05/07/2024".
std::string reportName(const Report& r, const Plan& plan) {
    const std::optional<domain::ReportPeriod> p =
        domain::reportPeriodFromText(r.period, domain::periodModeOf(plan));
    std::string name = !p          ? r.period
                       : p->period ? domain::periodLabel(*p->period, language() == Lang::Vi)
                                   : domain::toDisplay(p->from) + " – " + domain::toDisplay(p->to);
    if (!r.number.empty())
        name += " — " + std::string(tr(Str::ReportNumber)) + " " + r.number;
    return name + " — " + shownDate(r.date);
}

void newReport(ReportsViewState& st, const Plan& plan, const Date& today, FrameContext& ctx, Actions& actions,
               const std::function<std::string(const char*)>& newId) {
    fieldLabel(tr(Str::ReportNewLabel));
    const std::vector<Period> periods = choices(plan);
    const int rangeChoice = static_cast<int>(periods.size());
    for (int i = 0; i <= rangeChoice; ++i) {
        ImGui::SameLine();
        const std::string label = i < rangeChoice ? domain::periodLabel(periods[static_cast<std::size_t>(i)],
                                                                        language() == Lang::Vi)
                                                  : std::string(tr(Str::ReportRange));
        if (radio(ctx, "reports.choice." + std::to_string(i), label.c_str(), st.choice == i))
            st.choice = i;
    }
    std::optional<domain::ReportPeriod> period;
    const char* rangeError = nullptr;
    if (st.choice >= rangeChoice) {
        const float em = ImGui::GetFontSize();
        std::string out, key;
        fieldLabel(tr(Str::ReportFrom));
        ImGui::SameLine();
        const auto from = readDate(st.from), to = readDate(st.to);
        if (checkedField(ctx, "reports.from", st.from, out, key, em * 8,
                         !st.from.empty() && !from && ctx.edit->owner == 0 ? tr(Str::DateInvalid) : nullptr))
            st.from = out;
        ImGui::SameLine();
        fieldLabel(tr(Str::ReportTo));
        ImGui::SameLine();
        if (from && to && *to < *from)
            rangeError = tr(Str::ReportRangeInvalid);
        if (checkedField(ctx, "reports.to", st.to, out, key, em * 8,
                         !st.to.empty() && !to && ctx.edit->owner == 0 ? tr(Str::DateInvalid) : rangeError))
            st.to = out;
        if (from && to)
            period = domain::reportRange(*from, *to);
    } else {
        period = domain::reportPeriodOf(periods[static_cast<std::size_t>(std::max(st.choice, 0))]);
    }
    ImGui::BeginDisabled(!period);
    if (button(ctx, "reports.create", tr(Str::ReportCreate)) && period) {
        const std::string id = newId("report");
        actions.edit = domain::newReportEdit(plan, *period, today, id);
        actions.select = id;
        st.selected = id;
    }
    ImGui::EndDisabled();
}

void textRow(FrameContext& ctx, Actions& actions, const Report& r, const char* field,
             const std::string& value, Str label, bool multiline, float width = -1.0f) {
    std::string out, key;
    const std::string name = std::string("report.") + field;
    fieldLabel(tr(label));
    if (multiline) {
        if (textArea(ctx, name, value, out, key, ImGui::GetTextLineHeightWithSpacing() * 3.5f))
            actions.setText(r.meta.id, field, out, key);
    } else {
        ImGui::SameLine(ImGui::GetFontSize() * 12);
        if (textField(ctx, name, value, out, key, width))
            actions.setText(r.meta.id, field, out, key);
    }
}

void editor(ReportsViewState& st, const Plan& plan, const Report& r, const Date& today, bool readOnly,
            FrameContext& ctx, Actions& actions) {
    const float em = ImGui::GetFontSize();
    ImGui::SeparatorText(reportName(r, plan).c_str());
    recordItem(ctx, "report.title");
    // Printing and downloading change nothing: allowed in a tab that only follows the writer.
    ImGui::EndDisabled();
    ImGui::BeginDisabled(st.busy);
    const std::pair<Str, const char*> outputs[] = {
        {Str::ReportPrint, "report.print"}, {Str::ReportDocx, "report.docx"}, {Str::ReportCsv, "report.csv"}};
    for (int format = 0; format < 3; ++format) {
        if (format)
            ImGui::SameLine();
        if (button(ctx, outputs[format].second, tr(outputs[format].first))) {
            actions.report = Actions::ReportOutput{r.meta.id, format};
            st.busy = true;
        }
    }
    ImGui::EndDisabled();
    if (st.busy) {
        ImGui::SameLine();
        ImGui::TextUnformatted(tr(Str::ReportWorking));
    }
    ImGui::BeginDisabled(readOnly);
    ImGui::SameLine(0, em * 2);
    if (button(ctx, "report.delete", tr(Str::ReportDelete))) {
        actions.edit = domain::Edit{{domain::RemoveRecord{r.meta.id}}};
        actions.confirmMessage = tr(Str::ReportDeleteConfirm);
    }
    ImGui::Spacing();
    textRow(ctx, actions, r, "number", r.number, Str::ReportNumber, false, em * 8);
    // The date: typed dd/mm/yyyy, stored once it is a whole date; other text stays with the reason under it.
    fieldLabel(tr(Str::ReportDate));
    ImGui::SameLine(em * 12);
    const auto typed = st.typedDates.find(r.meta.id);
    const std::string shown = typed != st.typedDates.end() ? typed->second : shownDate(r.date);
    std::string out, key;
    if (checkedField(ctx, "report.date", shown, out, key, em * 8,
                     !readDate(shown) && ctx.edit->owner == 0 ? tr(Str::DateInvalid) : nullptr)) {
        if (const auto d = readDate(out)) {
            st.typedDates.erase(r.meta.id);
            actions.setText(r.meta.id, "date", domain::toIso(*d), key);
        } else {
            st.typedDates[r.meta.id] = out;
        }
    }
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%s %s", tr(Str::ReportAsOf), shownDate(r.asOf).c_str());
    recordItem(ctx, "report.asOf");
    ImGui::SameLine();
    if (button(ctx, "report.refresh", tr(Str::ReportRefresh)))
        actions.edit = domain::refreshReportEdit(plan, r, today);
    textRow(ctx, actions, r, "difficulties", r.difficulties, Str::ReportDifficulties, true);
    textRow(ctx, actions, r, "proposals", r.proposals, Str::ReportProposals, true);
    textRow(ctx, actions, r, "nextSteps", r.nextSteps, Str::ReportNextSteps, true);
    textRow(ctx, actions, r, "recipients", r.recipients, Str::ReportRecipients, true);
    textRow(ctx, actions, r, "signerAuthority", r.signerAuthority, Str::ReportSignerAuthority, false);
    textRow(ctx, actions, r, "signerTitle", r.signerTitle, Str::ReportSignerTitle, false);
    textRow(ctx, actions, r, "signerName", r.signerName, Str::ReportSignerName, false);
}

} // namespace

void drawReportsView(ReportsViewState& st, const Plan& plan, const Date& today, bool readOnly,
                     FrameContext& ctx, Actions& actions,
                     const std::function<std::string(const char*)>& newId) {
    ImGui::TextWrapped("%s", tr(Str::ReportsHint));
    newReport(st, plan, today, ctx, actions, newId);
    ImGui::Separator();
    if (plan.reports.empty()) {
        ImGui::TextDisabled("%s", tr(Str::ReportsNone));
        return;
    }
    if (!domain::findReport(plan, st.selected))
        st.selected = plan.reports.back().meta.id;
    ImGui::EndDisabled(); // choosing which report to see changes nothing: also in a tab that follows
    for (const Report& r : plan.reports)
        if (radio(ctx, "reports.item." + r.meta.id, reportName(r, plan).c_str(), r.meta.id == st.selected))
            st.selected = r.meta.id;
    ImGui::BeginDisabled(readOnly);
    if (const Report* r = domain::findReport(plan, st.selected))
        editor(st, plan, *r, today, readOnly, ctx, actions);
}

} // namespace ui
