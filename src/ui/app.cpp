// The application (see app.hpp): stored plans, applying actions, dialogs, the main window and its views.
#include "ui/app.hpp"

#include "domain/plan_json.hpp"
#include "domain/text.hpp"
#include "platform/platform.hpp"
#include "ui/i18n.hpp"
#include "ui/views/document_view.hpp"
#include "ui/views/units_view.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>
#include <imgui_internal.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <ctime>

namespace ui {

namespace {

constexpr const char* kPlansDir = "/data/plans";
constexpr const char* kSettingsFile = "/data/settings.json";
constexpr const char* kVersionsDir = "/data/versions";
constexpr std::size_t kMaxVersions = 20;                    ///< per plan
constexpr std::size_t kMaxVersionBytes = 20u * 1024 * 1024; ///< per plan, all versions together
constexpr double kVersionEveryMs = 10 * 60 * 1000.0;       ///< a new version at most every 10 minutes of work
constexpr double kBackupRemindMs = 7 * 24 * 3600 * 1000.0; ///< remind to export after 7 days…
constexpr int kBackupRemindEdits = 50;                     ///< …or 50 edits
constexpr const char* kBuiltinPlan = "/assets/plans/hoa-tan-tay-2024.json";
constexpr double kSaveQuietMs = 300;          ///< save this long after the last edit…
constexpr double kSaveMaxMs = 800;            ///< …but never later than this after the first unsaved one
constexpr const char* kAuthor = "Người dùng"; // i18n-ok: stored author until users set their name

std::string formatTime(const char* format, bool utc) {
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    if (utc)
        gmtime_r(&t, &tm);
    else
        localtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, format, &tm);
    return buf;
}

double wallNowMs() {
    using namespace std::chrono;
    return static_cast<double>(duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count());
}

std::string localHourMinute(double wallMs) {
    const std::time_t t = static_cast<std::time_t>(wallMs / 1000);
    std::tm tm{};
    localtime_r(&t, &tm);
    char buf[8];
    std::strftime(buf, sizeof buf, "%H:%M", &tm);
    return buf;
}

/// "2024-01-15T08:30:00Z" (stored, UTC) → "15/01/2024 15:30" in the computer's time zone.
std::string displayTime(const std::string& iso) {
    std::tm tm{};
    if (iso.size() < 19 || std::sscanf(iso.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d", &tm.tm_year, &tm.tm_mon,
                                       &tm.tm_mday, &tm.tm_hour, &tm.tm_min, &tm.tm_sec) != 6)
        return domain::formatDate(iso);
    tm.tm_year -= 1900;
    tm.tm_mon -= 1;
    const std::time_t t = timegm(&tm);
    std::tm local{};
    localtime_r(&t, &local);
    char buf[24];
    std::strftime(buf, sizeof buf, "%d/%m/%Y %H:%M", &local);
    return buf;
}

std::string planPath(const std::string& id) {
    return std::string(kPlansDir) + "/" + id + ".json";
}

std::string versionsDir(const std::string& planId) {
    return std::string(kVersionsDir) + "/" + planId;
}

/// Version files of a plan, newest first ("20240715T083000Z.json": names sort by time).
std::vector<std::string> versionFiles(const std::string& planId) {
    std::vector<std::string> names = platform::listFiles(versionsDir(planId));
    names.erase(std::remove_if(
                    names.begin(), names.end(),
                    [](const std::string& n) { return n.size() < 6 || n.substr(n.size() - 5) != ".json"; }),
                names.end());
    std::sort(names.rbegin(), names.rend());
    return names;
}

/// "20240715T083000Z.json" → "15/07/2024 15:30" in local time.
std::string versionTime(const std::string& name) {
    if (name.size() < 16)
        return name;
    const std::string iso = name.substr(0, 4) + "-" + name.substr(4, 2) + "-" + name.substr(6, 2) + "T" +
                            name.substr(9, 2) + ":" + name.substr(11, 2) + ":" + name.substr(13, 2) + "Z";
    return displayTime(iso);
}

/// What the user should read for a storage error the browser reported.
std::string storageProblem(const std::string& error) {
    if (error.find("Quota") != std::string::npos)
        return tr(Str::StorageFull);
    const bool blocked = error.find("not available") != std::string::npos; // i18n-ok: the browser's words
    if (blocked || error.find("Security") != std::string::npos ||
        error.find("InvalidState") != std::string::npos)
        return tr(Str::StorageBlocked);
    return error;
}

std::optional<domain::Plan> parsePlan(const std::optional<std::string>& text, std::string* error = nullptr) {
    if (!text)
        return std::nullopt;
    domain::ImportResult r = domain::importPlanJson(*text);
    if (!r.plan && error && !r.errors.empty())
        *error = domain::formatImportError(r.errors[0], language() == Lang::Vi);
    return std::move(r.plan);
}

std::optional<domain::Plan> builtinPlan() {
    return parsePlan(platform::readFile(kBuiltinPlan));
}

/// A modal that is open exactly while `wanted` is true. Returns true while it is showing (call EndPopup).
bool modal(const char* title, bool wanted) {
    if (wanted && !ImGui::IsPopupOpen(title))
        ImGui::OpenPopup(title);
    return ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_AlwaysAutoResize);
}

void wrappedText(const std::string& text) {
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 34);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
}

} // namespace

App::App() : m_rng(std::random_device{}()) {}

void App::start() {
    platform::storageMount();
    platform::tabsStart();
}

void App::changeZoom(int step) {
    static constexpr float kLevels[] = {0.8f, 0.9f, 1.0f, 1.1f, 1.25f, 1.5f, 1.75f, 2.0f};
    constexpr int count = static_cast<int>(sizeof(kLevels) / sizeof(kLevels[0]));
    int at = 2;
    for (int i = 0; i < count; ++i)
        if (kLevels[i] <= m_zoom + 0.001f)
            at = i;
    at = step == 0 ? 2 : std::clamp(at + step, 0, count - 1);
    if (kLevels[at] != m_zoom) {
        m_zoom = kLevels[at];
        m_settingsDirty = true;
        m_lastEditMs = platform::nowMs();
    }
}

