// The plan: the appendix shows all 28 tasks in 8 groups; a task is edited by clicking and typing, one is added,
// another deleted and restored by undo; export downloads JSON matching the edits; a broken file is refused
// with its path and reason and changes nothing; the exported file imported into a fresh profile reproduces
// the plan. Plus the stored-plans list (duplicate, rename, next-year copy, delete) and the document view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startServer, newProfileDir, launch, openApp, exportedPlan, waitForPlan, rectOf, clickWidget, replaceText,
  chooseMenu, scrollTo, waitState, waitSaved, waitReady, screenshot,
} from './helpers.mjs';

let server;
let url;
before(async () => { ({ server, url } = await startServer()); });
after(() => server.close());

const allTasks = (plan) => plan.appendix.groups.flatMap((g) => g.tasks);
const group = (plan, i) => plan.appendix.groups[i];
/** A folder of the test's own for the files it writes and imports (no test reads another's files). */
const ownFolder = () => mkdtemp(join(tmpdir(), 'kstthc-files-'));

/** Exports the open plan through the menu "Dữ liệu" → export; saves the download under `folder`, returns its path. */
async function exportThroughMenu(page, folder) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    chooseMenu(page, 'menu.data', 'menu.data.export'),
  ]);
  const file = join(folder, download.suggestedFilename());
  await download.saveAs(file);
  return { file, name: download.suggestedFilename() };
}

test('edit, add, delete and undo in the appendix; export downloads the edited plan', async () => {
  const context = await launch(await newProfileDir(), { acceptDownloads: true });
  try {
    const page = await openApp(context, url);
    const original = await exportedPlan(page);
    assert.equal(original.appendix.groups.length, 8);
    assert.equal(allTasks(original).length, 28);
    for (const t of allTasks(original)) await rectOf(page, `task:${t.id}`); // every task has a row

    // Edit task I.2 by clicking its row and typing into the content field.
    await clickWidget(page, 'task:task-1-2');
    await waitState(page, () => window.__kstthc.selected === 'task-1-2');
    const content = 'Ban hành văn bản hướng dẫn cải cách TTHC năm 2024';
    await replaceText(page, 'task.content', content);
    let plan = await waitForPlan(page, (p) => group(p, 0).tasks[1].content === content);

    // Add a task after I.2 and type its content.
    await clickWidget(page, 'task.addAfter');
    plan = await waitForPlan(page, (p) => group(p, 0).tasks.length === 4);
    const added = group(plan, 0).tasks[2];
    assert.equal(added.content, 'Nhiệm vụ mới');
    assert.ok(!allTasks(original).some((t) => t.id === added.id), 'the added task has a new id');
    await waitState(page, (id) => window.__kstthc.selected === id, 10000, added.id); // the new task is selected
    await replaceText(page, 'task.content', 'Rà soát quy trình nội bộ');
    plan = await waitForPlan(page, (p) => group(p, 0).tasks[2].content === 'Rà soát quy trình nội bộ');
    assert.equal(group(plan, 0).tasks[2].id, added.id);
    assert.equal(group(plan, 0).tasks[2].lead, 'unit-vptk');

    // Delete task I.4 (after confirming), then undo with Ctrl+Z.
    await clickWidget(page, 'task:task-1-4');
    await waitState(page, () => window.__kstthc.selected === 'task-1-4');
    await clickWidget(page, 'task.delete');
    const confirm = await waitState(page, () => window.__kstthc.dialog && window.__kstthc.dialog.kind === 'confirm');
    assert.match(confirm.dialog.text, /I\.4 Tham gia tập huấn/);
    await screenshot(page, 'plan-delete-confirm');
    await clickWidget(page, 'dialog.confirm');
    plan = await waitForPlan(page, (p) => !allTasks(p).some((t) => t.id === 'task-1-4'));
    assert.equal(allTasks(plan).length, 28);
    assert.ok(plan.tombstones.some((t) => t.id === 'task-1-4' && t.kind === 'task'));
    await page.keyboard.press('Control+Z');
    plan = await waitForPlan(page, (p) => allTasks(p).some((t) => t.id === 'task-1-4'));
    assert.deepEqual(group(plan, 0).tasks.map((t) => t.id), ['task-1-1', 'task-1-2', added.id, 'task-1-4']);
    assert.equal(plan.tombstones.length, 0);
    await screenshot(page, 'plan-edited');

    // Export: a download whose JSON is exactly the edited plan.
    const { file, name } = await exportThroughMenu(page, await ownFolder());
    assert.match(name, /^hoa-tan-tay-2024-\d{4}-\d{2}-\d{2}\.json$/);
    const text = await readFile(file, 'utf8');
    assert.equal(text, await page.evaluate(() => window.__kstthc.planJson()));
    const fromFile = JSON.parse(text);
    assert.equal(group(fromFile, 0).tasks[1].content, content);
    assert.equal(group(fromFile, 0).tasks[2].content, 'Rà soát quy trình nội bộ');
    assert.equal(allTasks(fromFile).length, 29);
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
});

test('a broken file is refused with the JSON path and reason, and the plan stays as it was', async () => {
  const context = await launch(await newProfileDir());
  try {
    const page = await openApp(context, url);
    const before = await page.evaluate(() => window.__kstthc.planJson());
    const broken = JSON.parse(before);
    broken.appendix.groups[2].tasks[0].lead = 'X';
    const brokenPath = join(await ownFolder(), 'broken-plan.json');
    await writeFile(brokenPath, JSON.stringify(broken));

    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      chooseMenu(page, 'menu.data', 'menu.data.import'),
    ]);
    await chooser.setFiles(brokenPath);
    const state = await waitState(page, () => window.__kstthc.dialog && window.__kstthc.dialog.kind === 'message');
    assert.match(state.dialog.title, /Không nhập được tệp broken-plan\.json/);
    assert.match(state.dialog.text,
      /appendix\.groups\[2\]\.tasks\[0\]\.lead: đơn vị "X" không có trong danh sách đơn vị/);
    assert.match(state.dialog.text, /Kế hoạch đang mở không thay đổi/);
    await screenshot(page, 'plan-import-refused');
    await clickWidget(page, 'dialog.ok');
    await waitState(page, () => window.__kstthc.dialog === null);
    assert.equal(await page.evaluate(() => window.__kstthc.planJson()), before);

    // Not JSON at all, dropped onto the page.
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['{"schema": "kstthc-plan", '], 'hong.json', { type: 'application/json' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    const second = await waitState(page, () => window.__kstthc.dialog && window.__kstthc.dialog.kind === 'message');
    assert.match(second.dialog.text, /không phải JSON hợp lệ/);
    await clickWidget(page, 'dialog.ok');
    await page.reload();
    await waitReady(page);
    assert.equal(await page.evaluate(() => window.__kstthc.planJson()), before);
  } finally {
    await context.close();
  }
});

