// JSON snapshot of the plan: canonical writer and validating reader (see plan_json.hpp, docs/schema.md).
#include "domain/plan_json.hpp"

#include "domain/schedule.hpp"
#include "domain/text.hpp"

#include <nlohmann/json.hpp>

#include <set>

namespace domain {

using nlohmann::json;

// [SECTION] Export

namespace {

void putMeta(json& j, const RecordMeta& m) {
    j["id"] = m.id;
    j["modified"] = m.modified;
    j["author"] = m.author;
}

json taskJson(const Task& t) {
    json j;
    putMeta(j, t.meta);
    j["number"] = t.number;
    j["content"] = t.content;
    j["product"] = t.product;
    j["lead"] = t.leadUnitId;
    j["coordinators"] = json::array();
    for (const UnitRef& c : t.coordinators)
        j["coordinators"].push_back({{"id", c.id}, {"unit", c.unitId}});
    j["timeframe"] = t.timeframe;
    if (!t.schedule.empty()) // optional fields are left out when empty, so older files stay byte-identical
        j["schedule"] = t.schedule;
    return j;
}

json planJson(const Plan& p) {
    json j;
    j["schema"] = kPlanSchema;
    j["version"] = kPlanSchemaVersion;
    putMeta(j, p.meta);
    j["year"] = p.year;
    j["header"] = {{"parentBody", p.parentBody},
                   {"issuingBody", p.issuingBody},
                   {"numberSymbol", p.numberSymbol},
                   {"place", p.place},
                   {"dateText", p.dateText},
                   {"docType", p.docType},
                   {"title", p.title}};
    json bases = json::array();
    for (const LegalBasis& b : p.legalBases) {
        json jb;
        putMeta(jb, b.meta);
        jb["kind"] = b.kind;
        jb["number"] = b.number;
        jb["date"] = b.date;
        jb["issuer"] = b.issuer;
        jb["summary"] = b.summary;
        bases.push_back(std::move(jb));
    }
    j["preamble"] = {{"lead", p.preambleLead}, {"legalBases", std::move(bases)}, {"close", p.preambleClose}};
    j["body"] = json::array();
    for (const BodyBlock& b : p.body) {
        json jb;
        putMeta(jb, b.meta);
        jb["kind"] = b.kind;
        jb["text"] = b.text;
        j["body"].push_back(std::move(jb));
    }
    j["recipients"] = json::array();
    for (const Recipient& r : p.recipients) {
        json jr;
        putMeta(jr, r.meta);
        jr["text"] = r.text;
        j["recipients"].push_back(std::move(jr));
    }
    j["signature"] = {
        {"authority", p.signature.authority}, {"title", p.signature.title}, {"name", p.signature.name}};
    j["units"] = json::array();
    for (const Unit& u : p.units) {
        json ju;
        putMeta(ju, u.meta);
        ju["name"] = u.name;
        ju["shortName"] = u.shortName;
        j["units"].push_back(std::move(ju));
    }
    json groups = json::array();
    for (const Group& g : p.groups) {
        json jg;
        putMeta(jg, g.meta);
        jg["numeral"] = g.numeral;
        jg["title"] = g.title;
        jg["tasks"] = json::array();
        for (const Task& t : g.tasks)
            jg["tasks"].push_back(taskJson(t));
        groups.push_back(std::move(jg));
    }
    j["appendix"] = {
        {"title", p.appendixTitle}, {"subtitle", p.appendixSubtitle}, {"groups", std::move(groups)}};
    j["kpis"] = json::array();
    for (const Kpi& k : p.kpis) {
        json jk;
        putMeta(jk, k.meta);
        jk["task"] = k.taskId;
        jk["name"] = k.name;
        jk["unit"] = k.unit;
        jk["comparison"] = k.comparison;
        jk["target"] = k.target;
        jk["numerator"] = k.numerator;
        jk["denominator"] = k.denominator;
        j["kpis"].push_back(std::move(jk));
    }
    if (p.periodMode != "calendar")
        j["periodMode"] = p.periodMode;
    if (!p.progress.empty()) {
        j["progress"] = json::array();
        for (const Progress& pr : p.progress) {
            json jp;
            putMeta(jp, pr.meta);
            jp["task"] = pr.taskId;
            jp["occurrence"] = pr.occurrence;
            jp["status"] = pr.status;
            jp["completed"] = pr.completed;
            jp["note"] = pr.note;
            jp["evidence"] = json::array();
            for (const Evidence& e : pr.evidence)
                jp["evidence"].push_back({{"id", e.id}, {"text", e.text}});
            j["progress"].push_back(std::move(jp));
        }
    }
    if (!p.events.empty()) {
        j["events"] = json::array();
        for (const TaskEvent& e : p.events) {
            json je;
            putMeta(je, e.meta);
            je["task"] = e.taskId;
            je["date"] = e.date;
            je["due"] = e.due;
            je["note"] = e.note;
            j["events"].push_back(std::move(je));
        }
    }
    if (!p.log.empty()) {
        j["log"] = json::array();
        for (const LogEntry& l : p.log) {
            json jl;
            putMeta(jl, l.meta);
            jl["task"] = l.taskId;
            jl["occurrence"] = l.occurrence;
            jl["text"] = l.text;
            j["log"].push_back(std::move(jl));
        }
    }
    j["tombstones"] = json::array();
    for (const Tombstone& t : p.tombstones)
        j["tombstones"].push_back(
            {{"id", t.id}, {"kind", t.kind}, {"deleted", t.deleted}, {"author", t.author}});
    return j;
}

} // namespace

std::string exportPlanJson(const Plan& plan) {
    // nlohmann's default object is a std::map, so keys come out sorted: the canonical order.
    return planJson(plan).dump(2, ' ', false, json::error_handler_t::strict) + "\n";
}

// [SECTION] Import: pre-parse checks

bool isValidUtf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t len = 0;
        std::uint32_t cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + len > s.size())
            return false;
        for (std::size_t k = 1; k < len; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        const std::uint32_t minimum = len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000;
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += len;
    }
    return true;
}