bool App::canWrite() const {
    return platform::tabRole() == platform::TabRole::Writer;
}

void App::flushNow() {
    if (!m_plan || !(m_dirty || m_settingsDirty))
        return;
    m_lastEditMs = m_firstDirtyMs = -1e9; // due now
    saveIfDue(platform::nowMs(), true);
}

void App::reloadFromStorage() {
    if (platform::storageState() != platform::StorageState::Ready)
        return;
    const std::string current = m_plan ? m_plan->meta.id : std::string();
    auto fromFile = [](const std::string& id) { return parsePlan(platform::readFile(planPath(id))); };
    std::optional<domain::Plan> stored = current.empty() ? std::nullopt : fromFile(current);
    if (!stored) {
        refreshPlanList();
        if (!m_plans.empty())
            stored = fromFile(m_plans.front().id);
    }
    if (!stored)
        return;
    m_plan = std::move(stored);
    refreshPlanList();
    ++m_revision;
    m_history.clear(); // edits made elsewhere: this tab's undo steps no longer apply
    m_dirty = false;
    m_reloaded = true;
}

std::string App::newId(const char* prefix) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string id = std::string(prefix) + "-";
    const std::uint64_t r = m_rng();
    for (int i = 0; i < 12; ++i)
        id += kHex[(r >> (i * 4)) & 0xF];
    return id;
}

domain::Stamp App::stamp() const {
    return {formatTime("%Y-%m-%dT%H:%M:%SZ", true), kAuthor};
}

// [SECTION] Storage

std::optional<domain::Plan> App::readStoredPlan(const std::string& id) {
    if (m_plan && m_plan->meta.id == id)
        return m_plan;
    return parsePlan(platform::readFile(planPath(id)));
}

bool App::storedPlanExists(const std::string& id) const {
    for (const PlanSummary& s : m_plans)
        if (s.id == id)
            return true;
    return false;
}

void App::refreshPlanList() {
    m_plans.clear();
    if (platform::storageState() != platform::StorageState::Ready) {
        if (m_plan)
            m_plans.push_back(
                {m_plan->meta.id, m_plan->title, m_plan->year, displayTime(m_plan->meta.modified)});
        return;
    }
    for (const std::string& name : platform::listFiles(kPlansDir)) {
        if (name.size() < 6 || name.compare(name.size() - 5, 5, ".json") != 0)
            continue;
        const std::string path = std::string(kPlansDir) + "/" + name;
        std::string error;
        std::optional<domain::Plan> p = parsePlan(platform::readFile(path), &error);
        if (!p) {
            // Keep the damaged file (renamed, never deleted) and say so.
            platform::renameFile(path, path + ".damaged");
            platform::storagePush();
            m_storageMessage = std::string(tr(Str::StoredPlanDamaged)) + " " + name + " — " + error;
            continue;
        }
        const domain::Plan& shown = (m_plan && m_plan->meta.id == p->meta.id) ? *m_plan : *p;
        m_plans.push_back({shown.meta.id, shown.title, shown.year, displayTime(shown.meta.modified)});
    }
    // Newest year first, then by title in Vietnamese alphabetical order.
    std::stable_sort(m_plans.begin(), m_plans.end(), [](const PlanSummary& a, const PlanSummary& b) {
        if (a.year != b.year)
            return a.year > b.year;
        return domain::compareVietnamese(a.title, b.title) < 0;
    });
}

void App::loadStored() {
    m_loaded = true;
    std::string currentId;
    if (platform::storageState() == platform::StorageState::Ready) {
        platform::makeDir(kPlansDir);
        if (auto text = platform::readFile(kSettingsFile)) {
            const auto j = nlohmann::json::parse(*text, nullptr, false);
            if (j.is_object()) {
                currentId = j.value("currentPlan", "");
                setLanguage(j.value("language", "vi") == "en" ? Lang::En : Lang::Vi);
                platform::setPageTitle(tr(Str::AppTitle));
                m_zoom = std::clamp(j.value("zoom", 1.0f), 0.8f, 2.0f);
                const std::string today = j.value("today", "");
                m_todayOverride = domain::parseIsoDate(today) ? today : "";
                m_lastExportWall = j.value("lastExport", 0.0);
                m_editsSinceExport = j.value("editsSinceExport", 0);
                m_firstUseWall = j.value("firstUse", 0.0);
            }
        }
        refreshPlanList();
        if (!currentId.empty() && !storedPlanExists(currentId)) {
            // The current plan's file is gone or was damaged (set aside above): its newest good version.
            for (const std::string& name : versionFiles(currentId)) {
                m_plan = parsePlan(platform::readFile(versionsDir(currentId) + "/" + name));
                if (m_plan) {
                    m_dirty = true;
                    m_storageMessage += std::string(m_storageMessage.empty() ? "" : " ") +
                                        tr(Str::OpenedVersion) + " " + versionTime(name);
                    break;
                }
            }
        }
        if (!m_plan && !storedPlanExists(currentId))
            currentId = m_plans.empty() ? "" : m_plans.front().id;
        if (!m_plan && !currentId.empty())
            m_plan = readStoredPlan(currentId);
    } else {
        m_storageMessage =
            std::string(tr(Str::StorageUnavailable)) + " " + storageProblem(platform::storageError());
    }
    if (m_firstUseWall == 0) {
        m_firstUseWall = wallNowMs();
        m_settingsDirty = true;
    }
    if (!m_plan) {
        // First visit (or nothing usable stored): the built-in plan, stored at once so it is in the list.
        m_plan = builtinPlan();
        m_dirty = m_plan.has_value();
        m_settingsDirty = true;
    }
    refreshPlanList();
}

