// The report module: a second wasm program, loaded only when the officer first prints or downloads a report
// (src/platform/web_library.js, js_report_render), so that the app's first load stays small. It reads the
// plan as the app exports it and renders one report (domain/report_render.hpp). No UI, no file system.
#include "domain/plan_json.hpp"
#include "domain/report_render.hpp"

#include <emscripten/emscripten.h>

#include <cstdlib>
#include <cstring>

namespace {

char* copyOut(const std::string& s) {
    char* p = static_cast<char*>(std::malloc(s.size() + 1));
    if (p) {
        std::memcpy(p, s.data(), s.size());
        p[s.size()] = '\0';
    }
    return p;
}

} // namespace

/// The report `reportId` of the plan `planJson` in `format` (domain::ReportFormat): its bytes (malloc'd, the
/// caller frees them), their number in *size and the file's name (malloc'd) in *name; nullptr when the plan
/// cannot be read or has no such report.
extern "C" EMSCRIPTEN_KEEPALIVE char* kstthc_render_report(const char* planJson, const char* reportId,
                                                           int format, int* size, char** name) {
    *size = 0;
    *name = nullptr;
    try {
        const domain::ImportResult read = domain::importPlanJson(planJson);
        if (!read.plan || format < 0 || format > 2)
            return nullptr;
        const std::optional<domain::RenderedReport> out =
            domain::renderReport(*read.plan, reportId, static_cast<domain::ReportFormat>(format));
        if (!out)
            return nullptr;
        *size = static_cast<int>(out->data.size());
        *name = copyOut(out->fileName);
        return copyOut(out->data);
    } catch (...) {
        return nullptr;
    }
}

int main() {
    return 0;
}