namespace {

/// Deepest nesting of arrays/objects, scanning bytes outside strings; stops early past `limit`.
int nestingDepth(std::string_view s, int limit) {
    int depth = 0, deepest = 0;
    bool inString = false, escaped = false;
    for (char c : s) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
            if (deepest > limit)
                return deepest;
        } else if (c == ']' || c == '}')
            --depth;
    }
    return deepest;
}

// [SECTION] Import: the validating reader

/// Walks the parsed JSON, collecting every problem with its path instead of stopping at the first.
class Reader {
public:
    std::vector<ImportError> errors;

    void fail(const std::string& path, std::string vi, std::string en) {
        errors.push_back({path, std::move(vi), std::move(en)});
    }

    static std::string join(const std::string& path, const char* key) {
        return path.empty() ? std::string(key) : path + "." + key;
    }
    static std::string index(const std::string& path, std::size_t i) {
        return path + "[" + std::to_string(i) + "]";
    }

    /// The member `key` of `obj`, or nullptr (with an error when required).
    const json* member(const json& obj, const std::string& path, const char* key, bool required) {
        auto it = obj.find(key);
        if (it == obj.end()) {
            if (required)
                fail(join(path, key), "thiếu trường bắt buộc", "required field is missing");
            return nullptr;
        }
        return &*it;
    }

    std::string string(const json& obj, const std::string& path, const char* key, bool required = true) {
        const json* v = member(obj, path, key, required);
        if (!v)
            return {};
        if (!v->is_string()) {
            fail(join(path, key), "phải là chuỗi văn bản", "must be a string");
            return {};
        }
        return toNfc(v->get_ref<const std::string&>()); // all text in the app is NFC
    }

    const json* array(const json& obj, const std::string& path, const char* key) {
        const json* v = member(obj, path, key, true);
        if (v && !v->is_array()) {
            fail(join(path, key), "phải là danh sách (mảng JSON)", "must be an array");
            return nullptr;
        }
        return v;
    }

