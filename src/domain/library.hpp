// Rules of the plan library (the plans stored side by side): their order in the list, duplicating a plan,
// the exported file's name, which saved versions to keep, and when to remind the user to export a copy.
// Storage itself is the UI's (ui/plan_store); these are the decisions, testable without a browser.
#pragma once

#include "domain/plan.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace domain {

/// What the plan list shows of a stored plan.
struct PlanSummary {
    std::string id;
    std::string title;
    int year = 0;
    std::string modified; ///< the newest change anywhere in the plan (lastChange; ISO-8601 UTC)
    std::string origin;   ///< where its content came from (Settings::origins), "" when made here
};

/// The newest modification stamp of the plan or any record in it, deletions included: what "Sửa lần cuối"
/// shows, so that recording progress counts as a change as much as editing a task does.
std::string lastChange(const Plan& plan);

/// Newest year first, then titles in Vietnamese alphabetical order, then ids (a total, stable order).
void sortPlanSummaries(std::vector<PlanSummary>& plans);

/// A copy of `plan` under a new id, stamped as made now, with `suffix` appended to its title (" (bản sao)").
Plan duplicatePlan(const Plan& plan, const std::string& newId, const std::string& time,
                   const std::string& author, const std::string& suffix);

/// File name of an exported snapshot: "<place>-<year>-<date>.json", the place as a slug of the plan's place
/// (or issuing body), `localDate` the export day as "YYYY-MM-DD". Never empty, ASCII only.
std::string exportFileName(const Plan& plan, const std::string& localDate);

// [SECTION] Saved versions

inline constexpr std::size_t kMaxVersions = 20;                    ///< per plan
inline constexpr std::size_t kMaxVersionBytes = 20u * 1024 * 1024; ///< per plan, all versions together
inline constexpr double kVersionEveryMs = 10 * 60 * 1000.0;        ///< at most one version per 10 minutes

/// One stored version file.
struct VersionFile {
    std::string name; ///< "20240715T083000Z.json"
    std::size_t bytes = 0;
};

/// Whether to keep a version now: always when asked (before a restore or a replacement), else when none was
/// kept for this plan (lastKeptMs < 0) or the last one is at least 10 minutes old.
bool versionDue(double lastKeptMs, double nowMs, bool always);

/// Version file name for a UTC time "2024-07-15T08:30:00Z" → "20240715T083000Z.json".
std::string versionFileName(const std::string& isoUtc);

/// The ISO-8601 UTC time a version file name stands for ("" when the name is not a version name).
std::string versionTime(const std::string& name);

/// The names of `files` (any order) that are version files, newest first.
std::vector<std::string> newestVersionsFirst(const std::vector<VersionFile>& files);

/// Which versions to delete: the newest is always kept; after it, versions are kept newest first while there
/// are fewer than 20 and their total stays within 20 MB. Returns the names to remove.
std::vector<std::string> versionsToPrune(const std::vector<VersionFile>& files);

// [SECTION] Backup reminder

inline constexpr double kBackupRemindMs = 7 * 24 * 3600 * 1000.0; ///< remind to export after 7 days…
inline constexpr int kBackupRemindEdits = 50;                     ///< …or 50 edits

/// True when the user should be reminded to export a JSON copy: 50 edits since the last export, or 7 days
/// since it (or since the first use, when never exported). Wall times in ms since epoch, 0 = unknown.
bool backupDue(double lastExportMs, double firstUseMs, int editsSinceExport, double nowMs);

} // namespace domain