bool App::writePlan(const domain::Plan& plan) {
    const std::string text = domain::exportPlanJson(plan);
    if (!platform::writeFileAtomic(planPath(plan.meta.id), text))
        return false;
    keepVersion(plan.meta.id, text, false);
    return true;
}

void App::keepVersion(const std::string& planId, const std::string& text, bool always) {
    const double now = wallNowMs();
    auto last = m_lastVersionWall.find(planId);
    if (!always && last != m_lastVersionWall.end() && now - last->second < kVersionEveryMs)
        return;
    platform::makeDir(kVersionsDir);
    platform::makeDir(versionsDir(planId));
    const std::string name = formatTime("%Y%m%dT%H%M%SZ", true) + ".json";
    if (!platform::writeFileAtomic(versionsDir(planId) + "/" + name, text))
        return;
    m_lastVersionWall[planId] = now;
    // Keep the newest 20, and no more than 20 MB of them.
    std::size_t bytes = 0, kept = 0;
    for (const std::string& n : versionFiles(planId)) {
        const std::string path = versionsDir(planId) + "/" + n;
        const std::size_t size = platform::fileSize(path);
        if (kept < kMaxVersions && (kept == 0 || bytes + size <= kMaxVersionBytes)) {
            ++kept;
            bytes += size;
        } else {
            platform::removeFile(path);
        }
    }
}

void App::restoreVersion(const std::string& name, double nowMs) {
    if (!m_plan)
        return;
    auto older = parsePlan(platform::readFile(versionsDir(m_plan->meta.id) + "/" + name));
    if (!older) {
        m_message = Message{"", tr(Str::VersionUnreadable)};
        return;
    }
    keepVersion(m_plan->meta.id, domain::exportPlanJson(*m_plan), true); // what is replaced stays restorable
    applyEdit(domain::Edit{{domain::ReplacePlan{std::make_shared<const domain::Plan>(std::move(*older))}}},
              "", "", nowMs);
}

void App::writeSettings() {
    nlohmann::json j;
    j["currentPlan"] = m_plan ? m_plan->meta.id : "";
    j["language"] = language() == Lang::En ? "en" : "vi";
    j["today"] = m_todayOverride;
    j["zoom"] = m_zoom;
    j["lastExport"] = m_lastExportWall;
    j["editsSinceExport"] = m_editsSinceExport;
    j["firstUse"] = m_firstUseWall;
    platform::writeFileAtomic(kSettingsFile, j.dump(2) + "\n");
}

void App::openPlan(domain::Plan plan) {
    if (m_plan && m_dirty)
        writePlan(*m_plan);
    m_plan = std::move(plan);
    ++m_revision;
    m_history.clear();
    m_appendix.selected.clear();
    m_progress.selectedTask.clear();
    m_textEdit.owner = 0;
    m_dirty = true; // written at the next save, with the settings that name it current
    m_settingsDirty = true;
    refreshPlanList();
}

domain::Date App::today() const {
    if (const auto d = domain::parseIsoDate(m_todayOverride))
        return *d;
    return domain::parseIsoDate(formatTime("%Y-%m-%d", false)).value_or(domain::Date{2024, 1, 1});
}

void App::markDirty(double nowMs) {
    ++m_revision;
    if (!m_dirty)
        m_firstDirtyMs = nowMs;
    m_dirty = true;
    m_lastEditMs = nowMs;
}

void App::saveIfDue(double nowMs, bool stepDown) {
    // Only the writing tab writes (or the tab handing over, once more, before it stops).
    const bool ready = platform::storageState() == platform::StorageState::Ready && (canWrite() || stepDown);
    if (!(m_dirty || m_settingsDirty) || !m_plan || !ready) {
        platform::setUnsavedChanges((m_dirty && canWrite()) || platform::pushStatus().inFlight);
        return;
    }
    const double due = std::min(m_lastEditMs + kSaveQuietMs, m_firstDirtyMs + kSaveMaxMs);
    if (m_dirty && nowMs < due) {
        platform::wakeAfter(due - nowMs);
        platform::setUnsavedChanges(true);
        return;
    }
    bool ok = true;
    const double started = platform::nowMs();
    if (m_dirty)
        ok = writePlan(*m_plan);
    if (ok && m_settingsDirty)
        writeSettings();
    m_lastSaveMs = platform::nowMs() - started; // the main thread is blocked this long (the push is async)
    if (ok) {
        m_dirty = false;
        m_settingsDirty = false;
        platform::storagePush();
        const PlanSummary current{m_plan->meta.id, m_plan->title, m_plan->year,
                                  displayTime(m_plan->meta.modified)};
        bool listed = false;
        for (PlanSummary& s : m_plans)
            if (s.id == current.id) {
                s = current;
                listed = true;
            }
        if (!listed)
            m_plans.push_back(current);
    }
    platform::setUnsavedChanges(m_dirty || platform::pushStatus().inFlight);
}

// [SECTION] Actions

void App::applyEdit(const domain::Edit& edit, const std::string& undoKey, const std::string& select,
                    double nowMs) {
    if (!m_plan || edit.ops.empty())
        return;
    const std::string error = m_history.apply(*m_plan, edit, stamp(), undoKey);
    if (!error.empty()) {
        m_message = Message{"", std::string(tr(Str::EditRefused)) + " " + error};
        return;
    }
    if (!select.empty())
        m_appendix.selected = select;
    if (undoKey.empty() || undoKey != m_lastUndoKey)
        ++m_editsSinceExport; // keystrokes in one field count once
    m_lastUndoKey = undoKey;
    m_settingsDirty = true;
    markDirty(nowMs);
}

