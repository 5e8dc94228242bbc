// Browser test of Step: from the restarted seed run, each Step reveals exactly one scheduler event and the state
// says what it was (step_line); Step back walks the same states back in reverse order.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start_static_server, launch_browser, open_page_with_clock, app_state, command, screenshot }
  from './harness.mjs';

let server, browser;
before(async () => { server = await start_static_server(); browser = await launch_browser(); });
after(async () => { await browser?.close(); await server?.close(); });

const visible = (s) => Object.values(s.playground.lanes).reduce((n, lane) => n + lane.events_visible, 0);

test('Step visits every event of the seed run once, in order, with its line; Step back returns each state',
     async () => {
  const { context, page, record } = await open_page_with_clock(browser, server.base_url);
  await command(page, 'restart');
  await command(page, 'pause');
  let s = await app_state(page);
  const states = [{ visible: visible(s), line: s.playground.step_line, cursor: s.playground.cursor_us }];
  for (let guard = 0; guard < 500; ++guard) {
    await command(page, 'step');
    s = await app_state(page);
    const n = visible(s);
    if (n === states.at(-1).visible) break;  // the end: nothing left to reveal
    assert.equal(n, states.at(-1).visible + 1, 'one event per step');
    assert.match(s.playground.step_line, /^(Sequential|Concurrent): t = \d+\.\d{3} ms: Task \d+ /);
    assert.ok(s.playground.cursor_us >= states.at(-1).cursor, 'in order: time never goes back');
    states.push({ visible: n, line: s.playground.step_line, cursor: s.playground.cursor_us });
  }
  assert.ok(states.some((x) => /Task \d+ wakes up \(its [\d.]+ ms sleep ended\)/.test(x.line)), 'wake-ups say why');
  assert.ok(states.some((x) => /Task \d+ done$/.test(x.line)), 'finishes are named');
  await screenshot(page, 'step-line-1280x720.png');
  for (let i = states.length - 2; i >= 0; --i) {
    await command(page, 'back');
    s = await app_state(page);
    assert.equal(visible(s), states[i].visible);
    assert.equal(s.playground.step_line, states[i].line);
    assert.equal(s.playground.cursor_us, states[i].cursor);
  }
  assert.deepEqual(record.page_errors, []);
  await context.close();
});
