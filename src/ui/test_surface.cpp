// The state browser tests read from window.__kstthc (see app.hpp): built only when a test asked for it
// (platform::testSurfaceWanted), never in a user's session.
#include "platform/platform.hpp"
#include "ui/app.hpp"
#include "ui/i18n.hpp"

#include <imgui_internal.h>
#include <nlohmann/json.hpp>

namespace ui {

std::string App::testState(const FrameContext& ctx) const {
    nlohmann::json j;
    j["ready"] = m_session.hasPlan();
    const platform::PushStatus& push = platform::pushStatus();
    std::string save = "idle";
    if (platform::storageState() == platform::StorageState::Unavailable)
        save = "memory";
    else if (push.failures > 0)
        save = "error";
    else if (m_session.dirty() || m_settingsDirty)
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
                : role == platform::TabRole::Stopped    ? "stopped"
                                                        : "deciding";
    j["stoppedEdits"] = m_stoppedEdits.size();
    j["storage"] = platform::storageState() == platform::StorageState::Ready     ? "ready"
                   : platform::storageState() == platform::StorageState::Loading ? "loading"
                                                                                 : "unavailable";
    j["storageMessage"] = m_storageMessage;
    j["selected"] = m_appendix.selected;
    j["canUndo"] = m_session.history().canUndo();
    j["activeField"] = ctx.textFieldActive ? ctx.textFieldName : std::string();
    j["tooltip"] = ctx.tooltip;
    j["focused"] = GImGui->NavDisableHighlight ? std::string() : ctx.focused; // only when outlined
    j["composing"] = m_textEdit.composing;
    j["today"] = domain::toIso(today());
    j["lastSaveMs"] = m_lastSaveMs;
    j["zoom"] = m_settings.zoom;
    j["progressSelected"] = m_progress.selectedTask;
    // Rows of the Tasks view, for the benchmark (tests check the exported plan and what is drawn instead).
    j["progressRows"] =
        m_progressCache.isCurrent(m_session.layoutRevision(), today()) ? m_progressCache.shown().size() : 0;
    nlohmann::json plans = nlohmann::json::array();
    for (const domain::PlanSummary& s : m_plans)
        plans.push_back({{"id", s.id},
                         {"title", s.title},
                         {"year", s.year},
                         {"modified", s.modified},
                         {"origin", s.origin}});
    j["plans"] = std::move(plans);
    nlohmann::json dialog = nullptr;
    if (m_dialogs.message)
        dialog = {
            {"kind", "message"}, {"title", m_dialogs.message->title}, {"text", m_dialogs.message->text}};
    else if (m_dialogs.confirm)
        dialog = {{"kind", "confirm"}, {"text", m_dialogs.confirm->message}};
    else if (m_import.pending)
        dialog = {{"kind", "import"},
                  {"title", m_import.pending->snapshot.plan->title},
                  {"summary", planContentsText(*m_import.pending->snapshot.plan)},
                  {"legacy", static_cast<int>(m_import.pending->snapshot.legacy)},
                  {"convert", m_import.pending->convert}};
    else if (m_review.review)
        dialog = {{"kind", "review"}, {"changes", m_review.review->changes.size()}};
    else if (m_progress.editorShown)
        dialog = {
            {"kind", "progress"}, {"task", m_progress.editTask}, {"occurrence", m_progress.editOccurrence}};
    j["dialog"] = std::move(dialog);
    nlohmann::json rects = nlohmann::json::object();
    const float s = ctx.pixelRatio;
    for (const auto& [name, r] : ctx.rects)
        rects[name] = {r.x / s, r.y / s, r.w / s, r.h / s};
    for (const auto& [name, r] : ctx.offscreenRects)
        rects[*name] = {r.x / s, r.y / s, r.w / s, r.h / s};
    j["rects"] = std::move(rects);
    return j.dump();
}

} // namespace ui