void App::runPlanCommand(const PlanCommand& cmd, double nowMs) {
    using Kind = PlanCommand::Kind;
    const domain::Stamp s = stamp();
    switch (cmd.kind) {
    case Kind::Open:
        if (auto p = readStoredPlan(cmd.planId))
            openPlan(std::move(*p));
        break;
    case Kind::Rename:
        if (m_plan && cmd.planId == m_plan->meta.id) {
            applyEdit(domain::Edit{{domain::SetText{cmd.planId, "title", cmd.text}}}, "", "", nowMs);
        } else if (auto p = readStoredPlan(cmd.planId)) {
            domain::applyEdit(*p, domain::Edit{{domain::SetText{cmd.planId, "title", cmd.text}}}, s);
            writePlan(*p);
            platform::storagePush();
        }
        break;
    case Kind::Duplicate:
        if (auto p = readStoredPlan(cmd.planId)) {
            p->meta = {newId("plan"), s.time, s.author};
            p->title += tr(Str::CopySuffix);
            writePlan(*p);
            platform::storagePush();
        }
        break;
    case Kind::Delete:
        platform::removeFile(planPath(cmd.planId));
        platform::storagePush();
        if (m_plan && m_plan->meta.id == cmd.planId) {
            m_plan.reset();
            m_dirty = false;
            refreshPlanList();
            std::optional<domain::Plan> next =
                m_plans.empty() ? builtinPlan() : readStoredPlan(m_plans.front().id);
            if (next)
                openPlan(std::move(*next));
        }
        break;
    case Kind::NewEmpty:
        openPlan(domain::emptyPlan(newId("plan"), cmd.year, s.time, s.author));
        break;
    case Kind::NewFromBuiltin:
        if (auto p = builtinPlan()) {
            p->meta = {newId("plan"), s.time, s.author};
            openPlan(std::move(*p));
        }
        break;
    case Kind::NewNextYear:
        if (m_plan) {
            Review r;
            r.plan = domain::nextYearCopy(*m_plan, newId("plan"), s.time, s.author, r.changes);
            m_review = std::move(r);
        }
        break;
    }
    refreshPlanList();
}

void App::exportJson() {
    if (!m_plan)
        return;
    m_lastExportWall = wallNowMs();
    m_editsSinceExport = 0;
    m_settingsDirty = true;
    const std::string place = m_plan->place.empty() ? m_plan->issuingBody : m_plan->place;
    std::string name = domain::fileSlug(place);
    name += (name.empty() ? "" : "-") + std::to_string(m_plan->year) + "-" + formatTime("%Y-%m-%d", false) +
            ".json";
    platform::downloadFile(name, domain::exportPlanJson(*m_plan), "application/json");
}

void App::receiveFile(const std::string& name, const std::string& data, bool tooBig) {
    if (tooBig) {
        m_message = Message{std::string(tr(Str::ImportFailed)) + " " + name,
                            std::string(tr(Str::ImportTooBig)) + "\n" + tr(Str::ImportUnchanged)};
        return;
    }
    domain::ImportResult r = domain::importPlanJson(data);
    if (!r.plan && !domain::isValidUtf8(data)) {
        // Files from old tools are often Windows-1252 bytes carrying TCVN3 or VNI text: read them so, if that
        // gives a valid plan in a recognisable encoding (otherwise the UTF-8 error below stands).
        domain::ImportResult latin = domain::importPlanJson(domain::windows1252ToUtf8(data));
        if (latin.plan && domain::detectPlanLegacyEncoding(*latin.plan) != domain::LegacyEncoding::None)
            r = std::move(latin);
    }
    if (!r.plan) {
        std::string text;
        const std::size_t shown = std::min<std::size_t>(r.errors.size(), 12);
        for (std::size_t i = 0; i < shown; ++i)
            text += "• " + domain::formatImportError(r.errors[i], language() == Lang::Vi) + "\n";
        if (r.errors.size() > shown)
            text += "… (+" + std::to_string(r.errors.size() - shown) + ")\n";
        text += tr(Str::ImportUnchanged);
        m_message = Message{std::string(tr(Str::ImportFailed)) + " " + name, text};
        return;
    }
    PendingImport pending;
    pending.plan = std::move(*r.plan);
    pending.fileName = name;
    pending.legacy = domain::detectPlanLegacyEncoding(pending.plan);
    if (pending.legacy != domain::LegacyEncoding::None)
        pending.converted = domain::convertPlanLegacy(pending.plan, pending.legacy);
    m_import = std::move(pending);
}

void App::importPending(bool replace, double nowMs) {
    domain::Plan incoming = m_import->converted && m_import->convert ? std::move(*m_import->converted)
                                                                     : std::move(m_import->plan);
    m_import.reset();
    const bool sameAsOpen = m_plan && m_plan->meta.id == incoming.meta.id;
    const bool clashes = storedPlanExists(incoming.meta.id) && !(replace && sameAsOpen);
    if (clashes) // never overwrite a different stored plan that happens to share the id
        incoming.meta.id = newId("plan");
    if (replace && m_plan && !sameAsOpen) {
        platform::removeFile(planPath(m_plan->meta.id));
        m_plan.reset();
    }
    openPlan(std::move(incoming));
    markDirty(nowMs);
}

void App::apply(Actions& actions, double nowMs) {
    if (!canWrite()) {
        // A following tab shows the plan but changes nothing that is stored.
        actions.edit.reset();
        actions.undo = actions.redo = false;
        actions.plan.reset();
        actions.importJson = false;
    }
    if (actions.edit && !actions.confirmMessage.empty())
        m_confirm = Confirm{actions.confirmMessage, std::move(*actions.edit), actions.select};
    else if (actions.edit)
        applyEdit(*actions.edit, actions.undoKey, actions.select, nowMs);
    if (!actions.error.empty())
        m_message = Message{"", actions.error};
    if ((actions.undo || actions.redo) && m_plan) {
        if (ImGui::GetActiveID() != 0)
            ImGui::ClearActiveID(); // the field's own buffer must not write the old text back
        m_textEdit.owner = 0;
        if (actions.undo ? m_history.undo(*m_plan, stamp()) : m_history.redo(*m_plan, stamp()))
            markDirty(nowMs);
    }
    if (actions.plan)
        runPlanCommand(*actions.plan, nowMs);
    if (actions.exportJson)
        exportJson();
    if (actions.importJson)
        platform::openFilePicker(".json,application/json");
    if (actions.today && *actions.today != m_todayOverride) {
        m_todayOverride = *actions.today;
        m_settingsDirty = true;
        m_lastEditMs = nowMs;
    }
}