    /// An array that may be missing (fields added after version 1 was first written).
    const json* optionalArray(const json& obj, const std::string& path, const char* key) {
        const json* v = member(obj, path, key, false);
        if (v && !v->is_array()) {
            fail(join(path, key), "phải là danh sách (mảng JSON)", "must be an array");
            return nullptr;
        }
        return v;
    }

    /// An ISO date ("2024-06-10") or "" when `allowEmpty`.
    std::string date(const json& obj, const std::string& path, const char* key, bool allowEmpty) {
        std::string v = string(obj, path, key, !allowEmpty);
        if (!(v.empty() && allowEmpty) && obj.contains(key) && obj[key].is_string() && !parseIsoDate(v))
            fail(join(path, key), "ngày \"" + v + "\" không hợp lệ (dạng năm-tháng-ngày)",
                 "invalid date \"" + v + "\" (use yyyy-mm-dd)");
        return v;
    }

    const json* object(const json& obj, const std::string& path, const char* key) {
        const json* v = member(obj, path, key, true);
        if (v && !v->is_object()) {
            fail(join(path, key), "phải là đối tượng JSON", "must be an object");
            return nullptr;
        }
        return v;
    }

    bool isObject(const json& v, const std::string& path) {
        if (v.is_object())
            return true;
        fail(path, "phải là đối tượng JSON", "must be an object");
        return false;
    }

    /// Reads id/modified/author and checks the id is unique in the whole file.
    RecordMeta meta(const json& obj, const std::string& path) {
        RecordMeta m;
        m.id = string(obj, path, "id");
        const auto idPath = join(path, "id");
        if (obj.contains("id") && obj["id"].is_string()) {
            if (m.id.empty())
                fail(idPath, "mã định danh không được để trống", "id must not be empty");
            else if (!m_ids.insert(m.id).second)
                fail(idPath, "mã định danh \"" + m.id + "\" bị trùng", "duplicate id \"" + m.id + "\"");
        }
        m.modified = string(obj, path, "modified", false);
        m.author = string(obj, path, "author", false);
        return m;
    }

private:
    std::set<std::string> m_ids;
};

Task readTask(Reader& r, const json& jt, const std::string& path) {
    Task t;
    t.meta = r.meta(jt, path);
    t.number = r.string(jt, path, "number");
    t.content = r.string(jt, path, "content");
    t.product = r.string(jt, path, "product");
    t.leadUnitId = r.string(jt, path, "lead");
    t.timeframe = r.string(jt, path, "timeframe");
    t.schedule = r.string(jt, path, "schedule", false);
    if (const json* cs = r.array(jt, path, "coordinators")) {
        const auto csPath = Reader::join(path, "coordinators");
        for (std::size_t i = 0; i < cs->size(); ++i) {
            const auto cPath = Reader::index(csPath, i);
            if (!r.isObject((*cs)[i], cPath))
                continue;
            UnitRef ref;
            ref.id = r.string((*cs)[i], cPath, "id");
            ref.unitId = r.string((*cs)[i], cPath, "unit");
            t.coordinators.push_back(std::move(ref));
        }
    }
    return t;
}

