// Reports (issue 13): the Q2/2024 report of the built-in plan with progress recorded, "Kiến nghị" filled in,
// printed to PDF by Chromium and checked with poppler; its .docx read by python-docx and converted by
// LibreOffice; its CSV read by Python's csv module. Everything is checked in the files the app produced.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile, readdir, copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  startServer, newProfileDir, launch, openApp, exportedPlan, waitForPlan, clickWidget, waitState, focusField,
  screenshot, rectOf, OUT, DIST, replaceText,
} from './helpers.mjs';

let server, url;
before(async () => ({ server, url } = await startServer()));
after(() => server.close());

const PY = '/usr/bin/python3'; // Debian's, with python3-docx
const run = (cmd, args) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
/** Asserts that pdfinfo's output says A4 (210 × 297 mm = 595.3 × 841.9 pt, within a point). */
function assertA4(info) {
  const m = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  assert.ok(m && Math.abs(Number(m[1]) - 595.3) < 1 && Math.abs(Number(m[2]) - 841.9) < 1, info);
}
const HOSTILE = '<script>alert(1)</script>';

/** The page size of each page of a PDF, from pdfinfo: [[width, height] in pt, …]. */
function pageSizes(pdf) {
  const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))[1]);
  const info = run('pdfinfo', ['-f', '1', '-l', String(pages), pdf]);
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => [Number(m[1]), Number(m[2])]);
}
/** The words of pages `from`..`to` of a PDF in pdftotext's reading order, with their left edge in pt. */
function pdfWords(pdf, from, to) {
  const xml = run('pdftotext', ['-f', String(from), '-l', String(to), '-bbox-layout', pdf, '-']);
  const unescape = (t) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  return [...xml.matchAll(/<word xMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({ x: Number(m[1]), text: unescape(m[2]) }));
}
const portrait = ([w, h]) => Math.abs(w - 595.3) < 1 && Math.abs(h - 841.9) < 1;
const landscape = ([w, h]) => Math.abs(w - 841.9) < 1 && Math.abs(h - 595.3) < 1;

/** Clicks the print button `widget` and returns the page the app handed to the print dialog. */
async function printedHtml(page, widget, marker) {
  await clickWidget(page, widget);
  const html = await page.waitForFunction((m) => {
    const f = document.getElementById('kstthc-print');
    return f && f.srcdoc.includes(m) ? f.srcdoc : null;
  }, marker, { timeout: 30000 }).then((h) => h.jsonValue());
  await waitState(page, () => window.__kstthc.settled === true);
  return html;
}

/** Prints `html` to a PDF with Chromium, as "Lưu thành PDF" does. */
async function printToPdf(context, html, pdf) {
  const printed = await context.newPage();
  await printed.setContent(html);
  await printed.pdf({ path: pdf, preferCSSPageSize: true });
  await printed.close();
}

/** Converts a .docx to PDF with LibreOffice headless; returns the PDF's path. */
function libreOfficePdf(docxFile, dir) {
  const lo = join(dir, 'lo');
  run('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--convert-to', 'pdf',
    '--outdir', lo, docxFile]);
  return join(lo, docxFile.split('/').pop().replace(/\.docx$/, '.pdf'));
}

/** Clicks an output button and returns the download, saved under `dir`. */
async function download(page, widget, dir) {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 30000 }), clickWidget(page, widget)]);
  const file = join(dir, dl.suggestedFilename());
  await dl.saveAs(file);
  return file;
}

