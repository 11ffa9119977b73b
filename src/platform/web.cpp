// Browser implementation of platform.hpp (Emscripten). The JavaScript half is web_library.js; the page's own
// event handlers call back into the exported kstthc_* functions below.
//
// [SECTION] JS side: src/platform/web_library.js (passed to --js-library)
// [SECTION] Exported entry points for the page
// [SECTION] C++ side
#include "platform/platform.hpp"

#include <emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

platform::WakeHandler g_wake = nullptr;
platform::FileHandler g_file = nullptr;
platform::ReportHandler g_report = nullptr;
platform::TabRole g_role = platform::TabRole::Deciding;
platform::Handler g_stepDown = nullptr;
platform::Handler g_reload = nullptr;
platform::Handler g_timer = nullptr;
platform::ZoomHandler g_zoom = nullptr;
platform::StorageState g_storage = platform::StorageState::Loading;
platform::PushStatus g_push;
std::string g_clipboard;
double g_timerDue = -1;
long g_timerId = 0;

void wake(int frames = 3) {
    if (g_wake)
        g_wake(frames);
}

void onTimer(void*) {
    g_timerDue = -1;
    g_timerId = 0;
    if (g_timer)
        g_timer();
    wake(1); // what the timer changed asks for more frames itself (FrameContext::redraw)
}

double wallMs() {
    using namespace std::chrono;
    return static_cast<double>(duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count());
}

} // namespace

// [SECTION] JS side: src/platform/web_library.js (passed to --js-library)

extern "C" {
void js_install_wake_listeners();
void js_install_text_element();
void js_report_render(const char* planJson, const char* reportId, int format);
void js_text_end_composition();
void js_text_follow(int active, int focus, int multiline, float x, float y, float w, float h, float fontPx,
                    float padX, float padY);
unsigned js_text_serial();
char* js_text_read(int* numbers, int atLeave);
void js_text_set(const char* value, int anchor, int caret);
char* js_text_take_pasted(int raw);
void js_write_clipboard(const char* text);
void js_storage_mount();
void js_tabs_start();
void js_tabs_take_over();
void js_tabs_follow();
void js_storage_push();
char* js_journal_read(const char* planId);
int js_journal_write(const char* planId, const char* text);
void js_journal_remove(const char* planId);
char* js_journal_plans();
char* js_storage_error();
void js_storage_info(double* out);
void js_set_unsaved(int unsaved);
int js_update_ready();
void js_apply_update();
void js_set_title(const char* title);
void js_publish(const char* json);
int js_test_wanted();
void js_download(const char* name, const char* data, int size, const char* mime);
void js_install_file_input(double maxBytes);
void js_open_file_picker(const char* accept);
}

// [SECTION] Exported entry points for the page

extern "C" {

EMSCRIPTEN_KEEPALIVE void kstthc_wake() {
    wake();
}

/// The text element's value or caret changed: two frames (the text, then the field's height settled).
EMSCRIPTEN_KEEPALIVE void kstthc_wake_text() {
    wake(2);
}

EMSCRIPTEN_KEEPALIVE void kstthc_file_received(const char* name, const char* data, int size, int tooBig) {
    if (g_file)
        g_file(name, std::string(data, static_cast<std::size_t>(size)), tooBig != 0);
    wake();
}

EMSCRIPTEN_KEEPALIVE void kstthc_report_done(int outcome) {
    if (g_report)
        g_report(static_cast<platform::ReportOutcome>(outcome));
    wake();
}

EMSCRIPTEN_KEEPALIVE void kstthc_tab_role(int role) {
    g_role = static_cast<platform::TabRole>(role);
    wake();
}

EMSCRIPTEN_KEEPALIVE void kstthc_zoom(int step) {
    if (g_zoom)
        g_zoom(step);
}

EMSCRIPTEN_KEEPALIVE void kstthc_step_down() {
    if (g_stepDown)
        g_stepDown();
    wake();
}

EMSCRIPTEN_KEEPALIVE void kstthc_storage_reloaded() {
    if (g_reload)
        g_reload();
    wake();
}

EMSCRIPTEN_KEEPALIVE void kstthc_storage_mounted(int ok) {
    g_storage = ok ? platform::StorageState::Ready : platform::StorageState::Unavailable;
    wake();
}

// ok: 1 stored, 0 failed, 2 refused because another tab is the writer now (this tab stopped writing).
EMSCRIPTEN_KEEPALIVE void kstthc_storage_pushed(int ok) {
    g_push.inFlight = false;
    if (ok == 2) {
        g_push.queued = false;
        wake();
        return;
    }
    if (ok) {
        g_push.failures = 0;
        g_push.lastSuccessMs = platform::nowMs();
        g_push.lastSuccessWall = wallMs();
    } else {
        ++g_push.failures;
        g_push.lastFailureMs = platform::nowMs();
    }
    if (g_push.queued) {
        g_push.queued = false;
        platform::storagePush();
    }
    wake();
}

} // extern "C"

