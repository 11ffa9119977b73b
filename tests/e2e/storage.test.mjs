// Never lose work: two tabs (one writes, the other follows and can take over), reloads and closed pages, storage
// failures simulated by overriding the browser's APIs, offline start.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, stat } from 'node:fs/promises';
import {
  DIST, startServer, newProfileDir, launch, openApp, exportedPlan, waitForPlan, clickWidget, rectOf, waitState,
  waitSaved, waitReady, screenshot, typeInto, appendText, waitFor, waitDrawnAndSettled, framesNow, rectNames,
} from './helpers.mjs';

let server;
let url;
before(async () => { ({ server, url } = await startServer()); });
after(() => server.close());


const role = (page) => page.evaluate(() => window.__kstthc.role);

test('two tabs: the second follows read-only, takes over, and alternating edits are all kept', async () => {
  const context = await launch(await newProfileDir());
  try {
    const first = await openApp(context, url);
    await waitState(first, () => window.__kstthc.role === 'writer');
    await waitSaved(first);
    const second = await context.newPage();
    second.errors = [];
    second.on('pageerror', (e) => second.errors.push(String(e)));
    await second.goto(url);
    await waitReady(second);
    await waitState(second, () => window.__kstthc.role === 'reader');
    await screenshot(second, 'tabs-reader');

    // The follower cannot change anything: the title cannot be made active, and typing changes nothing.
    // (No focusField here: the field must not become active. Each step waits for the frame that handled it.)
    const before = (await exportedPlan(second)).header.title;
    await rectOf(second, 'tabs.banner');
    let frames = await framesNow(second);
    await clickWidget(second, 'plan.title');
    await waitDrawnAndSettled(second, frames);
    assert.equal(await second.evaluate(() => window.__kstthc.activeField), '');
    frames = await framesNow(second);
    await second.keyboard.type('xyz');
    await waitDrawnAndSettled(second, frames);
    assert.equal((await exportedPlan(second)).header.title, before);
    assert.equal(await second.evaluate(() => window.__kstthc.canUndo), false);

    // An edit in the writer appears in the follower once saved.
    await first.bringToFront();
    await typeInto(first, 'plan.title', 'Kế hoạch A1');
    await waitSaved(first);
    await waitForPlan(second, (p) => p.header.title === 'Kế hoạch A1', 10000);

    // The follower takes over: the first tab steps down.
    await second.bringToFront();
    await clickWidget(second, 'tabs.takeover');
    await waitState(second, () => window.__kstthc.role === 'writer');
    await waitState(first, () => window.__kstthc.role === 'reader');
    await clickWidget(second, 'task:task-1-2');
    await waitState(second, () => window.__kstthc.selected === 'task-1-2');
    await typeInto(second, 'task.number', '2b');
    await waitSaved(second);
    await waitForPlan(first, (p) => p.appendix.groups[0].tasks[1].number === '2b', 10000);

    // And back: the first tab takes over again and edits; nothing either tab wrote is lost.
    await first.bringToFront();
    await clickWidget(first, 'tabs.takeover');
    await waitState(first, () => window.__kstthc.role === 'writer');
    await waitState(second, () => window.__kstthc.role === 'reader');
    await typeInto(first, 'plan.title', 'Kế hoạch A2');
    await waitSaved(first);
    const seen = await waitForPlan(second, (p) => p.header.title === 'Kế hoạch A2', 10000);
    assert.equal(seen.appendix.groups[0].tasks[1].number, '2b');
    await second.reload();
    await waitReady(second);
    const stored = await exportedPlan(second);
    assert.equal(stored.header.title, 'Kế hoạch A2');
    assert.equal(stored.appendix.groups[0].tasks[1].number, '2b');
    assert.equal(await role(second), 'reader');
    assert.deepEqual(first.errors, []);
    assert.deepEqual(second.errors, []);
  } finally {
    await context.close();
  }
});

test('an edit survives a reload, and closing the page 1.5 s after an edit loses nothing (20 times)', async () => {
  const profile = await newProfileDir();
  let context = await launch(profile);
  try {
    const page = await openApp(context, url);
    await typeInto(page, 'plan.title', 'Lần 0');
    await waitSaved(page);
    await page.reload();
    await waitReady(page);
    assert.equal((await exportedPlan(page)).header.title, 'Lần 0');
    const lost = [];
    let current = page;
    for (let i = 1; i <= 20; i++) {
      await typeInto(current, 'plan.title', `Lần ${i}`);
      await waitForPlan(current, (p) => p.header.title === `Lần ${i}`); // the edit is in the plan …
      // … and the page is closed 1.5 s later, as a person closes the tab (the app saves within a second). The
      // wait is the scenario, not a guess: no state is polled for on purpose.
      await current.waitForTimeout(1500);
      await current.close();
      current = await context.newPage();
      await current.goto(url);
      await waitReady(current);
      const title = (await exportedPlan(current)).header.title;
      if (title !== `Lần ${i}`) lost.push(`Lần ${i} (found "${title}")`);
    }
    assert.deepEqual(lost, []);
  } finally {
    await context.close();
  }
});

