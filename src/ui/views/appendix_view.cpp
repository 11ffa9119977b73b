// The appendix table and its editor (see appendix_view.hpp).
#include "ui/views/appendix_view.hpp"

#include "domain/progress.hpp"
#include "domain/text.hpp"
#include "ui/i18n.hpp"
#include "ui/progress_labels.hpp"
#include "ui/session.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace ui {

namespace {

using domain::Group;
using domain::Plan;
using domain::Task;

std::string unitName(const Plan& plan, const std::string& id) {
    const domain::Unit* u = domain::findUnit(plan, id);
    return u ? u->name : std::string();
}

std::string coordinatorNames(const Plan& plan, const Task& t) {
    std::string s;
    for (const domain::UnitRef& c : t.coordinators) {
        if (!s.empty())
            s += "; ";
        s += unitName(plan, c.unitId);
    }
    return s;
}

/// A task with fresh ids, led by the unit of `like` (if any) so the user starts from something sensible.
Task newTask(const std::function<std::string(const char*)>& newId, const Task* like,
             const std::string& number) {
    Task t;
    t.meta.id = newId("task");
    t.number = number;
    t.content = tr(Str::NewTaskContent);
    if (like) {
        t.leadUnitId = like->leadUnitId;
        for (const domain::UnitRef& c : like->coordinators)
            t.coordinators.push_back({newId("co"), c.unitId});
    }
    return t;
}

// [SECTION] The table: rows for the search, their sizes, only those on screen drawn

using Cache = AppendixTableCache;

/// The texts of a row's cells: STT, content, product, lead, coordinators, timeframe (a group row has two:
/// numeral and title).
struct RowTexts {
    std::array<std::string, Cache::kColumns> cells;
    int count = 0;
};

RowTexts rowTexts(const Plan& plan, const domain::AppendixRow& row) {
    RowTexts r;
    const Group& g = plan.groups[row.group];
    if (row.isGroup()) {
        r.cells[0] = g.numeral;
        r.cells[1] = g.title;
        r.count = 2;
        return r;
    }
    const Task& t = g.tasks[row.task];
    r.cells = {t.number,   t.content, t.product, unitName(plan, t.leadUnitId), coordinatorNames(plan, t),
               t.timeframe};
    r.count = Cache::kColumns;
    return r;
}

/// FNV-1a over the cell texts (64 bits on every platform: size_t is 32 bits in wasm).
std::uint64_t hashTexts(const RowTexts& r) {
    std::uint64_t h = 14695981039346656037ull;
    auto mix = [&h](unsigned char c) { h = (h ^ c) * 1099511628211ull; };
    for (int i = 0; i < r.count; ++i) {
        for (char c : r.cells[static_cast<std::size_t>(i)])
            mix(static_cast<unsigned char>(c));
        mix(0xff); // a byte UTF-8 never has: separates the cells
    }
    return h;
}

/// The rows the search shows, recomputed when the query or the plan's layout changed — or, while searching,
/// any text: edits change what the search finds. The folded search texts are made only while a query has
/// words, once per revision.
void updateRows(Cache& c, const Plan& plan, const FrameContext& ctx, const std::string& query) {
    const bool searching = !domain::searchWords(query).empty();
    const unsigned revision = searching ? ctx.planRevision : ctx.layoutRevision;
    if (c.rowsValid && c.rowsRevision == revision && c.rowsSearching == searching && c.rowsQuery == query)
        return;
    if (searching && c.indexRevision != ctx.planRevision) {
        c.index = domain::appendixSearchIndex(plan, c.folded);
        c.indexRevision = ctx.planRevision;
    }
    c.rows = domain::appendixRows(plan, c.index, query);
    c.rowsRevision = revision;
    c.rowsSearching = searching;
    c.rowsQuery = query;
    c.rowsValid = true;
    c.sizesValid = false;
    c.rowNames.clear();
}

void updateOffsets(Cache& c) {
    c.offsets.resize(c.sizes.size() + 1);
    c.offsets[0] = 0;
    for (std::size_t i = 0; i < c.sizes.size(); ++i)
        c.offsets[i + 1] = c.offsets[i] + c.sizes[i].height;
}

/// Measures row `i` with its texts wrapped at the columns' widths: a row is as tall as its tallest cell plus
/// the cell padding above and below (as the table lays it out; rows drawn correct it, see drawTable). Sizes
/// are kept by the rows' texts (`known`), so a row whose texts were measured before is not measured again.
void measureRow(Cache& c, const Plan& plan, std::size_t i,
                std::unordered_map<std::uint64_t, Cache::RowSize>& known,
                std::unordered_map<std::uint64_t, Cache::RowSize>* previous) {
    const RowTexts texts = rowTexts(plan, c.rows.rows[i]);
    const std::uint64_t key = hashTexts(texts);
    c.keys[i] = key;
    if (const auto it = known.find(key); it != known.end()) {
        c.sizes[i] = it->second;
        return;
    }
    if (previous)
        if (const auto it = previous->find(key); it != previous->end()) {
            c.sizes[i] = known[key] = it->second;
            return;
        }
    Cache::RowSize size;
    float tallest = 0;
    for (int col = 0; col < texts.count; ++col) {
        const std::size_t k = static_cast<std::size_t>(col);
        const ImVec2 text = ImGui::CalcTextSize(texts.cells[k].c_str(), nullptr, false, c.widths[k]);
        tallest = std::max(tallest, text.y);
        if (col == 1) {
            size.labelWidth = text.x;
            size.labelHeight = text.y;
        }
    }
    size.height = tallest + 2 * c.cellPadding;
    c.sizes[i] = known[key] = size;
}

/// Measures only the rows whose texts changed since the sizes were made, when only texts changed (typing
/// into a task of a large plan re-measures one row). False when that is not known: measure all.
bool remeasureChanged(Cache& c, const Plan& plan, const FrameContext& ctx) {
    if (!ctx.session)
        return false;
    const std::optional<std::vector<std::string>> changed = ctx.session->textChangesSince(c.sizesRevision);
    if (!changed)
        return false;
    const std::vector<domain::AppendixRow>& rows = c.rows.rows;
    for (const std::string& id : *changed) {
        if (domain::findUnit(plan, id))
            return false; // a unit's name is shown in every row it leads or helps in
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const Group& g = plan.groups[rows[i].group];
            const std::string& rowId = rows[i].isGroup() ? g.meta.id : g.tasks[rows[i].task].meta.id;
            if (rowId == id)
                measureRow(c, plan, i, c.sizeByText, nullptr);
        }
    }
    return true;
}

