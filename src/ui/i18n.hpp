// Every string shown to users, in Vietnamese (default) and English: views draw tr(Str::...) only.
// The table itself is i18n_strings.hpp.
#pragma once

#include "ui/i18n_strings.hpp"

namespace ui {

enum class Lang { Vi, En };

#define KSTTHC_STRING_KEY(key, vi, en) key,
enum class Str { KSTTHC_STRINGS(KSTTHC_STRING_KEY) Count };
#undef KSTTHC_STRING_KEY

/// The text of `key` in the current language (UTF-8, never null).
const char* tr(Str key);
void setLanguage(Lang lang);
Lang language();

} // namespace ui
