// The translation table lookup (see i18n.hpp, i18n_strings.hpp).
#include "ui/i18n.hpp"

namespace ui {

namespace {

struct Row {
    const char* vi;
    const char* en;
};

#define KSTTHC_STRING_ROW(key, vi, en) {vi, en},
constexpr Row kTable[] = {KSTTHC_STRINGS(KSTTHC_STRING_ROW)};
#undef KSTTHC_STRING_ROW
static_assert(sizeof(kTable) / sizeof(kTable[0]) == static_cast<unsigned>(Str::Count));

Lang g_lang = Lang::Vi;

} // namespace

const char* tr(Str key) {
    const Row& row = kTable[static_cast<unsigned>(key)];
    return g_lang == Lang::Vi ? row.vi : row.en;
}

void setLanguage(Lang lang) {
    g_lang = lang;
}
Lang language() {
    return g_lang;
}

} // namespace ui
