// Tasks view, timeline, dashboard and the progress editor (see progress_view.hpp).
#include "ui/views/progress_view.hpp"

#include "domain/text.hpp"
#include "ui/i18n.hpp"
#include "ui/progress_labels.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <utility>

#include <algorithm>
#include <cstdio>
#include <iterator>

namespace ui {

namespace {

using domain::Date;
using domain::Occurrence;
using domain::OccurrenceKind;
using domain::PeriodKind;
using domain::Plan;
using domain::Task;
using domain::TaskOccurrence;
using domain::Timeliness;

constexpr const char* kRoman[] = {"", "I", "II", "III", "IV"};

ImVec4 timelinessColor(Timeliness t) {
    switch (t) {
    case Timeliness::NotDue:
        return ImVec4(0.78f, 0.80f, 0.84f, 1);
    case Timeliness::InTime:
        return ImVec4(0.35f, 0.58f, 0.90f, 1);
    case Timeliness::Overdue:
        return ImVec4(0.85f, 0.22f, 0.18f, 1);
    case Timeliness::DoneOnTime:
        return ImVec4(0.25f, 0.65f, 0.30f, 1);
    case Timeliness::DoneLate:
        return ImVec4(0.93f, 0.60f, 0.15f, 1);
    case Timeliness::NotApplicable:
        return ImVec4(0.90f, 0.90f, 0.90f, 1);
    }
    return ImVec4(0, 0, 0, 1);
}

bool vietnamese() {
    return language() == Lang::Vi;
}

std::string taskLabel(const domain::Group& g, const Task& t) {
    return g.numeral + "." + t.number;
}

/// Brings the shared cache up to date for this frame: the plan revision, "today" and the filters.
void refresh(ProgressViewState& st, ProgressCache& cache, const Plan& plan, const ProgressContext& pc,
             const FrameContext& ctx) {
    cache.update(plan, ctx.layoutRevision, ctx.planRevision, pc.today, progressFilter(st, plan));
}

void openEditorFor(ProgressViewState& st, const Plan& plan, const std::string& taskId,
                   const std::string& key) {
    st.openEditor = true;
    st.editTask = taskId;
    st.editOccurrence = key;
    st.draft = st.draftOrigin = domain::progressDraft(domain::findProgress(plan, taskId, key));
    st.confirmDiscard = false;
}

/// A combo over `items` (label, value); returns true when the choice changed.
bool choiceCombo(FrameContext& ctx, const std::string& name,
                 const std::vector<std::pair<std::string, std::string>>& items, std::string& value,
                 float width) {
    const char* preview = items.front().first.c_str();
    for (const auto& [label, v] : items)
        if (v == value)
            preview = label.c_str();
    bool changed = false;
    ImGui::SetNextItemWidth(width);
    ImGui::PushID(name.c_str());
    const bool open = ImGui::BeginCombo("##combo", preview);
    recordItem(ctx, name);
    if (open) {
        for (std::size_t i = 0; i < items.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            if (ImGui::Selectable(items[i].first.c_str(), items[i].second == value)) {
                changed = items[i].second != value;
                value = items[i].second;
            }
            recordItem(ctx, name + ".option" + std::to_string(i));
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    ImGui::PopID();
    return changed;
}

/// "As of" date: typed dd/mm/yyyy or back to the real date.
void drawToday(ProgressViewState& st, const ProgressContext& pc, FrameContext& ctx, Actions& actions) {
    fieldLabel(tr(Str::TodayLabel));
    ImGui::SameLine();
    const std::string shown = domain::toDisplay(pc.today);
    const bool valid = domain::parseDisplayDate(st.todayText, pc.today.year).has_value();
    if ((ctx.edit->owner == 0 && valid) || st.todayText.empty())
        st.todayText = shown; // a date that is not one stays as typed, said under the field
    std::string out, key;
    const char* error = valid ? nullptr : tr(Str::DateInvalid);
    if (checkedField(ctx, "progress.today", st.todayText, out, key, ImGui::GetFontSize() * 7, error, false)) {
        st.todayText = out;
        if (const auto d = domain::parseDisplayDate(out, pc.today.year))
            actions.today = domain::toIso(*d);
    }
    if (!pc.todayIsReal) {
        ImGui::SameLine();
        if (button(ctx, "progress.todayReset", tr(Str::TodayReset))) {
            actions.today = "";
            st.todayText.clear();
        }
    }
    refusedReason(ctx, "progress.today", error);
}

void drawFilters(ProgressViewState& st, const Plan& plan, FrameContext& ctx, bool withStatus) {
    const float em = ImGui::GetFontSize();
    std::vector<std::pair<std::string, std::string>> groups = {{tr(Str::FilterAllGroups), ""}};
    for (const domain::Group& g : plan.groups)
        groups.push_back({g.numeral + ". " + g.title, g.meta.id});
    choiceCombo(ctx, "filter.group", groups, st.groupId, em * 12);
    ImGui::SameLine();
    std::vector<std::pair<std::string, std::string>> units = {{tr(Str::FilterAllUnits), ""}};
    for (const domain::Unit& u : plan.units)
        units.push_back({u.name, u.meta.id});
    choiceCombo(ctx, "filter.unit", units, st.unitId, em * 11);
    ImGui::SameLine();
    std::vector<std::pair<std::string, std::string>> periods = {{tr(Str::FilterWholeYear), "0"}};
    for (int q = 1; q <= 4; ++q)
        periods.push_back({std::string(tr(Str::FilterQuarter)) + " " + kRoman[q], std::to_string(q)});
    for (int m = 1; m <= 12; ++m)
        periods.push_back(
            {std::string(tr(Str::FilterMonth)) + " " + std::to_string(m), std::to_string(4 + m)});
    std::string period = std::to_string(st.period);
    if (choiceCombo(ctx, "filter.period", periods, period, em * 7))
        st.period = std::stoi(period);
    if (withStatus) {
        ImGui::SameLine();
        std::vector<std::pair<std::string, std::string>> statuses = {{tr(Str::FilterAllStatuses), "-1"}};
        for (int t = 0; t <= static_cast<int>(Timeliness::NotApplicable); ++t)
            statuses.push_back({tr(timelinessStr(static_cast<Timeliness>(t))), std::to_string(t)});
        std::string value = std::to_string(st.timeliness);
        if (choiceCombo(ctx, "filter.status", statuses, value, em * 10))
            st.timeliness = std::stoi(value);
    }
    ImGui::SameLine();
    fieldLabel(tr(Str::SearchLabel));
    ImGui::SameLine();
    std::string out, key;
    if (textField(ctx, "filter.search", st.search, out, key, em * 10))
        st.search = out;
}

void coloredStatus(Timeliness t) {
    const ImVec4 c = timelinessColor(t);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight();
    draw->AddRectFilled(ImVec2(p.x, p.y + h * 0.2f), ImVec2(p.x + h * 0.6f, p.y + h * 0.8f),
                        ImGui::GetColorU32(c), 2.0f);
    ImGui::Dummy(ImVec2(h * 0.7f, h));
    ImGui::SameLine();
    ImGui::TextUnformatted(tr(timelinessStr(t)));
}

void drawTaskDetail(ProgressViewState& st, ProgressCache& cache, const Plan& plan, const ProgressContext& pc,
                    FrameContext& ctx, Actions& actions) {
    const domain::Group* group = nullptr;
    const Task* task = nullptr;
    for (const domain::Group& g : plan.groups)
        for (const Task& t : g.tasks)
            if (t.meta.id == st.selectedTask) {
                group = &g;
                task = &t;
            }
    if (!task) {
        ImGui::TextWrapped("%s", tr(Str::SelectTaskHint));
        return;
    }
    ImGui::PushID(task->meta.id.c_str());
    ImGui::Text("%s %s", tr(Str::TaskHeading), taskLabel(*group, *task).c_str());
    ImGui::TextWrapped("%s", task->content.c_str());
    ImGui::Separator();
    ImGui::TextDisabled("%s:", tr(Str::SchedOriginal));
    ImGui::SameLine();
    ImGui::TextWrapped("%s", task->timeframe.c_str());
    const domain::Schedule& s = cache.schedule(plan, *task);
    ImGui::TextDisabled("%s:", tr(Str::SchedParsed));
    ImGui::SameLine();
    if (s.understood)
        ImGui::TextWrapped("%s", scheduleText(domain::scheduleParts(s)).c_str());
    else
        ImGui::TextColored(ImVec4(0.8f, 0.2f, 0.1f, 1), "%s", tr(Str::SchedUnknown));
    recordItem(ctx, "detail.schedule");
    fieldLabel(tr(Str::SchedHandSet));
    std::string out, key;
    if (textField(ctx, "task.schedule", task->schedule, out, key))
        actions.setText(task->meta.id, "schedule", out, key);
    if (!cache.handScheduleUnderstood(plan, *task))
        ImGui::TextColored(ImVec4(0.8f, 0.2f, 0.1f, 1), "%s", tr(Str::SchedHandInvalid));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", tr(Str::SchedHandHint));
    ImGui::PopStyleColor();

    ImGui::SeparatorText(tr(Str::Occurrences));
    const auto [first, last] = cache.occurrencesOf(task);
    for (std::size_t i = first; i < last; ++i) {
        const TaskOccurrence& o = cache.occurrences()[i];
        ImGui::PushID(o.occurrence.key.c_str());
        ImGui::TextUnformatted(occurrenceText(o.occurrence).c_str());
        ImGui::SameLine(ImGui::GetFontSize() * 11);
        coloredStatus(o.timeliness);
        ImGui::SameLine();
        if (o.progress && !o.progress->evidence.empty())
            ImGui::TextDisabled("(%zu)", o.progress->evidence.size());
        ImGui::SameLine();
        if (button(ctx, "occ:" + o.occurrence.key, tr(Str::UpdateProgress)))
            openEditorFor(st, plan, task->meta.id, o.occurrence.key);
        ImGui::PopID();
    }
    if (first == last)
        ImGui::TextWrapped("%s", tr(Str::NoOccurrences));

    if (s.eventDriven) {
        ImGui::SeparatorText(tr(Str::EventLogTitle));
        if (st.eventDate.empty())
            st.eventDate = domain::toDisplay(pc.today);
        const float em = ImGui::GetFontSize();
        fieldLabel(tr(Str::EventDate));
        ImGui::SameLine(em * 7);
        if (checkedField(ctx, "event.date", st.eventDate, out, key, em * 7,
                         domain::eventDatesProblem(st.eventDate, st.eventDue, plan.year) ==
                                 domain::EventDatesProblem::DateInvalid
                             ? tr(Str::DateInvalid)
                             : nullptr)) {
            st.eventDate = out;
            if (const auto due = domain::proposedEventDueFor(out, plan.year))
                st.eventDue = domain::toDisplay(*due);
        }
        if (st.eventDue.empty())
            if (const auto due = domain::proposedEventDueFor(st.eventDate, plan.year))
                st.eventDue = domain::toDisplay(*due);
        fieldLabel(tr(Str::EventDue));
        ImGui::SameLine(em * 7);
        const domain::EventDatesProblem problem =
            domain::eventDatesProblem(st.eventDate, st.eventDue, plan.year);
        if (checkedField(ctx, "event.due", st.eventDue, out, key, em * 7,
                         problem == domain::EventDatesProblem::DueInvalid      ? tr(Str::DateInvalid)
                         : problem == domain::EventDatesProblem::DueBeforeDate ? tr(Str::DueBeforeEvent)
                                                                               : nullptr))
            st.eventDue = out;
        fieldLabel(tr(Str::EventNote));
        ImGui::SameLine(em * 7);
        if (textField(ctx, "event.note", st.eventNote, out, key))
            st.eventNote = out;
        const auto dates = domain::eventDates(st.eventDate, st.eventDue, plan.year);
        ImGui::BeginDisabled(!dates); // shown, so the user sees what the dates stand in the way of
        const bool add = button(ctx, "event.add", tr(Str::EventAdd));
        ImGui::EndDisabled();
        if (add && dates) {
            actions.edit = domain::logEventEdit(plan, task->meta.id, dates->date, dates->due,
                                                domain::toNfc(st.eventNote), pc.newId);
            st.eventDate.clear();
            st.eventDue.clear();
            st.eventNote.clear();
        }
    }

    ImGui::SeparatorText(tr(Str::HistoryTitle));
    const std::vector<const domain::LogEntry*>& history = cache.history(plan, *task);
    for (const domain::LogEntry* line : history) {
        ImGui::TextDisabled("%s %s", domain::formatDate(line->meta.modified).c_str(),
                            line->meta.author.c_str());
        ImGui::Indent();
        ImGui::TextWrapped("%s", line->text.c_str());
        ImGui::Unindent();
    }
    if (history.empty())
        ImGui::TextDisabled("%s", tr(Str::NoHistory));
    ImGui::PopID();
}

} // namespace

domain::ProgressFilter progressFilter(const ProgressViewState& state, const Plan& plan) {
    domain::ProgressFilter f;
    f.groupId = state.groupId;
    f.unitId = state.unitId;
    f.search = state.search;
    if (state.timeliness >= 0)
        f.timeliness = static_cast<Timeliness>(state.timeliness);
    if (state.period > 0) {
        const domain::PeriodMode mode = domain::periodModeOf(plan);
        const domain::Period p =
            state.period <= 4 ? domain::makePeriod(PeriodKind::Quarter, plan.year, state.period, mode)
                              : domain::makePeriod(PeriodKind::Month, plan.year, state.period - 4, mode);
        f.from = p.start;
        f.to = p.end;
    }
    return f;
}

void drawProgressTasksView(ProgressViewState& st, ProgressCache& cache, const Plan& plan,
                           const ProgressContext& pc, FrameContext& ctx, Actions& actions) {
    refresh(st, cache, plan, pc, ctx);
    drawToday(st, pc, ctx, actions);
    drawFilters(st, plan, ctx, true);
    const std::vector<std::size_t>& shown = cache.shown();
    const std::vector<domain::UnscheduledTask>& unscheduledTasks = cache.unscheduled();
    ImGui::Text("%zu %s", shown.size(), tr(Str::ItemsShown));
    recordItem(ctx, "progress.count");
    const float detailWidth = std::max(ImGui::GetContentRegionAvail().x * 0.36f, ImGui::GetFontSize() * 20);
    ImGui::BeginChild("progress.list", ImVec2(-detailWidth, 0), ImGuiChildFlags_None,
                      ImGuiWindowFlags_NavFlattened);
    const ImGuiTableFlags flags =
        ImGuiTableFlags_Borders | ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_Resizable;
    if (ImGui::BeginTable("progress", 5, flags)) {
        st.tasksKeys.begin();
        const float em = ImGui::GetFontSize();
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn(tr(Str::ColTask), ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn(tr(Str::ColOccurrence), ImGuiTableColumnFlags_WidthFixed, em * 9);
        ImGui::TableSetupColumn(tr(Str::ColDue), ImGuiTableColumnFlags_WidthFixed, em * 5.5f);
        ImGui::TableSetupColumn(tr(Str::ColStatus), ImGuiTableColumnFlags_WidthFixed, em * 10);
        ImGui::TableSetupColumn(tr(Str::ColEvidence), ImGuiTableColumnFlags_WidthFixed, em * 5);
        ImGui::TableHeadersRow();
        // Only the rows on screen are drawn (thousands of occurrences stay smooth).
        ImGuiListClipper clipper;
        const int unscheduled = static_cast<int>(unscheduledTasks.size());
        clipper.Begin(unscheduled + static_cast<int>(shown.size()));
        while (clipper.Step()) {
            for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
                if (row < unscheduled) {
                    const domain::UnscheduledTask& u = unscheduledTasks[static_cast<std::size_t>(row)];
                    const Task* t = u.task;
                    const std::string rowName = "prow:" + t->meta.id;
                    ImGui::PushID(rowName.c_str());
                    ImGui::TableNextRow();
                    ImGui::TableNextColumn();
                    const std::string label = taskLabel(*u.group, *t) + "  " + t->content;
                    const float nameWidth = ImGui::GetContentRegionAvail().x;
                    if (ImGui::Selectable(label.c_str(), st.selectedTask == t->meta.id,
                                          ImGuiSelectableFlags_SpanAllColumns))
                        st.selectedTask = t->meta.id;
                    st.tasksKeys.item(ctx, rowName, st.selectedTask == t->meta.id);
                    recordItem(ctx, rowName);
                    tooltipIfCut(ctx, label, nameWidth);
                    ImGui::TableNextColumn();
                    ImGui::TextDisabled("%s", tr(unscheduledStr(u.reason)));
                    ImGui::PopID();
                    continue;
                }
                const TaskOccurrence& o =
                    cache.occurrences()[shown[static_cast<std::size_t>(row - unscheduled)]];
                const std::string rowName = "prow:" + o.task->meta.id + ":" + o.occurrence.key;
                ImGui::PushID(rowName.c_str());
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                const std::string label = taskLabel(*o.group, *o.task) + "  " + o.task->content;
                const float nameWidth = ImGui::GetContentRegionAvail().x;
                if (ImGui::Selectable(label.c_str(), st.selectedTask == o.task->meta.id,
                                      ImGuiSelectableFlags_SpanAllColumns |
                                          ImGuiSelectableFlags_AllowDoubleClick)) {
                    st.selectedTask = o.task->meta.id;
                    if (ImGui::IsMouseDoubleClicked(0))
                        openEditorFor(st, plan, o.task->meta.id, o.occurrence.key);
                }
                if (st.tasksKeys.item(ctx, rowName, st.selectedTask == o.task->meta.id)) // Enter: open
                    openEditorFor(st, plan, o.task->meta.id, o.occurrence.key);
                recordItem(ctx, rowName);
                tooltipIfCut(ctx, label, nameWidth);
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(occurrenceText(o.occurrence).c_str());
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(domain::toDisplay(o.occurrence.due).c_str());
                ImGui::TableNextColumn();
                coloredStatus(o.timeliness);
                ImGui::TableNextColumn();
                if (o.progress && !o.progress->evidence.empty())
                    ImGui::Text("%zu", o.progress->evidence.size());
                ImGui::PopID();
            }
        }
        st.tasksKeys.finish(ctx);
        ImGui::EndTable();
        st.tasksKeys.end(ctx);
    }
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("progress.detail", ImVec2(0, 0), ImGuiChildFlags_Border, ImGuiWindowFlags_NavFlattened);
    drawTaskDetail(st, cache, plan, pc, ctx, actions);
    ImGui::EndChild();
}

namespace {

/// The top of the Timeline and Dashboard: the cache, "as of" date and filters (no status filter there).
void drawHeader(ProgressViewState& st, ProgressCache& cache, const Plan& plan, const ProgressContext& pc,
                FrameContext& ctx, Actions& actions) {
    refresh(st, cache, plan, pc, ctx);
    drawToday(st, pc, ctx, actions);
    drawFilters(st, plan, ctx, false);
}

} // namespace

void drawTimelineView(ProgressViewState& st, ProgressCache& cache, const Plan& plan,
                      const ProgressContext& pc, FrameContext& ctx, Actions& actions) {
    // Rows: tasks that have at least one occurrence matching the group/unit/search filters.
    drawHeader(st, cache, plan, pc, ctx, actions);
    const std::vector<domain::TimelineRow>& rows = cache.timelineRows();
    const std::vector<TaskOccurrence>& all = cache.occurrences();
    const float em = ImGui::GetFontSize();
    const float labelWidth = em * 16;
    const float rowHeight = em * 1.7f;
    // What the colours of the bars mean.
    static constexpr Timeliness kLegend[] = {Timeliness::NotDue,   Timeliness::InTime,
                                             Timeliness::Overdue,  Timeliness::DoneOnTime,
                                             Timeliness::DoneLate, Timeliness::NotApplicable};
    for (std::size_t i = 0; i < std::size(kLegend); ++i) {
        if (i > 0)
            ImGui::SameLine(0, em);
        ImGui::BeginGroup();
        coloredStatus(kLegend[i]);
        ImGui::EndGroup();
        recordItem(ctx, std::string("timeline.legend.") + std::to_string(i));
    }
    ImGui::BeginChild("timeline", ImVec2(0, 0), ImGuiChildFlags_Border);
    st.timelineKeys.begin();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const Date jan1{plan.year, 1, 1};
    const long yearStart = domain::dayNumber(jan1);
    const long yearDays = domain::dayNumber({plan.year + 1, 1, 1}) - yearStart;
    const float left = ImGui::GetCursorScreenPos().x + labelWidth;
    const float width = std::max(ImGui::GetContentRegionAvail().x - labelWidth, em * 12);
    auto xOf = [&](long day) {
        return left + width * static_cast<float>(std::clamp(day - yearStart, 0L, yearDays)) /
                          static_cast<float>(yearDays);
    };
    // Month header, and the line for "today".
    {
        const ImVec2 top = ImGui::GetCursorScreenPos();
        for (int q = 1; q <= 4; ++q) {
            const float x = xOf(domain::dayNumber({plan.year, 3 * q - 2, 1}));
            const std::string label = std::string(tr(Str::FilterQuarter)) + " " + kRoman[q];
            draw->AddText(ImVec2(x + 4, top.y), ImGui::GetColorU32(ImGuiCol_TextDisabled), label.c_str());
            draw->AddLine(ImVec2(x, top.y), ImVec2(x, top.y + em * 2.4f), ImGui::GetColorU32(ImGuiCol_Text));
        }
        for (int m = 1; m <= 12; ++m) {
            const float x = xOf(domain::dayNumber({plan.year, m, 1}));
            char label[8];
            std::snprintf(label, sizeof label, "%d", m);
            draw->AddText(ImVec2(x + 4, top.y + em * 1.2f), ImGui::GetColorU32(ImGuiCol_Text), label);
            draw->AddLine(ImVec2(x, top.y + em * 1.2f), ImVec2(x, top.y + em * 2.4f),
                          ImGui::GetColorU32(ImGuiCol_Border));
        }
        ImGui::Dummy(ImVec2(labelWidth + width, em * 2.5f));
    }
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()), rowHeight);
    while (clipper.Step()) {
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const domain::TimelineRow& row = rows[static_cast<std::size_t>(r)];
            const TaskOccurrence* first = &all[row.begin];
            const ImVec2 top = ImGui::GetCursorScreenPos();
            ImGui::PushID(first->task->meta.id.c_str());
            const std::string label = taskLabel(*first->group, *first->task) + " " + first->task->content;
            draw->PushClipRect(top, ImVec2(top.x + labelWidth - 6, top.y + rowHeight), true);
            draw->AddText(ImVec2(top.x, top.y + (rowHeight - em) / 2), ImGui::GetColorU32(ImGuiCol_Text),
                          label.c_str());
            draw->PopClipRect();
            tooltipIfCut(ctx, label, labelWidth - 6, top, ImVec2(top.x + labelWidth - 6, top.y + rowHeight));
            // Lanes: one-off and event work, then months, quarters, halves, nine months, year.
            const float laneHeight = (rowHeight - 4) / static_cast<float>(row.laneCount);
            for (std::size_t i = row.begin; i < row.end; ++i) {
                const TaskOccurrence& o = all[i];
                const float x0 = xOf(domain::dayNumber(o.occurrence.start));
                const float x1 = std::max(xOf(domain::dayNumber(o.occurrence.due) + 1), x0 + 3);
                const float y0 = top.y + 2 + laneHeight * static_cast<float>(row.laneOf(o.occurrence));
                ImGui::SetCursorScreenPos(ImVec2(x0, y0));
                ImGui::PushID(o.occurrence.key.c_str());
                const bool clicked = ImGui::InvisibleButton("cell", ImVec2(x1 - x0, laneHeight - 1));
                const std::string cellName = "cell:" + o.task->meta.id + ":" + o.occurrence.key;
                st.timelineKeys.item(ctx, cellName, false); // Enter presses the cell as a click does
                ImGui::RenderNavHighlight(ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()),
                                          ImGui::GetItemID());
                recordItem(ctx, cellName);
                const bool hovered = ImGui::IsItemHovered();
                draw->AddRectFilled(ImVec2(x0 + 1, y0), ImVec2(x1 - 1, y0 + laneHeight - 1),
                                    ImGui::GetColorU32(timelinessColor(o.timeliness)), 2.0f);
                if (hovered) {
                    draw->AddRect(ImVec2(x0 + 1, y0), ImVec2(x1 - 1, y0 + laneHeight - 1),
                                  ImGui::GetColorU32(ImGuiCol_Text), 2.0f);
                    ImGui::SetTooltip("%s\n%s\n%s", label.c_str(), occurrenceText(o.occurrence).c_str(),
                                      tr(timelinessStr(o.timeliness)));
                }
                if (clicked) {
                    st.selectedTask = o.task->meta.id;
                    openEditorFor(st, plan, o.task->meta.id, o.occurrence.key);
                }
                ImGui::PopID();
            }
            ImGui::PopID();
            ImGui::SetCursorScreenPos(top);
            ImGui::Dummy(ImVec2(labelWidth + width, rowHeight));
        }
    }
    // Today.
    const long todayDay = domain::dayNumber(pc.today);
    if (todayDay >= yearStart && todayDay < yearStart + yearDays) {
        const float x = xOf(todayDay);
        const ImVec2 winPos = ImGui::GetWindowPos();
        draw->AddLine(ImVec2(x, winPos.y), ImVec2(x, winPos.y + ImGui::GetWindowHeight()),
                      ImGui::GetColorU32(ImVec4(0.8f, 0.1f, 0.1f, 0.8f)), 2.0f);
    }
    st.timelineKeys.finish(ctx);
    ImGui::EndChild();
    st.timelineKeys.end(ctx);
}

