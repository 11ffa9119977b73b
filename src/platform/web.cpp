// Browser implementation of platform.hpp (Emscripten). JS pieces are EM_JS functions; the page's own event
// handlers call back into the exported kstthc_* functions below.
#include "platform/platform.hpp"

#include <emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <dirent.h>
#include <sys/stat.h>

namespace {

platform::WakeHandler g_wake = nullptr;
platform::TextHandler g_text = nullptr;
platform::StorageState g_storage = platform::StorageState::Loading;
platform::PushStatus g_push;
std::string g_clipboard;
double g_timerDue = -1;
long g_timerId = 0;

void wake() {
    if (g_wake)
        g_wake();
}

void onTimer(void*) {
    g_timerDue = -1;
    g_timerId = 0;
    wake();
}

double wallMs() {
    using namespace std::chrono;
    return static_cast<double>(duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count());
}

} // namespace

// [SECTION] JS side

// Wake on every event that can change what is drawn. Capture phase on window, so the app hears events before
// GLFW's handlers and even when they target the text element.
EM_JS(void, js_install_wake_listeners, (), {
    var wake = function() {
        _kstthc_wake();
    };
    [
        "mousedown", "mouseup", "mousemove", "wheel", "keydown", "keyup", "touchstart", "touchmove",
        "touchend", "resize", "focus", "blur", "input", "compositionupdate", "compositionend", "paste"
    ]
        .forEach(function(type) { window.addEventListener(type, wake, {capture : true, passive : true}); });
    document.addEventListener("visibilitychange", wake);
    if (window.matchMedia) {
        // devicePixelRatio changes (browser zoom, moving to another screen) fire no resize everywhere.
        var watchDpr = function() {
            var mq = window.matchMedia("(resolution: " + window.devicePixelRatio + "dppx)");
            var onChange = function() {
                mq.removeEventListener("change", onChange);
                wake();
                watchDpr();
            };
            mq.addEventListener("change", onChange);
        };
        watchDpr();
    }
});

// The text element. GLFW (emscripten 3.1.6) reads characters from `keypress` only, so Vietnamese typed
// through input methods, dead keys and insertText never reach ImGui; the element's `input`/`compositionend`
// events do. Its keypresses are kept from GLFW so ASCII does not arrive twice; Backspace, arrows and Enter
// still reach ImGui through GLFW's keydown, in order with the text (text is forwarded synchronously from the
// event).
EM_JS(void, js_install_text_element, (), {
    var el = document.getElementById("textproxy");
    if (!el)
        return;
    var send = function(text) {
        if (!text)
            return;
        var n = lengthBytesUTF8(text) + 1, p = _malloc(n);
        stringToUTF8(text, p, n);
        _kstthc_text_input(p);
        _free(p);
    };
    window.addEventListener(
        "keypress",
        function(e) {
            if (e.target == = el)
                e.stopImmediatePropagation();
        },
        true);
    el.addEventListener(
        "input", function(e) {
            if (e.isComposing)
                return;
            if (e.inputType == = "insertFromPaste") {
                el.value = "";
                return;
            }
            var v = el.value;
            el.value = "";
            send(v);
        });
    el.addEventListener(
        "compositionend", function(e) {
            var v = el.value || e.data;
            el.value = "";
            send(v);
        });
    el.addEventListener(
        "paste", function(e) {
            // ImGui asks for the clipboard when it sees Ctrl+V (already queued by GLFW's keydown).
            var t = (e.clipboardData && e.clipboardData.getData("text/plain")) || "";
            e.preventDefault();
            var n = lengthBytesUTF8(t) + 1, p = _malloc(n);
            stringToUTF8(t, p, n);
            _kstthc_set_clipboard(p);
            _free(p);
        });
    // Keep the focus in the element while the user clicks inside the canvas.
    var canvas = document.getElementById("canvas");
    canvas.addEventListener(
        "mousedown",
        function(e) {
            if (document.activeElement == = el)
                e.preventDefault();
        },
        true);
});