void readHeader(Reader& r, const json& root, Plan& p) {
    if (const json* h = r.object(root, "", "header")) {
        p.parentBody = r.string(*h, "header", "parentBody", false);
        p.issuingBody = r.string(*h, "header", "issuingBody");
        p.numberSymbol = r.string(*h, "header", "numberSymbol", false);
        p.place = r.string(*h, "header", "place", false);
        p.dateText = r.string(*h, "header", "dateText", false);
        p.docType = r.string(*h, "header", "docType");
        p.title = r.string(*h, "header", "title");
    }
    if (const json* pre = r.object(root, "", "preamble")) {
        p.preambleLead = r.string(*pre, "preamble", "lead", false);
        p.preambleClose = r.string(*pre, "preamble", "close", false);
        if (const json* bs = r.array(*pre, "preamble", "legalBases")) {
            for (std::size_t i = 0; i < bs->size(); ++i) {
                const auto path = Reader::index("preamble.legalBases", i);
                if (!r.isObject((*bs)[i], path))
                    continue;
                LegalBasis b;
                b.meta = r.meta((*bs)[i], path);
                b.kind = r.string((*bs)[i], path, "kind");
                b.number = r.string((*bs)[i], path, "number");
                b.date = r.string((*bs)[i], path, "date", false);
                b.issuer = r.string((*bs)[i], path, "issuer", false);
                b.summary = r.string((*bs)[i], path, "summary", false);
                p.legalBases.push_back(std::move(b));
            }
        }
    }
    if (const json* s = r.object(root, "", "signature")) {
        p.signature.authority = r.string(*s, "signature", "authority", false);
        p.signature.title = r.string(*s, "signature", "title", false);
        p.signature.name = r.string(*s, "signature", "name", false);
    }
}

void readLists(Reader& r, const json& root, Plan& p) {
    static const std::set<std::string> kBlockKinds = {"heading1", "heading2", "paragraph", "bullet"};
    if (const json* body = r.array(root, "", "body")) {
        for (std::size_t i = 0; i < body->size(); ++i) {
            const auto path = Reader::index("body", i);
            if (!r.isObject((*body)[i], path))
                continue;
            BodyBlock b;
            b.meta = r.meta((*body)[i], path);
            b.kind = r.string((*body)[i], path, "kind");
            b.text = r.string((*body)[i], path, "text");
            if ((*body)[i].contains("kind") && (*body)[i]["kind"].is_string() && !kBlockKinds.count(b.kind))
                r.fail(path + ".kind", "loại đoạn \"" + b.kind + "\" không hợp lệ",
                       "unknown block kind \"" + b.kind + "\"");
            p.body.push_back(std::move(b));
        }
    }
    if (const json* rs = r.array(root, "", "recipients")) {
        for (std::size_t i = 0; i < rs->size(); ++i) {
            const auto path = Reader::index("recipients", i);
            if (!r.isObject((*rs)[i], path))
                continue;
            Recipient rec;
            rec.meta = r.meta((*rs)[i], path);
            rec.text = r.string((*rs)[i], path, "text");
            p.recipients.push_back(std::move(rec));
        }
    }
    if (const json* us = r.array(root, "", "units")) {
        for (std::size_t i = 0; i < us->size(); ++i) {
            const auto path = Reader::index("units", i);
            if (!r.isObject((*us)[i], path))
                continue;
            Unit u;
            u.meta = r.meta((*us)[i], path);
            u.name = r.string((*us)[i], path, "name");
            u.shortName = r.string((*us)[i], path, "shortName", false);
            p.units.push_back(std::move(u));
        }
    }
}

void readAppendix(Reader& r, const json& root, Plan& p) {
    const json* app = r.object(root, "", "appendix");
    if (!app)
        return;
    p.appendixTitle = r.string(*app, "appendix", "title", false);
    p.appendixSubtitle = r.string(*app, "appendix", "subtitle", false);
    const json* gs = r.array(*app, "appendix", "groups");
    if (!gs)
        return;
    for (std::size_t gi = 0; gi < gs->size(); ++gi) {
        const auto gPath = Reader::index("appendix.groups", gi);
        const json& jg = (*gs)[gi];
        if (!r.isObject(jg, gPath))
            continue;
        Group g;
        g.meta = r.meta(jg, gPath);
        g.numeral = r.string(jg, gPath, "numeral");
        g.title = r.string(jg, gPath, "title");
        if (const json* ts = r.array(jg, gPath, "tasks")) {
            for (std::size_t ti = 0; ti < ts->size(); ++ti) {
                const auto tPath = Reader::index(gPath + ".tasks", ti);
                if (r.isObject((*ts)[ti], tPath))
                    g.tasks.push_back(readTask(r, (*ts)[ti], tPath));
            }
        }
        p.groups.push_back(std::move(g));
    }
}

