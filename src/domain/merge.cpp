// Comparing and merging two copies of a plan (see merge.hpp).
#include "domain/merge.hpp"

#include "domain/json_parse.hpp"
#include "domain/schedule.hpp"
#include "domain/text.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace domain {

using nlohmann::json;

namespace {

const char* const kRootKey = "@plan";
const char* const kTombstones = "@tombstones"; ///< the order of the tombstones, as a list
const char* const kIn = "@in"; ///< the field that says where a record lives: "<owner key>|<list path>"

/// The lists of the snapshot whose items are records (docs/schema.md).
bool isRecordList(const std::string& name) {
    static const std::set<std::string> lists = {
        "groups", "tasks",   "coordinators", "body",     "legalBases", "recipients", "units",  "kpis",
        "counts", "onestop", "progress",     "evidence", "events",     "log",        "reports"};
    return lists.count(name) > 0;
}

/// Lists owned by one record, their items keyed by owner and id.
bool isOwnedList(const std::string& name) {
    return name == "coordinators" || name == "evidence";
}

struct Rec {
    std::string list; ///< the list it lives in ("plan" for the plan itself)
    std::map<std::string, json> fields;
    std::string modified, author;
    std::set<std::string> lists; ///< the record lists it holds, by path ("appendix.groups")
};

struct Flat {
    std::map<std::string, Rec> recs;
    std::map<std::string, std::vector<std::string>> order; ///< "<owner key>|<list path>" → keys in order
    std::map<std::string, json> tombstones;                ///< id → the tombstone
    std::vector<std::string> sequence;                     ///< keys in the order of the document
    std::map<std::string, std::vector<std::string>> referrers; ///< id → the records that name it
    std::string rootId;
    long long version = 1;
};

std::string textField(const Rec& r, const char* name) {
    const auto it = r.fields.find(name);
    return it != r.fields.end() && it->second.is_string() ? it->second.get<std::string>() : std::string();
}

void flattenInto(Flat& f, const json& obj, const std::string& key, Rec& rec, const std::string& prefix) {
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const std::string& member = it.key();
        const std::string name = prefix + member;
        const json& v = it.value();
        if (prefix.empty()) {
            if (member == "id")
                continue;
            if ((member == "modified" || member == "author") && v.is_string()) {
                (member == "modified" ? rec.modified : rec.author) = v.get<std::string>();
                continue;
            }
            if (key == kRootKey && (member == "schema" || member == "version"))
                continue;
            if (key == kRootKey && member == "tombstones" && v.is_array()) {
                for (const json& t : v)
                    if (t.is_object() && t.contains("id") && t["id"].is_string() &&
                        !f.tombstones.count(t["id"].get<std::string>())) {
                        f.tombstones[t["id"].get<std::string>()] = t;
                        f.order[kTombstones].push_back(t["id"].get<std::string>());
                    }
                continue;
            }
        }
        if (v.is_array() && isRecordList(member)) {
            rec.lists.insert(name);
            std::vector<std::string>& order = f.order[key + "|" + name];
            for (const json& child : v) {
                if (!child.is_object() || !child.contains("id") || !child["id"].is_string())
                    continue; // not a record: the reader refuses such a file before it gets here
                const std::string id = child["id"].get<std::string>();
                const std::string childKey = isOwnedList(member) ? key + "/" + id : id;
                if (f.recs.count(childKey))
                    continue; // a duplicate id: likewise refused by the reader
                Rec& slot = f.recs[childKey];
                slot.list = member;
                slot.fields[kIn] = key + "|" + name;
                order.push_back(childKey);
                f.sequence.push_back(childKey);
                flattenInto(f, child, childKey, slot, "");
            }
        } else if (v.is_object()) {
            flattenInto(f, v, key, rec, name + ".");
        } else {
            rec.fields[name] = v;
        }
    }
}

Flat flatten(const Plan& plan) {
    Flat f;
    const std::optional<json> j = parseJson(exportPlanJson(plan));
    if (!j || !j->is_object())
        return f;
    f.rootId = plan.meta.id;
    if (const auto v = j->find("version"); v != j->end() && v->is_number_integer())
        f.version = v->get<long long>();
    Rec& root = f.recs[kRootKey];
    root.list = "plan";
    f.sequence.push_back(kRootKey);
    flattenInto(f, *j, kRootKey, root, "");
    for (const auto& [key, r] : f.recs)
        for (const char* field : {"task", "kpi", "lead", "unit"})
            if (const std::string named = textField(r, field); !named.empty())
                f.referrers[named].push_back(key);
    return f;
}

