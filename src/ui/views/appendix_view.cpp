// The appendix table and its editor (see appendix_view.hpp).
#include "ui/views/appendix_view.hpp"

#include "domain/text.hpp"
#include "ui/i18n.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>

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

/// Whether a task matches the search: its number, content, product, units and timeframe are searched.
bool taskMatches(const Plan& plan, const Task& t, const std::string& query) {
    return domain::searchMatches(t.number + " " + t.content + " " + t.product + " " +
                                     unitName(plan, t.leadUnitId) + " " + coordinatorNames(plan, t) + " " +
                                     t.timeframe,
                                 query);
}

void drawTable(AppendixViewState& state, const Plan& plan, FrameContext& ctx) {
    const ImGuiTableFlags flags =
        ImGuiTableFlags_Borders | ImGuiTableFlags_ScrollY | ImGuiTableFlags_Resizable;
    if (!ImGui::BeginTable("appendix", 6, flags))
        return;
    const float em = ImGui::GetFontSize();
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr(Str::ColNumber), ImGuiTableColumnFlags_WidthFixed, em * 2.5f);
    ImGui::TableSetupColumn(tr(Str::ColContent), ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn(tr(Str::ColProduct), ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn(tr(Str::ColLead), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(tr(Str::ColCoordinators), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(tr(Str::ColTimeframe), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableHeadersRow();
    const ImU32 selectedBg = ImGui::GetColorU32(ImGuiCol_Header);
    const ImU32 groupBg = ImGui::GetColorU32(ImVec4(0.86f, 0.89f, 0.94f, 1.0f));

    // Rows hold wrapped text of different heights, so a whole row is clickable by testing the mouse against
    // the row's extent (top of its first cell to the lowest cell content) once it is drawn.
    float bottom = 0;
    auto cell = [&](const std::string& text) {
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", text.c_str());
        bottom = std::max(bottom, ImGui::GetItemRectMax().y);
    };
    auto rowClicked = [&](float top) {
        const float left = ImGui::GetWindowPos().x, right = left + ImGui::GetWindowWidth();
        return ImGui::IsWindowHovered() && ImGui::IsMouseClicked(0) &&
               ImGui::IsMouseHoveringRect(ImVec2(left, top),
                                          ImVec2(right, bottom + ImGui::GetStyle().CellPadding.y),
                                          false); // not clipped to the current column
    };

    for (const Group& g : plan.groups) {
        // While searching, a group shows with its matching tasks (all of them when its own title matches).
        const bool groupMatches = domain::searchMatches(g.numeral + " " + g.title, state.search);
        const bool anyTask = std::any_of(g.tasks.begin(), g.tasks.end(),
                                         [&](const Task& t) { return taskMatches(plan, t, state.search); });
        if (!groupMatches && !anyTask)
            continue;
        ImGui::PushID(g.meta.id.c_str());
        ImGui::TableNextRow();
        ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, state.selected == g.meta.id ? selectedBg : groupBg);
        const float top = ImGui::GetCursorScreenPos().y;
        bottom = top;
        cell(g.numeral);
        cell(g.title);
        recordItem(ctx, "group:" + g.meta.id);
        if (rowClicked(top))
            state.selected = g.meta.id;
        ImGui::PopID();
        for (const Task& t : g.tasks) {
            if (!groupMatches && !taskMatches(plan, t, state.search))
                continue;
            ImGui::PushID(t.meta.id.c_str());
            ImGui::TableNextRow();
            if (state.selected == t.meta.id)
                ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, selectedBg);
            const float taskTop = ImGui::GetCursorScreenPos().y;
            bottom = taskTop;
            cell(t.number);
            cell(t.content);
            recordItem(ctx, "task:" + t.meta.id);
            cell(t.product);
            cell(unitName(plan, t.leadUnitId));
            cell(coordinatorNames(plan, t));
            cell(t.timeframe);
            if (rowClicked(taskTop))
                state.selected = t.meta.id;
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
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
        const char* sign = k.comparison == ">=" ? "≥" : k.comparison == "<=" ? "≤" : k.comparison.c_str();
        const bool whole = k.target == static_cast<double>(static_cast<long long>(k.target));
        const std::string value = domain::formatNumber(k.target, whole ? 0 : 1, language() == Lang::Vi);
        ImGui::Bullet();
        ImGui::TextWrapped("%s %s %s: %s", sign, value.c_str(), k.unit.c_str(), k.name.c_str());
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
    if (textField(ctx, "task.timeframe", t.timeframe, out, key))
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
}

} // namespace

void drawAppendixView(AppendixViewState& state, const domain::Plan& plan, FrameContext& ctx, Actions& actions,
                      const std::function<std::string(const char*)>& newId) {
    const float editorWidth = std::max(ImGui::GetContentRegionAvail().x * 0.36f, ImGui::GetFontSize() * 18);
    ImGui::BeginChild("appendix.table", ImVec2(-editorWidth, 0));
    fieldLabel(tr(Str::SearchLabel));
    ImGui::SameLine();
    std::string out, key;
    if (textField(ctx, "appendix.search", state.search, out, key, ImGui::GetFontSize() * 18))
        state.search = out;
    if (!state.search.empty()) {
        std::size_t shown = 0;
        for (const Group& g : plan.groups)
            for (const Task& t : g.tasks)
                shown += taskMatches(plan, t, state.search) ? 1 : 0;
        ImGui::SameLine();
        ImGui::Text("%zu / %zu %s", shown, domain::taskCount(plan), tr(Str::SearchTasksFound));
        ImGui::SameLine();
        if (button(ctx, "appendix.searchClear", tr(Str::SearchClear)))
            state.search.clear();
    }
    drawTable(state, plan, ctx);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("appendix.editor", ImVec2(0, 0), ImGuiChildFlags_Border);
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
