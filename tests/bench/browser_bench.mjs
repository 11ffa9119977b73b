// Browser benchmarks (indicative: headless Chromium with a software WebGL renderer on a 2-core machine):
// time from navigation to the first frame showing the plan (median of N fresh profiles), and frames drawn
// during 5 s with no input. Prints one JSON object.
import { startServer, newProfileDir, launch, openApp } from '../e2e/helpers.mjs';

const runs = Number(process.argv[2] || 5);
const { server, url } = await startServer();
const firstFrame = [];
let idleFrames = null;
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
} finally {
  server.close();
}
firstFrame.sort((a, b) => a - b);
console.log(JSON.stringify({
  firstFrameMedianMs: Math.round(firstFrame[Math.floor(firstFrame.length / 2)]),
  firstFrameRunsMs: firstFrame.map(Math.round),
  idleFrames5s: idleFrames,
}));