/// Each row's size (measureRow), kept until the rows, the column widths, the font or a row's texts change.
void updateSizes(Cache& c, const Plan& plan, const FrameContext& ctx,
                 const std::array<float, Cache::kColumns>& widths) {
    const float font = ImGui::GetFontSize(), padding = ImGui::GetStyle().CellPadding.y;
    if (widths != c.widths || font != c.fontSize || padding != c.cellPadding) {
        c.widths = widths;
        c.fontSize = font;
        c.cellPadding = padding;
        c.sizeByText.clear();
        c.sizesValid = false;
    }
    if (c.sizesValid && c.sizesRevision == ctx.planRevision)
        return;
    if (!c.sizesValid || !remeasureChanged(c, plan, ctx)) {
        std::unordered_map<std::uint64_t, Cache::RowSize> next;
        next.reserve(c.rows.rows.size());
        c.sizes.resize(c.rows.rows.size());
        c.keys.resize(c.rows.rows.size());
        for (std::size_t i = 0; i < c.rows.rows.size(); ++i)
            measureRow(c, plan, i, next, &c.sizeByText);
        c.sizeByText = std::move(next);
    }
    c.sizesValid = true;
    c.sizesRevision = ctx.planRevision;
    updateOffsets(c);
}

std::string rowName(const Plan& plan, const domain::AppendixRow& row) {
    const Group& g = plan.groups[row.group];
    return row.isGroup() ? "group:" + g.meta.id : "task:" + g.tasks[row.task].meta.id;
}