/** Makes IndexedDB writes fail as a full disk does, while window.__failQuota is true. */
function quotaScript() {
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (...args) {
    if (window.__failQuota) throw new DOMException('The quota has been exceeded (simulated).', 'QuotaExceededError');
    return put.apply(this, args);
  };
}

test('storage full: the message appears, what was stored stays, the work can be exported at once', async () => {
  const profile = await newProfileDir();
  const context = await launch(profile, { acceptDownloads: true });
  try {
    await context.addInitScript(quotaScript);
    const page = await openApp(context, url);
    await typeInto(page, 'plan.title', 'Đã lưu trước');
    await waitSaved(page);
    await page.evaluate(() => { window.__failQuota = true; });
    await typeInto(page, 'plan.title', 'Chưa lưu được');
    await waitState(page, () => window.__kstthc.save === 'error');
    await rectOf(page, 'storage.problem'); // the message is on screen
    await screenshot(page, 'storage-full');
    const [download] = await Promise.all([page.waitForEvent('download'), clickWidget(page, 'storage.export')]);
    const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.equal(exported.header.title, 'Chưa lưu được');
    // What was stored before is intact: a second tab (which reads what is stored; writes still fail in the
    // first) opens the plan as it was last saved.
    const other = await context.newPage();
    await other.goto(url);
    await waitReady(other);
    assert.equal((await exportedPlan(other)).header.title, 'Đã lưu trước');
    assert.equal(await page.evaluate(() => window.__kstthc.save), 'error');
    await other.close();
  } finally {
    await context.close();
  }
});

test('no IndexedDB (private window, blocked storage): a plain message, work in memory, export works', async () => {
  const context = await launch(await newProfileDir(), { acceptDownloads: true });
  try {
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => undefined });
    });
    const page = await openApp(context, url);
    await waitState(page, () => window.__kstthc.storage === 'unavailable' && window.__kstthc.save === 'memory');
    await typeInto(page, 'plan.title', 'Chỉ trong bộ nhớ');
    await waitForPlan(page, (p) => p.header.title === 'Chỉ trong bộ nhớ');
    await screenshot(page, 'storage-unavailable');
    const [download] = await Promise.all([page.waitForEvent('download'), clickWidget(page, 'storage.export')]);
    const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.equal(exported.header.title, 'Chỉ trong bộ nhớ');
  } finally {
    await context.close();
  }
});

/** Keys of IDBFS's database (file paths), read in the page. */
async function storedPaths(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('/data');
    open.onsuccess = () => {
      const req = open.result.transaction(['FILE_DATA'], 'readonly').objectStore('FILE_DATA').getAllKeys();
      req.onsuccess = () => { resolve(req.result.map(String)); open.result.close(); };
      req.onerror = () => reject(req.error);
    };
    open.onerror = () => reject(open.error);
  }));
}

test('a damaged stored plan is set aside and its newest good version opens; versions restore (undoably)',
  async () => {
    const profile = await newProfileDir();
    let context = await launch(profile);
    let planId;
    try {
      const page = await openApp(context, url);
      await waitSaved(page);
      const original = (await exportedPlan(page)).header.title;
      assert.notEqual(original, 'Bản mới');
      planId = (await exportedPlan(page)).id;
      assert.ok((await storedPaths(page)).some((k) => k.startsWith(`/data/versions/${planId}/`)));

      // Restore: edit, then bring back the saved version, then undo the restore.
      await typeInto(page, 'plan.title', 'Bản mới');
      await waitSaved(page);
      await clickWidget(page, 'menu.data');
      await clickWidget(page, 'menu.data.versions');
      await clickWidget(page, 'versions.restore0');
      await waitForPlan(page, (p) => p.header.title === original);
      await page.keyboard.press('Control+Z');
      await waitForPlan(page, (p) => p.header.title === 'Bản mới');
      await waitSaved(page);

      // Damage the stored plan file behind the app's back.
      await page.evaluate((path) => new Promise((resolve, reject) => {
        const open = indexedDB.open('/data');
        open.onsuccess = () => {
          const store = open.result.transaction(['FILE_DATA'], 'readwrite').objectStore('FILE_DATA');
          const get = store.get(path);
          get.onsuccess = () => {
            const entry = get.result;
            entry.contents = new TextEncoder().encode('{"schema": "kstthc-plan", "version": 1, "title": ');
            entry.timestamp = new Date();
            const put = store.put(entry, path);
            put.onsuccess = () => { open.result.close(); resolve(); };
            put.onerror = () => reject(put.error);
          };
        };
      }), `/data/plans/${planId}.json`);
    } finally {
      await context.close();
    }
    context = await launch(profile);
    try {
      const page = await openApp(context, url);
      const plan = await exportedPlan(page);
      assert.equal(plan.id, planId);
      assert.equal(plan.appendix.groups.length, 8);
      // The newest version is the one kept when the restore replaced "Bản mới" (the first, older one holds the
      // original title).
      assert.equal(plan.header.title, 'Bản mới');
      await screenshot(page, 'storage-damaged');
      await waitSaved(page);
      const want = [`/data/plans/${planId}.json`, `/data/plans/${planId}.json.damaged`];
      await waitFor(() => storedPaths(page), (paths) => want.every((p) => paths.includes(p)),
        { what: `${want.join(' and ')} stored (the damaged file kept aside, the good version stored again)` });
    } finally {
      await context.close();
    }
  });

