// Reports (issue 13): the Q2/2024 report of the built-in plan with progress recorded, "Kiến nghị" filled in,
// printed to PDF by Chromium and checked with poppler; its .docx read by python-docx and converted by
// LibreOffice; its CSV read by Python's csv module. Everything is checked in the files the app produced.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  startServer, newProfileDir, launch, openApp, exportedPlan, waitForPlan, clickWidget, waitState, focusField,
  screenshot, rectOf, OUT,
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
      await clickWidget(page, 'report.print');
      const html = await page.waitForFunction(() => {
        const f = document.getElementById('kstthc-print');
        return f && f.srcdoc.includes('BÁO CÁO') ? f.srcdoc : null;
      }, null, { timeout: 30000 }).then((h) => h.jsonValue());
      await waitState(page, () => window.__kstthc.settled === true);
      const printed = await context.newPage();
      await printed.setContent(html);
      const pdf = join(dir, 'report.pdf');
      await printed.pdf({ path: pdf, preferCSSPageSize: true });
      await printed.close();
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
      const lo = join(dir, 'lo');
      await mkdir(lo, { recursive: true });
      run('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--convert-to', 'pdf',
        '--outdir', lo, docxFile]);
      const loPdf = join(lo, 'bao-cao-kstthc-2024-Q2.pdf');
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