void setPath(json& obj, const std::string& path, json value) {
    json* at = &obj;
    std::size_t start = 0;
    for (std::size_t dot; (dot = path.find('.', start)) != std::string::npos; start = dot + 1) {
        json& next = (*at)[path.substr(start, dot - start)];
        if (!next.is_object())
            next = json::object();
        at = &next;
    }
    (*at)[path.substr(start)] = std::move(value);
}

std::string idOf(const std::string& key) {
    const std::size_t slash = key.rfind('/');
    return slash == std::string::npos ? key : key.substr(slash + 1);
}

json build(const Flat& f, const std::string& key, int depth = 0) {
    const Rec& r = f.recs.at(key);
    json o = json::object();
    o["id"] = key == kRootKey ? f.rootId : idOf(key);
    if (!r.modified.empty())
        o["modified"] = r.modified;
    if (!r.author.empty())
        o["author"] = r.author;
    for (const auto& [name, v] : r.fields)
        if (name != kIn)
            setPath(o, name, v);
    for (const std::string& path : r.lists) {
        json items = json::array();
        if (const auto it = f.order.find(key + "|" + path); it != f.order.end() && depth < 8)
            for (const std::string& child : it->second)
                if (f.recs.count(child))
                    items.push_back(build(f, child, depth + 1));
        setPath(o, path, std::move(items));
    }
    if (key == kRootKey) {
        o["schema"] = "kstthc-plan";
        o["version"] = f.version;
        json tombs = json::array();
        if (const auto order = f.order.find(kTombstones); order != f.order.end())
            for (const std::string& id : order->second)
                if (const auto t = f.tombstones.find(id); t != f.tombstones.end())
                    tombs.push_back(t->second);
        o["tombstones"] = std::move(tombs);
    }
    return o;
}

// [SECTION] Labels for people

std::string ownerKey(const Rec& r) {
    const std::string in = textField(r, kIn);
    return in.substr(0, in.find('|'));
}

/// "II.1" of a task.
std::string taskNumber(const Flat& f, const std::string& key) {
    const auto it = f.recs.find(key);
    if (it == f.recs.end())
        return key;
    const auto group = f.recs.find(ownerKey(it->second));
    const std::string numeral = group == f.recs.end() ? std::string() : textField(group->second, "numeral");
    const std::string number = textField(it->second, "number");
    return numeral.empty() ? number : numeral + "." + number;
}

std::string occurrenceText(const std::string& key) {
    if (const std::optional<Period> p = periodFromKey(key, PeriodMode::Calendar))
        return periodLabel(*p, true);
    if (key.size() == 11 && key[0] == 'D')
        return formatDate(key.substr(1));
    return key;
}

std::string shortText(std::string text) {
    if (text.size() > 48) {
        std::size_t cut = 45;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
            --cut; // not inside a UTF-8 sequence
        text = text.substr(0, cut) + "…";
    }
    return text;
}

std::string recordLabel(const Flat& f, const std::string& key) {
    const auto it = f.recs.find(key);
    if (it == f.recs.end())
        return key;
    const Rec& r = it->second;
    const std::string& l = r.list;
    if (l == "plan")
        return "Kế hoạch";
    if (l == "groups")
        return "Nhóm " + textField(r, "numeral");
    if (l == "tasks")
        return "Nhiệm vụ " + taskNumber(f, key);
    if (l == "progress" || l == "log")
        return std::string(l == "log" ? "Nhật ký " : "Tiến độ ") + taskNumber(f, textField(r, "task")) +
               " · " + occurrenceText(textField(r, "occurrence"));
    if (l == "events")
        return "Sự kiện " + taskNumber(f, textField(r, "task")) + " · " + formatDate(textField(r, "date"));
    if (l == "coordinators")
        return recordLabel(f, ownerKey(r)) + " — Đơn vị phối hợp";
    if (l == "evidence")
        return recordLabel(f, ownerKey(r)) + " — Minh chứng";
    if (l == "units")
        return "Đơn vị " + textField(r, "name");
    if (l == "kpis")
        return "Chỉ tiêu " + shortText(textField(r, "name"));
    if (l == "counts")
        return "Số liệu chỉ tiêu " + shortText(textField(r, "kpi")) + " · " + textField(r, "month");
    if (l == "onestop")
        return "Số liệu một cửa · " + textField(r, "month");
    if (l == "reports")
        return "Báo cáo " + textField(r, "period");
    if (l == "legalBases")
        return "Căn cứ " + textField(r, "number");
    if (l == "recipients")
        return "Nơi nhận " + shortText(textField(r, "text"));
    if (l == "body")
        return "Đoạn văn bản " + shortText(textField(r, "text"));
    return key;
}

