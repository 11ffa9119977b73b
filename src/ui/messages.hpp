// The wording of what the domain reports (domain::Message: a code with arguments), in the UI language.
#pragma once

#include "domain/message.hpp"
#include "domain/plan_json.hpp"
#include "ui/i18n.hpp"

#include <string>
#include <vector>

namespace ui {

/// The message in the current language, its {0}, {1}, … replaced by its arguments.
std::string messageText(const domain::Message& message);
/// A string of the table with its {0}, {1}, … replaced by `args`.
std::string fillText(Str key, const std::vector<std::string>& args);

/// "path: reason" in the current language ("reason" alone for the file as a whole), for one import error.
std::string importErrorText(const domain::ImportError& error);

} // namespace ui
