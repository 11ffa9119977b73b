// Progress per reporting period: with "today" set to 15/07/2024 on the built-in plan, the dashboard lists what is
// overdue and due soon; marking the "Tháng 02/2024" task IV.1 done with evidence moves it to done-late;
// Q2 progress on a "Thường xuyên" task shows in the timeline; a reload keeps everything; undo reverts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { inflateSync } from 'node:zlib';
import {
  startServer, newProfileDir, launch, openApp, exportedPlan, waitForPlan, rectOf, clickWidget, waitState, waitSaved,
  waitReady, screenshot, scrollTo, typeInto, waitFor, waitForRects, waitDrawnAndSettled, framesNow,
} from './helpers.mjs';

let server;
let url;
before(async () => { ({ server, url } = await startServer()); });
after(() => server.close());


/** Colour [r, g, b] of one screen pixel (CSS px), read from a 1×1 screenshot. */
async function pixel(page, x, y) {
  const png = await page.screenshot({ clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 } });
  const chunks = [];
  for (let at = 8; at < png.length;) {
    const len = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    if (type === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(chunks)); // [filter, r, g, b, (a)]: one pixel, no neighbours to filter by
  return [raw[1], raw[2], raw[3]];
}

const progressOf = (plan, task, occurrence) =>
  (plan.progress || []).find((p) => p.task === task && p.occurrence === occurrence);
const allTasks = (plan) => plan.appendix.groups.flatMap((g) => g.tasks);

