// JSON snapshot of the plan: canonical writer and validating reader (see plan_json.hpp, docs/schema.md).
#include "domain/plan_json.hpp"

#include "domain/json_parse.hpp"
#include "domain/record_json.hpp"
#include "domain/text.hpp"
#include "domain/validate.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <limits>
#include <optional>
#include <type_traits>
#include <variant>

namespace domain {

using nlohmann::json;

// [SECTION] Export

namespace {

/// Writes canonical JSON text directly: what nlohmann's dump(2) writes for the same document (object keys in
/// byte order, 2-space indent, "[]" and "{}" when empty, UTF-8 unescaped), without building the document
/// first — the plan is written on every save and after every edit, and that has to stay cheap for large
/// plans.
class Writer {
public:
    std::string text;

    /// What writes a member's value: a lambda that captures only references, kept inline. Cheaper in code
    /// than std::function (one call thunk per lambda, no copy/destroy/type-info machinery), which matters
    /// in the WebAssembly download.
    class Write {
    public:
        template <class F>
        Write(const F& f) { // NOLINT(google-explicit-constructor): members are written as {key, lambda}
            static_assert(std::is_trivially_copyable_v<F> && sizeof(F) <= sizeof(m_storage),
                          "a member writer captures a few references only");
            std::memcpy(m_storage, &f, sizeof(F));
            m_call = [](const void* self) { (*static_cast<const F*>(self))(); };
        }
        void operator()() const { m_call(m_storage); }

    private:
        alignas(void*) unsigned char m_storage[4 * sizeof(void*)];
        void (*m_call)(const void*);
    };
    /// An object member: its key and what writes its value.
    using Member = std::pair<const char*, Write>;

    void object(std::vector<Member> members) {
        if (members.empty()) {
            text += "{}";
            return;
        }
        std::sort(members.begin(), members.end(),
                  [](const Member& a, const Member& b) { return std::strcmp(a.first, b.first) < 0; });
        text += '{';
        ++m_depth;
        for (std::size_t i = 0; i < members.size(); ++i) {
            text += i ? ",\n" : "\n";
            text.append(2 * m_depth, ' ');
            string(members[i].first);
            text += ": ";
            members[i].second();
        }
        --m_depth;
        text += '\n';
        text.append(2 * m_depth, ' ');
        text += '}';
    }

    template <class T, class F>
    void array(const std::vector<T>& items, const F& write) {
        if (items.empty()) {
            text += "[]";
            return;
        }
        text += '[';
        ++m_depth;
        for (std::size_t i = 0; i < items.size(); ++i) {
            text += i ? ",\n" : "\n";
            text.append(2 * m_depth, ' ');
            write(items[i]);
        }
        --m_depth;
        text += '\n';
        text.append(2 * m_depth, ' ');
        text += ']';
    }

    /// A JSON string, escaped as nlohmann does: quote, backslash and controls only (\b \f \n \r \t, else
    /// \u00xx), everything else as it is.
    void string(std::string_view s) {
        static const char* const hex = "0123456789abcdef";
        text += '"';
        for (const char c : s) {
            switch (c) {
            case '"':
                text += "\\\"";
                break;
            case '\\':
                text += "\\\\";
                break;
            case '\b':
                text += "\\b";
                break;
            case '\f':
                text += "\\f";
                break;
            case '\n':
                text += "\\n";
                break;
            case '\r':
                text += "\\r";
                break;
            case '\t':
                text += "\\t";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    text += "\\u00";
                    text += hex[(c >> 4) & 0xF];
                    text += hex[c & 0xF];
                } else {
                    text += c;
                }
            }
        }
        text += '"';
    }