// [SECTION] Drawing

void App::drawMenuBar(FrameContext& ctx, Actions& actions) {
    if (!ImGui::BeginMenuBar())
        return;
    const bool planMenu = ImGui::BeginMenu(tr(Str::MenuPlan));
    recordItem(ctx, "menu.plan");
    if (planMenu) {
        if (ImGui::MenuItem(tr(Str::MenuUndo), "Ctrl+Z", false, m_history.canUndo()))
            actions.undo = true;
        recordItem(ctx, "menu.plan.undo");
        if (ImGui::MenuItem(tr(Str::MenuRedo), "Ctrl+Y", false, m_history.canRedo()))
            actions.redo = true;
        recordItem(ctx, "menu.plan.redo");
        ImGui::EndMenu();
    }
    const bool progressMenu = ImGui::BeginMenu(tr(Str::MenuProgress));
    recordItem(ctx, "menu.progress");
    if (progressMenu) {
        const std::pair<Str, int> views[] = {
            {Str::MenuProgressTasks, 1}, {Str::MenuTimeline, 2}, {Str::MenuDashboard, 3}};
        for (const auto& [label, tab] : views) {
            if (ImGui::MenuItem(tr(label)))
                m_selectTab = tab;
            recordItem(ctx, "menu.progress.tab" + std::to_string(tab));
        }
        ImGui::Separator();
        if (m_plan) {
            const bool decree = m_plan->periodMode == "decree09";
            if (ImGui::MenuItem(tr(Str::PeriodModeCalendar), nullptr, !decree) && decree)
                actions.setText(m_plan->meta.id, "periodMode", "calendar", "");
            recordItem(ctx, "menu.progress.calendar");
            if (ImGui::MenuItem(tr(Str::PeriodModeDecree), nullptr, decree) && !decree)
                actions.setText(m_plan->meta.id, "periodMode", "decree09", "");
            recordItem(ctx, "menu.progress.decree09");
        }
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr(Str::MenuReports))) {
        ImGui::MenuItem(tr(Str::MenuComingSoon), nullptr, false, false);
        ImGui::EndMenu();
    }
    const bool dataMenu = ImGui::BeginMenu(tr(Str::MenuData));
    recordItem(ctx, "menu.data");
    if (dataMenu) {
        if (ImGui::MenuItem(tr(Str::MenuExportJson)))
            actions.exportJson = true;
        recordItem(ctx, "menu.data.export");
        if (ImGui::MenuItem(tr(Str::MenuImportJson)))
            actions.importJson = true;
        recordItem(ctx, "menu.data.import");
        if (ImGui::MenuItem(tr(Str::MenuVersions)))
            m_showVersions = true;
        recordItem(ctx, "menu.data.versions");
        ImGui::EndMenu();
    }
    const bool helpMenu = ImGui::BeginMenu(tr(Str::MenuHelp));
    recordItem(ctx, "menu.help");
    if (helpMenu) {
        const bool languageMenu = ImGui::BeginMenu(tr(Str::MenuLanguage));
        recordItem(ctx, "menu.help.language");
        if (languageMenu) {
            const bool vi = ImGui::MenuItem(tr(Str::LangVietnamese), nullptr, language() == Lang::Vi);
            recordItem(ctx, "menu.help.language.vi");
            const bool en = ImGui::MenuItem(tr(Str::LangEnglish), nullptr, language() == Lang::En);
            recordItem(ctx, "menu.help.language.en");
            if (vi || en) {
                setLanguage(vi ? Lang::Vi : Lang::En);
                platform::setPageTitle(tr(Str::AppTitle));
                m_settingsDirty = true;
            }
            ImGui::EndMenu();
        }
        if (ImGui::MenuItem(tr(Str::MenuAbout)))
            m_showAbout = true;
        ImGui::EndMenu();
    }
    drawStatus();
    ImGui::EndMenuBar();
}

void App::drawStatus() {
    const platform::PushStatus& push = platform::pushStatus();
    std::string status;
    if (platform::storageState() == platform::StorageState::Unavailable)
        status = tr(Str::SaveMemoryOnly);
    else if (push.failures > 0)
        status = std::string(tr(Str::SaveFailed)) + " " + storageProblem(platform::storageError());
    else if (push.inFlight || push.queued)
        status = tr(Str::SaveSaving);
    else if (m_dirty)
        status = tr(Str::SavePending);
    else if (push.lastSuccessWall > 0)
        status = std::string(tr(Str::SaveSaved)) + " " + localHourMinute(push.lastSuccessWall);
    if (status.empty())
        return;
    const float w = ImGui::CalcTextSize(status.c_str()).x;
    ImGui::SameLine(ImGui::GetWindowWidth() - w - ImGui::GetStyle().ItemSpacing.x * 2);
    ImGui::TextUnformatted(status.c_str());
}

