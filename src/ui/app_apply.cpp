// The application between frames (see app.hpp): loading what is stored, applying the actions a frame
// collected through the domain, importing and exporting, and saving within a second of the last edit.
//
// [SECTION] Loading
// [SECTION] Saving
// [SECTION] Applying actions
// [SECTION] Plans, import and export
#include "domain/library.hpp"
#include "domain/plan_json.hpp"
#include "domain/schedule.hpp"
#include "domain/snapshot.hpp"
#include "platform/platform.hpp"
#include "ui/app.hpp"
#include "ui/banners.hpp"
#include "ui/clock.hpp"
#include "ui/i18n.hpp"
#include "ui/messages.hpp"

#include <imgui.h>
#include <imgui_internal.h>

namespace ui {

namespace {

void appendLine(std::string& to, const std::string& line) {
    to += (to.empty() ? "" : "\n") + line;
}

} // namespace

// [SECTION] Loading

bool App::canWrite() const {
    return platform::tabRole() == platform::TabRole::Writer;
}

domain::Date App::today() const {
    if (const auto d = domain::parseIsoDate(m_settings.today))
        return *d;
    return domain::parseIsoDate(localDateIso()).value_or(domain::Date{2024, 1, 1});
}

std::optional<domain::Plan> App::readStoredPlan(const std::string& id) const {
    if (m_session.hasPlan() && m_session.plan().meta.id == id)
        return m_session.plan();
    return m_store.read(id);
}

void App::refreshPlanList() {
    m_plans.clear();
    if (m_store.ready()) {
        std::vector<DamagedFile> damaged;
        m_plans = m_store.list(damaged);
        for (domain::PlanSummary& s : m_plans) // where each came from is kept in the settings, not the plan
            if (const auto origin = m_settings.origins.find(s.id); origin != m_settings.origins.end())
                s.origin = origin->second;
        for (const DamagedFile& d : damaged)
            appendLine(m_storageMessage, std::string(tr(Str::StoredPlanDamaged)) + " " + d.name + " — " +
                                             importErrorText(d.error));
    }
    listOpenPlan();
}

void App::listOpenPlan() {
    if (!m_session.hasPlan())
        return;
    // The open plan as it is in memory (its unsaved title, or not yet stored at all).
    const domain::Plan& open = m_session.plan();
    const auto origin = m_settings.origins.find(open.meta.id);
    const domain::PlanSummary current{open.meta.id, open.title, open.year, domain::lastChange(open),
                                      origin != m_settings.origins.end() ? origin->second : std::string()};
    bool listed = false;
    for (domain::PlanSummary& s : m_plans)
        if (s.id == current.id) {
            s = current;
            listed = true;
        }
    if (!listed)
        m_plans.push_back(current);
    domain::sortPlanSummaries(m_plans);
}

void App::loadStored(double nowMs) {
    m_loaded = true;
    if (m_store.ready()) {
        m_store.prepare();
        const domain::SettingsDecode decoded = m_store.readSettings();
        m_settings = decoded.settings;
        if (decoded.reset) {
            appendLine(m_storageMessage, tr(Str::SettingsReset));
            m_settingsDirty = true; // write the repaired settings back
        }
        setLanguage(m_settings.language == "en" ? Lang::En : Lang::Vi);
        platform::setPageTitle(tr(Str::AppTitle));
        refreshPlanList();
        std::string currentId = m_settings.currentPlan;
        std::optional<domain::Plan> plan;
        if (!currentId.empty() && !m_store.exists(currentId)) {
            // The current plan's file is gone or was damaged (set aside above): its newest good version.
            for (const VersionInfo& v : m_store.versions(currentId)) {
                if (!v.readable)
                    continue;
                plan = m_store.readVersion(currentId, v.name);
                appendLine(m_storageMessage, std::string(tr(Str::OpenedVersion)) + " " + displayTime(v.time));
                break;
            }
        }
        if (!plan && !m_store.exists(currentId))
            currentId = m_plans.empty() ? "" : m_plans.front().id;
        if (!plan && !currentId.empty())
            plan = m_store.read(currentId);
        if (plan) {
            openPlan(std::move(*plan),
                     nowMs); // a version opened is written back as the plan at the next save
            if (m_store.exists(m_session.plan().meta.id))
                m_session.markSaved(); // read as stored: nothing to write
            // The settings need writing only when they were repaired or name another plan now.
            m_settingsDirty = decoded.reset || m_settings.currentPlan != decoded.settings.currentPlan;
        }
    } else {
        appendLine(m_storageMessage,
                   std::string(tr(Str::StorageUnavailable)) + " " + storageProblem(platform::storageError()));
    }
    if (m_settings.firstUse == 0) {
        m_settings.firstUse = wallNowMs();
        m_settingsDirty = true;
    }
    if (!m_session.hasPlan()) {
        // First visit (or nothing usable stored): the built-in plan, stored at once so it is in the list.
        if (std::optional<domain::Plan> builtin = PlanStore::builtin())
            openPlan(std::move(*builtin), nowMs);
    }
    refreshPlanList();
}

void App::openPlan(domain::Plan plan, double nowMs) {
    if (m_session.hasPlan() && m_session.dirty() && canWrite() &&
        m_store.write(m_session.plan(), wallNowMs())) {
        journalSaved(); // its journal stays until the next start finds storage has it all
        m_store.push();
    }
    m_session.open(std::move(plan), nowMs);
    startJournal();
    m_appendix.selected.clear();
    m_progress.selectedTask.clear();
    m_textEdit.owner = 0;
    m_settings.currentPlan = m_session.plan().meta.id;
    settingsChanged(nowMs);
    refreshPlanList();
}

// [SECTION] Saving

void App::settingsChanged(double nowMs) {
    m_settingsDirty = true;
    m_settingsChangedMs = nowMs;
}

void App::saveIfDue(double nowMs, bool stepDown) {
    // Only the writing tab writes (or the tab handing over, once more, before it stops).
    const bool dirty = m_session.dirty();
    const bool ready = m_store.ready() && (canWrite() || stepDown);
    if (!(dirty || m_settingsDirty) || !m_session.hasPlan() || !ready) {
        platform::setUnsavedChanges((dirty && canWrite()) || platform::pushStatus().inFlight ||
                                    !m_stoppedEdits.empty());
        return;
    }
    const double due = m_session.saveDueMs();
    if (dirty && nowMs < due) {
        platform::wakeAfter(due - nowMs);
        platform::setUnsavedChanges(true);
        return;
    }
    bool ok = true;
    const double started = platform::nowMs();
    if (dirty && (ok = m_store.write(m_session.plan(), wallNowMs())))
        journalSaved();
    if (ok && m_settingsDirty)
        ok = m_store.writeSettings(m_settings);
    m_lastSaveMs = platform::nowMs() - started; // the main thread is blocked this long (the push is async)
    if (ok) {
        m_session.markSaved();
        m_settingsDirty = false;
        m_store.push();
        listOpenPlan(); // only its summary changed: no need to read every stored plan again
    }
    platform::setUnsavedChanges(m_session.dirty() || platform::pushStatus().inFlight);
}

// [SECTION] Applying actions

void App::applyEdit(const domain::Edit& edit, const std::string& undoKey, const std::string& select,
                    double nowMs) {
    if (!m_session.hasPlan() || edit.ops.empty())
        return;
    if (const std::optional<domain::Message> error = m_session.apply(edit, undoKey, nowMs)) {
        m_dialogs.say("", std::string(tr(Str::EditRefused)) + " " + messageText(*error));
        return;
    }
    if (!select.empty())
        m_appendix.selected = select;
    if (undoKey.empty() || undoKey != m_lastUndoKey)
        ++m_settings.editsSinceExport; // keystrokes in one field count once
    m_lastUndoKey = undoKey;
    settingsChanged(nowMs);
}

void App::apply(Actions& actions, double nowMs) {
    if (!canWrite()) {
        // A following tab shows the plan but changes nothing that is stored.
        actions.edit.reset();
        actions.undo = actions.redo = false;
        actions.plan.reset();
        actions.importJson = false;
        actions.restoreVersion.reset();
        actions.savePlan.reset();
        actions.importPlan.reset();
    }
    if (actions.edit && !actions.confirmMessage.empty())
        m_dialogs.confirm =
            DialogsState::Confirm{actions.confirmMessage, std::move(*actions.edit), actions.select};
    else if (actions.edit)
        applyEdit(*actions.edit, actions.undoKey, actions.select, nowMs);
    if (!actions.error.empty())
        m_dialogs.say("", actions.error);
    if ((actions.undo || actions.redo) && m_session.hasPlan()) {
        if (ImGui::GetActiveID() != 0)
            ImGui::ClearActiveID(); // the field's own buffer must not write the old text back
        m_textEdit.owner = 0;
        if (actions.undo)
            m_session.undo(nowMs);
        else
            m_session.redo(nowMs);
    }
    if (actions.plan)
        runPlanCommand(*actions.plan, nowMs);
    if (actions.savePlan)
        openPlan(std::move(*actions.savePlan), nowMs);
    if (actions.importPlan)
        importPlan(std::move(*actions.importPlan), nowMs);
    if (actions.restoreVersion)
        restoreVersion(*actions.restoreVersion, nowMs);
    if (actions.exportJson)
        exportJson();
    if (actions.report && m_session.hasPlan()) {
        m_reports.busy = true; // until reportFinished: one document at a time
        platform::renderReport(planJson(), actions.report->reportId, actions.report->format);
    }
    if (actions.importJson)
        platform::openFilePicker(".json,application/json");
    if (actions.today && *actions.today != m_settings.today) {
        m_settings.today = *actions.today;
        settingsChanged(nowMs);
    }
    if (actions.selectTab)
        m_selectTab = *actions.selectTab;
    if (actions.language) {
        m_settings.language = *actions.language;
        setLanguage(m_settings.language == "en" ? Lang::En : Lang::Vi);
        platform::setPageTitle(tr(Str::AppTitle));
        settingsChanged(nowMs);
    }
    if (actions.showVersions && m_session.hasPlan()) {
        m_versions.rows = m_store.versions(m_session.plan().meta.id); // read once, when the window opens
        m_versions.open = true;
    }
    if (actions.showAbout)
        m_dialogs.showAbout = true;
    if (actions.showKeys)
        m_dialogs.showKeys = true;
    if (actions.takeOver)
        platform::takeOverWriting();
    if (actions.applyUpdate) {
        flushNow();
        platform::applyUpdate();
    }
}

// [SECTION] Plans, import and export

void App::runPlanCommand(const PlanCommand& cmd, double nowMs) {
    using Kind = PlanCommand::Kind;
    const domain::Stamp s = m_session.stamp();
    const bool isOpen = m_session.hasPlan() && cmd.planId == m_session.plan().meta.id;
    switch (cmd.kind) {
    case Kind::Open:
        if (!isOpen)
            if (auto p = readStoredPlan(cmd.planId))
                openPlan(std::move(*p), nowMs);
        break;
    case Kind::Rename:
        if (isOpen) {
            applyEdit(domain::Edit{{domain::SetText{cmd.planId, "title", cmd.text}}}, "", "", nowMs);
        } else if (auto p = readStoredPlan(cmd.planId)) {
            domain::applyEdit(*p, domain::Edit{{domain::SetText{cmd.planId, "title", cmd.text}}}, s);
            m_store.write(*p, wallNowMs());
            m_store.push();
        }
        break;
    case Kind::Duplicate:
        if (auto p = readStoredPlan(cmd.planId)) {
            m_store.write(
                domain::duplicatePlan(*p, m_session.newId("plan"), s.time, s.author, tr(Str::CopySuffix)),
                wallNowMs());
            m_store.push();
        }
        break;
    case Kind::Delete:
        m_store.remove(cmd.planId); // the plan and its versions: the user confirmed it
        platform::journalRemove(cmd.planId);
        if (isOpen) {
            m_session.close();
            refreshPlanList();
            std::optional<domain::Plan> next =
                m_plans.empty() ? PlanStore::builtin() : m_store.read(m_plans.front().id);
            if (next)
                openPlan(std::move(*next), nowMs);
        }
        break;
    case Kind::NewEmpty:
        openPlan(domain::emptyPlan(m_session.newId("plan"), cmd.year, s.time, s.author), nowMs);
        break;
    case Kind::NewFromBuiltin:
        if (auto p = PlanStore::builtin()) {
            p->meta = {m_session.newId("plan"), s.time, s.author};
            openPlan(std::move(*p), nowMs);
        }
        break;
    case Kind::NewNextYear:
        if (m_session.hasPlan()) {
            NextYearReviewState::Review r;
            r.plan = domain::nextYearCopy(m_session.plan(), m_session.newId("plan"), s.time, s.author,
                                          r.changes, cmd.year);
            m_review.review = std::move(r);
        }
        break;
    }
    refreshPlanList();
}

void App::importPlan(Actions::Import import, double nowMs) {
    // Remembered for the plan list: "<file>, <date>" (the oldest origins go first when there are too many).
    const auto remember = [&](const std::string& id) {
        if (m_settings.origins.size() >= domain::kMaxOrigins)
            m_settings.origins.erase(m_settings.origins.begin());
        m_settings.origins[id] = import.fileName + ", " + domain::toDisplay(today());
        settingsChanged(platform::nowMs());
    };
    const bool stored = m_store.exists(import.plan.meta.id) ||
                        (m_session.hasPlan() && m_session.plan().meta.id == import.plan.meta.id);
    switch (domain::placeImport(import.replace, m_session.hasPlan(), stored)) {
    case domain::ImportPlacement::ReplaceOpen: {
        // The open plan takes the snapshot's content (keeping its own id and file): undoable, and what it
        // held stays restorable as a version. No other stored plan is touched.
        // The plan keeps the snapshot's own change stamp, so importing an exported file reproduces it
        // exactly.
        const domain::Plan& open = m_session.plan();
        m_store.keepVersion(open.meta.id, domain::exportPlanJson(open), true, wallNowMs());
        const domain::Stamp snapshotStamp{import.plan.meta.modified, import.plan.meta.author};
        domain::ReplacePlan replace{std::make_shared<const domain::Plan>(std::move(import.plan))};
        replace.restamp.push_back({open.meta.id, snapshotStamp});
        remember(open.meta.id);
        applyEdit(domain::Edit{{std::move(replace)}}, "", "", nowMs);
        return;
    }
    case domain::ImportPlacement::AddNewId:
        import.plan.meta.id = m_session.newId("plan"); // never overwrite a stored plan that shares the id
        break;
    case domain::ImportPlacement::AddAsIs:
        break;
    }
    remember(import.plan.meta.id);
    openPlan(std::move(import.plan), nowMs);
}

void App::restoreVersion(const std::string& name, double nowMs) {
    if (!m_session.hasPlan())
        return;
    const domain::Plan& open = m_session.plan();
    std::optional<domain::Plan> older = m_store.readVersion(open.meta.id, name);
    if (!older) {
        m_dialogs.say("", tr(Str::VersionUnreadable));
        return;
    }
    m_store.keepVersion(open.meta.id, domain::exportPlanJson(open), true, wallNowMs()); // stays restorable
    applyEdit(domain::Edit{{domain::ReplacePlan{std::make_shared<const domain::Plan>(std::move(*older))}}},
              "", "", nowMs);
}

void App::exportJson() {
    if (!m_session.hasPlan())
        return;
    m_settings.lastExport = wallNowMs();
    m_settings.editsSinceExport = 0;
    settingsChanged(platform::nowMs());
    const domain::Plan& plan = m_session.plan();
    platform::downloadFile(domain::exportFileName(plan, localDateIso()), domain::exportPlanJson(plan),
                           "application/json");
}

} // namespace ui
