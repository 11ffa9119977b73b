// Browser benchmarks (indicative: headless Chromium with a software WebGL renderer on a 2-core machine):
// time from navigation to the first frame showing the plan (median of N fresh profiles), frames drawn during
// 5 s with no input, and — when a generated plan file is given — the CPU time per frame of the Tasks view and
// the Timeline, Appendix, Document and Overview while scrolling through that plan, and the CPU time of the frame
// that shows each keystroke typed into a multi-line field (built-in and 5,000-task plan). Prints one JSON object.
import { startServer, newProfileDir, launch, openApp, clickWidget, chooseMenu, waitState, focusField } from '../e2e/helpers.mjs';

const runs = Number(process.argv[2] || 5);
const bigPlan = process.argv[3];
const yearPlan = process.argv[4];

/** Starts collecting the CPU time (ms) of every frame the app draws, in the page (with `withSave`: pairs of
 * the time and the save state the frame ended in). */
function startFrameTimes(page, withSave = false) {
  return page.evaluate((withSave) => {
    window.__benchTimes = [];
    let last = window.__kstthc.frames;
    const poll = () => {
      if (window.__kstthc.frames !== last) {
        last = window.__kstthc.frames;
        const t = window.__kstthc.frameCpuMs;
        window.__benchTimes.push(withSave ? [t, window.__kstthc.save] : t);
      }
      if (window.__benchTimes) requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  }, withSave);
}

/** Stops collecting and returns the frame times since startFrameTimes. */
function takeFrameTimes(page) {
  return page.evaluate(() => { const t = window.__benchTimes; window.__benchTimes = null; return t; });
}

/** Frame CPU times (ms) the app reports while the wheel scrolls at (x, y) `steps` times. */
async function scrollFrames(page, x, y, steps) {
  await startFrameTimes(page);
  await page.mouse.move(x, y);
  for (let i = 0; i < steps; i++) {
    await page.mouse.wheel(0, i < steps / 2 ? 300 : -300);
    await page.waitForTimeout(40);
  }
  await page.waitForTimeout(300);
  return takeFrameTimes(page);
}

function stats(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { frames: sorted.length, medianMs: +at(0.5).toFixed(2), p95Ms: +at(0.95).toFixed(2),
    maxMs: +sorted[sorted.length - 1].toFixed(2) };
}

/** Imports a plan file (replacing the open plan) in a page. */
async function importPlan(page, file) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'),
    chooseMenu(page, 'menu.data', 'menu.data.import')]);
  await chooser.setFiles(file);
  await waitState(page, () => window.__kstthc.dialog && window.__kstthc.dialog.kind === 'import', 60000);
  await clickWidget(page, 'import.replace');
  await waitState(page, () => window.__kstthc.dialog === null && window.__kstthc.save === 'saved', 60000);
}

/** Main-thread time of a save after a one-character edit of the title (median of 5). */
async function saveTime(url, file) {
  const context = await launch(await newProfileDir());
  try {
    const page = await openApp(context, url);
    await importPlan(page, file);
    const times = [];
    for (let i = 0; i < 5; i++) {
      await clickWidget(page, 'plan.title');
      await page.keyboard.press('End');
      await page.keyboard.type(String(i));
      await page.keyboard.press('Enter');
      await waitState(page, () => window.__kstthc.save === 'dirty' || window.__kstthc.save === 'saving', 5000)
        .catch(() => {});
      await waitState(page, () => window.__kstthc.save === 'saved', 60000);
      times.push(await page.evaluate(() => window.__kstthc.lastSaveMs));
    }
    times.sort((a, b) => a - b);
    return +times[2].toFixed(1);
  } finally {
    await context.close();
  }
}

/**
 * From the last key of a word typed into the plan title to the edit being durable: in the journal (written in
 * the frame that shows it) and in IndexedDB (the save 300 ms after the last key, then the push). Median of 5
 * edits, ms. `file`: a plan to import first (else the built-in plan).
 */
async function durableTimes(url, file) {
  const context = await launch(await newProfileDir());
  try {
    const page = await openApp(context, url);
    if (file) await importPlan(page, file);
    await waitState(page, () => window.__kstthc.save === 'saved', 60000);
    const journal = [], pushed = [];
    for (let i = 0; i < 5; i++) {
      const token = `d${i}x`;
      await focusField(page, 'plan.title');
      await page.keyboard.press('End');
      await page.evaluate((token) => {
        const d = window.__dur = {};
        // From the last key's beforeinput (the app's own key listener stops keydown from going further).
        window.addEventListener('beforeinput', () => { d.t0 = performance.now(); }, true);
        const inJournal = () => {
          for (let k = 0; k < localStorage.length; k++) {
            const key = localStorage.key(k);
            const text = key && key.startsWith('kstthc-journal:') ? localStorage.getItem(key) : null;
            if (text && text.includes(token)) return true; // (the key may go between key() and getItem())
          }
          return false;
        };
        const poll = () => {
          if (d.t0 !== undefined) {
            if (d.journal === undefined && inJournal()) d.journal = performance.now() - d.t0;
            if (window.__kstthc.save !== 'saved') d.sawUnsaved = true;
            else if (d.sawUnsaved && d.journal !== undefined) d.pushed = performance.now() - d.t0;
          }
          if (d.pushed === undefined) setTimeout(poll, 1);
        };
        poll();
      }, token);
      await page.keyboard.type(token);
      await waitState(page, () => window.__dur.pushed !== undefined, 60000);
      const d = await page.evaluate(() => window.__dur);
      journal.push(d.journal);
      pushed.push(d.pushed);
    }
    const median = (v) => +[...v].sort((a, b) => a - b)[2].toFixed(1);
    return { journalMs: median(journal), pushedMs: median(pushed) };
  } finally {
    await context.close();
  }
}

