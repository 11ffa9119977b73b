// An officer's day (issue 11): no typed text is thrown away, paragraphs wrap while being edited.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startServer, newProfileDir, launch, openApp, exportedPlan, waitForPlan, clickWidget, waitState, focusField,
  screenshot, rectOf, rectNames, screenPixels, contrast, luminance, textContrast, waitReady, chooseMenu,
  holdFrames,
} from './helpers.mjs';

let server, url;
before(async () => ({ server, url } = await startServer()));
after(() => server.close());

const taskOf = (plan, id) => plan.appendix.groups.flatMap((g) => g.tasks).find((t) => t.id === id);

async function openTask(page, id) {
  await clickWidget(page, 'tab.appendix');
  await clickWidget(page, `task:${id}`);
  await waitState(page, (t) => window.__kstthc.selected === t, 5000, id);
}

test('Escape leaves a multi-line field and keeps the paragraph typed; one undo takes it back', async () => {
  const context = await launch(await newProfileDir());
  try {
    const page = await openApp(context, url);
    await openTask(page, 'task-1-2');
    const before = taskOf(await exportedPlan(page), 'task-1-2').content;
    await focusField(page, 'task.content');
    await page.keyboard.press('Control+End');
    const typed = '\nĐoạn mới: rà soát, cập nhật quy trình nội bộ giải quyết thủ tục hành chính.\nDòng thứ hai.';
    await page.keyboard.type(typed);
    await waitForPlan(page, (p) => taskOf(p, 'task-1-2').content === before + typed, 10000);
    await page.keyboard.press('Escape');
    await waitState(page, () => window.__kstthc.activeField === '');
    // Still there once the field is left, and once saved.
    await waitState(page, () => window.__kstthc.save === 'saved', 10000);
    assert.equal(taskOf(await exportedPlan(page), 'task-1-2').content, before + typed);
    await page.keyboard.press('Control+Z');
    await waitForPlan(page, (p) => taskOf(p, 'task-1-2').content === before, 5000);
  } finally {
    await context.close();
  }
});

test('a paragraph wraps while it is edited, as it is shown, and arrow down moves by visual line', async () => {
  const context = await launch(await newProfileDir(), { viewport: { width: 1366, height: 768 } });
  try {
    const page = await openApp(context, url);
    await openTask(page, 'task-2-1');
    const content = taskOf(await exportedPlan(page), 'task-2-1').content;
    assert.ok(!content.includes('\n') && content.length > 150, 'a long one-paragraph content');
    const [, , , shownHeight] = await page.evaluate(() => window.__kstthc.rects['task.content']);
    await focusField(page, 'task.content');
    await page.keyboard.press('Control+Home');
    await screenshot(page, 'wrap-while-editing');
    const el = await page.evaluate(() => {
      const t = document.activeElement;
      const cs = getComputedStyle(t);
      return { opacity: cs.opacity, wrap: cs.whiteSpace, scrollWidth: t.scrollWidth, clientWidth: t.clientWidth,
        scrollHeight: t.scrollHeight, lineHeight: parseFloat(cs.lineHeight),
        padY: parseFloat(cs.paddingTop) + parseFloat(cs.paddingBottom) };
    });
    assert.equal(el.opacity, '1', 'the paragraph being edited is shown');
    assert.ok(await page.evaluate(() => document.fonts.check('16px kstthc-ui')), 'in the app\'s own font');
    assert.equal(el.wrap, 'pre-wrap');
    assert.ok(el.scrollWidth <= el.clientWidth, `no sideways scrolling: ${el.scrollWidth} > ${el.clientWidth}`);
    // As many lines as the field showed before it was entered (same font, size and width).
    const lines = Math.round((el.scrollHeight - el.padY) / el.lineHeight);
    const shownLines = Math.round((shownHeight - el.padY) / el.lineHeight);
    assert.ok(lines >= 3 && Math.abs(lines - shownLines) <= 1, `${lines} lines edited, ${shownLines} shown`);
    await page.keyboard.press('ArrowDown');
    const caret = await page.evaluate(() => document.activeElement.selectionStart);
    assert.ok(caret > 10 && caret < content.length - 10, `the caret went one visual line down (at ${caret})`);
    await page.keyboard.type('§');
    await waitForPlan(page, (p) => taskOf(p, 'task-2-1').content === content.slice(0, caret) + '§' + content.slice(caret),
      5000);
  } finally {
    await context.close();
  }
});

