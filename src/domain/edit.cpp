// Edits, their inverses, the check of their result, and undo/redo (see edit.hpp).
#include "domain/edit.hpp"

#include "domain/schedule.hpp"
#include "domain/text.hpp"
#include "domain/validate.hpp"

#include <algorithm>
#include <initializer_list>
#include <set>
#include <string_view>
#include <type_traits>
#include <unordered_set>

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
        f(p.groups, pid) || f(p.kpis, pid) || f(p.progress, pid) || f(p.events, pid) || f(p.log, pid) ||
        f(p.kpiCounts, pid) || f(p.oneStop, pid) || f(p.reports, pid))
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

const char* kindName(std::size_t kind) {
    static const char* names[] = {"legalBasis", "body", "recipient",   "unit",     "group",
                                  "task",       "kpi",  "coordinator", "progress", "evidence",
                                  "event",      "log",  "count",       "onestop",  "report"};
    static_assert(std::size(names) == std::variant_size_v<Record>);
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
std::string* recordField(Report& r, const std::string& f) {
    return f == "period"            ? &r.period
           : f == "number"          ? &r.number
           : f == "date"            ? &r.date
           : f == "asOf"            ? &r.asOf
           : f == "difficulties"    ? &r.difficulties
           : f == "proposals"       ? &r.proposals
           : f == "nextSteps"       ? &r.nextSteps
           : f == "recipients"      ? &r.recipients
           : f == "signerAuthority" ? &r.signerAuthority
           : f == "signerTitle"     ? &r.signerTitle
           : f == "signerName"      ? &r.signerName
                                    : nullptr;
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
           : f == "code766"     ? &r.code766
           : f == "source"      ? &r.source
                                : nullptr;
}
std::string* recordField(KpiCount&, const std::string&) {
    return nullptr; // numbers only (SetNumber)
}
std::string* recordField(OneStopMonth&, const std::string&) {
    return nullptr;
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

/// The meta of the record `id` (the plan's for its own id), or nullptr (also for coordinators and evidence,
/// which have none: their task or progress record carries the stamp).
RecordMeta* metaOf(Plan& p, const std::string& id) {
    if (id == p.meta.id)
        return &p.meta;
    RecordMeta* out = nullptr;
    forEachList(p, [&](auto& list, const std::string&) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        if constexpr (!std::is_same_v<T, UnitRef> && !std::is_same_v<T, Evidence>) {
            for (T& rec : list)
                if (rec.meta.id == id) {
                    out = &rec.meta;
                    return true;
                }
        }
        return false;
    });
    return out;
}

/// Calls f(record) on the record `id`, if it is in the plan.
template <class F>
void visitRecord(const Plan& plan, const std::string& id, F&& f) {
    forEachList(const_cast<Plan&>(plan), [&](auto& list, const std::string&) {
        for (const auto& rec : list)
            if (idOf(rec) == id) {
                f(rec);
                return true;
            }
        return false;
    });
}

// [SECTION] Texts stored normalised

void normalize(std::string& s) {
    s = normalizeText(s);
}
void normalize(std::initializer_list<std::string*> texts) {
    for (std::string* s : texts)
        normalize(*s);
}
// Ids are not normalised (they must already be: a changed id would break what refers to it); `modified` is
// checked as an ISO time.
void normalize(LegalBasis& r) {
    normalize({&r.meta.author, &r.kind, &r.number, &r.date, &r.issuer, &r.summary});
}
void normalize(BodyBlock& r) {
    normalize({&r.meta.author, &r.kind, &r.text});
}
void normalize(Recipient& r) {
    normalize({&r.meta.author, &r.text});
}
void normalize(Unit& r) {
    normalize({&r.meta.author, &r.name, &r.shortName});
}
void normalize(UnitRef& r) {
    normalize(r.unitId);
}
void normalize(Task& r) {
    normalize({&r.meta.author, &r.number, &r.content, &r.product, &r.leadUnitId, &r.timeframe, &r.schedule});
    for (UnitRef& c : r.coordinators)
        normalize(c);
}
void normalize(Group& r) {
    normalize({&r.meta.author, &r.numeral, &r.title});
    for (Task& t : r.tasks)
        normalize(t);
}
void normalize(Kpi& r) {
    normalize({&r.meta.author, &r.taskId, &r.name, &r.unit, &r.comparison, &r.numerator, &r.denominator,
               &r.code766, &r.source});
}
void normalize(KpiCount& r) {
    normalize({&r.meta.author, &r.kpiId, &r.month});
}
void normalize(OneStopMonth& r) {
    normalize({&r.meta.author, &r.month, &r.field});
}
void normalize(Evidence& r) {
    normalize(r.text);
}
void normalize(Progress& r) {
    normalize({&r.meta.author, &r.taskId, &r.occurrence, &r.status, &r.completed, &r.note});
    for (Evidence& e : r.evidence)
        normalize(e);
}
void normalize(TaskEvent& r) {
    normalize({&r.meta.author, &r.taskId, &r.date, &r.due, &r.note});
}
void normalize(Report& r) {
    normalize({&r.meta.author, &r.period, &r.number, &r.date, &r.asOf, &r.difficulties, &r.proposals,
               &r.nextSteps, &r.recipients, &r.signerAuthority, &r.signerTitle, &r.signerName});
}
void normalize(LogEntry& r) {
    normalize({&r.meta.author, &r.taskId, &r.occurrence, &r.text});
}
void normalize(Tombstone& r) {
    normalize({&r.id, &r.kind, &r.deleted, &r.author});
}

template <class T>
void normalizeAll(std::vector<T>& list) {
    for (T& r : list)
        normalize(r);
}

/// Every text of a whole plan (a replacement from elsewhere), as the importer would store it.
void normalizePlan(Plan& p) {
    normalize({&p.meta.author, &p.parentBody, &p.issuingBody, &p.numberSymbol, &p.place, &p.dateText,
               &p.docType, &p.title, &p.preambleLead, &p.preambleClose, &p.signature.authority,
               &p.signature.title, &p.signature.name, &p.appendixTitle, &p.appendixSubtitle, &p.periodMode});
    normalizeAll(p.legalBases);
    normalizeAll(p.body);
    normalizeAll(p.recipients);
    normalizeAll(p.units);
    normalizeAll(p.groups);
    normalizeAll(p.kpis);
    normalizeAll(p.kpiCounts);
    normalizeAll(p.oneStop);
    normalizeAll(p.progress);
    normalizeAll(p.events);
    normalizeAll(p.log);
    normalizeAll(p.reports);
    normalizeAll(p.tombstones);
}

// [SECTION] Operations

/// What the operations of one edit changed, for checking the result once they have all run.
struct Changes {
    std::set<std::string> records; ///< inserted or with a field set: their rules are checked
    std::set<std::string> removedTasks, removedUnits, removedKpis;
    bool planFields = false; ///< a field of the plan itself was set
    bool wholePlan = false;  ///< the plan was replaced: every rule is checked
};

/// One operation being applied: the edit's stamp, and the stamps records had before the operation changed
/// them (the inverse puts those back).
struct OpContext {
    Plan& p;
    const Stamp& stamp;
    Changes& changes;
    std::vector<Restamp> before;

    void remember(const RecordMeta& m) {
        for (const Restamp& r : before)
            if (r.id == m.id)
                return;
        before.push_back({m.id, {m.modified, m.author}});
    }
    void touch(RecordMeta& m) {
        remember(m);
        m.modified = stamp.time;
        m.author = stamp.author;
    }
    /// The list owner of a coordinator (its task) or of an evidence line (its progress record) changed.
    void touchOwner(std::size_t kind, const std::string& ownerId) {
        if (kind == kindIndex<UnitRef>() || kind == kindIndex<Evidence>())
            if (RecordMeta* m = metaOf(p, ownerId))
                touch(*m);
    }
    /// Gives the records named in `list` the stamps an inverse carries (after the operation's own stamping).
    void restamp(const std::vector<Restamp>& list) {
        for (const Restamp& r : list)
            if (RecordMeta* m = metaOf(p, r.id)) {
                remember(*m);
                m->modified = r.stamp.time;
                m->author = normalizeText(r.stamp.author);
            }
    }
};

struct OpResult {
    std::optional<Op> inverse;
    std::optional<Message> error;
};

OpResult fail(MessageCode code, std::vector<std::string> args = {}) {
    return {std::nullopt, Message{code, std::move(args)}};
}

OpResult apply(OpContext& c, const SetText& op) {
    FieldRef ref = fieldRef(c.p, op.id, op.field);
    if (!ref.value)
        return fail(MessageCode::FieldNotFound, {op.field, op.id});
    SetText inverse{op.id, op.field, *ref.value};
    *ref.value = normalizeText(op.value); // typed and pasted text may come decomposed or with controls
    if (ref.meta)
        c.touch(*ref.meta);
    c.restamp(op.restamp);
    if (op.id == c.p.meta.id)
        c.changes.planFields = true;
    else
        c.changes.records.insert(op.id);
    inverse.restamp = std::move(c.before);
    return {Op{std::move(inverse)}, std::nullopt};
}

/// A number field of a record (SetNumber): a target's value or a month's count.
struct NumberRef {
    double* real = nullptr;
    long long* whole = nullptr;
    RecordMeta* meta = nullptr;
    bool blank = false; ///< -1 ("not entered") is a value too
};

NumberRef numberRef(Plan& p, const std::string& id, const std::string& field) {
    for (Kpi& k : p.kpis)
        if (k.meta.id == id)
            return {field == "target" ? &k.target : nullptr, nullptr, &k.meta};
    for (KpiCount& c : p.kpiCounts)
        if (c.meta.id == id)
            return {nullptr,
                    field == "numerator"     ? &c.numerator
                    : field == "denominator" ? &c.denominator
                                             : nullptr,
                    &c.meta};
    for (OneStopMonth& m : p.oneStop)
        if (m.meta.id == id)
            for (std::size_t i = 0; i < kOneStopFigureCount; ++i)
                if (field == kOneStopKeys[i])
                    return {nullptr, &(m.*kOneStopMembers[i]), &m.meta, true};
    return {};
}

double numberValue(const NumberRef& ref) {
    return ref.real ? *ref.real : ref.whole ? static_cast<double>(*ref.whole) : 0.0;
}

OpResult apply(OpContext& c, const SetNumber& op) {
    NumberRef ref = numberRef(c.p, op.id, op.field);
    if (!ref.real && !ref.whole)
        return fail(MessageCode::FieldNotFound, {op.field, op.id});
    SetNumber inverse{op.id, op.field, numberValue(ref)};
    if (ref.whole) {
        // Whole numbers that a double holds exactly (JSON's safe integers).
        if (!((op.value >= 0 || (ref.blank && op.value == -1)) && op.value <= 9007199254740991.0) ||
            op.value != static_cast<double>(static_cast<long long>(op.value)))
            return fail(MessageCode::CountNotWhole, {formatNumber(op.value, 3, false)});
        *ref.whole = static_cast<long long>(op.value);
    } else {
        *ref.real = op.value;
    }
    c.touch(*ref.meta);
    c.restamp(op.restamp);
    c.changes.records.insert(op.id);
    inverse.restamp = std::move(c.before);
    return {Op{std::move(inverse)}, std::nullopt};
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

/// Takes away the tombstones `which` (each at its index, else the last one with its id), or, when unset,
/// every tombstone of `ids`. Returns those taken away at their former places, in ascending order.
std::vector<PlacedTombstone> takeTombstones(std::vector<Tombstone>& list,
                                            const std::optional<std::vector<PlacedTombstone>>& which,
                                            const std::vector<OwnedId>& ids) {
    std::vector<PlacedTombstone> taken;
    if (!which) {
        std::set<std::string> back;
        for (const OwnedId& o : ids)
            back.insert(o.id);
        for (std::size_t i = 0; i < list.size(); ++i)
            if (back.count(list[i].id))
                taken.push_back({i, list[i]});
        list.erase(
            std::remove_if(list.begin(), list.end(), [&](const Tombstone& t) { return back.count(t.id); }),
            list.end());
        return taken;
    }
    std::vector<PlacedTombstone> sorted = *which;
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.index > b.index; });
    for (const PlacedTombstone& w : sorted) {
        std::size_t i = w.index;
        if (i >= list.size() || list[i].id != w.tombstone.id) {
            i = list.size();
            for (std::size_t k = list.size(); k > 0; --k)
                if (list[k - 1].id == w.tombstone.id) {
                    i = k - 1;
                    break;
                }
        }
        if (i < list.size()) {
            taken.push_back({i, list[i]});
            list.erase(list.begin() + static_cast<std::ptrdiff_t>(i));
        }
    }
    // Taken from the highest index down, so each index is a place in the list as it was.
    std::reverse(taken.begin(), taken.end());
    return taken;
}