    void number(long long n) { text += std::to_string(n); }
    void number(double d) { text += json(d).dump(); } // nlohmann's own shortest round-trip form ("80.0")

private:
    std::size_t m_depth = 0;
};

/// The members every record has: id, modified, author.
void addMeta(std::vector<Writer::Member>& m, Writer& w, const RecordMeta& meta) {
    m.push_back({"id", [&] { w.string(meta.id); }});
    m.push_back({"modified", [&] { w.string(meta.modified); }});
    m.push_back({"author", [&] { w.string(meta.author); }});
}

/// A member whose value is the string `value`.
Writer::Member text(Writer& w, const char* key, const std::string& value) {
    return {key, [&w, &value] { w.string(value); }};
}

void writeUnitRef(Writer& w, const UnitRef& c) {
    w.object({text(w, "id", c.id), text(w, "unit", c.unitId)});
}

void writeEvidence(Writer& w, const Evidence& e) {
    w.object({text(w, "id", e.id), text(w, "text", e.text)});
}

void writeTask(Writer& w, const Task& t) {
    std::vector<Writer::Member> m;
    addMeta(m, w, t.meta);
    m.push_back(text(w, "number", t.number));
    m.push_back(text(w, "content", t.content));
    m.push_back(text(w, "product", t.product));
    m.push_back(text(w, "lead", t.leadUnitId));
    m.push_back(
        {"coordinators", [&] { w.array(t.coordinators, [&](const UnitRef& c) { writeUnitRef(w, c); }); }});
    m.push_back(text(w, "timeframe", t.timeframe));
    if (!t.schedule.empty()) // optional fields are left out when empty, so older files stay byte-identical
        m.push_back(text(w, "schedule", t.schedule));
    w.object(std::move(m));
}

void writeGroup(Writer& w, const Group& g) {
    std::vector<Writer::Member> m;
    addMeta(m, w, g.meta);
    m.push_back(text(w, "numeral", g.numeral));
    m.push_back(text(w, "title", g.title));
    m.push_back({"tasks", [&] { w.array(g.tasks, [&](const Task& t) { writeTask(w, t); }); }});
    w.object(std::move(m));
}

void writeProgress(Writer& w, const Progress& pr) {
    std::vector<Writer::Member> m;
    addMeta(m, w, pr.meta);
    m.push_back(text(w, "task", pr.taskId));
    m.push_back(text(w, "occurrence", pr.occurrence));
    m.push_back(text(w, "status", pr.status));
    m.push_back(text(w, "completed", pr.completed));
    m.push_back(text(w, "note", pr.note));
    m.push_back({"evidence", [&] { w.array(pr.evidence, [&](const Evidence& e) { writeEvidence(w, e); }); }});
    w.object(std::move(m));
}

void writeLegalBasis(Writer& w, const LegalBasis& b) {
    std::vector<Writer::Member> m;
    addMeta(m, w, b.meta);
    m.push_back(text(w, "kind", b.kind));
    m.push_back(text(w, "number", b.number));
    m.push_back(text(w, "date", b.date));
    m.push_back(text(w, "issuer", b.issuer));
    m.push_back(text(w, "summary", b.summary));
    w.object(std::move(m));
}

void writeBody(Writer& w, const BodyBlock& b) {
    std::vector<Writer::Member> m;
    addMeta(m, w, b.meta);
    m.push_back(text(w, "kind", b.kind));
    m.push_back(text(w, "text", b.text));
    w.object(std::move(m));
}

void writeRecipient(Writer& w, const Recipient& r) {
    std::vector<Writer::Member> m;
    addMeta(m, w, r.meta);
    m.push_back(text(w, "text", r.text));
    w.object(std::move(m));
}

void writeUnit(Writer& w, const Unit& u) {
    std::vector<Writer::Member> m;
    addMeta(m, w, u.meta);
    m.push_back(text(w, "name", u.name));
    m.push_back(text(w, "shortName", u.shortName));
    w.object(std::move(m));
}

void writeKpi(Writer& w, const Kpi& k) {
    std::vector<Writer::Member> m;
    addMeta(m, w, k.meta);
    m.push_back(text(w, "task", k.taskId));
    m.push_back(text(w, "name", k.name));
    m.push_back(text(w, "unit", k.unit));
    m.push_back(text(w, "comparison", k.comparison));
    m.push_back({"target", [&] { w.number(k.target); }});
    m.push_back(text(w, "numerator", k.numerator));
    m.push_back(text(w, "denominator", k.denominator));
    if (!k.code766.empty()) // version 2; absent in older snapshots, which re-export as they were
        m.push_back(text(w, "code766", k.code766));
    if (!k.source.empty())
        m.push_back(text(w, "source", k.source));
    w.object(std::move(m));
}

void writeCount(Writer& w, const KpiCount& c) {
    std::vector<Writer::Member> m;
    addMeta(m, w, c.meta);
    m.push_back(text(w, "kpi", c.kpiId));
    m.push_back(text(w, "month", c.month));
    m.push_back({"numerator", [&] { w.number(c.numerator); }});
    m.push_back({"denominator", [&] { w.number(c.denominator); }});
    w.object(std::move(m));
}

void writeOneStop(Writer& w, const OneStopMonth& o) {
    std::vector<Writer::Member> m;
    addMeta(m, w, o.meta);
    m.push_back(text(w, "month", o.month));
    if (!o.field.empty())
        m.push_back(text(w, "field", o.field));
    for (std::size_t i = 0; i < kOneStopFigureCount; ++i)
        if (o.*kOneStopMembers[i] >= 0)
            m.push_back({kOneStopKeys[i], [&o, &w, i] { w.number(o.*kOneStopMembers[i]); }});
    w.object(std::move(m));
}

void writeEvent(Writer& w, const TaskEvent& e) {
    std::vector<Writer::Member> m;
    addMeta(m, w, e.meta);
    m.push_back(text(w, "task", e.taskId));
    m.push_back(text(w, "date", e.date));
    m.push_back(text(w, "due", e.due));
    m.push_back(text(w, "note", e.note));
    w.object(std::move(m));
}

void writeReport(Writer& w, const Report& r) {
    std::vector<Writer::Member> m;
    addMeta(m, w, r.meta);
    m.push_back(text(w, "asOf", r.asOf));
    m.push_back(text(w, "date", r.date));
    m.push_back(text(w, "difficulties", r.difficulties));
    m.push_back(text(w, "nextSteps", r.nextSteps));
    m.push_back(text(w, "number", r.number));
    m.push_back(text(w, "period", r.period));
    m.push_back(text(w, "proposals", r.proposals));
    m.push_back(text(w, "recipients", r.recipients));
    m.push_back(text(w, "signerAuthority", r.signerAuthority));
    m.push_back(text(w, "signerName", r.signerName));
    m.push_back(text(w, "signerTitle", r.signerTitle));
    w.object(std::move(m));
}

void writeLog(Writer& w, const LogEntry& l) {
    std::vector<Writer::Member> m;
    addMeta(m, w, l.meta);
    m.push_back(text(w, "task", l.taskId));
    m.push_back(text(w, "occurrence", l.occurrence));
    m.push_back(text(w, "text", l.text));
    w.object(std::move(m));
}

/// The list member `key`: every item of `items` written by `write`.
template <class T>
Writer::Member list(Writer& w, const char* key, const std::vector<T>& items,
                    void (*write)(Writer&, const T&)) {
    return {key, [&w, &items, write] { w.array(items, [&](const T& item) { write(w, item); }); }};
}

void writeRecords(Writer& w, const Plan& p, std::vector<Writer::Member>& root) {
    root.push_back(list(w, "body", p.body, writeBody));
    root.push_back(list(w, "recipients", p.recipients, writeRecipient));
    root.push_back(list(w, "units", p.units, writeUnit));
    root.push_back(list(w, "kpis", p.kpis, writeKpi));
    if (!p.kpiCounts.empty())
        root.push_back(list(w, "counts", p.kpiCounts, writeCount));
    if (!p.oneStop.empty())
        root.push_back(list(w, "onestop", p.oneStop, writeOneStop));
    if (!p.progress.empty())
        root.push_back(list(w, "progress", p.progress, writeProgress));
    if (!p.events.empty())
        root.push_back(list(w, "events", p.events, writeEvent));
    if (!p.log.empty())
        root.push_back(list(w, "log", p.log, writeLog));
    if (!p.reports.empty())
        root.push_back(list(w, "reports", p.reports, writeReport));
    root.push_back({"tombstones", [&] {
                        w.array(p.tombstones, [&](const Tombstone& t) {
                            w.object({text(w, "id", t.id), text(w, "kind", t.kind),
                                      text(w, "deleted", t.deleted), text(w, "author", t.author)});
                        });
                    }});
}

void writePlan(Writer& w, const Plan& p) {
    std::vector<Writer::Member> root;
    root.push_back({"schema", [&] { w.string(kPlanSchema); }});
    // Version 1 unless something only version 2 has is there (older files re-export unchanged).
    const bool v2 = !p.kpiCounts.empty() || !p.oneStop.empty() ||
                    std::any_of(p.kpis.begin(), p.kpis.end(),
                                [](const Kpi& k) { return !k.code766.empty() || !k.source.empty(); });
    root.push_back({"version", [&] { w.number(v2 ? 2LL : 1LL); }});
    addMeta(root, w, p.meta);
    root.push_back({"year", [&] { w.number(static_cast<long long>(p.year)); }});
    root.push_back({"header", [&] {
                        w.object({text(w, "parentBody", p.parentBody), text(w, "issuingBody", p.issuingBody),
                                  text(w, "numberSymbol", p.numberSymbol), text(w, "place", p.place),
                                  text(w, "dateText", p.dateText), text(w, "docType", p.docType),
                                  text(w, "title", p.title)});
                    }});
    root.push_back({"preamble", [&] {
                        w.object({text(w, "lead", p.preambleLead),
                                  list(w, "legalBases", p.legalBases, writeLegalBasis),
                                  text(w, "close", p.preambleClose)});
                    }});
    root.push_back({"signature", [&] {
                        w.object({text(w, "authority", p.signature.authority),
                                  text(w, "title", p.signature.title), text(w, "name", p.signature.name)});
                    }});
    root.push_back({"appendix", [&] {
                        w.object({text(w, "title", p.appendixTitle), text(w, "subtitle", p.appendixSubtitle),
                                  list(w, "groups", p.groups, writeGroup)});
                    }});
    if (p.periodMode != "calendar")
        root.push_back(text(w, "periodMode", p.periodMode));
    writeRecords(w, p, root);
    w.object(std::move(root));
}

} // namespace

