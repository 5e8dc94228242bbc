// Browser tests of the playground in headless Chromium, on Playwright's fake clock: both lanes run to the end,
// the orders match the CLI, URL and typed input change the run, step/scrub are exact, the trace downloads,
// bad URL values show a notice, and the aria-live mirror carries the finish lines.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { start_static_server, launch_browser, open_page_with_clock, playground_state, command, centre_of,
         click_with_clock, press_with_clock, screenshot, repo_root } from './harness.mjs';

let server, browser;
before(async () => { server = await start_static_server(); browser = await launch_browser(); });
after(async () => { await browser?.close(); await server?.close(); });

// The CLI's "Asynchronous:" order for these arguments (the wasm CLI under node, else the native one).
function cli_concurrent_order(args) {
  const wasm_cli = path.join(repo_root, 'build/web-release/src/app/cli/looplab.js');
  const native_cli = path.join(repo_root, 'build/native-debug/src/app/cli/looplab');
  const out = fs.existsSync(wasm_cli)
    ? execFileSync('node', ['--no-experimental-fetch', wasm_cli, ...args], { encoding: 'utf8' })
    : execFileSync(native_cli, args, { encoding: 'utf8' });
  const lines = out.split('\n');
  return lines.slice(lines.indexOf('Asynchronous:') + 1).filter((l) => l.startsWith('Task'))
              .map((l) => Number(l.split(' ')[1]));
}

async function run_to_end(page, max_ms = 60000) {
  for (let t = 0; t < max_ms; t += 250) {
    const s = await playground_state(page);
    if (s.lanes.sequential.done && s.lanes.concurrent.done) return s;
    await page.clock.runFor(250);
  }
  throw new Error('the lanes did not finish');
}

test('the default page runs both lanes to the end: 1..9 sequentially, the CLI order concurrently', async () => {
  const { context, page, record } = await open_page_with_clock(browser, server.base_url);
  const s = await run_to_end(page);
  assert.deepEqual(s.lanes.sequential.finish_order, [1, 2, 3, 4, 5, 6, 7, 8, 9]);
  assert.deepEqual(s.lanes.concurrent.finish_order, cli_concurrent_order([]));
  assert.equal(s.lanes.sequential.total_us, s.sum_of_delays_us, 'sequential total = sum of delays');
  assert.equal(s.lanes.concurrent.total_us, s.max_delay_us, 'concurrent total = max delay');
  assert.ok(s.speedup > 1);
  await screenshot(page, 'playground-1280x720.png');
  assert.deepEqual(record.page_errors, []);
  assert.deepEqual(record.console_errors, []);
  await context.close();
});

test('tasks and seed in the URL hash change the run, and so does the typed task count', async () => {
  const { context, page } = await open_page_with_clock(browser, server.base_url + '#tasks=20&seed=7');
  let s = await run_to_end(page);
  assert.equal(s.settings.tasks, 20);
  assert.equal(s.settings.seed, 7);
  assert.deepEqual(s.lanes.concurrent.finish_order, cli_concurrent_order(['--tasks', '20', '--seed', '7']));

  const input = centre_of(s.widgets.task_count_input);
  await click_with_clock(page, input.x, input.y);
  await page.keyboard.press('Control+A');
  await page.clock.runFor(100);
  await page.keyboard.type('12');
  await page.clock.runFor(100);
  await press_with_clock(page, 'Enter');
  s = await playground_state(page);
  assert.equal(s.settings.tasks, 12);
  assert.equal(s.lanes.concurrent.task_count, 12);
  assert.match(await page.evaluate(() => window.location.hash), /tasks=12/, 'the hash follows the typed value');
  s = await run_to_end(page);
  assert.deepEqual(s.lanes.concurrent.finish_order, cli_concurrent_order(['--tasks', '12', '--seed', '7']));

  // A pasted link (hashchange) applies at once, without a reload.
  await page.evaluate(() => { window.location.hash = '#tasks=5&seed=3'; });
  await page.clock.runFor(200);
  s = await playground_state(page);
  assert.equal(s.settings.tasks, 5);
  assert.equal(s.settings.seed, 3);
  await context.close();
});

test('step advances exactly one scheduler event (Right arrow), and Space pauses', async () => {
  const { context, page } = await open_page_with_clock(browser, server.base_url);
  await press_with_clock(page, ' ');
  const paused = await playground_state(page);
  assert.equal(paused.playing, false, 'Space pauses');
  let previous = paused.lanes.sequential.events_visible + paused.lanes.concurrent.events_visible;
  for (let i = 0; i < 5; i++) {
    await press_with_clock(page, 'ArrowRight');
    const s = await playground_state(page);
    const visible = s.lanes.sequential.events_visible + s.lanes.concurrent.events_visible;
    assert.equal(visible, previous + 1, `step ${i + 1} shows exactly one more event`);
    assert.equal(s.playing, false);
    previous = visible;
  }
  await context.close();
});

