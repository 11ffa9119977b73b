// Edits, their inverses, and undo/redo (see edit.hpp).
#include "domain/edit.hpp"

#include "domain/schedule.hpp"
#include "domain/text.hpp"

#include <algorithm>
#include <set>
#include <type_traits>

namespace domain {

namespace {

// [SECTION] Generic access to the plan's record lists

const std::string& idOf(const UnitRef& r) {
    return r.id;
}
const std::string& idOf(const Evidence& r) {
    return r.id;
}
template <class T>
const std::string& idOf(const T& r) {
    return r.meta.id;
}

template <class T, std::size_t I = 0>
constexpr std::size_t kindIndex() {
    if constexpr (std::is_same_v<T, std::variant_alternative_t<I, Record>>)
        return I;
    else
        return kindIndex<T, I + 1>();
}

/// Calls f(list, parentId) for every list of records in the plan. f returns true to stop.
template <class F>
bool forEachList(Plan& p, F&& f) {
    const std::string& pid = p.meta.id;
    if (f(p.legalBases, pid) || f(p.body, pid) || f(p.recipients, pid) || f(p.units, pid) ||
        f(p.groups, pid) || f(p.kpis, pid) || f(p.progress, pid) || f(p.events, pid) || f(p.log, pid))
        return true;
    for (Progress& pr : p.progress)
        if (f(pr.evidence, pr.meta.id))
            return true;
    for (Group& g : p.groups) {
        if (f(g.tasks, g.meta.id))
            return true;
        for (Task& t : g.tasks)
            if (f(t.coordinators, t.meta.id))
                return true;
    }
    return false;
}

struct Location {
    std::size_t kind = 0;
    std::string parentId;
    std::size_t index = 0;
    std::size_t listSize = 0;
};

std::optional<Location> locate(const Plan& plan, const std::string& id) {
    std::optional<Location> found;
    forEachList(const_cast<Plan&>(plan), [&](auto& list, const std::string& parent) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        for (std::size_t i = 0; i < list.size(); ++i)
            if (idOf(list[i]) == id) {
                found = Location{kindIndex<T>(), parent, i, list.size()};
                return true;
            }
        return false;
    });
    return found;
}

/// The list that holds records of type T under `parentId`, or nullptr.
template <class T>
std::vector<T>* listUnder(Plan& p, const std::string& parentId) {
    std::vector<T>* out = nullptr;
    forEachList(p, [&](auto& list, const std::string& parent) {
        if constexpr (std::is_same_v<typename std::decay_t<decltype(list)>::value_type, T>) {
            if (parent == parentId) {
                out = &list;
                return true;
            }
        }
        return false;
    });
    return out;
}

Task* taskById(Plan& p, const std::string& id) {
    return const_cast<Task*>(findTask(p, id));
}

RecordMeta* progressMeta(Plan& p, const std::string& id) {
    for (Progress& pr : p.progress)
        if (pr.meta.id == id)
            return &pr.meta;
    return nullptr;
}

void touch(RecordMeta& meta, const Stamp& stamp) {
    meta.modified = stamp.time;
    meta.author = stamp.author;
}

const char* kindName(std::size_t kind) {
    static const char* names[] = {"legalBasis", "body",        "recipient", "unit",     "group", "task",
                                  "kpi",        "coordinator", "progress",  "evidence", "event", "log"};
    return names[kind];
}

struct OwnedId {
    std::string id;
    const char* kind;
};

/// Ids a record brings with it, with their kinds (a group brings its tasks and their coordinator entries).
void collectIds(const Record& r, std::vector<OwnedId>& ids) {
    std::visit(
        [&](const auto& rec) {
            using T = std::decay_t<decltype(rec)>;
            ids.push_back({idOf(rec), kindName(kindIndex<T>())});
            auto addTask = [&](const Task& t) {
                for (const UnitRef& c : t.coordinators)
                    ids.push_back({c.id, kindName(kindIndex<UnitRef>())});
            };
            if constexpr (std::is_same_v<T, Group>) {
                for (const Task& t : rec.tasks) {
                    ids.push_back({t.meta.id, kindName(kindIndex<Task>())});
                    addTask(t);
                }
            } else if constexpr (std::is_same_v<T, Task>) {
                addTask(rec);
            } else if constexpr (std::is_same_v<T, Progress>) {
                for (const Evidence& e : rec.evidence)
                    ids.push_back({e.id, kindName(kindIndex<Evidence>())});
            }
        },
        r);
}

// [SECTION] Text fields

struct FieldRef {
    std::string* value = nullptr;
    RecordMeta* meta = nullptr; ///< record stamped when the field changes
};

FieldRef planField(Plan& p, const std::string& f) {
    std::string* v = f == "title"                ? &p.title
                     : f == "issuingBody"        ? &p.issuingBody
                     : f == "parentBody"         ? &p.parentBody
                     : f == "numberSymbol"       ? &p.numberSymbol
                     : f == "place"              ? &p.place
                     : f == "dateText"           ? &p.dateText
                     : f == "docType"            ? &p.docType
                     : f == "preambleLead"       ? &p.preambleLead
                     : f == "preambleClose"      ? &p.preambleClose
                     : f == "appendixTitle"      ? &p.appendixTitle
                     : f == "appendixSubtitle"   ? &p.appendixSubtitle
                     : f == "signatureAuthority" ? &p.signature.authority
                     : f == "signatureTitle"     ? &p.signature.title
                     : f == "signatureName"      ? &p.signature.name
                     : f == "periodMode"         ? &p.periodMode
                                                 : nullptr;
    return {v, &p.meta};
}

std::string* recordField(LegalBasis& r, const std::string& f) {
    return f == "kind"      ? &r.kind
           : f == "number"  ? &r.number
           : f == "date"    ? &r.date
           : f == "issuer"  ? &r.issuer
           : f == "summary" ? &r.summary
                            : nullptr;
}
std::string* recordField(BodyBlock& r, const std::string& f) {
    return f == "kind" ? &r.kind : f == "text" ? &r.text : nullptr;
}
std::string* recordField(Recipient& r, const std::string& f) {
    return f == "text" ? &r.text : nullptr;
}
std::string* recordField(Unit& r, const std::string& f) {
    return f == "name" ? &r.name : f == "shortName" ? &r.shortName : nullptr;
}
std::string* recordField(Group& r, const std::string& f) {
    return f == "numeral" ? &r.numeral : f == "title" ? &r.title : nullptr;
}
std::string* recordField(Task& r, const std::string& f) {
    return f == "number"      ? &r.number
           : f == "content"   ? &r.content
           : f == "product"   ? &r.product
           : f == "lead"      ? &r.leadUnitId
           : f == "timeframe" ? &r.timeframe
           : f == "schedule"  ? &r.schedule
                              : nullptr;
}
std::string* recordField(Progress& r, const std::string& f) {
    return f == "status" ? &r.status : f == "completed" ? &r.completed : f == "note" ? &r.note : nullptr;
}
std::string* recordField(Evidence& r, const std::string& f) {
    return f == "text" ? &r.text : nullptr;
}
std::string* recordField(TaskEvent& r, const std::string& f) {
    return f == "date" ? &r.date : f == "due" ? &r.due : f == "note" ? &r.note : nullptr;
}
std::string* recordField(LogEntry&, const std::string&) {
    return nullptr; // history lines are never edited
}
std::string* recordField(Kpi& r, const std::string& f) {
    return f == "name"          ? &r.name
           : f == "unit"        ? &r.unit
           : f == "comparison"  ? &r.comparison
           : f == "numerator"   ? &r.numerator
           : f == "denominator" ? &r.denominator
                                : nullptr;
}
std::string* recordField(UnitRef& r, const std::string& f) {
    return f == "unit" ? &r.unitId : nullptr;
}

FieldRef fieldRef(Plan& p, const std::string& id, const std::string& field) {
    if (id == p.meta.id)
        return planField(p, field);
    FieldRef out;
    forEachList(p, [&](auto& list, const std::string& parent) {
        for (auto& rec : list)
            if (idOf(rec) == id) {
                out.value = recordField(rec, field);
                if constexpr (std::is_same_v<std::decay_t<decltype(rec)>, UnitRef>) {
                    Task* t = taskById(p, parent);
                    out.meta = t ? &t->meta : nullptr;
                } else if constexpr (std::is_same_v<std::decay_t<decltype(rec)>, Evidence>) {
                    out.meta = progressMeta(p, parent);
                } else {
                    out.meta = &rec.meta;
                }
                return true;
            }
        return false;
    });
    return out;
}

/// Error text when `value` is not allowed in `field`, else "".
std::string checkValue(const Plan& p, const std::string& field, const std::string& value, std::size_t kind) {
    static const std::set<std::string> blockKinds = {"heading1", "heading2", "paragraph", "bullet"};
    static const std::set<std::string> comparisons = {">=", ">", "=", "<=", "<"};
    const bool unitField =
        (field == "lead" && kind == kindIndex<Task>()) || (field == "unit" && kind == kindIndex<UnitRef>());
    if (unitField && !(field == "lead" && value.empty()) && !findUnit(p, value))
        return "đơn vị \"" + value + "\" không có trong danh sách đơn vị";
    if (field == "kind" && kind == kindIndex<BodyBlock>() && !blockKinds.count(value))
        return "loại đoạn \"" + value + "\" không hợp lệ";
    if (field == "comparison" && kind == kindIndex<Kpi>() && !comparisons.count(value))
        return "phép so sánh \"" + value + "\" không hợp lệ";
    if (field == "status" && kind == kindIndex<Progress>() && !isProgressStatus(value))
        return "trạng thái \"" + value + "\" không hợp lệ";
    const bool dateField = (field == "completed" && kind == kindIndex<Progress>()) ||
                           ((field == "date" || field == "due") && kind == kindIndex<TaskEvent>());
    if (dateField && !value.empty() && !parseIsoDate(value))
        return "ngày \"" + value + "\" không hợp lệ";
    if (field == "periodMode" && value != "calendar" && value != "decree09")
        return "cách tính kỳ báo cáo \"" + value + "\" không hợp lệ";
    return "";
}

// [SECTION] Operations

struct OpResult {
    std::optional<Op> inverse;
    std::string error;
};

OpResult fail(std::string message) {
    return {std::nullopt, std::move(message)};
}

OpResult apply(Plan& p, const SetText& op, const Stamp& stamp) {
    FieldRef ref = fieldRef(p, op.id, op.field);
    if (!ref.value)
        return fail("không tìm thấy trường \"" + op.field + "\" của bản ghi \"" + op.id + "\"");
    const auto loc = locate(p, op.id);
    const std::string err = checkValue(p, op.field, op.value, loc ? loc->kind : 99);
    if (!err.empty())
        return fail(err);
    SetText inverse{op.id, op.field, *ref.value};
    *ref.value = toNfc(op.value); // typed and pasted text may come decomposed
    if (ref.meta)
        touch(*ref.meta, stamp);
    return {Op{std::move(inverse)}, ""};
}

OpResult apply(Plan& p, const InsertRecord& op, const Stamp& stamp) {
    std::vector<OwnedId> ids;
    collectIds(op.record, ids);
    for (const OwnedId& o : ids)
        if (o.id.empty() || o.id == p.meta.id || locate(p, o.id))
            return fail("mã định danh \"" + o.id + "\" đã có trong kế hoạch");
    std::string error;
    std::visit(
        [&](const auto& rec) {
            using T = std::decay_t<decltype(rec)>;
            std::vector<T>* list = listUnder<T>(p, op.parentId);
            if (!list) {
                error = "không tìm thấy nơi chứa \"" + op.parentId + "\"";
                return;
            }
            T copy = rec;
            if constexpr (std::is_same_v<T, UnitRef>) {
                if (!findUnit(p, copy.unitId)) {
                    error = "đơn vị \"" + copy.unitId + "\" không có trong danh sách đơn vị";
                    return;
                }
                if (Task* t = taskById(p, op.parentId))
                    touch(t->meta, stamp);
            } else if constexpr (std::is_same_v<T, Evidence>) {
                if (RecordMeta* m = progressMeta(p, op.parentId))
                    touch(*m, stamp);
            } else {
                if constexpr (std::is_same_v<T, Progress> || std::is_same_v<T, TaskEvent> ||
                              std::is_same_v<T, LogEntry>) {
                    if (!findTask(p, copy.taskId)) {
                        error = "nhiệm vụ \"" + copy.taskId + "\" không có trong phụ lục";
                        return;
                    }
                }
                touch(copy.meta, stamp);
            }
            list->insert(list->begin() + static_cast<std::ptrdiff_t>(std::min(op.index, list->size())),
                         std::move(copy));
        },
        op.record);
    if (!error.empty())
        return fail(error);
    std::set<std::string> revived;
    for (const OwnedId& o : ids)
        revived.insert(o.id);
    p.tombstones.erase(std::remove_if(p.tombstones.begin(), p.tombstones.end(),
                                      [&](const Tombstone& t) { return revived.count(t.id) > 0; }),
                       p.tombstones.end());
    return {Op{RemoveRecord{ids.front().id}}, ""};
}

/// Takes the record out of its list (no tombstone); nullopt when missing.
std::optional<Record> detach(Plan& p, const std::string& id, Location& where) {
    const auto loc = locate(p, id);
    if (!loc)
        return std::nullopt;
    where = *loc;
    std::optional<Record> out;
    forEachList(p, [&](auto& list, const std::string& parent) {
        if (parent != loc->parentId || loc->index >= list.size() || idOf(list[loc->index]) != id)
            return false;
        out = Record(std::move(list[loc->index]));
        list.erase(list.begin() + static_cast<std::ptrdiff_t>(loc->index));
        return true;
    });
    return out;
}

OpResult apply(Plan& p, const RemoveRecord& op, const Stamp& stamp) {
    const auto loc = locate(p, op.id);
    if (!loc)
        return fail("không tìm thấy bản ghi \"" + op.id + "\"");
    if (loc->kind == kindIndex<Unit>()) {
        for (const Group& g : p.groups)
            for (const Task& t : g.tasks) {
                bool used = t.leadUnitId == op.id;
                for (const UnitRef& c : t.coordinators)
                    used |= c.unitId == op.id;
                if (used)
                    return fail("đơn vị đang được dùng ở nhiệm vụ " + g.numeral + "." + t.number);
            }
    }
    Location where;
    std::optional<Record> removed = detach(p, op.id, where);
    if (!removed)
        return fail("không tìm thấy bản ghi \"" + op.id + "\"");
    if (where.kind == kindIndex<UnitRef>()) {
        if (Task* t = taskById(p, where.parentId))
            touch(t->meta, stamp);
    } else if (where.kind == kindIndex<Evidence>()) {
        if (RecordMeta* m = progressMeta(p, where.parentId))
            touch(*m, stamp);
    } else {
        std::vector<OwnedId> ids;
        collectIds(*removed, ids);
        for (const OwnedId& o : ids)
            p.tombstones.push_back({o.id, o.kind, stamp.time, stamp.author});
    }
    return {Op{InsertRecord{where.parentId, where.index, std::move(*removed)}}, ""};
}

OpResult apply(Plan& p, const MoveRecord& op, const Stamp& stamp) {
    const auto loc = locate(p, op.id);
    if (!loc)
        return fail("không tìm thấy bản ghi \"" + op.id + "\"");
    bool targetOk = false;
    forEachList(p, [&](auto& list, const std::string& parent) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        targetOk = kindIndex<T>() == loc->kind && parent == op.parentId;
        return targetOk;
    });
    if (!targetOk)
        return fail("không chuyển được tới \"" + op.parentId + "\"");
    Location where;
    std::optional<Record> rec = detach(p, op.id, where);
    std::visit(
        [&](auto& r) {
            using T = std::decay_t<decltype(r)>;
            std::vector<T>* list = listUnder<T>(p, op.parentId);
            if constexpr (std::is_same_v<T, UnitRef>) {
                if (Task* t = taskById(p, op.parentId))
                    touch(t->meta, stamp);
            } else if constexpr (std::is_same_v<T, Evidence>) {
                if (RecordMeta* m = progressMeta(p, op.parentId))
                    touch(*m, stamp);
            } else {
                touch(r.meta, stamp);
            }
            list->insert(list->begin() + static_cast<std::ptrdiff_t>(std::min(op.index, list->size())),
                         std::move(r));
        },
        *rec);
    return {Op{MoveRecord{op.id, where.parentId, where.index}}, ""};
}

