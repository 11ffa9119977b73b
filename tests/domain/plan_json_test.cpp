// The plan snapshot: the built-in plan's shape, canonical export, round trip, and every kind of rejection.
#include "domain/plan_json.hpp"
#include "domain/validate.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <random>

using namespace domain;

namespace {

using test_support::message;

Plan loadBuiltin() {
    ImportResult r = importPlanJson(test_support::builtinPlanText());
    REQUIRE_MESSAGE(r.errors.empty(), (r.errors.empty() ? "" : r.errors[0].path));
    REQUIRE(r.plan.has_value());
    return *r.plan;
}

/// Imports `text` and returns the first error, or an error with code UnexpectedError and path "(accepted)"
/// when the text was accepted.
ImportError firstError(const std::string& text) {
    ImportResult r = importPlanJson(text);
    if (r.errors.empty())
        return {"(accepted)", {}};
    CHECK_FALSE(r.plan.has_value());
    return r.errors[0];
}

/// Checks that `text` is refused first at `path` with `code` and `args`.
void refused(const std::string& text, const std::string& path, MessageCode code,
             std::vector<std::string> args = {}) {
    const ImportError e = firstError(text);
    CHECK(e.path == path);
    CHECK(e.message == message(code, std::move(args)));
}

/// The built-in plan as JSON with one change applied.
std::string mutated(void (*change)(nlohmann::json&)) {
    auto j = nlohmann::json::parse(test_support::builtinPlanText());
    change(j);
    return j.dump();
}

/// The built-in plan as JSON with the value at `pointer` (RFC 6901) replaced by the raw JSON `raw`.
std::string withRaw(const std::string& pointer, const std::string& raw) {
    auto j = nlohmann::json::parse(test_support::builtinPlanText());
    j[nlohmann::json::json_pointer(pointer)] = "@@raw@@";
    std::string text = j.dump();
    text.replace(text.find("\"@@raw@@\""), 9, raw);
    return text;
}

} // namespace

TEST_CASE("the built-in plan has the seed's shape") {
    const Plan p = loadBuiltin();
    CHECK(p.year == 2024);
    CHECK(p.meta.id == "plan-hoa-tan-tay-2024");
    REQUIRE(p.groups.size() == 8);
    const std::vector<std::size_t> perGroup = {3, 4, 3, 5, 5, 4, 3, 1};
    const std::vector<std::string> numerals = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII"};
    for (std::size_t i = 0; i < 8; ++i) {
        CHECK(p.groups[i].tasks.size() == perGroup[i]);
        CHECK(p.groups[i].numeral == numerals[i]);
    }
    CHECK(taskCount(p) == 28);
    // Printed numbering is kept: group I has 1, 2, 4.
    CHECK(p.groups[0].tasks[2].number == "4");
    REQUIRE(p.kpis.size() == 8);
    const std::vector<double> targets = {80, 100, 90, 100, 50, 100, 100, 80};
    for (std::size_t i = 0; i < 8; ++i) {
        CHECK(p.kpis[i].target == doctest::Approx(targets[i]));
        CHECK(p.kpis[i].taskId == p.groups[1].tasks[0].meta.id);
    }
    CHECK(p.kpis[2].comparison == ">");
    CHECK(p.legalBases.size() == 6);
    CHECK(p.legalBases[5].number == "23/KH-UBND");
    CHECK(p.recipients.size() == 9);
    CHECK(p.signature.name == "Nguyễn Kim Hoàng");
    CHECK(p.signature.authority == "KT. CHỦ TỊCH");
    // Extraction damage is fixed: no cut unit names, the portal is "Cổng".
    const Unit* lead = findUnit(p, p.groups[0].tasks[0].leadUnitId);
    REQUIRE(lead);
    CHECK(lead->name == "Văn phòng – Thống kê");
    CHECK(p.groups[1].tasks[0].product.find("Cổng Dịch vụ công quốc gia tối thiểu là 80%") !=
          std::string::npos);
    CHECK(p.groups[1].tasks[0].product.find("Công Dịch vụ") == std::string::npos);
    CHECK(p.groups[2].tasks[1].timeframe == "Thường xuyên");
}

