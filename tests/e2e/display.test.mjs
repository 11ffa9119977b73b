// Sharp text at any devicePixelRatio: the canvas has CSS size × ratio pixels and the font atlas is built at
// 16 px × ratio (so glyphs are drawn 1:1 with screen pixels); the UI zoom (Ctrl + / Ctrl − / Ctrl 0) rebuilds it
// too and is remembered. Idle pages draw nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, newProfileDir, launch, openApp, waitState, waitReady, screenshot } from './helpers.mjs';

let server;
let url;
before(async () => { ({ server, url } = await startServer()); });
after(() => server.close());

for (const ratio of [1, 1.25, 1.5, 2]) {
  test(`devicePixelRatio ${ratio}: canvas pixels and font atlas follow it`, async () => {
    const context = await launch(await newProfileDir(), { deviceScaleFactor: ratio });
    try {
      const page = await openApp(context, url);
      await page.waitForFunction((r) => {
        const c = document.getElementById('canvas');
        return c.width === Math.round(c.clientWidth * r) && c.height === Math.round(c.clientHeight * r);
      }, ratio, { timeout: 10000 });
      await waitState(page, (r) => window.__kstthc.fontPx === Math.round(16 * r), 10000, ratio);
      await screenshot(page, `display-dpr-${ratio}`, { x: 0, y: 0, width: 640, height: 200 });
    } finally {
      await context.close();
    }
  });
}

test('UI zoom with Ctrl + and Ctrl −: the font is rebuilt larger, remembered, and Ctrl 0 resets it', async () => {
  const context = await launch(await newProfileDir());
  try {
    const page = await openApp(context, url);
    assert.equal(await page.evaluate(() => window.__kstthc.fontPx), 16);
    await page.mouse.move(640, 400);
    await page.keyboard.press('Control+=');
    await page.keyboard.press('Control+=');
    await waitState(page, () => window.__kstthc.fontPx === 20); // 100 % → 110 % → 125 %
    await screenshot(page, 'display-zoom-125');
    await page.keyboard.press('Control+-');
    await waitState(page, () => window.__kstthc.fontPx === 18);
    // The frame that rebuilds the font also starts storing the zoom (and publishes "saving" with fontPx), so
    // "saved" from here on means the new zoom is stored.
    await waitState(page, () => window.__kstthc.save === 'saved');
    await page.reload();
    await waitReady(page);
    await waitState(page, () => window.__kstthc.fontPx === 18);
    await page.keyboard.press('Control+0');
    await waitState(page, () => window.__kstthc.fontPx === 16);
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
});
