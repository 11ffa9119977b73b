// Changes to a plan (see edits.hpp).
#include "domain/edits.hpp"

namespace domain {

namespace {
void touch(RecordMeta& meta, const Stamp& stamp) {
    meta.modified = stamp.time;
    meta.author = stamp.author;
}
} // namespace

bool setPlanTitle(Plan& plan, const std::string& title, const Stamp& stamp) {
    if (plan.title == title)
        return false;
    plan.title = title;
    touch(plan.meta, stamp);
    return true;
}

} // namespace domain
