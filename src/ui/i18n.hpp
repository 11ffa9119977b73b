// Every string shown to users, in Vietnamese (default) and English. Views draw tr(Str::...) only.
#pragma once

namespace ui {

enum class Lang { Vi, En };

enum class Str {
    AppTitle,
    MenuPlan,
    MenuProgress,
    MenuReports,
    MenuData,
    MenuHelp,
    MenuComingSoon,
    MenuAbout,
    MenuLanguage,
    LangVietnamese,
    LangEnglish,
    AboutText,
    Loading,
    PlanTitleLabel,
    AppendixHeading,
    ColNumber,
    ColGroup,
    ColTaskCount,
    TaskTotal,
    SaveSaved,
    SaveSaving,
    SavePending,
    SaveFailed,
    SaveMemoryOnly,
    StorageUnavailable,
    StoredPlanDamaged,
    Count
};

/// The text of `key` in the current language (UTF-8, never null).
const char* tr(Str key);
void setLanguage(Lang lang);
Lang language();

} // namespace ui
