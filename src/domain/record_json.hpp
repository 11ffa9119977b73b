// One record in the snapshot's own form (docs/schema.md): what the journal of unsaved edits keeps of an
// inserted record. Written and read by the same code as the whole snapshot (plan_json.cpp).
#pragma once

#include "domain/edit.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace domain {

/// The record's kind, as the journal names it: "legalBasis", "body", "recipient", "unit", "group", "task",
/// "kpi", "coordinator", "progress", "evidence", "event", "log".
const char* recordKind(const Record& record);

/// The record as canonical JSON text, exactly as it stands in a snapshot.
std::string recordJson(const Record& record);

/// The record of `kind` read from `j` (texts normalised, as the importer reads them); nullopt when it is not
/// such a record. Never throws. Whether it fits a plan is applyEdit's to say.
std::optional<Record> readRecord(const std::string& kind, const nlohmann::json& j);

/// A whole plan as a replacing edit carries it: read like a snapshot, but not checked against the rules (the
/// edit is, when it is applied). Never throws.
std::optional<Plan> readPlanAsIs(const nlohmann::json& j);

} // namespace domain
