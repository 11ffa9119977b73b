// What views ask the app to do. Collected during the frame and applied after it, through the domain.
#pragma once

#include "domain/edit.hpp"
#include "domain/plan.hpp"

#include <optional>
#include <string>

namespace ui {

/// Requests about stored plans (the plan list and "new plan").
struct PlanCommand {
    enum class Kind { Open, Rename, Duplicate, Delete, NewEmpty, NewFromBuiltin, NewNextYear };
    Kind kind = Kind::Open;
    std::string planId;
    std::string text; ///< new title for Rename
    int year = 0;     ///< for NewEmpty; for NewNextYear the year to copy to (0: the next one)
};

struct Actions {
    std::optional<domain::Edit> edit;
    std::string undoKey;        ///< edits with the same non-empty key in a row are one undo step
    std::string confirmMessage; ///< when set, `edit` is applied only after the user confirms
    std::string select;         ///< record to select after the edit (e.g. a newly added task)
    std::optional<PlanCommand> plan;
    std::string error; ///< a message to show (e.g. a unit that cannot be deleted)
    bool undo = false;
    bool redo = false;
    bool exportJson = false;
    bool importJson = false;
    std::optional<std::string> today; ///< set the "as of" date (ISO), "" for the real date
    // From the menus, banners and dialogs:
    std::optional<int> selectTab;        ///< show this tab (index into the tab list)
    std::optional<std::string> language; ///< "vi" or "en"
    std::optional<int> zoom;             ///< +1 larger, -1 smaller, 0 back to 100 %
    bool showVersions = false;
    bool showAbout = false;
    bool showKeys = false;
    std::optional<std::string> restoreVersion; ///< file name of a saved version to restore (undoable)
    std::optional<domain::Plan> savePlan;      ///< a reviewed new plan (next year's copy) to open and store
    struct Import {
        domain::Plan plan;
        bool replace = false; ///< replace the open plan's content (else: add as a new plan)
        std::string fileName; ///< the file it came from
    };
    std::optional<Import> importPlan;
    struct ReportOutput {
        std::string reportId;
        int format = 0; ///< domain::ReportFormat
    };
    std::optional<ReportOutput> report; ///< print or download a report (the report module renders it)
    bool takeOver = false;              ///< this tab becomes the writer
    bool applyUpdate = false;           ///< reload into the new version of the app

    /// True when the frame asked for anything (the next frames must show its effect, e.g. a dialog opening).
    bool any() const {
        return edit || plan || !error.empty() || undo || redo || exportJson || importJson || today ||
               selectTab || language || zoom || showVersions || showAbout || showKeys || restoreVersion ||
               savePlan || importPlan || report || takeOver || applyUpdate;
    }

    /// Records a single-field change typed by the user.
    void setText(const std::string& id, const std::string& field, const std::string& value,
                 const std::string& key) {
        edit = domain::Edit{{domain::SetText{id, field, value}}};
        undoKey = key;
    }
};

} // namespace ui
