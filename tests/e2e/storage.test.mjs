// Never lose work: two tabs (one writes, the other follows and can take over), reloads and closed pages, storage
// failures simulated by overriding the browser's APIs, offline start.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, newProfileDir, launch, openApp, exportedPlan, waitForPlan, clickWidget, waitState, waitSaved,
  waitReady, screenshot,
} from './helpers.mjs';

let server;
let url;
before(async () => { ({ server, url } = await startServer()); });
after(() => server.close());

async function typeInto(page, name, text) {
  await clickWidget(page, name);
  await page.waitForFunction(() => document.activeElement && document.activeElement.id.startsWith('textproxy'));
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

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
