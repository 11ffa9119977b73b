// The reports view (issue 13) in the native harness: a Q2 report created from the view, its texts typed, kept
// in the plan, and its CSV rendered as the report module renders it (natively, at once).
#include "ui_harness.hpp"

#include "platform/native.hpp"

#include <doctest/doctest.h>

using namespace ui_test;
namespace native = platform::native;

TEST_CASE("a report is created for Q2, its proposals typed, and its CSV holds them and every figure") {
    Harness h;
    h.start();
    h.settle();
    h.click("tab.reports");
    CHECK(h.state()["plans"].size() == 1);
    h.click("reports.choice.1"); // Quý II
    h.click("reports.create");
    const nlohmann::json plan = h.plan();
    REQUIRE(plan.contains("reports"));
    REQUIRE(plan["reports"].size() == 1);
    CHECK(plan["reports"][0]["period"] == "2024-Q2");
    h.click("report.proposals");
    ImGui::GetIO().AddInputCharactersUTF8("Đề nghị cấp máy quét");
    h.frames(3);
    CHECK(h.plan()["reports"][0]["proposals"] == "Đề nghị cấp máy quét");
    native::downloads().clear();
    h.click("report.csv");
    INFO(h.state().dump());
    REQUIRE(native::downloads().size() == 1);
    CHECK(native::downloads()[0].name == "bao-cao-kstthc-2024-Q2.csv");
    const std::string& csv = native::downloads()[0].data;
    CHECK(csv.find("Đề nghị cấp máy quét") != std::string::npos);
    CHECK(csv.find("quý II năm 2024") != std::string::npos);
    // The outputs are offered again once the module answered.
    CHECK(h.has("report.docx"));
    h.click("report.docx");
    REQUIRE(native::downloads().size() == 2);
    CHECK(native::downloads()[1].name == "bao-cao-kstthc-2024-Q2.docx");
}