/**
 * The contrast of a control's left edge on the row y: its darkest pixel within 1 px of x against the colour
 * 4 px outside and (`inside`, for a field's frame) 2 px inside, before any text (WCAG 1.4.11: ≥ 3:1 against
 * what is next to it).
 */
function edgeContrast(px, x, y, inside) {
  let darkest = px(x, y);
  for (let dx = -1; dx <= 1; dx++) if (luminance(px(x + dx, y)) < luminance(darkest)) darkest = px(x + dx, y);
  const outer = contrast(darkest, px(x - 4, y));
  return inside ? Math.min(outer, contrast(darkest, px(x + 2, y))) : outer;
}

/**
 * Every named field and radio button has an edge of ≥ 3:1 (`names`: what to look at; radio buttons are the
 * names with ".status."); a crop of the region is saved as `shot`. Returns what was measured.
 */
async function checkEdges(page, names, shot) {
  await waitState(page, () => window.__kstthc.settled === true); // windows have their final size and place
  const rects = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await rectOf(page, n)])));
  const all = Object.values(rects);
  const x0 = Math.max(0, Math.min(...all.map((r) => r[0])) - 10), y0 = Math.max(0, Math.min(...all.map((r) => r[1])) - 10);
  const x1 = Math.max(...all.map((r) => r[0] + r[2])) + 10, y1 = Math.max(...all.map((r) => r[1] + r[3])) + 10;
  const clip = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
  const px = await screenPixels(page, clip);
  await screenshot(page, shot, clip);
  const measured = {};
  for (const [name, [x, y, , h]] of Object.entries(rects)) {
    // A radio button's circle starts at the item's left edge, as a field's frame does.
    measured[name] = edgeContrast(px, x, y + h / 2, !name.includes('.status.'));
    const row = [];
    for (let dx = -6; dx <= 6; dx++) row.push(px(x + dx, y + h / 2).join(','));
    assert.ok(measured[name] >= 3, `${name} at ${[x, y, h]}: edge contrast ${measured[name].toFixed(2)} < 3 (${row.join(' ')})`);
    // The text inside (a field's value, a radio button's label) against the field's own background: ≥ 4.5:1
    // (WCAG 1.4.3), measured on the pixels.
    const text = textContrast(px, rects[name]);
    if (text !== null) {
      measured[`${name}#text`] = text;
      assert.ok(text >= 4.5, `${name}: text contrast ${text.toFixed(2)} < 4.5`);
    }
  }
  return measured;
}

test('every input and radio button of the progress editor has a visible frame, also read-only', async () => {
  const context = await launch(await newProfileDir(), { viewport: { width: 1366, height: 768 } });
  try {
    const page = await openApp(context, url);
    await clickWidget(page, 'tab.timeline');
    await clickWidget(page, 'cell:task-2-1:2024-Q2');
    await clickWidget(page, 'editor.status.done');
    await rectOf(page, 'editor.completed');
    const editor = (await rectNames(page, 'editor.')).filter((n) =>
      ['editor.note', 'editor.evidence', 'editor.completed'].includes(n) || n.startsWith('editor.status.'));
    assert.equal(editor.length, 7, editor.join(', '));
    const measured = await checkEdges(page, editor, 'contrast-editor');
    const labels = Object.keys(measured).filter((n) => n.startsWith('editor.status.') && n.endsWith('#text'));
    assert.ok(labels.length >= 4, `the radio buttons' labels were measured: ${Object.keys(measured).join(', ')}`);
    // Read-only: a tab that only follows draws every field disabled.
    const reader = await context.newPage();
    await reader.setViewportSize({ width: 1366, height: 768 });
    await reader.goto(url);
    await waitReady(reader);
    await waitState(reader, () => window.__kstthc.role === 'reader');
    const readOnly = await checkEdges(reader, ['plan.title', 'appendix.search'], 'contrast-readonly');
    assert.ok(readOnly['plan.title#text'] !== undefined, 'the read-only title\'s text was measured');
  } finally {
    await context.close();
  }
});

const progressOf = (plan, task, occurrence) =>
  (plan.progress || []).find((p) => p.task === task && p.occurrence === occurrence);