std::string exportPlanJson(const Plan& plan) {
    Writer w;
    writePlan(w, plan);
    w.text += '\n';
    return std::move(w.text);
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

// [SECTION] Import: parsing without exceptions

/// Follows the parser through the document to name the JSON path of a syntax error or of a number too large
/// for a double (nlohmann refuses those: out_of_range.406). Only run when parsing failed.
// [SECTION] Import: reading the JSON into a plan

/// Walks the parsed JSON, checking types and required fields and collecting every problem with its path
/// instead of stopping at the first. The rules of values and references are validatePlan's.
class Reader {
public:
    std::vector<ImportError> errors;

    void fail(const std::string& path, MessageCode code, std::vector<std::string> args = {}) {
        errors.push_back({path, Message{code, std::move(args)}});
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
                fail(join(path, key), MessageCode::MissingField);
            return nullptr;
        }
        return &*it;
    }

    std::string string(const json& obj, const std::string& path, const char* key, bool required = true) {
        const json* v = member(obj, path, key, required);
        if (!v)
            return {};
        if (!v->is_string()) {
            fail(join(path, key), MessageCode::MustBeString);
            return {};
        }
        return normalizeText(v->get_ref<const std::string&>()); // all text in the app is stored so
    }

    /// An array; `required` false for lists added after version 1 was first written.
    const json* array(const json& obj, const std::string& path, const char* key, bool required = true) {
        const json* v = member(obj, path, key, required);
        if (v && !v->is_array()) {
            fail(join(path, key), MessageCode::MustBeArray);
            return nullptr;
        }
        return v;
    }

    const json* object(const json& obj, const std::string& path, const char* key) {
        const json* v = member(obj, path, key, true);
        if (v && !v->is_object()) {
            fail(join(path, key), MessageCode::MustBeObject);
            return nullptr;
        }
        return v;
    }

    bool isObject(const json& v, const std::string& path) {
        if (v.is_object())
            return true;
        fail(path, MessageCode::MustBeObject);
        return false;
    }

    RecordMeta meta(const json& obj, const std::string& path) {
        return {string(obj, path, "id"), string(obj, path, "modified", false),
                string(obj, path, "author", false)};
    }

    /// Calls `read(element, path)` for every object of the array `key` of `obj`.
    template <class Fn>
    void each(const json& obj, const std::string& path, const char* key, bool required, const Fn& read) {
        const json* list = array(obj, path, key, required);
        if (!list)
            return;
        const std::string listPath = join(path, key);
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string itemPath = index(listPath, i);
            if (isObject((*list)[i], itemPath))
                read((*list)[i], itemPath);
        }
    }
};

