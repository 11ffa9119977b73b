// The browser behind one small header: frame wake-ups, storage (IDBFS), the text-input element, the
// clipboard, and the test surface on `window`. Moves bytes and strings only; knows neither the domain nor the
// UI.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace platform {

// [SECTION] Frames: the app draws only when woken

/// Called (from a browser event) whenever something happened that needs frames: `frames` of them (3 for input
/// that can change layout, 2 for the text element's text or caret, 1 for a timer: a caret blink, a save).
using WakeHandler = void (*)(int frames);
void setWakeHandler(WakeHandler handler);
/// Listens to every input, resize and focus event of the page and wakes the app for each.
void installWakeListeners();
/// Wakes the app once after `ms` milliseconds; a later call with an earlier time replaces it.
void wakeAfter(double ms);
using Handler = void (*)();
/// Called when a wakeAfter timer fires, before the wake: work that must not wait for a frame, which a
/// hidden tab never gets (a due save).
void setTimerHandler(Handler handler);
/// Milliseconds since the page started (monotonic).
double nowMs();

// [SECTION] Storage: IDBFS mounted at /data

enum class StorageState { Loading, Ready, Unavailable };

/// Mounts IndexedDB at /data and loads it (async; wakes the app when done). Nothing under /data may be
/// touched before storageState() leaves Loading.
void storageMount();
StorageState storageState();
/// Why storage is unavailable or why the last push failed, in the browser's words ("" when fine).
std::string storageError();

/// Whole file, or nothing when missing or unreadable.
std::optional<std::string> readFile(const std::string& path);
/// Size in bytes of a file (0 when missing).
std::size_t fileSize(const std::string& path);
/// Writes to `path + ".tmp"` then renames, so a half-written file never replaces a good one.
bool writeFileAtomic(const std::string& path, const std::string& data);
/// Regular files directly inside `dir` (names only), sorted.
std::vector<std::string> listFiles(const std::string& dir);
/// Renames a file; false when it fails.
bool renameFile(const std::string& from, const std::string& to);
/// Deletes a file; false when it fails.
bool removeFile(const std::string& path);
/// Creates a folder if missing.
void makeDir(const std::string& path);
/// Removes an empty folder; false when it fails (missing, not empty).
bool removeDir(const std::string& path);

struct StorageInfo {
    bool persisted = false; ///< the browser granted persistent storage
    double usage = -1;      ///< bytes used by this site (-1 unknown)
    double quota = -1;      ///< bytes available to it (-1 unknown)
};
/// What the browser last said about persistence and space (refreshed in the background).
StorageInfo storageInfo();

// The journal of unsaved edits (domain/journal.hpp): small texts kept synchronously (localStorage), which
// survive the tab closing or its renderer crashing right after an edit, before the save reaches IndexedDB.
/// The journal of a plan, if one is kept.
std::optional<std::string> journalRead(const std::string& planId);
/// Keeps the journal of a plan; false when the browser refused (storage full, or switched off).
bool journalWrite(const std::string& planId, const std::string& text);
void journalRemove(const std::string& planId);
/// The plans that have a journal.
std::vector<std::string> journalPlans();

/// Pushes /data to IndexedDB. Never two at once: a request during a push runs right after it.
void storagePush();
struct PushStatus {
    bool inFlight = false;
    bool queued = false;
    int failures = 0;           ///< consecutive failed pushes
    double lastFailureMs = -1;  ///< nowMs() of the last failed one
    double lastSuccessMs = -1;  ///< nowMs() of the last good push
    double lastSuccessWall = 0; ///< wall clock (ms since epoch) of the last good push
};
const PushStatus& pushStatus();
/// Tells the page whether closing it now would lose edits (asks for confirmation on beforeunload).
void setUnsavedChanges(bool unsaved);

// [SECTION] Tabs: one writes, the others follow

/// Stopped: this tab was writing when another became the writer (its lease lapsed, or it could not see the
/// other's Web Lock); it writes nothing more and keeps what it shows until its user takes over or follows.
enum class TabRole { Deciding, Writer, Reader, TakingOver, Stopped };
/// Starts the writer election (Web Locks, or a lease in localStorage where they are missing).
void tabsStart();
TabRole tabRole();
/// Asks the writing tab to save and step down, then becomes the writer (async; wakes the app).
void takeOverWriting();
/// A stopped tab with nothing of its own unsaved becomes an ordinary reader (reloads, follows the writer).
void followWriter();
/// Called when another tab takes over: write pending edits now (they are pushed before the role passes on).
void setStepDownHandler(Handler handler);
/// Called when /data was reloaded from IndexedDB (another tab saved, or this tab became the writer).
void setReloadHandler(Handler handler);

