// A stand-in for the browser so the UI builds and runs natively (see native.hpp): files in memory, a clock
// the test moves, no text element, no tabs but the one.
#include "platform/native.hpp"

#include "domain/plan_json.hpp"
#include "domain/report_render.hpp"

#include <algorithm>
#include <set>

namespace platform {

namespace {

struct State {
    std::map<std::string, std::string> files;
    std::map<std::string, std::string> journals;
    bool journalRefused = false;
    ReportHandler report = nullptr;
    std::set<std::string> dirs;
    std::vector<native::Download> downloads;
    StorageState storage = StorageState::Loading;
    TabRole role = TabRole::Deciding;
    PushStatus push;
    double now = 0;
    int pushes = 0;
    std::string clipboard;
    TextElementState element;
};

State& state() {
    static State s; // one page per process, as in the browser
    return s;
}

} // namespace

namespace native {

std::map<std::string, std::string>& files() {
    return state().files;
}
std::map<std::string, std::string>& journals() {
    return state().journals;
}
bool& journalRefused() {
    return state().journalRefused;
}
std::vector<Download>& downloads() {
    return state().downloads;
}
void reset() {
    state() = State{};
}
void mount(StorageState s, TabRole role) {
    state().storage = s;
    state().role = role;
}
void setRole(TabRole role) {
    state().role = role;
}
void advance(double ms) {
    state().now += ms;
}
int pushes() {
    return state().pushes;
}

} // namespace native

void setWakeHandler(WakeHandler) {}
void installWakeListeners() {}
void wakeAfter(double) {}
double nowMs() {
    return state().now;
}

void storageMount() {}
StorageState storageState() {
    return state().storage;
}
std::string storageError() {
    return "";
}

std::optional<std::string> readFile(const std::string& path) {
    const auto it = state().files.find(path);
    if (it == state().files.end())
        return std::nullopt;
    return it->second;
}
std::size_t fileSize(const std::string& path) {
    const auto it = state().files.find(path);
    return it == state().files.end() ? 0 : it->second.size();
}
bool writeFileAtomic(const std::string& path, const std::string& data) {
    state().files[path] = data;
    return true;
}
std::vector<std::string> listFiles(const std::string& dir) {
    std::vector<std::string> names;
    const std::string prefix = dir + "/";
    for (const auto& [path, data] : state().files)
        if (path.compare(0, prefix.size(), prefix) == 0 && path.find('/', prefix.size()) == std::string::npos)
            names.push_back(path.substr(prefix.size()));
    return names; // the map keeps them sorted
}
bool renameFile(const std::string& from, const std::string& to) {
    auto& files = state().files;
    const auto it = files.find(from);
    if (it == files.end())
        return false;
    files[to] = std::move(it->second);
    files.erase(from);
    return true;
}
bool removeFile(const std::string& path) {
    return state().files.erase(path) > 0;
}
void makeDir(const std::string& path) {
    state().dirs.insert(path);
}
bool removeDir(const std::string& path) {
    const std::string prefix = path + "/";
    for (const auto& [p, data] : state().files)
        if (p.compare(0, prefix.size(), prefix) == 0)
            return false; // not empty
    return state().dirs.erase(path) > 0;
}
StorageInfo storageInfo() {
    return {};
}
std::optional<std::string> journalRead(const std::string& planId) {
    const auto it = state().journals.find(planId);
    return it == state().journals.end() ? std::nullopt : std::optional<std::string>(it->second);
}
bool journalWrite(const std::string& planId, const std::string& text) {
    if (state().journalRefused)
        return false;
    state().journals[planId] = text;
    return true;
}
void journalRemove(const std::string& planId) {
    state().journals.erase(planId);
}
std::vector<std::string> journalPlans() {
    std::vector<std::string> ids;
    for (const auto& [id, text] : state().journals)
        ids.push_back(id);
    return ids;
}

void setTimerHandler(Handler) {} // the test drives frames, which save when due

void storagePush() {
    ++state().pushes;
    state().push.lastSuccessMs = state().now;
    state().push.lastSuccessWall = 1; // pushes succeed at once here
}
const PushStatus& pushStatus() {
    return state().push;
}
void setUnsavedChanges(bool) {}

void tabsStart() {}
TabRole tabRole() {
    return state().role;
}
void takeOverWriting() {
    state().role = TabRole::TakingOver;
}
void followWriter() {
    state().role = TabRole::Reader;
}
void setStepDownHandler(Handler) {}
void setReloadHandler(Handler) {}

void textInputFollow(bool, bool, bool, float, float, float, float, float, float, float) {}
unsigned textElementSerial() {
    return 0;
}
TextElementState textElementState(bool) {
    return state().element;
}
void textElementEndComposition() {
    state().element.composing = false;
}
void textElementSet(const std::string& value, int anchor, int caret) {
    state().element = {value, anchor, caret, false, 0, 0};
}
std::string takePastedText(bool) {
    return "";
}
const char* clipboardText() {
    return state().clipboard.c_str();
}
void setClipboardText(const char* text) {
    state().clipboard = text ? text : "";
}

void downloadFile(const std::string& name, const std::string& data, const char*) {
    state().downloads.push_back({name, data});
}
void setFileHandler(FileHandler, double) {}
void renderReport(const std::string& planJson, const std::string& reportId, int format) {
    // As the report module does in the browser, at once: the file is "downloaded" (the print page too).
    ReportOutcome outcome = ReportOutcome::NotMade;
    if (const domain::ImportResult read = domain::importPlanJson(planJson); read.plan)
        if (auto out =
                domain::renderReport(*read.plan, reportId, static_cast<domain::ReportFormat>(format))) {
            state().downloads.push_back({out->fileName, out->data});
            outcome = ReportOutcome::Done;
        }
    if (state().report)
        state().report(outcome);
}
void setReportHandler(ReportHandler handler) {
    state().report = handler;
}
void openFilePicker(const char*) {}
void setZoomHandler(ZoomHandler) {}
bool updateReady() {
    return false;
}
void applyUpdate() {}
void setPageTitle(const char*) {}
float devicePixelRatio() {
    return 1.0f;
}
void canvasCssSize(double& width, double& height) {
    width = 1366;
    height = 768;
}
void publishTestState(const std::string&) {}
bool testSurfaceWanted() {
    return true; // the native tests read the widget rectangles
}

} // namespace platform