test('scrubbing back and forth shows the same state as the forward run', async () => {
  const { context, page } = await open_page_with_clock(browser, server.base_url);
  await command(page, 'pause');
  await command(page, 'scrub:0');
  const times = [0, 500, 1000, 1500, 2000, 3000, 4500, 6000];
  const forward = [];
  for (const t of times) { await command(page, `scrub:${t}`); forward.push(await playground_state(page)); }
  const backward = [];
  for (const t of [...times].reverse()) { await command(page, `scrub:${t}`); backward.unshift(await playground_state(page)); }
  for (let i = 0; i < times.length; i++) {
    for (const lane of ['sequential', 'concurrent']) {
      assert.deepEqual(backward[i].lanes[lane].finish_order, forward[i].lanes[lane].finish_order,
                       `${lane} at ${times[i]} µs`);
      assert.equal(backward[i].lanes[lane].events_visible, forward[i].lanes[lane].events_visible);
    }
  }
  assert.ok(forward[3].lanes.concurrent.finished < forward[7].lanes.concurrent.finished, 'time really moved');
  // The slider itself: dragging it to its left end shows t = 0.
  const slider = forward[0].widgets.scrub_slider;
  await page.mouse.move(slider.x + slider.w - 4, slider.y + slider.h / 2);
  await page.clock.runFor(100);
  await page.mouse.down();
  await page.clock.runFor(100);
  await page.mouse.move(slider.x + 1, slider.y + slider.h / 2, { steps: 5 });
  await page.clock.runFor(100);
  await page.mouse.up();
  await page.clock.runFor(100);
  const dragged = await playground_state(page);
  assert.equal(dragged.cursor_us, 0, "the slider's left end is t = 0");
  assert.deepEqual(dragged.lanes.concurrent.finish_order, forward[0].lanes.concurrent.finish_order);
  await context.close();
});

test('the downloaded trace is Chrome Trace JSON with one track per task', async () => {
  const { context, page } = await open_page_with_clock(browser, server.base_url);
  await run_to_end(page);
  const s = await playground_state(page);
  const button = centre_of(s.widgets.download_trace_button);
  const download_promise = page.waitForEvent('download');
  await click_with_clock(page, button.x, button.y);
  const download = await download_promise;
  const text = fs.readFileSync(await download.path(), 'utf8');
  const trace = JSON.parse(text);
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  assert.ok(events.length > 0);
  const pids = [...new Set(events.filter((e) => e.ph !== 'M').map((e) => e.pid))];
  assert.equal(pids.length, 2, 'one process per lane');
  for (const pid of pids) {
    const tids = new Set(events.filter((e) => e.pid === pid && e.ph !== 'M').map((e) => e.tid));
    assert.equal(tids.size, 9, 'one track per task');
    assert.equal(events.filter((e) => e.pid === pid && e.ph === 'i').length, 9, 'one finish instant per task');
  }
  assert.ok(events.some((e) => e.ph === 'X'), 'complete events for sleeping and running');
  await context.close();
});

test('invalid URL values are corrected with a visible notice', async () => {
  const { context, page, record } = await open_page_with_clock(browser, server.base_url + '#tasks=abc&seed=7&scale=NaN');
  const s = await playground_state(page);
  assert.equal(s.settings.tasks, 9, 'a malformed task count falls back to the default');
  assert.equal(s.settings.seed, 7, 'valid values are kept');
  assert.ok(s.notices.some((n) => n.includes('tasks')), 'a notice names the task count');
  assert.ok(s.notices.some((n) => n.includes('scale')), 'a notice names the scale');
  const live = await page.textContent('#a11y-live');
  assert.match(live, /tasks/, 'the notice is in the aria-live mirror');
  assert.deepEqual(record.page_errors, []);
  await context.close();
});

test('the aria-live mirror holds one summary line per lane and the speedup', async () => {
  const { context, page } = await open_page_with_clock(browser, server.base_url);
  await run_to_end(page);
  await page.clock.runFor(200);
  const live = await page.textContent('#a11y-live');
  assert.match(live, /Sequential: 9 tasks done in [0-9.]+ ms; order 1, 2, 3, 4, 5, 6, 7, 8, 9/);
  assert.match(live, /Concurrent: 9 tasks done in [0-9.]+ ms; order [1-9](, [1-9]){8}/);
  assert.match(live, /Speedup: sum/);
  assert.doesNotMatch(live, /Task \d+ done/, 'nothing per task');
  await context.close();
});

test('Copy link puts the shareable URL on the clipboard', async () => {
  const { context, page } = await open_page_with_clock(browser, server.base_url + '#tasks=14&seed=99');
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.base_url });
  const s = await playground_state(page);
  const button = centre_of(s.widgets.copy_link_button);
  await click_with_clock(page, button.x, button.y);
  const copied = await page.evaluate(() => Module.looplabLastCopied);
  assert.match(copied, /#tasks=14&seed=99/);
  await context.close();
});

test('the phone layout (390x844) draws without page errors', async () => {
  const { context, page, record } = await open_page_with_clock(browser, server.base_url,
    { viewport: { width: 390, height: 844 }, device_scale_factor: 2 });
  await run_to_end(page);
  const s = await playground_state(page);
  assert.equal(s.layout, 'narrow');
  assert.deepEqual(record.page_errors, []);
  await context.close();
});
