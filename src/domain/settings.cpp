// Settings decoding and encoding (see settings.hpp).
#include "domain/settings.hpp"

#include "domain/json_parse.hpp"
#include "domain/schedule.hpp"

#include <nlohmann/json.hpp>

#include <cmath>

namespace domain {

namespace {

using nlohmann::json;

/// A finite number within [lo, hi], else nullopt.
std::optional<double> numberIn(const json& v, double lo, double hi) {
    if (!v.is_number())
        return std::nullopt;
    const double d = v.get<double>();
    if (!std::isfinite(d) || d < lo || d > hi)
        return std::nullopt;
    return d;
}

} // namespace

SettingsDecode decodeSettings(std::string_view text) {
    SettingsDecode out;
    // Not JSON, or a number beyond double (1e999): the whole file is reset.
    std::optional<json> parsed = parseJson(text);
    const json j = parsed ? std::move(*parsed) : json();
    if (!j.is_object()) {
        out.reset = true;
        return out;
    }
    Settings& s = out.settings;
    auto field = [&](const char* name) -> const json* {
        const auto it = j.find(name);
        return it == j.end() ? nullptr : &*it;
    };
    auto bad = [&]() { out.reset = true; };
    if (const json* v = field("currentPlan")) {
        if (v->is_string() && v->get_ref<const std::string&>().size() <= 200)
            s.currentPlan = v->get<std::string>();
        else
            bad();
    }
    if (const json* v = field("language")) {
        if (v->is_string() && (*v == "vi" || *v == "en"))
            s.language = v->get<std::string>();
        else
            bad();
    }
    if (const json* v = field("today")) {
        if (v->is_string() &&
            (v->get_ref<const std::string&>().empty() || parseIsoDate(v->get<std::string>())))
            s.today = v->get<std::string>();
        else
            bad();
    }
    if (const json* v = field("zoom")) {
        if (const auto d = numberIn(*v, kMinZoom, kMaxZoom))
            s.zoom = static_cast<float>(*d);
        else
            bad();
    }
    constexpr double kMaxWall = 1e15; // ms since epoch: year 33658
    if (const json* v = field("lastExport")) {
        if (const auto d = numberIn(*v, 0, kMaxWall))
            s.lastExport = *d;
        else
            bad();
    }
    if (const json* v = field("firstUse")) {
        if (const auto d = numberIn(*v, 0, kMaxWall))
            s.firstUse = *d;
        else
            bad();
    }
    if (const json* v = field("editsSinceExport")) {
        if (const auto d = numberIn(*v, 0, 1e9))
            s.editsSinceExport = static_cast<int>(*d);
        else
            bad();
    }
    if (const json* v = field("origins")) {
        if (!v->is_object() || v->size() > kMaxOrigins)
            bad();
        else
            for (const auto& [id, origin] : v->items()) {
                if (origin.is_string() && id.size() <= 200 &&
                    origin.get_ref<const std::string&>().size() <= 300)
                    s.origins[id] = origin.get<std::string>();
                else
                    bad(); // that entry only
            }
    }
    return out;
}

std::string encodeSettings(const Settings& s) {
    json j;
    j["currentPlan"] = s.currentPlan;
    j["language"] = s.language;
    j["today"] = s.today;
    j["zoom"] = s.zoom;
    j["lastExport"] = s.lastExport;
    j["editsSinceExport"] = s.editsSinceExport;
    j["firstUse"] = s.firstUse;
    if (!s.origins.empty())
        j["origins"] = s.origins;
    return j.dump(2) + "\n";
}

} // namespace domain
