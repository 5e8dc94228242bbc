// A hidden tab and a long gap: with the fake clock, the tab is hidden (document.hidden overridden, visibilitychange
// dispatched), the clock jumps 10 minutes, the tab is shown again; the playground's virtual cursor may advance by
// at most one clamped frame (100 ms of wall time divided by the time scale), never by the 10 minutes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start_static_server, launch_browser, open_page_with_clock, app_state } from './harness.mjs';

let server, browser;
before(async () => { server = await start_static_server(); browser = await launch_browser(); });
after(async () => { await browser?.close(); await server?.close(); });

const max_frame_ms = 100;  // src/app/frame_clock.h: the largest delta one frame hands on

async function set_hidden(page, hidden) {
  await page.evaluate((h) => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => h });
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (h ? 'hidden' : 'visible') });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

test('ten minutes in a hidden tab advance virtual time by at most one clamped frame', async () => {
  const scale = 400;  // wall ms per virtual ms: one clamped frame is 0.25 virtual ms = 250 us
  const { context, page, record } = await open_page_with_clock(browser,
                                                               server.base_url + `#tasks=40&seed=7&scale=${scale}`);
  await page.clock.runFor(1000);
  const before = (await app_state(page)).playground;
  assert.equal(before.playing, true);
  assert.ok(before.cursor_us < before.end_us, 'the run is still going, so a jump would show');

  await set_hidden(page, true);
  await page.clock.fastForward('10:00');
  const during = await app_state(page);
  await set_hidden(page, false);
  const shown = await app_state(page);
  const one_frame_us = (max_frame_ms / scale) * 1000;
  const advanced = shown.playground.cursor_us - before.cursor_us;
  console.log(`hidden-tab: 10 min gap advanced the cursor by ${advanced.toFixed(1)} us ` +
              `(bound ${one_frame_us} us; unclamped it would be ${(600000 / scale * 1000).toFixed(0)} us); ` +
              `frame delta after the gap ${during.delta_ms} ms`);
  assert.ok(advanced >= 0 && advanced <= one_frame_us + 1e-6, `advanced ${advanced} us`);
  assert.ok(during.delta_ms <= max_frame_ms);

  // Shown again: the next frame hands on no time, and playback carries on at the normal pace.
  await page.clock.runFor(16);  // exactly one frame: the fake clock's rAF fires every 16 ms
  const first_after = await app_state(page);
  assert.equal(first_after.delta_ms, 0, 'the first frame after the tab returns hands on no time');
  await page.clock.runFor(1000);
  const later = (await app_state(page)).playground;
  const pace = later.cursor_us - first_after.playground.cursor_us;
  // runFor(1000) can straddle one frame boundary more than 60 frames' worth: allow two rAF frames of slack.
  const slack_ms = 2 * 16.7;
  assert.ok(pace > 0 && pace <= ((1000 + slack_ms) / scale) * 1000, `1 s of wall time advanced ${pace} us`);
  assert.deepEqual(record.page_errors, []);
  await context.close();
});
