// Random valid plans for the property tests (see test_support.hpp).
#include "test_support.hpp"

#include <set>

namespace test_support {

using namespace domain;

namespace {

std::size_t below(std::mt19937& rng, std::size_t n) {
    return static_cast<std::size_t>(rng() % n);
}

const std::string& pick(std::mt19937& rng, const std::vector<std::string>& from) {
    return from[below(rng, from.size())];
}

std::string twoDigits(std::size_t n) {
    return (n < 10 ? "0" : "") + std::to_string(n);
}

std::string isoDate(std::mt19937& rng, int year) {
    return std::to_string(year) + "-" + twoDigits(1 + below(rng, 12)) + "-" + twoDigits(1 + below(rng, 28));
}

std::string isoTime(std::mt19937& rng) {
    return isoDate(rng, 2025) + "T" + twoDigits(below(rng, 24)) + ":" + twoDigits(below(rng, 60)) + ":" +
           twoDigits(below(rng, 60)) + "Z";
}

struct Counter {
    std::size_t pieces; ///< of random texts, at most
    int counter = 0;
    std::string next(const char* prefix) { return std::string(prefix) + "-" + std::to_string(++counter); }
};

RecordMeta randomMeta(std::mt19937& rng, Counter& ids, const char* prefix) {
    return {ids.next(prefix), below(rng, 5) == 0 ? "" : isoTime(rng), randomText(rng, ids.pieces)};
}

Task randomTask(std::mt19937& rng, Counter& ids, const Plan& p) {
    static const std::vector<std::string> timeframes = {
        "Tháng 02/2024",           "Quý II/2024", "Thường xuyên", "Tháng, quý, năm",
        "Khi có văn bản cấp trên", "6 tháng"};
    Task t;
    t.meta = randomMeta(rng, ids, "task");
    t.number = std::to_string(1 + below(rng, 20));
    t.content = randomText(rng, ids.pieces);
    t.product = randomText(rng, ids.pieces);
    t.timeframe = below(rng, 3) == 0 ? randomText(rng, ids.pieces) : pick(rng, timeframes);
    if (below(rng, 4) == 0)
        t.schedule = "Trước ngày 30/06/" + std::to_string(p.year);
    if (!p.units.empty()) {
        if (below(rng, 4) != 0)
            t.leadUnitId = p.units[below(rng, p.units.size())].meta.id;
        for (std::size_t c = below(rng, 3); c > 0; --c)
            t.coordinators.push_back({ids.next("co"), p.units[below(rng, p.units.size())].meta.id});
    }
    return t;
}

} // namespace

std::string randomText(std::mt19937& rng, std::size_t maxPieces) {
    static const std::vector<std::string> pieces = {"a",  "Đ", "ễ",   "ư", " ", "\"", "\\", "\n",
                                                    "\t", "1", "Hòa", "—", "/", "😀",  "{0}"};
    std::string s;
    for (std::size_t i = below(rng, maxPieces + 1); i > 0; --i)
        s += pick(rng, pieces);
    return s;
}

Plan randomPlan(std::mt19937& rng, std::size_t size) {
    Counter ids{3 * size};
    Plan p;
    p.meta = randomMeta(rng, ids, "plan");
    p.year = 2000 + static_cast<int>(below(rng, 50));
    for (std::string* s : {&p.parentBody, &p.issuingBody, &p.numberSymbol, &p.place, &p.dateText, &p.docType,
                           &p.title, &p.preambleLead, &p.preambleClose, &p.signature.authority,
                           &p.signature.title, &p.signature.name, &p.appendixTitle, &p.appendixSubtitle})
        *s = randomText(rng, ids.pieces);
    if (below(rng, 2) == 0)
        p.periodMode = "decree09";
    for (std::size_t i = below(rng, size); i > 0; --i)
        p.legalBases.push_back(
            {randomMeta(rng, ids, "basis"), randomText(rng, ids.pieces), randomText(rng, ids.pieces),
             below(rng, 3) == 0 ? "" : isoDate(rng, 2000 + static_cast<int>(below(rng, 30))),
             randomText(rng, ids.pieces), randomText(rng, ids.pieces)});
    static const std::vector<std::string> blockKinds = {"heading1", "heading2", "paragraph", "bullet"};
    for (std::size_t i = below(rng, size + 1); i > 0; --i)
        p.body.push_back({randomMeta(rng, ids, "body"), pick(rng, blockKinds), randomText(rng, ids.pieces)});
    for (std::size_t i = below(rng, size); i > 0; --i)
        p.recipients.push_back({randomMeta(rng, ids, "recipient"), randomText(rng, ids.pieces)});
    for (std::size_t i = below(rng, size + 1); i > 0; --i)
        p.units.push_back(
            {randomMeta(rng, ids, "unit"), randomText(rng, ids.pieces), randomText(rng, ids.pieces)});
    std::vector<std::string> tasks;
    for (std::size_t g = below(rng, size + 1); g > 0; --g) {
        Group group{
            randomMeta(rng, ids, "group"), randomText(rng, ids.pieces), randomText(rng, ids.pieces), {}};
        for (std::size_t t = below(rng, size + 2); t > 0; --t) {
            group.tasks.push_back(randomTask(rng, ids, p));
            tasks.push_back(group.tasks.back().meta.id);
        }
        p.groups.push_back(std::move(group));
    }
    if (!tasks.empty()) {
        static const std::vector<std::string> comparisons = {">=", ">", "=", "<=", "<"};
        for (std::size_t i = below(rng, size); i > 0; --i) {
            Kpi k;
            k.meta = randomMeta(rng, ids, "kpi");
            k.taskId = pick(rng, tasks);
            k.name = randomText(rng, ids.pieces);
            k.unit = below(rng, 2) == 0 ? "%" : randomText(rng, ids.pieces);
            k.comparison = pick(rng, comparisons);
            k.target = static_cast<double>(below(rng, k.unit == "%" ? 801 : 8001)) / 8.0;
            k.numerator = randomText(rng, ids.pieces);
            k.denominator = randomText(rng, ids.pieces);
            if (below(rng, 3) == 0)
                k.code766 = "CT" + std::to_string(below(rng, 9));
            // Some months counted, in no particular order (a snapshot keeps them as they were entered).
            for (int m = 1; m <= 12; ++m) {
                if (below(rng, 3) != 0)
                    continue;
                KpiCount c;
                c.meta = randomMeta(rng, ids, "unused");
                c.kpiId = k.meta.id;
                c.month = std::to_string(p.year) + (m < 10 ? "-0" : "-") + std::to_string(m);
                c.meta.id = "count-" + c.kpiId + "-" + c.month;
                c.denominator = static_cast<long long>(below(rng, 5000));
                c.numerator = static_cast<long long>(below(rng, static_cast<std::size_t>(c.denominator) + 1));
                p.kpiCounts.insert(p.kpiCounts.begin() +
                                       static_cast<std::ptrdiff_t>(below(rng, p.kpiCounts.size() + 1)),
                                   std::move(c));
            }
            p.kpis.push_back(std::move(k));
        }
        // One-stop figures for some months, some figures not entered (-1); kept in no particular order.
        for (int m = 1; m <= 12; ++m) {
            if (below(rng, 2) != 0)
                continue;
            OneStopMonth o;
            o.meta = randomMeta(rng, ids, "unused");
            o.month = std::to_string(p.year) + (m < 10 ? "-0" : "-") + std::to_string(m);
            o.meta.id = "onestop-" + o.month;
            for (long long OneStopMonth::*f : kOneStopMembers)
                o.*f = below(rng, 4) == 0 ? -1 : static_cast<long long>(below(rng, 900));
            p.oneStop.insert(p.oneStop.begin() +
                                 static_cast<std::ptrdiff_t>(below(rng, p.oneStop.size() + 1)),
                             std::move(o));
        }
        for (std::size_t i = below(rng, size); i > 0; --i)
            p.events.push_back({randomMeta(rng, ids, "event"), pick(rng, tasks), isoDate(rng, p.year),
                                isoDate(rng, p.year), randomText(rng, ids.pieces)});
        static const std::vector<std::string> statuses = {"todo", "doing", "done", "na"};
        const std::string y = std::to_string(p.year);
        const std::vector<std::string> keys = {y + "-Q1", y + "-Q2", y + "-M03",
                                               y + "-H1", y + "-Y",  "D" + y + "-02-28"};
        std::set<std::string> recorded;
        for (std::size_t i = below(rng, size + 1); i > 0; --i) {
            Progress pr;
            pr.taskId = pick(rng, tasks);
            pr.occurrence = !p.events.empty() && below(rng, 4) == 0
                                ? "E" + p.events[below(rng, p.events.size())].meta.id
                                : pick(rng, keys);
            if (!recorded.insert(pr.taskId + "\n" + pr.occurrence).second)
                continue;
            pr.meta = randomMeta(rng, ids, "unused");
            pr.meta.id = progressId(pr.taskId, pr.occurrence);
            pr.status = pick(rng, statuses);
            pr.completed = below(rng, 2) == 0 ? "" : isoDate(rng, p.year);
            pr.note = randomText(rng, ids.pieces);
            for (std::size_t e = below(rng, 3); e > 0; --e)
                pr.evidence.push_back({ids.next("ev"), randomText(rng, ids.pieces)});
            p.progress.push_back(std::move(pr));
        }
        for (std::size_t i = below(rng, size); i > 0; --i)
            p.log.push_back({randomMeta(rng, ids, "log"), pick(rng, tasks), pick(rng, keys),
                             randomText(rng, ids.pieces)});
    }
    static const std::vector<std::string> kinds = {"task",        "group",    "unit",
                                                   "coordinator", "progress", "evidence"};
    for (std::size_t i = below(rng, size); i > 0; --i)
        p.tombstones.push_back({ids.next("gone"), pick(rng, kinds), below(rng, 4) == 0 ? "" : isoTime(rng),
                                randomText(rng, ids.pieces)});
    return p;
}

} // namespace test_support