test('offline: after one visit the app starts without the network and shows the stored plan', async () => {
  const context = await launch(await newProfileDir());
  try {
    const page = await openApp(context, url);
    await typeInto(page, 'plan.title', 'Làm việc không cần mạng');
    await waitSaved(page);
    // The service worker has cached the app and controls the page.
    await page.waitForFunction(async () => {
      const reg = await navigator.serviceWorker.ready;
      return !!reg.active && !!navigator.serviceWorker.controller;
    }, null, { timeout: 30000 });
    const manifest = await page.evaluate(async () => (await fetch('manifest.webmanifest')).json());
    assert.equal(manifest.lang, 'vi');
    await context.setOffline(true);
    await page.reload();
    await waitReady(page);
    assert.equal((await exportedPlan(page)).header.title, 'Làm việc không cần mạng');
    await screenshot(page, 'offline-start');
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
});

test('the single-file build opens from file:// and shows the plan', async () => {
  const file = `${DIST}/kehoach-kstthc.html`;
  assert.ok((await stat(file)).size > 100000, 'kehoach-kstthc.html is built (scripts/build.sh --single-file)');
  const context = await launch(await newProfileDir());
  try {
    const page = await openApp(context, `file://${file}`);
    const plan = await exportedPlan(page);
    assert.equal(plan.appendix.groups.length, 8);
    await screenshot(page, 'single-file');
    // Chromium keeps data for files: storage works, and edits are stored and survive a reload.
    await waitState(page, () => window.__kstthc.storage === 'ready');
    await typeInto(page, 'plan.title', 'Từ USB');
    await waitForPlan(page, (p) => p.header.title === 'Từ USB');
    await waitSaved(page);
    await page.reload();
    await waitReady(page);
    assert.equal((await exportedPlan(page)).header.title, 'Từ USB');
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
});

test('after 50 edits without an export the app reminds to export, and one click does it', async () => {
  const context = await launch(await newProfileDir(), { acceptDownloads: true });
  try {
    const page = await openApp(context, url);
    const hasReminder = async () => (await rectNames(page, 'backup.reminder')).length > 0;
    await waitState(page, () => window.__kstthc.save === 'saved' && window.__kstthc.settled === true);
    assert.equal(await hasReminder(), false);
    // Each time the title is edited anew counts as one edit (the keystrokes of one editing count once).
    let title = (await exportedPlan(page)).header.title;
    for (let i = 0; i < 50; i++) {
      if (i === 49) {
        // 49 edits: no reminder yet (checked on frames drawn after the 49th edit reached the plan).
        const frames = await framesNow(page);
        await page.mouse.move(5, 790);
        await waitDrawnAndSettled(page, frames);
        assert.equal(await hasReminder(), false, 'no reminder after 49 edits');
      }
      await appendText(page, 'plan.title', String(i % 10));
      title += String(i % 10);
      await waitForPlan(page, (p) => p.header.title === title);
    }
    await page.waitForFunction(() => Object.keys(window.__kstthc.rects).includes('backup.reminder'));
    await screenshot(page, 'storage-backup-reminder', { x: 0, y: 0, width: 1280, height: 120 });
    const [download] = await Promise.all([page.waitForEvent('download'), clickWidget(page, 'backup.export')]);
    assert.match(download.suggestedFilename(), /\.json$/);
    await page.waitForFunction(() => !Object.keys(window.__kstthc.rects).includes('backup.reminder'));
  } finally {
    await context.close();
  }
});

test('without Web Locks a lease in localStorage still lets exactly one tab write, and hands over', async () => {
  const context = await launch(await newProfileDir());
  try {
    await context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'locks', { configurable: true, get: () => undefined });
    });
    const first = await openApp(context, url);
    await waitState(first, () => window.__kstthc.role === 'writer');
    const second = await context.newPage();
    await second.goto(url);
    await waitReady(second);
    await waitState(second, () => window.__kstthc.role === 'reader');
    await page2TakeOver(second);
    await waitState(second, () => window.__kstthc.role === 'writer', 15000);
    await waitState(first, () => window.__kstthc.role === 'reader', 15000);
    await typeInto(second, 'plan.title', 'Không có Web Locks');
    await waitSaved(second);
    await waitForPlan(first, (p) => p.header.title === 'Không có Web Locks', 10000);
  } finally {
    await context.close();
  }
});

async function page2TakeOver(page) {
  await page.bringToFront();
  await clickWidget(page, 'tabs.takeover');
}