// The test's own reading of the built-in plan's timeframe wording (calendar periods), independent of the app's
// parser: which occurrences (key as in docs/schema.md, due date) a task has.
const pad = (n) => String(n).padStart(2, '0');
const endOfMonth = (y, m) => `${y}-${pad(m)}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
const ROMAN = { I: 1, II: 2, III: 3, IV: 4 };
/** Words whose schedule this test does not model (their occurrences are left out of the comparisons). */
const UNMODELLED = ['Theo Kế hoạch định kỳ hoặc đột xuất', 'Định kỳ hoặc đột xuất khi có yêu cầu'];

function occurrencesOf(plan, task) {
  const y = plan.year;
  const text = task.schedule || task.timeframe;
  const quarters = [1, 2, 3, 4].map((q) => ({ key: `${y}-Q${q}`, due: endOfMonth(y, 3 * q) }));
  const months = [...Array(12).keys()].map((i) => ({ key: `${y}-M${pad(i + 1)}`, due: endOfMonth(y, i + 1) }));
  let m;
  if ((m = /^Tháng (\d{2})\/(\d{4})$/.exec(text))) {
    const due = endOfMonth(Number(m[2]), Number(m[1]));
    return [{ key: `D${due}`, due }];
  }
  if ((m = /^Quý (I|II|III|IV)\/(\d{4})$/.exec(text))) {
    const due = endOfMonth(Number(m[2]), 3 * ROMAN[m[1]]);
    return [{ key: `D${due}`, due }];
  }
  if (text === 'Thường xuyên') return quarters;
  if (text === 'Tháng, quý, năm') return [...months, ...quarters, { key: `${y}-Y`, due: `${y}-12-31` }];
  if (text === 'Trong năm') return [{ key: `D${y}-12-31`, due: `${y}-12-31` }];
  if (text === 'Khi có văn bản cấp trên') {
    return (plan.events || []).filter((e) => e.task === task.id).map((e) => ({ key: `E${e.id}`, due: e.due }));
  }
  if (UNMODELLED.includes(text)) return null;
  throw new Error(`the test does not know the timeframe "${text}" of ${task.id}`);
}

/**
 * What the dashboard must list on `today` (ISO), from the exported plan: overdue (due before today, not done or
 * not applicable) and due within 14 days; plus done late (done, completed after the due date). Keys
 * "task:occurrence"; `modelled` tells whether a task's occurrences are known to the test.
 */
function expectedLists(plan, today) {
  assert.ok(!plan.periodMode || plan.periodMode === 'calendar', 'calendar periods');
  const soon = new Date(`${today}T00:00:00Z`);
  soon.setUTCDate(soon.getUTCDate() + 14);
  const soonIso = soon.toISOString().slice(0, 10);
  const lists = { overdue: [], dueSoon: [], doneLate: [], unmodelled: [] };
  for (const t of allTasks(plan)) {
    const occurrences = occurrencesOf(plan, t);
    if (!occurrences) { lists.unmodelled.push(t.id); continue; }
    for (const o of occurrences) {
      const key = `${t.id}:${o.key}`;
      const record = progressOf(plan, t.id, o.key);
      if (record && record.status === 'done') {
        if ((record.completed || today) > o.due) lists.doneLate.push(key);
      } else if (!(record && record.status === 'na')) {
        if (o.due < today) lists.overdue.push(key);
        else if (o.due <= soonIso) lists.dueSoon.push(key);
      }
    }
  }
  for (const k of ['overdue', 'dueSoon', 'doneLate']) lists[k].sort();
  lists.modelled = (key) => !lists.unmodelled.includes(key.split(':')[0]);
  return lists;
}

/**
 * Scrolls the dashboard list `name` by `dy` with the mouse wheel over its middle line on screen (not the first
 * line drawn: the list always draws its first item, to measure it, even when scrolled away); returns its lines.
 */
async function wheelList(page, name, dy) {
  const prefix = `${name}:`;
  const shown = await waitForRects(page, prefix, () => true);
  if (shown.length === 0) return shown;
  const rects = await page.evaluate((names) => names.map((n) => window.__kstthc.rects[n]), shown);
  const [x, y, , h] = rects.sort((a, b) => a[1] - b[1])[Math.floor(rects.length / 2)];
  const frames = await framesNow(page);
  await page.mouse.move(x + 20, y + h / 2); // near its left end: a long line reaches past the window
  await page.mouse.wheel(0, dy);
  await waitDrawnAndSettled(page, frames);
  return waitForRects(page, prefix, () => true);
}

/**
 * Every line of a dashboard list ("dash.overdue", "dash.soon") as the keys "task:occurrence", sorted: read while
 * scrolling it from top to bottom (only the lines on screen are drawn), then scrolled back to the top.
 */
async function dashboardList(page, name) {
  const key = (n) => n.slice(name.length + 1);
  let shown = await waitForRects(page, `${name}:`, () => true);
  const seen = new Set(shown.map(key));
  for (let i = 0; i < 40 && shown.length > 0; i++) {
    const next = await wheelList(page, name, 200);
    next.forEach((n) => seen.add(key(n)));
    if (JSON.stringify(next) === JSON.stringify(shown)) break; // at the bottom
    shown = next;
  }
  for (let i = 0; i < 40 && shown.length > 0; i++) {
    const next = await wheelList(page, name, -2000);
    if (JSON.stringify(next) === JSON.stringify(shown)) break; // at the top
    shown = next;
  }
  return [...seen].sort();
}

test('progress: overdue and due soon on 15/07/2024, done late with evidence, Q2 on the timeline, reload, undo',
  async () => {
    const profile = await newProfileDir();
    let context = await launch(profile);
    try {
      const page = await openApp(context, url);
      await clickWidget(page, 'tab.dashboard');
      await typeInto(page, 'progress.today', '15/07/2024');
      await waitState(page, () => window.__kstthc.today === '2024-07-15');
      let plan = await exportedPlan(page);
      let want = expectedLists(plan, '2024-07-15');
      assert.deepEqual(want.unmodelled, ['task-5-2', 'task-8-1']);
      // Seed facts: "Tháng 01/2024" (I.1, VII.1) and "Tháng 02/2024" (IV.1, IV.2, V.1) are overdue by July, and
      // so is Q2 of every "Thường xuyên" task; nothing is due within 14 days yet.
      let overdue = await dashboardList(page, 'dash.overdue');
      for (const key of ['task-1-1:D2024-01-31', 'task-4-1:D2024-02-29', 'task-4-2:D2024-02-29',
        'task-5-1:D2024-02-29', 'task-7-1:D2024-01-31', 'task-2-1:2024-Q2', 'task-4-4:D2024-06-30']) {
        assert.ok(overdue.includes(key), `${key} is listed as overdue`);
      }
      assert.deepEqual(overdue.filter(want.modelled), want.overdue);
      assert.deepEqual(want.dueSoon, []);
      assert.deepEqual(await dashboardList(page, 'dash.soon'), []);
      assert.equal((plan.progress || []).length, 0);

      // An instruction from above arrives on 10/07 for I.4 ("Khi có văn bản cấp trên"): logged, due 20/07.
      await clickWidget(page, 'tab.progress');
      await clickWidget(page, 'prow:task-1-4');
      await waitState(page, () => window.__kstthc.progressSelected === 'task-1-4');
      await typeInto(page, 'event.date', '10/07/2024');
      await typeInto(page, 'event.due', '20/07/2024');
      await typeInto(page, 'event.note', 'Công văn số 15/UBND-VP của UBND tỉnh');
      await clickWidget(page, 'event.add');
      plan = await waitForPlan(page, (p) => (p.events || []).length === 1);
      assert.equal(plan.events[0].task, 'task-1-4');
      assert.equal(plan.events[0].date, '2024-07-10');
      assert.equal(plan.events[0].due, '2024-07-20');
      const eventKey = `task-1-4:E${plan.events[0].id}`;
      assert.deepEqual(expectedLists(plan, '2024-07-15').dueSoon, [eventKey]);

      // The dashboard now lists it as due soon (and only it).
      await clickWidget(page, 'tab.dashboard');
      await waitForRects(page, 'dash.soon:', (names) => names.length > 0);
      assert.deepEqual(await dashboardList(page, 'dash.soon'), [eventKey]);
      await rectOf(page, 'dash.overdue:task-4-1:D2024-02-29');
      await screenshot(page, 'progress-dashboard');

      // IV.1 done on 15/07 with an evidence line: out of "Quá hạn", into done late.
      await clickWidget(page, 'dash.overdue:task-4-1:D2024-02-29');
      await clickWidget(page, 'editor.status.done');
      // Past its due date the editor proposes the due date; the officer says it was done today (Ngày xem).
      await rectOf(page, 'editor.completed.onTime');
      await clickWidget(page, 'editor.completed.today');
      await rectOf(page, 'editor.completed.late');
      await typeInto(page, 'editor.evidence', 'Báo cáo số 12/BC-UBND ngày 10/7/2024'); // Enter adds the line
      await rectOf(page, 'editor.evidence.0');
      await rectOf(page, 'editor.save'); // the editor has settled to its new size
      await screenshot(page, 'progress-editor');
      await clickWidget(page, 'editor.save');
      plan = await waitForPlan(page, (p) => progressOf(p, 'task-4-1', 'D2024-02-29'));
      const iv1 = progressOf(plan, 'task-4-1', 'D2024-02-29');
      assert.equal(iv1.status, 'done');
      assert.equal(iv1.completed, '2024-07-15');
      assert.deepEqual(iv1.evidence.map((e) => e.text), ['Báo cáo số 12/BC-UBND ngày 10/7/2024']);
      assert.deepEqual(plan.progress.map((r) => `${r.task}:${r.occurrence}:${r.status}`),
        ['task-4-1:D2024-02-29:done']); // the only progress recorded
      want = expectedLists(plan, '2024-07-15');
      assert.deepEqual(want.doneLate, ['task-4-1:D2024-02-29']); // completed 15/07, due 29/02: done late
      await waitState(page, () => window.__kstthc.dialog === null);
      await waitForRects(page, 'dash.overdue:', (names) => !names.includes('dash.overdue:task-4-1:D2024-02-29')
        && names.includes('dash.overdue:task-4-2:D2024-02-29'));
      overdue = await dashboardList(page, 'dash.overdue');
      assert.ok(!overdue.includes('task-4-1:D2024-02-29'), 'IV.1 is no longer overdue');
      assert.deepEqual(overdue.filter(want.modelled), want.overdue);
      // The Tasks view filtered to "Hoàn thành quá hạn" lists exactly that occurrence.
      const occurrenceRows = (names) => names.filter((n) => n.split(':').length === 3);
      await clickWidget(page, 'tab.progress');
      await clickWidget(page, 'filter.status');
      await clickWidget(page, 'filter.status.option5'); // the options: all, then NotDue … DoneLate
      await waitForRects(page, 'prow:', (names) => JSON.stringify(occurrenceRows(names))
        === JSON.stringify(want.doneLate.map((k) => `prow:${k}`)));
      await clickWidget(page, 'filter.status');
      await clickWidget(page, 'filter.status.option0');
      await waitForRects(page, 'prow:', (names) => occurrenceRows(names).length > 1);

      // Q2 of II.1 ("Thường xuyên") done on 28/06, recorded from the timeline: its cell turns green.
      await clickWidget(page, 'tab.timeline');
      const [cx, cy, cw, ch] = await rectOf(page, 'cell:task-2-1:2024-Q2');
      const before = await pixel(page, cx + cw / 2, cy + ch / 2);
      assert.ok(before[0] > 180 && before[1] < 90, `Q2 is red (overdue) before: ${before}`);
      await clickWidget(page, 'cell:task-2-1:2024-Q2');
      await clickWidget(page, 'editor.status.done');
      await typeInto(page, 'editor.completed', '28/06/2024'); // its Enter saves the dialog
      plan = await waitForPlan(page, (p) => progressOf(p, 'task-2-1', '2024-Q2'));
      assert.equal(progressOf(plan, 'task-2-1', '2024-Q2').status, 'done');
      assert.equal(progressOf(plan, 'task-2-1', '2024-Q2').completed, '2024-06-28');
      await page.mouse.move(5, 790); // off the cell (no hover outline or tooltip over it)
      await waitFor(() => pixel(page, cx + cw / 2, cy + ch / 2), (c) => c[1] > 130 && c[0] < 110,
        { what: 'Q2 green (done on time)' });
      await screenshot(page, 'progress-timeline');
      await waitSaved(page);

      // Reload: progress, the event and "today" are all still there.
      await page.reload();
      await waitReady(page);
      plan = await exportedPlan(page);
      assert.equal(progressOf(plan, 'task-4-1', 'D2024-02-29').status, 'done');
      assert.equal(progressOf(plan, 'task-2-1', '2024-Q2').status, 'done');
      assert.equal(plan.events.length, 1);
      assert.equal(plan.log.length, 3);
      await waitState(page, () => window.__kstthc.today === '2024-07-15');
    } finally {
      await context.close();
    }

    // Undo (in a new session the history starts empty, so record once more and undo it).
    context = await launch(profile);
    try {
      const page = await openApp(context, url);
      await clickWidget(page, 'tab.timeline');
      await clickWidget(page, 'cell:task-2-1:2024-Q3');
      await clickWidget(page, 'editor.status.doing');
      await clickWidget(page, 'editor.save');
      let plan = await waitForPlan(page, (p) => progressOf(p, 'task-2-1', '2024-Q3'));
      assert.equal(progressOf(plan, 'task-2-1', '2024-Q3').status, 'doing');
      await page.waitForFunction(() => window.__kstthc.dialog === null);
      await page.keyboard.press('Control+Z');
      plan = await waitForPlan(page, (p) => !progressOf(p, 'task-2-1', '2024-Q3'));
      assert.equal(progressOf(plan, 'task-2-1', '2024-Q2').status, 'done');
      assert.equal(plan.log.length, 3);
      assert.deepEqual(page.errors, []);
    } finally {
      await context.close();
    }
  });

test('a timeframe the app does not understand is flagged and can be scheduled by hand', async () => {
  const context = await launch(await newProfileDir());
  try {
    const page = await openApp(context, url);
    // Change V.3's timeframe to something vague, in the appendix.
    await scrollTo(page, 'task:task-5-3');
    await clickWidget(page, 'task:task-5-3');
    await waitState(page, () => window.__kstthc.selected === 'task-5-3');
    await typeInto(page, 'task.timeframe', 'Theo chỉ đạo của UBND huyện');
    await waitForPlan(page, (p) => p.appendix.groups[4].tasks[2].timeframe === 'Theo chỉ đạo của UBND huyện');
    await clickWidget(page, 'tab.progress');
    await clickWidget(page, 'prow:task-5-3');
    await waitState(page, () => window.__kstthc.progressSelected === 'task-5-3');
    await rectOf(page, 'detail.schedule');
    await screenshot(page, 'progress-unscheduled');
    await typeInto(page, 'task.schedule', 'Trước ngày 30/09/2024');
    const plan = await waitForPlan(page, (p) => p.appendix.groups[4].tasks[2].schedule === 'Trước ngày 30/09/2024');
    assert.equal(plan.appendix.groups[4].tasks[2].timeframe, 'Theo chỉ đạo của UBND huyện');
    // Now it has its occurrence (in the task's detail) and is no longer listed as unscheduled.
    await rectOf(page, 'occ:D2024-09-30');
    await page.waitForFunction(() => !Object.keys(window.__kstthc.rects).includes('prow:task-5-3'));
    await screenshot(page, 'progress-scheduled-by-hand');
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
});
