// Vietnamese text input through the real HTML element that follows the active field, driven like a person and
// an input method would through the Chromium DevTools protocol: plain typing, IME composition, Unikey's
// Backspace-and-replace, caret moves and selection, Enter and Tab, Ctrl+A/C/X/V and the system clipboard.
// Every result is read from the plan the app exports.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startServer, newProfileDir, launch, openApp, exportedPlan, waitForPlan, rectOf, clickWidget, scrollTo, waitState,
  screenshot, focusField, waitFor, waitForRects, waitDrawnAndSettled, framesNow, rectNames,
} from './helpers.mjs';

let server;
let url;
before(async () => { ({ server, url } = await startServer()); });
after(() => server.close());


/** Empties the focused field the way a person does: select all, delete. */
async function clearField(page) {
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
}

const title = (p) => p.header.title;

async function withApp(fn, options = {}) {
  const context = await launch(await newProfileDir(), options);
  try {
    const page = await openApp(context, url);
    await fn(page, context);
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
}

test('(a) plain typing of Vietnamese, every kind of letter, arrives exactly and in NFC', async () => {
  await withApp(async (page) => {
    await focusField(page, 'plan.title');
    await clearField(page);
    const typed = 'Ủy ban nhân dân xã Đông Hòa: ổn định, ưu tiên, kỹ thuật, Thuý, ĐỒNG Ý';
    await page.keyboard.type(typed, { delay: 5 });
    await waitForPlan(page, (p) => title(p) === typed);
    // Text inserted in one go (as dictation or an on-screen keyboard does), in decomposed form (as some
    // macOS input methods send it), is stored precomposed.
    const decomposed = ' — Ho\u0300a Ta\u0302n Ta\u0302y';
    assert.notEqual(decomposed, decomposed.normalize('NFC'));
    await page.keyboard.insertText(decomposed);
    const nfc = await waitForPlan(page, (p) => title(p) !== typed);
    assert.equal(title(nfc), `${typed}${decomposed}`.normalize('NFC'));
    await screenshot(page, 'text-plain-typing', { x: 0, y: 0, width: 1280, height: 120 });
  });
});

test('(b) input-method composition shows the text being composed and commits "Hòa Tân Tây"', async () => {
  await withApp(async (page, context) => {
    const cdp = await context.newCDPSession(page);
    await focusField(page, 'plan.title');
    await clearField(page);
    const compose = async (steps, commit) => {
      for (const text of steps) {
        await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
      }
      await cdp.send('Input.insertText', { text: commit });
    };
    await compose(['H', 'Ho', 'Hof', 'Hòa'.slice(0, 2), 'Hòa'], 'Hòa');
    await page.keyboard.insertText(' ');
    // Halfway through a word: the field already shows what the input method holds, underlined.
    for (const text of ['T', 'Ta', 'Taa', 'Tâ']) {
      await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    }
    await waitForPlan(page, (p) => title(p) === 'Hòa Tâ');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const [x, y, w, h] = await rectOf(page, 'plan.title');
    await screenshot(page, 'text-ime-composing', { x, y: y - 4, width: Math.min(w, 500), height: h + 8 });
    await cdp.send('Input.imeSetComposition', { text: 'Tân', selectionStart: 3, selectionEnd: 3 });
    await cdp.send('Input.insertText', { text: 'Tân' });
    await page.keyboard.insertText(' ');
    await compose(['T', 'Ta', 'Taa', 'Tâ', 'Tây'], 'Tây');
    await waitForPlan(page, (p) => title(p) === 'Hòa Tân Tây');
    await screenshot(page, 'text-ime-committed', { x, y: y - 4, width: Math.min(w, 500), height: h + 8 });
  });
});

test('(c) Unikey/EVKey style: base letters, synthetic Backspace, precomposed replacement give "hà nội"', async () => {
  await withApp(async (page) => {
    await focusField(page, 'plan.title');
    await clearField(page);
    // Telex "haf nooij" as Unikey sends it on Windows: each tone or mark key becomes Backspace(s) plus the
    // replacement letters, typed as real key events.
    const key = (k) => page.keyboard.press(k);
    const type = (t) => page.keyboard.type(t);
    await type('h'); await type('a'); await key('Backspace'); await type('à');
    await type(' ');
    await type('n'); await type('o'); await key('Backspace'); await type('ô');
    await type('i'); await key('Backspace'); await key('Backspace'); await type('ộ'); await type('i');
    await waitForPlan(page, (p) => title(p) === 'hà nội');
  });
});

test('(d) caret moves, selection and replacement, Home/End, Backspace/Delete, Enter, Tab, clicks', async () => {
  await withApp(async (page) => {
    await focusField(page, 'plan.title');
    await clearField(page);
    await page.keyboard.type('Kế hoạch năm 2025');
    await waitForPlan(page, (p) => title(p) === 'Kế hoạch năm 2025');
    // Select the year with Shift+Left and type over it.
    await page.keyboard.press('End');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.type('2026');
    await waitForPlan(page, (p) => title(p) === 'Kế hoạch năm 2026');
    // Home, then insert; Delete removes the character after the caret, Backspace the one before.
    await page.keyboard.press('Home');
    await page.keyboard.type('Dự thảo: ');
    await waitForPlan(page, (p) => title(p) === 'Dự thảo: Kế hoạch năm 2026');
    await page.keyboard.press('Delete'); // "K"
    await page.keyboard.type('k');
    await page.keyboard.press('ArrowRight'); // past "ế"
    await page.keyboard.press('Backspace'); // removes "ế"
    await page.keyboard.type('ế');
    await page.keyboard.press('Control+Shift+ArrowRight'); // selects " hoạch", word by word
    await page.keyboard.type(' HOẠCH');
    await waitForPlan(page, (p) => title(p) === 'Dự thảo: kế HOẠCH năm 2026');

    // A click in the field puts the caret where the pointer is: at the very start of the text. (The caret is
    // at the end before; the text element shows where it is.)
    const caret = () => page.evaluate(() => {
      const e = document.activeElement;
      return window.__kstthc.activeField === 'plan.title' && e.id === 'textproxy' ? [e.selectionStart, e.selectionEnd]
        : null;
    });
    assert.notDeepEqual(await caret(), [0, 0]);
    const [x, y, , h] = await rectOf(page, 'plan.title');
    await page.mouse.move(x + 3, y + h / 2);
    await page.mouse.down();
    await page.mouse.up();
    await waitFor(caret, (c) => c && c[0] === 0 && c[1] === 0, { what: 'the caret at the start of the title' });
    await page.keyboard.type('«');
    await waitForPlan(page, (p) => title(p) === '«Dự thảo: kế HOẠCH năm 2026');
    // Enter ends a single-line field: the next keys no longer go into it.
    await page.keyboard.press('Enter');
    await waitState(page, () => window.__kstthc.activeField === '' && document.activeElement.id !== 'textproxy');
    const frames = await framesNow(page);
    await page.keyboard.type('xyz');
    await waitDrawnAndSettled(page, frames); // the app has had the keys
    assert.equal(title(await exportedPlan(page)), '«Dự thảo: kế HOẠCH năm 2026');

    // Multi-line field: Enter starts a new line; Ctrl+End goes to the end of the text.
    await clickWidget(page, 'task:task-1-2');
    await waitState(page, () => window.__kstthc.selected === 'task-1-2');
    await focusField(page, 'task.content');
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'TEXTAREA');
    await clearField(page);
    await page.keyboard.type('Dòng một');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Dòng hai');
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('End');
    await page.keyboard.type(';');
    const task12 = (p) => p.appendix.groups[0].tasks[1];
    await waitForPlan(page, (p) => task12(p).content === 'Dòng một;\nDòng hai');
    await screenshot(page, 'text-multiline');

    // Tab goes to the next field.
    await clickWidget(page, 'tab.document');
    await focusField(page, 'doc.parentBody');
    await clearField(page);
    await page.keyboard.type('UBND TỈNH VĨNH LONG');
    await page.keyboard.press('Tab');
    await waitState(page, () => window.__kstthc.activeField === 'doc.issuingBody'
      && document.activeElement.id.startsWith('textproxy'));
    await clearField(page);
    await page.keyboard.type('UBND XÃ HÒA TÂN TÂY');
    const plan = await waitForPlan(page, (p) => p.header.issuingBody === 'UBND XÃ HÒA TÂN TÂY');
    assert.equal(plan.header.parentBody, 'UBND TỈNH VĨNH LONG');
  });
});

