// Defects of the structure issue seen from the browser: a damaged settings file in IndexedDB, a snapshot of
// another plan imported as a replacement, a hostile number in a snapshot, deleting a plan with its versions.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startServer, newProfileDir, launch, openApp, exportedPlan, waitForPlan, clickWidget, waitState, waitSaved,
  chooseMenu, screenshot,
} from './helpers.mjs';

let server;
let url;
before(async () => { ({ server, url } = await startServer()); });
after(() => server.close());

/** Runs `fn(files)` on IDBFS's store of /data in a page of the app's origin that is not the app. */
async function withStoredFiles(context, fn, arg) {
  const page = await context.newPage();
  try {
    await page.goto(`${url}manifest.webmanifest`); // same origin, no app running
    return await page.evaluate(fn, arg);
  } finally {
    await page.close();
  }
}

/** Puts `text` as the content of the stored file `path` (IDBFS entry: { timestamp, mode, contents }). */
function putStoredFile(context, path, text) {
  return withStoredFiles(context, ({ path, text }) => new Promise((resolve, reject) => {
    const open = indexedDB.open('/data');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['FILE_DATA'], 'readwrite');
      const store = tx.objectStore('FILE_DATA');
      const get = store.get(path);
      get.onsuccess = () => {
        const entry = get.result;
        if (!entry) { reject(new Error(`no stored file ${path}`)); return; }
        entry.contents = new TextEncoder().encode(text);
        entry.timestamp = new Date();
        store.put(entry, path);
      };
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }), { path, text });
}

/** The stored files whose path starts with `prefix`, with their text. */
function storedFiles(context, prefix) {
  return withStoredFiles(context, (prefix) => new Promise((resolve, reject) => {
    const open = indexedDB.open('/data');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const out = {};
      const req = db.transaction(['FILE_DATA'], 'readonly').objectStore('FILE_DATA').openCursor();
      req.onsuccess = () => {
        const c = req.result;
        if (!c) { db.close(); resolve(out); return; }
        if (String(c.key).startsWith(prefix)) {
          out[c.key] = c.value.contents ? new TextDecoder().decode(c.value.contents) : null; // null: a folder
        }
        c.continue();
      };
      req.onerror = () => reject(req.error);
    };
  }), prefix);
}

async function importFile(page, path) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), chooseMenu(page, 'menu.data', 'menu.data.import')]);
  await chooser.setFiles(path);
}

test('a damaged settings file: the app starts, says settings were reset, the plans are untouched', async () => {
  const profile = await newProfileDir();
  let context = await launch(profile);
  let planBefore;
  try {
    const page = await openApp(context, url);
    await waitSaved(page);
    planBefore = await exportedPlan(page);
    await page.close();
    await putStoredFile(context, '/data/settings.json', '{"zoom": "to", "language": 7, "currentPlan": [1], "today": 1e999');
  } finally {
    await context.close();
  }
  context = await launch(profile);
  try {
    const page = await openApp(context, url);
    const state = await waitState(page, () => window.__kstthc.storageMessage.includes('cài đặt'));
    assert.match(state.storageMessage, /Tệp cài đặt bị hỏng nên đã được đặt lại/);
    assert.deepEqual(page.errors, []);
    await screenshot(page, 'settings-reset');
    // The plan opened is the stored one, unchanged (first stored plan, as the damaged settings name none).
    assert.deepEqual(await exportedPlan(page), planBefore);
    // The repaired settings were written back: the next start says nothing.
    await waitSaved(page);
    const files = await storedFiles(context, '/data/settings.json');
    assert.equal(JSON.parse(files['/data/settings.json']).zoom, 1);
  } finally {
    await context.close();
  }
});

test('importing a snapshot of another plan as a replacement deletes no stored plan, and is undoable', async () => {
  const context = await launch(await newProfileDir());
  try {
    const page = await openApp(context, url);
    await waitSaved(page);
    const open = await exportedPlan(page);
    const other = { ...open, id: 'plan-khac', header: { ...open.header, title: 'Kế hoạch của xã khác' } };
    const dir = await mkdtemp(join(tmpdir(), 'kstthc-import-'));
    const file = join(dir, 'khac.json');
    await writeFile(file, JSON.stringify(other));
    await importFile(page, file);
    await waitState(page, () => window.__kstthc.dialog && window.__kstthc.dialog.kind === 'import');
    await clickWidget(page, 'import.replace');
    const replaced = await waitForPlan(page, (p) => p.header.title === 'Kế hoạch của xã khác');
    assert.equal(replaced.id, open.id); // the open plan, with the snapshot's content
    await waitSaved(page);
    const plans = await storedFiles(context, '/data/plans/');
    assert.ok(plans[`/data/plans/${open.id}.json`], 'the open plan is still stored');
    assert.equal(JSON.parse(plans[`/data/plans/${open.id}.json`]).header.title, 'Kế hoạch của xã khác');
    const versions = await storedFiles(context, `/data/versions/${open.id}/`);
    assert.ok(Object.values(versions).some((t) => t && JSON.parse(t).header.title === open.header.title),
      'what was replaced is kept as a version');
    await chooseMenu(page, 'menu.plan', 'menu.plan.undo');
    await waitForPlan(page, (p) => p.header.title === open.header.title);
  } finally {
    await context.close();
  }
});

test('a snapshot with a number beyond double is refused with the reason, nothing changes', async () => {
  const context = await launch(await newProfileDir());
  try {
    const page = await openApp(context, url);
    await waitSaved(page);
    const before = await exportedPlan(page);
    const text = JSON.stringify(before).replace('"year":2024', '"year":1e999');
    assert.ok(text.includes('1e999'));
    const dir = await mkdtemp(join(tmpdir(), 'kstthc-import-'));
    const file = join(dir, 'so-lon.json');
    await writeFile(file, text);
    await importFile(page, file);
    const state = await waitState(page, () => window.__kstthc.dialog && window.__kstthc.dialog.kind === 'message');
    assert.match(state.dialog.title, /so-lon\.json/);
    assert.match(state.dialog.text, /quá lớn/);
    assert.deepEqual(page.errors, []);
    await screenshot(page, 'import-number-too-large');
    assert.deepEqual(await exportedPlan(page), before);
  } finally {
    await context.close();
  }
});