void readKpisAndTombstones(Reader& r, const json& root, Plan& p) {
    static const std::set<std::string> kComparisons = {">=", ">", "=", "<=", "<"};
    if (const json* ks = r.array(root, "", "kpis")) {
        for (std::size_t i = 0; i < ks->size(); ++i) {
            const auto path = Reader::index("kpis", i);
            const json& jk = (*ks)[i];
            if (!r.isObject(jk, path))
                continue;
            Kpi k;
            k.meta = r.meta(jk, path);
            k.taskId = r.string(jk, path, "task");
            k.name = r.string(jk, path, "name");
            k.unit = r.string(jk, path, "unit", false);
            k.comparison = r.string(jk, path, "comparison");
            if (jk.contains("comparison") && jk["comparison"].is_string() &&
                !kComparisons.count(k.comparison))
                r.fail(path + ".comparison",
                       "phép so sánh \"" + k.comparison + "\" không hợp lệ (dùng >=, >, =)",
                       "unknown comparison \"" + k.comparison + "\"");
            if (const json* t = r.member(jk, path, "target", true)) {
                if (t->is_number())
                    k.target = t->get<double>();
                else
                    r.fail(path + ".target", "phải là một số", "must be a number");
            }
            k.numerator = r.string(jk, path, "numerator", false);
            k.denominator = r.string(jk, path, "denominator", false);
            p.kpis.push_back(std::move(k));
        }
    }
    if (const json* ts = r.array(root, "", "tombstones")) {
        for (std::size_t i = 0; i < ts->size(); ++i) {
            const auto path = Reader::index("tombstones", i);
            if (!r.isObject((*ts)[i], path))
                continue;
            Tombstone t;
            t.id = r.string((*ts)[i], path, "id");
            t.kind = r.string((*ts)[i], path, "kind");
            t.deleted = r.string((*ts)[i], path, "deleted", false);
            t.author = r.string((*ts)[i], path, "author", false);
            p.tombstones.push_back(std::move(t));
        }
    }
}

void readProgress(Reader& r, const json& root, Plan& p) {
    if (root.contains("periodMode")) {
        p.periodMode = r.string(root, "", "periodMode");
        if (p.periodMode != "calendar" && p.periodMode != "decree09")
            r.fail("periodMode", "phải là \"calendar\" hoặc \"decree09\"",
                   "must be \"calendar\" or \"decree09\"");
    }
    if (const json* ps = r.optionalArray(root, "", "progress")) {
        for (std::size_t i = 0; i < ps->size(); ++i) {
            const auto path = Reader::index("progress", i);
            const json& jp = (*ps)[i];
            if (!r.isObject(jp, path))
                continue;
            Progress pr;
            pr.meta = r.meta(jp, path);
            pr.taskId = r.string(jp, path, "task");
            pr.occurrence = r.string(jp, path, "occurrence");
            pr.status = r.string(jp, path, "status");
            if (jp.contains("status") && jp["status"].is_string() && !isProgressStatus(pr.status))
                r.fail(path + ".status",
                       "trạng thái \"" + pr.status + "\" không hợp lệ (todo, doing, done, na)",
                       "unknown status \"" + pr.status + "\"");
            pr.completed = r.date(jp, path, "completed", true);
            pr.note = r.string(jp, path, "note", false);
            if (const json* es = r.optionalArray(jp, path, "evidence")) {
                for (std::size_t k = 0; k < es->size(); ++k) {
                    const auto ePath = Reader::index(path + ".evidence", k);
                    if (!r.isObject((*es)[k], ePath))
                        continue;
                    Evidence e;
                    e.id = r.meta((*es)[k], ePath).id;
                    e.text = r.string((*es)[k], ePath, "text");
                    pr.evidence.push_back(std::move(e));
                }
            }
            p.progress.push_back(std::move(pr));
        }
    }
    if (const json* es = r.optionalArray(root, "", "events")) {
        for (std::size_t i = 0; i < es->size(); ++i) {
            const auto path = Reader::index("events", i);
            if (!r.isObject((*es)[i], path))
                continue;
            TaskEvent e;
            e.meta = r.meta((*es)[i], path);
            e.taskId = r.string((*es)[i], path, "task");
            e.date = r.date((*es)[i], path, "date", false);
            e.due = r.date((*es)[i], path, "due", false);
            e.note = r.string((*es)[i], path, "note", false);
            p.events.push_back(std::move(e));
        }
    }
    if (const json* ls = r.optionalArray(root, "", "log")) {
        for (std::size_t i = 0; i < ls->size(); ++i) {
            const auto path = Reader::index("log", i);
            if (!r.isObject((*ls)[i], path))
                continue;
            LogEntry l;
            l.meta = r.meta((*ls)[i], path);
            l.taskId = r.string((*ls)[i], path, "task");
            l.occurrence = r.string((*ls)[i], path, "occurrence", false);
            l.text = r.string((*ls)[i], path, "text");
            p.log.push_back(std::move(l));
        }
    }
}