// [SECTION] C++ side

namespace platform {

void setWakeHandler(WakeHandler handler) {
    g_wake = handler;
}

void installWakeListeners() {
    js_install_wake_listeners();
    js_install_text_element();
}

void wakeAfter(double ms) {
    const double due = nowMs() + ms;
    if (g_timerId != 0 && g_timerDue <= due)
        return;
    if (g_timerId != 0)
        emscripten_clear_timeout(g_timerId);
    g_timerDue = due;
    g_timerId = emscripten_set_timeout(onTimer, ms, nullptr);
}

double nowMs() {
    return emscripten_get_now();
}

void storageMount() {
    js_storage_mount();
}
StorageState storageState() {
    return g_storage;
}

std::optional<std::string> journalRead(const std::string& planId) {
    char* p = js_journal_read(planId.c_str());
    if (!p)
        return std::nullopt;
    std::string s = p;
    std::free(p);
    return s;
}

bool journalWrite(const std::string& planId, const std::string& text) {
    return js_journal_write(planId.c_str(), text.c_str()) != 0;
}

void journalRemove(const std::string& planId) {
    js_journal_remove(planId.c_str());
}

std::vector<std::string> journalPlans() {
    std::vector<std::string> ids;
    char* p = js_journal_plans(); // ids separated by '\n'
    std::string all = p ? p : "";
    std::free(p);
    std::size_t start = 0;
    while (start < all.size()) {
        const std::size_t end = std::min(all.find('\n', start), all.size());
        if (end > start)
            ids.push_back(all.substr(start, end - start));
        start = end + 1;
    }
    return ids;
}

std::string storageError() {
    char* p = js_storage_error();
    std::string s = p ? p : "";
    std::free(p);
    return s;
}

std::size_t fileSize(const std::string& path) {
    struct stat st {};
    return stat(path.c_str(), &st) == 0 ? static_cast<std::size_t>(st.st_size) : 0;
}

std::optional<std::string> readFile(const std::string& path) {
    FILE* f = std::fopen(path.c_str(), "rb");
    if (!f)
        return std::nullopt;
    std::string data;
    char buf[65536];
    std::size_t n = 0;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0)
        data.append(buf, n);
    const bool ok = !std::ferror(f);
    std::fclose(f);
    if (!ok)
        return std::nullopt;
    return data;
}

bool writeFileAtomic(const std::string& path, const std::string& data) {
    const std::string tmp = path + ".tmp";
    FILE* f = std::fopen(tmp.c_str(), "wb");
    if (!f)
        return false;
    const bool written = std::fwrite(data.data(), 1, data.size(), f) == data.size();
    const bool closed = std::fclose(f) == 0;
    if (!written || !closed) {
        std::remove(tmp.c_str());
        return false;
    }
    return std::rename(tmp.c_str(), path.c_str()) == 0;
}

std::vector<std::string> listFiles(const std::string& dir) {
    std::vector<std::string> names;
    if (DIR* d = opendir(dir.c_str())) {
        while (dirent* e = readdir(d)) {
            const std::string name = e->d_name;
            struct stat st {};
            if (name != "." && name != ".." && stat((dir + "/" + name).c_str(), &st) == 0 &&
                S_ISREG(st.st_mode))
                names.push_back(name);
        }
        closedir(d);
    }
    std::sort(names.begin(), names.end());
    return names;
}

bool removeFile(const std::string& path) {
    return std::remove(path.c_str()) == 0;
}

void makeDir(const std::string& path) {
    mkdir(path.c_str(), 0755);
}