OpResult apply(OpContext& c, const InsertRecord& op) {
    Plan& p = c.p;
    std::vector<OwnedId> ids;
    collectIds(op.record, ids);
    std::set<std::string> seen;
    for (const OwnedId& o : ids) {
        if (o.id.empty())
            return fail(MessageCode::EmptyId);
        if (normalizeText(o.id) != o.id)
            return fail(MessageCode::InvalidId, {o.id});
        if (o.id == p.meta.id || !seen.insert(o.id).second || locate(p, o.id))
            return fail(MessageCode::IdTaken, {o.id});
    }
    bool placed = false;
    std::visit(
        [&](const auto& rec) {
            using T = std::decay_t<decltype(rec)>;
            std::vector<T>* list = listUnder<T>(p, op.parentId);
            if (!list)
                return;
            T copy = rec;
            normalize(copy);
            if constexpr (!std::is_same_v<T, UnitRef> && !std::is_same_v<T, Evidence>) {
                copy.meta.modified = c.stamp.time;
                copy.meta.author = c.stamp.author;
            }
            list->insert(list->begin() + static_cast<std::ptrdiff_t>(std::min(op.index, list->size())),
                         std::move(copy));
            placed = true;
        },
        op.record);
    if (!placed)
        return fail(MessageCode::ParentNotFound, {op.parentId});
    c.touchOwner(op.record.index(), op.parentId);
    std::vector<PlacedTombstone> taken = takeTombstones(p.tombstones, op.tombstones, ids);
    c.restamp(op.restamp);
    c.changes.records.insert(ids.front().id);
    return {Op{RemoveRecord{ids.front().id, std::move(c.before), std::move(taken)}}, std::nullopt};
}

