// Keyboard-only use (issue 11, defect 5): Tab and Shift+Tab through fields, buttons and tables in reading
// order, arrows between table rows, Enter to open a row and to save a dialog, Escape that asks before a dialog
// throws typed work away, and a visible outline on the focused control. No mouse event is sent.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, newProfileDir, launch, openApp, waitForPlan, waitState, screenshot, screenPixels, rectOf,
  exportedPlan, waitFor,
} from './helpers.mjs';

let server, url;
before(async () => ({ server, url } = await startServer()));
after(() => server.close());

const taskOf = (plan, id) => plan.appendix.groups.flatMap((g) => g.tasks).find((t) => t.id === id);
const progressOf = (plan, task, occurrence) =>
  (plan.progress || []).find((p) => p.task === task && p.occurrence === occurrence);

/** What has the keyboard: the outlined widget's name and the field being edited. */
const where = (page) => page.evaluate(() => ({ focused: window.__kstthc.focused, field: window.__kstthc.activeField}));

/**
 * Presses `key` until `ok(where)` holds, as a person presses Tab until the field they want is reached; each
 * press waits for the frame that shows where the focus went. Fails after `max` presses.
 */
async function pressUntil(page, key, ok, max = 40) {
  const seen = [];
  for (let i = 0; i < max; i++) {
    const before = await where(page);
    await page.keyboard.press(key);
    // The focus moves in the frames after the key: wait until it is shown somewhere else and no frame follows.
    await page.waitForFunction((b) => (window.__kstthc.focused !== b.focused || window.__kstthc.activeField !== b.field)
      && window.__kstthc.settled === true, before, { timeout: 1500 }).catch(() => {});
    const w = await where(page);
    seen.push(w.field || w.focused);
    if (process.env.KSTTHC_KEYS_DEBUG) console.log(key, JSON.stringify(w), Date.now() % 100000);
    if (ok(w)) return w;
  }
  await screenshot(page, `keyboard-failed-${key}`);
  throw new Error(`${key} × ${max} never reached it; went through: ${seen.join(' → ')}`);
}

/**
 * From where the focus is, `toTabs` (Tab or Shift+Tab) to the "Tiến độ" tab, Enter; the search field narrows
 * the list to III.2, Tab goes into the table, arrows down to its `occurrence` row, and Enter opens the editor.
 */
async function openProgressRow(page, toTabs, occurrence) {
  await pressUntil(page, toTabs, (w) => w.focused === 'tab.progress', 15);
  await page.keyboard.press('Enter');
  await pressUntil(page, 'Tab', (w) => w.field === 'filter.search', 15);
  await page.keyboard.type('Rà soát bộ TTHC thuộc thẩm quyền');
  await pressUntil(page, 'Tab', (w) => w.focused.startsWith('prow:'), 3);
  await pressUntil(page, 'ArrowDown', (w) => w.focused === `prow:task-3-2:${occurrence}`, 10);
  await page.keyboard.press('Enter');
  await waitState(page, (o) => window.__kstthc.dialog && window.__kstthc.dialog.kind === 'progress'
    && window.__kstthc.dialog.occurrence === o && window.__kstthc.dialog.task === 'task-3-2', 10000, occurrence);
}

/** Counts every mouse and pointer event the page receives (the test must send none). */
async function countMouse(page) {
  await page.evaluate(() => {
    window.__mouseEvents = 0;
    for (const type of ['mousedown', 'mouseup', 'mousemove', 'click', 'pointerdown', 'wheel'])
      window.addEventListener(type, () => { window.__mouseEvents++; }, true);
  });
}

