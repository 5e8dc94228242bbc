// Soak in Chromium on Playwright's fake clock: 100,000 frames with a random URL-hash change every 2-20 frames
// (valid and hostile links), then wasm memory (Module.HEAP8.length) must be flat after warm-up and the JS heap
// bounded. Prints the figures. LOOPLAB_SOAK_FRAMES overrides the frame count (e.g. for a quick local run).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start_static_server, launch_browser, open_page, install_paused_clock, run_until_frames, app_state }
  from './harness.mjs';

let server, browser;
before(async () => { server = await start_static_server(); browser = await launch_browser(); });
after(async () => { await browser?.close(); await server?.close(); });

const frames_wanted = Number(process.env.LOOPLAB_SOAK_FRAMES || 100000);
const frame_ms = 1000 / 60;          // the fake clock fires rAF at 60 Hz
const chunk_frames = 2000;           // one runFor per chunk; memory is sampled between chunks

// What the page's memory looks like now: wasm linear memory, and the JS heap through the DevTools protocol
// (the fake clock replaces window.performance, so performance.memory is gone).
async function memory(page, cdp) {
  const heap = await cdp.send('Runtime.getHeapUsage');
  return { wasm: await page.evaluate(() => Module.HEAP8.length), js: heap.usedSize };
}

// Installs, inside the page, a rAF callback (driven by the fake clock like the app's) that sets location.hash to
// a random link every 2-20 frames and hands it to the app at once (as the shell's hashchange listener does).
async function start_random_links(page, seed) {
  await page.evaluate((seed0) => {
    let state = seed0 >>> 0;
    const random = (n) => { state = (Math.imul(state, 1664525) + 1013904223) >>> 0; return state % n; };
    const hostile = ['tasks=-5', 'tasks=1e12', 'tasks=abc', 'seed=-1', 'seed=99999999999999999999', 'scale=NaN',
      'limit=50&tasks=3', 'block=9&tasks=3', 'colour=red&x', 'tasks=%', 'tasks=%zz', 'seed=%E0%A4',
      'tasks=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'seed=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
      'pad=' + 'x'.repeat(10000)];
    const dists = ['seed', 'uniform', 'exponential', 'heavy'];
    let next = 1;
    window.looplab_soak_changes = 0;
    const tick = () => {
      if (--next <= 0) {
        next = 2 + random(19);
        let hash;
        if (random(4) === 0) hash = hostile[random(hostile.length)];
        else hash = `tasks=${1 + random(400)}&seed=${random(100000)}&dist=${dists[random(4)]}` +
                    `&limit=${random(3) === 0 ? random(8) : 0}&scale=${[0.5, 4, 40, 400][random(4)]}`;
        window.location.hash = hash;
        if (Module._looplab_on_hashchange) Module._looplab_on_hashchange();
        window.looplab_soak_changes++;
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, seed);
}

test(`${frames_wanted} frames with random links every few frames keep wasm memory flat`, { timeout: 20 * 60 * 1000 },
     async () => {
  const { context, page, record } = await open_page(browser, server.base_url, {
    viewport: { width: 160, height: 120 },  // a small canvas: SwiftShader's raster time dominates each frame
    before_goto: install_paused_clock });
  let dialogs = 0;
  page.on('dialog', async (d) => { dialogs++; await d.dismiss(); });
  await run_until_frames(page, 1);
  await start_random_links(page, 20240601);
  const cdp = await context.newCDPSession(page);

  const started = Date.now();
  const first = await app_state(page);
  const start_memory = await memory(page, cdp);
  const samples = [];
  let frames = first.frame_count;
  while (frames - first.frame_count < frames_wanted) {
    await page.clock.runFor(chunk_frames * frame_ms);
    const now = await app_state(page);
    assert.ok(now.frame_count > frames, 'the page keeps rendering');
    frames = now.frame_count;
    samples.push({ frames: frames - first.frame_count, ...(await memory(page, cdp)) });
    if (samples.length % 10 === 0)
      process.stderr.write(`soak-browser: ${samples.at(-1).frames} frames, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  }
  const warm_up = samples.filter((s) => s.frames <= Math.max(frames_wanted / 10, samples[0].frames));
  const last_quarter = samples.filter((s) => s.frames >= frames_wanted * 3 / 4);
  const max_of = (list, key) => Math.max(...list.map((s) => s[key]));
  const warm_wasm = max_of(warm_up, 'wasm'), end_wasm = samples.at(-1).wasm, last_wasm = max_of(last_quarter, 'wasm');
  const warm_js = max_of(warm_up, 'js'), last_js = max_of(last_quarter, 'js');
  const changes = await page.evaluate(() => window.looplab_soak_changes);
  const mb = (bytes) => (bytes / (1024 * 1024)).toFixed(1);
  console.log(`soak-browser: ${frames - first.frame_count} frames, ${changes} link changes, ` +
              `${((Date.now() - started) / 1000).toFixed(0)} s; wasm memory start ${mb(start_memory.wasm)} MB, ` +
              `after warm-up ${mb(warm_wasm)} MB, end ${mb(end_wasm)} MB, last-quarter max ${mb(last_wasm)} MB; ` +
              `JS heap start ${mb(start_memory.js)} MB, after warm-up ${mb(warm_js)} MB, ` +
              `last-quarter max ${mb(last_js)} MB`);
  assert.ok(last_wasm <= warm_wasm * 1.1, `wasm memory grew after warm-up: ${warm_wasm} -> ${last_wasm} bytes`);
  await cdp.detach();
  assert.ok(last_js <= warm_js * 1.5 + 16 * 1024 * 1024, `the JS heap grew after warm-up: ${warm_js} -> ${last_js}`);
  const end = await app_state(page);
  assert.equal(end.gl_context_lost, false);
  assert.ok(end.playground.notices.length <= 8, 'notices stay bounded');
  assert.equal(await page.evaluate(() => document.getElementById('a11y-live').childNodes.length <= 200), true);
  assert.equal(dialogs, 0);
  assert.deepEqual(record.page_errors, []);
  await context.close();
});