UnitRef readUnitRef(Reader& r, const json& j, const std::string& path) {
    return {r.string(j, path, "id"), r.string(j, path, "unit")};
}

Evidence readEvidence(Reader& r, const json& j, const std::string& path) {
    return {r.string(j, path, "id"), r.string(j, path, "text")};
}

Task readTask(Reader& r, const json& jt, const std::string& path) {
    Task t;
    t.meta = r.meta(jt, path);
    t.number = r.string(jt, path, "number");
    t.content = r.string(jt, path, "content");
    t.product = r.string(jt, path, "product");
    t.leadUnitId = r.string(jt, path, "lead");
    t.timeframe = r.string(jt, path, "timeframe");
    t.schedule = r.string(jt, path, "schedule", false);
    r.each(jt, path, "coordinators", true, [&](const json& jc, const std::string& cPath) {
        t.coordinators.push_back(readUnitRef(r, jc, cPath));
    });
    return t;
}

Group readGroup(Reader& r, const json& jg, const std::string& path) {
    Group g;
    g.meta = r.meta(jg, path);
    g.numeral = r.string(jg, path, "numeral");
    g.title = r.string(jg, path, "title");
    r.each(jg, path, "tasks", true,
           [&](const json& jt, const std::string& tPath) { g.tasks.push_back(readTask(r, jt, tPath)); });
    return g;
}