std::string fieldLabel(const std::string& field) {
    static const std::map<std::string, std::string> labels = {
        {"@in", "Vị trí"},
        {"content", "Nội dung"},
        {"product", "Sản phẩm"},
        {"lead", "Đơn vị chủ trì"},
        {"unit", "Đơn vị"},
        {"timeframe", "Thời gian thực hiện"},
        {"number", "Số"},
        {"numeral", "Số La Mã"},
        {"title", "Tên"},
        {"status", "Trạng thái"},
        {"completed", "Ngày hoàn thành"},
        {"note", "Kết quả"},
        {"text", "Nội dung"},
        {"name", "Tên"},
        {"shortName", "Tên viết tắt"},
        {"kind", "Loại"},
        {"date", "Ngày"},
        {"due", "Hạn"},
        {"issuer", "Cơ quan ban hành"},
        {"summary", "Trích yếu"},
        {"target", "Mục tiêu"},
        {"comparison", "So sánh"},
        {"numerator", "Số đếm"},
        {"denominator", "Trên tổng số"},
        {"year", "Năm"},
        {"periodMode", "Cách tính kỳ báo cáo"},
        {"issuingBody", "Cơ quan ban hành"},
        {"parentBody", "Cơ quan chủ quản"},
        {"numberSymbol", "Số, ký hiệu"},
        {"place", "Địa danh"},
        {"dateText", "Ngày tháng"},
        {"docType", "Loại văn bản"},
        {"lead.text", "Lời dẫn"},
        {"close", "Câu kết"},
        {"subtitle", "Dòng dưới tên"},
        {"authority", "Thẩm quyền ký"},
        {"proposals", "Kiến nghị, đề xuất"},
        {"difficulties", "Khó khăn, vướng mắc"},
        {"nextSteps", "Phương hướng kỳ tới"},
        {"recipients", "Nơi nhận"},
    };
    const std::size_t dot = field.rfind('.');
    const auto it = labels.find(field);
    if (it != labels.end())
        return it->second;
    const auto last = labels.find(dot == std::string::npos ? field : field.substr(dot + 1));
    return last != labels.end() ? last->second : field;
}

std::string valueText(const std::optional<json>& v) {
    if (!v || v->is_null())
        return "";
    return v->is_string() ? v->get<std::string>() : v->dump();
}

std::optional<json> fieldOf(const Rec* r, const std::string& name) {
    if (!r)
        return std::nullopt;
    const auto it = r->fields.find(name);
    return it == r->fields.end() ? std::nullopt : std::optional<json>(it->second);
}

std::set<std::string> fieldNames(const Rec* a, const Rec* b, const Rec* c = nullptr) {
    std::set<std::string> names;
    for (const Rec* r : {a, b, c})
        if (r)
            for (const auto& [name, v] : r->fields)
                names.insert(name);
    return names;
}

// [SECTION] Merge

/// The merge of three flat plans with the decisions taken so far (index = conflict number).
struct Merger {
    const Flat* base; ///< nullptr: no common ancestor
    const Flat& mine;
    const Flat& theirs;
    const std::vector<Resolution>& decisions;
    Flat out;
    std::vector<MergeConflict> conflicts;

