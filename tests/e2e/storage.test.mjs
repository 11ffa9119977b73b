// Never lose work: two tabs (one writes, the other follows and can take over), reloads and closed pages, storage
// failures simulated by overriding the browser's APIs, offline start.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, newProfileDir, launch, openApp, exportedPlan, waitForPlan, clickWidget, waitState, waitSaved,
  waitReady, screenshot,
  typeInto,
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

    // The follower cannot change anything: typing into the title does nothing.
    const before = (await exportedPlan(second)).header.title;
    await clickWidget(second, 'plan.title');
    await second.keyboard.type('xyz');
    await second.waitForTimeout(300);
    assert.equal((await exportedPlan(second)).header.title, before);

    // An edit in the writer appears in the follower once saved.
    await first.bringToFront();
    await typeInto(first, 'plan.title', 'Kế hoạch A1');
    await waitSaved(first);
    await waitForPlan(second, (p) => p.header.title === 'Kế hoạch A1', 10000);
    assert.equal((await exportedPlan(second)).header.title, 'Kế hoạch A1');

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
    let losses = 0;
    let current = page;
    for (let i = 1; i <= 20; i++) {
      await typeInto(current, 'plan.title', `Lần ${i}`);
      await current.waitForTimeout(1500);
      await current.close(); // as a person closes the tab 1.5 s after typing
      current = await context.newPage();
      await current.goto(url);
      await waitReady(current);
      if ((await exportedPlan(current)).header.title !== `Lần ${i}`) losses++;
    }
    assert.equal(losses, 0);
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
    await clickWidget(page, 'storage.problem'); // the message is on screen
    await screenshot(page, 'storage-full');
    const [download] = await Promise.all([page.waitForEvent('download'), clickWidget(page, 'storage.export')]);
    const exported = JSON.parse(await (await import('node:fs/promises')).readFile(await download.path(), 'utf8'));
    assert.equal(exported.header.title, 'Chưa lưu được');
    // What was stored before is intact.
    await page.evaluate(() => { window.__failQuota = false; });
    const other = await context.newPage();
    await other.goto(url);
    await waitReady(other);
    assert.ok(['Đã lưu trước', 'Chưa lưu được'].includes((await exportedPlan(other)).header.title));
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
    const exported = JSON.parse(await (await import('node:fs/promises')).readFile(await download.path(), 'utf8'));
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
      await screenshot(page, 'storage-damaged');
      await waitSaved(page);
      const paths = await storedPaths(page);
      assert.ok(paths.includes(`/data/plans/${planId}.json.damaged`), 'the damaged file is kept aside');
      assert.ok(paths.includes(`/data/plans/${planId}.json`), 'the good version is stored again');
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
  const { DIST } = await import('./helpers.mjs');
  const { stat } = await import('node:fs/promises');
  const file = `${DIST}/kehoach-kstthc.html`;
  assert.ok((await stat(file)).size > 100000, 'kehoach-kstthc.html is built (scripts/build.sh --single-file)');
  const context = await launch(await newProfileDir());
  try {
    const page = await openApp(context, `file://${file}`);
    const plan = await exportedPlan(page);
    assert.equal(plan.appendix.groups.length, 8);
    const storage = await page.evaluate(() => window.__kstthc.storage);
    await screenshot(page, 'single-file');
    // Where the browser keeps data for files (Chromium does), edits are stored and survive a reload.
    if (storage === 'ready') {
      await typeInto(page, 'plan.title', 'Từ USB');
      await waitSaved(page);
      await page.reload();
      await waitReady(page);
      assert.equal((await exportedPlan(page)).header.title, 'Từ USB');
    } else {
      assert.equal(await page.evaluate(() => window.__kstthc.save), 'memory');
    }
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
});

test('after 50 edits without an export the app reminds to export, and one click does it', async () => {
  const context = await launch(await newProfileDir(), { acceptDownloads: true });
  try {
    const page = await openApp(context, url);
    const hasReminder = () => page.evaluate(() => Object.keys(window.__kstthc.rects).includes('backup.reminder'));
    assert.equal(await hasReminder(), false);
    for (let i = 0; i < 50; i++) {
      await clickWidget(page, 'plan.title');
      await page.keyboard.press('End');
      await page.keyboard.type(String(i % 10));
      await page.keyboard.press('Enter');
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
