// Two writers must never happen, and when they do (a lease lapsed while its tab was blocked), the stale one
// stops instead of writing over the other's saved edits: a tab without Web Locks beside one with them, and a
// lease holder whose main thread is blocked until another tab has taken over.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import {
  startServer, newProfileDir, launch, openApp, exportedPlan, waitForPlan, clickWidget, rectOf, waitState,
  waitSaved, waitReady, screenshot, typeInto, appendToTitle, focusField, waitForRects, withTabLog,
} from './helpers.mjs';

let server, url;
before(async () => ({ server, url } = await startServer()));
after(() => server.close());

const noWebLocks = () => {
  Object.defineProperty(Navigator.prototype, 'locks', { configurable: true, get: () => undefined });
};

/** Opens another page of the same profile (so the same storage) and waits until it shows the plan. */
async function openAnother(context, initScript = null) {
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  if (initScript) await page.addInitScript(initScript);
  await page.goto(url);
  await waitReady(page);
  return page;
}

/** What storage holds, read by a fresh page that only follows (the writer's lease or lock is held). */
async function storedTitle(context) {
  const page = await openAnother(context);
  try {
    return (await exportedPlan(page)).header.title;
  } finally {
    await page.close();
  }
}

test('a tab without Web Locks beside a writer with them follows it: no saved edit is written over', async () => {
  const context = await launch(await newProfileDir());
  try {
    const first = await openApp(context, url);
    await waitState(first, () => window.__kstthc.role === 'writer');
    await typeInto(first, 'plan.title', 'Kế hoạch có khóa');
    await waitSaved(first);
    const second = await openAnother(context, noWebLocks);
    await waitState(second, () => window.__kstthc.role === 'reader' || window.__kstthc.role === 'writer');
    // The writer goes on; the tab without Web Locks sees the writer's lease and follows.
    await first.bringToFront();
    await appendToTitle(first, ' A2');
    await waitSaved(first);
    await waitForPlan(second, (p) => p.header.title.endsWith(' A2'), 10000);
    assert.equal(await second.evaluate(() => window.__kstthc.role), 'reader');
    await second.bringToFront();
    await clickWidget(second, 'plan.title');
    await second.keyboard.type(' B1'); // refused: read-only
    await second.keyboard.press('Enter');
    await first.bringToFront();
    await appendToTitle(first, ' A3');
    await waitSaved(first);
    const stored = await storedTitle(context);
    assert.ok(stored.endsWith(' A2 A3') && !stored.includes('B1'), stored);
    assert.deepEqual(second.errors, []);
  } catch (e) {
    throw withTabLog(context, e);
  } finally {
    await context.close();
  }
});

/**
 * A server that holds every request until release(): a page's synchronous request to it blocks that page's main
 * thread (no timer, no message, no frame runs) for exactly as long as the test needs.
 */
