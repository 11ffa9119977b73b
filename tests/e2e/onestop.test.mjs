// One-stop figures (issue 12, item 4): the Biểu 06 figures of a month typed into their grid by keyboard, a rule
// of the form that the figures break said under the cell, a value that is not a number refused with its text
// kept, the period's row (flows summed, stocks at the ends), a target that takes its counts from the figures,
// its verdict changing with its target value, the 766 estimate of the indicator it is linked to; reload and
// export.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, newProfileDir, launch, openApp, exportedPlan, waitForPlan, clickWidget, waitState, focusField,
  rectOf, screenshot, screenPixels, waitReady, waitFor, scrollTo, replaceText,
} from './helpers.mjs';

let server, url;
before(async () => ({ server, url } = await startServer()));
after(() => server.close());

/** The page's own scroll bar: the wheel there scrolls the view, not a table under the pointer. */
const EDGE = [1360, 450];
const monthOf = (plan, month) => (plan.onestop || []).find((o) => o.month === month);
const KEYS = ['received', 'online', 'direct', 'carried', 'resolved', 'early', 'onTime', 'late', 'pending',
  'pendingOnTime', 'pendingLate'];

/** Types `values` (null: leave the cell empty) into month `m`'s cells from "received" on, Tab between them. */
async function typeMonth(page, m, values) {
  await scrollTo(page, `onestop:${m}:received`, EDGE);
  await focusField(page, `onestop:${m}:received`);
  for (let i = 0; i < values.length; i++) {
    if (values[i] !== null) await page.keyboard.type(String(values[i]));
    await page.keyboard.press('Tab');
    if (i + 1 < values.length)
      await waitState(page, (n) => window.__kstthc.activeField === n, 5000, `onestop:${m}:${KEYS[i + 1]}`);
  }
}

/** Scrolls the view back up until `name` is drawn again, then into view. */
async function scrollUpTo(page, name) {
  for (let i = 0; i < 30 && !(await page.evaluate((n) => n in window.__kstthc.rects, name)); i++) {
    await page.mouse.move(...EDGE);
    const frames = await page.evaluate(() => window.__kstthc.frames);
    await page.mouse.wheel(0, -400);
    await page.waitForFunction((n) => window.__kstthc.frames > n && window.__kstthc.settled, frames, { timeout: 2000 })
      .catch(() => {});
  }
  await scrollTo(page, name, EDGE);
}

/** Met (green) or missed (orange) from the verdict badge of target `kpi`. */
async function badge(page, kpi) {
  const [x, y, , h] = await rectOf(page, `targets.row:${kpi}.verdict`);
  const px = await screenPixels(page, { x: Math.floor(x) - 4, y: Math.floor(y), width: 4, height: Math.ceil(h) });
  const [r, g] = px(Math.floor(x) - 2, Math.floor(y + h / 2));
  return g > r + 40 ? 'met' : r > g + 40 ? 'missed' : 'none';
}