    /// A conflict: records it and says which side the user chose (mine until said otherwise).
    bool takeTheirs(const std::string& key, const std::string& field, const std::optional<json>& b,
                    const std::optional<json>& m, const std::optional<json>& t) {
        const Flat& labelled = mine.recs.count(key) ? mine : theirs;
        MergeConflict c{key,
                        field,
                        recordLabel(labelled, key) + (field.empty() ? "" : " — " + fieldLabel(field)),
                        b ? std::optional<std::string>(b->dump()) : std::nullopt,
                        m ? std::optional<std::string>(m->dump()) : std::nullopt,
                        t ? std::optional<std::string>(t->dump()) : std::nullopt};
        const std::size_t n = conflicts.size();
        conflicts.push_back(std::move(c));
        return n < decisions.size() && decisions[n] == Resolution::Theirs;
    }

    /// Whether the record `key` of `side`, or anything it holds, was changed or added since the base.
    bool changedSince(const Flat& side, const std::string& key, int depth = 0) const {
        const Rec* now = find(&side, key);
        const Rec* then = find(base, key);
        if (!now || !then || now->fields != then->fields)
            return true;
        if (depth >= 8)
            return false;
        for (const std::string& path : now->lists)
            if (const std::vector<std::string>* items = listOf(&side, key + "|" + path))
                for (const std::string& child : *items)
                    if (changedSince(side, child, depth + 1))
                        return true;
        // What names it (a task's progress, events, history and targets; a unit's tasks) counts as held.
        if (const auto it = side.referrers.find(key); it != side.referrers.end())
            for (const std::string& referrer : it->second)
                if (changedSince(side, referrer, depth + 1))
                    return true;
        return false;
    }

    static json recordJson(const Rec& r) {
        json o = json::object();
        for (const auto& [name, v] : r.fields)
            o[name] = v;
        return o;
    }

    static const Rec* find(const Flat* f, const std::string& key) {
        if (!f)
            return nullptr;
        const auto it = f->recs.find(key);
        return it == f->recs.end() ? nullptr : &it->second;
    }

    void both(const std::string& key, const Rec* b, const Rec& m, const Rec& t) {
        Rec r;
        r.list = m.list;
        r.lists = m.lists;
        r.lists.insert(t.lists.begin(), t.lists.end());
        for (const std::string& name : fieldNames(&m, &t, b)) {
            const std::optional<json> bv = fieldOf(b, name), mv = fieldOf(&m, name), tv = fieldOf(&t, name);
            std::optional<json> v;
            if (mv == tv)
                v = mv;
            else if (b && mv == bv)
                v = tv;
            else if (b && tv == bv)
                v = mv;
            else
                v = takeTheirs(key, name, bv, mv, tv) ? tv : mv;
            if (v)
                r.fields[name] = std::move(*v);
        }
        // The later stamp (the pair, so that the rule does not depend on which side is mine).
        const bool later = std::tie(t.modified, t.author) > std::tie(m.modified, m.author);
        r.modified = later ? t.modified : m.modified;
        r.author = later ? t.author : m.author;
        out.recs[key] = std::move(r);
    }

    void one(const std::string& key, const Rec* b, const Rec* m, const Rec* t) {
        const Rec& present = m ? *m : *t;
        const Flat& other = m ? theirs : mine;
        const auto wrap = [](const Rec* r) { return r ? std::optional<json>(recordJson(*r)) : std::nullopt; };
        bool keep;
        if (b) { // deleted on the other side since the base: it stays deleted unless this side changed it
            // or anything it holds since (a conflict then)
            const bool edited = changedSince(m ? mine : theirs, key);
            // What the other side deleted only with what holds or names it comes back when that is kept.
            bool withOwner = false;
            const std::string owner = ownerKey(present);
            for (const std::string& held : {owner == kRootKey ? std::string() : owner,
                                            textField(present, "task"), textField(present, "kpi")})
                withOwner |= !held.empty() && !find(&other, held) && out.recs.count(held);
            if (!edited && withOwner) {
                out.recs[key] = present;
                return;
            }
            keep = edited && (takeTheirs(key, "", wrap(b), wrap(m), wrap(t)) ? t != nullptr : m != nullptr);
        } else if (key.find('/') == std::string::npos && other.tombstones.count(key)) {
            keep = false;   // deleted on the other side: a deleted record never comes back
        } else if (!base) { // no common ancestor: the user decides whether it is in the plan
            keep = takeTheirs(key, "", std::nullopt, wrap(m), wrap(t)) ? t != nullptr : m != nullptr;
        } else {
            keep = true; // added on one side
        }
        if (keep)
            out.recs[key] = present;
    }

