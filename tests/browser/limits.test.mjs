// The page at its limits: at the largest task count it stays interactive (frames go on, commands work, the state
// reports whether the timeline was truncated); beyond it, the count is refused with a notice instead of a crash.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start_static_server, launch_browser, open_page, install_paused_clock, run_until_frames, app_state }
  from './harness.mjs';

let server, browser;
before(async () => { server = await start_static_server(); browser = await launch_browser(); });
after(async () => { await browser?.close(); await server?.close(); });

const max_tasks = 100000;  // src/core/params.h

async function open_paused(url) {
  const opened = await open_page(browser, url, { before_goto: install_paused_clock });
  await run_until_frames(opened.page, 1, 60000);
  return opened;
}

async function command(page, verb) {
  await page.evaluate((v) => Module.ccall('looplab_command', null, ['string'], [v]), verb);
  await page.clock.runFor(100);
}

test('at the largest task count the page stays interactive', { timeout: 180000 }, async () => {
  const { context, page, record } = await open_paused(server.base_url + `#tasks=${max_tasks}&scale=0.001`);
  let state = await app_state(page);
  assert.equal(state.playground.settings.tasks, max_tasks);
  assert.deepEqual(state.playground.notices, []);
  const frames = state.frame_count;
  await page.clock.runFor(2000);
  state = await app_state(page);
  assert.ok(state.frame_count > frames + 60, 'frames go on');
  await command(page, 'pause');
  assert.equal((await app_state(page)).playground.playing, false);
  await command(page, 'step');
  await command(page, 'end');
  state = await app_state(page);
  for (const lane of ['sequential', 'concurrent']) {
    assert.equal(state.playground.lanes[lane].task_count, max_tasks);
    assert.equal(typeof state.playground.lanes[lane].truncated, 'boolean', 'the state says whether it was truncated');
  }
  await command(page, 'restart');
  await page.clock.runFor(500);
  assert.ok((await app_state(page)).frame_count > state.frame_count);
  assert.deepEqual(record.page_errors, []);
  await context.close();
});

for (const hash of [`tasks=${max_tasks + 1}`, 'tasks=1000000000', 'limit=100001']) {
  test(`beyond the limit (${hash}) the page refuses with a notice and carries on`, async () => {
    const { context, page, record } = await open_paused(server.base_url + '#' + hash);
    const frames = (await app_state(page)).frame_count;
    await page.clock.runFor(1000);
    const state = await app_state(page);
    assert.ok(state.frame_count > frames + 30, 'frames go on');
    const param = hash.split('=')[0];
    // A task count is bounded by 100000; a limit by the task count (9 here).
    const bound = param === 'limit' ? '(accepted 0..9); using 9' : '100000';
    assert.ok(state.playground.notices.some((n) => n.startsWith(`${param}: `) && n.includes(bound)),
              JSON.stringify(state.playground.notices));
    assert.ok(state.playground.settings[param] <= max_tasks);
    const live = await page.evaluate(() => document.getElementById('a11y-live').textContent);
    assert.ok(live.includes(state.playground.notices[0]));
    assert.deepEqual(record.page_errors, []);
    await context.close();
  });
}
