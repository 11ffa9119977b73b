// The open plan and its edits (see session.hpp).
#include "ui/session.hpp"

#include "ui/clock.hpp"

#include <algorithm>

namespace ui {

namespace {

constexpr double kSaveQuietMs = 300;          ///< save this long after the last edit…
constexpr double kSaveMaxMs = 800;            ///< …but never later than this after the first unsaved one
constexpr const char* kAuthor = "Người dùng"; // i18n-ok: stored author until users set their name

constexpr std::size_t kTextLogLimit = 512; ///< more text edits than this between two frames: recompute all

/// Fields whose text no computed thing depends on (occurrences, timeliness, filters other than the search,
/// rows and their order): what a user types into the appendix, the document and the units list. Anything
/// not listed counts as a layout change.
bool textOnlyField(const std::string& field) {
    static const char* const kFields[] = {"content",   "product", "number",  "title",  "numeral", "name",
                                          "shortName", "text",    "summary", "issuer", "note"};
    for (const char* f : kFields)
        if (field == f)
            return true;
    return false;
}

/// The edited records' ids when the edit only sets such texts, else nullopt.
std::optional<std::vector<std::string>> textOnlyRecords(const domain::Edit& edit) {
    std::vector<std::string> ids;
    for (const domain::Op& op : edit.ops) {
        const auto* set = std::get_if<domain::SetText>(&op);
        if (!set || !textOnlyField(set->field))
            return std::nullopt;
        ids.push_back(set->id);
    }
    return ids;
}

} // namespace

Session::Session() : m_rng(std::random_device{}()) {}

void Session::open(domain::Plan plan, double nowMs) {
    m_plan = std::move(plan);
    m_history.clear();
    m_applied.clear();
    markDirty(nowMs); // written at the next save, with the settings that name it current
    layoutChanged();
}

void Session::replaceFromStorage(domain::Plan plan) {
    m_plan = std::move(plan);
    m_history.clear(); // edits made elsewhere: this tab's undo steps no longer apply
    m_applied.clear();
    ++m_revision;
    layoutChanged();
    m_dirty = false;
}

void Session::close() {
    m_plan.reset();
    m_history.clear();
    ++m_revision;
    layoutChanged();
    m_dirty = false;
}

std::optional<domain::Message> Session::apply(const domain::Edit& edit, const std::string& undoKey,
                                              double nowMs) {
    if (!m_plan || edit.ops.empty())
        return std::nullopt;
    const domain::Stamp now = stamp();
    if (std::optional<domain::Message> error = m_history.apply(*m_plan, edit, now, undoKey))
        return error;
    m_applied.push_back({edit, now});
    markDirty(nowMs);
    std::optional<std::vector<std::string>> texts = textOnlyRecords(edit);
    if (!texts || m_textLog.size() + texts->size() > kTextLogLimit) {
        layoutChanged();
        return std::nullopt;
    }
    for (std::string& id : *texts)
        m_textLog.emplace_back(m_revision, std::move(id));
    return std::nullopt;
}

std::optional<std::vector<std::string>> Session::textChangesSince(unsigned revision) const {
    if (revision < m_layoutAt || revision > m_revision)
        return std::nullopt;
    std::vector<std::string> ids;
    for (const auto& [at, id] : m_textLog)
        if (at > revision)
            ids.push_back(id);
    return ids;
}

void Session::layoutChanged() {
    ++m_layoutRevision;
    m_layoutAt = m_revision;
    m_textLog.clear();
}

bool Session::undo(double nowMs) {
    const domain::Stamp now = stamp();
    std::optional<domain::Edit> step;
    if (m_history.nextUndo())
        step = *m_history.nextUndo();
    if (!m_plan || !step || !m_history.undo(*m_plan, now))
        return false;
    m_applied.push_back({std::move(*step), now});
    markDirty(nowMs);
    layoutChanged(); // what the step undid is not known here
    return true;
}

bool Session::redo(double nowMs) {
    const domain::Stamp now = stamp();
    std::optional<domain::Edit> step;
    if (m_history.nextRedo())
        step = *m_history.nextRedo();
    if (!m_plan || !step || !m_history.redo(*m_plan, now))
        return false;
    m_applied.push_back({std::move(*step), now});
    markDirty(nowMs);
    layoutChanged();
    return true;
}

domain::Stamp Session::stamp() const {
    return {utcNowIso(), kAuthor};
}

std::string Session::newId(const char* prefix) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string id = std::string(prefix) + "-";
    const std::uint64_t r = m_rng();
    for (int i = 0; i < 12; ++i)
        id += kHex[(r >> (i * 4)) & 0xF];
    return id;
}

void Session::markDirty(double nowMs) {
    ++m_revision;
    if (!m_dirty)
        m_firstDirtyMs = nowMs;
    m_dirty = true;
    m_lastEditMs = nowMs;
}

double Session::saveDueMs() const {
    return std::min(m_lastEditMs + kSaveQuietMs, m_firstDirtyMs + kSaveMaxMs);
}

} // namespace ui
