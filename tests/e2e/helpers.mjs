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

/** Launches chromium with a profile. `screen` larger than the viewport avoids GLFW's fullscreen request. */
export async function launch(profileDir, options = {}) {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 800 },
    screen: { width: 1920, height: 1080 },
    ...options,
  });
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

/**
 * Waits until the exported plan satisfies `check` (the app applies input at its next frame, not at once) and
 * returns it; on time-out returns the last plan so the caller's assertion shows what was there.
 */
export async function waitForPlan(page, check, timeoutMs = 5000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const plan = await exportedPlan(page);
    if (check(plan) || Date.now() > end) return plan;
    await page.waitForTimeout(50);
  }
}

/** The rectangle [x, y, w, h] (CSS px) of a named widget, waiting until the app has drawn it. */
export async function rectOf(page, name) {
  await page.waitForFunction((n) => window.__kstthc.rects && window.__kstthc.rects[n], name, { timeout: 10000 });
  return page.evaluate((n) => window.__kstthc.rects[n], name);
}

/** Clicks the centre of a named widget, as a person would with the mouse. */
export async function clickWidget(page, name) {
  const [x, y, w, h] = await rectOf(page, name);
  await page.mouse.click(x + w / 2, y + h / 2);
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
