// The plan snapshot: the built-in plan's shape, canonical export, round trip, and every kind of rejection.
#include "domain/plan_json.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <random>

using namespace domain;

namespace {

Plan loadBuiltin() {
    ImportResult r = importPlanJson(test_support::builtinPlanText());
    REQUIRE_MESSAGE(r.errors.empty(), (r.errors.empty() ? "" : formatImportError(r.errors[0], false)));
    REQUIRE(r.plan.has_value());
    return *r.plan;
}

/// Imports `text` and returns the first error ("path: reason" in Vietnamese), or "" when accepted.
std::string firstError(const std::string& text) {
    ImportResult r = importPlanJson(text);
    if (r.errors.empty())
        return "";
    CHECK_FALSE(r.plan.has_value());
    return formatImportError(r.errors[0], true);
}

/// The built-in plan as JSON with one change applied.
std::string mutated(void (*change)(nlohmann::json&)) {
    auto j = nlohmann::json::parse(test_support::builtinPlanText());
    change(j);
    return j.dump();
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

namespace {

std::string randomText(std::mt19937& rng) {
    static const std::vector<std::string> pieces = {"a",  "Đ",  "ễ",   "ư", " ", "\"",
                                                    "\\", "\n", "Hòa", "—", "1", "/"};
    std::uniform_int_distribution<std::size_t> len(0, 12), pick(0, pieces.size() - 1);
    std::string s;
    for (std::size_t i = len(rng); i > 0; --i)
        s += pieces[pick(rng)];
    return s;
}

RecordMeta randomMeta(std::mt19937& rng, int& counter) {
    return {"id-" + std::to_string(++counter), "2025-03-0" + std::to_string(rng() % 9 + 1) + "T10:00:00Z",
            randomText(rng)};
}

Plan randomPlan(std::mt19937& rng) {
    int counter = 0;
    Plan p;
    p.meta = randomMeta(rng, counter);
    p.year = 2000 + static_cast<int>(rng() % 50);
    p.issuingBody = randomText(rng);
    p.docType = randomText(rng);
    p.title = randomText(rng);
    for (int i = static_cast<int>(rng() % 4); i > 0; --i)
        p.units.push_back({randomMeta(rng, counter), randomText(rng), randomText(rng)});
    for (int i = static_cast<int>(rng() % 3); i > 0; --i)
        p.recipients.push_back({randomMeta(rng, counter), randomText(rng)});
    for (int g = static_cast<int>(rng() % 5); g > 0; --g) {
        Group group{randomMeta(rng, counter), randomText(rng), randomText(rng), {}};
        for (int t = static_cast<int>(rng() % 6); t > 0; --t) {
            Task task;
            task.meta = randomMeta(rng, counter);
            task.content = randomText(rng);
            task.timeframe = randomText(rng);
            if (!p.units.empty()) {
                task.leadUnitId = p.units[rng() % p.units.size()].meta.id;
                task.coordinators.push_back({"ref-" + std::to_string(++counter), p.units[0].meta.id});
            }
            group.tasks.push_back(task);
        }
        p.groups.push_back(group);
    }
    if (taskCount(p) > 0) {
        Kpi k;
        k.meta = randomMeta(rng, counter);
        for (const Group& g : p.groups)
            if (!g.tasks.empty() && k.taskId.empty())
                k.taskId = g.tasks[0].meta.id;
        k.name = randomText(rng);
        k.comparison = ">=";
        k.target = static_cast<double>(rng() % 1000) / 10.0;
        if (!k.taskId.empty())
            p.kpis.push_back(k);
    }
    p.tombstones.push_back({"gone-" + std::to_string(++counter), "task", "2025-01-01T00:00:00Z", "x"});
    return p;
}

} // namespace

TEST_CASE("random plans survive export -> import -> export byte for byte") {
    std::mt19937 rng(20240115);
    for (int i = 0; i < 200; ++i) {
        const Plan p = randomPlan(rng);
        const std::string once = exportPlanJson(p);
        ImportResult r = importPlanJson(once);
        REQUIRE_MESSAGE(r.errors.empty(), once);
        CHECK(exportPlanJson(*r.plan) == once);
    }
}

TEST_CASE("every kind of rejection names its path and reason") {
    CHECK(firstError("{\"schema\": ") == "không phải JSON hợp lệ (lỗi ở ký tự thứ 12)");
    CHECK(firstError("[1, 2]") == "tệp phải chứa một đối tượng JSON");
    CHECK(firstError(std::string("{\"a\": \"\xC3\x28\"}")) == "tệp không phải văn bản UTF-8 hợp lệ");
    CHECK(firstError(std::string(65, '[') + std::string(65, ']')) ==
          "cấu trúc lồng nhau quá sâu (trên 64 cấp)");
    CHECK(firstError(std::string(kMaxImportBytes + 1, ' ')) == "tệp quá lớn (trên 50 MB)");
    CHECK(firstError(mutated([](nlohmann::json& j) { j["schema"] = "other"; })) ==
          "schema: không phải tệp kế hoạch KSTTHC (schema \"other\")");
    CHECK(firstError(mutated([](nlohmann::json& j) { j["version"] = 99; })) ==
          "version: tệp được tạo bởi phiên bản mới hơn của ứng dụng (phiên bản 99)");
    CHECK(firstError(mutated([](nlohmann::json& j) { j.erase("year"); })) == "year: thiếu trường bắt buộc");
    CHECK(firstError(mutated([](nlohmann::json& j) { j["year"] = "2024"; })) ==
          "year: phải là năm từ 1900 đến 2200");
    CHECK(firstError(mutated([](nlohmann::json& j) { j["header"]["title"] = 5; })) ==
          "header.title: phải là chuỗi văn bản");
    CHECK(firstError(mutated([](nlohmann::json& j) { j["units"] = "x"; })) ==
          "units: phải là danh sách (mảng JSON)");
    CHECK(firstError(mutated([](nlohmann::json& j) { j["signature"] = 1; })) ==
          "signature: phải là đối tượng JSON");
    CHECK(firstError(mutated([](nlohmann::json& j) { j["appendix"]["groups"][1] = 3; })) ==
          "appendix.groups[1]: phải là đối tượng JSON");
    CHECK(firstError(mutated([](nlohmann::json& j) {
              j["appendix"]["groups"][2]["tasks"][0]["id"] = "task-1-1";
          })) == "appendix.groups[2].tasks[0].id: mã định danh \"task-1-1\" bị trùng");
    CHECK(firstError(mutated([](nlohmann::json& j) { j["appendix"]["groups"][0]["id"] = ""; })) ==
          "appendix.groups[0].id: mã định danh không được để trống");
    CHECK(firstError(mutated([](nlohmann::json& j) {
              j["appendix"]["groups"][2]["tasks"][0]["lead"] = "X";
          })) == "appendix.groups[2].tasks[0].lead: đơn vị \"X\" không có trong danh sách đơn vị");
    CHECK(firstError(mutated([](nlohmann::json& j) {
              j["appendix"]["groups"][0]["tasks"][1]["coordinators"][0]["unit"] = "Y";
          })) ==
          "appendix.groups[0].tasks[1].coordinators[0].unit: đơn vị \"Y\" không có trong danh sách đơn vị");
    CHECK(firstError(mutated([](nlohmann::json& j) { j["kpis"][3]["task"] = "nope"; })) ==
          "kpis[3].task: nhiệm vụ \"nope\" không có trong phụ lục");
    CHECK(firstError(mutated([](nlohmann::json& j) { j["kpis"][0]["target"] = "80%"; })) ==
          "kpis[0].target: phải là một số");
    CHECK(firstError(mutated([](nlohmann::json& j) { j["kpis"][0]["comparison"] = "~"; })) ==
          "kpis[0].comparison: phép so sánh \"~\" không hợp lệ (dùng >=, >, =)");
    CHECK(firstError(mutated([](nlohmann::json& j) { j["body"][0]["kind"] = "table"; })) ==
          "body[0].kind: loại đoạn \"table\" không hợp lệ");
    // English wording is there too.
    ImportResult r = importPlanJson(mutated([](nlohmann::json& j) { j.erase("appendix"); }));
    REQUIRE(r.errors.size() == 1);
    CHECK(formatImportError(r.errors[0], false) == "appendix: required field is missing");
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
