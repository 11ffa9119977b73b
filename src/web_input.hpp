// Dear ImGui's platform side in the browser, on Emscripten's html5 events: keyboard, mouse, wheel, touch and
// the mouse cursor's shape. It replaces Emscripten's GLFW emulation and ImGui's GLFW backend, which cost
// about 9 KB of the brotli download for a window the page already has. Behaves as they did: keys by DOM
// keyCode, Backspace and Tab kept from the browser, every key released when the page loses focus.
#pragma once

namespace webinput {

/// Registers the event handlers on the canvas (`canvasSelector`, e.g. "#canvas") and the window; `wake` is
/// called after every event, so that a frame follows it.
void install(const char* canvasSelector, void (*wake)());

/// Before ImGui::NewFrame: the display in device pixels, the device pixels per CSS pixel (event positions
/// arrive in CSS pixels), the time step, and the cursor shape ImGui asked for in the last frame.
void newFrame(int width, int height, float pixelRatio, double nowMs);

} // namespace webinput