test('(e) Ctrl+A/C/X/V between fields and with the system clipboard, multi-line text from Word', async () => {
  await withApp(async (page, context) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url.replace(/\/$/, '') });
    const systemClipboard = () => page.evaluate(() => navigator.clipboard.readText());
    const waitClipboard = (text) => waitFor(systemClipboard, (c) => c === text,
      { timeoutMs: 3000, what: `${JSON.stringify(text)} on the system clipboard` });
    await focusField(page, 'plan.title');
    await clearField(page);
    await page.keyboard.type('Kế hoạch kiểm soát thủ tục hành chính');
    await waitForPlan(page, (p) => title(p) === 'Kế hoạch kiểm soát thủ tục hành chính');

    // Ctrl+A, Ctrl+C copies to the system clipboard.
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+C');
    await waitClipboard('Kế hoạch kiểm soát thủ tục hành chính');

    // Ctrl+X of a selection removes it and puts it on the clipboard.
    await page.keyboard.press('End');
    for (let i = 0; i < ' thủ tục hành chính'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Control+X');
    await waitForPlan(page, (p) => title(p) === 'Kế hoạch kiểm soát');
    await waitClipboard(' thủ tục hành chính');
    // Ctrl+V pastes it back at the caret.
    await page.keyboard.press('Control+V');
    await waitForPlan(page, (p) => title(p) === 'Kế hoạch kiểm soát thủ tục hành chính');

    // Text copied in another program (here: put on the system clipboard as Word does, HTML and plain text,
    // Windows line breaks, decomposed accents) pastes into a multi-line field with its lines …
    const word = 'Rà soa\u0301t TTHC;\r\nCông khai kết quả;\r\nBáo cáo UBND huyện.';
    await page.evaluate(async (text) => {
      const html = `<p class=MsoNormal>${text.split('\r\n').join('</p><p class=MsoNormal>')}</p>`;
      await navigator.clipboard.write([new ClipboardItem({
        'text/plain': new Blob([text], { type: 'text/plain' }),
        'text/html': new Blob([html], { type: 'text/html' }),
      })]);
    }, word);
    await clickWidget(page, 'task:task-1-2');
    await waitState(page, () => window.__kstthc.selected === 'task-1-2');
    await focusField(page, 'task.content');
    await clearField(page);
    await page.keyboard.press('Control+V');
    const task12 = (p) => p.appendix.groups[0].tasks[1];
    const expected = 'Rà soát TTHC;\nCông khai kết quả;\nBáo cáo UBND huyện.';
    await waitForPlan(page, (p) => task12(p).content === expected);
    // … and into a single-line field as one line.
    await scrollTo(page, 'task.timeframe');
    await focusField(page, 'task.timeframe');
    await clearField(page);
    await page.keyboard.press('Control+V');
    await waitForPlan(page, (p) => task12(p).timeframe === 'Rà soát TTHC; Công khai kết quả; Báo cáo UBND huyện.');
    await screenshot(page, 'text-pasted');
  });
});

