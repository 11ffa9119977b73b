// The periodic reports (issue 13): the reports kept in the plan, a new one for a chosen period, and the one
// selected with its texts, its number and date, the day its figures are judged on ("Cập nhật số liệu"), and
// its three outputs (print / PDF, Word, Excel), which the report module renders.
#pragma once

#include "domain/plan.hpp"
#include "domain/schedule.hpp"
#include "ui/actions.hpp"
#include "ui/frame_context.hpp"

#include <functional>
#include <map>
#include <string>

namespace ui {

struct ReportsViewState {
    std::string selected; ///< id of the report shown
    int choice = 1;       ///< the period of a new report: index into the choices (reports_view.cpp)
    std::string from, to; ///< a new report's date range, as typed (dd/mm/yyyy)
    std::map<std::string, std::string> typedDates; ///< a report's date typed that is not one (yet), by report
    bool busy = false;                             ///< the report module is rendering
};

/// `today` is the day new reports are dated ("Ngày xem"). Drawn inside ImGui::BeginDisabled(readOnly) (a tab
/// that follows the writer): choosing, printing and downloading a report stay possible there.
void drawReportsView(ReportsViewState& st, const domain::Plan& plan, const domain::Date& today, bool readOnly,
                     FrameContext& ctx, Actions& actions,
                     const std::function<std::string(const char*)>& newId);

} // namespace ui
