// An edit on screen survives the page dying before the save reaches storage: the journal (localStorage in the
// browser) is written in the frame of the edit and replayed at the next start.
#include "ui_harness.hpp"

#include "domain/plan_json.hpp"

#include <doctest/doctest.h>

#include <map>
#include <string>

using namespace ui_test;
namespace native = platform::native;

namespace {

struct Stored {
    std::map<std::string, std::string> files, journals;
};

/// Types `text` at the end of the first task's content; returns the task id.
std::string typeIntoFirstTask(Harness& h, const std::string& text) {
    h.click("tab.appendix");
    const domain::Plan plan = *domain::importPlanJson(h.app.planJson()).plan;
    const std::string task = plan.groups[0].tasks[0].meta.id;
    h.click("task:" + task);
    h.click("task.content");
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiKey_End, true);
    h.frame();
    io.AddKeyEvent(ImGuiKey_End, false);
    io.AddInputCharactersUTF8(text.c_str());
    h.frames(2); // on screen; the save is due 300 ms after the last key, and no frame comes that late
    return task;
}

std::string contentOf(const std::string& planJson, const std::string& taskId) {
    const domain::Plan plan = *domain::importPlanJson(planJson).plan;
    const domain::Task* t = domain::findTask(plan, taskId);
    return t ? t->content : std::string();
}

} // namespace

TEST_CASE("an edit on screen survives the page dying before the save: the journal is replayed at start") {
    Stored died;
    std::string task, shown;
    {
        Harness h;
        h.start();
        h.settle(); // the built-in plan is stored
        task = typeIntoFirstTask(h, " — thêm ý mới");
        shown = contentOf(h.app.planJson(), task);
        REQUIRE(shown.find("thêm ý mới") != std::string::npos);
        // The page dies now: what storage holds is the plan as it was; the journal has the edit.
        died = {native::files(), native::journals()};
        CHECK(contentOf(died.files.at("/data/plans/" +
                                      domain::importPlanJson(h.app.planJson()).plan->meta.id + ".json"),
                        task) != shown);
        REQUIRE(died.journals.size() == 1);
    }
    std::map<std::string, std::string> files;
    {
        Harness again;
        native::files() = died.files;
        native::journals() = died.journals;
        again.start();
        CHECK(contentOf(again.app.planJson(), task) == shown);
        CHECK(again.state()["storageMessage"].get<std::string>().find("khôi phục") != std::string::npos);
        // Saved and stored: the journal starts afresh, and a later start replays nothing.
        again.settle();
        again.frames(2);
        CHECK(native::journals().empty());
        files = native::files();
    }
    Harness third;
    native::files() = files;
    third.start();
    CHECK(contentOf(third.app.planJson(), task) == shown);
    CHECK(third.state()["storageMessage"].get<std::string>().find("khôi phục") == std::string::npos);
}

TEST_CASE("a journal made on a state storage no longer holds is not replayed over it") {
    Stored died;
    std::string task;
    {
        Harness h;
        h.start();
        h.settle();
        task = typeIntoFirstTask(h, " x");
        died.journals = native::journals();
        h.settle(); // saved after all
        h.frames(2);
        died.files = native::files();
    }
    // A journal whose base and checkpoints are not what storage holds (it was written before the save that
    // stored its edit, and that state is gone) is not replayed over the stored plan.
    Harness again;
    native::files() = died.files;
    native::journals() = died.journals;
    again.start();
    CHECK(contentOf(again.app.planJson(), task).size() > 2);
    CHECK(again.state()["storageMessage"].get<std::string>().find("khôi phục") == std::string::npos);
}

TEST_CASE("a following tab leaves the writer's journal alone; it replays it once it writes itself") {
    Stored died;
    std::string task, shown, before;
    {
        Harness h;
        h.start();
        h.settle();
        before = contentOf(h.app.planJson(),
                           domain::importPlanJson(h.app.planJson()).plan->groups[0].tasks[0].meta.id);
        task = typeIntoFirstTask(h, " — của tab đang ghi");
        shown = contentOf(h.app.planJson(), task);
        died = {native::files(), native::journals()};
    }
    Harness reader;
    native::files() = died.files;
    native::journals() = died.journals;
    reader.app.start();
    native::mount(platform::StorageState::Ready, platform::TabRole::Reader);
    reader.frames(3);
    CHECK(contentOf(reader.app.planJson(), task) == before); // what is stored, not the writer's screen
    CHECK(native::journals() == died.journals);
    CHECK(native::files() == died.files);                                    // a follower writes nothing
    native::mount(platform::StorageState::Ready, platform::TabRole::Writer); // the writer has gone
    reader.frames(3);
    CHECK(contentOf(reader.app.planJson(), task) == shown);
}

TEST_CASE("a journal the browser refuses to keep is said on screen until the edit is stored") {
    Harness h;
    h.start();
    h.settle();
    native::journalRefused() = true;
    typeIntoFirstTask(h, " y");
    h.frame();
    CHECK(h.has("storage.journal"));
    h.settle(); // saved and stored: nothing is at risk any more
    h.frames(2);
    CHECK_FALSE(h.has("storage.journal"));
}