test('recording Q2 work late proposes its due date, shows both choices and says on time / late live', async () => {
  const context = await launch(await newProfileDir(), { viewport: { width: 1366, height: 768 } });
  try {
    const page = await openApp(context, url); // today is after 2024: every 2024 due date has passed
    await clickWidget(page, 'tab.timeline');
    await clickWidget(page, 'cell:task-2-1:2024-Q2');
    await clickWidget(page, 'editor.status.done');
    await rectOf(page, 'editor.completed.onTime'); // the due date, proposed: on time
    await rectOf(page, 'editor.completed.due');
    await clickWidget(page, 'editor.completed.today');
    await rectOf(page, 'editor.completed.late'); // "Quá hạn N ngày", before anything is saved
    await screenshot(page, 'completion-late');
    await clickWidget(page, 'editor.completed.due');
    await rectOf(page, 'editor.completed.onTime');
    // A date that does not exist: the text stays, the reason is said, saving waits.
    await focusField(page, 'editor.completed');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('31/02/2024');
    await rectOf(page, 'editor.completed.error');
    await screenshot(page, 'completion-invalid');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('30/06/2024');
    await rectOf(page, 'editor.completed.onTime');
    await clickWidget(page, 'editor.save');
    const plan = await waitForPlan(page, (p) => progressOf(p, 'task-2-1', '2024-Q2'), 5000);
    assert.equal(progressOf(plan, 'task-2-1', '2024-Q2').status, 'done');
    assert.equal(progressOf(plan, 'task-2-1', '2024-Q2').completed, '2024-06-30');
  } finally {
    await context.close();
  }
});

test('recording progress counts as a change in the plan list; the import says what a file holds in a sentence',
  async () => {
    const context = await launch(await newProfileDir(), { acceptDownloads: true });
    try {
      const page = await openApp(context, url);
      await waitState(page, () => window.__kstthc.save === 'saved', 10000);
      const listed = async () => (await page.evaluate(() => window.__kstthc.plans))[0].modified;
      const before = await listed();
      await clickWidget(page, 'tab.timeline');
      await clickWidget(page, 'cell:task-2-1:2024-Q2');
      await clickWidget(page, 'editor.status.done');
      await clickWidget(page, 'editor.save');
      await waitForPlan(page, (p) => progressOf(p, 'task-2-1', '2024-Q2'), 5000);
      await waitState(page, () => window.__kstthc.save === 'saved', 10000);
      const after = await listed();
      assert.ok(after > before, `"Sửa lần cuối" moved on with the progress: ${before} → ${after}`);

      const folder = await mkdtemp(join(tmpdir(), 'kstthc-files-'));
      const [download] = await Promise.all([page.waitForEvent('download'), chooseMenu(page, 'menu.data', 'menu.data.export')]);
      const file = join(folder, download.suggestedFilename());
      await download.saveAs(file);
      const plan = await exportedPlan(page);
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), chooseMenu(page, 'menu.data', 'menu.data.import')]);
      await chooser.setFiles(file);
      const state = await waitState(page, () => window.__kstthc.dialog && window.__kstthc.dialog.kind === 'import');
      const tasks = plan.appendix.groups.reduce((n, g) => n + g.tasks.length, 0);
      assert.equal(state.dialog.summary, `${plan.appendix.groups.length} nhóm, ${tasks} nhiệm vụ, ${plan.kpis.length} ` +
        `chỉ tiêu, 1 bản ghi tiến độ, 0 sự kiện`);
      await rectOf(page, 'import.summary');
      await screenshot(page, 'import-summary');
      // Added as a new plan: the list tells the copy from the original by where it came from.
      await clickWidget(page, 'import.add');
      const { plans } = await waitState(page, () => window.__kstthc.plans.length === 2);
      const name = download.suggestedFilename();
      assert.deepEqual(plans.map((p) => p.origin.split(', ')[0]).sort(), ['', name].sort(), JSON.stringify(plans));
      await clickWidget(page, 'tab.plans');
      const row = plans.findIndex((p) => p.origin);
      await rectOf(page, `plans.row${row}.origin`);
      await screenshot(page, 'plans-origin');
    } finally {
      await context.close();
    }
  });