/** Shows a tab and waits until nothing more is drawn for it. */
async function showTab(page, tab) {
  await clickWidget(page, tab);
  await waitState(page, () => window.__kstthc.settled === true, 60000);
}

async function viewsOnBigPlan(url) {
  const context = await launch(await newProfileDir());
  try {
    const page = await openApp(context, url);
    await importPlan(page, bigPlan);
    await showTab(page, 'tab.progress');
    await waitState(page, () => window.__kstthc.progressRows > 10000, 60000);
    const rows = await page.evaluate(() => window.__kstthc.progressRows);
    const tasks = stats(await scrollFrames(page, 300, 500, 30));
    await showTab(page, 'tab.timeline');
    const timeline = stats(await scrollFrames(page, 600, 500, 30));
    await showTab(page, 'tab.appendix');
    const appendix = stats(await scrollFrames(page, 600, 500, 30));
    await showTab(page, 'tab.document');
    const document = stats(await scrollFrames(page, 600, 500, 30));
    await showTab(page, 'tab.dashboard');
    const dashboard = stats(await scrollFrames(page, 300, 500, 30));
    await showTab(page, 'tab.targets'); // 100 targets: their rates, the grid of 1,200 months, the chart
    const targets = stats(await scrollFrames(page, 600, 500, 30));
    return { rows, tasks, timeline, appendix, document, dashboard, targets };
  } finally {
    await context.close();
  }
}

/**
 * CPU time of the frame that shows each keystroke typed into a multi-line field (the task's content in the
 * appendix): per key, the most expensive frame drawn for it until the app settles — not counting the frame
 * that saves (300 ms after the last key; its cost is the save's, measured on its own), which is reported
 * apart. `file`: a plan to import first.
 */
async function keystrokes(url, file, keys = 30) {
  const context = await launch(await newProfileDir());
  try {
    const page = await openApp(context, url);
    if (file) await importPlan(page, file);
    await showTab(page, 'tab.appendix');
    const names = await page.evaluate(() => Object.keys(window.__kstthc.rects).filter((n) => n.startsWith('task:')));
    await clickWidget(page, names[0]);
    await waitState(page, () => window.__kstthc.rects['task.content'] !== undefined, 30000);
    await focusField(page, 'task.content');
    await page.keyboard.press('End');
    const perKey = [];
    const framesPerKey = [];
    const saveFrames = [];
    for (let i = 0; i < keys; i++) {
      const before = await page.evaluate(() => window.__kstthc.frames);
      await startFrameTimes(page, true);
      await page.keyboard.type('a');
      // The key is on screen when a frame was drawn for it and the app has nothing more to draw (its frames);
      // then the save that follows 300 ms after the key is waited for (its frames, not the next key's).
      // The count is taken by the poll that sees the app settled: reading it afterwards (waitState returns the
      // whole state, ~17,000 rectangles on the 5,000-task plan, slow to copy) counted the save's frame 300 ms
      // later as the key's.
      await page.waitForFunction((n) => {
        const s = window.__kstthc;
        if (!(s.frames > n && s.settled === true)) return false;
        window.__benchKeyFrames = s.frames - n;
        return true;
      }, before, { timeout: 10000, polling: 'raf' });
      const keyCount = await page.evaluate(() => window.__benchKeyFrames);
      await waitState(page, () => window.__kstthc.save === 'saved' && window.__kstthc.settled === true, 10000);
      const frames = (await takeFrameTimes(page)).map(([t]) => t);
      perKey.push(Math.max(...frames.slice(0, keyCount)));
      if (frames.length > keyCount) saveFrames.push(Math.max(...frames.slice(keyCount)));
      framesPerKey.push(keyCount);
    }
    const counts = stats(framesPerKey);
    return { ...stats(perKey), framesPerKey: { median: counts.medianMs, max: counts.maxMs }, saveFrames: saveFrames.length ? stats(saveFrames) : null };
  } finally {
    await context.close();
  }
}

const { server, url } = await startServer();
const firstFrame = [];
let idleFrames = null;
let views = null;
let saves = null;
let typing = null;
let durable = null;
try {
  for (let i = 0; i < runs; i++) {
    const context = await launch(await newProfileDir());
    const page = await openApp(context, url);
    firstFrame.push(await page.evaluate(() => window.__kstthc.firstPlanFrameMs));
    if (i === 0) {
      await page.waitForTimeout(1000); // let start-up frames settle
      const before = await page.evaluate(() => window.__kstthc.frames);
      await page.waitForTimeout(5000);
      idleFrames = (await page.evaluate(() => window.__kstthc.frames)) - before;
    }
    await context.close();
  }
  if (bigPlan) views = await viewsOnBigPlan(url);
  typing = { builtin: await keystrokes(url, null), tasks5000: bigPlan ? await keystrokes(url, bigPlan) : null };
  if (bigPlan && yearPlan) saves = { yearMs: await saveTime(url, yearPlan), tasks5000Ms: await saveTime(url, bigPlan) };
  durable = { builtin: await durableTimes(url, null), tasks5000: bigPlan ? await durableTimes(url, bigPlan) : null };
} finally {
  server.close();
}
firstFrame.sort((a, b) => a - b);
console.log(JSON.stringify({
  firstFrameMedianMs: Math.round(firstFrame[Math.floor(firstFrame.length / 2)]),
  firstFrameRunsMs: firstFrame.map(Math.round),
  idleFrames5s: idleFrames,
  views,
  saves,
  typing,
  durable,
}));