OpResult apply(Plan& p, const ReplacePlan& op, const Stamp& stamp) {
    if (!op.plan)
        return fail("không có kế hoạch để thay");
    auto old = std::make_shared<const Plan>(p);
    const std::string id = p.meta.id;
    p = *op.plan;
    p.meta.id = id; // the same plan, in another state
    touch(p.meta, stamp);
    return {Op{ReplacePlan{std::move(old)}}, ""};
}

} // namespace

// [SECTION] Public API

EditResult applyEdit(Plan& plan, const Edit& edit, const Stamp& stamp) {
    // A single operation checks everything before it changes anything; a longer edit keeps a copy to restore
    // exactly (stamps and tombstones included) if a later operation fails.
    std::optional<Plan> backup;
    if (edit.ops.size() > 1)
        backup = plan;
    Edit inverse;
    for (const Op& op : edit.ops) {
        OpResult r = std::visit([&](const auto& o) { return apply(plan, o, stamp); }, op);
        if (!r.inverse) {
            if (backup)
                plan = std::move(*backup);
            return {std::nullopt, r.error};
        }
        inverse.ops.insert(inverse.ops.begin(), std::move(*r.inverse));
    }
    return {std::move(inverse), ""};
}

std::vector<std::string> fieldNames(const std::string& kind) {
    if (kind == "plan")
        return {"title",          "issuingBody",   "parentBody",       "numberSymbol",
                "place",          "dateText",      "docType",          "preambleLead",
                "preambleClose",  "appendixTitle", "appendixSubtitle", "signatureAuthority",
                "signatureTitle", "signatureName", "periodMode"};
    if (kind == "legalBasis")
        return {"kind", "number", "date", "issuer", "summary"};
    if (kind == "body")
        return {"kind", "text"};
    if (kind == "recipient")
        return {"text"};
    if (kind == "unit")
        return {"name", "shortName"};
    if (kind == "group")
        return {"numeral", "title"};
    if (kind == "task")
        return {"number", "content", "product", "lead", "timeframe", "schedule"};
    if (kind == "progress")
        return {"status", "completed", "note"};
    if (kind == "evidence")
        return {"text"};
    if (kind == "event")
        return {"date", "due", "note"};
    if (kind == "kpi")
        return {"name", "unit", "comparison", "numerator", "denominator"};
    return {};
}

