// The user's settings as stored in /data/settings.json: which plan is open, language, zoom, the "as of" date,
// and the figures of the backup reminder. Decoding takes every field it can and defaults the rest, so a
// damaged or hand-edited file never stops the app from starting.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>

namespace domain {

struct Settings {
    std::string currentPlan;     ///< id of the plan open at the last visit ("" = none)
    std::string language = "vi"; ///< "vi" or "en"
    std::string today;           ///< ISO date set by the user as "today" ("" = the computer's date)
    float zoom = 1.0f;           ///< UI zoom, 0.8 … 2
    double lastExport = 0;       ///< ms since epoch of the last JSON export (0 = never)
    int editsSinceExport = 0;
    double firstUse = 0; ///< ms since epoch of the first start (0 = not yet known)
    /// Where a plan's content came from, by plan id ("ke-hoach.json, 01/12/2026" for an imported file), shown
    /// in the plan list so that an imported copy can be told from the plan it was exported from.
    std::map<std::string, std::string> origins;
};

inline constexpr std::size_t kMaxOrigins = 500;

inline constexpr float kMinZoom = 0.8f;
inline constexpr float kMaxZoom = 2.0f;

struct SettingsDecode {
    Settings settings;
    /// True when the text was not a settings object, or some field had a wrong type or an impossible value
    /// (that field was reset to its default). A missing field is not a reset.
    bool reset = false;
};

/// Reads settings text. Never throws: not JSON, wrong types, out-of-range or huge numbers each fall back to
/// the default of the field concerned (and set `reset`).
SettingsDecode decodeSettings(std::string_view text);

/// The settings as JSON text (keys sorted, final newline); decodeSettings reads it back unchanged.
std::string encodeSettings(const Settings& settings);

} // namespace domain
