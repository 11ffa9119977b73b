// Comparing and merging two copies of a plan (issue 14): a diff for people before anything changes, and a
// three-way merge against the common ancestor. Both work on the plan as records — every object of the
// snapshot that has an id (the plan itself, groups, tasks, units, progress, …) with its fields (nested
// objects flattened: "header.title"), where it lives ("@in": the owner and list) and its place in that list.
// Records are matched by id; the small lists owned by one record (a task's coordinators, a progress record's
// evidence) by owner and id. Modification stamps are not fields: a merged record carries the later stamp.
#pragma once

#include "domain/plan.hpp"
#include "domain/plan_json.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace domain {

/// One field that differs, for people: "Sản phẩm", and both values as text ("" when absent).
struct FieldDifference {
    std::string field; ///< "product", "header.title", "@in"
    std::string label; ///< "Sản phẩm"
    std::string mine, theirs;
};

enum class RecordChange { Added, Removed, Changed };

/// One record that differs between my copy and theirs.
struct RecordDifference {
    std::string key;   ///< the record's id ("task-2-1"; "task-2-1/task-2-1-co1" for a coordinator)
    std::string kind;  ///< the list it lives in: "tasks", "progress", … ("plan" for the plan itself)
    std::string label; ///< "Nhiệm vụ II.1", "Tiến độ IV.4 · Quý II/2024"
    RecordChange change = RecordChange::Changed; ///< Added: only theirs has it; Removed: only mine
    std::vector<FieldDifference> fields;         ///< what changed (every field for Added/Removed)
};

/// What differs between `mine` and `theirs`, record by record, in the order of the plan. Never throws.
std::vector<RecordDifference> diffPlans(const Plan& mine, const Plan& theirs);

/// A field changed on both sides differently, or a record deleted on one side and edited on the other
/// (`field` empty), or — without a common ancestor — any difference at all.
struct MergeConflict {
    std::string key;
    std::string field;                             ///< "" for the record itself (kept or deleted)
    std::string label;                             ///< "Nhiệm vụ IV.1 — Sản phẩm"
    std::optional<std::string> base, mine, theirs; ///< the values as JSON text; nullopt: absent / deleted
};

/// How a conflict is settled.
enum class Resolution { Mine, Theirs };

struct MergeResult {
    std::vector<MergeConflict> conflicts;
    /// The merged plan as JSON with each conflict settled as `resolutions` say (mine when not said).
    std::string mergedJson(const std::vector<Resolution>& resolutions = {}) const;
    /// The same, read back and checked like any import (a merge that breaks a rule is refused, not stored).
    ImportResult merged(const std::vector<Resolution>& resolutions = {}) const;

    struct State;
    std::shared_ptr<const State> state;
};

/// Three-way merge of `theirs` into `mine` against `base`, their newest common version (nullptr when there is
/// none: then every difference is a conflict for the user to decide). A field changed on one side only is
/// taken; changed on both to the same value is taken; changed on both differently is a conflict; a deletion
/// against an edit is a conflict; a record deleted (tombstone) stays deleted; lists merge by key and their
/// order by a rule that does not depend on which side is "mine". Never throws (an empty result on failure).
MergeResult mergePlans(const Plan* base, const Plan& mine, const Plan& theirs);

} // namespace domain