test('a value that is refused keeps its text, is outlined in red and says what is wrong under it', async () => {
  const context = await launch(await newProfileDir(), { viewport: { width: 1366, height: 768 } });
  try {
    const page = await openApp(context, url);
    await clickWidget(page, 'tab.progress');
    const today = await page.evaluate(() => window.__kstthc.today);
    // "Ngày xem" 31/02/2024: not a date — said, kept as typed after leaving the field, "today" unchanged.
    await focusField(page, 'progress.today');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('31/02/2024');
    await page.keyboard.press('Enter');
    await waitState(page, () => window.__kstthc.activeField === '');
    const [ex, ey, ew, eh] = await rectOf(page, 'progress.today.error');
    const [fx, fy, fw, fh] = await rectOf(page, 'progress.today');
    assert.ok(ey >= fy + fh - 1, 'the reason is under the field');
    const px = await screenPixels(page, { x: fx - 4, y: fy - 4, width: fw + 8, height: fh + 8 });
    const [r, g, b] = px(fx, fy + fh / 2);
    assert.ok(r > 150 && g < 80 && b < 80, `the field is outlined in red: ${[r, g, b]}`);
    await screenshot(page, 'invalid-today', { x: 0, y: fy - 10, width: 700, height: ey + eh - fy + 20 });
    assert.equal(await page.evaluate(() => window.__kstthc.today), today);
    await focusField(page, 'progress.today'); // the typed text is still there to correct
    assert.equal(await page.evaluate(() => document.activeElement.value), '31/02/2024');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('15/07/2024');
    await page.keyboard.press('Enter');
    await waitState(page, () => window.__kstthc.today === '2024-07-15');

    // An event due before it happened: the due field says so, and the button stays visible (disabled).
    await clickWidget(page, 'prow:task-1-4');
    await waitState(page, () => window.__kstthc.progressSelected === 'task-1-4');
    await focusField(page, 'event.date');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('10/07/2024');
    await page.keyboard.press('Enter');
    await focusField(page, 'event.due');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('01/07/2024');
    await page.keyboard.press('Enter');
    await rectOf(page, 'event.due.error');
    await rectOf(page, 'event.add');
    await screenshot(page, 'invalid-event-due');
    await clickWidget(page, 'event.add');
    assert.equal(((await exportedPlan(page)).events || []).length, 0, 'nothing was logged');
  } finally {
    await context.close();
  }
});

test('cut-off texts show the whole text when pointed at; the timeline explains its colours', async () => {
  const context = await launch(await newProfileDir(), { viewport: { width: 1366, height: 768 } });
  try {
    const page = await openApp(context, url);
    const content = taskOf(await exportedPlan(page), 'task-2-1').content;
    const pointAt = async (x, y) => {
      await page.mouse.move(x, y);
      return waitState(page, (c) => window.__kstthc.tooltip.includes(c), 5000, content)
        .then((s) => s.tooltip);
    };
    // The Tasks view's names column.
    await clickWidget(page, 'tab.progress');
    const [, ry, , rh] = await rectOf(page, 'prow:task-2-1:2024-Q1');
    assert.ok((await pointAt(40, ry + rh / 2)).startsWith('II.1'));
    await screenshot(page, 'tooltip-tasks');
    // The timeline's row labels, and its legend.
    await clickWidget(page, 'tab.timeline');
    for (let i = 0; i < 6; i++) await rectOf(page, `timeline.legend.${i}`);
    const [, cy, , ch] = await rectOf(page, 'cell:task-2-1:2024-Q2');
    await pointAt(40, cy + ch / 2);
    await screenshot(page, 'tooltip-timeline');
    // The overview's overdue lines.
    await clickWidget(page, 'tab.dashboard');
    const [ox, oy, , oh] = await rectOf(page, 'dash.overdue:task-2-1:2024-Q1');
    await pointAt(ox + 40, oy + oh / 2);
    await screenshot(page, 'tooltip-overdue');
  } finally {
    await context.close();
  }
});

test('legal-basis dates are shown and typed as dd/mm/yyyy; one that is not a date is said and not stored', async () => {
  const context = await launch(await newProfileDir(), { viewport: { width: 1366, height: 768 } });
  try {
    const page = await openApp(context, url);
    assert.equal((await exportedPlan(page)).preamble.legalBases[0].date, '2010-06-08');
    await clickWidget(page, 'tab.document');
    await focusField(page, 'basis0.date');
    assert.equal(await page.evaluate(() => document.activeElement.value), '08/06/2010');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('15/3/2011');
    await page.keyboard.press('Enter');
    await waitForPlan(page, (p) => p.preamble.legalBases[0].date === '2011-03-15', 5000);
    await focusField(page, 'basis0.date');
    assert.equal(await page.evaluate(() => document.activeElement.value), '15/03/2011');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('31/02/2011');
    await page.keyboard.press('Enter');
    await rectOf(page, 'basis0.date.error');
    await screenshot(page, 'basis-date-invalid');
    assert.equal((await exportedPlan(page)).preamble.legalBases[0].date, '2011-03-15');
    await focusField(page, 'basis0.date');
    assert.equal(await page.evaluate(() => document.activeElement.value), '31/02/2011', 'the typed text stays');
  } finally {
    await context.close();
  }
});