test('importing the exported file into a fresh profile reproduces the plan', async () => {
  // The file: the built-in plan with an edited task, exported through the menu from a profile of its own.
  let exportedFile;
  let context = await launch(await newProfileDir(), { acceptDownloads: true });
  try {
    const page = await openApp(context, url);
    await clickWidget(page, 'task:task-2-1');
    await waitState(page, () => window.__kstthc.selected === 'task-2-1');
    await replaceText(page, 'task.content', 'Nội dung đã sửa trước khi xuất');
    await waitForPlan(page, (p) => group(p, 1).tasks[0].content === 'Nội dung đã sửa trước khi xuất');
    ({ file: exportedFile } = await exportThroughMenu(page, await ownFolder()));
  } finally {
    await context.close();
  }
  const expected = await readFile(exportedFile, 'utf8');
  assert.equal(group(JSON.parse(expected), 1).tasks[0].content, 'Nội dung đã sửa trước khi xuất');

  const profile = await newProfileDir();
  context = await launch(profile);
  try {
    const page = await openApp(context, url);
    assert.notEqual(await page.evaluate(() => window.__kstthc.planJson()), expected); // the import changes it
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      chooseMenu(page, 'menu.data', 'menu.data.import'),
    ]);
    await chooser.setFiles(exportedFile);
    await waitState(page, () => window.__kstthc.dialog && window.__kstthc.dialog.kind === 'import');
    await screenshot(page, 'plan-import-summary');
    await clickWidget(page, 'import.replace');
    await waitState(page, () => window.__kstthc.dialog === null);
    assert.equal(await page.evaluate(() => window.__kstthc.planJson()), expected);
    await waitSaved(page);
  } finally {
    await context.close();
  }
  context = await launch(profile);
  try {
    const page = await openApp(context, url);
    assert.equal(await page.evaluate(() => window.__kstthc.planJson()), expected);
    const state = await page.evaluate(() => window.__kstthc);
    assert.equal(state.plans.length, 1); // replaced, not added beside the built-in plan
  } finally {
    await context.close();
  }
});

