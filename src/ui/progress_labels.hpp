// Words for the domain's progress keys (progress_rules.hpp): timeliness, statuses, occurrence and period
// labels, schedule parts and why a task has nothing scheduled, in the UI's language. The views use them;
// reports will too.
#pragma once

#include "domain/plan.hpp"
#include "domain/progress_rules.hpp"
#include "ui/i18n.hpp"

#include <string>
#include <vector>

namespace ui {

Str timelinessStr(domain::Timeliness t);
Str statusStr(domain::ProgressStatus s);
Str unscheduledStr(domain::UnscheduledReason r);
/// "tối thiểu", "trên", "đạt", "tối đa", "dưới" for ">=", ">", "=", "<=", "<" (the plan's own words; the UI
/// font has no ≥ or ≤).
Str comparisonStr(const std::string& comparison);
/// What a target asks for: "tối thiểu 80 %", "trên 90 %", "đạt 100 %".
std::string targetText(const domain::Kpi& kpi);
/// "tháng", "quý", "6 tháng", "9 tháng", "năm".
Str periodKindStr(domain::PeriodKind k);

/// "Hạn 29/02/2024", "Ngày phát sinh 10/03/2024", "Tháng 02/2024", "Quý II/2024", "6 tháng đầu năm 2024" …
/// (English: "Due 29/02/2024", "02/2024", "Q2 2024", "H1 2024" …).
std::string occurrenceText(const domain::OccurrenceLabel& label);
std::string occurrenceText(const domain::Occurrence& occurrence);

/// "Hạn 29/02/2024 · Định kỳ: quý, năm · Thường xuyên, đánh giá theo quý · Khi phát sinh …".
std::string scheduleText(const std::vector<domain::SchedulePart>& parts);

} // namespace ui