LegalBasis readLegalBasis(Reader& r, const json& jb, const std::string& path) {
    LegalBasis b;
    b.meta = r.meta(jb, path);
    b.kind = r.string(jb, path, "kind");
    b.number = r.string(jb, path, "number");
    b.date = r.string(jb, path, "date", false);
    b.issuer = r.string(jb, path, "issuer", false);
    b.summary = r.string(jb, path, "summary", false);
    return b;
}

BodyBlock readBody(Reader& r, const json& jb, const std::string& path) {
    return {r.meta(jb, path), r.string(jb, path, "kind"), r.string(jb, path, "text")};
}

Recipient readRecipient(Reader& r, const json& jr, const std::string& path) {
    return {r.meta(jr, path), r.string(jr, path, "text")};
}

Unit readUnit(Reader& r, const json& ju, const std::string& path) {
    return {r.meta(ju, path), r.string(ju, path, "name"), r.string(ju, path, "shortName", false)};
}

Kpi readKpi(Reader& r, const json& jk, const std::string& path) {
    Kpi k;
    k.meta = r.meta(jk, path);
    k.taskId = r.string(jk, path, "task");
    k.name = r.string(jk, path, "name");
    k.unit = r.string(jk, path, "unit", false);
    k.comparison = r.string(jk, path, "comparison");
    if (const json* t = r.member(jk, path, "target", true)) {
        if (t->is_number())
            k.target = t->get<double>();
        else if (t->is_null()) // how JSON writes a value that is not a number: the rules refuse it
            k.target = std::numeric_limits<double>::quiet_NaN();
        else
            r.fail(path + ".target", MessageCode::MustBeNumber);
    }
    k.numerator = r.string(jk, path, "numerator", false);
    k.denominator = r.string(jk, path, "denominator", false);
    k.code766 = r.string(jk, path, "code766", false);
    k.source = r.string(jk, path, "source", false);
    return k;
}

/// A whole number ≥ 0 (JSON's safe integers); `absent` when the key is missing and may be.
long long readWhole(Reader& r, const json& j, const std::string& path, const char* key, bool required = true,
                    long long absent = 0) {
    const json* v = r.member(j, path, key, required);
    if (!v)
        return absent;
    if (!v->is_number_integer()) {
        r.fail(path + "." + key, MessageCode::MustBeInteger);
        return 0;
    }
    if (v->is_number_unsigned() && v->get<unsigned long long>() > 9007199254740991ULL) {
        r.fail(path + "." + key, MessageCode::NumberTooLarge);
        return 0;
    }
    return v->get<long long>();
}

KpiCount readCount(Reader& r, const json& jc, const std::string& path) {
    KpiCount c;
    c.meta = r.meta(jc, path);
    c.kpiId = r.string(jc, path, "kpi");
    c.month = r.string(jc, path, "month");
    c.numerator = readWhole(r, jc, path, "numerator");
    c.denominator = readWhole(r, jc, path, "denominator");
    return c;
}

OneStopMonth readOneStop(Reader& r, const json& jm, const std::string& path) {
    OneStopMonth m;
    m.meta = r.meta(jm, path);
    m.month = r.string(jm, path, "month");
    m.field = r.string(jm, path, "field", false);
    for (std::size_t i = 0; i < kOneStopFigureCount; ++i) { // a figure not entered is left out
        long long& v = m.*kOneStopMembers[i];
        v = readWhole(r, jm, path, kOneStopKeys[i], false, -1);
        if (v < 0 && jm.contains(kOneStopKeys[i])) {
            r.fail(path + "." + kOneStopKeys[i], MessageCode::CountNotWhole, {std::to_string(v)});
            v = -1;
        }
    }
    return m;
}