OpResult apply(OpContext& c, const RemoveRecord& op) {
    Plan& p = c.p;
    if (!locate(p, op.id))
        return fail(MessageCode::RecordNotFound, {op.id});
    if (const RecordMeta* m = metaOf(p, op.id))
        c.remember(*m); // the inverse inserts the record with the stamp it has now
    Location where;
    std::optional<Record> removed = detach(p, op.id, where);
    c.touchOwner(where.kind, where.parentId);
    std::vector<OwnedId> ids;
    collectIds(*removed, ids);
    std::vector<PlacedTombstone> added;
    if (op.tombstones) {
        for (const PlacedTombstone& t : *op.tombstones) { // ascending: each index is its final place
            const std::size_t i = std::min(t.index, p.tombstones.size());
            p.tombstones.insert(p.tombstones.begin() + static_cast<std::ptrdiff_t>(i), t.tombstone);
            added.push_back({i, t.tombstone});
        }
    } else {
        for (const OwnedId& o : ids) {
            added.push_back({p.tombstones.size(), {o.id, o.kind, c.stamp.time, c.stamp.author}});
            p.tombstones.push_back(added.back().tombstone);
        }
    }
    for (const OwnedId& o : ids) {
        if (std::string_view(o.kind) == kindName(kindIndex<Task>()))
            c.changes.removedTasks.insert(o.id);
        else if (std::string_view(o.kind) == kindName(kindIndex<Unit>()))
            c.changes.removedUnits.insert(o.id);
        else if (std::string_view(o.kind) == kindName(kindIndex<Kpi>()))
            c.changes.removedKpis.insert(o.id);
    }
    c.restamp(op.restamp);
    return {Op{InsertRecord{where.parentId, where.index, std::move(*removed), std::move(c.before),
                            std::move(added)}},
            std::nullopt};
}

