// Browser benchmarks (indicative: headless Chromium with a software WebGL renderer on a 2-core machine):
// time from navigation to the first frame showing the plan (median of N fresh profiles), frames drawn during
// 5 s with no input, and — when a generated plan file is given — the CPU time per frame of the Tasks view and
// the Timeline while scrolling through that plan. Prints one JSON object.
import { startServer, newProfileDir, launch, openApp, clickWidget, chooseMenu, waitState } from '../e2e/helpers.mjs';

const runs = Number(process.argv[2] || 5);
const bigPlan = process.argv[3];
const yearPlan = process.argv[4];

/** Frame CPU times (ms) the app reports while the wheel scrolls at (x, y) `steps` times. */
async function scrollFrames(page, x, y, steps) {
  await page.evaluate(() => {
    window.__benchTimes = [];
    let last = window.__kstthc.frames;
    const poll = () => {
      if (window.__kstthc.frames !== last) {
        last = window.__kstthc.frames;
        window.__benchTimes.push(window.__kstthc.frameCpuMs);
      }
      if (window.__benchTimes) requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
  await page.mouse.move(x, y);
  for (let i = 0; i < steps; i++) {
    await page.mouse.wheel(0, i < steps / 2 ? 300 : -300);
    await page.waitForTimeout(40);
  }
  await page.waitForTimeout(300);
  return page.evaluate(() => { const t = window.__benchTimes; window.__benchTimes = null; return t; });
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

async function viewsOnBigPlan(url) {
  const context = await launch(await newProfileDir());
  try {
    const page = await openApp(context, url);
    await importPlan(page, bigPlan);
    await clickWidget(page, 'tab.progress');
    await waitState(page, () => window.__kstthc.progress && window.__kstthc.progress.rows > 10000, 60000);
    const rows = await page.evaluate(() => window.__kstthc.progress.rows);
    const tasks = stats(await scrollFrames(page, 300, 500, 30));
    await clickWidget(page, 'tab.timeline');
    await page.waitForTimeout(500);
    const timeline = stats(await scrollFrames(page, 600, 500, 30));
    return { rows, tasks, timeline };
  } finally {
    await context.close();
  }
}

const { server, url } = await startServer();
const firstFrame = [];
let idleFrames = null;
let views = null;
let saves = null;
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
  if (bigPlan && yearPlan) saves = { yearMs: await saveTime(url, yearPlan), tasks5000Ms: await saveTime(url, bigPlan) };
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
}));
