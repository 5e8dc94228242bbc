// script_frames.mjs — the Script view at scale in headless Chromium: a script of 100,000 tasks (each
// `await asyncio.sleep(random.randint(0, 2) * 0.001)`, gathered) loaded through the page's `script:load:` hook on
// the real clock; every frame's own work (looplab_frame_work_ms, the state JSON's frame_work_ms) and rAF interval
// until the interpreter has finished, then the frame count and wall time to finish. Goal: no frame over 50 ms.
// Usage: node bench/script_frames.mjs [--tasks 100000] [--runs 3] [--variant gather|tasks] [--json OUT]   (needs build/web-release/site)
import fs from 'node:fs';
import { site_dir, start_static_server, launch_browser, open_page, wait_for_frames, app_state }
  from '../tests/browser/harness.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const tasks = Number(option('--tasks', 100000));
const runs = Number(option('--runs', 3));
const json_out = option('--json', null);
const variant = option('--variant', 'gather');  // gather: one asyncio.gather; tasks: create_task each, await each

const mains = {
  gather: `async def main():
    await asyncio.gather(*(work(i) for i in range(${tasks})))
    print('all done')`,
  tasks: `async def main():
    tasks = [asyncio.create_task(work(i)) for i in range(${tasks})]
    for t in tasks:
        await t
    print('all done')`,
};
const script = `import asyncio
import random


async def work(i):
    await asyncio.sleep(random.randint(0, 2) * 0.001)


${mains[variant]}


asyncio.run(main())
`;

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

// One page: load the script, then sample every animation frame until the interpreter is done (at most 120 s).
async function one_run(browser, base_url) {
  const { context, page, record } = await open_page(browser, base_url);
  await wait_for_frames(page, 5);
  const sample = await page.evaluate(async (text) => {
    const work = [];
    const raf = [];
    const t0 = performance.now();
    Module.ccall('looplab_command', null, ['string'], ['script:load:' + text]);
    const load_ms = performance.now() - t0;
    let last_frame = Module._looplab_frame_count();
    let last_t = performance.now();
    while (performance.now() - t0 < 120000) {
      const t = await new Promise((r) => requestAnimationFrame(r));
      const frame = Module._looplab_frame_count();
      if (frame !== last_frame) {
        work.push(Module._looplab_frame_work_ms());
        raf.push(t - last_t);
        last_frame = frame;
        last_t = t;
      }
      if (!Module._looplab_script_running()) break;
    }
    return { work, raf, load_ms, finish_ms: performance.now() - t0 };
  }, script);
  const state = (await app_state(page)).script;
  await context.close();
  return {
    ...sample, frames: sample.work.length, status: state.status, printed: state.printed_total,
    error: state.error?.type ?? null, page_errors: record.page_errors.length,
  };
}

const server = await start_static_server();
const browser = await launch_browser();
try {
  const results = [];
  for (let i = 0; i < runs; ++i) results.push(await one_run(browser, server.base_url));
  console.log(`script of ${tasks} tasks (${variant}) in the page (${site_dir}), ${runs} runs:`);
  console.log('run | frames | frame work median / p95 / max ms | rAF interval median / max ms | load hook ms | ' +
              'finish s | frames > 50 ms | status');
  for (const [i, r] of results.entries()) {
    const over = r.work.filter((x) => x > 50).length;
    console.log(`${i + 1} | ${r.frames} | ${quantile(r.work, 0.5).toFixed(1)} / ${quantile(r.work, 0.95).toFixed(1)} / ` +
                `${Math.max(...r.work).toFixed(1)} | ${quantile(r.raf, 0.5).toFixed(1)} / ${Math.max(...r.raf).toFixed(1)} | ` +
                `${r.load_ms.toFixed(1)} | ${(r.finish_ms / 1000).toFixed(2)} | ${over} | ${r.status}` +
                `${r.error ? ' (' + r.error + ')' : ''}${r.page_errors ? ' PAGE ERRORS' : ''}`);
  }
  for (const [i, r] of results.entries()) {
    const worst = r.work.map((w, k) => [w, k]).sort((a, b) => b[0] - a[0]).slice(0, 5);
    console.log(`run ${i + 1} worst frames (ms @ frame): ${worst.map(([w, k]) => `${w.toFixed(1)} @ ${k}`).join(', ')}`);
  }
  if (json_out) fs.writeFileSync(json_out, JSON.stringify({ tasks, results }, null, 1) + '\n');
} finally {
  await browser.close();
  await server.close();
}