test('stored plans: duplicate, rename, copy to the next year after review, delete with confirmation', async () => {
  const context = await launch(await newProfileDir());
  try {
    const page = await openApp(context, url);
    await clickWidget(page, 'tab.plans');
    await waitState(page, () => window.__kstthc.plans.length === 1);
    await clickWidget(page, 'plans.row0.duplicate');
    let state = await waitState(page, () => window.__kstthc.plans.length === 2);
    const copy = state.plans.find((p) => p.id !== 'plan-hoa-tan-tay-2024');
    assert.match(copy.title, /\(bản sao\)$/);

    // Rename the open plan through the dialog.
    const openRow = state.plans.findIndex((p) => p.id === 'plan-hoa-tan-tay-2024');
    await clickWidget(page, `plans.row${openRow}.rename`);
    await replaceText(page, 'plans.renameText', 'Kế hoạch KSTTHC xã Tây Hòa');
    await clickWidget(page, 'plans.renameOk');
    await waitForPlan(page, (p) => p.header.title === 'Kế hoạch KSTTHC xã Tây Hòa');

    // Copy the open plan to the next year: review the changes, then save and open it.
    await clickWidget(page, 'plans.newNextYear');
    state = await waitState(page, () => window.__kstthc.dialog && window.__kstthc.dialog.kind === 'review');
    assert.ok(state.dialog.changes >= 10);
    await screenshot(page, 'plan-next-year-review');
    await clickWidget(page, 'review.save');
    const next = await waitForPlan(page, (p) => p.year === 2025);
    assert.equal(next.appendix.groups[0].tasks[0].timeframe, 'Tháng 01/2025');
    assert.equal(next.appendix.groups[3].tasks[3].timeframe, 'Quý II/2025');
    assert.equal(next.preamble.legalBases[5].date, '2024-01-26');
    state = await waitState(page, () => window.__kstthc.plans.length === 3);

    // Delete the duplicate, confirming in the dialog.
    const row = state.plans.findIndex((p) => p.id === copy.id);
    await clickWidget(page, `plans.row${row}.delete`);
    await clickWidget(page, 'plans.deleteOk');
    state = await waitState(page, () => window.__kstthc.plans.length === 2);
    assert.ok(!state.plans.some((p) => p.id === copy.id));
    await waitSaved(page);
    await page.reload();
    await waitReady(page);
    assert.equal((await exportedPlan(page)).year, 2025); // the open plan is remembered
    state = await page.evaluate(() => window.__kstthc);
    assert.equal(state.plans.length, 2);
  } finally {
    await context.close();
  }
});

test('document view: the signer and a recipient are edited by typing', async () => {
  const context = await launch(await newProfileDir());
  try {
    const page = await openApp(context, url);
    await clickWidget(page, 'tab.document');
    await scrollTo(page, 'recipient0.text');
    await replaceText(page, 'recipient0.text', 'VP. HĐND&UBND tỉnh;');
    await waitForPlan(page, (p) => p.recipients[0].text === 'VP. HĐND&UBND tỉnh;');
    await scrollTo(page, 'doc.signatureName');
    await replaceText(page, 'doc.signatureName', 'Trần Thị Thu Hà');
    const plan = await waitForPlan(page, (p) => p.signature.name === 'Trần Thị Thu Hà');
    assert.equal(plan.recipients[0].text, 'VP. HĐND&UBND tỉnh;');
    await screenshot(page, 'plan-document');
  } finally {
    await context.close();
  }
});