test('leaving a field in the middle of a composed word: the word stays there, nothing follows into the next field',
  async () => {
    const context = await launch(await newProfileDir());
    try {
      const page = await openApp(context, url);
      const cdp = await context.newCDPSession(page);
      await focusField(page, 'plan.title');
      await page.keyboard.press('End');
      const before = (await exportedPlan(page)).header.title;
      for (const text of ['T', 'Ta', 'Tâ']) {
        await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
      }
      await waitForPlan(page, (p) => p.header.title === before + 'Tâ', 5000);
      await waitState(page, () => window.__kstthc.composing === true);
      await clickWidget(page, 'tab.appendix');
      await focusField(page, 'appendix.search');
      await waitState(page, () => window.__kstthc.composing === false);
      await page.keyboard.type('xã');
      await waitState(page, () => window.__kstthc.activeField === 'appendix.search');
      const [x, y, w, h] = await rectOf(page, 'appendix.search');
      await screenshot(page, 'composition-left', { x, y: y - 4, width: w, height: h + 8 });
      assert.equal(await page.evaluate(() => document.activeElement.value), 'xã');
      assert.ok((await exportedPlan(page)).header.title.startsWith(before + 'T'), 'the composed word stayed in the title');
    } finally {
      await context.close();
    }
  });

test('the 2024 sample opened in a later year says it is the sample, that its year is over, and offers the two ways on',
  async () => {
  const context = await launch(await newProfileDir(), { viewport: { width: 1366, height: 768 } });
  try {
    const page = await openApp(context, url);
    const thisYear = new Date().getFullYear();
    assert.ok(thisYear > 2024, 'this test runs after 2024');
    await rectOf(page, 'pastYear.banner');
    await rectOf(page, 'pastYear.sample'); // "KẾ HOẠCH MẪU năm 2024 (… không phải kế hoạch của bạn)"
    await screenshot(page, 'past-year-banner', { x: 0, y: 0, width: 1366, height: 160 });
    // View the sample as of the end of its year: its progress is judged then, not years later.
    await clickWidget(page, 'pastYear.asOf');
    await waitState(page, () => window.__kstthc.today === '2024-12-31');
    // Or make this year's plan from it, after the usual review.
    await clickWidget(page, 'pastYear.create');
    await waitState(page, () => window.__kstthc.dialog && window.__kstthc.dialog.kind === 'review');
    await clickWidget(page, 'review.save');
    const plan = await waitForPlan(page, (p) => p.year === thisYear, 10000);
    assert.ok(plan.header.title.includes(String(thisYear)), plan.header.title);
    assert.equal(plan.appendix.groups[0].tasks[0].timeframe, `Tháng 01/${thisYear}`);
    await waitState(page, () => !Object.keys(window.__kstthc.rects).includes('pastYear.banner'));
  } finally {
    await context.close();
  }
});

test('keys typed right after a click, while frames are slow, all reach the field, in order (defect 10)', async () => {
  const context = await launch(await newProfileDir(), { viewport: { width: 1366, height: 768 } });
  await holdFrames(context);
  try {
    const page = await openApp(context, url);
    await waitState(page, () => window.__kstthc.settled === true);
    const [x, y, , h] = await rectOf(page, 'plan.title');
    await page.mouse.move(x + 50, y + h / 2);
    await waitState(page, () => window.__kstthc.settled === true);
    await page.evaluate(() => { window.__frameGate.held = true; });
    // Click, select all, delete and type at once, before any frame has shown the field as active.
    await page.mouse.down();
    await page.mouse.up();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('K');
    assert.ok(await page.evaluate(() => window.__frameGate.step()), 'a frame was waiting'); // the click's frame
    await page.keyboard.type('e hoach nam 2025'); // typed on, while the field's first frames are still to come
    await page.evaluate(() => window.__frameGate.release());
    await waitForPlan(page, (p) => p.header.title === 'Ke hoach nam 2025', 10000);
    // Then the text element has the focus: Vietnamese typed from now on goes through it.
    await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'textproxy');
    await page.keyboard.type(' — xã Hòa Tân Tây');
    await waitForPlan(page, (p) => p.header.title === 'Ke hoach nam 2025 — xã Hòa Tân Tây', 10000);
  } finally {
    await context.close();
  }
});

