// Every change to a plan is an Edit: a list of primitive operations (set a text field, insert, remove or move
// a record). Applying an edit returns its inverse, which is what undo applies; History keeps both directions.
// Records touched are stamped with who changed them and when; removals leave tombstones.
#pragma once

#include "domain/plan.hpp"

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace domain {

/// Who makes a change and when (ISO-8601 UTC).
struct Stamp {
    std::string time;
    std::string author;
};

/// Any record that lives in a list of the plan.
using Record = std::variant<LegalBasis, BodyBlock, Recipient, Unit, Group, Task, Kpi, UnitRef, Progress,
                            Evidence, TaskEvent, LogEntry>;

/// Sets a text field of the record `id` (the plan's own id addresses header, preamble, signature and
/// appendix title fields; see fieldNames()). Task "lead" must name a unit of the plan.
struct SetText {
    std::string id;
    std::string field;
    std::string value;
};
/// Inserts a record into the list of its kind under `parentId` (plan id, group id for tasks, task id for
/// coordinators, progress id for evidence) at `index` (clamped to the list's size).
struct InsertRecord {
    std::string parentId;
    std::size_t index = 0;
    Record record;
};
/// Removes the record `id` (a group goes with its tasks).
struct RemoveRecord {
    std::string id;
};
/// Moves the record `id` to `index` in the list under `parentId` (tasks may change group).
struct MoveRecord {
    std::string id;
    std::string parentId;
    std::size_t index = 0;
};

/// Replaces the whole plan (keeping its id), e.g. restoring a saved version; the inverse puts the old one
/// back.
struct ReplacePlan {
    std::shared_ptr<const Plan> plan;
};

using Op = std::variant<SetText, InsertRecord, RemoveRecord, MoveRecord, ReplacePlan>;

/// One user action: its operations are applied in order, all or nothing.
struct Edit {
    std::vector<Op> ops;
};

/// Result of applying an edit: the inverse on success, otherwise a message (Vietnamese) and the plan
/// unchanged.
struct EditResult {
    std::optional<Edit> inverse;
    std::string error;
};

/// Applies `edit` to `plan`. On any failing operation the plan is left exactly as before.
EditResult applyEdit(Plan& plan, const Edit& edit, const Stamp& stamp);

/// The text fields SetText accepts for a record kind ("plan", "legalBasis", "body", "recipient", "unit",
/// "group", "task", "kpi", "progress", "evidence", "event").
std::vector<std::string> fieldNames(const std::string& kind);

/// Value of a text field (nullopt when the record or field does not exist).
std::optional<std::string> textOf(const Plan& plan, const std::string& id, const std::string& field);

// [SECTION] Edits built from the plan's current state

/// Removes a task with its targets (KPIs), progress, events and history.
Edit removeTaskEdit(const Plan& plan, const std::string& taskId);
/// Moves a record up (-1) or down (+1) within its list; empty edit at either end.
Edit moveWithinListEdit(const Plan& plan, const std::string& id, int delta);
/// Moves a task to the end of another group.
Edit moveTaskToGroupEdit(const Plan& plan, const std::string& taskId, const std::string& groupId);
/// Numbers the tasks of a group 1, 2, 3, … (only those whose number differs).
Edit renumberGroupEdit(const Plan& plan, const std::string& groupId);
/// Removes a unit; error text instead when a task still refers to it.
std::optional<Edit> removeUnitEdit(const Plan& plan, const std::string& unitId, std::string& error);

// [SECTION] Undo and redo

/// Undo/redo stacks of edits. A new edit clears the redo stack.
class History {
public:
    /// Applies and records; returns the error text ("" on success). Consecutive edits with the same non-empty
    /// `coalesceKey` (e.g. the keystrokes of one visit to a text field) are undone as one step.
    std::string apply(Plan& plan, const Edit& edit, const Stamp& stamp, const std::string& coalesceKey = "");
    bool canUndo() const { return !m_undo.empty(); }
    bool canRedo() const { return !m_redo.empty(); }
    /// Undoes the last edit; false when there is none (or it no longer applies).
    bool undo(Plan& plan, const Stamp& stamp);
    bool redo(Plan& plan, const Stamp& stamp);
    void clear();

private:
    static constexpr std::size_t kLimit = 500;
    std::vector<Edit> m_undo; ///< inverses of applied edits
    std::vector<Edit> m_redo; ///< inverses of undone edits
    std::string m_lastKey;    ///< coalesce key of the edit on top of m_undo
};

} // namespace domain