void drawTable(AppendixViewState& state, const Plan& plan, FrameContext& ctx) {
    Cache& c = state.table;
    updateRows(c, plan, ctx, state.search);
    const ImGuiTableFlags flags =
        ImGuiTableFlags_Borders | ImGuiTableFlags_ScrollY | ImGuiTableFlags_Resizable;
    if (!ImGui::BeginTable("appendix", Cache::kColumns, flags))
        return;
    state.keys.begin();
    const float em = ImGui::GetFontSize();
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr(Str::ColNumber), ImGuiTableColumnFlags_WidthFixed, em * 2.5f);
    ImGui::TableSetupColumn(tr(Str::ColContent), ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn(tr(Str::ColProduct), ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn(tr(Str::ColLead), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(tr(Str::ColCoordinators), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(tr(Str::ColTimeframe), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableHeadersRow();
    // The columns' wrap widths, read in the header row: a cell's text wraps at its column's right edge.
    std::array<float, Cache::kColumns> widths{};
    float labelX = 0; // where the content and title cells' text starts
    for (int col = 0; col < Cache::kColumns; ++col) {
        ImGui::TableSetColumnIndex(col);
        widths[static_cast<std::size_t>(col)] = std::max(ImGui::GetContentRegionAvail().x, 1.0f);
        if (col == 1)
            labelX = ImGui::GetCursorScreenPos().x;
    }
    updateSizes(c, plan, ctx, widths);

    const std::vector<domain::AppendixRow>& rows = c.rows.rows;
    const std::size_t n = rows.size();
    const ImU32 selectedBg = ImGui::GetColorU32(ImGuiCol_Header);
    const ImU32 groupBg = ImGui::GetColorU32(ImVec4(0.86f, 0.89f, 0.94f, 1.0f));
    const float padding = ImGui::GetStyle().CellPadding.y;

    // Rows on screen (with a margin): [first, last). Those above and below are one spacer row each.
    const float scroll = ImGui::GetScrollY(), margin = em;
    const float viewBottom = scroll + ImGui::GetWindowHeight() + margin;
    const std::size_t first = static_cast<std::size_t>(
        std::upper_bound(c.offsets.begin() + 1, c.offsets.end(), scroll - margin) - (c.offsets.begin() + 1));
    const std::size_t last =
        std::max(first, static_cast<std::size_t>(
                            std::upper_bound(c.offsets.begin(),
                                             c.offsets.begin() + static_cast<std::ptrdiff_t>(n), viewBottom) -
                            c.offsets.begin()));
    // Rows off screen still publish their named cell's rectangle (where it would be) when a test asked for
    // rectangles: tests find every row shown, as when every row was laid out.
    if (ctx.recordRects && c.rowNames.size() != n) { // made with the rows (updateRows clears them)
        c.rowNames.reserve(n);
        for (std::size_t i = 0; i < n; ++i)
            c.rowNames.push_back(rowName(plan, rows[i]));
    }
    auto publish = [&](std::size_t i, float rowTop) {
        if (!ctx.recordRects)
            return;
        const Cache::RowSize& size = c.sizes[i];
        ctx.offscreenRects.emplace_back(&c.rowNames[i],
                                        Rect{labelX, rowTop + padding, size.labelWidth, size.labelHeight});
    };
    bool remeasured = false;
    auto measured = [&](std::size_t i, float height) {
        if (std::abs(height - c.sizes[i].height) > 0.01f) {
            c.sizes[i].height = height;
            c.sizeByText[c.keys[i]].height = height;
            remeasured = true;
        }
    };
    if (first > 0) {
        ImGui::TableNextRow(ImGuiTableRowFlags_None, c.offsets[first]);
        const float top = ImGui::GetCursorScreenPos().y;
        for (std::size_t i = 0; i < first; ++i)
            publish(i, top + c.offsets[i]);
    }

    // Rows hold wrapped text of different heights, so a whole row is clickable by testing the mouse against
    // the row's extent (top of its first cell to the lowest cell content) once it is drawn.
    float bottom = 0;
    auto cell = [&](const std::string& text) {
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", text.c_str());
        bottom = std::max(bottom, ImGui::GetItemRectMax().y);
    };
    // Clicked, or opened from the keyboard (the row is a navigation item over its whole extent).
    auto rowOpened = [&](const std::string& id, const std::string& name, float top) {
        const float left = ImGui::GetWindowPos().x, right = left + ImGui::GetWindowWidth();
        const ImVec2 min(left, top), max(right, bottom + ImGui::GetStyle().CellPadding.y);
        const bool keyed = state.keys.row(ctx, name, min, max, state.selected == id);
        return keyed || (ImGui::IsWindowHovered() && ImGui::IsMouseClicked(0) &&
                         ImGui::IsMouseHoveringRect(min, max, false)); // not clipped to the current column
    };

    float previousTop = 0;
    for (std::size_t i = first; i < last; ++i) {
        const domain::AppendixRow& row = rows[i];
        const Group& g = plan.groups[row.group];
        ImGui::TableNextRow();
        const float top = ImGui::GetCursorScreenPos().y;
        if (i > first)
            measured(i - 1, top - previousTop);
        previousTop = top;
        bottom = top;
        if (row.isGroup()) {
            ImGui::PushID(g.meta.id.c_str());
            ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0,
                                   state.selected == g.meta.id ? selectedBg : groupBg);
            cell(g.numeral);
            cell(g.title);
            recordItem(ctx, "group:" + g.meta.id);
            if (rowOpened(g.meta.id, "group:" + g.meta.id, top))
                state.selected = g.meta.id;
            ImGui::PopID();
            continue;
        }
        const Task& t = g.tasks[row.task];
        ImGui::PushID(t.meta.id.c_str());
        if (state.selected == t.meta.id)
            ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, selectedBg);
        cell(t.number);
        cell(t.content);
        recordItem(ctx, "task:" + t.meta.id);
        cell(t.product);
        cell(unitName(plan, t.leadUnitId));
        cell(coordinatorNames(plan, t));
        cell(t.timeframe);
        if (rowOpened(t.meta.id, "task:" + t.meta.id, top))
            state.selected = t.meta.id;
        ImGui::PopID();
    }
    if (last < n) {
        ImGui::TableNextRow(ImGuiTableRowFlags_None, c.offsets[n] - c.offsets[last]);
        const float top = ImGui::GetCursorScreenPos().y;
        if (last > first)
            measured(last - 1, top - previousTop);
        for (std::size_t i = last; i < n; ++i)
            publish(i, top + c.offsets[i] - c.offsets[last]);
    }
    state.keys.finish(ctx);
    ImGui::EndTable();
    state.keys.end(ctx);
    if (remeasured) {
        updateOffsets(c);
        ctx.redraw = true; // the rows below move to their measured place in the next frame
    }
}

/// The targets (KPIs) the task's product states, read-only: "≥ 80 %" with the number in the UI's language.
void drawTargets(const Plan& plan, const std::string& taskId) {
    bool any = false;
    for (const domain::Kpi& k : plan.kpis) {
        if (k.taskId != taskId)
            continue;
        if (!any)
            fieldLabel(tr(Str::FieldTargets));
        any = true;
        ImGui::Bullet();
        ImGui::TextWrapped("%s: %s", targetText(k).c_str(), k.name.c_str());
    }
}

void drawTaskEditor(const Plan& plan, const Group& group, std::size_t index, FrameContext& ctx,
                    Actions& actions, const std::function<std::string(const char*)>& newId) {
    const Task& t = group.tasks[index];
    const std::string& id = t.meta.id;
    std::string out, key;
    // Widget ids include the record: a field active while the selection changes must not edit the new task.
    ImGui::PushID(id.c_str());
    ImGui::Text("%s %s.%s", tr(Str::TaskHeading), group.numeral.c_str(), t.number.c_str());
    ImGui::Separator();
    fieldLabel(tr(Str::FieldNumber));
    if (textField(ctx, "task.number", t.number, out, key, ImGui::GetFontSize() * 5))
        actions.setText(id, "number", out, key);
    fieldLabel(tr(Str::FieldContent));
    if (textArea(ctx, "task.content", t.content, out, key, ImGui::GetFontSize() * 6))
        actions.setText(id, "content", out, key);
    fieldLabel(tr(Str::FieldProduct));
    if (textArea(ctx, "task.product", t.product, out, key, ImGui::GetFontSize() * 6))
        actions.setText(id, "product", out, key);
    fieldLabel(tr(Str::FieldLead));
    if (unitCombo(ctx, "task.lead", plan, t.leadUnitId, true, tr(Str::NoUnit), out, -1.0f))
        actions.setText(id, "lead", out, "");
    fieldLabel(tr(Str::FieldCoordinators));
    for (const domain::UnitRef& c : t.coordinators) {
        ImGui::PushID(c.id.c_str());
        ImGui::Bullet();
        ImGui::TextUnformatted(unitName(plan, c.unitId).c_str());
        ImGui::SameLine();
        if (ImGui::SmallButton(tr(Str::Remove)))
            actions.edit = domain::Edit{{domain::RemoveRecord{c.id}}};
        ImGui::PopID();
    }
    if (unitCombo(ctx, "task.addCoordinator", plan, "", false, tr(Str::AddCoordinator), out, -1.0f))
        actions.edit = domain::Edit{
            {domain::InsertRecord{id, t.coordinators.size(), domain::UnitRef{newId("co"), out}}}};
    fieldLabel(tr(Str::FieldTimeframe));
    // Kept as typed either way; a phrase the schedule reader does not know is said at once, under it.
    const bool unread = !t.timeframe.empty() && !domain::scheduleOf(plan, t).understood;
    if (checkedField(ctx, "task.timeframe", t.timeframe, out, key, -1.0f,
                     unread ? tr(Str::TimeframeUnread) : nullptr))
        actions.setText(id, "timeframe", out, key);
    drawTargets(plan, id);
    ImGui::Separator();
    if (button(ctx, "task.up", tr(Str::MoveUp)))
        actions.edit = domain::moveWithinListEdit(plan, id, -1);
    ImGui::SameLine();
    if (button(ctx, "task.down", tr(Str::MoveDown)))
        actions.edit = domain::moveWithinListEdit(plan, id, +1);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-1.0f);
    if (ImGui::BeginCombo("##moveGroup", tr(Str::MoveToGroup))) {
        for (const Group& g : plan.groups) {
            if (g.meta.id == group.meta.id)
                continue;
            const std::string label = g.numeral + ". " + g.title;
            if (ImGui::Selectable(label.c_str()))
                actions.edit = domain::moveTaskToGroupEdit(plan, id, g.meta.id);
            recordItem(ctx, "task.moveGroup.option:" + g.meta.id);
        }
        ImGui::EndCombo();
    }
    recordItem(ctx, "task.moveGroup");
    if (button(ctx, "task.addAfter", tr(Str::AddTaskAfter))) {
        Task added = newTask(newId, &t, std::to_string(index + 2));
        actions.select = added.meta.id;
        actions.edit = domain::Edit{{domain::InsertRecord{group.meta.id, index + 1, added}}};
    }
    ImGui::SameLine();
    if (button(ctx, "task.delete", tr(Str::DeleteTask))) {
        actions.edit = domain::removeTaskEdit(plan, id);
        actions.confirmMessage = std::string(tr(Str::ConfirmDeleteTask)) + "\n\n" + group.numeral + "." +
                                 t.number + " " + t.content;
        actions.select = "";
    }
    ImGui::PopID();
}

void drawGroupEditor(const Plan& plan, const Group& g, FrameContext& ctx, Actions& actions,
                     const std::function<std::string(const char*)>& newId) {
    std::string out, key;
    ImGui::PushID(g.meta.id.c_str());
    ImGui::Text("%s %s", tr(Str::GroupHeading), g.numeral.c_str());
    ImGui::Separator();
    fieldLabel(tr(Str::FieldNumeral));
    if (textField(ctx, "group.numeral", g.numeral, out, key, ImGui::GetFontSize() * 5))
        actions.setText(g.meta.id, "numeral", out, key);
    fieldLabel(tr(Str::FieldGroupTitle));
    if (textArea(ctx, "group.title", g.title, out, key, ImGui::GetFontSize() * 4))
        actions.setText(g.meta.id, "title", out, key);
    ImGui::Separator();
    if (button(ctx, "group.addTask", tr(Str::AddTask))) {
        Task added =
            newTask(newId, g.tasks.empty() ? nullptr : &g.tasks.back(), std::to_string(g.tasks.size() + 1));
        actions.select = added.meta.id;
        actions.edit = domain::Edit{{domain::InsertRecord{g.meta.id, g.tasks.size(), added}}};
    }
    ImGui::SameLine();
    if (button(ctx, "group.renumber", tr(Str::Renumber)))
        actions.edit = domain::renumberGroupEdit(plan, g.meta.id);
    if (button(ctx, "group.up", tr(Str::MoveUp)))
        actions.edit = domain::moveWithinListEdit(plan, g.meta.id, -1);
    ImGui::SameLine();
    if (button(ctx, "group.down", tr(Str::MoveDown)))
        actions.edit = domain::moveWithinListEdit(plan, g.meta.id, +1);
    ImGui::SameLine();
    if (button(ctx, "group.delete", tr(Str::DeleteGroup))) {
        actions.edit = domain::Edit{};
        for (const Task& t : g.tasks)
            for (const domain::Op& op : domain::removeTaskEdit(plan, t.meta.id).ops)
                if (!std::holds_alternative<domain::RemoveRecord>(op) ||
                    std::get<domain::RemoveRecord>(op).id != t.meta.id)
                    actions.edit->ops.push_back(op); // the group's removal takes its tasks; targets go first
        actions.edit->ops.push_back(domain::RemoveRecord{g.meta.id});
        actions.confirmMessage =
            std::string(tr(Str::ConfirmDeleteGroup)) + "\n\n" + g.numeral + ". " + g.title;
        actions.select = "";
    }
    ImGui::PopID();
}

} // namespace