test('the Q2 report: printed to PDF, as Word and as CSV, with the progress, the targets and what was typed',
  async () => {
    const dir = join(OUT, 'reports');
    await mkdir(dir, { recursive: true });
    const context = await launch(await newProfileDir(), { viewport: { width: 1366, height: 768 } });
    try {
      const page = await openApp(context, url);
      // Progress first: II.1's Q2 work done, with a line of evidence.
      await clickWidget(page, 'tab.timeline');
      await clickWidget(page, 'cell:task-2-1:2024-Q2');
      await clickWidget(page, 'editor.status.done');
      await focusField(page, 'editor.evidence');
      await page.keyboard.type('Biên bản kiểm tra số 3 ngày 28/6/2024');
      await page.keyboard.press('Enter');
      await rectOf(page, 'editor.evidence.0');
      await clickWidget(page, 'editor.save');
      await waitForPlan(page, (p) => (p.progress || []).some((r) => r.task === 'task-2-1' && r.status === 'done'));

      // The report: Quý II chosen, created, its number and "Kiến nghị" typed.
      await clickWidget(page, 'tab.reports');
      await clickWidget(page, 'reports.choice.1');
      await clickWidget(page, 'reports.create');
      let plan = await waitForPlan(page, (p) => (p.reports || []).length === 1);
      assert.equal(plan.reports[0].period, '2024-Q2');
      assert.equal(plan.reports[0].asOf, '2024-06-30', 'judged at the end of the quarter, not today');
      await focusField(page, 'report.number');
      await page.keyboard.type('12');
      await focusField(page, 'report.proposals');
      await page.keyboard.type(`=SUM(A1) Đề nghị UBND tỉnh hỗ trợ máy quét ${HOSTILE}`);
      plan = await waitForPlan(page, (p) => p.reports[0].number === '12' && p.reports[0].proposals.endsWith(HOSTILE));
      await page.keyboard.press('Escape');
      await waitState(page, () => window.__kstthc.activeField === '' && window.__kstthc.settled === true);
      await screenshot(page, 'reports-view');

      // 1. Print: the page the app hands to the browser's print dialog, printed to PDF by Chromium.
      const html = await printedHtml(page, 'report.print', 'BÁO CÁO');
      const pdf = join(dir, 'report.pdf');
      await printToPdf(context, html, pdf);
      const info = run('pdfinfo', [pdf]);
      assertA4(info);
      const pages = Number(/Pages:\s+(\d+)/.exec(info)[1]);
      assert.ok(pages >= 2, `${pages} pages`);
      const fonts = run('pdffonts', [pdf]);
      assert.match(fonts, /LiberationSerif|TimesNewRoman|Tinos/, fonts);
      const page1 = run('pdftotext', ['-layout', '-f', '1', '-l', '1', pdf, '-']);
      const page2 = run('pdftotext', ['-layout', '-f', '2', '-l', '2', pdf, '-']);
      const firstLine = (text) => text.split('\n').find((l) => l.trim() !== '').trim();
      assert.equal(firstLine(page2), '2', 'page 2 is numbered at its top');
      assert.notEqual(firstLine(page1), '1', 'page 1 has no number');
      assert.match(page1, /CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
      assert.match(page1, /Độc lập - Tự do - Hạnh phúc/);
      assert.match(page1, /Số: 12\/BC-UBND/);
      assert.match(page1, /quý II năm 2024/);
      const all = run('pdftotext', [pdf, '-']).replace(/\s+/g, ' '); // a cell's text wraps over lines
      assert.ok(all.includes(HOSTILE), 'the typed markup is printed as text');
      assert.ok(all.includes('Biên bản kiểm tra số 3 ngày 28/6/2024'));
      assert.ok(all.includes(plan.reports[0].signerName), 'the signer');
      run('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '2', pdf, join(dir, 'report-pdf')]);

      // 2. Word: read by python-docx, then converted by LibreOffice and rendered.
      const docxFile = await download(page, 'report.docx', dir);
      assert.match(docxFile, /bao-cao-kstthc-2024-Q2\.docx$/);
      const doc = JSON.parse(run(PY, [join(import.meta.dirname, 'read_docx.py'), docxFile]));
      const s = doc.sections[0];
      assert.deepEqual([s.width, s.height], [210, 297]);
      assert.deepEqual([s.top, s.bottom, s.left, s.right], [20, 20, 30, 15]);
      assert.ok(s.differentFirstPage, 'page 1 has its own (empty) header');
      assert.match(s.headerXml, / PAGE /);
      assert.deepEqual(doc.fonts, ['Times New Roman']);
      const texts = doc.paragraphs.concat(doc.tables.flatMap((t) => t.cells.flat()));
      assert.ok(texts.some((t) => t.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')));
      assert.ok(texts.some((t) => t.includes(HOSTILE)), 'the typed markup is text in the document');
      assert.ok(texts.some((t) => t.includes('Biên bản kiểm tra số 3 ngày 28/6/2024')));
      const grids = doc.tables.filter((t) => t.headerRepeats);
      assert.ok(grids.length >= 3, `${grids.length} ruled tables with a repeated header row`);
      const loPdf = libreOfficePdf(docxFile, dir);
      assertA4(run('pdfinfo', [loPdf]));
      const loText = run('pdftotext', [loPdf, '-']).replace(/\s+/g, ' ');
      assert.match(loText, /Độc lập - Tự do - Hạnh phúc/);
      assert.ok(loText.includes(HOSTILE));
      run('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '2', loPdf, join(dir, 'report-docx')]);

      // 3. Excel: read by Python's csv module.
      const csvFile = await download(page, 'report.csv', dir);
      const csv = JSON.parse(run(PY, [join(import.meta.dirname, 'read_csv.py'), csvFile]));
      assert.ok(csv.bom, 'UTF-8 with BOM');
      assert.equal(csv.bareLineFeeds, 0, 'records end with CR LF');
      const proposals = csv.rows.find((r) => r[0] === 'V. KIẾN NGHỊ, ĐỀ XUẤT');
      assert.equal(proposals[1], `'=SUM(A1) Đề nghị UBND tỉnh hỗ trợ máy quét ${HOSTILE}`, 'a formula start is neutralised');
      const tasks = plan.appendix.groups.flatMap((g) => g.tasks);
      for (const t of tasks)
        assert.ok(csv.rows.some((r) => r[2] === t.content), `task ${t.number} "${t.content.slice(0, 30)}" in the CSV`);
      const done = csv.rows.find((r) => r[2] === tasks.find((t) => t.id === 'task-2-1').content && r[6]);
      assert.equal(done[6], 'Hoàn thành đúng hạn');
      assert.equal(done[8], 'Biên bản kiểm tra số 3 ngày 28/6/2024');
      assert.ok(csv.rows.some((r) => r[0] === 'Tổng cộng'), 'the overall counts');
      await writeFile(join(dir, 'files.txt'), (await readdir(dir)).join('\n'));
      assert.deepEqual(page.errors, []);
    } finally {
      await context.close();
    }
  });

test('the plan itself: printed with its appendix on landscape pages, and as Word with a landscape section',
  async () => {
    const dir = join(OUT, 'plan-document');
    await mkdir(dir, { recursive: true });
    const context = await launch(await newProfileDir(), { viewport: { width: 1366, height: 768 } });
    try {
      const page = await openApp(context, url);
      await clickWidget(page, 'tab.document');
      await replaceText(page, 'doc.numberSymbol', `15/KH-UBND ${HOSTILE}`);
      const plan = await waitForPlan(page, (p) => p.header.numberSymbol.endsWith(HOSTILE));
      await page.keyboard.press('Escape');
      await screenshot(page, 'plan-document-view');
      const tasks = plan.appendix.groups.flatMap((g) => g.tasks);

      // Print: portrait pages for the plan, landscape pages for its appendix.
      const html = await printedHtml(page, 'doc.print', 'PHỤ LỤC');
      const pdf = join(dir, 'plan.pdf');
      await printToPdf(context, html, pdf);
      const sizes = pageSizes(pdf);
      assert.ok(portrait(sizes[0]), `page 1 is A4 portrait: ${sizes[0]}`);
      const firstLandscape = sizes.findIndex(landscape);
      assert.ok(firstLandscape > 0, `the appendix is on landscape pages: ${JSON.stringify(sizes)}`);
      assert.ok(sizes.slice(0, firstLandscape).every(portrait) && sizes.slice(firstLandscape).every(landscape));
      const textOf = (from, to) => run('pdftotext', ['-f', String(from), '-l', String(to), pdf, '-']).replace(/\s+/g, ' ');
      const body = textOf(1, firstLandscape), appendix = textOf(firstLandscape + 1, sizes.length);
      assert.ok(body.includes(`Số: 15/KH-UBND ${HOSTILE}`), 'the typed number, markup printed as text');
      assert.match(body, /Độc lập - Tự do - Hạnh phúc/);
      assert.ok(body.includes('Thực hiện Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ'));
      assert.ok(body.includes(plan.signature.name), 'the signer');
      assert.ok(appendix.includes(plan.appendix.title));
      // The column "Nội dung công việc" alone, word by word (pdftotext reads a row's cells side by side,
      // line by line): from where the first task's content starts to where its product starts.
      const words = pdfWords(pdf, firstLandscape + 1, sizes.length);
      const squeeze = (text) => text.replace(/\s+/g, '');
      // A text starts at the word that, with the words after it, spells its beginning (its first line).
      const startOf = (text, from = 0) => words.findIndex((w, i) => i >= from &&
        squeeze(text).startsWith(words.slice(i, i + 4).map((v) => v.text).join('')));
      const contentAt = startOf(tasks[0].content), productAt = startOf(tasks[0].product, contentAt);
      assert.ok(contentAt >= 0 && productAt > contentAt, 'the first task found in the printed appendix');
      const left = words[contentAt].x - 1, right = words[productAt].x - 1;
      const column = words.filter((w) => w.x >= left && w.x < right).map((w) => w.text).join('');
      for (const t of tasks)
        assert.ok(column.includes(squeeze(t.content)), `task ${t.number} "${t.content.slice(0, 40)}" in the printed appendix`);
      const page2 = run('pdftotext', ['-layout', '-f', '2', '-l', '2', pdf, '-']);
      assert.equal(page2.split('\n').find((l) => l.trim() !== '').trim(), '2', 'page 2 is numbered at its top');
      run('pdftoppm', ['-png', '-r', '40', pdf, join(dir, 'plan-pdf')]);

      // Word: two sections, the second landscape; the appendix a table with every task.
      const docxFile = await download(page, 'doc.docx', dir);
      assert.match(docxFile, /ke-hoach-kstthc-2024\.docx$/);
      const doc = JSON.parse(run(PY, [join(import.meta.dirname, 'read_docx.py'), docxFile]));
      assert.equal(doc.sections.length, 2);
      assert.deepEqual([doc.sections[0].width, doc.sections[0].height], [210, 297]);
      assert.deepEqual([doc.sections[1].width, doc.sections[1].height], [297, 210]);
      assert.deepEqual([doc.sections[1].top, doc.sections[1].bottom, doc.sections[1].left, doc.sections[1].right],
        [20, 20, 30, 15]);
      assert.deepEqual(doc.fonts, ['Times New Roman']);
      assert.ok(doc.paragraphs.some((t) => t.startsWith('Thực hiện Nghị định số 63/2010/NĐ-CP')));
      const table = doc.tables.find((t) => t.headerRepeats && t.cells[0].includes('Thời gian thực hiện'));
      assert.ok(table, 'the appendix table, its header row repeated');
      assert.equal(table.rows, 1 + plan.appendix.groups.length + tasks.length);
      for (const t of tasks)
        assert.ok(table.cells.some((r) => r[1] === t.content), `task ${t.number} in the Word appendix`);
      const loPdf = libreOfficePdf(docxFile, dir);
      const loSizes = pageSizes(loPdf);
      assert.ok(portrait(loSizes[0]) && landscape(loSizes[loSizes.length - 1]), JSON.stringify(loSizes));
      run('pdftoppm', ['-png', '-r', '40', loPdf, join(dir, 'plan-docx')]);
      assert.deepEqual(page.errors, []);
    } finally {
      await context.close();
    }
  });

test('the single-file build prints and downloads without a second file', async () => {
  const context = await launch(await newProfileDir(), { viewport: { width: 1366, height: 768 } });
  try {
    // The file alone, as on a USB stick: no report.js beside it.
    const stick = join(OUT, 'usb-stick');
    await mkdir(stick, { recursive: true });
    await copyFile(join(DIST, 'kehoach-kstthc.html'), join(stick, 'kehoach-kstthc.html'));
    const page = await openApp(context, `file://${stick}/kehoach-kstthc.html`);
    const requested = [];
    page.on('request', (r) => requested.push(r.url()));
    await clickWidget(page, 'tab.document');
    const html = await printedHtml(page, 'doc.print', 'PHỤ LỤC');
    assert.match(html, /Độc lập - Tự do - Hạnh phúc/);
    const dir = join(OUT, 'single-file-plan');
    await mkdir(dir, { recursive: true });
    const docxFile = await download(page, 'doc.docx', dir);
    const doc = JSON.parse(run(PY, [join(import.meta.dirname, 'read_docx.py'), docxFile]));
    assert.equal(doc.sections.length, 2);
    assert.deepEqual(requested.filter((u) => /report\.(js|wasm)/.test(u)), [], 'nothing fetched for the report module');
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
});
