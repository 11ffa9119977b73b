// The rules of a plan, shared by the importer and the edits (see validate.hpp).
#include "domain/validate.hpp"

#include "domain/report.hpp"
#include "domain/schedule.hpp"
#include "domain/targets.hpp"
#include "domain/text.hpp"

#include <cmath>
#include <set>

namespace domain {

namespace {

std::string join(const std::string& path, const char* field) {
    if (!*field)
        return path;
    return path.empty() ? std::string(field) : path + "." + field;
}

std::string at(const std::string& path, const char* list, std::size_t i) {
    return join(path, list) + "[" + std::to_string(i) + "]";
}

} // namespace

RecordChecker::RecordChecker(const Plan& plan, bool wholePlan) : m_plan(plan), m_whole(wholePlan) {
    if (!m_whole)
        return;
    for (const Unit& u : plan.units)
        m_units.insert(u.meta.id);
    for (const Group& g : plan.groups)
        for (const Task& t : g.tasks)
            m_tasks.insert(t.meta.id);
    for (const Kpi& k : plan.kpis)
        m_kpis.emplace(k.meta.id, &k);
}

void RecordChecker::fail(const std::string& path, const char* field, MessageCode code,
                         std::vector<std::string> args) {
    problems.push_back({join(path, field), Message{code, std::move(args)}});
}

bool RecordChecker::hasUnit(const std::string& id) const {
    return m_whole ? m_units.count(id) > 0 : findUnit(m_plan, id) != nullptr;
}

bool RecordChecker::hasTask(const std::string& id) const {
    return m_whole ? m_tasks.count(id) > 0 : findTask(m_plan, id) != nullptr;
}

const Kpi* RecordChecker::kpiOf(const std::string& id) const {
    if (!m_whole)
        return findKpi(m_plan, id);
    const auto it = m_kpis.find(id);
    return it == m_kpis.end() ? nullptr : it->second;
}

bool RecordChecker::checkId(const std::string& id, const std::string& path, const char* field) {
    if (id.empty()) {
        fail(path, field, MessageCode::EmptyId);
        return false;
    }
    if (normalizeText(id) != id) { // the importer would change it, and references to it would break
        fail(path, field, MessageCode::InvalidId, {id});
        return false;
    }
    if (m_whole && !m_ids.insert(id).second) {
        fail(path, field, MessageCode::DuplicateId, {id});
        return false;
    }
    return true;
}

void RecordChecker::checkMeta(const RecordMeta& m, const std::string& path) {
    checkId(m.id, path, "id");
    if (!m.modified.empty() && !isIsoTimestamp(m.modified))
        fail(path, "modified", MessageCode::InvalidTimestamp, {m.modified});
}

void RecordChecker::checkDate(const std::string& value, const std::string& path, const char* field,
                              bool allowEmpty) {
    if (!(allowEmpty && value.empty()) && !isIsoDate(value))
        fail(path, field, MessageCode::InvalidDate, {value});
}

void RecordChecker::checkTaskRef(const std::string& taskId, const std::string& path) {
    if (!hasTask(taskId))
        fail(path, "task", MessageCode::UnknownTask, {taskId});
}

void RecordChecker::checkPlanFields() {
    const Plan& p = m_plan;
    checkMeta(p.meta, "");
    if (p.year < 1900 || p.year > 2200)
        fail("", "year", MessageCode::YearOutOfRange);
    if (p.periodMode != "calendar" && p.periodMode != "decree09")
        fail("", "periodMode", MessageCode::InvalidPeriodMode, {p.periodMode});
}

void RecordChecker::check(const LegalBasis& r, const std::string& path) {
    checkMeta(r.meta, path);
    checkDate(r.date, path, "date", true);
}

void RecordChecker::check(const BodyBlock& r, const std::string& path) {
    static const std::set<std::string> kinds = {"heading1", "heading2", "paragraph", "bullet"};
    checkMeta(r.meta, path);
    if (!kinds.count(r.kind))
        fail(path, "kind", MessageCode::UnknownBlockKind, {r.kind});
}

void RecordChecker::check(const Recipient& r, const std::string& path) {
    checkMeta(r.meta, path);
}

void RecordChecker::check(const Unit& r, const std::string& path) {
    checkMeta(r.meta, path);
}

void RecordChecker::check(const Group& r, const std::string& path) {
    checkMeta(r.meta, path);
    for (std::size_t i = 0; i < r.tasks.size(); ++i)
        check(r.tasks[i], at(path, "tasks", i));
}

void RecordChecker::check(const Task& r, const std::string& path) {
    checkMeta(r.meta, path);
    if (!r.leadUnitId.empty() && !hasUnit(r.leadUnitId))
        fail(path, "lead", MessageCode::UnknownUnit, {r.leadUnitId});
    for (std::size_t i = 0; i < r.coordinators.size(); ++i)
        check(r.coordinators[i], at(path, "coordinators", i));
}

void RecordChecker::check(const UnitRef& r, const std::string& path) {
    checkId(r.id, path, "id");
    if (!hasUnit(r.unitId))
        fail(path, "unit", MessageCode::UnknownUnit, {r.unitId});
}

void RecordChecker::check(const Kpi& r, const std::string& path) {
    static const std::set<std::string> comparisons = {">=", ">", "=", "<=", "<"};
    checkMeta(r.meta, path);
    checkTaskRef(r.taskId, path);
    if (!comparisons.count(r.comparison))
        fail(path, "comparison", MessageCode::UnknownComparison, {r.comparison});
    if (!std::isfinite(r.target)) // JSON has no NaN or infinity: it would be written as null
        fail(path, "target", MessageCode::MustBeNumber);
    else if (r.target < 0 || (r.unit == "%" && r.target > 100))
        fail(path, "target", MessageCode::TargetOutOfRange, {formatNumber(r.target, 1, false)});
    if (!r.source.empty() && !isOneStopShare(r.source))
        fail(path, "source", MessageCode::UnknownSource, {r.source});
}

void RecordChecker::checkDerived(std::unordered_set<std::string>& keys, const DerivedKey& k,
                                 const RecordMeta& meta, const std::string& path) {
    if (m_whole && !keys.insert(k.owner + '\n' + k.key).second) {
        // Same owner and key, so the same derived id: say what is wrong in the user's terms.
        fail(path, k.keyField, k.twice, {k.key});
    } else if (checkId(meta.id, path, "id") && meta.id != k.derived) {
        fail(path, "id", k.notDerived, {meta.id, k.derived});
    }
    if (!meta.modified.empty() && !isIsoTimestamp(meta.modified))
        fail(path, "modified", MessageCode::InvalidTimestamp, {meta.modified});
}

void RecordChecker::check(const KpiCount& r, const std::string& path) {
    checkDerived(m_countKeys,
                 {r.kpiId, r.month, "month", kpiCountId(r.kpiId, r.month), MessageCode::CountTwice,
                  MessageCode::CountIdNotDerived},
                 r.meta, path);
    const Kpi* kpi = kpiOf(r.kpiId);
    if (!kpi)
        fail(path, "kpi", MessageCode::UnknownTarget, {r.kpiId});
    const auto month = parseMonthKey(r.month);
    if (!month || month->first != m_plan.year)
        fail(path, "month", MessageCode::InvalidMonth, {r.month});
    if (r.numerator < 0)
        fail(path, "numerator", MessageCode::CountNotWhole, {std::to_string(r.numerator)});
    if (r.denominator < 0)
        fail(path, "denominator", MessageCode::CountNotWhole, {std::to_string(r.denominator)});
    if (kpi && r.numerator >= 0 &&
        checkCount(*kpi, r.numerator, r.denominator) == MessageCode::CountOverWhole)
        fail(path, "numerator", MessageCode::CountOverWhole,
             {std::to_string(r.numerator), std::to_string(r.denominator)});
}

void RecordChecker::check(const OneStopMonth& r, const std::string& path) {
    checkDerived(m_oneStopKeys,
                 {r.field, r.month, "month", oneStopId(r.field, r.month), MessageCode::OneStopTwice,
                  MessageCode::CountIdNotDerived},
                 r.meta, path);
    const auto month = parseMonthKey(r.month);
    if (!month || month->first != m_plan.year)
        fail(path, "month", MessageCode::InvalidMonth, {r.month});
    for (std::size_t i = 0; i < kOneStopFigureCount; ++i)
        if (r.*kOneStopMembers[i] < -1)
            fail(path, kOneStopKeys[i], MessageCode::CountNotWhole, {std::to_string(r.*kOneStopMembers[i])});
}

void RecordChecker::check(const Progress& r, const std::string& path) {
    checkDerived(m_progressKeys,
                 {r.taskId, r.occurrence, "occurrence", progressId(r.taskId, r.occurrence),
                  MessageCode::ProgressTwice, MessageCode::ProgressIdNotDerived},
                 r.meta, path);
    checkTaskRef(r.taskId, path);
    if (!isProgressStatus(r.status))
        fail(path, "status", MessageCode::UnknownStatus, {r.status});
    checkDate(r.completed, path, "completed", true);
    for (std::size_t i = 0; i < r.evidence.size(); ++i)
        check(r.evidence[i], at(path, "evidence", i));
}

void RecordChecker::check(const Evidence& r, const std::string& path) {
    checkId(r.id, path, "id");
}

void RecordChecker::check(const TaskEvent& r, const std::string& path) {
    checkMeta(r.meta, path);
    checkTaskRef(r.taskId, path);
    checkDate(r.date, path, "date", false);
    checkDate(r.due, path, "due", false);
}

void RecordChecker::check(const Report& r, const std::string& path) {
    checkMeta(r.meta, path);
    if (!reportPeriodFromText(r.period, periodModeOf(m_plan)))
        fail(path, "period", MessageCode::InvalidReportPeriod, {r.period});
    checkDate(r.date, path, "date", true);
    checkDate(r.asOf, path, "asOf", true);
}

void RecordChecker::check(const LogEntry& r, const std::string& path) {
    checkMeta(r.meta, path);
    checkTaskRef(r.taskId, path);
}

void RecordChecker::check(const Tombstone& r, const std::string& path) {
    if (!r.deleted.empty() && !isIsoTimestamp(r.deleted))
        fail(path, "deleted", MessageCode::InvalidTimestamp, {r.deleted});
}

namespace {

template <class T>
void checkAll(RecordChecker& c, const std::vector<T>& list, const char* parent, const char* key) {
    for (std::size_t i = 0; i < list.size(); ++i)
        c.check(list[i], at(parent, key, i));
}

} // namespace

std::vector<ImportError> validatePlan(const Plan& p) {
    RecordChecker c(p, true);
    c.checkPlanFields();
    // Snapshot order (docs/schema.md), so the first problem named is the first one in the file.
    checkAll(c, p.legalBases, "preamble", "legalBases");
    checkAll(c, p.body, "", "body");
    checkAll(c, p.recipients, "", "recipients");
    checkAll(c, p.units, "", "units");
    checkAll(c, p.groups, "appendix", "groups");
    checkAll(c, p.kpis, "", "kpis");
    checkAll(c, p.kpiCounts, "", "counts");
    checkAll(c, p.oneStop, "", "onestop");
    checkAll(c, p.progress, "", "progress");
    checkAll(c, p.events, "", "events");
    checkAll(c, p.log, "", "log");
    checkAll(c, p.reports, "", "reports");
    checkAll(c, p.tombstones, "", "tombstones");
    return std::move(c.problems);
}

} // namespace domain
