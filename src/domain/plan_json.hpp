// The plan as a versioned JSON snapshot ("schema": "kstthc-plan", "version": 1): canonical export and a
// validating import that names the JSON path and the reason of every rejection. See docs/schema.md.
#pragma once

#include "domain/legacy_text.hpp"
#include "domain/message.hpp"
#include "domain/plan.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace domain {

inline constexpr const char* kPlanSchema = "kstthc-plan";
/// The newest version read. A snapshot is written with the oldest version that holds what it has: 2 when it
/// has monthly counts of targets ("counts"), else 1, so that an app that knows only version 1 still reads it.
inline constexpr int kPlanSchemaVersion = 2;
inline constexpr std::size_t kMaxImportBytes = 50u * 1024u * 1024u;
inline constexpr int kMaxImportDepth = 64;

/// One reason an import was refused: where (JSON path such as "appendix.groups[2].tasks[0].lead", "" for the
/// file as a whole) and why (worded by the UI: ui::importErrorText).
struct ImportError {
    std::string path;
    Message message;
};

/// Outcome of an import: the plan when valid, otherwise the errors (never both).
struct ImportResult {
    std::optional<Plan> plan;
    std::vector<ImportError> errors;
};

/// Canonical JSON text of the plan: keys sorted, records in plan order, 2-space indent, UTF-8, final newline.
/// Two exports of the same plan are byte-identical.
std::string exportPlanJson(const Plan& plan);

/// Parses and validates a snapshot. Checks size (≤ 50 MB), UTF-8 validity and nesting depth (≤ 64) before
/// parsing (a number beyond the range of a double is refused with its path), then types and required fields,
/// then every rule of validatePlan (validate.hpp). Texts are stored normalised (normalizeText); progress
/// records get their derived ids (progressId), whatever ids an older file gave them. Never throws.
ImportResult importPlanJson(std::string_view text);

/// True when `text` is well-formed UTF-8 (no overlongs, surrogates or code points above U+10FFFF).
bool isValidUtf8(std::string_view text);

/// The legacy encoding (TCVN3, VNI) the plan's texts, all taken together, are plainly written in, or None.
LegacyEncoding detectPlanLegacyEncoding(const Plan& plan);

/// The plan with every text converted from `encoding` to Unicode (ids, dates and numbers are ASCII and stay).
Plan convertPlanLegacy(const Plan& plan, LegacyEncoding encoding);

} // namespace domain
