// The open plan: its undo history, its revision (what views cache by), who is editing, and when it is due to
// be saved (within a second of the last edit). Every change of the plan goes through here, between frames.
#pragma once

#include "domain/edit.hpp"
#include "domain/plan.hpp"

#include <optional>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace ui {

class Session {
public:
    Session();

    bool hasPlan() const { return m_plan.has_value(); }
    const domain::Plan& plan() const { return *m_plan; }
    const std::optional<domain::Plan>& maybePlan() const { return m_plan; }
    /// Increases with every change of the plan (views cache what they compute by it).
    unsigned revision() const { return m_revision; }
    /// Increases with every change except edits of texts nothing is computed from (a task's content, a
    /// group's title, …: see textChangesSince). Occurrences, rows and the like are kept by it, so that typing
    /// into a field of a large plan does not recompute them at every key.
    unsigned layoutRevision() const { return m_layoutRevision; }
    /// The ids of the records whose texts changed after `revision`, when nothing but such text edits happened
    /// since (ids may repeat); nullopt when anything else changed or the list was dropped (recompute all).
    std::optional<std::vector<std::string>> textChangesSince(unsigned revision) const;
    const domain::History& history() const { return m_history; }

    /// Opens another plan: history cleared, written at the next save.
    void open(domain::Plan plan, double nowMs);
    /// Shows what storage holds now (another tab wrote it): history cleared, nothing to write.
    void replaceFromStorage(domain::Plan plan);
    void close();

    /// Applies a user's edit (undoable). Returns the domain's refusal, if any; the plan is then unchanged.
    std::optional<domain::Message> apply(const domain::Edit& edit, const std::string& undoKey, double nowMs);
    bool undo(double nowMs);
    bool redo(double nowMs);

    /// An edit applied to the open plan, with the stamp it was applied with (undo and redo included).
    struct Applied {
        domain::Edit edit;
        domain::Stamp stamp;
    };
    /// The edits applied since the last call, oldest first (what the journal records).
    std::vector<Applied> takeApplied() { return std::exchange(m_applied, {}); }

    /// Who changes things now, and when (ISO-8601 UTC).
    domain::Stamp stamp() const;
    /// A fresh random record id: "<prefix>-<12 hex digits>".
    std::string newId(const char* prefix);

    // [SECTION] Save timing: quiet for 300 ms after the last edit, never later than 800 ms after the first

    bool dirty() const { return m_dirty; }
    void markDirty(double nowMs);
    void markSaved() { m_dirty = false; }
    /// When the pending save is due (page time, ms); meaningful while dirty().
    double saveDueMs() const;
    /// Makes a pending save due at once (another tab takes over, the page is closing).
    void saveNow() { m_lastEditMs = m_firstDirtyMs = -1e9; }

private:
    /// A change that is not text-only: everything computed from the plan is stale.
    void layoutChanged();

    std::optional<domain::Plan> m_plan;
    domain::History m_history;
    unsigned m_revision = 0;
    unsigned m_layoutRevision = 0;
    unsigned m_layoutAt = 0; ///< the revision of the last change that was not text-only
    std::vector<std::pair<unsigned, std::string>> m_textLog; ///< (revision, record id) since m_layoutAt
    std::vector<Applied> m_applied;
    bool m_dirty = false;
    double m_firstDirtyMs = 0;
    double m_lastEditMs = 0;
    std::mt19937_64 m_rng;
};

} // namespace ui