OpResult apply(OpContext& c, const MoveRecord& op) {
    Plan& p = c.p;
    const auto loc = locate(p, op.id);
    if (!loc)
        return fail(MessageCode::RecordNotFound, {op.id});
    bool targetOk = false;
    forEachList(p, [&](auto& list, const std::string& parent) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        targetOk = kindIndex<T>() == loc->kind && parent == op.parentId;
        return targetOk;
    });
    if (!targetOk)
        return fail(MessageCode::CannotMoveTo, {op.parentId});
    Location where;
    std::optional<Record> rec = detach(p, op.id, where);
    std::visit(
        [&](auto& r) {
            using T = std::decay_t<decltype(r)>;
            std::vector<T>* list = listUnder<T>(p, op.parentId);
            list->insert(list->begin() + static_cast<std::ptrdiff_t>(std::min(op.index, list->size())),
                         std::move(r));
        },
        *rec);
    if (RecordMeta* m = metaOf(p, op.id))
        c.touch(*m);
    c.touchOwner(where.kind, where.parentId); // both lists of a coordinator or evidence line changed
    c.touchOwner(where.kind, op.parentId);
    c.restamp(op.restamp);
    return {Op{MoveRecord{op.id, where.parentId, where.index, std::move(c.before)}}, std::nullopt};
}