    std::vector<std::string> keyOrder() const {
        std::vector<std::string> keys;
        std::set<std::string> seen;
        for (const Flat* f : {&mine, &theirs, base})
            if (f)
                for (const std::string& k : f->sequence)
                    if (seen.insert(k).second)
                        keys.push_back(k);
        return keys;
    }

    static std::vector<std::string> only(const std::vector<std::string>* list,
                                         const std::set<std::string>& keep) {
        std::vector<std::string> out;
        if (list)
            for (const std::string& k : *list)
                if (keep.count(k))
                    out.push_back(k);
        return out;
    }

    static const std::vector<std::string>* listOf(const Flat* f, const std::string& list) {
        if (!f)
            return nullptr;
        const auto it = f->order.find(list);
        return it == f->order.end() ? nullptr : &it->second;
    }

    /// The order of one list: of the items every side has in it, the order of the side that changed it (both
    /// changed: the smaller, so that A into B and B into A agree); each other item after the item its own
    /// side has before it.
    std::vector<std::string> orderOf(const std::string& list, const std::set<std::string>& members) const {
        const std::vector<std::string>*b = listOf(base, list), *m = listOf(&mine, list),
              *t = listOf(&theirs, list);
        std::set<std::string> common;
        const std::vector<std::string> inM = only(m, members), inT = only(t, members);
        const std::set<std::string> setM(inM.begin(), inM.end()), setT(inT.begin(), inT.end());
        for (const std::string& k : only(b, members))
            if (setM.count(k) && setT.count(k))
                common.insert(k);
        const std::vector<std::string> bo = only(b, common), mo = only(m, common), to = only(t, common);
        const std::vector<std::string> chosen = mo == bo ? to : to == bo ? mo : std::min(mo, to);
        // The other items, by the common item before them on their own side ("" for the start).
        std::map<std::string, std::vector<std::string>> afterM, afterT;
        for (const auto& [side, after] : {std::pair{&inM, &afterM}, std::pair{&inT, &afterT}}) {
            std::string anchor;
            for (const std::string& k : *side) {
                if (common.count(k))
                    anchor = k;
                else
                    (*after)[anchor].push_back(k);
            }
        }
        std::vector<std::string> result;
        std::set<std::string> placed;
        const auto place = [&](const std::string& anchor) {
            std::vector<std::string> sm = afterM[anchor], st = afterT[anchor];
            if (!sm.empty() && !st.empty() && st.front() < sm.front())
                std::swap(sm, st);
            for (const std::vector<std::string>* s : {&sm, &st})
                for (const std::string& k : *s)
                    if (placed.insert(k).second)
                        result.push_back(k);
        };
        place("");
        for (const std::string& k : chosen) {
            result.push_back(k);
            placed.insert(k);
            place(k);
        }
        for (const std::string& k : members) // not in any side's list (cannot happen): at the end, by key
            if (placed.insert(k).second)
                result.push_back(k);
        return result;
    }

