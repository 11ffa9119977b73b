// Shared e2e helpers: serve the built app, launch Debian's chromium through playwright-core, and act on the
// app like a person (click the centre of a named widget, type), reading results from the app's exported data.
import { chromium } from 'playwright-core';
import { mkdtemp, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve } from '../../scripts/serve.mjs';

export const DIST = resolve(process.env.KSTTHC_DIST || 'build-wasm/dist');
export const OUT = resolve(process.env.KSTTHC_TEST_OUT || 'test-results');

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

/** Starts the static server for the built app; returns { server, url }. */
export async function startServer() {
  const server = await serve(DIST, 0);
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

/** A persistent browser profile (so IndexedDB survives page reloads and browser restarts). */
export async function newProfileDir() {
  return mkdtemp(join(tmpdir(), 'kstthc-profile-'));
}

/** Launches chromium with a profile. */
/** Adds the tabs' role log of the context to an error of a test about tabs. */
export function withTabLog(context, error) {
  error.message += `\ntab roles:\n  ${context.tabLog.join('\n  ')}`;
  return error;
}

export async function launch(profileDir, options = {}) {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 800 },
    screen: { width: 1920, height: 1080 },
    ...options,
  });
  // The app builds its full test surface (widget rectangles, dialogs, save state) only when asked.
  await context.addInitScript(() => { window.__kstthcTest = true; });
  // What each tab said about its role (writer, reader, stopped and why), for a failing test to show.
  const started = Date.now();
  context.tabLog = [];
  context.on('console', (m) => {
    if (m.text().startsWith('kstthc: tab ')) context.tabLog.push(`${Date.now() - started} ms ${m.text()}`);
  });
  return context;
}

/** Opens the app and waits until it shows a plan. Collects console errors and page errors in page.errors. */
export async function openApp(context, url) {
  const page = context.pages()[0] || await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  await page.goto(url);
  await waitReady(page);
  return page;
}

export async function waitReady(page) {
  await page.waitForFunction(() => window.__kstthc && window.__kstthc.ready === true, null, { timeout: 30000 });
}

/** The plan as the app exports it, parsed. */
export async function exportedPlan(page) {
  return JSON.parse(await page.evaluate(() => window.__kstthc.planJson()));
}

/** Up to `max` characters of a value, for failure messages. */
function excerpt(value, max = 300) {
  const text = value === undefined ? 'undefined' : JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * The parts of `plan` that `check` reads, with their values ("header.title = …"): what a failed wait looked at.
 * Falls back to the start of the plan when the check reads nothing.
 */
function whatCheckRead(plan, check) {
  const seen = new Map();
  const wrap = (value, path) => (value && typeof value === 'object' ? new Proxy(value, {
    get(target, key, receiver) {
      const v = Reflect.get(target, key, receiver);
      if (typeof key === 'symbol' || typeof v === 'function') return v;
      const at = Array.isArray(target) && /^\d+$/.test(key) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      if (!v || typeof v !== 'object') seen.set(at, v);
      return wrap(v, at);
    },
  }) : value);
  try { check(wrap(plan, '')); } catch (e) { seen.set('(check threw)', String(e)); }
  const lines = [...seen].slice(0, 40).map(([k, v]) => `  ${k} = ${excerpt(v, 200)}`);
  if (seen.size > 40) lines.push(`  … ${seen.size - 40} more`);
  return lines.length ? lines.join('\n') : `  ${excerpt(plan, 1500)}`;
}

/**
 * Polls `read()` (async) every `intervalMs` until `ok(value)` holds and returns that value; on time-out throws,
 * naming `what` and showing the last value read (through `show`).
 */
export async function waitFor(read, ok, { timeoutMs = 5000, intervalMs = 50, what = String(ok), show = excerpt } = {}) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > end) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last value: ${show(value)}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/**
 * Waits until the exported plan satisfies `check` (the app applies input at its next frame, not at once) and
 * returns it. On time-out throws, showing what `check` read in the last plan (or `show(plan)` when given).
 * `options`: a time-out in ms, or { timeoutMs, show }.
 */
export async function waitForPlan(page, check, options = {}) {
  const { timeoutMs = 5000, show } = typeof options === 'number' ? { timeoutMs: options } : options;
  const end = Date.now() + timeoutMs;
  for (;;) {
    const plan = await exportedPlan(page);
    if (check(plan)) return plan;
    if (Date.now() > end) {
      throw new Error(`waitForPlan timed out after ${timeoutMs} ms waiting for ${check}\nlast plan:\n${
        show ? `  ${excerpt(show(plan), 2000)}` : whatCheckRead(plan, check)}`);
    }
    await page.waitForTimeout(50);
  }
}

/**
 * The rectangle [x, y, w, h] (CSS px) of a named widget, waiting until the app has drawn it and it stays put
 * (a popup's first frame is laid out before it is placed).
 */
