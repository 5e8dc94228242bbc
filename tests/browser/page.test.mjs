// Browser test of the foundation: the page loads in Chromium, draws frames through requestAnimationFrame,
// has no console errors, and a real mouse click on an ImGui button changes the app's state.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start_static_server, launch_browser, open_page, wait_for_frames, app_state, click_at }
  from './harness.mjs';

let server, browser;
before(async () => { server = await start_static_server(); browser = await launch_browser(); });
after(async () => { await browser?.close(); await server?.close(); });

test('the page draws frames, has no console errors, and the Play/Pause button reacts to a click', async () => {
  const started = Date.now();
  const { context, page, record } = await open_page(browser, server.base_url);
  await wait_for_frames(page, 1);
  const first_frame_ms = Date.now() - started;
  await wait_for_frames(page, 10);
  const before_click = await app_state(page);
  assert.ok(before_click.raf_ms > 0, 'the rAF timestamp reaches the app');
  assert.equal(before_click.playground.playing, true, 'the run plays on load');
  const b = before_click.playground.widgets.play_button;
  await click_at(page, b.x + b.w / 2, b.y + b.h / 2);
  await wait_for_frames(page, before_click.frame_count + 5);
  const after_click = await app_state(page);
  assert.equal(after_click.playground.playing, false, 'one click on the ImGui button pauses');
  assert.deepEqual(record.page_errors, []);
  assert.deepEqual(record.console_errors, []);
  console.log(`# first frame after ${first_frame_ms} ms`);
  await context.close();
});