    void run() {
        out.rootId = mine.rootId;
        out.version = std::max(mine.version, theirs.version);
        for (const std::string& key : keyOrder()) {
            const Rec *b = find(base, key), *m = find(&mine, key), *t = find(&theirs, key);
            if (m && t)
                both(key, b, *m, *t);
            else if (m || t)
                one(key, b, m, t);
            if (out.recs.count(key))
                out.sequence.push_back(key);
        }
        // A unit still named by a kept task stays (a deletion settled as "mine" cannot leave a task without
        // its unit); records whose owner, task or target is gone go with it.
        for (const auto& [key, r] : std::map<std::string, Rec>(out.recs))
            for (const char* field : {"lead", "unit"})
                if (const std::string unit = textField(r, field); !unit.empty() && !out.recs.count(unit))
                    if (const Rec* kept = find(&mine, unit) ? find(&mine, unit) : find(&theirs, unit))
                        out.recs[unit] = *kept;
        for (bool dropped = true; dropped;) {
            dropped = false;
            for (auto it = out.recs.begin(); it != out.recs.end();) {
                const std::string owner = ownerKey(it->second), task = textField(it->second, "task"),
                                  kpi = textField(it->second, "kpi");
                if (it->first != kRootKey &&
                    (!out.recs.count(owner) || (!task.empty() && !out.recs.count(task)) ||
                     (!kpi.empty() && !out.recs.count(kpi)))) {
                    it = out.recs.erase(it);
                    dropped = true;
                } else {
                    ++it;
                }
            }
        }
        std::map<std::string, std::set<std::string>> members;
        for (const auto& [key, r] : out.recs)
            if (key != kRootKey)
                members[textField(r, kIn)].insert(key);
        for (const auto& [list, keys] : members)
            out.order[list] = orderOf(list, keys);
        for (const Flat* f : {&mine, &theirs})
            for (const auto& [id, t] : f->tombstones) {
                json& slot = out.tombstones[id];
                if (slot.is_null() || t.dump() > slot.dump())
                    slot = t;
            }
        for (auto it = out.tombstones.begin(); it != out.tombstones.end();)
            it = out.recs.count(it->first) ? out.tombstones.erase(it) : std::next(it);
        std::set<std::string> tombstoned;
        for (const auto& [id, t] : out.tombstones)
            tombstoned.insert(id);
        out.order[kTombstones] = orderOf(kTombstones, tombstoned);
    }
};

} // namespace

struct MergeResult::State {
    std::optional<Flat> base;
    Flat mine, theirs;
};

std::vector<RecordDifference> diffPlans(const Plan& mine, const Plan& theirs) {
    std::vector<RecordDifference> out;
    try {
        const Flat m = flatten(mine), t = flatten(theirs);
        std::vector<std::string> keys = m.sequence;
        for (const std::string& k : t.sequence)
            if (!m.recs.count(k))
                keys.push_back(k);
        for (const std::string& key : keys) {
            const auto mi = m.recs.find(key), ti = t.recs.find(key);
            const Rec* mr = mi == m.recs.end() ? nullptr : &mi->second;
            const Rec* tr = ti == t.recs.end() ? nullptr : &ti->second;
            RecordDifference d{key,
                               (mr ? mr : tr)->list,
                               recordLabel(mr ? m : t, key),
                               !mr   ? RecordChange::Added
                               : !tr ? RecordChange::Removed
                                     : RecordChange::Changed,
                               {}};
            for (const std::string& name : fieldNames(mr, tr)) {
                const std::optional<json> mv = fieldOf(mr, name), tv = fieldOf(tr, name);
                if (mv != tv)
                    d.fields.push_back({name, fieldLabel(name), valueText(mv), valueText(tv)});
            }
            if (!d.fields.empty())
                out.push_back(std::move(d));
        }
    } catch (...) { // out of memory: no differences to show, nothing changed
        out.clear();
    }
    return out;
}

MergeResult mergePlans(const Plan* base, const Plan& mine, const Plan& theirs) {
    MergeResult result;
    try {
        auto state = std::make_shared<MergeResult::State>();
        if (base)
            state->base = flatten(*base);
        state->mine = flatten(mine);
        state->theirs = flatten(theirs);
        const std::vector<Resolution> none;
        Merger merger{state->base ? &*state->base : nullptr, state->mine, state->theirs, none, {}, {}};
        merger.run();
        result.conflicts = std::move(merger.conflicts);
        result.state = std::move(state);
    } catch (...) { // out of memory: no merge
        result = MergeResult{};
    }
    return result;
}

std::string MergeResult::mergedJson(const std::vector<Resolution>& resolutions) const {
    if (!state)
        return std::string();
    try {
        Merger merger{state->base ? &*state->base : nullptr, state->mine, state->theirs, resolutions, {}, {}};
        merger.run();
        return build(merger.out, kRootKey).dump();
    } catch (...) {
        return std::string();
    }
}

ImportResult MergeResult::merged(const std::vector<Resolution>& resolutions) const {
    const std::string text = mergedJson(resolutions);
    if (text.empty())
        return ImportResult{std::nullopt, {ImportError{"", Message{MessageCode::UnexpectedError, {}}}}};
    return importPlanJson(text);
}

} // namespace domain
