// The browser killed outright (SIGKILL of every Chromium process of the profile, as a power cut of the browser
// would be, the OS surviving) at given delays after an edit: is the edit there when the browser starts again?
// Chromium keeps localStorage (the journal) in memory and commits it to disk later; IndexedDB is on disk once
// its transaction completes. Prints JSON: per delay, how many of `runs` edits survived.
// Usage: node tests/bench/kill_bench.mjs [runs] [delay ms …]
import { execFileSync } from 'node:child_process';
import { startServer, newProfileDir, launch, openApp, waitReady, exportedPlan, appendToTitle, waitSaved } from
  '../e2e/helpers.mjs';

const runs = Number(process.argv[2] || 3);
const delays = process.argv.length > 3 ? process.argv.slice(3).map(Number) : [0, 100, 300, 600, 1000, 2000, 5000];

/** Kills every process whose command line names the profile (the browser and its renderers), at once. */
function killProfile(dir) {
  try { execFileSync('pkill', ['-KILL', '-f', dir]); } catch (e) { /* none left */ }
}

const { server, url } = await startServer();
const out = { runs, survived: {} };
try {
  for (const delay of delays) {
    let kept = 0;
    for (let i = 0; i < runs; i++) {
      const dir = await newProfileDir();
      let context = await launch(dir);
      let page = await openApp(context, url);
      await waitSaved(page);
      const token = ` k${delay}-${i}`;
      await appendToTitle(page, token); // on screen, in the journal
      const t0 = Date.now();
      while (Date.now() - t0 < delay) await new Promise((r) => setTimeout(r, 5));
      killProfile(dir);
      await context.close().catch(() => {});
      context = await launch(dir);
      page = await openApp(context, url);
      await waitReady(page);
      if ((await exportedPlan(page)).header.title.endsWith(token)) kept++;
      await context.close();
    }
    out.survived[delay] = kept;
  }
} finally {
  server.close();
}
console.log(JSON.stringify(out));