void drawAppendixView(AppendixViewState& state, const domain::Plan& plan, FrameContext& ctx, Actions& actions,
                      const std::function<std::string(const char*)>& newId) {
    const float editorWidth = std::max(ImGui::GetContentRegionAvail().x * 0.36f, ImGui::GetFontSize() * 18);
    ImGui::BeginChild("appendix.table", ImVec2(-editorWidth, 0), ImGuiChildFlags_None,
                      ImGuiWindowFlags_NavFlattened);
    fieldLabel(tr(Str::SearchLabel));
    ImGui::SameLine();
    std::string out, key;
    if (textField(ctx, "appendix.search", state.search, out, key, ImGui::GetFontSize() * 18))
        state.search = out;
    if (!state.search.empty()) {
        updateRows(state.table, plan, ctx, state.search);
        ImGui::SameLine();
        ImGui::Text("%zu / %zu %s", state.table.rows.matchingTasks, domain::taskCount(plan),
                    tr(Str::SearchTasksFound));
        ImGui::SameLine();
        if (button(ctx, "appendix.searchClear", tr(Str::SearchClear)))
            state.search.clear();
    }
    drawTable(state, plan, ctx);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("appendix.editor", ImVec2(0, 0), ImGuiChildFlags_Border, ImGuiWindowFlags_NavFlattened);
    if (button(ctx, "appendix.addGroup", tr(Str::AddGroup))) {
        Group g;
        g.meta.id = newId("group");
        g.title = tr(Str::NewGroupTitle);
        g.numeral = "?";
        actions.select = g.meta.id;
        actions.edit = domain::Edit{{domain::InsertRecord{plan.meta.id, plan.groups.size(), g}}};
    }
    ImGui::Spacing();
    bool found = false;
    for (const Group& g : plan.groups) {
        if (g.meta.id == state.selected) {
            drawGroupEditor(plan, g, ctx, actions, newId);
            found = true;
        }
        for (std::size_t i = 0; i < g.tasks.size() && !found; ++i)
            if (g.tasks[i].meta.id == state.selected) {
                drawTaskEditor(plan, g, i, ctx, actions, newId);
                found = true;
            }
        if (found)
            break;
    }
    if (!found)
        ImGui::TextWrapped("%s", tr(Str::SelectHint));
    ImGui::EndChild();
}

} // namespace ui