test('keyboard only: open task III.2, edit its content, record its Q2 progress with evidence and save', async () => {
  const context = await launch(await newProfileDir(), { viewport: { width: 1366, height: 768 } });
  try {
    const page = await openApp(context, url);
    await countMouse(page);
    await waitState(page, () => window.__kstthc.settled === true);
    // Tab reaches the appendix's search field, then the table, whose first row takes the focus.
    await pressUntil(page, 'Tab', (w) => w.field === 'appendix.search', 15);
    await pressUntil(page, 'Tab', (w) => w.focused.startsWith('group:') || w.focused.startsWith('task:'), 2);
    // Arrows go down the rows (and the table scrolls with them) to III.2; Enter opens it in the editor.
    await pressUntil(page, 'ArrowDown', (w) => w.focused === 'task:task-3-2', 40);
    const [x, y, w, h] = await rectOf(page, 'task:task-3-2');
    const clip = { x: 2, y: y - 12, width: 860, height: h + 24 };
    const px = await screenPixels(page, clip);
    await screenshot(page, 'keyboard-row-focus', clip);
    // The focused row is outlined in the focus blue (#1a5fb4): look along its left edge.
    let outlined = 0;
    for (let yy = y; yy < y + h; yy += 2) {
      for (let xx = 2; xx < 20; xx++) {
        const [r, g, b] = px(xx, yy);
        if (Math.abs(r - 26) < 40 && Math.abs(g - 95) < 40 && Math.abs(b - 180) < 40) { outlined++; break; }
      }
    }
    assert.ok(outlined >= Math.floor(h / 2 / 2), `the focused row's left edge is outlined (${outlined} of ${Math.floor(h / 2)})`);
    assert.ok(x > 0 && w > 0);
    await page.keyboard.press('Enter');
    await waitState(page, () => window.__kstthc.selected === 'task-3-2');
    // Tab leaves the table for the editor beside it and reaches the content field.
    await pressUntil(page, 'Tab', (w) => w.field === 'task.content', 6);
    const content = taskOf(await exportedPlan(page), 'task-3-2').content;
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Đã rà soát quý II.');
    await waitForPlan(page, (p) => taskOf(p, 'task-3-2').content === content + ' Đã rà soát quý II.', 5000);
    await page.keyboard.press('Escape');
    await waitState(page, () => window.__kstthc.activeField === '');

    // Back to the tabs with Shift+Tab, then to the Q2 row of III.2 in "Tiến độ", opened with Enter.
    await openProgressRow(page, 'Shift+Tab', '2024-Q2');
    // In the editor: Tab to "Hoàn thành", Space chooses it (the due date is proposed: the quarter is over).
    await pressUntil(page, 'Tab', (w) => w.focused === 'editor.status.done', 8);
    await page.keyboard.press('Space');
    await rectOf(page, 'editor.completed.onTime');
    await pressUntil(page, 'Tab', (w) => w.field === 'editor.evidence', 10);
    await page.keyboard.type('Biên bản rà soát số 12/BB-UBND');
    await screenshot(page, 'keyboard-editor');
    await page.keyboard.press('Enter'); // Enter in "Minh chứng" adds the line; Ctrl+Enter saves the dialog
    await rectOf(page, 'editor.evidence.0');
    await page.keyboard.press('Control+Enter');
    const plan = await waitForPlan(page, (p) => progressOf(p, 'task-3-2', '2024-Q2'), 5000);
    const progress = progressOf(plan, 'task-3-2', '2024-Q2');
    assert.equal(progress.status, 'done');
    assert.equal(progress.completed, '2024-06-30');
    assert.deepEqual(progress.evidence.map((e) => e.text), ['Biên bản rà soát số 12/BB-UBND']);
    assert.equal(taskOf(plan, 'task-3-2').content, content + ' Đã rà soát quý II.');
    await waitState(page, () => window.__kstthc.dialog === null);
    assert.equal(await page.evaluate(() => window.__mouseEvents), 0, 'not a single mouse event');
  } finally {
    await context.close();
  }
});

