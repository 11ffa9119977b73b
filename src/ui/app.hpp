// The application: owns the open plan and its undo history, the list of stored plans, and the dialogs;
// applies the views' actions through the domain after each frame; saves within a second of every edit.
#pragma once

#include "domain/edit.hpp"
#include "domain/legacy_text.hpp"
#include "domain/plan.hpp"
#include "ui/actions.hpp"
#include "ui/frame_context.hpp"
#include "ui/views/appendix_view.hpp"
#include "ui/views/plans_view.hpp"
#include "ui/views/progress_view.hpp"

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace ui {

class App {
public:
    App();
    /// Starts loading stored data (async). The plan appears when storage answers.
    void start();
    /// Builds one ImGui frame (call between ImGui::NewFrame and ImGui::Render). `nowMs` is platform::nowMs().
    void frame(FrameContext& ctx, double nowMs);
    /// The user's UI zoom (1 = 100 %), kept in the settings.
    float uiZoom() const { return m_zoom; }
    /// One step larger (+1), smaller (−1), or back to 100 % (0).
    void changeZoom(int step);
    /// Another tab takes over writing: write pending edits now.
    void flushNow();
    /// /data was reloaded from IndexedDB (another tab saved, or this tab became the writer): show what is
    /// stored.
    void reloadFromStorage();
    /// A file the user picked or dropped (see platform::FileHandler).
    void receiveFile(const std::string& name, const std::string& data, bool tooBig);

    bool hasPlan() const { return m_plan.has_value(); }
    /// The current plan as canonical JSON ("" before it is loaded).
    std::string planJson() const;
    /// JSON object for the test surface.
    std::string testState(const FrameContext& ctx) const;

private:
    struct Confirm {
        std::string message;
        domain::Edit edit;
        std::string select;
    };
    struct Message {
        std::string title;
        std::string text;
    };
    struct PendingImport {
        domain::Plan plan;
        std::string fileName;
        /// When the file's text is in an old encoding (TCVN3, VNI): the same plan converted, and whether to
        /// import that one (the user's choice; on by default).
        domain::LegacyEncoding legacy = domain::LegacyEncoding::None;
        std::optional<domain::Plan> converted;
        bool convert = true;
    };
    struct Review {
        domain::Plan plan;
        std::vector<domain::YearChange> changes;
    };

    // Storage
    void loadStored();
    void refreshPlanList();
    std::optional<domain::Plan> readStoredPlan(const std::string& id);
    bool writePlan(const domain::Plan& plan);
    /// Keeps a copy of the plan as saved (at most one every 10 minutes unless `always`), pruned to the newest
    /// 20 and 20 MB.
    void keepVersion(const std::string& planId, const std::string& text, bool always);
    /// Replaces the open plan with a saved version (undoable).
    void restoreVersion(const std::string& name, double nowMs);
    void drawVersions(FrameContext& ctx, double nowMs);
    void writeSettings();
    void openPlan(domain::Plan plan);
    void saveIfDue(double nowMs, bool stepDown = false);
    bool canWrite() const;
    void markDirty(double nowMs);

    // Actions
    void apply(Actions& actions, double nowMs);
    void applyEdit(const domain::Edit& edit, const std::string& undoKey, const std::string& select,
                   double nowMs);
    void runPlanCommand(const PlanCommand& cmd, double nowMs);
    void exportJson();
    void importPending(bool replace, double nowMs);
    domain::Stamp stamp() const;
    std::string newId(const char* prefix);
    bool storedPlanExists(const std::string& id) const;
    /// "Today" for progress: the date the user set, else the computer's date.
    domain::Date today() const;

    // Drawing
    void drawMenuBar(FrameContext& ctx, Actions& actions);
    void drawStatus();
    void drawDialogs(FrameContext& ctx, Actions& actions, double nowMs);

    std::optional<domain::Plan> m_plan;
    domain::History m_history;
    std::vector<PlanSummary> m_plans;
    std::string m_storageMessage; ///< shown at the top: storage unavailable, a damaged file set aside
    bool m_loaded = false;
    bool m_dirty = false;
    bool m_settingsDirty = false;
    double m_firstDirtyMs = 0;
    double m_lastEditMs = 0;
    bool m_showAbout = false;
    std::optional<Confirm> m_confirm;
    std::optional<Message> m_message;
    std::optional<PendingImport> m_import;
    std::optional<Review> m_review;
    TextEditState m_textEdit;
    AppendixViewState m_appendix;
    PlansViewState m_plansView;
    ProgressViewState m_progress;
    std::string m_todayOverride; ///< ISO date set by the user ("" = the real date); kept in the settings
    unsigned m_revision = 0;     ///< increases with every change of the plan
    int m_selectTab = -1;        ///< a tab the menu asked for (index into the tab list), -1 = none
    bool m_reloaded = false;     ///< the plan was replaced from storage: the active field must let go
    float m_zoom = 1.0f;         ///< UI zoom, kept in the settings
    double m_lastSaveMs = 0;     ///< main-thread time of the last save (export + write to memory + version)
    std::map<std::string, double> m_lastVersionWall; ///< plan id → when its last version was kept
    bool m_showVersions = false;
    struct VersionRow {
        std::string name, time;
        bool readable = false;
        std::size_t tasks = 0, progress = 0;
    };
    std::vector<VersionRow> m_versionRows; ///< read when the versions window opens
    double m_lastExportWall = 0;           ///< ms since epoch of the last JSON export (0 = never)
    int m_editsSinceExport = 0;
    double m_firstUseWall = 0;
    std::string m_lastUndoKey; ///< keystrokes of one visit to a field count as one edit for the reminder
    std::mt19937_64 m_rng;
};

} // namespace ui
