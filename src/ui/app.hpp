// The application: owns the plan, applies the views' actions through the domain, saves after edits, and draws
// the main window with its menu bar and the list of views.
#pragma once

#include "domain/plan.hpp"
#include "ui/frame_context.hpp"
#include "ui/views/plan_overview_view.hpp"

#include <optional>
#include <string>

namespace ui {

class App {
public:
    /// Starts loading stored data (async). The plan appears when storage answers.
    void start();
    /// Builds one ImGui frame (call between ImGui::NewFrame and ImGui::Render). `nowMs` is platform::nowMs().
    void frame(FrameContext& ctx, double nowMs);
    bool hasPlan() const { return m_plan.has_value(); }
    /// The current plan as canonical JSON ("" before it is loaded).
    std::string planJson() const;
    /// JSON object for the test surface; changes only when something in it changed.
    std::string testState(const FrameContext& ctx) const;

private:
    void loadPlan();
    void applyActions(const Actions& actions, double nowMs);
    void saveIfDue(double nowMs);
    void drawMenuBar();
    void drawStatus();

    std::optional<domain::Plan> m_plan;
    std::string m_storageMessage; ///< shown at the top when storage is unavailable or a file was damaged
    bool m_dirty = false;
    double m_firstDirtyMs = 0;
    double m_lastEditMs = 0;
    bool m_showAbout = false;
    PlanOverviewViewState m_overview;
};

} // namespace ui