std::optional<std::string> textOf(const Plan& plan, const std::string& id, const std::string& field) {
    FieldRef ref = fieldRef(const_cast<Plan&>(plan), id, field);
    if (!ref.value)
        return std::nullopt;
    return *ref.value;
}

Edit removeTaskEdit(const Plan& plan, const std::string& taskId) {
    Edit e;
    for (const Kpi& k : plan.kpis)
        if (k.taskId == taskId)
            e.ops.push_back(RemoveRecord{k.meta.id});
    for (const Progress& p : plan.progress)
        if (p.taskId == taskId)
            e.ops.push_back(RemoveRecord{p.meta.id});
    for (const TaskEvent& ev : plan.events)
        if (ev.taskId == taskId)
            e.ops.push_back(RemoveRecord{ev.meta.id});
    for (const LogEntry& l : plan.log)
        if (l.taskId == taskId)
            e.ops.push_back(RemoveRecord{l.meta.id});
    e.ops.push_back(RemoveRecord{taskId});
    return e;
}

Edit moveWithinListEdit(const Plan& plan, const std::string& id, int delta) {
    const auto loc = locate(plan, id);
    if (!loc)
        return {};
    const long target = static_cast<long>(loc->index) + delta;
    if (target < 0 || target >= static_cast<long>(loc->listSize) || delta == 0)
        return {};
    return Edit{{MoveRecord{id, loc->parentId, static_cast<std::size_t>(target)}}};
}

