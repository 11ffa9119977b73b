// The translation table (see i18n.hpp). One row per string: Vietnamese, English.
#include "ui/i18n.hpp"

#include <array>

namespace ui {

namespace {

struct Row {
    Str key;
    const char* vi;
    const char* en;
};

constexpr std::array<Row, static_cast<std::size_t>(Str::Count)> kTable = {{
    {Str::AppTitle, "Kế hoạch kiểm soát TTHC", "Administrative procedure control plan"},
    {Str::MenuPlan, "Kế hoạch", "Plan"},
    {Str::MenuProgress, "Tiến độ", "Progress"},
    {Str::MenuReports, "Báo cáo", "Reports"},
    {Str::MenuData, "Dữ liệu", "Data"},
    {Str::MenuHelp, "Trợ giúp", "Help"},
    {Str::MenuComingSoon, "(sắp có)", "(coming soon)"},
    {Str::MenuAbout, "Giới thiệu", "About"},
    {Str::MenuLanguage, "Ngôn ngữ", "Language"},
    {Str::LangVietnamese, "Tiếng Việt", "Tiếng Việt (Vietnamese)"},
    {Str::LangEnglish, "English (tiếng Anh)", "English"},
    {Str::AboutText,
     "Ứng dụng theo dõi kế hoạch kiểm soát thủ tục hành chính của UBND xã. Chạy không cần mạng; "
     "dữ liệu lưu trong trình duyệt.",
     "Tracks a commune's administrative procedure control plan. Works offline; data is kept in the browser."},
    {Str::Loading, "Đang mở dữ liệu đã lưu…", "Opening saved data…"},
    {Str::PlanTitleLabel, "Tên kế hoạch", "Plan title"},
    {Str::AppendixHeading, "Phụ lục: các nhóm nhiệm vụ", "Appendix: task groups"},
    {Str::ColNumber, "STT", "No."},
    {Str::ColGroup, "Nhóm nhiệm vụ", "Task group"},
    {Str::ColTaskCount, "Số nhiệm vụ", "Tasks"},
    {Str::TaskTotal, "Tổng cộng", "Total"},
    {Str::SaveSaved, "Đã lưu lúc", "Saved at"},
    {Str::SaveSaving, "Đang lưu…", "Saving…"},
    {Str::SavePending, "Có thay đổi chưa lưu", "Unsaved changes"},
    {Str::SaveFailed, "Chưa lưu được:", "Could not save:"},
    {Str::SaveMemoryOnly, "Chỉ giữ trong bộ nhớ — hãy xuất tệp JSON để không mất dữ liệu",
     "Kept in memory only — export a JSON file to keep your data"},
    {Str::StorageUnavailable, "Trình duyệt không cho lưu dữ liệu (IndexedDB):",
     "The browser does not allow storing data (IndexedDB):"},
    {Str::StoredPlanDamaged, "Tệp kế hoạch đã lưu bị hỏng, đã được cất riêng và mở kế hoạch mặc định:",
     "The stored plan file was damaged; it was set aside and the built-in plan opened:"},
}};

constexpr bool tableInOrder() {
    for (std::size_t i = 0; i < kTable.size(); ++i)
        if (static_cast<std::size_t>(kTable[i].key) != i)
            return false;
    return true;
}
static_assert(tableInOrder(), "translation table rows must follow the order of enum Str");

Lang g_lang = Lang::Vi;

} // namespace

const char* tr(Str key) {
    const Row& row = kTable[static_cast<std::size_t>(key)];
    return g_lang == Lang::Vi ? row.vi : row.en;
}

void setLanguage(Lang lang) {
    g_lang = lang;
}
Lang language() {
    return g_lang;
}

} // namespace ui
