// The journal of unsaved edits (domain/journal.hpp) on the app's side: every edit applied is written to it
// synchronously, before the frame that shows it ends; a save adds a checkpoint; once storage holds everything
// it starts afresh; at the next start whatever storage lacks is replayed.
#include "domain/journal.hpp"
#include "platform/platform.hpp"
#include "ui/app.hpp"
#include "ui/clock.hpp"
#include "ui/i18n.hpp"

#include <algorithm>
#include <cstdio>

namespace ui {

void App::replayJournals(const std::string& currentId, std::optional<domain::Plan>& current) {
    int restored = 0;
    for (const std::string& id : platform::journalPlans()) {
        const std::optional<std::string> text = platform::journalRead(id);
        std::optional<domain::Journal> journal = text ? domain::Journal::parse(*text) : std::nullopt;
        if (!journal || journal->planId() != id)
            continue; // not ours to use: left as it is
        // A plan storage does not hold (the page ended before its first save reached IndexedDB): the journal
        // keeps the plan it started on.
        const bool stored = m_store.exists(id);
        std::optional<domain::Plan> plan = stored ? std::nullopt : journal->unstoredBase();
        if (!stored && !plan)
            continue;
        const auto pending = journal->pendingFor(stored ? m_store.storedHash(id) : std::string());
        if (!pending)
            continue; // made on a state storage does not hold: left as it is
        if (pending->empty() && stored) {
            platform::journalRemove(id); // storage has all of it
            continue;
        }
        if (stored)
            plan = (id == currentId && current) ? current : m_store.read(id);
        if (!plan)
            continue;
        for (const domain::JournalEntry& e : *pending)
            if (domain::applyEdit(*plan, e.edit, e.stamp).inverse)
                ++restored;
        if (id == currentId) {
            current = std::move(plan);
            m_replayed = std::move(journal); // kept until the replayed plan is stored
        } else if (m_store.write(*plan, wallNowMs())) {
            journal->checkpoint(m_store.lastWrittenHash(id));
            platform::journalWrite(id, journal->text());
            m_store.push();
        }
    }
    if (restored > 0) {
        char count[16];
        std::snprintf(count, sizeof count, "%d", restored);
        m_storageMessage +=
            (m_storageMessage.empty() ? "" : "\n") + std::string(tr(Str::JournalRestored)) + " " + count;
    }
}

void App::replayIfWriter(double nowMs) {
    if (!canWrite()) {
        m_journalsReplayed = false; // the journals are the writer's: another tab's while this one follows
        return;
    }
    if (m_journalsReplayed || !m_loaded || !m_store.ready())
        return;
    m_journalsReplayed = true;
    const std::string currentId = m_session.hasPlan() ? m_session.plan().meta.id : std::string();
    std::optional<domain::Plan> current;
    if (m_session.hasPlan())
        current = m_session.plan();
    replayJournals(currentId, current);
    if (m_replayed && current)
        openPlan(std::move(*current), nowMs); // shown as it was on screen, saved at the next save
}

void App::startJournal() {
    m_journal.reset();
    if (!m_session.hasPlan())
        return;
    const std::string& id = m_session.plan().meta.id;
    if (m_replayed && m_replayed->planId() == id) {
        m_journal = std::move(m_replayed);
        m_replayed.reset();
        return;
    }
    m_replayed.reset();
    if (m_store.exists(id))
        m_journal.emplace(id, m_store.storedHash(id));
    else
        m_journal = domain::Journal::ofUnstored(m_session.plan()); // its first save is still to come
}

void App::writeJournal() {
    if (!m_journal)
        return;
    if (m_journal->empty())
        platform::journalRemove(m_journal->planId());
    else if (!platform::journalWrite(m_journal->planId(), m_journal->text()))
        m_journalFailed = true; // said in a banner until a save is stored (drawBanners)
}

void App::journalApplied() {
    std::vector<Session::Applied> applied = m_session.takeApplied();
    if (applied.empty() || !m_journal || !canWrite())
        return;
    for (const Session::Applied& a : applied)
        m_journal->add(a.edit, a.stamp);
    writeJournal();
}

void App::journalSaved() {
    if (!m_journal || !m_session.hasPlan() || m_journal->planId() != m_session.plan().meta.id)
        return;
    m_journal->checkpoint(m_store.lastWrittenHash(m_journal->planId()));
    m_lastWriteMs = platform::nowMs();
    writeJournal();
}

void App::journalPushed() {
    if (!m_journal || m_journal->empty() || m_session.dirty())
        return;
    const platform::PushStatus& push = platform::pushStatus();
    if (push.inFlight || push.queued || push.failures > 0 || push.lastSuccessMs < m_lastWriteMs)
        return;
    m_journal->reset(
        m_store.lastWrittenHash(m_journal->planId())); // storage has every edit: the journal starts afresh
    m_journalFailed = false;
    writeJournal();
}

void App::retryPushIfDue(double nowMs) {
    const platform::PushStatus& push = platform::pushStatus();
    if (push.failures == 0 || push.inFlight || push.queued || !m_store.ready() || !canWrite())
        return;
    const double wait = std::min(30000.0, 1000.0 * static_cast<double>(1 << std::min(push.failures - 1, 5)));
    const double due = push.lastFailureMs + wait;
    if (nowMs >= due)
        m_store.push(); // everything written meanwhile goes with it
    else
        platform::wakeAfter(due - nowMs);
}

void App::noticeStopped() {
    const platform::TabRole role = platform::tabRole();
    if (role == platform::TabRole::Writer && m_stopped) {
        // Writing again without a reload: storage held what this tab had written, and the session kept the
        // rest.
        m_stopped = false;
        m_stoppedEdits.clear();
        writeJournal();
        return;
    }
    if (role != platform::TabRole::Stopped || m_stopped)
        return;
    m_stopped = true;
    if (m_journal)
        m_stoppedEdits =
            m_journal->pendingFor(m_journal->base()).value_or(std::vector<domain::JournalEntry>{});
    if (m_stoppedEdits.empty()) {
        m_stopped = false;
        platform::followWriter(); // nothing of its own to keep: an ordinary reader
    }
}

void App::replayOwnEdits(std::vector<domain::JournalEntry> own, double nowMs) {
    m_stopped = false;
    // What the other writer's journal holds that storage lacks comes first (the other tab may have closed
    // before its save reached storage); this tab's edits go on top, with their own stamps.
    const std::string id = m_session.plan().meta.id;
    std::optional<domain::Plan> plan = m_session.plan();
    replayJournals(id, plan);
    m_journalsReplayed = true;
    if (m_replayed) {
        m_journal = std::move(m_replayed);
        m_replayed.reset();
    }
    int applied = 0, skipped = 0;
    for (const domain::JournalEntry& e : own) {
        if (domain::changedSince(*plan, e.edit, e.stamp.time)) {
            ++skipped; // the other tab changed it later: its change stands (what is stored is not written
                       // over)
            continue;
        }
        if (domain::applyEdit(*plan, e.edit, e.stamp).inverse) {
            ++applied;
            if (m_journal)
                m_journal->add(e.edit, e.stamp);
        }
    }
    m_session.replaceFromStorage(std::move(*plan));
    m_session.markDirty(nowMs); // saved at the next save, once this tab writes
    writeJournal();
    std::string said = std::string(tr(Str::StoppedRestored)) + " " + std::to_string(applied);
    if (skipped > 0)
        said += "\n" + std::string(tr(Str::StoppedSkipped)) + " " + std::to_string(skipped);
    m_storageMessage += (m_storageMessage.empty() ? "" : "\n") + said;
}

} // namespace ui