void drawDashboardView(ProgressViewState& st, ProgressCache& cache, const Plan& plan,
                       const ProgressContext& pc, FrameContext& ctx, Actions& actions,
                       const std::function<void(const domain::Period&)>& targets) {
    // The same occurrences the Tasks view lists with these filters (without a status filter), counted.
    drawHeader(st, cache, plan, pc, ctx, actions);
    const domain::Dashboard& d = cache.dashboard();

    const bool vi = vietnamese();
    auto percent = [&](const domain::Tally& t) { return domain::formatNumber(t.percent(), 1, vi) + " %"; };
    ImGui::SeparatorText(tr(Str::DashOverall));
    ImGui::Text("%s: %d   %s: %d (%s)   %s: %d   %s: %d   %s: %d", tr(Str::DashTotal), d.overall.total,
                tr(Str::DashDone), d.overall.done(), percent(d.overall).c_str(), tr(Str::TlOverdue),
                d.overall.overdue, tr(Str::TlInTime), d.overall.inTime, tr(Str::TlNotDue), d.overall.notDue);
    recordItem(ctx, "dash.overall");

    auto tallyTable = [&](const char* id, Str title,
                          const std::vector<std::pair<std::string, domain::Tally>>& rows) {
        if (!ImGui::BeginTable(id, 5, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg))
            return;
        const float em = ImGui::GetFontSize();
        ImGui::TableSetupColumn(tr(title), ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn(tr(Str::DashTotal), ImGuiTableColumnFlags_WidthFixed, em * 4);
        ImGui::TableSetupColumn(tr(Str::DashDone), ImGuiTableColumnFlags_WidthFixed, em * 6);
        ImGui::TableSetupColumn(tr(Str::TlOverdue), ImGuiTableColumnFlags_WidthFixed, em * 5);
        ImGui::TableSetupColumn(tr(Str::DashPercent), ImGuiTableColumnFlags_WidthFixed, em * 9);
        ImGui::TableHeadersRow();
        for (const auto& [name, t] : rows) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", name.c_str());
            ImGui::TableNextColumn();
            ImGui::Text("%d", t.total);
            ImGui::TableNextColumn();
            ImGui::Text("%d", t.done());
            ImGui::TableNextColumn();
            ImGui::Text("%d", t.overdue);
            ImGui::TableNextColumn();
            const std::string p = percent(t);
            ImGui::ProgressBar(static_cast<float>(t.percent() / 100.0), ImVec2(-1, 0), p.c_str());
        }
        ImGui::EndTable();
    };
    const float half = ImGui::GetContentRegionAvail().x * 0.5f - ImGui::GetStyle().ItemSpacing.x;
    ImGui::BeginChild("dash.tallies", ImVec2(half, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NavFlattened);
    std::vector<std::pair<std::string, domain::Tally>> groupRows, unitRows;
    for (const auto& [g, t] : d.byGroup)
        if (t.total > 0)
            groupRows.push_back({g->numeral + ". " + g->title, t});
    for (const auto& [u, t] : d.byUnit) {
        if (t.total == 0)
            continue;
        const domain::Unit* unit = domain::findUnit(plan, u);
        unitRows.push_back({unit ? unit->name : tr(Str::NoLeadUnit), t});
    }
    tallyTable("byGroup", Str::DashByGroup, groupRows);
    ImGui::Spacing();
    tallyTable("byUnit", Str::DashByUnit, unitRows);
    if (targets) { // the targets' rates over the same period, under the tallies
        const domain::PeriodMode mode = domain::periodModeOf(plan);
        targets(st.period == 0 ? domain::makePeriod(domain::PeriodKind::Year, plan.year, 1, mode)
                : st.period <= 4
                    ? domain::makePeriod(domain::PeriodKind::Quarter, plan.year, st.period, mode)
                    : domain::makePeriod(domain::PeriodKind::Month, plan.year, st.period - 4, mode));
    }
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("dash.lists", ImVec2(0, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NavFlattened);
    // Each list in its own scrolling region, one line per item, only visible lines drawn.
    auto list = [&](const char* name, Str title, const std::vector<TaskOccurrence>& items, bool late,
                    float height, KeyboardList& keys) {
        ImGui::SeparatorText((std::string(tr(title)) + " (" + std::to_string(items.size()) + ")").c_str());
        ImGui::BeginChild(name, ImVec2(0, height));
        keys.begin();
        if (items.empty())
            ImGui::TextDisabled("%s", tr(Str::DashNone));
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(items.size()));
        while (clipper.Step())
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                const TaskOccurrence& o = items[static_cast<std::size_t>(i)];
                const std::string id = std::string(name) + ":" + o.task->meta.id + ":" + o.occurrence.key;
                const long days = late ? domain::daysLate(o.occurrence, pc.today)
                                       : domain::daysLeft(o.occurrence, pc.today);
                const std::string text = taskLabel(*o.group, *o.task) + "  " + occurrenceText(o.occurrence) +
                                         " — " + std::to_string(days) + " " +
                                         tr(late ? Str::DaysLate : Str::DaysLeft) + " — " + o.task->content;
                ImGui::PushID(id.c_str());
                const float lineWidth = ImGui::GetContentRegionAvail().x;
                if (ImGui::Selectable(text.c_str(), false)) {
                    st.selectedTask = o.task->meta.id;
                    openEditorFor(st, plan, o.task->meta.id, o.occurrence.key);
                }
                keys.item(ctx, id, false); // Enter presses the line as a click does
                recordItem(ctx, id);
                tooltipIfCut(ctx, text, lineWidth);
                ImGui::PopID();
            }
        keys.finish(ctx);
        ImGui::EndChild();
        keys.end(ctx);
    };
    const float listsHeight = ImGui::GetContentRegionAvail().y - ImGui::GetFrameHeightWithSpacing() * 2;
    list("dash.overdue", Str::TlOverdue, d.overdue, true, listsHeight * 0.62f, st.overdueKeys);
    list("dash.soon", Str::DashDueSoon, d.dueSoon, false, 0, st.soonKeys);
    ImGui::EndChild();
}