/// References between records: units of tasks, tasks of KPIs.
void checkReferences(Reader& r, const Plan& p) {
    for (std::size_t gi = 0; gi < p.groups.size(); ++gi) {
        const auto& tasks = p.groups[gi].tasks;
        for (std::size_t ti = 0; ti < tasks.size(); ++ti) {
            const auto path = "appendix.groups[" + std::to_string(gi) + "].tasks[" + std::to_string(ti) + "]";
            const Task& t = tasks[ti];
            if (!t.leadUnitId.empty() && !findUnit(p, t.leadUnitId))
                r.fail(path + ".lead", "đơn vị \"" + t.leadUnitId + "\" không có trong danh sách đơn vị",
                       "unit \"" + t.leadUnitId + "\" is not in the units list");
            for (std::size_t ci = 0; ci < t.coordinators.size(); ++ci)
                if (!findUnit(p, t.coordinators[ci].unitId))
                    r.fail(path + ".coordinators[" + std::to_string(ci) + "].unit",
                           "đơn vị \"" + t.coordinators[ci].unitId + "\" không có trong danh sách đơn vị",
                           "unit \"" + t.coordinators[ci].unitId + "\" is not in the units list");
        }
    }
    auto checkTask = [&](const std::string& path, const std::string& taskId) {
        if (!findTask(p, taskId))
            r.fail(path + ".task", "nhiệm vụ \"" + taskId + "\" không có trong phụ lục",
                   "task \"" + taskId + "\" is not in the appendix");
    };
    for (std::size_t i = 0; i < p.kpis.size(); ++i)
        checkTask("kpis[" + std::to_string(i) + "]", p.kpis[i].taskId);
    std::set<std::string> seen;
    for (std::size_t i = 0; i < p.progress.size(); ++i) {
        const auto path = "progress[" + std::to_string(i) + "]";
        checkTask(path, p.progress[i].taskId);
        if (!seen.insert(p.progress[i].taskId + "\n" + p.progress[i].occurrence).second)
            r.fail(path + ".occurrence", "tiến độ của kỳ \"" + p.progress[i].occurrence + "\" bị ghi hai lần",
                   "progress for \"" + p.progress[i].occurrence + "\" is recorded twice");
    }
    for (std::size_t i = 0; i < p.events.size(); ++i)
        checkTask("events[" + std::to_string(i) + "]", p.events[i].taskId);
    for (std::size_t i = 0; i < p.log.size(); ++i)
        checkTask("log[" + std::to_string(i) + "]", p.log[i].taskId);
}

ImportResult refuse(std::string path, std::string vi, std::string en) {
    ImportResult res;
    res.errors.push_back({std::move(path), std::move(vi), std::move(en)});
    return res;
}

} // namespace

