// Progress views: the Tasks view (every occurrence of every task with its status, filters, and a task's
// detail: schedule, occurrences, events, history), the Timeline (the year as months across, tasks down, one
// coloured cell per occurrence) and the Dashboard (completion by group and unit, overdue, due soon). All
// three share the filters, the "as of" date and the progress editor. What they show is computed in the
// domain (progress.hpp, progress_rules.hpp) and kept in one ProgressCache the app owns and passes in; each
// view brings it up to date for the plan revision, the date and its filters before drawing.
#pragma once

#include "domain/plan.hpp"
#include "domain/progress.hpp"
#include "domain/progress_rules.hpp"
#include "ui/actions.hpp"
#include "ui/frame_context.hpp"
#include "ui/progress_cache.hpp"
#include "ui/widgets.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace ui {

struct ProgressViewState {
    // Filters (Tasks view and Dashboard).
    std::string groupId, unitId, search;
    int timeliness = -1; ///< a domain::Timeliness, -1 for all
    int period = 0;      ///< 0 whole year, 1–4 quarters, 5–16 months 1–12
    std::string selectedTask;
    std::string todayText; ///< what the user typed in the "as of" field

    // The progress editor (a modal) and its draft.
    bool openEditor = false;
    bool editorShown = false; ///< the editor was on screen in the last frame
    float editorHeight =
        0; ///< its height in the last frame (it sizes itself; frames follow until it settles)
    std::string editTask, editOccurrence;
    domain::ProgressDraft draft;
    domain::ProgressDraft draftOrigin; ///< the draft as opened: Escape asks before throwing changes away
    bool confirmDiscard = false;       ///< "discard the changes?" is asked
    bool discardFocus = false;         ///< its "keep editing" button takes the keyboard focus once
    bool focusSave = false;            ///< "Lưu" takes the keyboard focus once (after "keep editing")

    // An event being logged for the selected task.
    std::string eventDate, eventDue, eventNote;

    // Keyboard use of the long lists: arrows between rows, Enter opens one.
    KeyboardList tasksKeys, timelineKeys, overdueKeys, soonKeys;
};

/// What the views need from the app besides the plan.
struct ProgressContext {
    domain::Date today;
    bool todayIsReal = true;
    std::function<std::string(const char*)> newId;
};

/// Each view updates `cache` (plan revision from `ctx`, `pc.today`, the state's filters) and draws from it.
void drawProgressTasksView(ProgressViewState& state, ProgressCache& cache, const domain::Plan& plan,
                           const ProgressContext& pc, FrameContext& ctx, Actions& actions);
void drawTimelineView(ProgressViewState& state, ProgressCache& cache, const domain::Plan& plan,
                      const ProgressContext& pc, FrameContext& ctx, Actions& actions);
/// `targets` draws the targets' rates over the dashboard's period (after the overall figures).
void drawDashboardView(ProgressViewState& state, ProgressCache& cache, const domain::Plan& plan,
                       const ProgressContext& pc, FrameContext& ctx, Actions& actions,
                       const std::function<void(const domain::Period&)>& targets);
/// The progress editor modal; call once per frame after the views.
void drawProgressEditor(ProgressViewState& state, ProgressCache& cache, const domain::Plan& plan,
                        const ProgressContext& pc, FrameContext& ctx, Actions& actions);

/// The filter the views apply (what `cache` was last updated with).
domain::ProgressFilter progressFilter(const ProgressViewState& state, const domain::Plan& plan);

} // namespace ui