namespace {

/// What another tab that became the writer does: it stores the plan with a new title.
void anotherTabStoresTitle(const std::string& planId, const std::string& title) {
    std::string& file = native::files().at("/data/plans/" + planId + ".json");
    domain::Plan plan = *domain::importPlanJson(file).plan;
    plan.title = title;
    file = domain::exportPlanJson(plan);
}

} // namespace

TEST_CASE("a tab stopped because another became the writer keeps its edits and applies them again on top") {
    Harness h;
    h.start();
    h.settle();
    const std::string planId = h.plan()["id"];
    const std::string task = typeIntoFirstTask(h, " — của thẻ bị dừng");
    const std::string shown = contentOf(h.app.planJson(), task);
    // Meanwhile another tab took over (this tab's lease lapsed) and stored its own edit.
    anotherTabStoresTitle(planId, "Tiêu đề của thẻ kia");
    const std::map<std::string, std::string> storedByOther = native::files();
    native::setRole(platform::TabRole::Stopped);
    h.settle();
    CHECK(h.state()["role"] == "stopped");
    CHECK(h.state()["stoppedEdits"] == 1);
    CHECK(h.has("tabs.stopped"));
    CHECK(contentOf(h.app.planJson(), task) == shown); // what it shows stays
    CHECK(native::files() == storedByOther);           // and it writes nothing
    h.click("tabs.resume");                            // its user goes on editing here
    CHECK(h.state()["role"] == "takingOver");
    h.app.reloadFromStorage(); // what the page does once the epoch is claimed: reload, then write
    native::setRole(platform::TabRole::Writer);
    h.settle();
    h.frames(2);
    const std::string stored = native::files().at("/data/plans/" + planId + ".json");
    CHECK(contentOf(stored, task) == shown);
    CHECK(domain::importPlanJson(stored).plan->title == "Tiêu đề của thẻ kia");
    CHECK(h.state()["storageMessage"].get<std::string>().find("ghi lại") != std::string::npos);
    CHECK_FALSE(h.has("tabs.stopped"));
}

TEST_CASE("a stopped tab with no edits of its own just follows the writer") {
    Harness h;
    h.start();
    h.settle();
    h.frames(2);
    native::setRole(platform::TabRole::Stopped);
    h.frames(2);
    CHECK(h.state()["role"] == "reader");
}

TEST_CASE("a stopped tab going on does not write its older edit over the other tab's later change of it") {
    Harness h;
    h.start();
    h.settle();
    const std::string planId = h.plan()["id"];
    const std::string task = typeIntoFirstTask(h, " — của thẻ bị dừng");
    {
        // The other tab changed the same task after this tab's edit.
        std::string& file = native::files().at("/data/plans/" + planId + ".json");
        domain::Plan plan = *domain::importPlanJson(file).plan;
        domain::Task& t = plan.groups[0].tasks[0];
        REQUIRE(t.meta.id == task);
        t.content = "Nội dung của thẻ kia";
        t.meta.modified = "2099-01-01T00:00:00Z";
        file = domain::exportPlanJson(plan);
    }
    native::setRole(platform::TabRole::Stopped);
    h.settle();
    h.click("tabs.resume");
    h.app.reloadFromStorage();
    native::setRole(platform::TabRole::Writer);
    h.settle();
    h.frames(2);
    CHECK(contentOf(native::files().at("/data/plans/" + planId + ".json"), task) == "Nội dung của thẻ kia");
    CHECK(contentOf(h.app.planJson(), task) == "Nội dung của thẻ kia");
    CHECK(h.state()["storageMessage"].get<std::string>().find("Không ghi lại") != std::string::npos);
}

TEST_CASE("at a first visit, an edit made before the built-in plan's first save reached storage survives") {
    Stored died;
    std::string task, shown;
    {
        Harness h;
        h.start();
        const std::map<std::string, std::string> atStart = native::files();
        const std::string planFile =
            "/data/plans/" + domain::importPlanJson(h.app.planJson()).plan->meta.id + ".json";
        REQUIRE(atStart.count(planFile) == 0); // shown, not stored yet
        task = typeIntoFirstTask(h, " — gõ ngay khi mở");
        shown = contentOf(h.app.planJson(), task);
        REQUIRE(shown.find("gõ ngay khi mở") != std::string::npos);
        // The page dies before anything reached IndexedDB: storage is as it was at the start.
        died = {atStart, native::journals()};
        REQUIRE(died.journals.size() == 1);
    }
    Harness again;
    native::files() = died.files;
    native::journals() = died.journals;
    again.start();
    CHECK(contentOf(again.app.planJson(), task) == shown);
    again.settle();
    again.frames(2);
    CHECK(native::journals().empty()); // stored now: the journal starts afresh
    const domain::Plan stored =
        *domain::importPlanJson(
             native::files().at("/data/plans/" + domain::importPlanJson(again.app.planJson()).plan->meta.id +
                                ".json"))
             .plan;
    CHECK(domain::findTask(stored, task)->content == shown);
}
