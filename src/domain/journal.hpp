// The journal of edits that may not be in storage yet. Written synchronously (localStorage) at every edit,
// so that an edit on screen survives the tab being closed or the renderer crashing before the save reaches
// IndexedDB; replayed at the next start onto the stored plan it was made on; cut back once a save is known to
// be stored. See docs/schema.md, "Journal".
#pragma once

#include "domain/edit.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace domain {

/// FNV-1a (64 bits) of a stored file's text, as 16 hex digits: names which state of the plan a journal is on.
std::string contentHash(std::string_view text);

/// One edit as the journal keeps it: the operations and the stamp they were applied with.
struct JournalEntry {
    Edit edit;
    Stamp stamp;
};

class Journal {
public:
    /// An empty journal for the plan `planId` whose stored text hashes to `base`.
    Journal(std::string planId, std::string base);

    /// An empty journal for a plan storage does not hold yet (the built-in plan at a first visit, a new
    /// plan before its first save): it keeps the whole plan, so that its edits can be replayed onto it when
    /// the page ends before anything reached storage.
    static Journal ofUnstored(const Plan& plan);

    /// Reads a journal's text; nullopt when it is not one. Never throws.
    static std::optional<Journal> parse(std::string_view text);

    const std::string& planId() const { return m_planId; }
    /// The stored plan it started on (every entry is an edit that plan lacks).
    const std::string& base() const { return m_base; }
    /// Whether it holds no edit.
    bool empty() const;
    /// The plan it started on when storage did not hold it (ofUnstored), read and checked; else nullopt.
    std::optional<Plan> unstoredBase() const;

    /// Records an edit applied with `stamp`. Consecutive keystrokes into one field keep only the last value.
    void add(const Edit& edit, const Stamp& stamp);
    /// A save wrote the plan with this hash: a stored plan with it has every edit recorded so far.
    void checkpoint(const std::string& hash);
    /// The plan with this hash is known to be stored and nothing was edited since its save: start afresh.
    void reset(const std::string& base);

    /// The edits a stored plan with `storedHash` lacks: those after the base or checkpoint of that hash;
    /// nullopt when the journal was not made on that plan.
    std::optional<std::vector<JournalEntry>> pendingFor(const std::string& storedHash) const;

    /// The journal as JSON text (what is written to localStorage).
    std::string text() const;

private:
    struct Item {
        std::string json;            ///< an entry's JSON, or empty for a checkpoint
        std::string checkpoint;      ///< the hash, for a checkpoint
        std::string setId, setField; ///< for a single-op SetText entry: what it sets (to keep only the last)
    };
    std::string m_planId;
    std::string m_base;
    std::string m_unstoredBase; ///< the plan's snapshot text when storage did not hold it, else empty
    std::vector<Item> m_items;
};

} // namespace domain
