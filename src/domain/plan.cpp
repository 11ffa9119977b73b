// Small queries over the plan model.
#include "domain/plan.hpp"

namespace domain {

std::size_t taskCount(const Plan& plan) {
    std::size_t n = 0;
    for (const Group& g : plan.groups)
        n += g.tasks.size();
    return n;
}

const Unit* findUnit(const Plan& plan, const std::string& unitId) {
    for (const Unit& u : plan.units)
        if (u.meta.id == unitId)
            return &u;
    return nullptr;
}

const Task* findTask(const Plan& plan, const std::string& taskId) {
    for (const Group& g : plan.groups)
        for (const Task& t : g.tasks)
            if (t.meta.id == taskId)
                return &t;
    return nullptr;
}

} // namespace domain
