// The "Chỉ tiêu" view: the plan's targets with their rate over a chosen period (met, missed, no data), the
// monthly counts as a grid (targets down, months across, the part over the whole in each month), a chart of
// the chosen target, and its editor. Rates come from domain/targets (summed counts); every change is an
// edit the app applies after the frame.
#pragma once

#include "domain/plan.hpp"
#include "domain/targets.hpp"
#include "ui/actions.hpp"
#include "ui/frame_context.hpp"

#include <array>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ui {

struct TargetsViewState {
    std::string periodKey; ///< "2024-Q2" …, "range" for the months rangeFrom–rangeTo; empty: the plan's year
    int rangeFrom = 1, rangeTo = 12;
    std::string selected; ///< the target shown in the chart and the editor
    /// Text typed into a cell or the target value that is not stored (not a number, or refused), by widget
    /// name, with the reason shown under it.
    std::map<std::string, std::pair<std::string, std::string>> typed;
    std::string focusCell; ///< a cell to put the keyboard focus in (Enter moved down to it)
    /// What a number field held when its visit began (the field's undo key): each keystroke that gives a
    /// number is stored, so a value refused at the end puts this back (typing "120" for a share stores 1 and
    /// 12 on the way).
    struct Origin {
        std::string key;
        bool existed = false;
        double value = 0;
    };
    std::map<std::string, Origin> origins;
    // What the counts give, for the plan revision (and period, language) they were computed for.
    unsigned revision = ~0u;
    std::unique_ptr<domain::CountIndex> counts;
    struct Row {
        domain::Rate period;
        std::array<domain::Rate, 12> months;
        std::string required, rate, counted; ///< as shown
    };
    std::string rowsFor;
    std::vector<Row> rows;        ///< one per target, in the plan's order
    domain::Estimate766 estimate; ///< the 766 points over the period (refers to the plan's targets)
    std::vector<std::string> oneStopWarnings;       ///< per month and figure: a rule of the form it breaks
    std::optional<domain::OneStopMonth> oneStopSum; ///< the one-stop figures over the period
};

void drawTargetsView(TargetsViewState& state, const domain::Plan& plan, FrameContext& ctx, Actions& actions,
                     const std::function<std::string(const char*)>& newId);

/// For the Overview: each target's rate over `period` with met / missed / no data and a line of its months.
void drawTargetsSummary(TargetsViewState& state, const domain::Plan& plan, const domain::Period& period,
                        FrameContext& ctx);

} // namespace ui