TEST_CASE("export is canonical and the round trip is byte-identical") {
    const std::string original = test_support::builtinPlanText();
    const Plan p = loadBuiltin();
    const std::string once = exportPlanJson(p);
    CHECK(once == original); // the committed asset is itself canonical
    ImportResult again = importPlanJson(once);
    REQUIRE(again.plan.has_value());
    CHECK(exportPlanJson(*again.plan) == once);
    // Two-space indent, keys sorted, UTF-8 not escaped.
    CHECK(once.find("\n  \"appendix\": {") != std::string::npos);
    CHECK(once.find("\\u") == std::string::npos);
    CHECK(once.find("\"author\"") < once.find("\"id\""));
}

TEST_CASE("the export is exactly nlohmann's dump of the same document") {
    // The export writes its text directly (it runs on every save); nlohmann's dump(2) is the reference.
    auto sameAsDump = [](const Plan& p) {
        const std::string text = exportPlanJson(p);
        CHECK(nlohmann::json::parse(text).dump(2, ' ', false) + "\n" == text);
    };
    std::mt19937 rng(31);
    for (int i = 0; i < 50; ++i)
        sameAsDump(test_support::randomPlan(rng));
    sameAsDump(loadBuiltin());
    sameAsDump(emptyPlan("p", 2024, "", ""));
    Plan odd = loadBuiltin(); // what normalised plans never hold, written all the same
    odd.title = std::string("\x01\b\f\r\x1F\x7F \"\\/ \t\n") + '\0' + "Hòa 😀";
    for (double target : {-0.0, 1e-320, 1e300, 0.1, 80.0, -12.5, 123456789012.0}) {
        odd.kpis[0].target = target;
        sameAsDump(odd);
    }
}

TEST_CASE("random plans survive export -> import -> export byte for byte") {
    std::mt19937 rng(20240115);
    for (int i = 0; i < 200; ++i) {
        const Plan p = test_support::randomPlan(rng);
        const std::string once = exportPlanJson(p);
        ImportResult r = importPlanJson(once);
        REQUIRE_MESSAGE(r.errors.empty(), once);
        CHECK(exportPlanJson(*r.plan) == once);
    }
}