for (const key of ['Escape', 'Tab']) {
test(`a letter typed just before ${key}, both seen in one slow frame, is kept`, async () => {
  const context = await launch(await newProfileDir(), { viewport: { width: 1366, height: 768 } });
  await holdFrames(context);
  try {
    const page = await openApp(context, url);
    await waitState(page, () => window.__kstthc.settled === true);
    const before = (await exportedPlan(page)).header.title;
    await focusField(page, 'plan.title');
    await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'textproxy');
    await page.keyboard.press('End');
    await page.keyboard.type(' 2025');
    await waitForPlan(page, (p) => p.header.title === before + ' 2025', 10000);
    await waitState(page, () => window.__kstthc.settled === true);
    await page.evaluate(() => { window.__frameGate.held = true; });
    await page.keyboard.type('!'); // the element has it; no frame has read it yet
    await page.keyboard.press(key); // reaches the app in the same frame
    await page.evaluate(() => window.__frameGate.release());
    await waitState(page, () => window.__kstthc.activeField === '' && window.__kstthc.settled === true);
    assert.equal((await exportedPlan(page)).header.title, before + ' 2025!');
  } finally {
    await context.close();
  }
});
}

test('letters typed just before Enter in "Minh chứng", both seen in one slow frame, make one whole evidence line',
  async () => {
    const context = await launch(await newProfileDir(), { viewport: { width: 1366, height: 768 } });
    await holdFrames(context);
    try {
      const page = await openApp(context, url);
      await clickWidget(page, 'tab.timeline');
      await clickWidget(page, 'cell:task-2-1:2024-Q2');
      await clickWidget(page, 'editor.status.done');
      await focusField(page, 'editor.evidence');
      await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'textproxy');
      await page.keyboard.type('Biên bản số 3 ngày 28/6/20');
      await waitState(page, () => window.__kstthc.settled === true);
      await page.evaluate(() => { window.__frameGate.held = true; });
      await page.keyboard.type('24'); // the element has them; no frame has read them yet
      await page.keyboard.press('Enter'); // reaches the app in the same frame: adds the line
      await page.evaluate(() => window.__frameGate.release());
      await rectOf(page, 'editor.evidence.0');
      await waitState(page, () => window.__kstthc.settled === true);
      await clickWidget(page, 'editor.save');
      const plan = await waitForPlan(page, (p) => (p.progress || []).some((r) => r.task === 'task-2-1'));
      const row = plan.progress.find((r) => r.task === 'task-2-1' && r.occurrence === '2024-Q2');
      assert.deepEqual(row.evidence.map((e) => e.text), ['Biên bản số 3 ngày 28/6/2024']);
    } finally {
      await context.close();
    }
  });

test('numbers, Tab and Enter typed faster than frames come each land in their own cell (CI of 50b8713)',
  async () => {
    const context = await launch(await newProfileDir(), { viewport: { width: 1366, height: 900 } });
    await holdFrames(context);
    try {
      const page = await openApp(context, url);
      const k1 = (await exportedPlan(page)).kpis[0].id;
      await clickWidget(page, 'tab.targets');
      await waitState(page, () => window.__kstthc.settled === true);
      await focusField(page, `count:${k1}:1:0`);
      await page.keyboard.type('41');
      await waitState(page, () => window.__kstthc.settled === true);
      // All of it before one frame: two fields left by Tab, one by Enter (whose next cell comes a frame
      // later, with no field active in between), and digits typed after each.
      await page.evaluate(() => { window.__frameGate.held = true; });
      await page.keyboard.type('2');
      await page.keyboard.press('Tab');
      await page.keyboard.type('380');
      await page.keyboard.press('Tab');
      await page.keyboard.type('1020');
      await page.keyboard.press('Enter');
      await page.keyboard.type('1100');
      await page.evaluate(() => window.__frameGate.release());
      await waitState(page, (n) => window.__kstthc.activeField === n && window.__kstthc.settled === true, 5000,
        `count:${k1}:3:1`);
      await page.keyboard.press('Enter');
      const counts = (p) => (p.counts || []).filter((c) => c.kpi === k1)
        .map((c) => [c.month, c.numerator, c.denominator ?? null]);
      const want = [['2024-01', 412, 0], ['2024-02', 380, 0], ['2024-03', 1020, 1100]];
      const plan = await waitForPlan(page, (p) => JSON.stringify(counts(p)) === JSON.stringify(want), 5000)
        .catch(async (e) => { throw new Error(`${e.message}\ncounts: ${JSON.stringify(counts(await exportedPlan(page)))}`); });
      assert.deepEqual(counts(plan), want);
    } finally {
      await context.close();
    }
  });