Edit moveTaskToGroupEdit(const Plan& plan, const std::string& taskId, const std::string& groupId) {
    const auto loc = locate(plan, taskId);
    if (!loc || loc->parentId == groupId)
        return {};
    for (const Group& g : plan.groups)
        if (g.meta.id == groupId)
            return Edit{{MoveRecord{taskId, groupId, g.tasks.size()}}};
    return {};
}

Edit renumberGroupEdit(const Plan& plan, const std::string& groupId) {
    Edit e;
    for (const Group& g : plan.groups)
        if (g.meta.id == groupId)
            for (std::size_t i = 0; i < g.tasks.size(); ++i)
                if (g.tasks[i].number != std::to_string(i + 1))
                    e.ops.push_back(SetText{g.tasks[i].meta.id, "number", std::to_string(i + 1)});
    return e;
}

std::optional<Edit> removeUnitEdit(const Plan& plan, const std::string& unitId, std::string& error) {
    for (const Group& g : plan.groups)
        for (const Task& t : g.tasks) {
            bool used = t.leadUnitId == unitId;
            for (const UnitRef& c : t.coordinators)
                used |= c.unitId == unitId;
            if (used) {
                error = "đơn vị đang được dùng ở nhiệm vụ " + g.numeral + "." + t.number;
                return std::nullopt;
            }
        }
    return Edit{{RemoveRecord{unitId}}};
}

