// Dear ImGui's platform side in the browser (see web_input.hpp).
#include "web_input.hpp"

#include <emscripten/html5.h>
#include <imgui.h>

#include <bitset>
#include <cfloat>

extern "C" void js_set_cursor(int shape); // web_library.js: the canvas's CSS cursor

namespace webinput {

namespace {

struct State {
    void (*wake)() = nullptr;
    float ratio = 1.0f;                      ///< device pixels per CSS pixel, as of the last frame
    double lastFrameMs = 0;                  ///< for ImGui's time step
    int cursor = -2;                         ///< the shape last given to the page (-2: none yet)
    std::bitset<ImGuiKey_NamedKey_END> down; ///< keys held, released when the page loses focus
};

State g;

/// ImGui's key for a DOM keyCode (layout-dependent for letters, as GLFW's emulation was) and location
/// (1 left, 2 right, 3 keypad).
ImGuiKey keyOf(unsigned long code, unsigned long location) {
    if (code >= 48 && code <= 57)
        return static_cast<ImGuiKey>(ImGuiKey_0 + (code - 48));
    if (code >= 65 && code <= 90)
        return static_cast<ImGuiKey>(ImGuiKey_A + (code - 65));
    if (code >= 96 && code <= 105)
        return static_cast<ImGuiKey>(ImGuiKey_Keypad0 + (code - 96));
    if (code >= 112 && code <= 123)
        return static_cast<ImGuiKey>(ImGuiKey_F1 + (code - 112));
    const bool right = location == DOM_KEY_LOCATION_RIGHT;
    switch (code) {
    case 8:
        return ImGuiKey_Backspace;
    case 9:
        return ImGuiKey_Tab;
    case 13:
        return location == DOM_KEY_LOCATION_NUMPAD ? ImGuiKey_KeypadEnter : ImGuiKey_Enter;
    case 16:
        return right ? ImGuiKey_RightShift : ImGuiKey_LeftShift;
    case 17:
        return right ? ImGuiKey_RightCtrl : ImGuiKey_LeftCtrl;
    case 18:
        return right ? ImGuiKey_RightAlt : ImGuiKey_LeftAlt;
    case 19:
        return ImGuiKey_Pause;
    case 20:
        return ImGuiKey_CapsLock;
    case 27:
        return ImGuiKey_Escape;
    case 32:
        return ImGuiKey_Space;
    case 33:
        return ImGuiKey_PageUp;
    case 34:
        return ImGuiKey_PageDown;
    case 35:
        return ImGuiKey_End;
    case 36:
        return ImGuiKey_Home;
    case 37:
        return ImGuiKey_LeftArrow;
    case 38:
        return ImGuiKey_UpArrow;
    case 39:
        return ImGuiKey_RightArrow;
    case 40:
        return ImGuiKey_DownArrow;
    case 44:
        return ImGuiKey_PrintScreen;
    case 45:
        return ImGuiKey_Insert;
    case 46:
        return ImGuiKey_Delete;
    case 91:
        return ImGuiKey_LeftSuper;
    case 92:
        return ImGuiKey_RightSuper;
    case 93:
        return ImGuiKey_Menu;
    case 106:
        return ImGuiKey_KeypadMultiply;
    case 107:
        return ImGuiKey_KeypadAdd;
    case 109:
        return ImGuiKey_KeypadSubtract;
    case 110:
        return ImGuiKey_KeypadDecimal;
    case 111:
        return ImGuiKey_KeypadDivide;
    case 144:
        return ImGuiKey_NumLock;
    case 145:
        return ImGuiKey_ScrollLock;
    case 59: // Firefox
    case 186:
        return ImGuiKey_Semicolon;
    case 61: // Firefox
    case 187:
        return ImGuiKey_Equal;
    case 188:
        return ImGuiKey_Comma;
    case 173: // Firefox
    case 189:
        return ImGuiKey_Minus;
    case 190:
        return ImGuiKey_Period;
    case 191:
        return ImGuiKey_Slash;
    case 192:
        return ImGuiKey_GraveAccent;
    case 219:
        return ImGuiKey_LeftBracket;
    case 220:
        return ImGuiKey_Backslash;
    case 221:
        return ImGuiKey_RightBracket;
    case 222:
        return ImGuiKey_Apostrophe;
    default:
        return ImGuiKey_None;
    }
}

void modifiers(ImGuiIO& io, bool ctrl, bool shift, bool alt, bool super) {
    io.AddKeyEvent(ImGuiMod_Ctrl, ctrl);
    io.AddKeyEvent(ImGuiMod_Shift, shift);
    io.AddKeyEvent(ImGuiMod_Alt, alt);
    io.AddKeyEvent(ImGuiMod_Super, super);
}

EM_BOOL onKey(int type, const EmscriptenKeyboardEvent* e, void*) {
    ImGuiIO& io = ImGui::GetIO();
    const bool pressed = type == EMSCRIPTEN_EVENT_KEYDOWN;
    modifiers(io, e->ctrlKey, e->shiftKey, e->altKey, e->metaKey);
    const ImGuiKey key = keyOf(e->keyCode, e->location);
    if (key != ImGuiKey_None) {
        // A held key repeats at the rate the user set in the system: each browser repeat is a new press.
        // (ImGui's own repeat is off: it counts the time between frames, which one slow frame stretches past
        // the repeat delay, so a single press of Tab or an arrow on a busy PC would move twice.)
        if (pressed && e->repeat && g.down[static_cast<std::size_t>(key)])
            io.AddKeyEvent(key, false);
        io.AddKeyEvent(key, pressed);
        g.down[static_cast<std::size_t>(key)] = pressed;
    }
    g.wake();
    // Backspace and Tab would move the browser (back a page, to the next element); other keys keep their
    // default, so that keypress and paste still happen.
    return pressed && (e->keyCode == 8 || e->keyCode == 9);
}

EM_BOOL onKeyPress(int, const EmscriptenKeyboardEvent* e, void*) {
    if (e->charCode >= 0x20 && e->charCode != 0x7F)    // typed text goes through the text element; this is
        ImGui::GetIO().AddInputCharacter(e->charCode); // for a field that has no element yet
    g.wake();
    return EM_FALSE;
}

EM_BOOL onBlur(int, const EmscriptenFocusEvent*, void*) {
    ImGuiIO& io = ImGui::GetIO();
    for (std::size_t k = 0; k < g.down.size(); ++k)
        if (g.down[k])
            io.AddKeyEvent(static_cast<ImGuiKey>(k), false);
    g.down.reset();
    modifiers(io, false, false, false, false);
    g.wake();
    return EM_FALSE;
}

void mousePos(ImGuiIO& io, long x, long y) {
    io.AddMousePosEvent(static_cast<float>(x) * g.ratio, static_cast<float>(y) * g.ratio);
}

/// DOM buttons (0 left, 1 middle, 2 right) as ImGui's (0 left, 1 right, 2 middle).
int buttonOf(unsigned short domButton) {
    return domButton == 1 ? 2 : domButton == 2 ? 1 : domButton;
}

EM_BOOL onMouse(int type, const EmscriptenMouseEvent* e, void*) {
    ImGuiIO& io = ImGui::GetIO();
    switch (type) {
    case EMSCRIPTEN_EVENT_MOUSEDOWN:
        modifiers(io, e->ctrlKey, e->shiftKey, e->altKey, e->metaKey);
        mousePos(io, e->targetX, e->targetY);
        if (e->button < 5)
            io.AddMouseButtonEvent(buttonOf(e->button), true);
        break;
    case EMSCRIPTEN_EVENT_MOUSEUP: // on the window: a drag may end outside the canvas
        if (e->button < 5)
            io.AddMouseButtonEvent(buttonOf(e->button), false);
        break;
    case EMSCRIPTEN_EVENT_MOUSEMOVE:
        mousePos(io, e->targetX, e->targetY);
        break;
    case EMSCRIPTEN_EVENT_MOUSELEAVE:
        io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
        break;
    default:
        break;
    }
    g.wake();
    return EM_FALSE;
}

/// Touch as the left mouse button, at the first finger that changed; the browser's own mouse events that
/// would follow are cancelled.
EM_BOOL onTouch(int type, const EmscriptenTouchEvent* e, void*) {
    ImGuiIO& io = ImGui::GetIO();
    for (int i = 0; i < e->numTouches; ++i) {
        const EmscriptenTouchPoint& t = e->touches[i];
        if (!t.isChanged)
            continue;
        mousePos(io, t.targetX, t.targetY);
        if (type == EMSCRIPTEN_EVENT_TOUCHSTART)
            io.AddMouseButtonEvent(0, true);
        else if (type == EMSCRIPTEN_EVENT_TOUCHEND || type == EMSCRIPTEN_EVENT_TOUCHCANCEL)
            io.AddMouseButtonEvent(0, false);
        break;
    }
    g.wake();
    return EM_TRUE;
}

/// Wheel on the canvas, where the listener may prevent the page from scrolling (on the document Chromium
/// makes it passive). Steps as in ImGui's own backend: 100 pixels, 3 lines or 1/80 page per notch.
EM_BOOL onWheel(int, const EmscriptenWheelEvent* ev, void*) {
    const float multiplier = ev->deltaMode == DOM_DELTA_PIXEL  ? 1.0f / 100.0f
                             : ev->deltaMode == DOM_DELTA_LINE ? 1.0f / 3.0f
                                                               : 80.0f;
    ImGui::GetIO().AddMouseWheelEvent(static_cast<float>(ev->deltaX) * -multiplier,
                                      static_cast<float>(ev->deltaY) * -multiplier);
    g.wake();
    return EM_TRUE;
}

} // namespace

void install(const char* canvas, void (*wake)()) {
    g.wake = wake;
    ImGuiIO& io = ImGui::GetIO();
    io.BackendPlatformName = "kstthc_web";
    io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
    io.KeyRepeatRate = 0.0f; // no repeat from frame timing (see onKey)
    io.KeyRepeatDelay = 1e30f;
    const char* window = EMSCRIPTEN_EVENT_TARGET_WINDOW;
    emscripten_set_keydown_callback(window, nullptr, true, onKey);
    emscripten_set_keyup_callback(window, nullptr, true, onKey);
    emscripten_set_keypress_callback(window, nullptr, true, onKeyPress);
    emscripten_set_blur_callback(window, nullptr, true, onBlur);
    emscripten_set_mousedown_callback(canvas, nullptr, true, onMouse);
    emscripten_set_mousemove_callback(canvas, nullptr, true, onMouse);
    emscripten_set_mouseleave_callback(canvas, nullptr, true, onMouse);
    emscripten_set_mouseup_callback(window, nullptr, true, onMouse);
    emscripten_set_touchstart_callback(canvas, nullptr, true, onTouch);
    emscripten_set_touchmove_callback(canvas, nullptr, true, onTouch);
    emscripten_set_touchend_callback(canvas, nullptr, true, onTouch);
    emscripten_set_touchcancel_callback(canvas, nullptr, true, onTouch);
    emscripten_set_wheel_callback(canvas, nullptr, false, onWheel);
}

void newFrame(int width, int height, float pixelRatio, double nowMs) {
    ImGuiIO& io = ImGui::GetIO();
    g.ratio = pixelRatio;
    io.DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
    io.DisplayFramebufferScale = ImVec2(1.0f, 1.0f);
    const double step = g.lastFrameMs > 0 ? (nowMs - g.lastFrameMs) / 1000.0 : 1.0 / 60.0;
    io.DeltaTime = step > 1e-4 ? static_cast<float>(step) : 1e-4f;
    g.lastFrameMs = nowMs;
    const int cursor = io.MouseDrawCursor ? ImGuiMouseCursor_None : ImGui::GetMouseCursor();
    if (cursor != g.cursor) {
        js_set_cursor(cursor);
        g.cursor = cursor;
    }
}

} // namespace webinput