EM_JS(void, js_text_follow, (int active, float x, float y, float w, float h, float fontPx), {
    var el = document.getElementById("textproxy");
    if (!el)
        return;
    if (active) {
        el.style.left = x + "px";
        el.style.top = y + "px";
        el.style.width = Math.max(w, 4) + "px";
        el.style.height = Math.max(h, 4) + "px";
        el.style.fontSize = fontPx + "px";
        if (document.activeElement != = el)
            el.focus({preventScroll : true});
    } else if (document.activeElement == = el) {
        el.value = "";
        el.blur();
    }
});

EM_JS(void, js_write_clipboard, (const char* text), {
    var t = UTF8ToString(text);
    if (navigator.clipboard && navigator.clipboard.writeText)
        navigator.clipboard.writeText(t).catch(function(e) { console.warn("clipboard: " + e); });
});

EM_JS(void, js_storage_mount, (), {
    var fail = function(msg) {
        Module["kstthcStorageError"] = msg;
        _kstthc_storage_mounted(0);
    };
    var idb = null;
    try {
        idb = window.indexedDB;
    } catch (e) {
        idb = null;
    }
    try {
        FS.mkdir("/data");
    } catch (e) {
    }
    if (!idb) {
        fail("IndexedDB is not available");
        return;
    }
    try {
        FS.mount(IDBFS, {}, "/data");
    } catch (e) {
        fail(String(e));
        return;
    }
    FS.syncfs(
        true, function(err) {
            if (err)
                fail(String((err && (err.message || err.name)) || err));
            else
                _kstthc_storage_mounted(1);
        });
});

EM_JS(void, js_storage_push, (), {
    FS.syncfs(
        false, function(err) {
            Module["kstthcStorageError"] = err ? String((err && (err.name || err.message)) || err) : "";
            _kstthc_storage_pushed(err ? 0 : 1);
        });
});

EM_JS(char*, js_storage_error, (), {
    var s = Module["kstthcStorageError"] || "";
    var n = lengthBytesUTF8(s) + 1, p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
});

EM_JS(void, js_set_unsaved, (int unsaved), { Module["kstthcUnsaved"] = !!unsaved; });

EM_JS(void, js_set_title, (const char* title), { document.title = UTF8ToString(title); });

EM_JS(void, js_publish, (const char* json), {
    var w = window["__kstthc"] = window["__kstthc"] || {};
    var s = JSON.parse(UTF8ToString(json));
    for (var k in s)
        w[k] = s[k];
});

// [SECTION] Exported entry points for the page

extern "C" {

EMSCRIPTEN_KEEPALIVE void kstthc_wake() {
    wake();
}

EMSCRIPTEN_KEEPALIVE void kstthc_text_input(const char* utf8) {
    if (g_text)
        g_text(utf8);
    wake();
}

EMSCRIPTEN_KEEPALIVE void kstthc_set_clipboard(const char* utf8) {
    g_clipboard = utf8;
}

EMSCRIPTEN_KEEPALIVE void kstthc_storage_mounted(int ok) {
    g_storage = ok ? platform::StorageState::Ready : platform::StorageState::Unavailable;
    wake();
}

EMSCRIPTEN_KEEPALIVE void kstthc_storage_pushed(int ok) {
    g_push.inFlight = false;
    if (ok) {
        g_push.failures = 0;
        g_push.lastSuccessMs = platform::nowMs();
        g_push.lastSuccessWall = wallMs();
    } else {
        ++g_push.failures;
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
void setTextHandler(TextHandler handler) {
    g_text = handler;
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

std::string storageError() {
    char* p = js_storage_error();
    std::string s = p ? p : "";
    std::free(p);
    return s;
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

const PushStatus& pushStatus() {
    return g_push;
}
void setUnsavedChanges(bool unsaved) {
    js_set_unsaved(unsaved ? 1 : 0);
}

void textInputFollow(bool active, float x, float y, float w, float h, float fontPx) {
    js_text_follow(active ? 1 : 0, x, y, w, h, fontPx);
}

const char* clipboardText() {
    return g_clipboard.c_str();
}

void setClipboardText(const char* text) {
    g_clipboard = text ? text : "";
    js_write_clipboard(g_clipboard.c_str());
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

} // namespace platform
