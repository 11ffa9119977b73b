// Snapshot reading and the import placement rule (see snapshot.hpp).
#include "domain/snapshot.hpp"

namespace domain {

Snapshot readSnapshot(std::string_view bytes) {
    Snapshot s;
    ImportResult r = importPlanJson(bytes);
    if (!r.plan && !isValidUtf8(bytes)) {
        // Files from old tools are often Windows-1252 bytes carrying TCVN3 or VNI text: read them so, if that
        // gives a valid plan in a recognisable encoding (otherwise the UTF-8 error stands).
        ImportResult latin = importPlanJson(windows1252ToUtf8(bytes));
        if (latin.plan && detectPlanLegacyEncoding(*latin.plan) != LegacyEncoding::None)
            r = std::move(latin);
    }
    s.plan = std::move(r.plan);
    s.errors = std::move(r.errors);
    if (s.plan) {
        s.legacy = detectPlanLegacyEncoding(*s.plan);
        if (s.legacy != LegacyEncoding::None)
            s.converted = convertPlanLegacy(*s.plan, s.legacy);
    }
    return s;
}

ImportPlacement placeImport(bool replace, bool hasOpenPlan, bool idAlreadyStored) {
    if (replace && hasOpenPlan)
        return ImportPlacement::ReplaceOpen;
    return idAlreadyStored ? ImportPlacement::AddNewId : ImportPlacement::AddAsIs;
}

} // namespace domain