bool removeDir(const std::string& path) {
    return rmdir(path.c_str()) == 0;
}

void downloadFile(const std::string& name, const std::string& data, const char* mimeType) {
    js_download(name.c_str(), data.data(), static_cast<int>(data.size()), mimeType);
}

void setFileHandler(FileHandler handler, double maxBytes) {
    g_file = handler;
    js_install_file_input(maxBytes);
}

void renderReport(const std::string& planJson, const std::string& reportId, int format) {
    js_report_render(planJson.c_str(), reportId.c_str(), format);
}

void setReportHandler(ReportHandler handler) {
    g_report = handler;
}

void openFilePicker(const char* accept) {
    js_open_file_picker(accept);
}

bool renameFile(const std::string& from, const std::string& to) {
    return std::rename(from.c_str(), to.c_str()) == 0;
}

void storagePush() {
    if (g_storage != StorageState::Ready)
        return;
    if (g_push.inFlight) {
        g_push.queued = true;
        return;
    }
    g_push.inFlight = true;
    js_storage_push();
}

void tabsStart() {
    js_tabs_start();
}
TabRole tabRole() {
    return g_role;
}
void takeOverWriting() {
    js_tabs_take_over();
}
void followWriter() {
    js_tabs_follow();
}
void setTimerHandler(Handler handler) {
    g_timer = handler;
}

void setStepDownHandler(Handler handler) {
    g_stepDown = handler;
}
void setZoomHandler(ZoomHandler handler) {
    g_zoom = handler;
}
void setReloadHandler(Handler handler) {
    g_reload = handler;
}

StorageInfo storageInfo() {
    double numbers[3] = {0, -1, -1};
    js_storage_info(numbers);
    return {numbers[0] != 0, numbers[1], numbers[2]};
}

const PushStatus& pushStatus() {
    return g_push;
}
void setUnsavedChanges(bool unsaved) {
    js_set_unsaved(unsaved ? 1 : 0);
}

void textInputFollow(bool active, bool focus, bool multiline, float x, float y, float w, float h,
                     float fontPx, float padX, float padY) {
    js_text_follow(active ? 1 : 0, focus ? 1 : 0, multiline ? 1 : 0, x, y, w, h, fontPx, padX, padY);
}

void textElementEndComposition() {
    js_text_end_composition();
}

unsigned textElementSerial() {
    return js_text_serial();
}

TextElementState textElementState(bool atLeave) {
    int numbers[6] = {0, 0, 0, 0, 0, 0};
    char* value = js_text_read(numbers, atLeave ? 1 : 0);
    TextElementState state;
    state.value = value;
    std::free(value);
    const int size = static_cast<int>(state.value.size());
    auto clamp = [size](int v) { return std::clamp(v, 0, size); };
    state.anchor = clamp(numbers[0]);
    state.caret = clamp(numbers[1]);
    state.composing = numbers[2] != 0;
    state.composeStart = clamp(numbers[3]);
    state.composeEnd = std::max(state.composeStart, clamp(numbers[4]));
    state.serial = static_cast<unsigned>(numbers[5]);
    return state;
}

void textElementSet(const std::string& value, int anchor, int caret) {
    js_text_set(value.c_str(), anchor, caret);
}

std::string takePastedText(bool raw) {
    char* pasted = js_text_take_pasted(raw ? 1 : 0);
    std::string text = pasted;
    std::free(pasted);
    return text;
}

const char* clipboardText() {
    return g_clipboard.c_str();
}

void setClipboardText(const char* text) {
    g_clipboard = text ? text : "";
    js_write_clipboard(g_clipboard.c_str());
}

bool updateReady() {
    return js_update_ready() != 0;
}
void applyUpdate() {
    js_apply_update();
}

void setPageTitle(const char* title) {
    js_set_title(title);
}

float devicePixelRatio() {
    return static_cast<float>(emscripten_get_device_pixel_ratio());
}

void canvasCssSize(double& width, double& height) {
    emscripten_get_element_css_size("#canvas", &width, &height);
}

void publishTestState(const std::string& jsonObject) {
    js_publish(jsonObject.c_str());
}

bool testSurfaceWanted() {
    static const bool wanted = js_test_wanted() != 0; // set by the test before the page loads; never changes
    return wanted;
}

} // namespace platform
