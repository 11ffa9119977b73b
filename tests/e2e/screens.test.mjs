// Every window at 1366×768 (issue 11): each view and dialog is opened as a user would and saved as a
// screenshot under test-results/screen-*.png, to be looked at; the test checks each one was drawn with its
// own widgets, and that no text field or button has a white edge on white (a frame of ≥ 3:1, measured).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, newProfileDir, launch, openApp, clickWidget, chooseMenu, waitState, rectOf, screenshot,
  screenPixels, luminance, contrast,
} from './helpers.mjs';

let server, url;
before(async () => ({ server, url } = await startServer()));
after(() => server.close());

/** Waits until `name` is drawn and nothing moves, then saves the whole window as screen-<shot>.png. */
async function shoot(page, name, shot) {
  await rectOf(page, name);
  await waitState(page, () => window.__kstthc.settled === true);
  return screenshot(page, `screen-${shot}`);
}

/** The left edge of a widget against what is 4 px outside it, on its middle row (WCAG 1.4.11: ≥ 3:1). */
async function edge(page, name) {
  const [x, y, w, h] = await rectOf(page, name);
  const clip = { x: Math.max(0, x - 6), y: Math.max(0, y), width: Math.min(w, 40) + 6, height: Math.max(h, 2) };
  const px = await screenPixels(page, clip);
  let darkest = px(x, y + h / 2);
  for (let dx = -1; dx <= 1; dx++) if (luminance(px(x + dx, y + h / 2)) < luminance(darkest)) darkest = px(x + dx, y + h / 2);
  return contrast(darkest, px(x - 4, y + h / 2));
}

test('every view and dialog at 1366×768, each drawn, their fields and buttons framed', async () => {
  const context = await launch(await newProfileDir(), { viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  try {
    const page = await openApp(context, url);
    const shots = [];
    await clickWidget(page, 'task:task-1-2');
    shots.push(await shoot(page, 'task.content', 'appendix'));
    await clickWidget(page, 'group:group-2');
    shots.push(await shoot(page, 'group.renumber', 'appendix-group'));
    const views = [['tab.progress', 'filter.search', 'tasks'], ['tab.timeline', 'timeline.legend.0', 'timeline'],
      ['tab.dashboard', 'dash.overdue:task-1-1:D2024-01-31', 'dashboard'], ['tab.targets', 'targets.add', 'targets'],
      ['tab.document', 'doc.issuingBody', 'document'],
      ['tab.units', 'units.add', 'units'], ['tab.plans', 'plans.newEmpty', 'plans']];
    for (const [tab, widget, shot] of views) {
      await clickWidget(page, tab);
      shots.push(await shoot(page, widget, shot));
    }
    for (const name of ['plans.newEmpty', 'units.add', 'count:kpi-1:1:0']) {
      if (name === 'units.add') await clickWidget(page, 'tab.units');
      if (name === 'count:kpi-1:1:0') await clickWidget(page, 'tab.targets');
      assert.ok(await edge(page, name) >= 3, `${name} has a visible edge`);
    }
    await clickWidget(page, 'tab.progress');
    await clickWidget(page, 'prow:task-2-1:2024-Q2');
    await clickWidget(page, 'occ:2024-Q2');
    shots.push(await shoot(page, 'editor.save', 'progress-editor'));
    await clickWidget(page, 'editor.cancel');
    await waitState(page, () => window.__kstthc.dialog === null);
    await clickWidget(page, 'tab.plans');
    await clickWidget(page, 'plans.newNextYear');
    shots.push(await shoot(page, 'review.save', 'next-year-review'));
    await clickWidget(page, 'review.cancel');
    await chooseMenu(page, 'menu.data', 'menu.data.versions');
    shots.push(await shoot(page, 'versions.close', 'versions'));
    await clickWidget(page, 'versions.close');
    await chooseMenu(page, 'menu.help', 'menu.help.keys');
    shots.push(await shoot(page, 'keys.ok', 'shortcuts'));
    await clickWidget(page, 'keys.ok');
    await clickWidget(page, 'menu.help');
    shots.push(await shoot(page, 'menu.help.keys', 'menu-help'));
    await page.keyboard.press('Escape');
    assert.equal(shots.length, 14);
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
});