TEST_CASE("every kind of rejection names its path and reason") {
    using C = MessageCode;
    refused("{\"schema\": ", "", C::NotJson, {"12"});
    refused("[1, 2]", "", C::NotAnObject);
    refused(std::string("{\"a\": \"\xC3\x28\"}"), "", C::NotUtf8);
    refused(std::string(65, '[') + std::string(65, ']'), "", C::TooDeep);
    refused(std::string(kMaxImportBytes + 1, ' '), "", C::FileTooLarge);
    refused(mutated([](nlohmann::json& j) { j["schema"] = "other"; }), "schema", C::NotPlanFile, {"other"});
    refused(mutated([](nlohmann::json& j) { j["version"] = 99; }), "version", C::NewerVersion, {"99"});
    refused(mutated([](nlohmann::json& j) { j["version"] = 18446744073709551615u; }), "version",
            C::NewerVersion, {"18446744073709551615"});
    refused(mutated([](nlohmann::json& j) { j["version"] = 1.5; }), "version", C::MustBeInteger);
    refused(mutated([](nlohmann::json& j) { j.erase("year"); }), "year", C::MissingField);
    refused(mutated([](nlohmann::json& j) { j["year"] = "2024"; }), "year", C::YearOutOfRange);
    refused(mutated([](nlohmann::json& j) { j["year"] = 99999999999LL; }), "year", C::YearOutOfRange);
    refused(mutated([](nlohmann::json& j) { j["header"]["title"] = 5; }), "header.title", C::MustBeString);
    refused(mutated([](nlohmann::json& j) { j["units"] = "x"; }), "units", C::MustBeArray);
    refused(mutated([](nlohmann::json& j) { j["signature"] = 1; }), "signature", C::MustBeObject);
    refused(mutated([](nlohmann::json& j) { j["appendix"]["groups"][1] = 3; }), "appendix.groups[1]",
            C::MustBeObject);
    refused(mutated([](nlohmann::json& j) { j["appendix"]["groups"][2]["tasks"][0]["id"] = "task-1-1"; }),
            "appendix.groups[2].tasks[0].id", C::DuplicateId, {"task-1-1"});
    refused(mutated([](nlohmann::json& j) {
                j["appendix"]["groups"][2]["tasks"][0]["coordinators"][0]["id"] = "task-1-1";
            }),
            "appendix.groups[2].tasks[0].coordinators[0].id", C::DuplicateId, {"task-1-1"});
    refused(mutated([](nlohmann::json& j) { j["appendix"]["groups"][0]["id"] = ""; }),
            "appendix.groups[0].id", C::EmptyId);
    refused(mutated([](nlohmann::json& j) { j["appendix"]["groups"][2]["tasks"][0]["lead"] = "X"; }),
            "appendix.groups[2].tasks[0].lead", C::UnknownUnit, {"X"});
    refused(mutated([](nlohmann::json& j) {
                j["appendix"]["groups"][0]["tasks"][1]["coordinators"][0]["unit"] = "Y";
            }),
            "appendix.groups[0].tasks[1].coordinators[0].unit", C::UnknownUnit, {"Y"});
    refused(mutated([](nlohmann::json& j) { j["kpis"][3]["task"] = "nope"; }), "kpis[3].task", C::UnknownTask,
            {"nope"});
    refused(mutated([](nlohmann::json& j) { j["kpis"][0]["target"] = "80%"; }), "kpis[0].target",
            C::MustBeNumber);
    refused(mutated([](nlohmann::json& j) { j["kpis"][0]["comparison"] = "~"; }), "kpis[0].comparison",
            C::UnknownComparison, {"~"});
    refused(mutated([](nlohmann::json& j) { j["body"][0]["kind"] = "table"; }), "body[0].kind",
            C::UnknownBlockKind, {"table"});
    refused(mutated([](nlohmann::json& j) { j["periodMode"] = "weekly"; }), "periodMode",
            C::InvalidPeriodMode, {"weekly"});
    // Every problem of one kind is listed, not only the first.
    ImportResult r = importPlanJson(mutated([](nlohmann::json& j) {
        j.erase("appendix");
        j["body"][1]["text"] = 1;
    }));
    REQUIRE(r.errors.size() == 2);
    CHECK(r.errors[0].path == "body[1].text");
    CHECK(r.errors[1].path == "appendix");
    CHECK(r.errors[1].message == message(C::MissingField));
}

TEST_CASE("numbers beyond a double are refused with their path, never thrown") {
    using C = MessageCode;
    refused(withRaw("/year", "1e999"), "year", C::NumberTooLarge);
    refused(withRaw("/kpis/0/target", "1e999"), "kpis[0].target", C::NumberTooLarge);
    refused(withRaw("/kpis/7/target", "-1e999"), "kpis[7].target", C::NumberTooLarge);
    refused(withRaw("/appendix/groups/3/tasks/2/content", "1e999"), "appendix.groups[3].tasks[2].content",
            C::NumberTooLarge);
    refused(withRaw("/appendix/groups/0/tasks/1/coordinators/0", "2e400"),
            "appendix.groups[0].tasks[1].coordinators[0]", C::NumberTooLarge);
    refused(withRaw("/tombstones", "[1, 2, " + std::string(400, '9') + "]"), "tombstones[2]",
            C::NumberTooLarge);
    refused("1e999", "", C::NumberTooLarge);
    // A syntax error after a number still names the byte.
    CHECK(firstError("{\"year\": 2024,, }").message == message(C::NotJson, {"15"}));
}

