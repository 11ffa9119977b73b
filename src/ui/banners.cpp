// Banners and save status (see banners.hpp).
#include "ui/banners.hpp"

#include "platform/platform.hpp"
#include "ui/clock.hpp"
#include "ui/i18n.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

namespace ui {

std::string storageProblem(const std::string& error) {
    if (error.find("Quota") != std::string::npos)
        return tr(Str::StorageFull);
    const bool blocked = error.find("not available") != std::string::npos; // i18n-ok: the browser's words
    if (blocked || error.find("Security") != std::string::npos ||
        error.find("InvalidState") != std::string::npos)
        return tr(Str::StorageBlocked);
    if (error.find("did not answer") != std::string::npos) // i18n-ok: web_library.js's watchdog
        return tr(Str::StorageNoAnswer);
    if (error.empty() || error.find("Abort") != std::string::npos ||
        error.find("Unknown") != std::string::npos || error.find("transaction") != std::string::npos)
        return std::string(tr(Str::StorageWriteFailed)) + " (" + error + ")";
    return error;
}

std::string saveStatusText(bool dirty) {
    const platform::PushStatus& push = platform::pushStatus();
    if (platform::storageState() == platform::StorageState::Unavailable)
        return tr(Str::SaveMemoryOnly);
    if (push.failures > 0)
        return std::string(tr(Str::SaveFailed)) + " " + storageProblem(platform::storageError());
    if (push.inFlight || push.queued)
        return tr(Str::SaveSaving);
    if (dirty)
        return tr(Str::SavePending);
    if (push.lastSuccessWall > 0)
        return std::string(tr(Str::SaveSaved)) + " " + localHourMinute(push.lastSuccessWall);
    return "";
}

void drawBanners(const BannersInput& in, FrameContext& ctx, Actions& actions) {
    if (!in.storageMessage.empty()) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextColored(ImVec4(0.75f, 0.2f, 0.1f, 1), "%s", in.storageMessage.c_str());
        ImGui::PopTextWrapPos();
        recordItem(ctx, "storage.message");
    }
    if (in.journalFailed && in.hasPlan) {
        // Edits are still saved as usual; only the copy that survives a sudden close is missing.
        ImGui::TextColored(ImVec4(0.75f, 0.2f, 0.1f, 1), "%s", tr(Str::JournalFailed));
        recordItem(ctx, "storage.journal");
    }
    if (platform::updateReady()) {
        ImGui::TextColored(ImVec4(0.1f, 0.35f, 0.7f, 1), "%s", tr(Str::UpdateReady));
        ImGui::SameLine();
        if (button(ctx, "update.reload", tr(Str::UpdateReload)))
            actions.applyUpdate = true;
    }
    const platform::PushStatus& push = platform::pushStatus();
    const bool storageTrouble =
        platform::storageState() == platform::StorageState::Unavailable || push.failures > 0;
    if (storageTrouble && in.hasPlan) {
        // Nothing is lost yet: it is all in this page. Say so, and offer the way out at once.
        ImGui::TextColored(ImVec4(0.75f, 0.2f, 0.1f, 1), "%s %s",
                           push.failures > 0 ? tr(Str::SaveFailed) : "",
                           push.failures > 0 ? storageProblem(platform::storageError()).c_str() : "");
        recordItem(ctx, "storage.problem");
        ImGui::SameLine();
        ImGui::TextUnformatted(tr(Str::WorkInMemory));
        ImGui::SameLine();
        if (button(ctx, "storage.export", tr(Str::ExportNow)))
            actions.exportJson = true;
    } else if (in.hasPlan && in.canWrite && in.backupDue) {
        ImGui::TextColored(ImVec4(0.55f, 0.35f, 0.0f, 1), "%s", tr(Str::BackupReminder));
        recordItem(ctx, "backup.reminder");
        ImGui::SameLine();
        if (button(ctx, "backup.export", tr(Str::ExportNow)))
            actions.exportJson = true;
    }
    if (in.hasPlan && in.planYear > 0 && in.planYear < in.realYear) {
        // A past year's plan (the built-in sample, opened years later): say so, and offer the two ways on.
        // The sample says it is one: a real commune's plan to try the app with, not the user's own.
        ImGui::PushTextWrapPos(0.0f);
        if (in.isSample)
            ImGui::TextColored(ImVec4(0.45f, 0.3f, 0.0f, 1), "%s %d %s %s%s%s", tr(Str::SamplePlan),
                               in.planYear, tr(Str::SampleIntro), in.todayShown.c_str(),
                               in.todayIsReal ? " — " : "", in.todayIsReal ? tr(Str::PastYearOverdue) : "");
        else
            ImGui::TextColored(ImVec4(0.45f, 0.3f, 0.0f, 1), "%s %d %s %s%s%s", tr(Str::PastYearPlan),
                               in.planYear, tr(Str::PastYearOver), in.todayShown.c_str(),
                               in.todayIsReal ? " — " : "", in.todayIsReal ? tr(Str::PastYearOverdue) : "");
        ImGui::PopTextWrapPos();
        recordItem(ctx, "pastYear.banner");
        if (in.isSample)
            recordItem(ctx, "pastYear.sample"); // labelled as the sample
        if (in.canWrite) {
            const std::string create = std::string(tr(Str::CreateForYear)) + " " +
                                       std::to_string(in.realYear) + " " +
                                       tr(in.isSample ? Str::FromSamplePlan : Str::FromThisPlan);
            if (button(ctx, "pastYear.create", create.c_str()))
                actions.plan = PlanCommand{PlanCommand::Kind::NewNextYear, "", "", in.realYear};
            ImGui::SameLine();
        }
        if (in.todayIsReal) {
            const std::string asOf =
                in.isSample ? std::string(tr(Str::ViewSample)) + " " + std::to_string(in.planYear)
                            : std::string(tr(Str::ViewAsOf)) + " 31/12/" + std::to_string(in.planYear);
            if (button(ctx, "pastYear.asOf", asOf.c_str()))
                actions.today = std::to_string(in.planYear) + "-12-31";
        } else {
            ImGui::NewLine();
        }
    }
    const platform::TabRole role = platform::tabRole();
    if (role == platform::TabRole::Reader || role == platform::TabRole::TakingOver) {
        ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(1.0f, 0.93f, 0.75f, 1.0f));
        ImGui::BeginChild("readonly", ImVec2(0, ImGui::GetFrameHeightWithSpacing() * 1.7f),
                          ImGuiChildFlags_Border, ImGuiWindowFlags_NavFlattened);
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr(role == platform::TabRole::Reader ? Str::ReadOnlyBanner : Str::TakingOver));
        recordItem(ctx, "tabs.banner");
        if (role == platform::TabRole::Reader) {
            ImGui::SameLine();
            if (button(ctx, "tabs.takeover", tr(Str::TakeOver)))
                actions.takeOver = true;
        }
        ImGui::EndChild();
        ImGui::PopStyleColor();
    } else if (role == platform::TabRole::Stopped) {
        ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(1.0f, 0.85f, 0.8f, 1.0f));
        ImGui::BeginChild("stopped", ImVec2(0, ImGui::GetFrameHeightWithSpacing() * 2.7f),
                          ImGuiChildFlags_Border, ImGuiWindowFlags_NavFlattened);
        ImGui::PushTextWrapPos(0.0f);
        ImGui::Text("%s %zu", tr(Str::StoppedBanner), in.stoppedEdits);
        ImGui::PopTextWrapPos();
        recordItem(ctx, "tabs.stopped");
        if (button(ctx, "tabs.resume", tr(Str::StoppedResume)))
            actions.takeOver = true;
        ImGui::SameLine();
        if (button(ctx, "tabs.export", tr(Str::ExportNow)))
            actions.exportJson = true;
        ImGui::EndChild();
        ImGui::PopStyleColor();
    }
}

} // namespace ui
