// Runs the app natively in a headless ImGui context (no renderer) over the stand-in platform: frames, clicks
// on named widgets, and the app's own test surface to read what it shows.
#pragma once

#include "platform/native.hpp"
#include "ui/app.hpp"
#include "ui/theme.hpp"

#include <doctest/doctest.h>
#include <imgui.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>
#include <string>

namespace ui_test {

inline std::string readSource(const std::string& relative) {
    std::ifstream in(std::string(KSTTHC_SOURCE_DIR) + "/" + relative, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

inline const char* kBuiltinPath = "/assets/plans/hoa-tan-tay-2024.json";

class Harness {
public:
    /// A fresh page: storage empty unless `files` were put there before `start()`.
    Harness() {
        platform::native::reset();
        platform::native::files()[kBuiltinPath] = readSource("assets/plans/hoa-tan-tay-2024.json");
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(1366, 768);
        io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
        ImFontConfig cfg;
        if (!io.Fonts->AddFontFromFileTTF(KSTTHC_FONT, 16.0f, &cfg, io.Fonts->GetGlyphRangesVietnamese()))
            io.Fonts->AddFontDefault();
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h); // builds the atlas; nothing is uploaded anywhere
        ui::applyTheme(ImGui::GetStyle());
    }
    ~Harness() { ImGui::DestroyContext(); }
    Harness(const Harness&) = delete;
    Harness& operator=(const Harness&) = delete;

    /// Storage answers and this tab is the writer; a few frames to load.
    void start(platform::StorageState storage = platform::StorageState::Ready) {
        app.start();
        platform::native::mount(storage, platform::TabRole::Writer);
        frames(3);
    }

    void frame() {
        ImGuiIO& io = ImGui::GetIO();
        io.DeltaTime = 1.0f / 60.0f;
        ImGui::NewFrame();
        ctx = ui::FrameContext{};
        ctx.pixelRatio = 1;
        app.frame(ctx, platform::nowMs());
        ImGui::Render();
        platform::native::advance(16);
    }
    void frames(int n) {
        for (int i = 0; i < n; ++i)
            frame();
    }
    /// Lets a second pass so that a pending save is written.
    void settle() {
        platform::native::advance(2000);
        frames(3);
    }

    bool has(const std::string& widget) const { return ctx.findRect(widget) != nullptr; }

    /// Clicks the centre of a named widget, as a mouse would (move, press, release).
    void click(const std::string& widget) {
        REQUIRE_MESSAGE(has(widget), widget);
        const ui::Rect r = *ctx.findRect(widget);
        ImGuiIO& io = ImGui::GetIO();
        io.AddMousePosEvent(r.x + r.w / 2, r.y + r.h / 2);
        frame();
        io.AddMouseButtonEvent(0, true);
        frame();
        io.AddMouseButtonEvent(0, false);
        frames(3);
    }

    nlohmann::json state() const { return nlohmann::json::parse(app.testState(ctx)); }
    nlohmann::json plan() const { return nlohmann::json::parse(app.planJson()); }

    ui::App app;
    ui::FrameContext ctx;
};

} // namespace ui_test
