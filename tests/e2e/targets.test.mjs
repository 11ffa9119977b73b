// Targets (issue 12): monthly counts typed into the grid with the keyboard, a row pasted from a spreadsheet,
// the verdict and the chart read from the screen's pixels, a refused count, reload and export.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, newProfileDir, launch, openApp, exportedPlan, waitForPlan, clickWidget, waitState, focusField,
  rectOf, screenshot, screenPixels, waitReady, waitFor,
} from './helpers.mjs';

let server, url;
before(async () => ({ server, url } = await startServer()));
after(() => server.close());

const countOf = (plan, kpi, month) => (plan.counts || []).find((c) => c.kpi === kpi && c.month === month);
const counted = (plan, kpi, month, numerator, denominator) => {
  const c = countOf(plan, kpi, month);
  return !!c && c.numerator === numerator && c.denominator === denominator;
};

/** Met (green) or missed (orange) from a colour: which of red and green dominates. */
const verdictOf = ([r, g]) => (g > r + 40 ? 'met' : r > g + 40 ? 'missed' : 'none');

/** The colour of the verdict badge of target `kpi` (its background, left of the word). */
async function badge(page, kpi) {
  const [x, y, , h] = await rectOf(page, `targets.row:${kpi}.verdict`);
  const px = await screenPixels(page, { x: Math.floor(x) - 4, y: Math.floor(y), width: 4, height: Math.ceil(h) });
  return verdictOf(px(Math.floor(x) - 2, Math.floor(y + h / 2)));
}

async function choosePeriod(page, key) {
  await clickWidget(page, 'targets.period');
  await clickWidget(page, `targets.period:${key}`);
  await waitFor(() => page.evaluate((k) => !(`targets.period:${k}` in window.__kstthc.rects), key), (v) => v);
  await waitState(page, () => window.__kstthc.settled === true);
}

