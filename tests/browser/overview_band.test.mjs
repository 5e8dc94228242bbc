// Browser test of the overview band: a lane with more tasks than rows fit shows its tasks per state over time above
// the rows, and a real click on the band scrubs to the time under the pointer; nine tasks that all fit show none.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start_static_server, launch_browser, open_page_with_clock, app_state, command, screenshot,
         click_with_clock } from './harness.mjs';

let server, browser;
before(async () => { server = await start_static_server(); browser = await launch_browser(); });
after(async () => { await browser?.close(); await server?.close(); });

test('100,000 tasks: the band shows above the rows and a click on it scrubs there', async () => {
  const { context, page, record } = await open_page_with_clock(browser, server.base_url + '#tasks=100000',
                                                               { viewport: { width: 1280, height: 720 } });
  await command(page, 'end');
  await page.clock.runFor(200);
  let s = (await app_state(page)).playground;
  const band = s.widgets.concurrent_overview;
  assert.equal(band.visible, true, 'the concurrent lane shows its band');
  assert.equal(s.widgets.sequential_overview.visible, true, 'and so does the sequential lane');
  const end_us = s.end_us;
  await command(page, 'pause');
  // The concurrent lane's axis is its own, 0..2 ms (the longest seed delay): a quarter of the band is 0.5 ms.
  await click_with_clock(page, band.x + band.w * 0.25, band.y + band.h / 2);
  s = (await app_state(page)).playground;
  assert.ok(Math.abs(s.cursor_us - 500) <= 10, `the click scrubbed to 0.5 ms (${s.cursor_us} of ${end_us})`);
  await screenshot(page, 'overview-band-100000-1280x720.png');
  assert.deepEqual(record.page_errors, []);
  await context.close();
});

test('nine tasks fit their rows: no band', async () => {
  const { context, page } = await open_page_with_clock(browser, server.base_url, { viewport: { width: 1280, height: 720 } });
  const s = (await app_state(page)).playground;
  assert.equal(s.widgets.concurrent_overview.visible, false);
  assert.equal(s.widgets.sequential_overview.visible, false);
  await context.close();
});
