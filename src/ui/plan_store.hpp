// The stored plans, their saved versions and the settings, in the browser's storage (platform, /data).
// No ImGui: it reads and writes files and applies the domain's library rules (library.hpp). A damaged plan
// file is set aside (renamed *.damaged), never deleted; nothing is deleted but by the user's own delete.
#pragma once

#include "domain/library.hpp"
#include "domain/plan.hpp"
#include "domain/plan_json.hpp"
#include "domain/settings.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ui {

/// A stored plan file that could not be read and was set aside.
struct DamagedFile {
    std::string name;
    domain::ImportError error;
};

/// One saved version, as the versions window lists it.
struct VersionInfo {
    std::string name; ///< file name, "20240715T083000Z.json"
    std::string time; ///< ISO-8601 UTC
    bool readable = false;
    std::size_t tasks = 0, progress = 0;
};

class PlanStore {
public:
    /// Storage answered and can be used.
    bool ready() const;
    /// Creates the folders (call once storage is ready).
    void prepare();

    /// The stored settings; `reset` says a damaged settings file was replaced by defaults.
    domain::SettingsDecode readSettings() const;
    bool writeSettings(const domain::Settings& settings);

    /// Summaries of every stored plan, in the library's order. Damaged files are renamed aside and listed
    /// in `damaged`.
    std::vector<domain::PlanSummary> list(std::vector<DamagedFile>& damaged);
    bool exists(const std::string& id) const;
    std::optional<domain::Plan> read(const std::string& id) const;
    /// Writes the plan (temporary file + rename) and keeps a version when one is due.
    bool write(const domain::Plan& plan, double wallNowMs);
    /// contentHash of the text write() last wrote for the plan `id` ("" when none).
    std::string lastWrittenHash(const std::string& id) const {
        const auto it = m_writtenHash.find(id);
        return it == m_writtenHash.end() ? std::string() : it->second;
    }
    /// contentHash of the stored plan's text ("" when there is none).
    std::string storedHash(const std::string& id) const;
    /// Deletes a stored plan and all its versions (the user's confirmed delete).
    void remove(const std::string& id);

    /// Keeps a copy of `text` as a version of the plan (at most one per 10 minutes unless `always`), then
    /// prunes to the newest 20 and 20 MB.
    void keepVersion(const std::string& planId, const std::string& text, bool always, double wallNowMs);
    /// The plan's versions, newest first, each read to say what it holds.
    std::vector<VersionInfo> versions(const std::string& planId) const;
    std::optional<domain::Plan> readVersion(const std::string& planId, const std::string& name) const;

    /// Sends what was written to IndexedDB (async; the platform reports the result).
    void push();

    /// The built-in plan shipped with the app.
    static std::optional<domain::Plan> builtin();
    /// The built-in plan's id (read once): a plan with this id is the sample, or the user's edit of it.
    static const std::string& builtinId();

private:
    std::map<std::string, std::string> m_writtenHash; ///< by plan id
    std::map<std::string, double> m_lastVersionWall;  ///< plan id → when its last version was kept
};

} // namespace ui
