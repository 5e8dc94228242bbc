// page_figures.mjs — the page's figures from build/web-release/site in headless Chromium:
// wasm and js sizes (raw and gzip), time to first frame (median of 5 loads), and the app's own frame work time
// at 9, 1,000 and 100,000 tasks (the page's hook: app_state(page).frame_work_ms, loaded with #tasks=N).
// NOTE: frame_work_ms comes from performance.now(), which Chromium coarsens to 0.1 ms on a page that is not
// cross-origin isolated; the medians are exact to that step.
// Usage: node bench/page_figures.mjs [--loads 5] [--frames 60] [--json OUT]   (bench/run.sh --page runs it)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { site_dir, start_static_server, launch_browser, open_page, wait_for_frames, app_state }
  from '../tests/browser/harness.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const loads = Number(option('--loads', 5));
const sample_frames = Number(option('--frames', 60));
const json_out = option('--json', null);
const task_counts = [9, 1000, 100000];

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

// Sizes of what the page downloads for code: index.wasm and index.js (the shell's own small js is listed too).
function sizes() {
  const out = {};
  for (const name of ['index.wasm', 'index.js', 'looplab_shell.js', 'looplab_input.js']) {
    const file = path.join(site_dir, name);
    if (!fs.existsSync(file)) continue;
    const data = fs.readFileSync(file);
    out[name] = { raw: data.length, gzip: zlib.gzipSync(data, { level: 9 }).length };
  }
  return out;
}

// Navigation start to the first frame the app reports (performance.now() is relative to navigation start; the
// hook is polled every animation frame, so the figure is late by at most one frame).
async function first_frame_ms(browser, base_url) {
  const { context, page } = await open_page(browser, base_url);
  await wait_for_frames(page, 1);
  const ms = await page.evaluate(() => performance.now());
  await context.close();
  return ms;
}

// The app's frame work time (ms, its own measurement around advance + run + UI build) over sample_frames frames.
async function frame_work(browser, base_url, tasks) {
  const { context, page, record } = await open_page(browser, `${base_url}#tasks=${tasks}`);
  await wait_for_frames(page, 10, 120000);
  const samples = await page.evaluate(async (count) => {
    const out = [];
    let last = -1;
    while (out.length < count) {
      await new Promise((r) => requestAnimationFrame(r));
      const s = JSON.parse(Module.UTF8ToString(Module._looplab_state_json()));
      if (s.frame_count !== last) { out.push(s.frame_work_ms); last = s.frame_count; }
    }
    return out;
  }, sample_frames);
  const state = await app_state(page);
  await context.close();
  return { tasks, median_ms: median(samples), max_ms: Math.max(...samples), samples: samples.length,
           task_count_seen: state.playground?.settings?.tasks ?? null,
           page_errors: record.page_errors.length };
}

const server = await start_static_server();
const browser = await launch_browser();
try {
  const size = sizes();
  const firsts = [];
  for (let i = 0; i < loads; ++i) firsts.push(await first_frame_ms(browser, server.base_url));
  const frames = [];
  for (const n of task_counts) frames.push(await frame_work(browser, server.base_url, n));
  const code_raw = (size['index.wasm']?.raw ?? 0) + (size['index.js']?.raw ?? 0);
  const code_gzip = (size['index.wasm']?.gzip ?? 0) + (size['index.js']?.gzip ?? 0);
  const result = { site_dir, sizes: size, code_raw, code_gzip, first_frame_ms: median(firsts), first_frame_runs: firsts,
                   frames };
  const kb = (b) => `${(b / 1024).toFixed(1)} KiB`;
  console.log(`page (${site_dir}):`);
  for (const [name, s] of Object.entries(size)) console.log(`  ${name.padEnd(17)} ${kb(s.raw).padStart(11)} raw  ${kb(s.gzip).padStart(10)} gzip`);
  console.log(`  wasm + js         ${kb(code_raw).padStart(11)} raw  ${kb(code_gzip).padStart(10)} gzip` +
              `  (target ≤ 1.5 MB raw: ${code_raw <= 1.5e6 ? 'MET' : 'MISSED'})`);
  console.log(`  first frame       ${result.first_frame_ms.toFixed(0)} ms median of ${loads} loads ` +
              `[${firsts.map((x) => x.toFixed(0)).join(', ')}]  (target ≤ 1500 ms: ${result.first_frame_ms <= 1500 ? 'MET' : 'MISSED'})`);
  for (const f of frames) {
    console.log(`  frame work, ${String(f.tasks).padStart(6)} tasks: ${f.median_ms.toFixed(3)} ms median, ` +
                `${f.max_ms.toFixed(3)} ms max of ${f.samples} frames (× ${(f.median_ms / frames[0].median_ms).toFixed(2)} the 9-task frame; page ran ${f.task_count_seen} tasks)`);
  }
  if (json_out) fs.writeFileSync(json_out, JSON.stringify(result, null, 1) + '\n');
} finally {
  await browser.close();
  await server.close();
}
