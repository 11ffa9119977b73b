// Foundation: the app loads in Chromium, shows the built-in plan's 8 appendix groups, takes Vietnamese typed
// into the plan title, keeps it after a reload and a browser restart, and draws nothing while idle.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, newProfileDir, launch, openApp, exportedPlan, waitForPlan, rectOf, waitSaved, waitReady, waitState,
  screenshot, replaceText, appendText, framesNow,
} from './helpers.mjs';

let server;
let url;
before(async () => { ({ server, url } = await startServer()); });
after(() => server.close());

test('the app loads and shows the 8 appendix groups of the built-in plan', async () => {
  const context = await launch(await newProfileDir());
  try {
    const page = await openApp(context, url);
    const plan = await exportedPlan(page);
    assert.equal(plan.appendix.groups.length, 8);
    assert.deepEqual(plan.appendix.groups.map((g) => g.tasks.length), [3, 4, 3, 5, 5, 4, 3, 1]);
    // Every group is drawn as a row of the table, top to bottom in plan order.
    const tops = [];
    for (const g of plan.appendix.groups) tops.push((await rectOf(page, `group:${g.id}`))[1]);
    for (let i = 1; i < tops.length; i++) assert.ok(tops[i] > tops[i - 1], 'rows in plan order');
    assert.equal(await page.title(), 'Kế hoạch kiểm soát TTHC');
    await screenshot(page, 'foundation-loaded');
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
});

test('Vietnamese typed into the plan title is kept exactly, after reload and after a browser restart', async () => {
  const profile = await newProfileDir();
  const typed = 'Kế hoạch năm 2025 — xã Hòa Tân Tây';
  let context = await launch(profile);
  try {
    const page = await openApp(context, url);
    await replaceText(page, 'plan.title', typed);
    await page.keyboard.press('Enter');
    await waitForPlan(page, (p) => p.header.title === typed);
    await waitSaved(page);
    await screenshot(page, 'foundation-typed');

    await page.reload();
    await waitReady(page);
    assert.equal((await exportedPlan(page)).header.title, typed);
  } finally {
    await context.close();
  }
  context = await launch(profile);
  try {
    const page = await openApp(context, url);
    const plan = await exportedPlan(page);
    assert.equal(plan.header.title, typed);
    assert.equal(plan.appendix.groups.length, 8);
    await screenshot(page, 'foundation-restarted');
  } finally {
    await context.close();
  }
});

test('no frame is drawn while nobody touches the app', async () => {
  const context = await launch(await newProfileDir());
  try {
    const page = await openApp(context, url);
    // Start-up is over once the first visit's plan is stored and the last frame has been drawn.
    await waitState(page, () => window.__kstthc.save === 'saved' && window.__kstthc.settled === true);
    const before = await framesNow(page);
    assert.ok(before > 0, 'the frame counter counts');
    // A fixed period on purpose: nothing may be drawn during it.
    await page.waitForTimeout(3000);
    const after = await framesNow(page);
    assert.equal(after - before, 0, 'frames drawn while idle');
    // …and input does draw (so the counter above was live).
    await page.mouse.move(200, 200);
    await page.mouse.move(300, 300);
    await waitState(page, (n) => window.__kstthc.frames > n, 5000, after);
  } finally {
    await context.close();
  }
});

test('a browser without WebGL2 gets a plain message instead of a blank page', async () => {
  const context = await launch(await newProfileDir());
  try {
    const page = context.pages()[0] || await context.newPage();
    await page.addInitScript(() => {
      const real = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
        return type === 'webgl2' ? null : real.call(this, type, ...rest);
      };
    });
    await page.goto(url);
    await page.waitForFunction(() => /không hỗ trợ WebGL2/.test(document.getElementById('status-text')?.textContent),
      null, { timeout: 10000 });
    assert.equal(await page.locator('#status').isVisible(), true);
    await screenshot(page, 'foundation-no-webgl2');
  } finally {
    await context.close();
  }
});

test('at devicePixelRatio 2 the canvas has twice the pixels and clicks still land on the right field', async () => {
  const context = await launch(await newProfileDir(), { deviceScaleFactor: 2 });
  try {
    const page = await openApp(context, url);
    await page.waitForFunction(() => {
      const c = document.getElementById('canvas');
      return c.width === Math.round(c.clientWidth * 2) && c.height === Math.round(c.clientHeight * 2);
    }, null, { timeout: 10000 });
    await appendText(page, 'plan.title', ' (bản sao)');
    const expected = 'Hoạt động kiểm soát thủ tục hành chính năm 2024 trên địa bàn xã Hòa Tân Tây (bản sao)';
    await waitForPlan(page, (p) => p.header.title === expected);
    await screenshot(page, 'foundation-dpr2');
    await screenshot(page, 'foundation-dpr2-detail', { x: 0, y: 0, width: 640, height: 180 });
  } finally {
    await context.close();
  }
});