void App::drawVersions(FrameContext& ctx, double nowMs) {
    const char* title = tr(Str::VersionsTitle);
    if (m_showVersions) {
        ImGui::OpenPopup(title);
        m_showVersions = false;
        // Read the versions once when the window opens, not every frame.
        m_versionRows.clear();
        for (const std::string& name : m_plan ? versionFiles(m_plan->meta.id) : std::vector<std::string>()) {
            const auto plan = parsePlan(platform::readFile(versionsDir(m_plan->meta.id) + "/" + name));
            VersionRow row{name, versionTime(name), plan.has_value(), 0, 0};
            if (plan) {
                row.tasks = domain::taskCount(*plan);
                row.progress = plan->progress.size();
            }
            m_versionRows.push_back(row);
        }
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_AlwaysAutoResize))
        return;
    const float em = ImGui::GetFontSize();
    ImGui::PushTextWrapPos(em * 34);
    ImGui::TextWrapped("%s", tr(Str::VersionsHint));
    const platform::StorageInfo info = platform::storageInfo();
    ImGui::TextWrapped("%s", tr(info.persisted ? Str::StoragePersisted : Str::StorageNotPersisted));
    if (info.usage >= 0 && info.quota > 0)
        ImGui::Text("%s: %s / %s MB", tr(Str::StorageUsage),
                    domain::formatNumber(info.usage / 1048576.0, 1, language() == Lang::Vi).c_str(),
                    domain::formatNumber(info.quota / 1048576.0, 0, language() == Lang::Vi).c_str());
    ImGui::Separator();
    const std::vector<VersionRow>& rows = m_versionRows;
    if (rows.empty())
        ImGui::TextDisabled("%s", tr(Str::VersionsNone));
    ImGui::BeginChild("versions",
                      ImVec2(em * 34, std::min(em * 20, em * 2.2f * static_cast<float>(rows.size()) + em)));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        ImGui::TextUnformatted(rows[i].time.c_str());
        ImGui::SameLine(em * 9);
        if (rows[i].readable)
            ImGui::Text("%zu %s %zu", rows[i].tasks, tr(Str::VersionSummary), rows[i].progress);
        else
            ImGui::TextDisabled("%s", tr(Str::VersionUnreadable));
        ImGui::SameLine(em * 26);
        if (rows[i].readable && button(ctx, "versions.restore" + std::to_string(i), tr(Str::Restore)) &&
            canWrite()) {
            restoreVersion(rows[i].name, nowMs);
            ImGui::CloseCurrentPopup();
        }
        ImGui::PopID();
    }
    ImGui::EndChild();
    if (button(ctx, "versions.close", tr(Str::Close)) || ImGui::IsKeyPressed(ImGuiKey_Escape))
        ImGui::CloseCurrentPopup();
    ImGui::PopTextWrapPos();
    ImGui::EndPopup();
}

