// The open plan and its edits (see session.hpp).
#include "ui/session.hpp"

#include "ui/clock.hpp"

#include <algorithm>

namespace ui {

namespace {

constexpr double kSaveQuietMs = 300;          ///< save this long after the last edit…
constexpr double kSaveMaxMs = 800;            ///< …but never later than this after the first unsaved one
constexpr const char* kAuthor = "Người dùng"; // i18n-ok: stored author until users set their name

} // namespace

Session::Session() : m_rng(std::random_device{}()) {}

void Session::open(domain::Plan plan, double nowMs) {
    m_plan = std::move(plan);
    m_history.clear();
    markDirty(nowMs); // written at the next save, with the settings that name it current
}

void Session::replaceFromStorage(domain::Plan plan) {
    m_plan = std::move(plan);
    m_history.clear(); // edits made elsewhere: this tab's undo steps no longer apply
    ++m_revision;
    m_dirty = false;
}

void Session::close() {
    m_plan.reset();
    m_history.clear();
    ++m_revision;
    m_dirty = false;
}

std::optional<domain::Message> Session::apply(const domain::Edit& edit, const std::string& undoKey,
                                              double nowMs) {
    if (!m_plan || edit.ops.empty())
        return std::nullopt;
    if (std::optional<domain::Message> error = m_history.apply(*m_plan, edit, stamp(), undoKey))
        return error;
    markDirty(nowMs);
    return std::nullopt;
}

bool Session::undo(double nowMs) {
    if (!m_plan || !m_history.undo(*m_plan, stamp()))
        return false;
    markDirty(nowMs);
    return true;
}

bool Session::redo(double nowMs) {
    if (!m_plan || !m_history.redo(*m_plan, stamp()))
        return false;
    markDirty(nowMs);
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