// [SECTION] Text input: a real HTML element follows the active field

/// What the text element holds. Offsets are UTF-8 byte offsets into `value`.
struct TextElementState {
    std::string value;
    int anchor = 0; ///< where the selection started (== caret when nothing is selected)
    int caret = 0;
    bool composing = false;               ///< an input method is composing text right now
    int composeStart = 0, composeEnd = 0; ///< the text being composed, while composing
    unsigned serial = 0;                  ///< textElementSerial() of this state
};

/// While `active`, the text element (a textarea when `multiline`) sits over the field (CSS pixels) and holds
/// the keyboard focus, so input methods, dead keys, Unikey and phone keyboards type into it; otherwise it is
/// hidden and blurred. The element edits the text itself (typing, Backspace/Delete, caret moves, selection,
/// Ctrl+A/C/X/V, undo); only Tab, Escape and Enter of a single-line field go on to the app.
/// A multi-line field is edited in the element itself, shown over the field with the app's font, size and
/// padding (`padX`, `padY`), so it wraps the way the field shows its text, and the browser moves the caret
/// and the selection along the wrapped lines.
/// `focus` false: the element does not take the keyboard focus yet (keys typed before the field became
/// active are still waiting in the app's queue; those typed after them must queue behind them, not go to the
/// element, or the element and the field would each have part of the typing and one would overwrite the
/// other).
void textInputFollow(bool active, bool focus, bool multiline, float x, float y, float w, float h,
                     float fontPx, float padX, float padY);
/// Increases each time the user changed the element (text, caret, selection, composition).
unsigned textElementSerial();
/// The element's text and selection; with `atLeave`, as they were when the key leaving the field (Tab, Enter)
/// was pressed, when one was (keys typed since are for the next field).
TextElementState textElementState(bool atLeave = false);
/// Ends a composition the input method still holds in the element (the user left the field mid-word): what it
/// composed stays in the field it was typed into, and nothing of it follows into the next field.
void textElementEndComposition();
/// Puts text and selection into the element (the app changed them, e.g. by a click in the field).
void textElementSet(const std::string& value, int anchor, int caret);
/// The text of the last paste into the element since the previous call ("" when none), as it was inserted
/// (`raw` false: a single-line field's breaks and tabs as spaces) or as the clipboard had it (`raw` true).
std::string takePastedText(bool raw);
/// Text for ImGui's own paste (what the app last copied), and copying to the system clipboard.
const char* clipboardText();
void setClipboardText(const char* text);

// [SECTION] Files in and out of the browser

/// Offers `data` to the user as a downloaded file called `name`.
void downloadFile(const std::string& name, const std::string& data, const char* mimeType);
/// A file the user picked or dropped on the page. `tooBig` when it was not read because it exceeds
/// `maxBytes` (the data is then empty).
using FileHandler = void (*)(const std::string& name, const std::string& data, bool tooBig);
/// Receives picked and dropped files; files over `maxBytes` are not read.
void setFileHandler(FileHandler handler, double maxBytes);
/// Opens the browser's file picker (call while handling a user's click).
void openFilePicker(const char* accept);

// [SECTION] Reports

/// How rendering a report ended.
enum class ReportOutcome { Done = 0, NotLoaded = 1, NotMade = 2 };
/// Renders report `reportId` of the plan (its snapshot text) in `format` (domain::ReportFormat) with the
/// report module (a second wasm program, fetched the first time, then cached): the print page goes to the
/// browser's print dialog ("Lưu thành PDF"), the .docx and the CSV are downloaded. Asynchronous: the outcome
/// comes to the report handler.
void renderReport(const std::string& planJson, const std::string& reportId, int format);
using ReportHandler = void (*)(ReportOutcome outcome);
void setReportHandler(ReportHandler handler);

// [SECTION] UI zoom

using ZoomHandler = void (*)(int step);
/// Ctrl + / Ctrl − / Ctrl 0 (the page's own zoom keys are kept for the app's UI zoom): +1, −1, 0 to reset.
void setZoomHandler(ZoomHandler handler);

// [SECTION] Updates (service worker)

/// A new version of the app is downloaded and waits for the user.
bool updateReady();
/// Switches to the new version (the page reloads).
void applyUpdate();

// [SECTION] Page and tests

void setPageTitle(const char* title);
float devicePixelRatio();
/// CSS size of the canvas.
void canvasCssSize(double& width, double& height);
/// Merges a JSON object into `window.__kstthc` (the test surface).
void publishTestState(const std::string& jsonObject);
/// True when a test asked for the full test surface (`window.__kstthcTest` set before the app started):
/// only then are widget rectangles recorded and the state published every frame.
bool testSurfaceWanted();

} // namespace platform