OpResult apply(OpContext& c, const ReplacePlan& op) {
    if (!op.plan)
        return fail(MessageCode::NoPlanToReplace);
    auto old = std::make_shared<const Plan>(c.p);
    c.remember(c.p.meta);
    Plan next = *op.plan;
    next.meta.id = c.p.meta.id; // the same plan, in another state
    normalizePlan(next);
    next.meta.modified = c.stamp.time;
    next.meta.author = c.stamp.author;
    c.p = std::move(next);
    c.restamp(op.restamp);
    c.changes.wholePlan = true;
    return {Op{ReplacePlan{std::move(old), std::move(c.before)}}, std::nullopt};
}

/// Why a stamp an operation carries could not be stored (not an ISO time), or nullopt.
std::optional<Message> badStamp(const std::string& time) {
    if (time.empty() || isIsoTimestamp(time))
        return std::nullopt;
    return Message{MessageCode::InvalidTimestamp, {time}};
}

std::optional<Message> badStamps(const Op& op) {
    std::optional<Message> bad;
    std::visit(
        [&](const auto& o) {
            for (const Restamp& r : o.restamp)
                if (!bad)
                    bad = badStamp(r.stamp.time);
            if constexpr (std::is_same_v<std::decay_t<decltype(o)>, RemoveRecord>) {
                if (o.tombstones)
                    for (const PlacedTombstone& t : *o.tombstones)
                        if (!bad)
                            bad = badStamp(t.tombstone.deleted);
            }
        },
        op);
    return bad;
}

/// The task that still names `unitId` as lead or coordinator, as a message; nullopt when none does.
std::optional<Message> unitInUse(const Plan& plan, const std::string& unitId) {
    for (const Group& g : plan.groups)
        for (const Task& t : g.tasks) {
            bool used = t.leadUnitId == unitId;
            for (const UnitRef& c : t.coordinators)
                used |= c.unitId == unitId;
            if (used)
                return Message{MessageCode::UnitInUse, {g.numeral, t.number}};
        }
    return std::nullopt;
}

/// The first rule the changed records break in the plan after the edit (the importer's rules, validate.hpp).
std::optional<Message> checkChanges(const Plan& p, const Changes& changes) {
    if (changes.wholePlan) {
        const std::vector<ImportError> problems = validatePlan(p);
        return problems.empty() ? std::nullopt : std::optional<Message>(problems.front().message);
    }
    RecordChecker checker(p, false);
    if (changes.planFields)
        checker.checkPlanFields();
    for (const std::string& id : changes.records)
        visitRecord(p, id, [&](const auto& rec) {
            checker.check(rec, "");
            if constexpr (std::is_same_v<std::decay_t<decltype(rec)>, Kpi>) // its unit may now be "%"
                for (const KpiCount& c : p.kpiCounts)
                    if (c.kpiId == rec.meta.id)
                        checker.check(c, "");
        });
    if (!checker.problems.empty())
        return checker.problems.front().message;
    for (const std::string& unitId : changes.removedUnits)
        if (!findUnit(p, unitId))
            if (auto used = unitInUse(p, unitId))
                return used;
    if (!changes.removedKpis.empty()) // a target with monthly counts stays while they do
        for (const KpiCount& c : p.kpiCounts)
            if (changes.removedKpis.count(c.kpiId) && !findKpi(p, c.kpiId))
                return Message{MessageCode::TargetCounted, {c.kpiId}};
    if (changes.removedTasks.empty())
        return std::nullopt;
    // A target, progress record, event or history line naming a task that is gone.
    auto stillNamed = [&](const auto& list) -> std::optional<Message> {
        for (const auto& r : list)
            if (changes.removedTasks.count(r.taskId) && !findTask(p, r.taskId))
                return Message{MessageCode::TaskInUse, {r.taskId}};
        return std::nullopt;
    };
    if (auto named = stillNamed(p.kpis))
        return named;
    if (auto named = stillNamed(p.progress))
        return named;
    if (auto named = stillNamed(p.events))
        return named;
    return stillNamed(p.log);
}

/// Applies operations that are known to apply (an inverse, to roll back), without checking the result.
void applyUnchecked(Plan& plan, const Edit& edit, const Stamp& stamp) {
    Changes ignored;
    for (const Op& op : edit.ops) {
        OpContext c{plan, stamp, ignored, {}};
        std::visit([&](const auto& o) { apply(c, o); }, op);
    }
}

} // namespace