TEST_CASE("truncated and mutated snapshots never throw") {
    const std::string original = test_support::builtinPlanText();
    static const std::vector<std::string> inserts = {
        "1e999", "{", "}",       "[",       "]",   ",",    ":",    "\"",        "\\",         "null",
        "-",     "0", "\\u0000", "\\ud800", "tru", "\xC3", "\x01", "\"x\": 1,", "2024-02-30", "\r\n"};
    std::mt19937 rng(7);
    int accepted = 0;
    for (int i = 0; i < 300; ++i) {
        std::string text = original;
        const auto at = [&] { return static_cast<std::size_t>(rng() % (text.size() + 1)); };
        switch (rng() % 4) {
        case 0:
            text.resize(at());
            break;
        case 1:
            text.insert(at(), inserts[rng() % inserts.size()]);
            break;
        case 2:
            if (!text.empty())
                text[at() % text.size()] = static_cast<char>(rng() % 256);
            break;
        default: {
            const std::size_t from = at();
            text.erase(from, rng() % 64);
        }
        }
        CAPTURE(i);
        ImportResult r;
        CHECK_NOTHROW(r = importPlanJson(text));
        CHECK(r.plan.has_value() != !r.errors.empty());
        if (r.plan) { // what is accepted is canonical from then on
            ++accepted;
            const std::string once = exportPlanJson(*r.plan);
            ImportResult again = importPlanJson(once);
            REQUIRE(again.plan);
            CHECK(exportPlanJson(*again.plan) == once);
        }
    }
    CHECK(accepted > 0);
}

TEST_CASE("impossible dates and times are refused with their path") {
    using C = MessageCode;
    refused(mutated([](nlohmann::json& j) { j["preamble"]["legalBases"][0]["date"] = "2024-02-30"; }),
            "preamble.legalBases[0].date", C::InvalidDate, {"2024-02-30"});
    refused(mutated([](nlohmann::json& j) { j["preamble"]["legalBases"][2]["date"] = "0000-00-00"; }),
            "preamble.legalBases[2].date", C::InvalidDate, {"0000-00-00"});
    refused(
        mutated([](nlohmann::json& j) { j["preamble"]["legalBases"][1]["date"] = "2024-06-10T00:00:00Z"; }),
        "preamble.legalBases[1].date", C::InvalidDate, {"2024-06-10T00:00:00Z"});
    refused(mutated([](nlohmann::json& j) { j["units"][1]["modified"] = "2024-02-30T08:00:00Z"; }),
            "units[1].modified", C::InvalidTimestamp, {"2024-02-30T08:00:00Z"});
    refused(mutated([](nlohmann::json& j) { j["modified"] = "hôm qua"; }), "modified", C::InvalidTimestamp,
            {"hôm qua"});
    refused(mutated([](nlohmann::json& j) {
                j["tombstones"] = {{{"id", "x"}, {"kind", "task"}, {"deleted", "2024-1-1"}, {"author", ""}}};
            }),
            "tombstones[0].deleted", C::InvalidTimestamp, {"2024-1-1"});
    auto withProgress = [](nlohmann::json& j) {
        j["progress"] = {{{"id", "p1"},
                          {"task", "task-1-1"},
                          {"occurrence", "D2024-01-31"},
                          {"status", "done"},
                          {"completed", "2024-13-01"},
                          {"note", ""},
                          {"evidence", nlohmann::json::array()}}};
        j["events"] = {{{"id", "e1"}, {"task", "task-1-4"}, {"date", "2024-02-29"}, {"due", "2023-02-29"}}};
    };
    ImportResult r = importPlanJson(mutated(withProgress));
    REQUIRE(r.errors.size() == 2);
    CHECK(r.errors[0].path == "progress[0].completed");
    CHECK(r.errors[0].message == message(C::InvalidDate, {"2024-13-01"}));
    CHECK(r.errors[1].path == "events[0].due");
    CHECK(r.errors[1].message == message(C::InvalidDate, {"2023-02-29"}));
    // Valid ones pass: a leap day, an empty legal-basis date, a time with a zone.
    CHECK(firstError(mutated([](nlohmann::json& j) {
              j["preamble"]["legalBases"][0]["date"] = "2024-02-29";
              j["preamble"]["legalBases"][1]["date"] = "";
              j["units"][0]["modified"] = "2024-01-15T15:30:00.250+07:00";
          })).path == "(accepted)");
}