ImportResult importPlanJson(std::string_view text) {
    if (text.size() > kMaxImportBytes)
        return refuse("", "tệp quá lớn (trên 50 MB)", "file is larger than 50 MB");
    if (!isValidUtf8(text))
        return refuse("", "tệp không phải văn bản UTF-8 hợp lệ", "file is not valid UTF-8 text");
    if (nestingDepth(text, kMaxImportDepth) > kMaxImportDepth)
        return refuse("", "cấu trúc lồng nhau quá sâu (trên 64 cấp)", "nesting is deeper than 64 levels");

    json root;
    try {
        root = json::parse(text.begin(), text.end());
    } catch (const json::parse_error& e) {
        const auto at = std::to_string(e.byte);
        return refuse("", "không phải JSON hợp lệ (lỗi ở ký tự thứ " + at + ")",
                      "not valid JSON (error at byte " + at + ")");
    }
    if (!root.is_object())
        return refuse("", "tệp phải chứa một đối tượng JSON", "the file must hold a JSON object");

    Reader r;
    try {
        const std::string schema = r.string(root, "", "schema");
        if (root.contains("schema") && root["schema"].is_string() && schema != kPlanSchema)
            return refuse("schema", "không phải tệp kế hoạch KSTTHC (schema \"" + schema + "\")",
                          "not a KSTTHC plan file (schema \"" + schema + "\")");
        if (const json* v = r.member(root, "", "version", true)) {
            if (!v->is_number_integer())
                r.fail("version", "phải là số nguyên", "must be an integer");
            else if (v->get<long long>() > kPlanSchemaVersion)
                return refuse("version",
                              "tệp được tạo bởi phiên bản mới hơn của ứng dụng (phiên bản " +
                                  std::to_string(v->get<long long>()) + ")",
                              "file was made by a newer version of the app");
        }
        Plan p;
        p.meta = r.meta(root, "");
        if (const json* y = r.member(root, "", "year", true)) {
            if (y->is_number_integer() && y->get<long long>() >= 1900 && y->get<long long>() <= 2200)
                p.year = y->get<int>();
            else
                r.fail("year", "phải là năm từ 1900 đến 2200", "must be a year from 1900 to 2200");
        }
        readHeader(r, root, p);
        readLists(r, root, p);
        readAppendix(r, root, p);
        readKpisAndTombstones(r, root, p);
        readProgress(r, root, p);
        if (r.errors.empty())
            checkReferences(r, p);
        ImportResult res;
        if (r.errors.empty())
            res.plan = std::move(p);
        res.errors = std::move(r.errors);
        return res;
    } catch (const std::exception& e) {
        // A check missed above: still an error value, never a crash.
        return refuse("", std::string("lỗi không mong đợi khi đọc tệp: ") + e.what(),
                      std::string("unexpected error while reading: ") + e.what());
    }
}

std::string formatImportError(const ImportError& error, bool vietnamese) {
    const std::string& reason = vietnamese ? error.vi : error.en;
    if (error.path.empty())
        return reason;
    return error.path + ": " + reason;
}

namespace {

/// Calls `fn` on every string value of `j` (not on keys).
template <class Fn>
void forEachString(json& j, const Fn& fn) {
    if (j.is_string()) {
        fn(j.get_ref<std::string&>());
    } else if (j.is_structured()) {
        for (json& child : j)
            forEachString(child, fn);
    }
}

} // namespace

LegacyEncoding detectPlanLegacyEncoding(const Plan& plan) {
    json j = json::parse(exportPlanJson(plan));
    std::string all;
    forEachString(j, [&](std::string& s) { all += s + "\n"; });
    return detectLegacyEncoding(all);
}

Plan convertPlanLegacy(const Plan& plan, LegacyEncoding encoding) {
    json j = json::parse(exportPlanJson(plan));
    forEachString(j, [&](std::string& s) { s = convertLegacy(s, encoding); });
    ImportResult r = importPlanJson(j.dump());
    return r.plan ? std::move(*r.plan)
                  : plan; // converting letters cannot break references; keep it safe anyway
}

} // namespace domain
