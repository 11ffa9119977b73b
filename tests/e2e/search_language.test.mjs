// Searching the appendix ignores case, diacritics and tone placement; the UI language is switched in the menu
// and remembered across a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, newProfileDir, launch, openApp, exportedPlan, rectOf, clickWidget, waitState, waitReady, screenshot,
  focusField, waitFor,
} from './helpers.mjs';

let server;
let url;
before(async () => { ({ server, url } = await startServer()); });
after(() => server.close());

/** The test's own folding (independent of the app's): NFD, drop marks, đ → d, lowercase. */
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
const matches = (text, query) => fold(query).split(/[^a-z0-9]+/).filter(Boolean)
  .every((w) => fold(text).replace(/[^a-z0-9]+/g, ' ').includes(w));

/** Task ids whose row is on the table now. */
async function shownTasks(page) {
  const keys = await page.evaluate(() => Object.keys(window.__kstthc.rects));
  return keys.filter((k) => k.startsWith('task:')).map((k) => k.slice(5)).sort();
}

/** Waits until the table shows exactly the rows `want` (sorted task ids); returns them. */
const waitShown = (page, want, what) => waitFor(() => shownTasks(page),
  (got) => JSON.stringify(got) === JSON.stringify(want), { timeoutMs: 3000, what });

/**
 * Empties the search field (and waits for all 28 rows, so the next result is known to come from the new
 * query, even when it is the same as the last one), then types `query`.
 */
async function typeSearch(page, query) {
  await focusField(page, 'appendix.search');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await waitFor(() => shownTasks(page), (got) => got.length === 28, { timeoutMs: 3000, what: 'all 28 rows' });
  await page.keyboard.type(query);
}

test('searching the appendix ignores case, diacritics and tone placement', async () => {
  const context = await launch(await newProfileDir());
  try {
    const page = await openApp(context, url);
    const plan = await exportedPlan(page);
    const unit = Object.fromEntries(plan.units.map((u) => [u.id, u.name]));
    const haystack = (t) => [t.number, t.content, t.product, unit[t.lead] || '',
      ...t.coordinators.map((c) => unit[c.unit]), t.timeframe].join(' ');
    const expected = (query) => plan.appendix.groups.flatMap((g) => (matches(`${g.numeral} ${g.title}`, query)
      ? g.tasks : g.tasks.filter((t) => matches(haystack(t), query)))).map((t) => t.id).sort();
    assert.equal((await shownTasks(page)).length, 28);

    const found = {};
    for (const query of ['cong dich vu cong', 'CỔNG DỊCH VỤ CÔNG', 'thuong xuyen', 'Thường Xuyên', 'THƯỜNG XUYÊN',
      'tap huan', 'hoà giải', 'hòa giải', 'so hoa']) {
      const want = expected(query);
      assert.ok(want.length > 0 && want.length < 28, `"${query}" is a useful query (${want.length})`);
      await typeSearch(page, query);
      found[query] = await waitShown(page, want, `the rows matching "${query}": ${want.join(', ')}`);
    }
    // Different spellings of the same words found the same rows (each result above came after all 28 rows).
    assert.deepEqual(found['CỔNG DỊCH VỤ CÔNG'], found['cong dich vu cong']);
    assert.deepEqual(found['Thường Xuyên'], found['thuong xuyen']);
    assert.deepEqual(found['THƯỜNG XUYÊN'], found['thuong xuyen']);
    assert.deepEqual(found['hòa giải'], found['hoà giải']);
    await screenshot(page, 'search-appendix');
    await clickWidget(page, 'appendix.searchClear');
    await waitFor(() => shownTasks(page), (got) => got.length === 28, { timeoutMs: 3000, what: 'all 28 rows' });
  } finally {
    await context.close();
  }
});

test('English is chosen in the menu and remembered after a reload', async () => {
  const context = await launch(await newProfileDir());
  try {
    const page = await openApp(context, url);
    assert.equal(await page.title(), 'Kế hoạch kiểm soát TTHC');
    const viMenuWidth = (await rectOf(page, 'menu.help'))[2];
    await clickWidget(page, 'menu.help');
    await clickWidget(page, 'menu.help.language');
    await clickWidget(page, 'menu.help.language.en');
    await waitState(page, () => window.__kstthc.language === 'en');
    await page.waitForFunction(() => document.title === 'Administrative procedure control plan');
    // "Help" is narrower than "Trợ giúp": the menu bar was redrawn in English.
    assert.ok((await rectOf(page, 'menu.help'))[2] < viMenuWidth);
    await page.mouse.click(640, 400);
    await screenshot(page, 'language-english');
    // The frame that switched the language started storing it (it published "en" with "saving"): "saved" from
    // here on means the choice is stored.
    await waitState(page, () => window.__kstthc.save === 'saved');
    await page.reload();
    await waitReady(page);
    await waitState(page, () => window.__kstthc.language === 'en');
    assert.equal(await page.title(), 'Administrative procedure control plan');
    // And back to Vietnamese.
    await clickWidget(page, 'menu.help');
    await clickWidget(page, 'menu.help.language');
    await clickWidget(page, 'menu.help.language.vi');
    await waitState(page, () => window.__kstthc.language === 'vi');
    await page.waitForFunction(() => document.title === 'Kế hoạch kiểm soát TTHC', null, { timeout: 5000 });
  } finally {
    await context.close();
  }
});
