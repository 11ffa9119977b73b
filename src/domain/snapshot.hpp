// Reading a snapshot file the user picked or dropped, whatever tool wrote it: UTF-8 JSON, or Windows-1252
// bytes carrying TCVN3/VNI text from old tools; and the rule that decides under which id an imported plan is
// stored, so that an import never overwrites or deletes another stored plan.
#pragma once

#include "domain/legacy_text.hpp"
#include "domain/plan.hpp"
#include "domain/plan_json.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace domain {

struct Snapshot {
    std::optional<Plan> plan;        ///< the plan as read (when valid)
    std::vector<ImportError> errors; ///< why it was refused (when not)
    /// When the plan's texts are in an old encoding: which, and the same plan converted to Unicode.
    LegacyEncoding legacy = LegacyEncoding::None;
    std::optional<Plan> converted;
};

/// Reads a snapshot's bytes. When they are not UTF-8 but read as Windows-1252 they give a valid plan in a
/// recognisable old encoding, that reading is taken; otherwise the UTF-8 error stands. Never throws.
Snapshot readSnapshot(std::string_view bytes);

/// How an imported plan is stored.
enum class ImportPlacement {
    ReplaceOpen, ///< becomes the new content of the open plan (undoable; the old content kept as a version)
    AddAsIs,     ///< stored as a new plan under its own id
    AddNewId,    ///< stored as a new plan under a fresh id (its id is taken by another stored plan)
};

/// The rule: "replace" always replaces the open plan's content, whatever the snapshot's id (nothing stored is
/// deleted); "add" keeps the snapshot's id unless a stored plan (or the open one) already has it.
ImportPlacement placeImport(bool replace, bool hasOpenPlan, bool idAlreadyStored);

} // namespace domain