async function holdServer() {
  const held = [];
  const server = createServer((req, res) => held.push(res));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/hold`,
    release() {
      for (const res of held.splice(0)) {
        res.writeHead(200, { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'text/plain' });
        res.end('ok');
      }
    },
    close() { this.release(); server.close(); },
  };
}

test('a lease holder blocked until another tab took over (its lease lapsed): the tab that took over keeps its saved edits; the blocked one stops, ' +
  'keeps its own edit on screen and applies it again when its user goes on', async () => {
  const context = await launch(await newProfileDir());
  await context.addInitScript(noWebLocks);
  const hold = await holdServer();
  try {
    const first = await openApp(context, url);
    await waitState(first, () => window.__kstthc.role === 'writer');
    await waitSaved(first);
    const second = await openAnother(context);
    await waitState(second, () => window.__kstthc.role === 'reader');

    // An edit on screen, then the main thread blocked before its save (due 300 ms later) can run: the page
    // itself blocks the moment a frame shows the edit, on a synchronous request the test answers only once the
    // other tab has taken over and saved. (A fixed block of 9 s raced the other tab's probe: lease lapsed after
    // up to 5 s, next try up to 2 s later, 3 s for an answer — a block ending first let the writer answer.)
    await first.bringToFront();
    await focusField(first, 'plan.title');
    await first.keyboard.press('End');
    const blocked = first.evaluate(([token, holdUrl]) => new Promise((resolve) => {
      const check = () => {
        if (!JSON.parse(window.__kstthc.planJson()).header.title.endsWith(token)) { setTimeout(check, 1); return; }
        const t = Date.now();
        // Woken up, a renderer may read localStorage as it was before the block for a moment (the other tab's
        // lease and epoch reach it later; seen in CI): it is made to, for 1.5 s, here.
        const real = Storage.prototype.getItem;
        const before = { 'kstthc-writer-lease': real.call(localStorage, 'kstthc-writer-lease'),
          'kstthc-writer-epoch': real.call(localStorage, 'kstthc-writer-epoch') };
        let staleUntil = Infinity;
        Storage.prototype.getItem = function (key) {
          if (this === localStorage && key in before && Date.now() < staleUntil) return before[key];
          return real.call(this, key);
        };
        // What it writes as the lease once woken: it must not write over the lease of the tab that took over.
        const realSet = Storage.prototype.setItem;
        window.__leaseWritten = [];
        Storage.prototype.setItem = function (key, value) {
          if (this === localStorage && key === 'kstthc-writer-lease' && staleUntil !== Infinity) window.__leaseWritten.push(value);
          return realSet.call(this, key, value);
        };
        const xhr = new XMLHttpRequest();
        xhr.open('GET', holdUrl, false); // synchronous: the main thread waits here
        xhr.send();
        staleUntil = Date.now() + 1500;
        resolve(Date.now() - t);
      };
      check();
    }), [' A1', hold.url]);
    // Not awaited here: the page may block before the last key's release is delivered, and the key's
    // dispatch then waits for the block, which waits for the test (a deadlock seen on a loaded CI machine).
    const typed = first.keyboard.type(' A1');

    // The lease lapses: the other tab becomes the writer, takes the journal of the blocked tab's edit, and
    // stores an edit of its own.
    await waitState(second, () => window.__kstthc.role === 'writer', 15000);
    await second.bringToFront();
    await waitForPlan(second, (p) => p.header.title.endsWith(' A1'), 5000);
    await appendToTitle(second, ' B1');
    await waitSaved(second);
    hold.release();
    await typed;
    const blockedMs = await blocked;
    assert.ok(blockedMs > 5000, `blocked for ${blockedMs} ms: longer than a lease`);

    // The blocked tab wakes up with a save due and a lease it thinks it holds: it stops instead of writing.
    await waitState(first, () => window.__kstthc.role === 'stopped', 10000);
    assert.deepEqual(await first.evaluate(() => window.__leaseWritten), [], 'the woken tab wrote no lease');
    await first.bringToFront();
    await waitForRects(first, 'tabs.stopped', (names) => names.length === 1);
    await screenshot(first, 'two-writers-stopped');
    assert.ok((await exportedPlan(first)).header.title.endsWith(' A1'), 'what it showed stays');
    assert.ok((await first.evaluate(() => window.__kstthc.stoppedEdits)) >= 1);
    assert.ok((await storedTitle(context)).endsWith(' A1 B1'), 'the saved edit of the other tab is not written over');
    assert.equal(await second.evaluate(() => window.__kstthc.role), 'writer');

    // Its user goes on in the stopped tab: it takes over, and both tabs' edits are kept.
    await first.bringToFront();
    await clickWidget(first, 'tabs.resume');
    await waitState(first, () => window.__kstthc.role === 'writer', 15000);
    await waitState(second, () => window.__kstthc.role === 'reader', 15000);
    await waitForPlan(first, (p) => p.header.title.endsWith(' A1 B1'), 5000);
    await appendToTitle(first, ' A2');
    await waitSaved(first);
    await waitForPlan(second, (p) => p.header.title.endsWith(' A1 B1 A2'), 10000);
    assert.deepEqual(second.errors, []);
  } catch (e) {
    throw withTabLog(context, e);
  } finally {
    hold.close();
    await context.close();
  }
});

// Chromium runs a hidden tab's chained timers once a minute: the writer's lease renewal comes late and its lease
// looks lapsed. Here the writer's renewal runs every 20 s (its lease lasts 5 s).
const throttledRenewal = () => {
  const real = window.setInterval;
  window.setInterval = (fn, ms, ...rest) => real(fn, ms >= 1000 ? 20000 : ms, ...rest);
};

test('a writer whose lease renewal is throttled stays the writer when another tab opens: the new tab asks ' +
  'it and follows', async () => {
  const context = await launch(await newProfileDir());
  await context.addInitScript(noWebLocks);
  try {
    const first = await openAnother(context, throttledRenewal);
    await waitState(first, () => window.__kstthc.role === 'writer');
    await waitSaved(first);
    // Wait until its lease has lapsed (it is renewed at most every 20 s), then open another tab.
    await first.waitForFunction(() => {
      const l = JSON.parse(localStorage.getItem('kstthc-writer-lease') || 'null');
      return l && l.until < Date.now() - 500;
    }, null, { timeout: 25000, polling: 100 });
    const second = await openAnother(context);
    await waitState(second, () => window.__kstthc.role === 'reader');
    // Long enough for the new tab to have tried to take the lease more than once (every 2 s).
    await second.waitForFunction(() => {
      const l = JSON.parse(localStorage.getItem('kstthc-writer-lease') || 'null');
      return l && l.until > Date.now() + 4000;
    }, null, { timeout: 10000, polling: 100 });
    await appendToTitle(first, ' A1');
    await waitSaved(first);
    await waitForPlan(second, (p) => p.header.title.endsWith(' A1'), 10000);
    assert.equal(await first.evaluate(() => window.__kstthc.role), 'writer');
    assert.equal(await second.evaluate(() => window.__kstthc.role), 'reader');
    assert.deepEqual(first.errors, []);
    assert.deepEqual(second.errors, []);
  } catch (e) {
    throw withTabLog(context, e);
  } finally {
    await context.close();
  }
});