test('appendix: move up, move to another group, renumber; units list; undo from the menu', async () => {
  const context = await launch(await newProfileDir());
  try {
    const page = await openApp(context, url);
    const ids = (p, g) => group(p, g).tasks.map((t) => t.id);

    await clickWidget(page, 'task:task-1-4');
    await waitState(page, () => window.__kstthc.selected === 'task-1-4');
    await clickWidget(page, 'task.up');
    let plan = await waitForPlan(page, (p) => ids(p, 0)[1] === 'task-1-4');
    assert.deepEqual(ids(plan, 0), ['task-1-1', 'task-1-4', 'task-1-2']);

    await clickWidget(page, 'task.moveGroup');
    await clickWidget(page, 'task.moveGroup.option:group-8');
    plan = await waitForPlan(page, (p) => ids(p, 7).includes('task-1-4'));
    assert.deepEqual(ids(plan, 0), ['task-1-1', 'task-1-2']);
    assert.deepEqual(ids(plan, 7), ['task-8-1', 'task-1-4']);

    // Renumber group VIII, whose printed numbers are now 1, 4 (the moved task keeps its number).
    const numbers = (p, g) => group(p, g).tasks.map((t) => t.number);
    assert.deepEqual(numbers(plan, 7), ['1', '4']);
    await scrollTo(page, 'group:group-8');
    await clickWidget(page, 'group:group-8');
    await waitState(page, () => window.__kstthc.selected === 'group-8');
    await clickWidget(page, 'group.renumber');
    plan = await waitForPlan(page, (p) => numbers(p, 7).join() === '1,2');
    assert.deepEqual(ids(plan, 7), ['task-8-1', 'task-1-4']);

    // Undo from the menu brings back the printed numbering (and only that: the task stays in group VIII).
    await chooseMenu(page, 'menu.plan', 'menu.plan.undo');
    plan = await waitForPlan(page, (p) => numbers(p, 7).join() === '1,4');
    assert.deepEqual(ids(plan, 7), ['task-8-1', 'task-1-4']);
    assert.deepEqual(ids(plan, 0), ['task-1-1', 'task-1-2']);

    // Units: add one, name it, use it as a coordinating unit; a used unit cannot be deleted.
    await clickWidget(page, 'tab.units');
    await clickWidget(page, 'units.add');
    plan = await waitForPlan(page, (p) => p.units.length === 6);
    await replaceText(page, 'unit5.name', 'Tư pháp – Hộ tịch');
    plan = await waitForPlan(page, (p) => p.units[5].name === 'Tư pháp – Hộ tịch');
    const unitId = plan.units[5].id;
    await page.keyboard.press('Enter');
    await clickWidget(page, 'tab.appendix');
    await scrollTo(page, 'task:task-1-1'); // the table was scrolled down to group VIII
    await clickWidget(page, 'task:task-1-1');
    await waitState(page, () => window.__kstthc.selected === 'task-1-1');
    await clickWidget(page, 'task.addCoordinator');
    await clickWidget(page, 'task.addCoordinator.option5');
    plan = await waitForPlan(page, (p) => group(p, 0).tasks[0].coordinators.length === 2);
    assert.equal(group(plan, 0).tasks[0].coordinators[1].unit, unitId);
    await clickWidget(page, 'tab.units');
    await clickWidget(page, 'unit5.delete');
    const state = await waitState(page, () => window.__kstthc.dialog && window.__kstthc.dialog.kind === 'message');
    assert.match(state.dialog.text, /đơn vị đang được dùng ở nhiệm vụ I\.1/);
    await screenshot(page, 'plan-unit-in-use');
    await clickWidget(page, 'dialog.ok');
    await waitState(page, () => window.__kstthc.dialog === null);
    plan = await exportedPlan(page);
    assert.equal(plan.units.length, 6);
    assert.equal(plan.units[5].id, unitId);
  } finally {
    await context.close();
  }
});

test('importing a plan as a new plan keeps the open one beside it', async () => {
  const context = await launch(await newProfileDir(), { acceptDownloads: true });
  try {
    const page = await openApp(context, url);
    await waitState(page, () => window.__kstthc.plans.length === 1);
    const builtin = await exportedPlan(page);
    // The file: this plan exported, then changed as another copy of it would be (a task's content, one task
    // fewer). It keeps the open plan's id.
    const folder = await ownFolder();
    const { file: exported } = await exportThroughMenu(page, folder);
    const imported = JSON.parse(await readFile(exported, 'utf8'));
    assert.equal(imported.id, builtin.id);
    group(imported, 0).tasks[1].content = 'Bản sao có sửa đổi';
    group(imported, 3).tasks.pop();
    const file = join(folder, 'ban-sao.json');
    await writeFile(file, JSON.stringify(imported, null, 2));
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      chooseMenu(page, 'menu.data', 'menu.data.import'),
    ]);
    await chooser.setFiles(file);
    await waitState(page, () => window.__kstthc.dialog && window.__kstthc.dialog.kind === 'import');
    await clickWidget(page, 'import.add');
    const state = await waitState(page, () => window.__kstthc.plans.length === 2);
    const open = await exportedPlan(page);
    assert.notEqual(open.id, imported.id); // same id as the built-in plan stored beside it: a new id is given
    assert.equal(allTasks(open).length, 27);
    assert.equal(group(open, 0).tasks[1].content, 'Bản sao có sửa đổi');
    assert.ok(state.plans.some((p) => p.id === builtin.id));
    assert.ok(state.plans.some((p) => p.id === open.id));
  } finally {
    await context.close();
  }
});
