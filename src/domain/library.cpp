// Plan-library rules (see library.hpp).
#include "domain/library.hpp"

#include "domain/text.hpp"

#include <algorithm>

namespace domain {

std::string lastChange(const Plan& plan) {
    std::string newest = plan.meta.modified;
    const auto see = [&](const std::string& t) {
        if (t > newest)
            newest = t;
    };
    const auto seeAll = [&](const auto& list) {
        for (const auto& r : list)
            see(r.meta.modified);
    };
    seeAll(plan.legalBases);
    seeAll(plan.body);
    seeAll(plan.recipients);
    seeAll(plan.units);
    seeAll(plan.groups);
    for (const Group& g : plan.groups)
        seeAll(g.tasks);
    seeAll(plan.kpis);
    seeAll(plan.progress);
    seeAll(plan.events);
    seeAll(plan.log);
    seeAll(plan.reports);
    for (const Tombstone& t : plan.tombstones)
        see(t.deleted);
    return newest;
}

void sortPlanSummaries(std::vector<PlanSummary>& plans) {
    std::sort(plans.begin(), plans.end(), [](const PlanSummary& a, const PlanSummary& b) {
        if (a.year != b.year)
            return a.year > b.year;
        if (const int c = compareVietnamese(a.title, b.title); c != 0)
            return c < 0;
        return a.id < b.id;
    });
}

Plan duplicatePlan(const Plan& plan, const std::string& newId, const std::string& time,
                   const std::string& author, const std::string& suffix) {
    Plan copy = plan;
    copy.meta = {newId, time, author};
    copy.title += suffix;
    return copy;
}

std::string exportFileName(const Plan& plan, const std::string& localDate) {
    const std::string place = plan.place.empty() ? plan.issuingBody : plan.place;
    std::string name = fileSlug(place);
    if (!name.empty())
        name += "-";
    name += std::to_string(plan.year);
    const std::string day = fileSlug(localDate);
    if (!day.empty())
        name += "-" + day;
    return name + ".json";
}

bool versionDue(double lastKeptMs, double nowMs, bool always) {
    return always || lastKeptMs < 0 || nowMs - lastKeptMs >= kVersionEveryMs;
}

std::string versionFileName(const std::string& iso) {
    std::string name;
    for (const char c : iso)
        if (c != '-' && c != ':')
            name += c;
    return name + ".json";
}

namespace {

bool isVersionName(const std::string& n) {
    // "20240715T083000Z.json"
    if (n.size() != 21 || n.compare(16, 5, ".json") != 0 || n[8] != 'T' || n[15] != 'Z')
        return false;
    for (std::size_t i = 0; i < 15; ++i)
        if (i != 8 && (n[i] < '0' || n[i] > '9'))
            return false;
    return true;
}

} // namespace

std::string versionTime(const std::string& n) {
    if (!isVersionName(n))
        return "";
    return n.substr(0, 4) + "-" + n.substr(4, 2) + "-" + n.substr(6, 2) + "T" + n.substr(9, 2) + ":" +
           n.substr(11, 2) + ":" + n.substr(13, 2) + "Z";
}

std::vector<std::string> newestVersionsFirst(const std::vector<VersionFile>& files) {
    std::vector<std::string> names;
    for (const VersionFile& f : files)
        if (isVersionName(f.name))
            names.push_back(f.name);
    std::sort(names.rbegin(), names.rend()); // the names sort by time
    return names;
}

std::vector<std::string> versionsToPrune(const std::vector<VersionFile>& files) {
    std::vector<VersionFile> sorted;
    for (const VersionFile& f : files)
        if (isVersionName(f.name))
            sorted.push_back(f);
    std::sort(sorted.begin(), sorted.end(),
              [](const VersionFile& a, const VersionFile& b) { return a.name > b.name; });
    std::vector<std::string> remove;
    std::size_t bytes = 0, kept = 0;
    for (const VersionFile& f : sorted) {
        if (kept < kMaxVersions && (kept == 0 || bytes + f.bytes <= kMaxVersionBytes)) {
            ++kept;
            bytes += f.bytes;
        } else {
            remove.push_back(f.name);
        }
    }
    return remove;
}

bool backupDue(double lastExportMs, double firstUseMs, int editsSinceExport, double nowMs) {
    if (editsSinceExport >= kBackupRemindEdits)
        return true;
    const double since = lastExportMs > 0 ? lastExportMs : firstUseMs;
    return since > 0 && nowMs - since > kBackupRemindMs;
}

} // namespace domain
