// Browser test of the aria-live region, read from the page as a screen reader would get it: one summary line per
// lane at the end of a run (the finish order up to 50 tasks), the step line on each step (the → key), and nothing
// per task.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start_static_server, launch_browser, open_page_with_clock, command, press_with_clock } from './harness.mjs';

let server, browser;
before(async () => { server = await start_static_server(); browser = await launch_browser(); });
after(async () => { await browser?.close(); await server?.close(); });

const live_lines = (page) => page.evaluate(() =>
  Array.from(document.getElementById('a11y-live').childNodes, (n) => n.textContent));

test('the seed run: one line per lane at the end, the step line on each step, nothing per task', async () => {
  const { context, page, record } = await open_page_with_clock(browser, server.base_url);
  await command(page, 'play');
  // The seed run plays 2.4 s of wall time: frames in 250 ms steps until both summaries are spoken (at most 8 s).
  let lines = await live_lines(page);
  for (let t = 0; t < 8000 && lines.filter((l) => / tasks done in /.test(l)).length < 2; t += 250) {
    await page.clock.runFor(250);
    lines = await live_lines(page);
  }
  assert.ok(lines.includes('Concurrent: 9 tasks done in 2.000 ms; order 2, 5, 6, 8, 9, 1, 4, 3, 7'), lines.join(' | '));
  assert.ok(lines.includes('Sequential: 9 tasks done in 6.000 ms; order 1, 2, 3, 4, 5, 6, 7, 8, 9'), lines.join(' | '));
  assert.equal(lines.filter((l) => /Task \d+ done$/.test(l)).length, 0, 'no line per task');
  await command(page, 'restart');
  await command(page, 'pause');
  const before_step = (await live_lines(page)).length;
  await page.mouse.click(5, 700);  // focus the page, away from any field
  await press_with_clock(page, 'ArrowRight');
  lines = await live_lines(page);
  const spoken = lines.slice(before_step);
  assert.ok(spoken.some((l) => /^(Sequential|Concurrent): t = [\d.]+ ms: /.test(l)), spoken.join(' | '));
  assert.deepEqual(record.page_errors, []);
  await context.close();
});

test('a run of 200 tasks: the summary has no order list, and no task is announced alone', async () => {
  const { context, page } = await open_page_with_clock(browser, server.base_url + '#tasks=200');
  await command(page, 'end');
  await page.clock.runFor(200);
  const lines = await live_lines(page);
  assert.ok(lines.some((l) => /^Concurrent: 200 tasks done in [\d.]+ ms$/.test(l)), lines.join(' | '));
  assert.equal(lines.filter((l) => /order|Task \d+ done|of 200/.test(l)).length, 0, lines.join(' | '));
  await context.close();
});
