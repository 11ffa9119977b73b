// The only main loop. WebGL2 + Dear ImGui in the browser (input through web_input.cpp), drawing a frame only
// when something happened (input, resize, a storage callback, a timer the app asked for); idle otherwise.
#include "domain/plan_json.hpp"
#include "platform/platform.hpp"
#include "ui/app.hpp"
#include "ui/i18n.hpp"
#include "ui/theme.hpp"
#include "web_input.hpp"

#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_internal.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <exception>
#include <optional>
#include <string>

namespace {

constexpr float kBaseFontPx = 16.0f;
constexpr int kFramesAfterWake = 3; ///< ImGui needs a couple of frames to settle layout after an input

struct Runtime {
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = 0;
    ui::App app;
    ImGuiStyle baseStyle;
    float fontRatio = 0; ///< device pixel ratio the font atlas was built for
    int framesLeft = 0;
    bool frameScheduled = false;
    long framesDrawn = 0;
    bool firstPlanFrameSeen = false;
    std::string lastPublished;
};

Runtime* g_rt = nullptr;

// ASCII, the Vietnamese letters, the common signs; the font file is subset to the same set at build time
// (CMakeLists.txt). Anything else is drawn as U+FFFD (the text itself is kept as it is).
const ImWchar kGlyphRanges[] = {
    0x0020, 0x007E, 0x00A0, 0x00A0, 0x00A7, 0x00A7, 0x00A9, 0x00A9, 0x00AB, 0x00AB, 0x00AE, 0x00AE, 0x00B0,
    0x00B3, 0x00B7, 0x00B7, 0x00BB, 0x00BB, 0x00BD, 0x00BD, 0x00C0, 0x00C3, 0x00C8, 0x00CA, 0x00CC, 0x00CD,
    0x00D2, 0x00D5, 0x00D7, 0x00D7, 0x00D9, 0x00DA, 0x00DD, 0x00DD, 0x00E0, 0x00E3, 0x00E8, 0x00EA, 0x00EC,
    0x00ED, 0x00F2, 0x00F5, 0x00F7, 0x00F7, 0x00F9, 0x00FA, 0x00FD, 0x00FD, 0x0102, 0x0103, 0x0110, 0x0111,
    0x0128, 0x0129, 0x0168, 0x0169, 0x01A0, 0x01A1, 0x01AF, 0x01B0, 0x1EA0, 0x1EF9, 0x2013, 0x2014, 0x2018,
    0x201A, 0x201C, 0x201E, 0x2022, 0x2022, 0x2026, 0x2026, 0x2030, 0x2030, 0x2039, 0x203A, 0x20AB, 0x20AC,
    0x2116, 0x2116, 0x2122, 0x2122, 0x2190, 0x2193, 0x2264, 0x2265, 0x25B2, 0x25BC, 0xFFFD, 0xFFFD, 0};

/// Builds the font atlas at the device pixel ratio, so text is drawn 1:1 with screen pixels (sharp on HiDPI),
/// and scales the style to match.
void rebuildFonts(float ratio) { // ratio: device pixels per CSS pixel × the user's UI zoom
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    ImFontConfig cfg;
    cfg.OversampleH = 2;
    cfg.OversampleV = 1;
    // Read here, not by ImGui (its file functions are left out of the build): the atlas owns the copy.
    static const std::optional<std::string> ttf = platform::readFile("/fonts/vi.ttf");
    if (ttf && !ttf->empty()) {
        void* data = IM_ALLOC(ttf->size());
        std::memcpy(data, ttf->data(), ttf->size());
        io.Fonts->AddFontFromMemoryTTF(data, static_cast<int>(ttf->size()), std::round(kBaseFontPx * ratio),
                                       &cfg, kGlyphRanges);
    }
    io.Fonts->Build();
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    ImGui::GetStyle() = g_rt->baseStyle;
    ImGui::GetStyle().ScaleAllSizes(ratio);
    g_rt->fontRatio = ratio;
    platform::publishTestState("{\"fontPx\":" + std::to_string(std::lround(kBaseFontPx * ratio)) + "}");
}

/// Keeps the canvas backing store at CSS size × devicePixelRatio; the ratio, and the size in `w`, `h`.
float syncCanvasSize(int& w, int& h) {
    double cssW = 0, cssH = 0;
    platform::canvasCssSize(cssW, cssH);
    const float ratio = platform::devicePixelRatio();
    const int wantW = static_cast<int>(std::lround(cssW * ratio)),
              wantH = static_cast<int>(std::lround(cssH * ratio));
    emscripten_get_canvas_element_size("#canvas", &w, &h);
    if (wantW > 0 && wantH > 0 && (wantW != w || wantH != h)) {
        emscripten_set_canvas_element_size("#canvas", wantW, wantH);
        w = wantW;
        h = wantH;
    }
    return ratio;
}

void drawFrame() {
    int fbW = 0, fbH = 0;
    const float ratio = syncCanvasSize(fbW, fbH);
    const float scale = ratio * g_rt->app.uiZoom(); // sharp at any devicePixelRatio, browser zoom or UI zoom
    if (scale != g_rt->fontRatio)
        rebuildFonts(scale);

    const double started = platform::nowMs();
    ImGui_ImplOpenGL3_NewFrame();
    webinput::newFrame(fbW, fbH, ratio, started);
    ImGui::NewFrame();
    ui::FrameContext ctx;
    ctx.pixelRatio = ratio;
    g_rt->app.frame(ctx, platform::nowMs());
    ImGui::Render();
    const double built = platform::nowMs(); // CPU time of the UI: layout, views, draw lists

    glViewport(0, 0, fbW, fbH);
    glClearColor(0.94f, 0.94f, 0.94f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    ++g_rt->framesDrawn;

    const ui::Rect& f = ctx.textField;
    const ImVec2 pad = ImGui::GetStyle().FramePadding;
    // Keys typed before the element had the focus are still in ImGui's queue (it hands them out over frames):
    // the element takes the focus once they are all in the field, so what is typed next comes after them.
    bool keysQueued = false;
    for (const ImGuiInputEvent& e : ImGui::GetCurrentContext()->InputEventsQueue)
        keysQueued = keysQueued || e.Type == ImGuiInputEventType_Key || e.Type == ImGuiInputEventType_Text;
    platform::textInputFollow(ctx.textFieldActive, !keysQueued, ctx.textFieldMultiline, f.x / ratio,
                              f.y / ratio, f.w / ratio, f.h / ratio, kBaseFontPx * g_rt->app.uiZoom(),
                              pad.x / ratio, pad.y / ratio);
    if (platform::testSurfaceWanted()) { // the whole state only for tests: it is not free to build
        std::string state = g_rt->app.testState(ctx);
        if (state != g_rt->lastPublished) {
            platform::publishTestState(state);
            g_rt->lastPublished = std::move(state);
        }
        char frameInfo[96];
        std::snprintf(frameInfo, sizeof frameInfo, "{\"frames\":%ld,\"frameCpuMs\":%.3f}", g_rt->framesDrawn,
                      built - started);
        platform::publishTestState(frameInfo);
    }
    if (!g_rt->firstPlanFrameSeen && g_rt->app.hasPlan()) {
        // For the start-up benchmark: when the plan was first on screen, in page time (ms since navigation).
        g_rt->firstPlanFrameSeen = true;
        platform::publishTestState("{\"firstPlanFrameMs\":" + std::to_string(platform::nowMs()) + "}");
    }
    // A focus move asked for in this frame (a dialog's SetKeyboardFocusHere, a Tab, an activation) is applied
    // by the next one: it must come, even when no input or timer is left to ask for it.
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    if (g.NavMoveSubmitted || g.NavMoveForwardToNextFrame || g.NavInitRequest || g.NavNextActivateId != 0)
        ctx.redraw = true;
    // What changed is drawn by the next frame (and a view whose layout is still settling asks again then).
    if (ctx.redraw && g_rt->framesLeft < 2)
        g_rt->framesLeft = 2;
    // A blinking caret needs a frame now and then while a field is active (2 per second at most).
    if (ImGui::GetIO().WantTextInput)
        platform::wakeAfter(500);
}

void scheduleFrame();

EM_BOOL onAnimationFrame(double, void*) {
    g_rt->frameScheduled = false;
    try { // App::frame catches its own failures; this is for the rest of the frame (no exception reaches JS)
        drawFrame();
    } catch (const std::exception& e) {
        g_rt->app.reportFailure("draw", e.what());
    } catch (...) {
        g_rt->app.reportFailure("draw", "?");
    }
    // Keep going while ImGui still has queued input (it trickles key/char events over frames).
    if (--g_rt->framesLeft > 0 || ImGui::GetCurrentContext()->InputEventsQueue.Size > 0)
        scheduleFrame();
    // For tests: whether what is on screen is final (no frame is coming), so layouts can be read reliably.
    if (platform::testSurfaceWanted())
        platform::publishTestState(g_rt->frameScheduled ? "{\"settled\":false}" : "{\"settled\":true}");
    return EM_FALSE;
}

void scheduleFrame() {
    if (!g_rt->frameScheduled) {
        g_rt->frameScheduled = true;
        emscripten_request_animation_frame(onAnimationFrame, nullptr);
    }
}

void wakeFor(int frames) {
    if (g_rt->framesLeft < frames)
        g_rt->framesLeft = frames;
    scheduleFrame();
}
void wake() {
    wakeFor(kFramesAfterWake);
}

const char* getClipboard(void*) {
    return platform::clipboardText();
}
void setClipboard(void*, const char* text) {
    platform::setClipboardText(text);
}
void onZoom(int step) {
    g_rt->app.changeZoom(step);
    wake();
}

void onStepDown() {
    g_rt->app.flushNow();
}
void onTimer() {
    g_rt->app.timerFired();
}
void onStorageReloaded() {
    g_rt->app.reloadFromStorage();
}

void onFile(const std::string& name, const std::string& data, bool tooBig) {
    g_rt->app.receiveFile(name, data, tooBig);
}

} // namespace

extern "C" EMSCRIPTEN_KEEPALIVE const char* kstthc_plan_json() {
    static std::string json; // returned to JS, must outlive the call
    try {
        json = g_rt ? g_rt->app.planJson() : std::string();
    } catch (...) { // out of memory: an empty answer, never an exception in JavaScript
        json.clear();
    }
    return json.c_str();
}

int main() {
    g_rt = new Runtime();
    // Before the input handlers: ours must see key events first (see platform/web.cpp).
    platform::setWakeHandler(wakeFor);
    platform::installWakeListeners();
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    attrs.minorVersion = 0;
    attrs.depth = EM_FALSE; // ImGui draws 2D only
    attrs.stencil = EM_FALSE;
    attrs.antialias = EM_FALSE;
    g_rt->gl = emscripten_webgl_create_context("#canvas", &attrs);
    if (g_rt->gl <= 0 || emscripten_webgl_make_context_current(g_rt->gl) != EMSCRIPTEN_RESULT_SUCCESS)
        return 1;

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // settings go through our own storage, not imgui.ini
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.GetClipboardTextFn = getClipboard;
    io.SetClipboardTextFn = setClipboard;
    ui::applyTheme(ImGui::GetStyle());
    g_rt->baseStyle = ImGui::GetStyle();
    webinput::install("#canvas", wake);
    ImGui_ImplOpenGL3_Init("#version 300 es");

    platform::setPageTitle(ui::tr(ui::Str::AppTitle));
    platform::setFileHandler(onFile, static_cast<double>(domain::kMaxImportBytes));
    platform::setStepDownHandler(onStepDown);
    platform::setZoomHandler(onZoom);
    platform::setReloadHandler(onStorageReloaded);
    platform::setTimerHandler(onTimer);
    g_rt->app.start();
    wake();
    emscripten_exit_with_live_runtime();
    return 0;
}
