// Changes to a plan, each stamping the records it touches with who changed them and when.
#pragma once

#include "domain/plan.hpp"

#include <string>

namespace domain {

/// Who makes a change and when (ISO-8601 UTC).
struct Stamp {
    std::string time;
    std::string author;
};

/// Sets the plan's title. Returns false (and changes nothing) when the title is already that text.
bool setPlanTitle(Plan& plan, const std::string& title, const Stamp& stamp);

} // namespace domain