Progress readProgressRecord(Reader& r, const json& jp, const std::string& path) {
    Progress pr;
    pr.meta = r.meta(jp, path);
    pr.taskId = r.string(jp, path, "task");
    pr.occurrence = r.string(jp, path, "occurrence");
    // Files written before ids were derived carry random ones: nothing refers to a progress record by its id,
    // so it simply gets the id every device would give it.
    pr.meta.id = progressId(pr.taskId, pr.occurrence);
    pr.status = r.string(jp, path, "status");
    pr.completed = r.string(jp, path, "completed", false);
    pr.note = r.string(jp, path, "note", false);
    r.each(jp, path, "evidence", false, [&](const json& je, const std::string& ePath) {
        pr.evidence.push_back(readEvidence(r, je, ePath));
    });
    return pr;
}

TaskEvent readEvent(Reader& r, const json& je, const std::string& path) {
    TaskEvent e;
    e.meta = r.meta(je, path);
    e.taskId = r.string(je, path, "task");
    e.date = r.string(je, path, "date");
    e.due = r.string(je, path, "due");
    e.note = r.string(je, path, "note", false);
    return e;
}

Report readReport(Reader& r, const json& j, const std::string& path) {
    Report out;
    out.meta = r.meta(j, path);
    out.period = r.string(j, path, "period");
    out.number = r.string(j, path, "number", false);
    out.date = r.string(j, path, "date", false);
    out.asOf = r.string(j, path, "asOf", false);
    out.difficulties = r.string(j, path, "difficulties", false);
    out.proposals = r.string(j, path, "proposals", false);
    out.nextSteps = r.string(j, path, "nextSteps", false);
    out.recipients = r.string(j, path, "recipients", false);
    out.signerAuthority = r.string(j, path, "signerAuthority", false);
    out.signerTitle = r.string(j, path, "signerTitle", false);
    out.signerName = r.string(j, path, "signerName", false);
    return out;
}

LogEntry readLog(Reader& r, const json& jl, const std::string& path) {
    return {r.meta(jl, path), r.string(jl, path, "task"), r.string(jl, path, "occurrence", false),
            r.string(jl, path, "text")};
}

/// Reads every object of the list `key` of `obj` with `read` into `out`.
template <class T>
void readList(Reader& r, const json& obj, const std::string& path, const char* key, bool required,
              T (*read)(Reader&, const json&, const std::string&), std::vector<T>& out) {
    r.each(obj, path, key, required,
           [&](const json& j, const std::string& itemPath) { out.push_back(read(r, j, itemPath)); });
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
        readList(r, *pre, "preamble", "legalBases", true, readLegalBasis, p.legalBases);
    }
    if (const json* s = r.object(root, "", "signature")) {
        p.signature.authority = r.string(*s, "signature", "authority", false);
        p.signature.title = r.string(*s, "signature", "title", false);
        p.signature.name = r.string(*s, "signature", "name", false);
    }
}

void readLists(Reader& r, const json& root, Plan& p) {
    readList(r, root, "", "body", true, readBody, p.body);
    readList(r, root, "", "recipients", true, readRecipient, p.recipients);
    readList(r, root, "", "units", true, readUnit, p.units);
}

void readAppendix(Reader& r, const json& root, Plan& p) {
    const json* app = r.object(root, "", "appendix");
    if (!app)
        return;
    p.appendixTitle = r.string(*app, "appendix", "title", false);
    p.appendixSubtitle = r.string(*app, "appendix", "subtitle", false);
    readList(r, *app, "appendix", "groups", true, readGroup, p.groups);
}

void readKpisAndTombstones(Reader& r, const json& root, Plan& p) {
    readList(r, root, "", "kpis", true, readKpi, p.kpis);
    readList(r, root, "", "counts", false, readCount, p.kpiCounts);
    readList(r, root, "", "onestop", false, readOneStop, p.oneStop);
    r.each(root, "", "tombstones", true, [&](const json& jt, const std::string& path) {
        p.tombstones.push_back({r.string(jt, path, "id"), r.string(jt, path, "kind"),
                                r.string(jt, path, "deleted", false), r.string(jt, path, "author", false)});
    });
}