namespace {

/// The completion date, required: the field (outlined in red with the reason under it when it is not a date),
/// "due date" and "today" to choose from when the due date has passed, and whether it is on time, live.
void completionDate(domain::ProgressDraft& draft, int planYear, const domain::Date& due,
                    const domain::Date& today, FrameContext& ctx) {
    const float em = ImGui::GetFontSize();
    const bool invalid = domain::completionInvalid(draft, planYear);
    fieldLabel(tr(Str::FieldCompletedRequired));
    std::string out, key;
    const char* error = invalid ? tr(Str::DateInvalid) : nullptr;
    if (checkedField(ctx, "editor.completed", draft.completed, out, key, em * 7, error, false))
        draft.completed = out;
    const std::string dueText = domain::toDisplay(due), todayText = domain::toDisplay(today);
    if (domain::dayNumber(today) > domain::dayNumber(due)) {
        ImGui::SameLine();
        if (button(ctx, "editor.completed.due", (std::string(tr(Str::UseDueDate)) + " " + dueText).c_str()))
            draft.completed = dueText;
        ImGui::SameLine();
        if (button(ctx, "editor.completed.today", (std::string(tr(Str::UseToday)) + " " + todayText).c_str()))
            draft.completed = todayText;
    }
    if (invalid)
        refusedReason(ctx, "editor.completed", error);
    else if (const std::optional<long> late = domain::draftDaysLate(draft, planYear, due)) {
        if (*late == 0)
            ImGui::TextColored(ImVec4(0.05f, 0.45f, 0.15f, 1), "%s", tr(Str::OnTime));
        else
            ImGui::TextColored(ImVec4(0.7f, 0.1f, 0.05f, 1), "%s %ld %s", tr(Str::LateBy), *late,
                               tr(Str::Days));
        recordItem(ctx, *late == 0 ? "editor.completed.onTime" : "editor.completed.late");
    }
}

} // namespace