export async function rectOf(page, name) {
  // Read only when the app has finished drawing (no frame is coming): on a slow machine a layout can still be
  // moving (a window sizing itself) although two reads a moment apart agree.
  const read = () => page.evaluate((n) => window.__kstthc.settled !== false && window.__kstthc.rects
    && window.__kstthc.rects[n], name);
  const end = Date.now() + 10000;
  let last = null;
  for (;;) {
    const r = await read();
    if (r && last && r.every((v, i) => Math.abs(v - last[i]) < 0.5)) return r;
    if (Date.now() > end) throw new Error(`widget "${name}" is not on screen`);
    last = r;
    await page.waitForTimeout(60);
  }
}

/**
 * Waits until the app's test state satisfies `check` (a function run in the page, given `arg`, usually reading
 * window.__kstthc); returns that state. On time-out throws, showing the last state (without the rectangles).
 */
export async function waitState(page, check, timeoutMs = 10000, arg = null) {
  try {
    await page.waitForFunction(check, arg, { timeout: timeoutMs });
  } catch (e) {
    const state = await page.evaluate(() => {
      const { rects, ...rest } = window.__kstthc || {};
      return { ...rest, rects: Object.keys(rects || {}).length };
    }).catch(() => null);
    throw new Error(`waitState timed out after ${timeoutMs} ms waiting for ${check}${
      arg === null ? '' : ` (arg ${excerpt(arg)})`}\nlast state: ${excerpt(state, 2000)}\n(${e.message.split('\n')[0]})`);
  }
  return page.evaluate(() => window.__kstthc);
}

/** Names of the widgets on screen now whose name starts with `prefix`, sorted. */
export async function rectNames(page, prefix = '') {
  const names = await page.evaluate(() => Object.keys(window.__kstthc.rects || {}));
  return names.filter((n) => n.startsWith(prefix)).sort();
}

/**
 * Waits until the app has drawn a frame after `framesBefore` (a value of window.__kstthc.frames read before
 * acting) and has settled (no frame coming): what is on screen and exported then reflects the action.
 */
export async function waitDrawnAndSettled(page, framesBefore, timeoutMs = 5000) {
  await waitState(page, (n) => window.__kstthc.frames > n && window.__kstthc.settled === true, timeoutMs,
    framesBefore);
}

/** window.__kstthc.frames now. */
export async function framesNow(page) {
  return page.evaluate(() => window.__kstthc.frames);
}

/**
 * Waits until the names of the widgets on screen starting with `prefix` satisfy `ok` (read only when the app
 * has settled); returns them.
 */
export async function waitForRects(page, prefix, ok, timeoutMs = 5000) {
  return waitFor(async () => {
    const settled = await page.evaluate(() => window.__kstthc.settled !== false);
    return settled ? rectNames(page, prefix) : null;
  }, (names) => names !== null && ok(names), { timeoutMs, what: `widgets "${prefix}…" where ${ok}` });
}

/**
 * Clicks a named widget as a person does with a mouse: moves onto it, lets the app draw the hover, then
 * presses and releases. (Dear ImGui does not take a press in the same frame as a jump of the pointer.)
 */
export async function clickWidget(page, name) {
  const [x, y, w, h] = await rectOf(page, name);
  const frames = await page.evaluate(() => window.__kstthc.frames);
  await page.mouse.move(x + w / 2, Math.min(y + h / 2, y + 10));
  // No frame comes when the pointer was already there; then the hover is already drawn.
  await page.waitForFunction((n) => window.__kstthc.frames > n, frames, { timeout: 500 }).catch(() => {});
  await page.mouse.down();
  await page.mouse.up();
}

/**
 * Scrolls with the mouse wheel (pointer at `at`, inside the scrolling area) until the widget is fully inside
 * the viewport, as a person scrolls to a field before clicking it.
 */
export async function scrollTo(page, name, at = [640, 450]) {
  const height = page.viewportSize().height;
  for (let i = 0; i < 60; i++) {
    const [, y, , h] = await rectOf(page, name);
    // Rows of the appendix table are visible below its header row (under the search field), whatever banners
    // sit above it; anything else below the menu, the plan title and the tabs.
    const search = /^(task|group):/.test(name)
      ? await page.evaluate(() => window.__kstthc.rects['appendix.search'] || null) : null;
    const top = search ? search[1] + search[3] + 24 : 90;
    if (y >= top && y + h <= height - 10) return;
    await page.mouse.move(at[0], at[1]);
    const frames = await page.evaluate(() => window.__kstthc.frames);
    await page.mouse.wheel(0, y < top ? -200 : Math.min(400, y + h - height + 60));
    await page.waitForFunction((n) => window.__kstthc.frames > n, frames, { timeout: 2000 }).catch(() => {});
  }
  throw new Error(`could not scroll "${name}" into view`);
}

/**
 * Clicks into a text field and waits until the app has made it the active field and the text element holds the
 * keyboard focus (the element may still be focused for the field clicked before).
 */