// TCVN3 ("ABC") letters by their Windows-1252 byte, for making old-style test data.
const TCVN3 = {
  'à': 0xB5, 'ả': 0xB6, 'ã': 0xB7, 'á': 0xB8, 'ạ': 0xB9, 'ă': 0xA8, 'ằ': 0xBB, 'ẳ': 0xBC, 'ẵ': 0xBD, 'ắ': 0xBE,
  'ặ': 0xC6, 'â': 0xA9, 'ầ': 0xC7, 'ẩ': 0xC8, 'ẫ': 0xC9, 'ấ': 0xCA, 'ậ': 0xCB, 'đ': 0xAE, 'è': 0xCC, 'ẻ': 0xCE,
  'ẽ': 0xCF, 'é': 0xD0, 'ẹ': 0xD1, 'ê': 0xAA, 'ề': 0xD2, 'ể': 0xD3, 'ễ': 0xD4, 'ế': 0xD5, 'ệ': 0xD6, 'ì': 0xD7,
  'ỉ': 0xD8, 'ĩ': 0xDC, 'í': 0xDD, 'ị': 0xDE, 'ò': 0xDF, 'ỏ': 0xE1, 'õ': 0xE2, 'ó': 0xE3, 'ọ': 0xE4, 'ô': 0xAB,
  'ồ': 0xE5, 'ổ': 0xE6, 'ỗ': 0xE7, 'ố': 0xE8, 'ộ': 0xE9, 'ơ': 0xAC, 'ờ': 0xEA, 'ở': 0xEB, 'ỡ': 0xEC, 'ớ': 0xED,
  'ợ': 0xEE, 'ù': 0xEF, 'ủ': 0xF1, 'ũ': 0xF2, 'ú': 0xF3, 'ụ': 0xF4, 'ư': 0xAD, 'ừ': 0xF5, 'ử': 0xF6, 'ữ': 0xF7,
  'ứ': 0xF8, 'ự': 0xF9, 'ỳ': 0xFA, 'ỷ': 0xFB, 'ỹ': 0xFC, 'ý': 0xFD, 'ỵ': 0xFE, 'Ă': 0xA1, 'Â': 0xA2, 'Ê': 0xA3,
  'Ô': 0xA4, 'Ơ': 0xA5, 'Ư': 0xA6, 'Đ': 0xA7,
};
const CP1252 = { '–': 0x96, '—': 0x97, '“': 0x93, '”': 0x94, '‘': 0x91, '’': 0x92, '…': 0x85, '•': 0x95 };

