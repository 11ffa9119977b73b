// The computer's clock and time zone: stamps are stored in UTC, shown in local time.
#pragma once

#include <string>

namespace ui {

/// Wall clock, ms since epoch.
double wallNowMs();
/// Now in UTC, "2024-01-15T08:30:00Z".
std::string utcNowIso();
/// Today in the computer's time zone, "2024-01-15".
std::string localDateIso();
/// "15:30" for a wall time in ms since epoch, in local time.
std::string localHourMinute(double wallMs);
/// "2024-01-15T08:30:00Z" (stored, UTC) → "15/01/2024 15:30" in local time; a plain date → "15/01/2024".
std::string displayTime(const std::string& iso);

} // namespace ui