test('one-stop figures typed by keyboard, a broken rule said, the period row, a target counted from them',
  async () => {
    const context = await launch(await newProfileDir(), { viewport: { width: 1366, height: 900 } });
    try {
      const page = await openApp(context, url);
      await clickWidget(page, 'tab.targets');
      await waitState(page, () => window.__kstthc.settled === true);
      // The rates below are over the first quarter (January and February counted).
      await clickWidget(page, 'targets.period');
      await clickWidget(page, 'targets.period:2024-Q1');
      await waitState(page, () => window.__kstthc.settled === true);
      // January in full (the totals typed too); February without its totals, which the sums stand for.
      await typeMonth(page, 1, [105, 40, 60, 5, 90, 10, 78, 2, 15, 14, 1]);
      await typeMonth(page, 2, [null, 30, 20, 16, null, 0, 50, 0, null, 15, 0]);
      let plan = await waitForPlan(page, (p) => monthOf(p, '2024-02') && monthOf(p, '2024-02').pendingLate === 0);
      assert.deepEqual(KEYS.map((k) => monthOf(plan, '2024-01')[k]), [105, 40, 60, 5, 90, 10, 78, 2, 15, 14, 1]);
      assert.equal(monthOf(plan, '2024-02').received, undefined, 'a total not typed is not stored');
      assert.equal(monthOf(plan, '2024-02').id, 'onestop-2024-02');
      // 16 carried over into February, but January ended with 15 in progress: said under February's cell.
      await rectOf(page, 'onestop:2:carried.error');
      await screenshot(page, 'onestop-rule');
      await focusField(page, 'onestop:2:carried');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('15');
      await page.keyboard.press('Tab');
      await waitForPlan(page, (p) => monthOf(p, '2024-02').carried === 15);
      await waitFor(() => page.evaluate(() => !('onestop:2:carried.error' in window.__kstthc.rects)), (v) => v);
      // Not a number: refused, the text stays, the month keeps what it had.
      await focusField(page, 'onestop:3:online');
      await page.keyboard.type('mười');
      await page.keyboard.press('Tab');
      await rectOf(page, 'onestop:3:online.error');
      plan = await exportedPlan(page);
      assert.equal(monthOf(plan, '2024-03'), undefined);

      // "Hồ sơ trực tuyến" (kpi-6, ≥ 100 %) counted from the figures: (40 + 30) / (100 + 50) = 46,7 %, missed.
      await scrollUpTo(page, 'targets.row:kpi-6');
      await clickWidget(page, 'targets.row:kpi-6');
      await scrollTo(page, 'target.source', EDGE);
      await clickWidget(page, 'target.source');
      await clickWidget(page, 'target.source:online');
      plan = await waitForPlan(page, (p) => p.kpis.find((k) => k.id === 'kpi-6').source === 'online');
      await scrollUpTo(page, 'targets.row:kpi-6');
      await waitFor(() => badge(page, 'kpi-6'), (v) => v === 'missed', { what: 'missed at 46,7 % against 100 %' });
      await scrollTo(page, 'target.value', EDGE);
      await replaceText(page, 'target.value', '45');
      await page.keyboard.press('Tab');
      await waitForPlan(page, (p) => p.kpis.find((k) => k.id === 'kpi-6').target === 45);
      await scrollUpTo(page, 'targets.row:kpi-6');
      await waitFor(() => badge(page, 'kpi-6'), (v) => v === 'met', { what: 'met at 46,7 % against 45 %' });
      await screenshot(page, 'onestop-target');

      // Linked to 766 indicator 3.3 (full 6 points from 50 % online): the estimate lists it with its points.
      await scrollTo(page, 'target.code766', EDGE);
      await clickWidget(page, 'target.code766');
      await screenshot(page, 'onestop-766-combo');
      await clickWidget(page, 'target.code766:3.3');
      await waitForPlan(page, (p) => p.kpis.find((k) => k.id === 'kpi-6').code766 === '3.3');
      await scrollTo(page, 'estimate766.points:3.3', EDGE);
      await rectOf(page, 'estimate766.total');
      await screenshot(page, 'onestop-766');

      // A range of months: February alone gives 30 / 50 = 60 % (met against 45 %), January alone 40 % (missed).
      await scrollUpTo(page, 'targets.period');
      await clickWidget(page, 'targets.period');
      await clickWidget(page, 'targets.period:range');
      await clickWidget(page, 'targets.rangeFrom');
      await clickWidget(page, 'targets.rangeFrom:2');
      await clickWidget(page, 'targets.rangeTo');
      await clickWidget(page, 'targets.rangeTo:2');
      await waitFor(() => badge(page, 'kpi-6'), (v) => v === 'met', { what: 'met at 60 % in February' });
      await clickWidget(page, 'targets.rangeFrom');
      await clickWidget(page, 'targets.rangeFrom:1');
      await clickWidget(page, 'targets.rangeTo');
      await clickWidget(page, 'targets.rangeTo:1');
      await waitFor(() => badge(page, 'kpi-6'), (v) => v === 'missed', { what: 'missed at 40 % in January' });
      await screenshot(page, 'onestop-range');

      // Kept: after a reload the figures and the source are still there.
      await page.reload();
      await waitReady(page);
      plan = await exportedPlan(page);
      assert.equal(monthOf(plan, '2024-02').carried, 15);
      assert.equal(plan.kpis.find((k) => k.id === 'kpi-6').source, 'online');
      assert.equal(plan.kpis.find((k) => k.id === 'kpi-6').code766, '3.3');
      assert.equal(plan.version, 2);
    } finally {
      await context.close();
    }
  });
