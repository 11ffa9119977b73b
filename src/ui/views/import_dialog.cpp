// The import dialog (see import_dialog.hpp).
#include "ui/views/import_dialog.hpp"

#include "ui/dialogs.hpp"
#include "ui/i18n.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

namespace ui {

std::string planContentsText(const domain::Plan& plan) {
    const std::pair<std::size_t, std::pair<Str, Str>> parts[] = {
        {plan.groups.size(), {Str::CountGroup, Str::CountGroups}},
        {domain::taskCount(plan), {Str::CountTask, Str::CountTasks}},
        {plan.kpis.size(), {Str::CountTarget, Str::CountTargets}},
        {plan.progress.size(), {Str::CountProgress, Str::CountProgresses}},
        {plan.events.size(), {Str::CountEvent, Str::CountEvents}},
    };
    std::string out;
    for (const auto& [n, words] : parts)
        out += (out.empty() ? "" : ", ") + std::to_string(n) + " " + tr(n == 1 ? words.first : words.second);
    return out;
}

void drawImportDialog(ImportDialogState& state, FrameContext& ctx, Actions& actions) {
    if (!modal(tr(Str::ImportTitle), state.pending.has_value()))
        return;
    ImportDialogState::Pending* pending = state.pending ? &*state.pending : nullptr;
    if (pending) {
        const domain::Snapshot& s = pending->snapshot;
        const domain::Plan& p = s.converted && pending->convert ? *s.converted : *s.plan;
        ImGui::TextUnformatted(pending->fileName.c_str());
        ImGui::Separator();
        if (s.converted) {
            const bool vni = s.legacy == domain::LegacyEncoding::Vni;
            wrappedText(tr(vni ? Str::LegacyFileVni : Str::LegacyFileTcvn3));
            ImGui::Checkbox(tr(Str::LegacyConvertOnImport), &pending->convert);
            recordItem(ctx, "import.convert");
            ImGui::Separator();
        }
        wrappedText(p.title);
        ImGui::Text("%s: %d", tr(Str::ImportSummaryYear), p.year);
        wrappedText(planContentsText(p));
        recordItem(ctx, "import.summary");
    }
    int choice = 0;
    if (button(ctx, "import.replace", tr(Str::ImportReplace)))
        choice = 1;
    ImGui::SameLine();
    if (button(ctx, "import.add", tr(Str::ImportAdd)))
        choice = 2;
    ImGui::SameLine();
    if (button(ctx, "import.cancel", tr(Str::Cancel)) || dialogKeys(ctx).cancel)
        choice = 3;
    if (choice != 0) {
        if (choice != 3 && pending) {
            domain::Snapshot& s = pending->snapshot;
            domain::Plan plan =
                s.converted && pending->convert ? std::move(*s.converted) : std::move(*s.plan);
            actions.importPlan = Actions::Import{std::move(plan), choice == 1, pending->fileName};
        }
        state.pending.reset();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

} // namespace ui
