// The journal of unsaved edits (see journal.hpp).
#include "domain/journal.hpp"

#include "domain/json_parse.hpp"
#include "domain/plan_json.hpp"
#include "domain/record_json.hpp"
#include "domain/text.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>

namespace domain {

namespace {

using nlohmann::json;

json restampJson(const std::vector<Restamp>& restamp) {
    json out = json::array();
    for (const Restamp& r : restamp)
        out.push_back({r.id, r.stamp.time, r.stamp.author});
    return out;
}

json tombstonesJson(const std::vector<PlacedTombstone>& placed) {
    json out = json::array();
    for (const PlacedTombstone& p : placed)
        out.push_back({p.index, p.tombstone.id, p.tombstone.kind, p.tombstone.deleted, p.tombstone.author});
    return out;
}

template <class T>
T normalized(T copy) {
    normalizeTexts(copy);
    return copy;
}

json opJson(const Op& op) {
    return std::visit(
        [](const auto& o) -> json {
            using T = std::decay_t<decltype(o)>;
            json j;
            if constexpr (std::is_same_v<T, SetText>) {
                // Texts as the edit stores them (it normalises again on replay: the same result), so that
                // the journal is valid UTF-8 whatever was typed or pasted.
                j = {{"op", "set"}, {"id", o.id}, {"field", o.field}, {"value", normalizeText(o.value)}};
            } else if constexpr (std::is_same_v<T, SetNumber>) {
                j = {{"op", "number"}, {"id", o.id}, {"field", o.field}, {"value", o.value}};
            } else if constexpr (std::is_same_v<T, InsertRecord>) {
                j = {{"op", "insert"},
                     {"parent", o.parentId},
                     {"index", o.index},
                     {"kind", recordKind(o.record)},
                     {"record", parseJson(recordJson(normalized(o.record))).value_or(json())}};
                if (o.tombstones)
                    j["tombstones"] = tombstonesJson(*o.tombstones);
            } else if constexpr (std::is_same_v<T, RemoveRecord>) {
                j = {{"op", "remove"}, {"id", o.id}};
                if (o.tombstones)
                    j["tombstones"] = tombstonesJson(*o.tombstones);
            } else if constexpr (std::is_same_v<T, MoveRecord>) {
                j = {{"op", "move"}, {"id", o.id}, {"parent", o.parentId}, {"index", o.index}};
            } else {
                j = {{"op", "replace"},
                     {"plan",
                      o.plan ? parseJson(exportPlanJson(normalized(*o.plan))).value_or(json()) : json()}};
            }
            if (!o.restamp.empty())
                j["restamp"] = restampJson(o.restamp);
            return j;
        },
        op);
}

// Reading: every value is checked before it is taken (a damaged journal is refused, never thrown on).

bool str(const json& j, const char* key, std::string& out) {
    const auto it = j.find(key);
    if (it == j.end() || !it->is_string())
        return false;
    out = it->get<std::string>();
    return true;
}

bool index(const json& j, const char* key, std::size_t& out) {
    const auto it = j.find(key);
    if (it == j.end() || !it->is_number_unsigned())
        return false;
    out = it->get<std::size_t>();
    return true;
}

bool readRestamp(const json& j, std::vector<Restamp>& out) {
    const auto it = j.find("restamp");
    if (it == j.end())
        return true;
    if (!it->is_array())
        return false;
    for (const json& r : *it) {
        if (!r.is_array() || r.size() != 3 || !r[0].is_string() || !r[1].is_string() || !r[2].is_string())
            return false;
        out.push_back({r[0].get<std::string>(), {r[1].get<std::string>(), r[2].get<std::string>()}});
    }
    return true;
}

bool readTombstones(const json& j, std::optional<std::vector<PlacedTombstone>>& out) {
    const auto it = j.find("tombstones");
    if (it == j.end())
        return true;
    if (!it->is_array())
        return false;
    out.emplace();
    for (const json& t : *it) {
        if (!t.is_array() || t.size() != 5 || !t[0].is_number_unsigned())
            return false;
        for (std::size_t k = 1; k < 5; ++k)
            if (!t[k].is_string())
                return false;
        out->push_back({t[0].get<std::size_t>(),
                        {t[1].get<std::string>(), t[2].get<std::string>(), t[3].get<std::string>(),
                         t[4].get<std::string>()}});
    }
    return true;
}

std::optional<Op> readOp(const json& j) {
    std::string op;
    if (!j.is_object() || !str(j, "op", op))
        return std::nullopt;
    if (op == "set") {
        SetText s;
        if (str(j, "id", s.id) && str(j, "field", s.field) && str(j, "value", s.value) &&
            readRestamp(j, s.restamp))
            return Op{std::move(s)};
    } else if (op == "number") {
        SetNumber s;
        const auto value = j.find("value");
        if (str(j, "id", s.id) && str(j, "field", s.field) && value != j.end() && value->is_number() &&
            readRestamp(j, s.restamp)) {
            s.value = value->get<double>();
            return Op{std::move(s)};
        }
    } else if (op == "insert") {
        std::string kind;
        InsertRecord ins;
        const auto rec = j.find("record");
        if (!str(j, "parent", ins.parentId) || !index(j, "index", ins.index) || !str(j, "kind", kind) ||
            rec == j.end() || !readRestamp(j, ins.restamp) || !readTombstones(j, ins.tombstones))
            return std::nullopt;
        std::optional<Record> record = readRecord(kind, *rec);
        if (!record)
            return std::nullopt;
        ins.record = std::move(*record);
        return Op{std::move(ins)};
    } else if (op == "remove") {
        RemoveRecord rm;
        if (str(j, "id", rm.id) && readRestamp(j, rm.restamp) && readTombstones(j, rm.tombstones))
            return Op{std::move(rm)};
    } else if (op == "move") {
        MoveRecord mv;
        if (str(j, "id", mv.id) && str(j, "parent", mv.parentId) && index(j, "index", mv.index) &&
            readRestamp(j, mv.restamp))
            return Op{std::move(mv)};
    } else if (op == "replace") {
        const auto plan = j.find("plan");
        ReplacePlan rp;
        if (plan == j.end() || !plan->is_object() || !readRestamp(j, rp.restamp))
            return std::nullopt;
        std::optional<Plan> read = readPlanAsIs(*plan);
        if (!read)
            return std::nullopt;
        rp.plan = std::make_shared<const Plan>(std::move(*read));
        return Op{std::move(rp)};
    }
    return std::nullopt;
}

std::optional<JournalEntry> readEntry(const json& j) {
    JournalEntry e;
    const auto ops = j.find("ops");
    if (!str(j, "time", e.stamp.time) || !str(j, "author", e.stamp.author) || ops == j.end() ||
        !ops->is_array())
        return std::nullopt;
    for (const json& o : *ops) {
        std::optional<Op> op = readOp(o);
        if (!op)
            return std::nullopt;
        e.edit.ops.push_back(std::move(*op));
    }
    return e;
}

} // namespace

std::string contentHash(std::string_view text) {
    std::uint64_t h = 14695981039346656037ull;
    for (const char c : text)
        h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out(16, '0');
    for (int i = 15; i >= 0; --i, h >>= 4)
        out[static_cast<std::size_t>(i)] = kHex[h & 0xF];
    return out;
}

Journal::Journal(std::string planId, std::string base)
    : m_planId(std::move(planId)), m_base(std::move(base)) {}

Journal Journal::ofUnstored(const Plan& plan) {
    Journal out(plan.meta.id, "");
    // As an object inside the journal, written compact (as parse() reads it back).
    out.m_unstoredBase = parseJson(exportPlanJson(normalized(plan)))
                             .value_or(json::object())
                             .dump(-1, ' ', false, json::error_handler_t::replace);
    return out;
}

std::optional<Plan> Journal::unstoredBase() const {
    if (m_unstoredBase.empty())
        return std::nullopt;
    ImportResult read = importPlanJson(m_unstoredBase);
    if (!read.plan || read.plan->meta.id != m_planId)
        return std::nullopt;
    return std::move(read.plan);
}

std::optional<Journal> Journal::parse(std::string_view text) {
    try {
        const std::optional<json> j = parseJson(text);
        std::string planId, base;
        if (!j || !j->is_object() || !str(*j, "plan", planId) || !str(*j, "base", base))
            return std::nullopt;
        const auto items = j->find("entries");
        if (items == j->end() || !items->is_array())
            return std::nullopt;
        Journal out(planId, base);
        if (const auto unstored = j->find("unstoredBase"); unstored != j->end()) {
            if (!unstored->is_object() || !base.empty())
                return std::nullopt;
            out.m_unstoredBase = unstored->dump();
        }
        for (const json& item : *items) {
            std::string cp;
            if (item.is_object() && str(item, "checkpoint", cp))
                out.m_items.push_back({"", cp, "", ""});
            else if (readEntry(item))
                out.m_items.push_back({item.dump(), "", "", ""});
            else
                return std::nullopt;
        }
        return out;
    } catch (...) { // out of memory: not a journal we can use
        return std::nullopt;
    }
}

bool Journal::empty() const {
    for (const Item& i : m_items)
        if (!i.json.empty())
            return false;
    return true;
}

void Journal::add(const Edit& edit, const Stamp& stamp) {
    json ops = json::array();
    for (const Op& op : edit.ops)
        ops.push_back(opJson(op));
    Item item{
        json{{"time", stamp.time}, {"author", normalizeText(stamp.author)}, {"ops", std::move(ops)}}.dump(
            -1, ' ', false, json::error_handler_t::replace),
        "", "", ""};
    if (edit.ops.size() == 1)
        if (const auto* set = std::get_if<SetText>(&edit.ops.front()); set && set->restamp.empty()) {
            item.setId = set->id;
            item.setField = set->field;
            // The same field typed into again since the last checkpoint: only its last value matters.
            if (!m_items.empty() && m_items.back().setId == item.setId &&
                m_items.back().setField == item.setField) {
                m_items.back() = std::move(item);
                return;
            }
        }
    m_items.push_back(std::move(item));
}

void Journal::checkpoint(const std::string& hash) {
    m_items.push_back({"", hash, "", ""});
}

void Journal::reset(const std::string& base) {
    m_base = base;
    m_unstoredBase.clear(); // storage holds it now
    m_items.clear();
}

std::optional<std::vector<JournalEntry>> Journal::pendingFor(const std::string& storedHash) const {
    std::size_t from = 0;
    if (storedHash != m_base) {
        // The newest checkpoint with that hash (the same text may have been saved twice).
        bool found = false;
        for (std::size_t i = m_items.size(); i-- > 0;)
            if (m_items[i].json.empty() && m_items[i].checkpoint == storedHash) {
                from = i + 1;
                found = true;
                break;
            }
        if (!found)
            return std::nullopt;
    }
    std::vector<JournalEntry> out;
    for (std::size_t i = from; i < m_items.size(); ++i) {
        if (m_items[i].json.empty())
            continue;
        const std::optional<json> j = parseJson(m_items[i].json);
        std::optional<JournalEntry> e = j ? readEntry(*j) : std::nullopt;
        if (!e)
            return std::nullopt;
        out.push_back(std::move(*e));
    }
    return out;
}

std::string Journal::text() const {
    std::string out = json{{"plan", m_planId}, {"base", m_base}}.dump();
    out.pop_back(); // the closing brace: the entries follow
    if (!m_unstoredBase.empty())
        out += ",\"unstoredBase\":" + m_unstoredBase;
    out += ",\"entries\":[";
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        if (i)
            out += ',';
        out += m_items[i].json.empty() ? json{{"checkpoint", m_items[i].checkpoint}}.dump() : m_items[i].json;
    }
    out += "]}";
    return out;
}

} // namespace domain
