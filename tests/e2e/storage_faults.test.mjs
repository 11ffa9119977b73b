// IndexedDB failing the way browsers really fail — a write accepted and its transaction then aborted (a full
// disk), or transaction() throwing: the app says so within 2 s, keeps the work, saves the later edits once
// storage works again, and nothing is lost after a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, newProfileDir, launch, openApp, waitReady, waitForPlan, waitState, exportedPlan, appendToTitle,
  rectOf, screenshot } from './helpers.mjs';

let server, url;
before(async () => ({ server, url } = await startServer()));
after(() => server.close());

/** Faults on demand: window.__idbFault = 'abort' | 'throw' | null. */
function installFaults() {
  const origTx = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (names, mode) {
    if (window.__idbFault === 'throw' && mode === 'readwrite') {
      throw new DOMException('The transaction could not be created.', 'UnknownError');
    }
    return origTx.apply(this, arguments);
  };
  const origPut = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function () {
    const req = origPut.apply(this, arguments);
    if (window.__idbFault === 'abort') {
      const tx = this.transaction;
      req.addEventListener('success', () => { try { tx.abort(); } catch (e) { /* already over */ } });
    }
    return req;
  };
}


for (const shape of ['abort', 'throw']) {
  test(`IndexedDB ${shape === 'abort' ? 'aborting a transaction after accepting the write' : 'throwing from transaction()'}: said at once, nothing lost`,
    async () => {
      const context = await launch(await newProfileDir());
      await context.addInitScript(installFaults);
      try {
        let page = await openApp(context, url);
        await waitState(page, () => window.__kstthc.save === 'saved', 10000);
        await page.evaluate((s) => { window.__idbFault = s; }, shape);
        const t0 = Date.now();
        await appendToTitle(page, ` ${shape}1`);
        await waitState(page, () => window.__kstthc.save === 'error', 3000);
        assert.ok(Date.now() - t0 < 2500, 'the failure is said within 2 s of the edit (plus the 300 ms save delay)');
        await rectOf(page, 'storage.problem');
        await rectOf(page, 'storage.export');
        await screenshot(page, `storage-fault-${shape}`);
        await appendToTitle(page, ` ${shape}2`); // work goes on meanwhile
        await page.evaluate(() => { window.__idbFault = null; });
        await waitState(page, () => window.__kstthc.save === 'saved', 40000); // retried by itself
        await page.reload();
        await waitReady(page);
        const title = (await exportedPlan(page)).header.title;
        assert.ok(title.includes(` ${shape}1`) && title.includes(` ${shape}2`), title);
      } finally {
        await context.close();
      }
    });
}