void readProgress(Reader& r, const json& root, Plan& p) {
    if (root.contains("periodMode"))
        p.periodMode = r.string(root, "", "periodMode");
    readList(r, root, "", "progress", false, readProgressRecord, p.progress);
    readList(r, root, "", "events", false, readEvent, p.events);
    readList(r, root, "", "log", false, readLog, p.log);
    readList(r, root, "", "reports", false, readReport, p.reports);
}

ImportResult refuse(std::string path, MessageCode code, std::vector<std::string> args = {}) {
    ImportResult res;
    res.errors.push_back({std::move(path), Message{code, std::move(args)}});
    return res;
}

/// The plan in `root`, or why not. May throw a json exception if a check above was missed.
ImportResult readPlan(const json& root, bool validate = true) {
    Reader r;
    const std::string schema = r.string(root, "", "schema");
    if (root.contains("schema") && root["schema"].is_string() && schema != kPlanSchema)
        return refuse("schema", MessageCode::NotPlanFile, {schema});
    if (const json* v = r.member(root, "", "version", true)) {
        if (!v->is_number_integer())
            r.fail("version", MessageCode::MustBeInteger);
        else if (v->is_number_unsigned() ? v->get<std::uint64_t>() > kPlanSchemaVersion
                                         : v->get<std::int64_t>() > kPlanSchemaVersion)
            return refuse("version", MessageCode::NewerVersion, {v->dump()});
    }
    Plan p;
    p.meta = r.meta(root, "");
    if (const json* y = r.member(root, "", "year", true)) {
        const double year = y->is_number_integer() ? y->get<double>() : 0;
        if (year >= 1900 && year <= 2200)
            p.year = static_cast<int>(year);
        else if (validate || !(std::abs(year) < 1e9)) // as is (a state inside an edit): any year an int holds
            r.fail("year", MessageCode::YearOutOfRange);
        else
            p.year = static_cast<int>(year);
    }
    readHeader(r, root, p);
    readLists(r, root, p);
    readAppendix(r, root, p);
    readKpisAndTombstones(r, root, p);
    readProgress(r, root, p);
    ImportResult res;
    if (r.errors.empty() && validate)
        r.errors = validatePlan(p); // values and references only once every record could be read
    if (r.errors.empty())
        res.plan = std::move(p);
    res.errors = std::move(r.errors);
    return res;
}

} // namespace

ImportResult importPlanJson(std::string_view text) {
    if (text.size() > kMaxImportBytes)
        return refuse("", MessageCode::FileTooLarge);
    if (!isValidUtf8(text))
        return refuse("", MessageCode::NotUtf8);
    if (nestingDepth(text, kMaxImportDepth) > kMaxImportDepth)
        return refuse("", MessageCode::TooDeep);
    try {
        ImportError error;
        const std::optional<json> root = parseJson(text, &error);
        if (!root)
            return refuse(error.path, error.message.code, error.message.args);
        if (!root->is_object())
            return refuse("", MessageCode::NotAnObject);
        return readPlan(*root);
    } catch (const std::exception& e) {
        // A check missed above: still an error value, never a crash.
        return refuse("", MessageCode::UnexpectedError, {e.what()});
    }
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

/// The plan as a JSON document (our own export always parses; an empty object if it ever did not).
json planDocument(const Plan& plan) {
    std::optional<json> j = parseJson(exportPlanJson(plan));
    return j ? std::move(*j) : json::object();
}

} // namespace

LegacyEncoding detectPlanLegacyEncoding(const Plan& plan) {
    json j = planDocument(plan);
    std::string all;
    forEachString(j, [&](std::string& s) { all += s + "\n"; });
    return detectLegacyEncoding(all);
}

Plan convertPlanLegacy(const Plan& plan, LegacyEncoding encoding) {
    json j = planDocument(plan);
    forEachString(j, [&](std::string& s) { s = convertLegacy(s, encoding); });
    ImportResult r = importPlanJson(j.dump(-1, ' ', false, json::error_handler_t::replace));
    return r.plan ? std::move(*r.plan)
                  : plan; // converting letters cannot break references; keep it safe anyway
}

} // namespace domain

// [SECTION] One record (record_json.hpp)

