// Stored plans, versions and settings (see plan_store.hpp).
#include "ui/plan_store.hpp"

#include "domain/journal.hpp"

#include "platform/platform.hpp"
#include "ui/clock.hpp"

namespace ui {

namespace {

constexpr const char* kPlansDir = "/data/plans";
constexpr const char* kSettingsFile = "/data/settings.json";
constexpr const char* kVersionsDir = "/data/versions";
constexpr const char* kBuiltinPlan = "/assets/plans/hoa-tan-tay-2024.json";

std::string planPath(const std::string& id) {
    return std::string(kPlansDir) + "/" + id + ".json";
}

std::string versionsDir(const std::string& planId) {
    return std::string(kVersionsDir) + "/" + planId;
}

bool isJsonName(const std::string& name) {
    return name.size() > 5 && name.compare(name.size() - 5, 5, ".json") == 0;
}

std::optional<domain::Plan> parse(const std::optional<std::string>& text,
                                  domain::ImportError* error = nullptr) {
    if (!text)
        return std::nullopt;
    domain::ImportResult r = domain::importPlanJson(*text);
    if (!r.plan && error && !r.errors.empty())
        *error = r.errors.front();
    return std::move(r.plan);
}

std::vector<domain::VersionFile> versionFiles(const std::string& planId) {
    std::vector<domain::VersionFile> files;
    for (const std::string& name : platform::listFiles(versionsDir(planId)))
        files.push_back({name, platform::fileSize(versionsDir(planId) + "/" + name)});
    return files;
}

} // namespace

bool PlanStore::ready() const {
    return platform::storageState() == platform::StorageState::Ready;
}

void PlanStore::prepare() {
    platform::makeDir(kPlansDir);
}

domain::SettingsDecode PlanStore::readSettings() const {
    const std::optional<std::string> text = platform::readFile(kSettingsFile);
    if (!text)
        return {}; // first start: defaults, nothing to report
    return domain::decodeSettings(*text);
}

bool PlanStore::writeSettings(const domain::Settings& settings) {
    return platform::writeFileAtomic(kSettingsFile, domain::encodeSettings(settings));
}

std::vector<domain::PlanSummary> PlanStore::list(std::vector<DamagedFile>& damaged) {
    std::vector<domain::PlanSummary> plans;
    for (const std::string& name : platform::listFiles(kPlansDir)) {
        if (!isJsonName(name))
            continue;
        const std::string path = std::string(kPlansDir) + "/" + name;
        domain::ImportError error;
        const std::optional<domain::Plan> p = parse(platform::readFile(path), &error);
        if (!p) {
            platform::renameFile(path, path + ".damaged"); // kept for whoever can mend it
            damaged.push_back({name, error});
            continue;
        }
        plans.push_back({p->meta.id, p->title, p->year, domain::lastChange(*p), {}});
    }
    if (!damaged.empty())
        push();
    domain::sortPlanSummaries(plans);
    return plans;
}

bool PlanStore::exists(const std::string& id) const {
    return platform::fileSize(planPath(id)) > 0; // a stat, not a read: plans can be megabytes
}

std::optional<domain::Plan> PlanStore::read(const std::string& id) const {
    return parse(platform::readFile(planPath(id)));
}

bool PlanStore::write(const domain::Plan& plan, double wallNowMs) {
    const std::string text = domain::exportPlanJson(plan);
    prepare(); // a reload from storage that held nothing yet removes the folder along with everything else
    if (!platform::writeFileAtomic(planPath(plan.meta.id), text))
        return false;
    m_writtenHash[plan.meta.id] = domain::contentHash(text);
    keepVersion(plan.meta.id, text, false, wallNowMs);
    return true;
}

std::string PlanStore::storedHash(const std::string& id) const {
    const std::optional<std::string> text = platform::readFile(planPath(id));
    return text ? domain::contentHash(*text) : std::string();
}

void PlanStore::remove(const std::string& id) {
    platform::removeFile(planPath(id));
    for (const std::string& name : platform::listFiles(versionsDir(id)))
        platform::removeFile(versionsDir(id) + "/" + name);
    platform::removeDir(versionsDir(id));
    m_lastVersionWall.erase(id);
    push();
}

void PlanStore::keepVersion(const std::string& planId, const std::string& text, bool always,
                            double wallNowMs) {
    const auto last = m_lastVersionWall.find(planId);
    if (!domain::versionDue(last == m_lastVersionWall.end() ? -1 : last->second, wallNowMs, always))
        return;
    platform::makeDir(kVersionsDir);
    platform::makeDir(versionsDir(planId));
    if (!platform::writeFileAtomic(versionsDir(planId) + "/" + domain::versionFileName(utcNowIso()), text))
        return;
    m_lastVersionWall[planId] = wallNowMs;
    for (const std::string& name : domain::versionsToPrune(versionFiles(planId)))
        platform::removeFile(versionsDir(planId) + "/" + name);
}

std::vector<VersionInfo> PlanStore::versions(const std::string& planId) const {
    std::vector<VersionInfo> rows;
    for (const std::string& name : domain::newestVersionsFirst(versionFiles(planId))) {
        const std::optional<domain::Plan> plan = readVersion(planId, name);
        VersionInfo row{name, domain::versionTime(name), plan.has_value(), 0, 0};
        if (plan) {
            row.tasks = domain::taskCount(*plan);
            row.progress = plan->progress.size();
        }
        rows.push_back(row);
    }
    return rows;
}

std::optional<domain::Plan> PlanStore::readVersion(const std::string& planId, const std::string& name) const {
    return parse(platform::readFile(versionsDir(planId) + "/" + name));
}

void PlanStore::push() {
    platform::storagePush();
}

std::optional<domain::Plan> PlanStore::builtin() {
    return parse(platform::readFile(kBuiltinPlan));
}

const std::string& PlanStore::builtinId() {
    static const std::string id = [] {
        const std::optional<domain::Plan> plan = builtin();
        return plan ? plan->meta.id : std::string();
    }();
    return id;
}

} // namespace ui
