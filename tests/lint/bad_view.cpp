// Fixture for scripts/check_ui_strings.py: every marked line must be reported (test.sh checks the count).
#include <imgui.h>

void badView() {
    ImGui::Button("Lưu kế hoạch");  // BAD: Vietnamese text
    ImGui::Text("Save the plan");   // BAD: English words
    ImGui::MenuItem(u8"Xuất tệp");  // BAD: u8 literal
    ImGui::PushID("##ok");          // fine: an ImGui id
    ImGui::Text("%s — %d", "a", 1); // fine: format and punctuation
    /* ImGui::Text("Not code"); */  // fine: a comment
    ImGui::Text("Kept on purpose"); // i18n-ok: fixture of the escape hatch
}