std::string History::apply(Plan& plan, const Edit& edit, const Stamp& stamp, const std::string& coalesceKey) {
    if (edit.ops.empty())
        return "";
    EditResult r = applyEdit(plan, edit, stamp);
    if (!r.inverse)
        return r.error;
    // Same key as the edit on top: that entry's inverse already restores the state before both.
    const bool merge = !coalesceKey.empty() && coalesceKey == m_lastKey && !m_undo.empty();
    if (!merge)
        m_undo.push_back(std::move(*r.inverse));
    if (m_undo.size() > kLimit)
        m_undo.erase(m_undo.begin());
    m_redo.clear();
    m_lastKey = coalesceKey;
    return "";
}

bool History::undo(Plan& plan, const Stamp& stamp) {
    m_lastKey.clear();
    if (m_undo.empty())
        return false;
    EditResult r = applyEdit(plan, m_undo.back(), stamp);
    m_undo.pop_back();
    if (!r.inverse)
        return false;
    m_redo.push_back(std::move(*r.inverse));
    return true;
}

bool History::redo(Plan& plan, const Stamp& stamp) {
    m_lastKey.clear();
    if (m_redo.empty())
        return false;
    EditResult r = applyEdit(plan, m_redo.back(), stamp);
    m_redo.pop_back();
    if (!r.inverse)
        return false;
    m_undo.push_back(std::move(*r.inverse));
    return true;
}

void History::clear() {
    m_undo.clear();
    m_redo.clear();
    m_lastKey.clear();
}

} // namespace domain
