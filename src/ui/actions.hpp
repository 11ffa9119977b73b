// What views ask the app to do. Collected during the frame and applied after it, through the domain.
#pragma once

#include "domain/edit.hpp"

#include <optional>
#include <string>

namespace ui {

/// Requests about stored plans (the plan list and "new plan").
struct PlanCommand {
    enum class Kind { Open, Rename, Duplicate, Delete, NewEmpty, NewFromBuiltin, NewNextYear };
    Kind kind = Kind::Open;
    std::string planId;
    std::string text; ///< new title for Rename
    int year = 0;     ///< for NewEmpty
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

    /// Records a single-field change typed by the user.
    void setText(const std::string& id, const std::string& field, const std::string& value,
                 const std::string& key) {
        edit = domain::Edit{{domain::SetText{id, field, value}}};
        undoKey = key;
    }
};

} // namespace ui
