// An edit on screen is an edit kept: the page closed, or its renderer crashed, 0 to 500 ms after an edit
// appeared — the edit is there when the app is opened again (the journal of unsaved edits, localStorage).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, newProfileDir, launch, openApp, waitReady, waitForPlan, waitFor, exportedPlan, appendToTitle,
  screenshot } from './helpers.mjs';

let server, url;
before(async () => ({ server, url } = await startServer()));
after(() => server.close());

const DELAYS = [0, 50, 200, 500];
const CYCLES = Number(process.env.KSTTHC_DURABILITY_CYCLES || 10);

/** Opens the app in a new page of `context`. */
async function reopen(context) {
  const page = await context.newPage();
  page.errors = [];
  await page.goto(url);
  await waitReady(page);
  return page;
}


async function endPage(context, page, how) {
  if (how === 'close') {
    await page.close();
    return;
  }
  const cdp = await context.newCDPSession(page);
  const crashed = new Promise((resolve) => page.once('crash', resolve));
  cdp.send('Page.crash').catch(() => { }); // never answers: the renderer is gone
  await crashed;
  await page.close().catch(() => { });
}

for (const how of ['close', 'crash']) {
  test(`edits survive the page being ${how === 'close' ? 'closed' : 'crashed'} 0, 50, 200 and 500 ms after them`,
    async () => {
      const context = await launch(await newProfileDir());
      try {
        let page = await openApp(context, url);
        const lost = [];
        let n = 0;
        for (const delay of DELAYS) {
          for (let i = 0; i < CYCLES; i++, n++) {
            const token = ` ${how[0]}${n}`;
            await appendToTitle(page, token);
            if (delay > 0) await new Promise((r) => setTimeout(r, delay)); // the moment the page ends, on purpose
            await endPage(context, page, how);
            page = await reopen(context);
            // The journal is replayed once this page is the writer (its epoch claimed: a moment after it shows).
            const kept = await waitForPlan(page, (p) => p.header.title.includes(token), 5000).then(() => true, () => false);
            if (!kept) lost.push(`${token.trim()} (${delay} ms)`);
          }
        }
        await screenshot(page, `durability-${how}`);
        assert.deepEqual(lost, [], `edits lost: ${lost.join(', ')}`);
        // Every edit of every cycle is in the title, in order.
        const title = (await exportedPlan(page)).header.title;
        for (let k = 0; k < n; k++) assert.ok(title.includes(` ${how[0]}${k}`), `edit ${k} is in "${title}"`);
      } finally {
        await context.close();
      }
    });
}

/** The stored plan files' texts (IndexedDB as IDBFS keeps them: { timestamp, mode, contents }), read in `page`. */
function storedPlans(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('/data');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const out = [];
      const req = db.transaction(['FILE_DATA'], 'readonly').objectStore('FILE_DATA').openCursor();
      req.onsuccess = () => {
        const c = req.result;
        if (!c) { db.close(); resolve(out); return; }
        if (/^\/data\/plans\/[^/]+\.json$/.test(String(c.key)) && c.value.contents) {
          out.push(new TextDecoder().decode(c.value.contents));
        }
        c.continue();
      };
      req.onerror = () => reject(req.error);
    };
  }));
}

test('an edit followed by the tab being hidden reaches IndexedDB within a second', async () => {
  const context = await launch(await newProfileDir());
  try {
    const page = await openApp(context, url);
    await waitForPlan(page, () => true);
    await appendToTitle(page, ' hidden1');
    // Hidden, as a browser hides a background tab: no animation frames, visibilityState "hidden".
    await page.evaluate(() => {
      window.requestAnimationFrame = () => 0;
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    const hiddenAt = Date.now();
    const stored = await waitFor(() => storedPlans(page), (texts) => texts.some((t) => t.includes('hidden1')),
      { timeoutMs: 1000, what: 'the edit in IndexedDB', show: (t) => `${t.length} plan files` });
    assert.ok(stored.length > 0);
    assert.ok(Date.now() - hiddenAt <= 1500, 'stored within a second (plus the time to read it back)');
  } finally {
    await context.close();
  }
});