/** Text as an old TCVN3 tool stores it: the bytes, and the Unicode text they stand for (capitals with tone marks,
 * which TCVN3 cannot write, are lowered; characters Windows-1252 lacks become "?"). */
function toTcvn3(text) {
  let unicode = [...text.normalize('NFC')].some((c) => c !== c.toLowerCase() && !(c in TCVN3) && c.charCodeAt(0) > 0x7f)
    ? text.normalize('NFC').toLowerCase() : text.normalize('NFC');
  const bytes = [];
  let expected = '';
  for (const c of unicode) {
    const code = c.charCodeAt(0);
    if (code < 0x80) { bytes.push(code); expected += c; } else if (c in TCVN3) { bytes.push(TCVN3[c]); expected += c; } else if (c in CP1252) { bytes.push(CP1252[c]); expected += c; } else { bytes.push(0x3f); expected += '?'; }
  }
  unicode = expected;
  return { bytes, unicode };
}

test('(f) old encodings: TCVN3 and VNI text pasted into a field and a TCVN3 file are offered conversion', async () => {
  await withApp(async (page, context) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url.replace(/\/$/, '') });
    const putOnClipboard = (text) => page.evaluate((t) => navigator.clipboard.writeText(t), text);

    // TCVN3 pasted into the title: the field offers to convert; converting gives Unicode.
    const tcvn = toTcvn3('Kế hoạch năm 2025 của xã Hòa Tân Tây');
    await putOnClipboard(String.fromCharCode(...tcvn.bytes));
    await focusField(page, 'plan.title');
    await clearField(page);
    await page.keyboard.press('Control+V');
    await rectOf(page, 'plan.title.legacyNotice');
    let plan = await waitForPlan(page, (p) => title(p) === String.fromCharCode(...tcvn.bytes));
    assert.equal(title(plan), 'KÕ ho¹ch n¨m 2025 cña x· Hßa T©n T©y');
    await screenshot(page, 'text-legacy-offer', { x: 0, y: 0, width: 1280, height: 160 });
    await clickWidget(page, 'plan.title.legacyConvert');
    plan = await waitForPlan(page, (p) => title(p) === tcvn.unicode);
    assert.equal(title(plan), 'Kế hoạch năm 2025 của xã Hòa Tân Tây');

    // VNI pasted into a multi-line field after some Unicode text: only the pasted part is converted.
    await clickWidget(page, 'task:task-1-2');
    await waitState(page, () => window.__kstthc.selected === 'task-1-2');
    await focusField(page, 'task.content');
    await clearField(page);
    await page.keyboard.type('Ghi chú: ');
    await putOnClipboard('Baùo caùo UÛy ban nhaân daân xaõ');
    await page.keyboard.press('Control+V');
    const task12 = (p) => p.appendix.groups[0].tasks[1];
    await waitForPlan(page, (p) => task12(p).content === 'Ghi chú: Baùo caùo UÛy ban nhaân daân xaõ');
    await clickWidget(page, 'task.content.legacyConvert');
    await waitForPlan(page, (p) => task12(p).content === 'Ghi chú: Báo cáo Ủy ban nhân dân xã');

    // "Keep as is" leaves the text alone; ordinary Unicode pastes are not questioned.
    await focusField(page, 'plan.title');
    await clearField(page);
    await putOnClipboard('Hßa T©n T©y');
    await page.keyboard.press('Control+V');
    await waitForPlan(page, (p) => title(p) === 'Hßa T©n T©y');
    await rectOf(page, 'plan.title.legacyNotice'); // offered …
    await clickWidget(page, 'plan.title.legacyKeep');
    await waitForRects(page, 'plan.title.legacy', (names) => names.length === 0); // … and gone
    assert.equal(title(await exportedPlan(page)), 'Hßa T©n T©y');
    await focusField(page, 'plan.title');
    await clearField(page);
    await putOnClipboard('Hoà, quân, Thuý — Müller');
    await page.keyboard.press('Control+V');
    await waitForPlan(page, (p) => title(p) === 'Hoà, quân, Thuý — Müller');
    // The TCVN3 paste above had its offer on screen by the frame after the text arrived; check the same frames.
    const frames = await framesNow(page);
    await page.mouse.move(5, 790);
    await waitDrawnAndSettled(page, frames);
    assert.deepEqual(await rectNames(page, 'plan.title.legacy'), [], 'no offer for Unicode text');

    // A whole plan saved by an old tool: Windows-1252 bytes carrying TCVN3 text.
    const original = JSON.parse(await page.evaluate(() => window.__kstthc.planJson()));
    const legacy = structuredClone(original);
    const expected = structuredClone(original);
    const bytesOf = [];
    const walk = (node, twin) => {
      for (const key of Object.keys(node)) {
        if (typeof node[key] === 'string') {
          const t = toTcvn3(node[key]);
          node[key] = String.fromCharCode(...t.bytes);
          twin[key] = t.unicode;
        } else if (node[key] && typeof node[key] === 'object') walk(node[key], twin[key]);
      }
    };
    walk(legacy, expected);
    bytesOf.push(...[...JSON.stringify(legacy, null, 2)].map((c) => c.charCodeAt(0)));
    assert.ok(bytesOf.every((b) => b < 256));
    const file = join(await mkdtemp(join(tmpdir(), 'kstthc-files-')), 'ke-hoach-tcvn3.json');
    await writeFile(file, Buffer.from(bytesOf));
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      (async () => { await clickWidget(page, 'menu.data'); await clickWidget(page, 'menu.data.import'); })(),
    ]);
    await chooser.setFiles(file);
    const state = await waitState(page, () => window.__kstthc.dialog && window.__kstthc.dialog.kind === 'import');
    assert.equal(state.dialog.legacy, 1);
    assert.equal(state.dialog.convert, true);
    await rectOf(page, 'import.convert');
    await screenshot(page, 'text-legacy-import');
    await clickWidget(page, 'import.add');
    plan = await waitForPlan(page, (p) => p.header.title === expected.header.title);
    assert.equal(plan.signature.name, 'Nguyễn Kim Hoàng');
    assert.equal(plan.appendix.groups[1].title, expected.appendix.groups[1].title);
    assert.equal(plan.appendix.groups.length, 8);
  });
});
