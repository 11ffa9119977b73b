// The application: the open plan (session), the stored plans (store), the settings, and one state struct per
// window. Each frame draws menu → banners → views → dialogs, then applies what they asked for (actions)
// through the domain; saves within a second of every edit. Entry points called from JavaScript never let an
// exception through: it becomes a message, and the data stays as it was.
//
// Files: app.cpp (the frame and the entry points), app_apply.cpp (applying actions, loading and saving),
// test_surface.cpp (the state tests read).
#pragma once

#include "domain/journal.hpp"
#include "domain/settings.hpp"
#include "platform/platform.hpp"
#include "ui/actions.hpp"
#include "ui/dialogs.hpp"
#include "ui/frame_context.hpp"
#include "ui/plan_store.hpp"
#include "ui/progress_cache.hpp"
#include "ui/session.hpp"
#include "ui/views/appendix_view.hpp"
#include "ui/views/import_dialog.hpp"
#include "ui/views/next_year_review.hpp"
#include "ui/views/plans_view.hpp"
#include "ui/views/progress_view.hpp"
#include "ui/views/reports_view.hpp"
#include "ui/views/targets_view.hpp"
#include "ui/views/versions_view.hpp"

#include <string>
#include <vector>

namespace ui {

class App {
public:
    /// Starts loading stored data (async). The plan appears when storage answers.
    void start();
    /// A timer the app asked for fired: saves when a save is due, without waiting for a frame (a hidden tab
    /// gets none).
    void timerFired();
    /// Builds one ImGui frame (call between ImGui::NewFrame and ImGui::Render). `nowMs` is platform::nowMs().
    void frame(FrameContext& ctx, double nowMs);
    /// The user's UI zoom (1 = 100 %), kept in the settings.
    float uiZoom() const { return m_settings.zoom; }
    /// One step larger (+1), smaller (−1), or back to 100 % (0).
    void changeZoom(int step);
    /// Another tab takes over writing: write pending edits now.
    void flushNow();
    /// /data was reloaded from IndexedDB (another tab saved, or this tab became the writer): show it.
    void reloadFromStorage();
    /// A file the user picked or dropped (see platform::FileHandler).
    void receiveFile(const std::string& name, const std::string& data, bool tooBig);
    /// The report module finished a print or download the reports view asked for.
    void reportFinished(platform::ReportOutcome outcome);
    /// Something failed where no caller can handle it (`where` names the entry point): say so, keep data.
    void reportFailure(const char* where, const char* what);

    bool hasPlan() const { return m_session.hasPlan(); }
    /// The current plan as canonical JSON ("" before it is loaded).
    std::string planJson() const;
    /// JSON object for the test surface (test_surface.cpp).
    std::string testState(const FrameContext& ctx) const;

private:
    // app_apply.cpp
    void loadStored(double nowMs);
    /// Reads the summaries of every stored plan (and sets damaged files aside), then listOpenPlan().
    void refreshPlanList();
    /// Puts the open plan's summary, as it is in memory, into the list.
    void listOpenPlan();
    std::optional<domain::Plan> readStoredPlan(const std::string& id) const;
    void openPlan(domain::Plan plan, double nowMs);
    void saveIfDue(double nowMs, bool stepDown = false);
    bool canWrite() const;
    void apply(Actions& actions, double nowMs);
    void applyEdit(const domain::Edit& edit, const std::string& undoKey, const std::string& select,
                   double nowMs);
    void runPlanCommand(const PlanCommand& cmd, double nowMs);
    void importPlan(Actions::Import import, double nowMs);
    void restoreVersion(const std::string& name, double nowMs);
    void exportJson();
    void settingsChanged(double nowMs);
    /// "Today" for progress: the date the user set, else the computer's date.
    domain::Date today() const;

    // app.cpp
    void drawViews(FrameContext& ctx, Actions& actions);

    // app_journal.cpp: the journal of unsaved edits
    /// Replays what storage lacks of every journal: into `current` for the plan about to open (whose journal
    /// then goes on), written back at once for the others.
    void replayJournals(const std::string& currentId, std::optional<domain::Plan>& current);
    /// Once this tab writes (the tab that made the journals has gone): replays them (replayJournals), the
    /// open plan's into the session, where it will be saved.
    void replayIfWriter(double nowMs);
    /// After a plan opened or was reloaded: its journal starts on what storage holds of it.
    void startJournal();
    void writeJournal();
    /// Records the edits the session applied (every frame, after the actions).
    void journalApplied();
    /// A save wrote the open plan.
    void journalSaved();
    /// Storage has every edit: the journal starts afresh (checked every frame).
    void journalPushed();
    /// After a failed push, pushes again (1, 2, 4 … 30 s later) until storage works again.
    void retryPushIfDue(double nowMs);
    /// This tab was stopped (another became the writer): keeps its own edits to apply again if its user
    /// takes over, or follows the writer when it has none. When it writes again, forgets them.
    void noticeStopped();
    /// After a reload from storage, applies this stopped tab's own edits again onto what is stored.
    void replayOwnEdits(std::vector<domain::JournalEntry> own, double nowMs);

    Session m_session;
    PlanStore m_store;
    domain::Settings m_settings;
    std::vector<domain::PlanSummary> m_plans;
    std::string m_storageMessage; ///< shown at the top: storage unavailable, a damaged file set aside
    bool m_loaded = false;
    bool m_settingsDirty = false;
    double m_settingsChangedMs = 0;
    double m_lastSaveMs = 0;   ///< main-thread time of the last save (export + write to memory + version)
    std::string m_lastUndoKey; ///< keystrokes of one visit to a field count as one edit for the reminder
    int m_selectTab = -1;      ///< a tab the menu asked for (index into the tab list), -1 = none
    bool m_reloaded = false;   ///< the plan was replaced from storage: the active field must let go
    std::optional<domain::Journal> m_journal;         ///< of the open plan, while this tab writes
    std::optional<domain::Journal> m_replayed;        ///< the current plan's journal after a replay at start
    bool m_journalsReplayed = false;                  ///< in this tab's current term as the writer
    bool m_journalFailed = false;                     ///< the browser refused to keep the journal
    double m_lastWriteMs = -1;                        ///< when the open plan was last written
    bool m_stopped = false;                           ///< noticed that this tab was stopped (noticeStopped)
    std::vector<domain::JournalEntry> m_stoppedEdits; ///< this tab's edits when it was stopped

    // One state struct per window.
    TextEditState m_textEdit;
    AppendixViewState m_appendix;
    PlansViewState m_plansView;
    ProgressViewState m_progress;
    TargetsViewState m_targets;
    ReportsViewState m_reports;
    ProgressCache m_progressCache; ///< what the progress views show, computed once per change
    VersionsViewState m_versions;
    ImportDialogState m_import;
    NextYearReviewState m_review;
    DialogsState m_dialogs;
};

} // namespace ui