void App::drawDialogs(FrameContext& ctx, Actions& actions, double nowMs) {
    if (modal(tr(Str::Confirm), m_confirm.has_value())) {
        if (m_confirm)
            wrappedText(m_confirm->message);
        if (button(ctx, "dialog.confirm", tr(Str::Delete))) {
            if (m_confirm)
                applyEdit(m_confirm->edit, "", m_confirm->select, nowMs);
            m_confirm.reset();
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (button(ctx, "dialog.cancel", tr(Str::Cancel)) || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
            m_confirm.reset();
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
    if (modal(tr(Str::Notice), m_message.has_value())) {
        if (m_message && !m_message->title.empty()) {
            ImGui::TextUnformatted(m_message->title.c_str());
            ImGui::Separator();
        }
        if (m_message) {
            wrappedText(m_message->text);
        }
        if (button(ctx, "dialog.ok", tr(Str::Ok)) || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
            m_message.reset();
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
    if (modal(tr(Str::ImportTitle), m_import.has_value())) {
        if (m_import) {
            const domain::Plan& p =
                m_import->converted && m_import->convert ? *m_import->converted : m_import->plan;
            ImGui::TextUnformatted(m_import->fileName.c_str());
            ImGui::Separator();
            if (m_import->converted) {
                const bool vni = m_import->legacy == domain::LegacyEncoding::Vni;
                wrappedText(tr(vni ? Str::LegacyFileVni : Str::LegacyFileTcvn3));
                ImGui::Checkbox(tr(Str::LegacyConvertOnImport), &m_import->convert);
                recordItem(ctx, "import.convert");
                ImGui::Separator();
            }
            wrappedText(p.title);
            ImGui::Text("%s: %d", tr(Str::ImportSummaryYear), p.year);
            ImGui::Text("%zu, %zu, %zu %s", p.groups.size(), domain::taskCount(p), p.kpis.size(),
                        tr(Str::ImportSummaryCounts));
        }
        int choice = 0;
        if (button(ctx, "import.replace", tr(Str::ImportReplace)))
            choice = 1;
        ImGui::SameLine();
        if (button(ctx, "import.add", tr(Str::ImportAdd)))
            choice = 2;
        ImGui::SameLine();
        if (button(ctx, "import.cancel", tr(Str::Cancel)) || ImGui::IsKeyPressed(ImGuiKey_Escape))
            choice = 3;
        if (choice != 0) {
            if (choice != 3 && m_import)
                importPending(choice == 1, nowMs);
            m_import.reset();
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
    if (modal(tr(Str::ReviewNextYear), m_review.has_value())) {
        if (m_review) {
            wrappedText(tr(Str::ReviewNextYearIntro));
            const float em = ImGui::GetFontSize();
            ImGui::BeginChild("changes", ImVec2(em * 40, em * 18), ImGuiChildFlags_Border);
            for (const domain::YearChange& c : m_review->changes) {
                ImGui::TextDisabled("%s", c.label.c_str());
                ImGui::PushTextWrapPos(0.0f);
                ImGui::TextColored(ImVec4(0.6f, 0.1f, 0.1f, 1), "- %s", c.before.c_str());
                ImGui::TextColored(ImVec4(0.1f, 0.45f, 0.1f, 1), "+ %s", c.after.c_str());
                ImGui::PopTextWrapPos();
            }
            ImGui::EndChild();
        }
        if (button(ctx, "review.save", tr(Str::SaveNewPlan))) {
            if (m_review)
                openPlan(std::move(m_review->plan));
            m_review.reset();
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (button(ctx, "review.cancel", tr(Str::Cancel)) || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
            m_review.reset();
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
    drawVersions(ctx, nowMs);
    if (m_showAbout) {
        ImGui::OpenPopup(tr(Str::MenuAbout));
        m_showAbout = false;
    }
    if (ImGui::BeginPopupModal(tr(Str::MenuAbout), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        wrappedText(tr(Str::AboutText));
        if (ImGui::Button(tr(Str::Ok)) || ImGui::IsKeyPressed(ImGuiKey_Escape))
            ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
    (void)actions;
}

void App::frame(FrameContext& ctx, double nowMs) {
    ctx.edit = &m_textEdit;
    ctx.planRevision = m_revision;
    if (!m_loaded && platform::storageState() != platform::StorageState::Loading)
        loadStored();

    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_MenuBar |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;
    Actions actions;
    if (ImGui::Begin("##main", nullptr, flags)) {
        drawMenuBar(ctx, actions);
        if (!m_storageMessage.empty())
            ImGui::TextColored(ImVec4(0.75f, 0.2f, 0.1f, 1), "%s", m_storageMessage.c_str());
        if (platform::updateReady()) {
            ImGui::TextColored(ImVec4(0.1f, 0.35f, 0.7f, 1), "%s", tr(Str::UpdateReady));
            ImGui::SameLine();
            if (button(ctx, "update.reload", tr(Str::UpdateReload))) {
                flushNow();
                platform::applyUpdate();
            }
        }
        const bool storageTrouble = platform::storageState() == platform::StorageState::Unavailable ||
                                    platform::pushStatus().failures > 0;
        if (storageTrouble && m_plan) {
            // Nothing is lost yet: it is all in this page. Say so, and offer the way out at once.
            ImGui::TextColored(
                ImVec4(0.75f, 0.2f, 0.1f, 1), "%s %s",
                platform::pushStatus().failures > 0 ? tr(Str::SaveFailed) : "",
                platform::pushStatus().failures > 0 ? storageProblem(platform::storageError()).c_str() : "");
            recordItem(ctx, "storage.problem");
            ImGui::SameLine();
            ImGui::TextUnformatted(tr(Str::WorkInMemory));
            ImGui::SameLine();
            if (button(ctx, "storage.export", tr(Str::ExportNow)))
                actions.exportJson = true;
        } else if (m_plan && canWrite()) {
            const double now = wallNowMs();
            const double since = now - (m_lastExportWall > 0 ? m_lastExportWall : m_firstUseWall);
            if ((m_firstUseWall > 0 && since > kBackupRemindMs) || m_editsSinceExport >= kBackupRemindEdits) {
                ImGui::TextColored(ImVec4(0.55f, 0.35f, 0.0f, 1), "%s", tr(Str::BackupReminder));
                recordItem(ctx, "backup.reminder");
                ImGui::SameLine();
                if (button(ctx, "backup.export", tr(Str::ExportNow)))
                    actions.exportJson = true;
            }
        }
        if (m_reloaded) {
            m_reloaded = false;
            if (ImGui::GetActiveID() != 0)
                ImGui::ClearActiveID();
            m_textEdit.owner = 0;
            m_textEdit.mirrored = 0;
        }
        const platform::TabRole role = platform::tabRole();
        if (role == platform::TabRole::Reader || role == platform::TabRole::TakingOver) {
            ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(1.0f, 0.93f, 0.75f, 1.0f));
            ImGui::BeginChild("readonly", ImVec2(0, ImGui::GetFrameHeightWithSpacing() * 1.7f),
                              ImGuiChildFlags_Border);
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(
                tr(role == platform::TabRole::Reader ? Str::ReadOnlyBanner : Str::TakingOver));
            recordItem(ctx, "tabs.banner");
            if (role == platform::TabRole::Reader) {
                ImGui::SameLine();
                if (button(ctx, "tabs.takeover", tr(Str::TakeOver)))
                    platform::takeOverWriting();
            }
            ImGui::EndChild();
            ImGui::PopStyleColor();
        }
        if (m_plan) {
            const domain::Plan& plan = *m_plan;
            auto ids = [this](const char* prefix) { return newId(prefix); };
            ImGui::TextDisabled("%s — %s %d", plan.issuingBody.c_str(), plan.docType.c_str(), plan.year);
            const bool readOnly = !canWrite();
            fieldLabel(tr(Str::PlanTitleLabel));
            ImGui::SameLine();
            std::string out, key;
            ImGui::BeginDisabled(readOnly);
            if (textField(ctx, "plan.title", plan.title, out, key))
                actions.setText(plan.meta.id, "title", out, key);
            ImGui::EndDisabled();
            if (ImGui::BeginTabBar("views")) {
                const std::pair<Str, const char*> tabs[] = {
                    {Str::TabAppendix, "tab.appendix"}, {Str::TabProgress, "tab.progress"},
                    {Str::TabTimeline, "tab.timeline"}, {Str::TabDashboard, "tab.dashboard"},
                    {Str::TabDocument, "tab.document"}, {Str::TabUnits, "tab.units"},
                    {Str::TabPlans, "tab.plans"}};
                ProgressContext pc;
                pc.today = today();
                pc.todayIsReal = m_todayOverride.empty();
                pc.newId = ids;
                for (int i = 0; i < static_cast<int>(std::size(tabs)); ++i) {
                    const auto& [label, name] = tabs[i];
                    const bool open = ImGui::BeginTabItem(
                        tr(label), nullptr, m_selectTab == i ? ImGuiTabItemFlags_SetSelected : 0);
                    recordItem(ctx, name);
                    if (m_selectTab == i) {
                        m_selectTab = -1;
                        ctx.redraw = true;
                    }
                    if (!open)
                        continue;
                    ImGui::BeginDisabled(readOnly);
                    if (label == Str::TabAppendix)
                        drawAppendixView(m_appendix, plan, ctx, actions, ids);
                    else if (label == Str::TabProgress)
                        drawProgressTasksView(m_progress, plan, pc, ctx, actions);
                    else if (label == Str::TabTimeline)
                        drawTimelineView(m_progress, plan, pc, ctx, actions);
                    else if (label == Str::TabDashboard)
                        drawDashboardView(m_progress, plan, pc, ctx, actions);
                    else if (label == Str::TabDocument)
                        drawDocumentView(plan, ctx, actions, ids);
                    else if (label == Str::TabUnits)
                        drawUnitsView(plan, ctx, actions, ids);
                    else
                        drawPlansView(m_plansView, m_plans, plan.meta.id, plan.year, ctx, actions);
                    ImGui::EndDisabled();
                    ImGui::EndTabItem();
                }
                ImGui::EndTabBar();
                drawProgressEditor(m_progress, plan, pc, ctx, actions);
            }
        } else {
            ImGui::TextUnformatted(tr(Str::Loading));
        }
    }
    ImGui::End();
    drawDialogs(ctx, actions, nowMs);

    // Undo/redo shortcuts when no text field is taking the keys (a field keeps its own Ctrl+Z).
    const ImGuiIO& io = ImGui::GetIO();
    if (!io.WantTextInput && !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) {
        if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_Z))
            actions.undo = true;
        if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_Y) ||
            ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiMod_Shift | ImGuiKey_Z))
            actions.redo = true;
    }
    // A field that stopped being drawn while active (its record went away) no longer owns the edit buffer.
    if (m_textEdit.owner != 0 && ImGui::GetActiveID() != m_textEdit.owner) {
        m_textEdit.owner = 0;
        m_textEdit.mirrored = 0;
    }
    if (actions.edit || actions.plan || actions.undo || actions.redo || !actions.error.empty())
        ctx.redraw = true;
    apply(actions, nowMs);
    saveIfDue(nowMs);
}

std::string App::planJson() const {
    return m_plan ? domain::exportPlanJson(*m_plan) : std::string();
}

std::string App::testState(const FrameContext& ctx) const {
    nlohmann::json j;
    j["ready"] = m_plan.has_value();
    const platform::PushStatus& push = platform::pushStatus();
    std::string save = "idle";
    if (platform::storageState() == platform::StorageState::Unavailable)
        save = "memory";
    else if (push.failures > 0)
        save = "error";
    else if (m_dirty || m_settingsDirty)
        save = "dirty";
    else if (push.inFlight || push.queued)
        save = "saving";
    else if (push.lastSuccessWall > 0)
        save = "saved";
    j["save"] = save;
    j["language"] = language() == Lang::En ? "en" : "vi";
    const platform::TabRole role = platform::tabRole();
    j["role"] = role == platform::TabRole::Writer       ? "writer"
                : role == platform::TabRole::Reader     ? "reader"
                : role == platform::TabRole::TakingOver ? "takingOver"
                                                        : "deciding";
    j["storage"] = platform::storageState() == platform::StorageState::Ready     ? "ready"
                   : platform::storageState() == platform::StorageState::Loading ? "loading"
                                                                                 : "unavailable";
    j["selected"] = m_appendix.selected;
    j["canUndo"] = m_history.canUndo();
    j["activeField"] = ctx.textFieldActive ? ctx.textFieldName : std::string();
    j["today"] = domain::toIso(today());
    j["lastSaveMs"] = m_lastSaveMs;
    j["progressSelected"] = m_progress.selectedTask;
    // The dashboard as the views computed it (their cache, when it is current), for tests to compare.
    if (m_plan && m_progress.cachedRevision == m_revision && m_progress.cachedToday == today()) {
        const domain::Dashboard& d = m_progress.dashboard;
        auto keys = [](const std::vector<domain::TaskOccurrence>& list) {
            nlohmann::json a = nlohmann::json::array();
            for (std::size_t i = 0; i < list.size() && i < 50; ++i)
                a.push_back(list[i].task->meta.id + ":" + list[i].occurrence.key);
            return a;
        };
        j["progress"] = {{"rows", m_progress.shown.size()}, {"total", d.overall.total},
                         {"done", d.overall.done()},        {"overdueCount", d.overall.overdue},
                         {"overdue", keys(d.overdue)},      {"dueSoon", keys(d.dueSoon)}};
    } else {
        j["progress"] = nullptr;
    }

    nlohmann::json plans = nlohmann::json::array();
    for (const PlanSummary& s : m_plans)
        plans.push_back({{"id", s.id}, {"title", s.title}, {"year", s.year}});
    j["plans"] = std::move(plans);
    nlohmann::json dialog = nullptr;
    if (m_message)
        dialog = {{"kind", "message"}, {"title", m_message->title}, {"text", m_message->text}};
    else if (m_confirm)
        dialog = {{"kind", "confirm"}, {"text", m_confirm->message}};
    else if (m_import)
        dialog = {{"kind", "import"},
                  {"title", m_import->plan.title},
                  {"legacy", static_cast<int>(m_import->legacy)},
                  {"convert", m_import->convert}};
    else if (m_review)
        dialog = {{"kind", "review"}, {"changes", m_review->changes.size()}};
    else if (m_progress.editorShown)
        dialog = {
            {"kind", "progress"}, {"task", m_progress.editTask}, {"occurrence", m_progress.editOccurrence}};
    j["dialog"] = std::move(dialog);
    nlohmann::json rects = nlohmann::json::object();
    const float s = ctx.pixelRatio;
    for (const auto& [name, r] : ctx.rects)
        rects[name] = {r.x / s, r.y / s, r.w / s, r.h / s};
    j["rects"] = std::move(rects);
    return j.dump();
}

} // namespace ui