namespace domain {

namespace {

/// Kind names in the order of the Record variant.
constexpr const char* kRecordKinds[] = {"legalBasis", "body", "recipient",   "unit",     "group",
                                        "task",       "kpi",  "coordinator", "progress", "evidence",
                                        "event",      "log",  "count",       "onestop",  "report"};
static_assert(std::size(kRecordKinds) == std::variant_size_v<Record>);

template <std::size_t I = 0>
std::optional<Record> readKind(Reader& r, std::size_t kind, const json& j) {
    if constexpr (I < std::variant_size_v<Record>) {
        if (kind != I)
            return readKind<I + 1>(r, kind, j);
        using T = std::variant_alternative_t<I, Record>;
        T record;
        if constexpr (std::is_same_v<T, LegalBasis>)
            record = readLegalBasis(r, j, "");
        else if constexpr (std::is_same_v<T, BodyBlock>)
            record = readBody(r, j, "");
        else if constexpr (std::is_same_v<T, Recipient>)
            record = readRecipient(r, j, "");
        else if constexpr (std::is_same_v<T, Unit>)
            record = readUnit(r, j, "");
        else if constexpr (std::is_same_v<T, Group>)
            record = readGroup(r, j, "");
        else if constexpr (std::is_same_v<T, Task>)
            record = readTask(r, j, "");
        else if constexpr (std::is_same_v<T, Kpi>)
            record = readKpi(r, j, "");
        else if constexpr (std::is_same_v<T, UnitRef>)
            record = readUnitRef(r, j, "");
        else if constexpr (std::is_same_v<T, Progress>)
            record = readProgressRecord(r, j, "");
        else if constexpr (std::is_same_v<T, Evidence>)
            record = readEvidence(r, j, "");
        else if constexpr (std::is_same_v<T, TaskEvent>)
            record = readEvent(r, j, "");
        else if constexpr (std::is_same_v<T, KpiCount>)
            record = readCount(r, j, "");
        else if constexpr (std::is_same_v<T, OneStopMonth>)
            record = readOneStop(r, j, "");
        else if constexpr (std::is_same_v<T, Report>)
            record = readReport(r, j, "");
        else
            record = readLog(r, j, "");
        return Record{std::move(record)};
    } else {
        (void)r;
        (void)kind;
        (void)j;
        return std::nullopt;
    }
}

} // namespace

const char* recordKind(const Record& record) {
    return kRecordKinds[record.index()];
}

std::string recordJson(const Record& record) {
    Writer w;
    std::visit(
        [&](const auto& rec) {
            using T = std::decay_t<decltype(rec)>;
            if constexpr (std::is_same_v<T, LegalBasis>)
                writeLegalBasis(w, rec);
            else if constexpr (std::is_same_v<T, BodyBlock>)
                writeBody(w, rec);
            else if constexpr (std::is_same_v<T, Recipient>)
                writeRecipient(w, rec);
            else if constexpr (std::is_same_v<T, Unit>)
                writeUnit(w, rec);
            else if constexpr (std::is_same_v<T, Group>)
                writeGroup(w, rec);
            else if constexpr (std::is_same_v<T, Task>)
                writeTask(w, rec);
            else if constexpr (std::is_same_v<T, Kpi>)
                writeKpi(w, rec);
            else if constexpr (std::is_same_v<T, UnitRef>)
                writeUnitRef(w, rec);
            else if constexpr (std::is_same_v<T, Progress>)
                writeProgress(w, rec);
            else if constexpr (std::is_same_v<T, Evidence>)
                writeEvidence(w, rec);
            else if constexpr (std::is_same_v<T, TaskEvent>)
                writeEvent(w, rec);
            else if constexpr (std::is_same_v<T, KpiCount>)
                writeCount(w, rec);
            else if constexpr (std::is_same_v<T, OneStopMonth>)
                writeOneStop(w, rec);
            else if constexpr (std::is_same_v<T, Report>)
                writeReport(w, rec);
            else
                writeLog(w, rec);
        },
        record);
    return std::move(w.text);
}

std::optional<Plan> readPlanAsIs(const json& j) {
    try {
        return j.is_object() ? readPlan(j, false).plan : std::nullopt;
    } catch (...) { // defensive: the reader checks every type before it reads
        return std::nullopt;
    }
}

std::optional<Record> readRecord(const std::string& kind, const json& j) {
    try {
        if (!j.is_object())
            return std::nullopt;
        for (std::size_t k = 0; k < std::size(kRecordKinds); ++k)
            if (kind == kRecordKinds[k]) {
                Reader r;
                std::optional<Record> record = readKind(r, k, j);
                return r.errors.empty() ? record : std::nullopt;
            }
    } catch (...) { // defensive: the reader checks every type before it reads
    }
    return std::nullopt;
}

} // namespace domain
