// The application's frame and entry points (see app.hpp): menu → banners → views → dialogs → apply actions.
//
// [SECTION] Entry points called from JavaScript
// [SECTION] The frame
#include "ui/app.hpp"

#include "domain/library.hpp"
#include "domain/plan_json.hpp"
#include "platform/platform.hpp"
#include "ui/banners.hpp"
#include "ui/clock.hpp"
#include "ui/i18n.hpp"
#include "ui/menu_bar.hpp"
#include "ui/messages.hpp"
#include "ui/views/document_view.hpp"
#include "ui/views/units_view.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <exception>
#include <iterator>

namespace ui {

namespace {

/// Runs `f`; an exception becomes a message (the work in memory is kept, nothing stored is touched).
template <class F>
void guarded(App& app, const char* where, F&& f) {
    try {
        f();
    } catch (const std::exception& e) {
        app.reportFailure(where, e.what());
    } catch (...) {
        app.reportFailure(where, "?");
    }
}

} // namespace

// [SECTION] Entry points called from JavaScript

namespace {
App* g_reportsApp = nullptr; ///< the app the report module answers (there is one)
} // namespace

void App::start() {
    g_reportsApp = this;
    platform::setReportHandler([](platform::ReportOutcome outcome) {
        if (g_reportsApp)
            g_reportsApp->reportFinished(outcome);
    });
    platform::storageMount();
    platform::tabsStart();
}

void App::reportFinished(platform::ReportOutcome outcome) {
    guarded(*this, "report", [&] {
        m_reports.busy = false;
        if (outcome == platform::ReportOutcome::NotLoaded)
            m_dialogs.say("", tr(Str::ReportFailedLoad));
        else if (outcome == platform::ReportOutcome::NotMade)
            m_dialogs.say("", tr(Str::ReportFailedMake));
    });
}

void App::reportFailure(const char* where, const char* what) {
    try {
        m_dialogs.say(tr(Str::InternalErrorTitle),
                      std::string(tr(Str::InternalErrorText)) + " (" + where + ": " + what + ")");
    } catch (...) { // out of memory while wording it: nothing more can be said
    }
}

void App::changeZoom(int step) {
    guarded(*this, "zoom", [&] {
        static constexpr float kLevels[] = {0.8f, 0.9f, 1.0f, 1.1f, 1.25f, 1.5f, 1.75f, 2.0f};
        constexpr int count = static_cast<int>(std::size(kLevels));
        int at = 2;
        for (int i = 0; i < count; ++i)
            if (kLevels[i] <= m_settings.zoom + 0.001f)
                at = i;
        at = step == 0 ? 2 : std::clamp(at + step, 0, count - 1);
        if (kLevels[at] != m_settings.zoom) {
            m_settings.zoom = kLevels[at];
            settingsChanged(platform::nowMs());
        }
    });
}

void App::flushNow() {
    guarded(*this, "flush", [&] {
        if (!m_session.hasPlan() || !(m_session.dirty() || m_settingsDirty))
            return;
        m_session.saveNow();
        saveIfDue(platform::nowMs(), true);
    });
}

void App::timerFired() {
    guarded(*this, "timer", [&] {
        if (!m_loaded)
            return;
        noticeStopped();
        replayIfWriter(platform::nowMs());
        saveIfDue(platform::nowMs());
        retryPushIfDue(platform::nowMs());
        journalPushed();
    });
}

void App::reloadFromStorage() {
    guarded(*this, "reload", [&] {
        if (!m_store.ready())
            return;
        const std::string current = m_session.hasPlan() ? m_session.plan().meta.id : std::string();
        std::optional<domain::Plan> stored = current.empty() ? std::nullopt : m_store.read(current);
        if (!stored) {
            refreshPlanList();
            if (!m_plans.empty())
                stored = m_store.read(m_plans.front().id);
        }
        if (!stored)
            return;
        std::vector<domain::JournalEntry> own = std::exchange(m_stoppedEdits, {});
        const bool same = stored->meta.id == current;
        m_session.replaceFromStorage(std::move(*stored));
        startJournal();
        if (same && !own.empty())
            replayOwnEdits(std::move(own), platform::nowMs());
        refreshPlanList();
        m_reloaded = true;
    });
}

void App::receiveFile(const std::string& name, const std::string& data, bool tooBig) {
    guarded(*this, "file", [&] {
        if (tooBig) {
            m_dialogs.say(std::string(tr(Str::ImportFailed)) + " " + name,
                          std::string(tr(Str::ImportTooBig)) + "\n" + tr(Str::ImportUnchanged));
            return;
        }
        domain::Snapshot snapshot = domain::readSnapshot(data);
        if (!snapshot.plan) {
            std::string text;
            const std::size_t shown = std::min<std::size_t>(snapshot.errors.size(), 12);
            for (std::size_t i = 0; i < shown; ++i)
                text += "• " + importErrorText(snapshot.errors[i]) + "\n";
            if (snapshot.errors.size() > shown)
                text += "… (+" + std::to_string(snapshot.errors.size() - shown) + ")\n";
            text += tr(Str::ImportUnchanged);
            m_dialogs.say(std::string(tr(Str::ImportFailed)) + " " + name, text);
            return;
        }
        m_import.pending = ImportDialogState::Pending{std::move(snapshot), name, true};
    });
}

std::string App::planJson() const {
    return m_session.hasPlan() ? domain::exportPlanJson(m_session.plan()) : std::string();
}

// [SECTION] The frame

void App::drawViews(FrameContext& ctx, Actions& actions) {
    const domain::Plan& plan = m_session.plan();
    auto ids = [this](const char* prefix) { return m_session.newId(prefix); };
    ImGui::TextDisabled("%s — %s %d", plan.issuingBody.c_str(), plan.docType.c_str(), plan.year);
    const bool readOnly = !canWrite();
    fieldLabel(tr(Str::PlanTitleLabel));
    ImGui::SameLine();
    std::string out, key;
    ImGui::BeginDisabled(readOnly);
    if (textField(ctx, "plan.title", plan.title, out, key))
        actions.setText(plan.meta.id, "title", out, key);
    ImGui::EndDisabled();
    if (!ImGui::BeginTabBar("views"))
        return;
    const std::pair<Str, const char*> tabs[] = {
        {Str::TabAppendix, "tab.appendix"}, {Str::TabProgress, "tab.progress"},
        {Str::TabTimeline, "tab.timeline"}, {Str::TabDashboard, "tab.dashboard"},
        {Str::TabTargets, "tab.targets"},   {Str::TabReports, "tab.reports"},
        {Str::TabDocument, "tab.document"}, {Str::TabUnits, "tab.units"},
        {Str::TabPlans, "tab.plans"}};
    ProgressContext pc;
    pc.today = today();
    pc.todayIsReal = m_settings.today.empty();
    pc.newId = ids;
    // All tabs first, then the open one's view: the Tab key visits the tabs before the view, in reading
    // order.
    Str shown = Str::TabAppendix;
    for (int i = 0; i < static_cast<int>(std::size(tabs)); ++i) {
        const auto& [label, name] = tabs[i];
        const bool open =
            ImGui::BeginTabItem(tr(label), nullptr, m_selectTab == i ? ImGuiTabItemFlags_SetSelected : 0);
        recordItem(ctx, name);
        if (m_selectTab == i) {
            m_selectTab = -1;
            ctx.redraw = true;
        }
        if (open) {
            shown = label;
            ImGui::EndTabItem();
        }
    }
    ImGui::EndTabBar();
    ImGui::BeginDisabled(readOnly);
    if (shown == Str::TabAppendix)
        drawAppendixView(m_appendix, plan, ctx, actions, ids);
    else if (shown == Str::TabProgress)
        drawProgressTasksView(m_progress, m_progressCache, plan, pc, ctx, actions);
    else if (shown == Str::TabTimeline)
        drawTimelineView(m_progress, m_progressCache, plan, pc, ctx, actions);
    else if (shown == Str::TabDashboard)
        drawDashboardView(m_progress, m_progressCache, plan, pc, ctx, actions,
                          [&](const domain::Period& p) { drawTargetsSummary(m_targets, plan, p, ctx); });
    else if (shown == Str::TabTargets)
        drawTargetsView(m_targets, plan, ctx, actions, ids);
    else if (shown == Str::TabReports)
        drawReportsView(m_reports, plan, pc.today, readOnly, ctx, actions, ids);
    else if (shown == Str::TabDocument)
        drawDocumentView(plan, readOnly, m_reports.busy, ctx, actions, ids);
    else if (shown == Str::TabUnits)
        drawUnitsView(plan, ctx, actions, ids);
    else
        drawPlansView(m_plansView, m_plans, plan.meta.id, plan.year, ctx, actions);
    ImGui::EndDisabled();
    drawProgressEditor(m_progress, m_progressCache, plan, pc, ctx, actions);
}

void App::frame(FrameContext& ctx, double nowMs) {
    ctx.edit = &m_textEdit;
    ctx.planRevision = m_session.revision();
    ctx.layoutRevision = m_session.layoutRevision();
    ctx.session = &m_session;
    ctx.recordRects = platform::testSurfaceWanted();
    try {
        beginKeyboardFrame();
        if (!m_loaded && platform::storageState() != platform::StorageState::Loading)
            loadStored(nowMs);
        if (m_reloaded) {
            m_reloaded = false;
            if (ImGui::GetActiveID() != 0)
                ImGui::ClearActiveID();
            m_textEdit.owner = 0;
            m_textEdit.mirrored = 0;
        }
        // Escape in a field leaves it and keeps what was typed (ImGui would put back the text the field had
        // when entered). Nothing sees this Escape, neither the field nor a dialog around it (which stays
        // open). The field is still drawn active in this frame and left only after it: what the text element
        // received before the Escape (a letter typed just before it, read in the same frame) is applied
        // first.
        const bool leaveField = m_textEdit.owner != 0 && ImGui::GetActiveID() == m_textEdit.owner &&
                                ImGui::IsKeyPressed(ImGuiKey_Escape, false);
        if (leaveField)
            ImGui::SetKeyOwner(ImGuiKey_Escape, ImGui::GetID("##escape-taken"),
                               ImGuiInputFlags_LockThisFrame);
        const ImGuiViewport* vp = ImGui::GetMainViewport();
        ImGui::SetNextWindowPos(vp->WorkPos);
        ImGui::SetNextWindowSize(vp->WorkSize);
        const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                       ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_MenuBar |
                                       ImGuiWindowFlags_NoBringToFrontOnFocus;
        Actions actions;
        const domain::Plan* plan = m_session.hasPlan() ? &m_session.plan() : nullptr;
        if (ImGui::Begin("##main", nullptr, flags)) {
            drawMenuBar({plan, m_session.history().canUndo(), m_session.history().canRedo(),
                         saveStatusText(m_session.dirty() || !m_stoppedEdits.empty())},
                        ctx, actions);
            drawBanners({m_storageMessage, plan != nullptr, canWrite(),
                         domain::backupDue(m_settings.lastExport, m_settings.firstUse,
                                           m_settings.editsSinceExport, wallNowMs()),
                         m_journalFailed && m_session.dirty(), plan ? plan->year : 0,
                         domain::parseIsoDate(localDateIso()).value_or(domain::Date{}).year,
                         domain::toDisplay(today()), m_settings.today.empty(),
                         plan && plan->meta.id == PlanStore::builtinId(), m_stoppedEdits.size()},
                        ctx, actions);
            if (plan)
                drawViews(ctx, actions);
            else
                ImGui::TextUnformatted(tr(Str::Loading));
        }
        ImGui::End();
        drawDialogs(m_dialogs, ctx, actions);
        drawImportDialog(m_import, ctx, actions);
        drawNextYearReview(m_review, ctx, actions);
        drawVersionsView(m_versions, canWrite(), ctx, actions);

        // Undo/redo shortcuts when no text field is taking the keys (a field keeps its own Ctrl+Z).
        const ImGuiIO& io = ImGui::GetIO();
        if (!io.WantTextInput && !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) {
            if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_Z))
                actions.undo = true;
            if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_Y) ||
                ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiMod_Shift | ImGuiKey_Z))
                actions.redo = true;
        }
        if (leaveField && ImGui::GetActiveID() == m_textEdit.owner) {
            ImGui::ClearActiveID();
            ctx.redraw = true;
        }
        // A field that stopped being drawn while active (its record went away) no longer owns the edit
        // buffer.
        if (m_textEdit.owner != 0 && ImGui::GetActiveID() != m_textEdit.owner) {
            m_textEdit.owner = 0;
            m_textEdit.mirrored = 0;
        }
        // A popup opened by an action is hidden in its first frame (ImGui measures it): frames must follow.
        const ImGuiWindow* modalWindow = ImGui::GetTopMostPopupModal();
        if (actions.any() ||
            (modalWindow && (modalWindow->Appearing || modalWindow->HiddenFramesCannotSkipItems > 0 ||
                             modalWindow->HiddenFramesCanSkipItems > 0)))
            ctx.redraw = true;
        noticeStopped();
        replayIfWriter(nowMs);
        apply(actions, nowMs);
        journalApplied(); // before the frame that shows the edits ends: kept even if the page dies now
        saveIfDue(nowMs);
        retryPushIfDue(nowMs);
        journalPushed();
    } catch (const std::exception& e) {
        ImGui::ErrorCheckEndFrameRecover(nullptr); // close what the interrupted frame left open
        reportFailure("frame", e.what());
        ctx.redraw = true;
    } catch (...) {
        ImGui::ErrorCheckEndFrameRecover(nullptr);
        reportFailure("frame", "?");
        ctx.redraw = true;
    }
}

} // namespace ui