void drawProgressEditor(ProgressViewState& st, ProgressCache& cache, const Plan& plan,
                        const ProgressContext& pc, FrameContext& ctx, Actions& actions) {
    refresh(st, cache, plan, pc, ctx); // the occurrences below point into the plan: never use a stale list
    const char* title = tr(Str::EditorTitle);
    if (st.openEditor) {
        ImGui::OpenPopup(title);
        st.openEditor = false;
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    st.editorShown = false;
    if (!ImGui::BeginPopupModal(title, nullptr,
                                ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize))
        return;
    st.editorShown = true;
    if (ImGui::GetWindowHeight() != st.editorHeight) {
        st.editorHeight = ImGui::GetWindowHeight();
        ctx.redraw = true; // centred on its size: draw until the size (and so the position) settles
    }
    const float em = ImGui::GetFontSize();
    ImGui::PushTextWrapPos(em * 32);
    const Task* task = domain::findTask(plan, st.editTask);
    const TaskOccurrence* occ = task ? cache.find(task, st.editOccurrence) : nullptr;
    if (!task || !occ) {
        ImGui::CloseCurrentPopup();
        ImGui::PopTextWrapPos();
        ImGui::EndPopup();
        return;
    }
    domain::ProgressDraft& draft = st.draft;
    DialogKeys keys = dialogKeys(ctx);
    const bool asking = st.confirmDiscard; // as the frame began (this frame's Escape may start the question)
    ImGui::Text("%s %s — %s", tr(Str::TaskHeading), taskLabel(*occ->group, *task).c_str(),
                task->content.c_str());
    if (occ->occurrence.kind == OccurrenceKind::Window)
        ImGui::Text("%s %s", tr(Str::ColDue), domain::toDisplay(occ->occurrence.due).c_str());
    else
        ImGui::Text("%s · %s %s", occurrenceText(occ->occurrence).c_str(), tr(Str::ColDue),
                    domain::toDisplay(occ->occurrence.due).c_str());
    ImGui::Separator();
    fieldLabel(tr(Str::FieldStatus));
    for (std::size_t i = 0; i < std::size(domain::kProgressStatuses); ++i) {
        const domain::ProgressStatus status = domain::kProgressStatuses[i];
        if (i > 0)
            ImGui::SameLine();
        if (radio(ctx, std::string("editor.status.") + domain::statusCode(status), tr(statusStr(status)),
                  draft.status == status))
            domain::setDraftStatus(draft, status, pc.today, occ->occurrence.due);
    }
    std::string out, key;
    if (domain::needsCompletionDate(draft.status))
        completionDate(draft, plan.year, occ->occurrence.due, pc.today, ctx);
    ImGui::Dummy(ImVec2(em * 32, 0)); // the editor's width (the window sizes itself to its content)
    fieldLabel(tr(Str::FieldResult));
    if (textArea(ctx, "editor.note", draft.note, out, key, em * 3))
        draft.note = out;
    fieldLabel(tr(Str::FieldEvidence));
    if (const domain::Progress* existing = occ->progress)
        for (const domain::Evidence& e : existing->evidence) {
            if (!domain::draftKeeps(draft, e.id))
                continue;
            ImGui::PushID(e.id.c_str());
            ImGui::Bullet();
            ImGui::TextWrapped("%s", e.text.c_str());
            ImGui::SameLine();
            if (ImGui::SmallButton(tr(Str::Remove)))
                draft.removed.push_back(e.id);
            ImGui::PopID();
        }
    for (std::size_t i = 0; i < draft.added.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        ImGui::Bullet();
        ImGui::TextWrapped("%s", draft.added[i].c_str());
        recordItem(ctx, "editor.evidence." + std::to_string(i));
        ImGui::SameLine();
        if (ImGui::SmallButton(tr(Str::Remove))) {
            draft.added.erase(draft.added.begin() + static_cast<std::ptrdiff_t>(i));
            ImGui::PopID();
            break;
        }
        ImGui::PopID();
    }
    if (textField(ctx, "editor.evidence", draft.evidence, out, key, em * 24))
        draft.evidence = out;
    ImGui::SameLine();
    // Enter in "Minh chứng" adds the line typed there, as the button beside it does (Ctrl+Enter saves):
    // decided once the field has taken its text, which may hold letters typed in this frame before Enter.
    const bool enterAdds = keys.submit && !ImGui::GetIO().KeyCtrl &&
                           keys.field == textFieldId("editor.evidence") && !draft.evidence.empty();
    if (enterAdds)
        keys.submit = false;
    if (button(ctx, "editor.addEvidence", tr(Str::AddEvidence)) || enterAdds)
        domain::addDraftEvidence(draft);
    ImGui::Separator();
    const bool canSave = domain::canSave(draft, plan.year);
    if (!canSave)
        ImGui::BeginDisabled();
    if (std::exchange(st.focusSave, false))
        ImGui::SetKeyboardFocusHere();
    if (button(ctx, "editor.save", tr(Str::Save)) || (keys.submit && canSave && !asking)) {
        if (const std::optional<domain::ProgressChange> change = domain::draftChange(draft, plan.year))
            actions.edit = domain::progressEdit(plan, task->meta.id, occ->occurrence.key, *change, pc.newId);
        ImGui::CloseCurrentPopup();
    }
    if (!canSave)
        ImGui::EndDisabled();
    ImGui::SameLine();
    if (button(ctx, "editor.cancel", tr(Str::Cancel)) || (keys.cancel && !asking)) {
        if (domain::draftChanged(st.draftOrigin, draft)) {
            st.confirmDiscard = true; // asked below, from the next frame
        } else
            ImGui::CloseCurrentPopup();
    }
    if (asking) {
        ImGui::TextColored(ImVec4(0.7f, 0.1f, 0.05f, 1), "%s", tr(Str::DiscardQuestion));
        recordItem(ctx, "editor.discardQuestion");
        if (st.discardFocus) {
            ImGui::SetKeyboardFocusHere(); // the safe choice first: Enter keeps the work
            st.discardFocus = false;
        }
        if (button(ctx, "editor.keepEditing", tr(Str::KeepEditing)) || keys.cancel) {
            st.confirmDiscard = false;
            st.focusSave = true; // the button that had the focus goes away: the focus goes to "Lưu"
            ctx.redraw = true;
        }
        ImGui::SameLine();
        if (button(ctx, "editor.discard", tr(Str::DiscardChanges))) {
            st.confirmDiscard = false;
            ImGui::CloseCurrentPopup();
        }
    } else if (st.confirmDiscard) {
        st.discardFocus = true;
        ctx.redraw = true;
    }
    ImGui::PopTextWrapPos();
    ImGui::EndPopup();
}

} // namespace ui