TEST_CASE("control characters are removed from imported text, carriage returns become newlines") {
    auto j = nlohmann::json::parse(test_support::builtinPlanText());
    j["header"]["title"] = std::string("Kế\x01 hoạch\x7F\tnăm\r\n2024\rxã\x1F") + '\0' + "!";
    j["recipients"][0]["text"] = "a\x02\xCC\x81"; // a control between a letter and its accent
    ImportResult r = importPlanJson(j.dump());
    REQUIRE(r.plan);
    CHECK(r.plan->title == "Kế hoạch\tnăm\n2024\nxã!");
    CHECK(r.plan->recipients[0].text == "á");
    const std::string once = exportPlanJson(*r.plan);
    CHECK(once.find("\\u00") == std::string::npos);
    CHECK(exportPlanJson(*importPlanJson(once).plan) == once);
}

TEST_CASE("random plans hold every kind of record") {
    std::mt19937 rng(99);
    std::size_t bases = 0, body = 0, recipients = 0, units = 0, coordinators = 0, kpis = 0, progress = 0,
                evidence = 0, events = 0, log = 0, tombstones = 0, schedules = 0;
    for (int i = 0; i < 100; ++i) {
        const Plan p = test_support::randomPlan(rng);
        CHECK(validatePlan(p).empty());
        bases += p.legalBases.size();
        body += p.body.size();
        recipients += p.recipients.size();
        units += p.units.size();
        kpis += p.kpis.size();
        progress += p.progress.size();
        events += p.events.size();
        log += p.log.size();
        tombstones += p.tombstones.size();
        for (const Group& g : p.groups)
            for (const Task& t : g.tasks) {
                coordinators += t.coordinators.size();
                schedules += !t.schedule.empty();
            }
        for (const Progress& pr : p.progress)
            evidence += pr.evidence.size();
    }
    for (std::size_t n : {bases, body, recipients, units, coordinators, kpis, progress, evidence, events, log,
                          tombstones, schedules})
        CHECK(n > 20);
}

TEST_CASE("UTF-8 validation") {
    CHECK(isValidUtf8("Hòa Tân Tây — ₫"));
    CHECK_FALSE(isValidUtf8("\xC0\xAF"));         // overlong
    CHECK_FALSE(isValidUtf8("\xED\xA0\x80"));     // surrogate
    CHECK_FALSE(isValidUtf8("\xF4\x90\x80\x80")); // above U+10FFFF
    CHECK_FALSE(isValidUtf8("\xE1\xBA"));         // truncated
}

TEST_CASE("imported text is normalised to NFC, so exports are NFC") {
    auto j = nlohmann::json::parse(test_support::builtinPlanText());
    j["header"]["title"] = "Ho\xCC\x80"
                           "a Ta\xCC\x82"
                           "n Ta\xCC\x82"
                           "y"; // decomposed, as some Mac and Word text is
    ImportResult r = importPlanJson(j.dump());
    REQUIRE(r.plan);
    CHECK(r.plan->title == "Hòa Tân Tây");
    CHECK(exportPlanJson(*r.plan).find("\"title\": \"Hòa Tân Tây\"") != std::string::npos);
}