test('counts typed into the grid by keyboard, a pasted row, the verdict and the chart change; reload and export',
  async () => {
    const context = await launch(await newProfileDir(), { viewport: { width: 1366, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url.replace(/\/$/, '') });
    try {
      const page = await openApp(context, url);
      const plan0 = await exportedPlan(page);
      const [k1, k2] = [plan0.kpis[0].id, plan0.kpis[1].id]; // ≥ 80 %, then ≥ 100 %
      assert.equal(plan0.kpis[0].comparison, '>=');
      assert.equal(plan0.kpis[0].target, 80);
      await clickWidget(page, 'tab.targets');
      await waitState(page, () => window.__kstthc.settled === true);

      // Three months, keyboard only after the first click: Tab to the right, Enter down, Shift+Tab back.
      await focusField(page, `count:${k1}:1:0`);
      await page.keyboard.type('412');
      await page.keyboard.press('Tab');
      await page.keyboard.type('380');
      await page.keyboard.press('Tab');
      await page.keyboard.type('1.020'); // Vietnamese thousands
      await page.keyboard.press('Enter'); // down to March's whole
      await waitState(page, (n) => window.__kstthc.activeField === n, 5000, `count:${k1}:3:1`);
      await page.keyboard.type('1.100');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.type('400');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.type('455');
      await page.keyboard.press('Enter'); // on to the next target
      await waitState(page, (n) => window.__kstthc.activeField === n, 5000, `count:${k2}:1:0`);
      let plan = await waitForPlan(page, (p) => counted(p, k1, '2024-01', 412, 455) &&
        counted(p, k1, '2024-02', 380, 400) && counted(p, k1, '2024-03', 1020, 1100));
      const count = countOf(plan, k1, '2024-01');
      assert.equal(count.id, `count-${k1}-2024-01`);
      assert.ok(count.author && count.modified, 'who entered it and when');
      assert.equal(plan.version, 2);
      await page.keyboard.press('Escape');
      await waitState(page, () => window.__kstthc.activeField === '' && window.__kstthc.settled === true);
      // (412 + 380 + 1020) / (455 + 400 + 1100) = 92,7 % ≥ 80 %: met.
      assert.equal(await badge(page, k1), 'met');

      // A whole smaller than its part is refused under the cell; the typed text stays, nothing is stored.
      await focusField(page, `count:${k1}:2:1`);
      await page.keyboard.press('Control+A');
      await page.keyboard.type('300');
      await page.keyboard.press('Escape');
      await rectOf(page, `count:${k1}:2:1.error`);
      await screenshot(page, 'targets-refused');
      assert.ok(counted(await exportedPlan(page), k1, '2024-02', 380, 400));
      await focusField(page, `count:${k1}:2:1`);
      await page.keyboard.press('Control+A');
      await page.keyboard.type('400');
      await page.keyboard.press('Escape');
      await waitFor(() => page.evaluate((n) => !(n in window.__kstthc.rects), `count:${k1}:2:1.error`), (v) => v);

      // March's part down to 500: (412 + 380 + 500) / 1955 = 66,1 % < 80 %: missed for the year …
      await focusField(page, `count:${k1}:3:0`);
      await page.keyboard.press('Control+A');
      await page.keyboard.type('500');
      await page.keyboard.press('Escape');
      await waitForPlan(page, (p) => counted(p, k1, '2024-03', 500, 1100));
      await waitState(page, () => window.__kstthc.activeField === '' && window.__kstthc.settled === true);
      assert.equal(await badge(page, k1), 'missed');
      // … but January alone (412 / 455 = 90,5 %) meets it.
      await choosePeriod(page, '2024-M01');
      assert.equal(await badge(page, k1), 'met');
      await choosePeriod(page, '2024-Y');

      // The chart of the selected target: January's bar reaches above the target line (green), March's stays
      // below it (orange).
      await clickWidget(page, `targets.row:${k1}`);
      await waitState(page, () => window.__kstthc.settled === true);
      const target = await rectOf(page, 'targets.chart.target');
      const jan = await rectOf(page, 'targets.chart.bar:1');
      const mar = await rectOf(page, 'targets.chart.bar:3');
      assert.ok(jan[1] < target[1] && mar[1] > target[1], `bars ${jan} ${mar}, target line at ${target[1]}`);
      const chart = await rectOf(page, 'targets.chart');
      const px = await screenPixels(page, { x: chart[0], y: chart[1], width: chart[2], height: chart[3] });
      const below = (bar) => [Math.floor(bar[0] + bar[2] / 2), Math.floor(bar[1] + bar[3] - 3)];
      assert.equal(verdictOf(px(...below(jan))), 'met');
      assert.equal(verdictOf(px(...below(mar))), 'missed');
      const line = px(Math.floor(chart[0] + chart[2] - 4), Math.round(target[1]));
      assert.ok(line[0] > 150 && line[1] < 80, `the target line is red: ${line}`);
      await screenshot(page, 'targets-chart');

      // A row of twelve numbers copied from Excel, pasted into January's whole of the second target.
      const row = [100, 110, 120, 130, 140, 150, 160, 170, 180, 190, 200, 1000];
      await page.evaluate((t) => navigator.clipboard.writeText(t), `${row.join('\t')}\r\n`);
      await focusField(page, `count:${k2}:1:1`);
      await page.keyboard.press('Control+V');
      plan = await waitForPlan(page, (p) => row.every((n, i) =>
        countOf(p, k2, `2024-${String(i + 1).padStart(2, '0')}`)?.denominator === n));
      assert.equal(plan.counts.filter((c) => c.kpi === k2).length, 12);

      // Undo takes the pasted row back in one step; redo puts it back.
      await page.keyboard.press('Escape');
      await waitState(page, () => window.__kstthc.activeField === '');
      await page.keyboard.press('Control+Z');
      await waitForPlan(page, (p) => !(p.counts || []).some((c) => c.kpi === k2));
      await page.keyboard.press('Control+Y');
      await waitForPlan(page, (p) => (p.counts || []).filter((c) => c.kpi === k2).length === 12);

      // After a reload everything is there, as the export says.
      const before = JSON.stringify((await exportedPlan(page)).counts);
      await page.reload();
      await waitReady(page);
      await waitForPlan(page, (p) => JSON.stringify(p.counts) === before, 10000);
    } finally {
      await context.close();
    }
  });

test('a target value is typed in Vietnamese, refused when out of range, and undone as a number', async () => {
  const context = await launch(await newProfileDir(), { viewport: { width: 1366, height: 900 } });
  try {
    const page = await openApp(context, url);
    const k1 = (await exportedPlan(page)).kpis[0].id;
    await clickWidget(page, 'tab.targets');
    await clickWidget(page, `targets.row:${k1}`);
    await waitState(page, () => window.__kstthc.settled === true);
    await focusField(page, 'target.value');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('120');
    await page.keyboard.press('Enter');
    await rectOf(page, 'target.value.error'); // a share over 100 %
    assert.equal((await exportedPlan(page)).kpis[0].target, 80);
    await focusField(page, 'target.value');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('85,5');
    await page.keyboard.press('Enter');
    await waitForPlan(page, (p) => p.kpis[0].target === 85.5);
    await page.keyboard.press('Control+Z');
    await waitForPlan(page, (p) => p.kpis[0].target === 80);
  } finally {
    await context.close();
  }
});
