// The application (see app.hpp): loading and saving the plan, the main window, the views.
#include "ui/app.hpp"

#include "domain/edits.hpp"
#include "domain/plan_json.hpp"
#include "platform/platform.hpp"
#include "ui/i18n.hpp"

#include <imgui.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <ctime>
#include <sys/stat.h>

namespace ui {

namespace {

constexpr const char* kPlansDir = "/data/plans";
constexpr const char* kBuiltinPlan = "/assets/plans/hoa-tan-tay-2024.json";
constexpr double kSaveQuietMs = 300; ///< save this long after the last edit…
constexpr double kSaveMaxMs = 800;   ///< …but never later than this after the first unsaved one

std::string isoNowUtc() {
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

std::string localHourMinute(double wallMs) {
    const std::time_t t = static_cast<std::time_t>(wallMs / 1000);
    std::tm tm{};
    localtime_r(&t, &tm);
    char buf[8];
    std::strftime(buf, sizeof buf, "%H:%M", &tm);
    return buf;
}

std::string planPath(const domain::Plan& plan) {
    return std::string(kPlansDir) + "/" + plan.meta.id + ".json";
}

} // namespace

void App::start() {
    platform::storageMount();
}

void App::loadPlan() {
    if (platform::storageState() == platform::StorageState::Ready) {
        mkdir(kPlansDir, 0755);
        for (const std::string& name : platform::listFiles(kPlansDir)) {
            if (name.size() < 5 || name.compare(name.size() - 5, 5, ".json") != 0)
                continue;
            const std::string path = std::string(kPlansDir) + "/" + name;
            const auto text = platform::readFile(path);
            domain::ImportResult r = domain::importPlanJson(text ? *text : std::string());
            if (r.plan) {
                m_plan = std::move(r.plan);
                return;
            }
            // Keep the damaged file (renamed, never deleted) and say so.
            platform::renameFile(path, path + ".damaged");
            platform::storagePush();
            m_storageMessage =
                std::string(tr(Str::StoredPlanDamaged)) + " " + name + " — " +
                (r.errors.empty() ? "" : domain::formatImportError(r.errors[0], language() == Lang::Vi));
        }
    } else {
        m_storageMessage = std::string(tr(Str::StorageUnavailable)) + " " + platform::storageError();
    }
    const auto builtin = platform::readFile(kBuiltinPlan);
    domain::ImportResult r = domain::importPlanJson(builtin ? *builtin : std::string());
    if (r.plan)
        m_plan = std::move(r.plan);
}

std::string App::planJson() const {
    return m_plan ? domain::exportPlanJson(*m_plan) : std::string();
}

void App::applyActions(const Actions& actions, double nowMs) {
    if (!m_plan)
        return;
    const domain::Stamp stamp{isoNowUtc(), "Người dùng"};
    bool changed = false;
    if (actions.setTitle)
        changed |= domain::setPlanTitle(*m_plan, *actions.setTitle, stamp);
    if (changed) {
        if (!m_dirty)
            m_firstDirtyMs = nowMs;
        m_dirty = true;
        m_lastEditMs = nowMs;
    }
}

void App::saveIfDue(double nowMs) {
    if (!m_dirty || !m_plan || platform::storageState() != platform::StorageState::Ready) {
        platform::setUnsavedChanges(m_dirty || platform::pushStatus().inFlight);
        return;
    }
    const double due = std::min(m_lastEditMs + kSaveQuietMs, m_firstDirtyMs + kSaveMaxMs);
    if (nowMs < due) {
        platform::wakeAfter(due - nowMs);
        platform::setUnsavedChanges(true);
        return;
    }
    if (platform::writeFileAtomic(planPath(*m_plan), domain::exportPlanJson(*m_plan))) {
        m_dirty = false;
        platform::storagePush();
    }
    platform::setUnsavedChanges(m_dirty || platform::pushStatus().inFlight);
}

void App::drawMenuBar() {
    if (!ImGui::BeginMenuBar())
        return;
    const Str menus[] = {Str::MenuPlan, Str::MenuProgress, Str::MenuReports, Str::MenuData};
    for (Str m : menus) {
        if (ImGui::BeginMenu(tr(m))) {
            ImGui::MenuItem(tr(Str::MenuComingSoon), nullptr, false, false);
            ImGui::EndMenu();
        }
    }
    if (ImGui::BeginMenu(tr(Str::MenuHelp))) {
        if (ImGui::BeginMenu(tr(Str::MenuLanguage))) {
            if (ImGui::MenuItem(tr(Str::LangVietnamese), nullptr, language() == Lang::Vi))
                setLanguage(Lang::Vi);
            if (ImGui::MenuItem(tr(Str::LangEnglish), nullptr, language() == Lang::En))
                setLanguage(Lang::En);
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
        status = std::string(tr(Str::SaveFailed)) + " " + platform::storageError();
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

void App::frame(FrameContext& ctx, double nowMs) {
    if (!m_plan && platform::storageState() != platform::StorageState::Loading)
        loadPlan();

    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_MenuBar |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;
    Actions actions;
    if (ImGui::Begin("##main", nullptr, flags)) {
        drawMenuBar();
        if (!m_storageMessage.empty())
            ImGui::TextColored(ImVec4(0.75f, 0.2f, 0.1f, 1), "%s", m_storageMessage.c_str());
        if (m_plan)
            drawPlanOverviewView(m_overview, *m_plan, ctx, actions);
        else
            ImGui::TextUnformatted(tr(Str::Loading));
    }
    ImGui::End();

    if (m_showAbout) {
        ImGui::OpenPopup(tr(Str::MenuAbout));
        m_showAbout = false;
    }
    if (ImGui::BeginPopupModal(tr(Str::MenuAbout), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
        ImGui::TextUnformatted(tr(Str::AboutText));
        ImGui::PopTextWrapPos();
        if (ImGui::Button("OK") || ImGui::IsKeyPressed(ImGuiKey_Escape))
            ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }

    applyActions(actions, nowMs);
    saveIfDue(nowMs);
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
    else if (m_dirty)
        save = "dirty";
    else if (push.inFlight || push.queued)
        save = "saving";
    else if (push.lastSuccessWall > 0)
        save = "saved";
    j["save"] = save;
    j["storage"] = platform::storageState() == platform::StorageState::Ready     ? "ready"
                   : platform::storageState() == platform::StorageState::Loading ? "loading"
                                                                                 : "unavailable";
    nlohmann::json rects = nlohmann::json::object();
    const float s = ctx.pixelRatio;
    for (const auto& [name, r] : ctx.rects)
        rects[name] = {r.x / s, r.y / s, r.w / s, r.h / s};
    j["rects"] = std::move(rects);
    return j.dump();
}

} // namespace ui
