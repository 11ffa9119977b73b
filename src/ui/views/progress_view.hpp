// Progress views: the Tasks view (every occurrence of every task with its status, filters, and a task's
// detail: schedule, occurrences, events, history), the Timeline (the year as months across, tasks down, one
// coloured cell per occurrence) and the Dashboard (completion by group and unit, overdue, due soon). All
// three share the filters, the "as of" date and the progress editor.
#pragma once

#include "domain/plan.hpp"
#include "domain/progress.hpp"
#include "ui/actions.hpp"
#include "ui/frame_context.hpp"

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
    std::string draftStatus, draftCompleted, draftNote, draftEvidence;
    std::vector<std::string> draftAdded, draftRemoved;

    // An event being logged for the selected task.
    std::string eventDate, eventDue, eventNote;

    // Computed from the plan; rebuilt when the plan, "today" or the filters change.
    unsigned cachedRevision = ~0u;
    domain::Date cachedToday;
    std::vector<domain::TaskOccurrence> all;
    std::string cachedFilterKey;
    std::vector<std::size_t> shown; ///< indexes into `all` that match the filters
    /// Tasks with no occurrence (event-driven work with no event yet, schedules not understood) that match
    /// the group, unit and search filters: listed first so they can be opened and scheduled.
    std::vector<std::pair<const domain::Group*, const domain::Task*>> unscheduled;
    /// The dashboard for the filters (without the status filter), and the timeline's rows: tasks matching the
    /// group, unit and search filters, each with its range [begin, end) of occurrences in `all`.
    domain::Dashboard dashboard;
    std::vector<std::pair<std::size_t, std::size_t>> timelineRows;
};

/// What the views need from the app besides the plan.
struct ProgressContext {
    domain::Date today;
    bool todayIsReal = true;
    std::function<std::string(const char*)> newId;
};

void drawProgressTasksView(ProgressViewState& state, const domain::Plan& plan, const ProgressContext& pc,
                           FrameContext& ctx, Actions& actions);
void drawTimelineView(ProgressViewState& state, const domain::Plan& plan, const ProgressContext& pc,
                      FrameContext& ctx, Actions& actions);
void drawDashboardView(ProgressViewState& state, const domain::Plan& plan, const ProgressContext& pc,
                       FrameContext& ctx, Actions& actions);
/// The progress editor modal; call once per frame after the views.
void drawProgressEditor(ProgressViewState& state, const domain::Plan& plan, const ProgressContext& pc,
                        FrameContext& ctx, Actions& actions);

/// The filter the views apply (shared with the test surface so tests can compare counts).
domain::ProgressFilter progressFilter(const ProgressViewState& state, const domain::Plan& plan);

} // namespace ui
