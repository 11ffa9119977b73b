// Progress per reporting period: with "today" set to 15/07/2024 on the built-in plan, the dashboard lists what is
// overdue and due soon; marking the "Tháng 02/2024" task IV.1 done with evidence moves it to done-late;
// Q2 progress on a "Thường xuyên" task shows in the timeline; a reload keeps everything; undo reverts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { inflateSync } from 'node:zlib';
import {
  startServer, newProfileDir, launch, openApp, exportedPlan, waitForPlan, rectOf, clickWidget, waitState, waitSaved,
  waitReady, screenshot, scrollTo,
  typeInto,
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

test('progress: overdue and due soon on 15/07/2024, done late with evidence, Q2 on the timeline, reload, undo',
  async () => {
    const profile = await newProfileDir();
    let context = await launch(profile);
    try {
      const page = await openApp(context, url);
      await clickWidget(page, 'tab.dashboard');
      await typeInto(page, 'progress.today', '15/07/2024');
      let state = await waitState(page, () => window.__kstthc.today === '2024-07-15' && window.__kstthc.progress);
      // Seed facts: "Tháng 01/2024" (I.1, VII.1) and "Tháng 02/2024" (IV.1, IV.2, V.1) are overdue by July, and
      // so is Q2 of every "Thường xuyên" task; nothing is due within 14 days yet.
      for (const key of ['task-1-1:D2024-01-31', 'task-4-1:D2024-02-29', 'task-4-2:D2024-02-29',
        'task-5-1:D2024-02-29', 'task-7-1:D2024-01-31', 'task-2-1:2024-Q2', 'task-4-4:D2024-06-30']) {
        assert.ok(state.progress.overdue.includes(key), `${key} is overdue`);
      }
      assert.equal(state.progress.done, 0);
      assert.deepEqual(state.progress.dueSoon, []);

      // An instruction from above arrives on 10/07 for I.4 ("Khi có văn bản cấp trên"): logged, due 20/07.
      await clickWidget(page, 'tab.progress');
      await clickWidget(page, 'prow:task-1-4');
      await waitState(page, () => window.__kstthc.progressSelected === 'task-1-4');
      await typeInto(page, 'event.date', '10/07/2024');
      await typeInto(page, 'event.due', '20/07/2024');
      await typeInto(page, 'event.note', 'Công văn số 15/UBND-VP của UBND tỉnh');
      await clickWidget(page, 'event.add');
      let plan = await waitForPlan(page, (p) => (p.events || []).length === 1);
      assert.equal(plan.events[0].task, 'task-1-4');
      assert.equal(plan.events[0].date, '2024-07-10');
      assert.equal(plan.events[0].due, '2024-07-20');
      const eventKey = `task-1-4:E${plan.events[0].id}`;

      await clickWidget(page, 'tab.dashboard');
      state = await waitState(page, (k) => window.__kstthc.progress && window.__kstthc.progress.dueSoon.length === 1);
      assert.deepEqual(state.progress.dueSoon, [eventKey]);
      await rectOf(page, `dash.soon:${eventKey}`);
      await rectOf(page, 'dash.overdue:task-4-1:D2024-02-29');
      await screenshot(page, 'progress-dashboard');

      // IV.1 done on 15/07 with an evidence line: out of "Quá hạn", into done late.
      await clickWidget(page, 'dash.overdue:task-4-1:D2024-02-29');
      await clickWidget(page, 'editor.status.done');
      await typeInto(page, 'editor.evidence', 'Báo cáo số 12/BC-UBND ngày 10/7/2024');
      await clickWidget(page, 'editor.addEvidence');
      await rectOf(page, 'editor.save'); // the editor has settled to its new size
      await screenshot(page, 'progress-editor');
      await clickWidget(page, 'editor.save');
      plan = await waitForPlan(page, (p) => progressOf(p, 'task-4-1', 'D2024-02-29'));
      const iv1 = progressOf(plan, 'task-4-1', 'D2024-02-29');
      assert.equal(iv1.status, 'done');
      assert.equal(iv1.completed, '2024-07-15');
      assert.deepEqual(iv1.evidence.map((e) => e.text), ['Báo cáo số 12/BC-UBND ngày 10/7/2024']);
      assert.ok(iv1.completed > '2024-02-29', 'completed after its due date: done late');
      state = await waitState(page, () => window.__kstthc.progress
        && !window.__kstthc.progress.overdue.includes('task-4-1:D2024-02-29'));
      assert.equal(state.progress.done, 1);
      // The Tasks view filtered to "Hoàn thành quá hạn" lists exactly that occurrence.
      await clickWidget(page, 'tab.progress');
      await clickWidget(page, 'filter.status');
      await clickWidget(page, 'filter.status.option5'); // the options: all, then NotDue … DoneLate
      state = await waitState(page, () => window.__kstthc.progress && window.__kstthc.progress.rows === 1);
      await rectOf(page, 'prow:task-4-1:D2024-02-29');
      await clickWidget(page, 'filter.status');
      await clickWidget(page, 'filter.status.option0');
      await waitState(page, () => window.__kstthc.progress && window.__kstthc.progress.rows > 1);

      // Q2 of II.1 ("Thường xuyên") done on 28/06, recorded from the timeline: its cell turns green.
      await clickWidget(page, 'tab.timeline');
      const [cx, cy, cw, ch] = await rectOf(page, 'cell:task-2-1:2024-Q2');
      const before = await pixel(page, cx + cw / 2, cy + ch / 2);
      assert.ok(before[0] > 180 && before[1] < 90, `Q2 is red (overdue) before: ${before}`);
      await clickWidget(page, 'cell:task-2-1:2024-Q2');
      await clickWidget(page, 'editor.status.done');
      await typeInto(page, 'editor.completed', '28/06/2024');
      await clickWidget(page, 'editor.save');
      plan = await waitForPlan(page, (p) => progressOf(p, 'task-2-1', '2024-Q2'));
      assert.equal(progressOf(plan, 'task-2-1', '2024-Q2').completed, '2024-06-28');
      await page.mouse.move(5, 790);
      await page.waitForTimeout(300);
      const afterColour = await pixel(page, cx + cw / 2, cy + ch / 2);
      assert.ok(afterColour[1] > 130 && afterColour[0] < 110, `Q2 is green (done on time) after: ${afterColour}`);
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
      assert.equal(progressOf(plan, 'task-2-1', '2024-Q3'), undefined);
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
