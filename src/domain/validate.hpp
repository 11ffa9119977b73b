// The rules a plan keeps, checked on the plan model: the importer checks a whole snapshot with them once its
// JSON is read, and applyEdit checks the records an edit touched with the same code, so that no edit can make
// a plan the app's own importer would refuse.
#pragma once

#include "domain/plan.hpp"
#include "domain/plan_json.hpp"

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace domain {

/// Checks records (and what they hold: a group's tasks, a task's coordinators, a progress record's evidence)
/// against the rules of a snapshot: ids not empty and in stored form, stamps ISO-8601, dates, kinds,
/// comparisons, statuses, finite targets, derived progress ids, and that referred units and tasks exist.
/// Problems are collected with the JSON path of the record (given) joined to the field.
class RecordChecker {
public:
    /// `wholePlan`: the whole plan is being checked: units and tasks are indexed once, and ids must be unique
    /// over every record checked (and one progress record per task and occurrence). Otherwise the plan is
    /// searched per reference (cheap for the few records of one edit) and uniqueness is the caller's.
    RecordChecker(const Plan& plan, bool wholePlan);

    void checkPlanFields(); ///< the plan's id, stamp, year and period mode
    void check(const LegalBasis& r, const std::string& path);
    void check(const BodyBlock& r, const std::string& path);
    void check(const Recipient& r, const std::string& path);
    void check(const Unit& r, const std::string& path);
    void check(const Group& r, const std::string& path);
    void check(const Task& r, const std::string& path);
    void check(const Kpi& r, const std::string& path);
    void check(const KpiCount& r, const std::string& path);
    void check(const OneStopMonth& r, const std::string& path);
    void check(const UnitRef& r, const std::string& path);
    void check(const Progress& r, const std::string& path);
    void check(const Evidence& r, const std::string& path);
    void check(const TaskEvent& r, const std::string& path);
    void check(const Report& r, const std::string& path);
    void check(const LogEntry& r, const std::string& path);
    void check(const Tombstone& r, const std::string& path);

    std::vector<ImportError> problems; ///< in the order found

private:
    void fail(const std::string& path, const char* field, MessageCode code,
              std::vector<std::string> args = {});
    bool checkId(const std::string& id, const std::string& path, const char* field);
    void checkMeta(const RecordMeta& m, const std::string& path);
    void checkDate(const std::string& value, const std::string& path, const char* field, bool allowEmpty);
    void checkTaskRef(const std::string& taskId, const std::string& path);
    /// A record whose id is derived from its owner and key (progress: task and occurrence; count: target and
    /// month): one per owner and key in a whole plan, and the derived id.
    struct DerivedKey {
        const std::string& owner;
        const std::string& key;
        const char* keyField;
        std::string derived;
        MessageCode twice, notDerived;
    };
    void checkDerived(std::unordered_set<std::string>& keys, const DerivedKey& k, const RecordMeta& meta,
                      const std::string& path);
    bool hasUnit(const std::string& id) const;
    bool hasTask(const std::string& id) const;
    const Kpi* kpiOf(const std::string& id) const;

    const Plan& m_plan;
    bool m_whole;
    std::unordered_set<std::string> m_units, m_tasks, m_ids, m_progressKeys, m_countKeys, m_oneStopKeys;
    std::unordered_map<std::string, const Kpi*> m_kpis; ///< for the counts of a whole plan
};

/// Every rule of a snapshot over the whole plan, in snapshot order, with JSON paths
/// ("appendix.groups[2].tasks[0].lead"). Empty when the plan is valid, i.e. its export imports.
std::vector<ImportError> validatePlan(const Plan& plan);

} // namespace domain
