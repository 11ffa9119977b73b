// Every change to a plan is an Edit: a list of primitive operations (set a text field, insert, remove or move
// a record). Applying an edit returns its inverse, which is what undo applies; History keeps both directions.
// Records touched are stamped with who changed them and when; removals leave tombstones. An edit is refused
// (Message) when its result would break a rule of the snapshot, so every plan made by edits imports.
#pragma once

#include "domain/message.hpp"
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
                            Evidence, TaskEvent, LogEntry, KpiCount, OneStopMonth, Report>;

/// A change stamp to put back: the record `id` (or the plan, by its id) gets `stamp` instead of the edit's.
/// The inverses applyEdit returns carry the stamps records had before, so undo restores them exactly and redo
/// re-applies the original edit's stamps.
struct Restamp {
    std::string id;
    Stamp stamp;
};

/// A tombstone at its place (index) in the plan's list of tombstones.
struct PlacedTombstone {
    std::size_t index = 0;
    Tombstone tombstone;
};

/// Sets a text field of the record `id` (the plan's own id addresses header, preamble, signature and
/// appendix title fields; see fieldNames()). The value is stored normalised (normalizeText: control
/// characters removed, NFC). Refused when the record would break a rule of the snapshot (validate.hpp): a
/// task's "lead" must name a unit, a date field must be an ISO date, and so on.
struct SetText {
    std::string id;
    std::string field;
    std::string value;
    std::vector<Restamp> restamp = {};
};
/// Sets a number field of the record `id`: a target's "target" value (finite, not below 0, at most 100 for a
/// share in "%"), a monthly count's "numerator" or "denominator" (a whole number ≥ 0). Refused like SetText.
struct SetNumber {
    std::string id;
    std::string field;
    double value = 0;
    std::vector<Restamp> restamp = {};
};
/// Inserts a record into the list of its kind under `parentId` (plan id, group id for tasks, task id for
/// coordinators, progress id for evidence) at `index` (clamped to the list's size). Its texts are stored
/// normalised; its ids must be new, non-empty and already normalised; what it refers to must exist; a
/// progress record's id must be progressId(task, occurrence). The inserted record is stamped (records it
/// holds keep their stamps).
struct InsertRecord {
    std::string parentId;
    std::size_t index = 0;
    Record record;
    std::vector<Restamp> restamp = {};
    /// Unset: tombstones of ids the record brings are taken away (it is back). Set (an inverse): exactly
    /// these are taken away.
    std::optional<std::vector<PlacedTombstone>> tombstones = std::nullopt;
};
/// Removes the record `id` (a group goes with its tasks). Refused while something still refers to it (a unit
/// named by a task; a task named by a target, progress record, event or history line).
struct RemoveRecord {
    std::string id;
    std::vector<Restamp> restamp = {};
    /// Unset: every id the record brings leaves a tombstone (its kind, the edit's time and author). Set (an
    /// inverse): exactly these are put back, at their places.
    std::optional<std::vector<PlacedTombstone>> tombstones = std::nullopt;
};
/// Moves the record `id` to `index` in the list under `parentId` (tasks may change group).
struct MoveRecord {
    std::string id;
    std::string parentId;
    std::size_t index = 0;
    std::vector<Restamp> restamp = {};
};

/// Replaces the whole plan (keeping its id), e.g. restoring a saved version; the inverse puts the old one
/// back. Refused when the new plan breaks a rule of the snapshot (validatePlan).
struct ReplacePlan {
    std::shared_ptr<const Plan> plan;
    std::vector<Restamp> restamp = {};
};

using Op = std::variant<SetText, SetNumber, InsertRecord, RemoveRecord, MoveRecord, ReplacePlan>;

/// One user action: its operations are applied in order, all or nothing.
struct Edit {
    std::vector<Op> ops;
};

/// Result of applying an edit: the inverse on success, otherwise why not (the plan unchanged).
struct EditResult {
    std::optional<Edit> inverse;
    std::optional<Message> error;
};

/// Applies `edit` to `plan`, stamping what it changes with `stamp` (its time must be ISO-8601 or ""). The
/// result always exports to a snapshot the importer takes back unchanged: an edit after which the plan would
/// break a rule of the snapshot is refused, and on any refusal the plan is left exactly as before. Applying
/// the inverse restores the plan exactly, change stamps and tombstones included.
EditResult applyEdit(Plan& plan, const Edit& edit, const Stamp& stamp);

/// Whether applying `edit` (made at `time`, ISO-8601) again now would write over a change made elsewhere
/// since: a field it sets holds another value and its record was stamped at or after `time`, or a record it
/// removes or moves was stamped after `time`. Inserts are never stale (an id already there is refused).
bool changedSince(const Plan& plan, const Edit& edit, const std::string& time);

/// A record's, or a whole plan's, texts in the form edits store them (normalizeText; ids as they are).
void normalizeTexts(Record& record);
void normalizeTexts(Plan& plan);

/// The text fields SetText accepts for a record kind ("plan", "legalBasis", "body", "recipient", "unit",
/// "group", "task", "kpi", "progress", "evidence", "event").
std::vector<std::string> fieldNames(const std::string& kind);

/// Value of a text field (nullopt when the record or field does not exist).
std::optional<std::string> textOf(const Plan& plan, const std::string& id, const std::string& field);

// [SECTION] Edits built from the plan's current state

/// Removes a task with its targets (KPIs) and their counts, progress, events and history.
Edit removeTaskEdit(const Plan& plan, const std::string& taskId);
/// Removes a target with its monthly counts.
Edit removeKpiEdit(const Plan& plan, const std::string& kpiId);
/// Moves a record up (-1) or down (+1) within its list; empty edit at either end.
Edit moveWithinListEdit(const Plan& plan, const std::string& id, int delta);
/// Moves a task to the end of another group.
Edit moveTaskToGroupEdit(const Plan& plan, const std::string& taskId, const std::string& groupId);
/// Numbers the tasks of a group 1, 2, 3, … (only those whose number differs).
Edit renumberGroupEdit(const Plan& plan, const std::string& groupId);
/// Removes a unit; nullopt and `error` (UnitInUse) when a task still refers to it.
std::optional<Edit> removeUnitEdit(const Plan& plan, const std::string& unitId, Message& error);

// [SECTION] Undo and redo

/// Undo/redo stacks of edits. A new edit clears the redo stack.
class History {
public:
    /// Applies and records; returns why the edit was refused (nullopt on success). Consecutive edits with the
    /// same non-empty `coalesceKey` (e.g. the keystrokes of one visit to a text field) are undone as one
    /// step.
    std::optional<Message> apply(Plan& plan, const Edit& edit, const Stamp& stamp,
                                 const std::string& coalesceKey = "");
    bool canUndo() const { return !m_undo.empty(); }
    bool canRedo() const { return !m_redo.empty(); }
    /// The edit undo (redo) would apply next, or nullptr.
    const Edit* nextUndo() const { return m_undo.empty() ? nullptr : &m_undo.back(); }
    const Edit* nextRedo() const { return m_redo.empty() ? nullptr : &m_redo.back(); }
    /// Undoes the last edit; false when there is none (or it no longer applies). Records get back exactly the
    /// stamps they had, and redo gives them the undone edit's; `stamp` only stamps what a recorded inverse
    /// does not restore (nothing, for inverses made by applyEdit).
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
