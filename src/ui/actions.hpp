// What views ask the app to change. Collected during the frame, applied through the domain after it.
#pragma once

#include <optional>
#include <string>

namespace ui {

struct Actions {
    std::optional<std::string> setTitle;
};

} // namespace ui