// [SECTION] Public API

void normalizeTexts(Record& record) {
    std::visit([](auto& r) { normalize(r); }, record);
}

void normalizeTexts(Plan& plan) {
    normalizePlan(plan);
}

bool changedSince(const Plan& plan, const Edit& edit, const std::string& time) {
    Plan& p = const_cast<Plan&>(plan); // only read: the lookups below are shared with the writing code
    const auto stampedAfter = [&](const std::string& id) {
        const RecordMeta* m = metaOf(p, id);
        return m && m->modified > time;
    };
    for (const Op& op : edit.ops) {
        if (const auto* set = std::get_if<SetText>(&op)) {
            const FieldRef f = fieldRef(p, set->id, set->field);
            if (f.value && *f.value != normalizeText(set->value) && f.meta && f.meta->modified >= time)
                return true;
        } else if (const auto* num = std::get_if<SetNumber>(&op)) {
            const NumberRef f = numberRef(p, num->id, num->field);
            if ((f.real || f.whole) && numberValue(f) != num->value && f.meta->modified >= time)
                return true;
        } else if (const auto* rm = std::get_if<RemoveRecord>(&op)) {
            if (stampedAfter(rm->id))
                return true;
        } else if (const auto* mv = std::get_if<MoveRecord>(&op)) {
            if (stampedAfter(mv->id))
                return true;
        } else if (std::holds_alternative<ReplacePlan>(op) && stampedAfter(plan.meta.id)) {
            return true;
        }
    }
    return false;
}

EditResult applyEdit(Plan& plan, const Edit& edit, const Stamp& stamp) {
    const Stamp clean{stamp.time, normalizeText(stamp.author)};
    if (auto bad = badStamp(clean.time))
        return {std::nullopt, bad};
    for (const Op& op : edit.ops)
        if (auto bad = badStamps(op))
            return {std::nullopt, bad};
    // Each operation checks what it needs before it changes anything; the rules of the result are checked
    // once all have run. A refusal after that rolls back: a longer edit from a copy of the plan, a single
    // operation through its inverse (which restores it exactly and costs no copy of a large plan).
    std::optional<Plan> backup;
    if (edit.ops.size() > 1)
        backup = plan;
    Changes changes;
    Edit inverse;
    auto refuse = [&](std::optional<Message> why) {
        if (backup)
            plan = std::move(*backup);
        else
            applyUnchecked(plan, inverse, clean);
        return EditResult{std::nullopt, std::move(why)};
    };
    for (const Op& op : edit.ops) {
        OpContext c{plan, clean, changes, {}};
        OpResult r = std::visit([&](const auto& o) { return apply(c, o); }, op);
        if (!r.inverse)
            return refuse(std::move(r.error));
        inverse.ops.insert(inverse.ops.begin(), std::move(*r.inverse));
    }
    if (auto problem = checkChanges(plan, changes))
        return refuse(std::move(problem));
    return {std::move(inverse), std::nullopt};
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
        return {"name", "unit", "comparison", "numerator", "denominator", "code766"};
    return {};
}

std::optional<std::string> textOf(const Plan& plan, const std::string& id, const std::string& field) {
    FieldRef ref = fieldRef(const_cast<Plan&>(plan), id, field);
    if (!ref.value)
        return std::nullopt;
    return *ref.value;
}

Edit removeKpiEdit(const Plan& plan, const std::string& kpiId) {
    Edit e;
    for (const KpiCount& c : plan.kpiCounts)
        if (c.kpiId == kpiId)
            e.ops.push_back(RemoveRecord{c.meta.id});
    e.ops.push_back(RemoveRecord{kpiId});
    return e;
}

Edit removeTaskEdit(const Plan& plan, const std::string& taskId) {
    Edit e;
    for (const Kpi& k : plan.kpis)
        if (k.taskId == taskId)
            for (Op& op : removeKpiEdit(plan, k.meta.id).ops)
                e.ops.push_back(std::move(op));
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

std::optional<Edit> removeUnitEdit(const Plan& plan, const std::string& unitId, Message& error) {
    if (auto used = unitInUse(plan, unitId)) {
        error = std::move(*used);
        return std::nullopt;
    }
    return Edit{{RemoveRecord{unitId}}};
}

std::optional<Message> History::apply(Plan& plan, const Edit& edit, const Stamp& stamp,
                                      const std::string& coalesceKey) {
    if (edit.ops.empty())
        return std::nullopt;
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
    return std::nullopt;
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