test('Escape in the progress editor asks before throwing typed work away; Ctrl+Enter saves from the result field',
  async () => {
    const context = await launch(await newProfileDir(), { viewport: { width: 1366, height: 768 } });
    try {
      const page = await openApp(context, url);
      await waitState(page, () => window.__kstthc.settled === true);
      await openProgressRow(page, 'Tab', '2024-Q3');
      // Nothing typed: Escape closes at once.
      await page.keyboard.press('Escape');
      await waitState(page, () => window.__kstthc.dialog === null);
      await page.keyboard.press('Enter'); // the row still has the focus: open it again
      await waitState(page, () => window.__kstthc.dialog && window.__kstthc.dialog.kind === 'progress');
      await pressUntil(page, 'Tab', (w) => w.field === 'editor.note', 12);
      await page.keyboard.type('Kết quả quý III');
      await page.keyboard.press('Escape'); // leaves the field, keeps the text
      await waitState(page, () => window.__kstthc.activeField === '');
      await page.keyboard.press('Escape'); // asks
      await rectOf(page, 'editor.discardQuestion');
      await waitState(page, () => window.__kstthc.focused === 'editor.keepEditing');
      await screenshot(page, 'keyboard-discard-question');
      await page.keyboard.press('Enter'); // the safe choice has the focus: keep editing
      await waitFor(() => page.evaluate(() => !('editor.discardQuestion' in window.__kstthc.rects)), (v) => v);
      assert.equal((await page.evaluate(() => window.__kstthc.dialog)).kind, 'progress', 'still open');
      await pressUntil(page, 'Tab', (w) => w.field === 'editor.note', 12);
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('dòng hai');
      await page.keyboard.press('Control+Enter'); // Enter made a new line; Ctrl+Enter saves
      const plan = await waitForPlan(page, (p) => progressOf(p, 'task-3-2', '2024-Q3'), 5000);
      assert.equal(progressOf(plan, 'task-3-2', '2024-Q3').note, 'Kết quả quý III\ndòng hai');
      // Asked again and answered "discard": the typed text is not stored.
      await page.keyboard.press('ArrowDown');
      await waitState(page, () => window.__kstthc.focused === 'prow:task-3-2:2024-Q4');
      await page.keyboard.press('Enter');
      await waitState(page, () => window.__kstthc.dialog && window.__kstthc.dialog.occurrence === '2024-Q4');
      await pressUntil(page, 'Tab', (w) => w.field === 'editor.note', 12);
      await page.keyboard.type('không lưu');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await waitState(page, () => window.__kstthc.focused === 'editor.keepEditing');
      await page.keyboard.press('Tab');
      await waitState(page, () => window.__kstthc.focused === 'editor.discard');
      await page.keyboard.press('Enter');
      await waitState(page, () => window.__kstthc.dialog === null);
      assert.equal(progressOf(await exportedPlan(page), 'task-3-2', '2024-Q4'), undefined);
    } finally {
      await context.close();
    }
  });

// Escape, Escape typed quickly: the question's focus on "Tiếp tục sửa" is given in one frame and shown by the
// next, which no key or timer may be left to ask for (the CI failure of stop 23: about one round in five
// stayed without the focus). Many rounds, as an officer who changes their mind.
test('Escape twice in quick succession always puts the focus on "Tiếp tục sửa"', async () => {
  const context = await launch(await newProfileDir(), { viewport: { width: 1366, height: 768 } });
  try {
    const page = await openApp(context, url);
    await waitState(page, () => window.__kstthc.settled === true);
    await openProgressRow(page, 'Tab', '2024-Q4');
    for (let round = 1; round <= 15; round++) {
      await pressUntil(page, 'Tab', (w) => w.field === 'editor.note', 12);
      await page.keyboard.type(` không lưu ${round}`);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await waitState(page, () => window.__kstthc.focused === 'editor.keepEditing' && window.__kstthc.settled === true)
        .catch((e) => { throw new Error(`round ${round}: ${e.message}`); });
      await page.keyboard.press('Enter');
      await waitFor(() => page.evaluate(() => !('editor.discardQuestion' in window.__kstthc.rects)), (v) => v);
    }
    await pressUntil(page, 'Tab', (w) => w.focused === 'editor.save', 12);
    await page.keyboard.press('Enter');
    const plan = await waitForPlan(page, (p) => progressOf(p, 'task-3-2', '2024-Q4'), 5000);
    assert.equal(progressOf(plan, 'task-3-2', '2024-Q4').note, Array.from({ length: 15 }, (_, i) => ` không lưu ${i + 1}`).join(''));
  } finally {
    await context.close();
  }
});

test('Trợ giúp lists the keyboard shortcuts', async () => {
  const context = await launch(await newProfileDir(), { viewport: { width: 1366, height: 768 } });
  try {
    const page = await openApp(context, url);
    await waitState(page, () => window.__kstthc.settled === true);
    // Alt goes to the menu bar; arrows to "Trợ giúp"; Enter opens it and "Phím tắt".
    await page.keyboard.press('Alt');
    await pressUntil(page, 'ArrowRight', (w) => w.focused === 'menu.help', 8);
    await page.keyboard.press('Enter');
    await pressUntil(page, 'ArrowDown', (w) => w.focused === 'menu.help.keys', 4);
    await page.keyboard.press('Enter');
    await rectOf(page, 'keys.table');
    await screenshot(page, 'keyboard-shortcuts');
    await page.keyboard.press('Escape');
    await waitFor(() => page.evaluate(() => !('keys.table' in window.__kstthc.rects)), (v) => v);
  } finally {
    await context.close();
  }
});