export async function focusField(page, name) {
  await clickWidget(page, name);
  await page.waitForFunction((n) => window.__kstthc.activeField === n && document.activeElement
    && document.activeElement.id.startsWith('textproxy'), name, { timeout: 5000 })
    .catch(async (e) => { await screenshot(page, `failed-focus-${name}`); throw e; });
}

/** Clicks into a text field, selects everything in it and types `text` in its place. */
export async function replaceText(page, name, text) {
  await focusField(page, name);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text, { delay: 10 });
}

/** Clicks into a text field, goes to the end of its text, types `text` and presses Enter. */
export async function appendText(page, name, text) {
  await focusField(page, name);
  await page.keyboard.press('End');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** Types `token` at the end of the plan title (no Enter) and waits until the app shows it (a frame applied it). */
export async function appendToTitle(page, token) {
  await focusField(page, 'plan.title');
  await page.keyboard.press('End');
  await page.keyboard.type(token);
  await waitForPlan(page, (p) => p.header.title.endsWith(token), 10000);
}

/** Types into a field the way a person does: click, select all, type over it, Enter. */
export async function typeInto(page, name, text) {
  await focusField(page, name);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** Chooses a menu item: clicks the menu, then the item. */
export async function chooseMenu(page, menu, item) {
  await clickWidget(page, menu);
  await clickWidget(page, item);
}

/** Waits until everything is written to IndexedDB. */
export async function waitSaved(page) {
  await page.waitForFunction(() => window.__kstthc.save === 'saved', null, { timeout: 10000 });
}

/** Saves a screenshot under the test output folder; `clip` ({x, y, width, height} in CSS px) crops it. */
export async function screenshot(page, name, clip = undefined) {
  await mkdir(OUT, { recursive: true });
  const path = join(OUT, `${name}.png`);
  await page.screenshot({ path, clip });
  return path;
}

/** WCAG 2.1 relative luminance of an sRGB colour [r, g, b] (0–255). */
export function luminance([r, g, b]) {
  const lin = (v) => { v /= 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2.1 contrast ratio of two colours. */
export function contrast(a, b) {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

/**
 * The contrast of the text drawn inside a widget's rectangle [x, y, w, h] (page px; `px` from screenPixels
 * covering it), measured on the pixels: the background is the colour most pixels inside have (3 px in from
 * the frame), the text the pixel that differs most from it (a glyph's stem, at 16 px, reaches the text colour).
 * null when nothing is drawn inside (every pixel within 1.2:1 of the background).
 */
export function textContrast(px, [x, y, w, h]) {
  const counts = new Map();
  const pixels = [];
  for (let yy = Math.ceil(y + 3); yy < y + h - 3; yy++) {
    for (let xx = Math.ceil(x + 3); xx < x + w - 3; xx++) {
      const p = px(xx, yy);
      pixels.push(p);
      const key = p.join(',');
      counts.set(key, (counts.get(key) || 0) + 1);
    }
  }
  if (!pixels.length) return null;
  const background = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0].split(',').map(Number);
  const best = Math.max(...pixels.map((p) => contrast(p, background)));
  return best < 1.2 ? null : best;
}

/**
 * A region of the page as it is on screen (a screenshot of `clip` {x, y, width, height}, CSS px, device scale 1)
 * as a function (x, y) → [r, g, b] in page coordinates. Decoded by the browser itself in a blank page.
 */
export async function screenPixels(page, clip) {
  const png = (await page.screenshot({ clip })).toString('base64');
  const reader = await page.context().newPage();
  try {
    const { width, data } = await reader.evaluate(async (src) => {
      const img = new Image();
      img.src = `data:image/png;base64,${src}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const g = c.getContext('2d');
      g.drawImage(img, 0, 0);
      return { width: img.width, data: Array.from(g.getImageData(0, 0, img.width, img.height).data) };
    }, png);
    return (x, y) => {
      const i = (Math.round(y - clip.y) * width + Math.round(x - clip.x)) * 4;
      return [data[i], data[i + 1], data[i + 2]];
    };
  } finally {
    await reader.close();
  }
}

/**
 * Frames held back as on a busy PC (service worker installing, storage starting): the page's animation frames
 * wait at a gate the test opens one at a time (window.__frameGate: held, step(), release()). The app itself is
 * unchanged.
 */
export async function holdFrames(context) {
  await context.addInitScript(() => {
    const raf = window.requestAnimationFrame.bind(window);
    const gate = window.__frameGate = { held: false, queue: [] };
    window.requestAnimationFrame = (cb) => (gate.held ? (gate.queue.push(cb), 0) : raf(cb));
    gate.step = () => new Promise((done) => {
      const cb = gate.queue.shift();
      if (!cb) { done(false); return; }
      raf((t) => { cb(t); done(true); });
    });
    gate.release = () => { gate.held = false; gate.queue.splice(0).forEach((cb) => raf(cb)); };
  });
}
