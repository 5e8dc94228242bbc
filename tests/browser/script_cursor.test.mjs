// Browser test of what the Script view shows at the cursor (issue 12): the editor's task markers follow Step
// through the seed's 2016 example (the state JSON's script.task_lines, [row, line] pairs), and the output lists a
// warning among the printed lines where it happened. It also writes the screenshots for the note to
// build/web-release/screenshots/: the seed script, the blocking-call warning, a traceback, the phone layout.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start_static_server, launch_browser, open_page_with_clock, app_state, command, centre_of,
         click_with_clock, screenshot, click_widget, run_until_finished } from './harness.mjs';

let server, browser;
before(async () => { server = await start_static_server(); browser = await launch_browser(); });
after(async () => { await browser?.close(); await server?.close(); });

function view(state) { return state.playground.script_view; }

async function open_script_view(options = {}) {
  const opened = await open_page_with_clock(browser, server.base_url, options);
  await opened.page.clock.runFor(300);  // a tab bar lays its tabs out in the frame after it first appears
  const s = await app_state(opened.page);
  await click_widget(opened.page, view(s).widgets.script_tab, 'the Script tab');
  await opened.page.clock.runFor(200);
  return opened;
}

// The line of row `row` among the markers, or 0.
function line_of(state, row) {
  const hit = state.script.task_lines.find(([r]) => r === row);
  return hit ? hit[1] : 0;
}

test('Step through the seed example: the markers show where each task was at the cursor', async () => {
  const { context, page, record } = await open_script_view();
  let s = await app_state(page);
  await click_widget(page, view(s).widgets.examples[0], 'the Blog 2016 example');
  s = await run_until_finished(page);
  await click_widget(page, view(s).widgets.end_button, 'End');
  s = await app_state(page);
  assert.equal(s.script.at_end, true);
  assert.deepEqual(s.script.task_lines, [], 'a finished script has no task on a line');
  await screenshot(page, 'script-seed-2016.png');
  await click_widget(page, view(s).widgets.restart_button, 'Restart');
  s = await app_state(page);
  await click_widget(page, view(s).widgets.play_button, 'Pause');
  s = await app_state(page);
  assert.equal(s.script.playing, false);
  // The example opens with two comment lines, so the blog's line 7 (sleep in task()) is line 9 here.
  const module_lines = [line_of(s, 1)];
  for (let i = 0; i < 20 && line_of(s, 1) !== 35; ++i) {
    const before = s.script.visible_events;
    await click_widget(page, view(s).widgets.step_button, 'Step');
    s = await app_state(page);
    assert.equal(s.script.visible_events, before + 1, 'Step shows one more event');
    module_lines.push(line_of(s, 1));
    if (i === 4) await screenshot(page, 'script-seed-2016-step.png');
  }
  assert.equal(module_lines.at(-1), 35, 'then the module waits in run_until_complete');
  const staircase = module_lines.slice(0, -1);
  assert.ok(staircase.length >= 6, `the staircase took several steps (${module_lines})`);
  assert.ok(staircase.every((l) => l === 9), `each blocking sleep is at line 9 (${module_lines})`);
  for (let i = 0; i < 30 && line_of(s, 3) === 0; ++i) {
    await click_widget(page, view(s).widgets.step_button, 'Step');
    s = await app_state(page);
  }
  assert.equal(line_of(s, 1), 35, 'the module waits in run_until_complete');
  assert.equal(line_of(s, 3), 15, 'Task-2 is at its asyncio.sleep');
  await click_widget(page, view(s).widgets.step_back_button, 'Back');
  s = await app_state(page);
  assert.equal(line_of(s, 3), 0, 'one step back, Task-2 has not started');
  assert.deepEqual(record.page_errors, []);
  await context.close();
});

test('the blocking-call example lists its warning between the printed lines, where it happened', async () => {
  const { context, page, record } = await open_script_view();
  let s = await app_state(page);
  await click_widget(page, view(s).widgets.examples[6], 'the blocking-call example');
  s = await run_until_finished(page);
  await click_widget(page, view(s).widgets.end_button, 'End');
  s = await app_state(page);
  assert.equal(s.script.printed[0], 'slow: done (and the loop was held for 0.5 s)');
  assert.equal(s.script.printed[1], 'tick 0');
  assert.equal(s.script.warnings[0].kind, 'slow_step');
  assert.deepEqual(s.script.output_warnings, [[0, 1]], 'after slow\'s line, before the ticker\'s first');
  await screenshot(page, 'script-blocking-warning.png');
  await command(page, 'script:scrub:400000');
  await page.clock.runFor(100);
  s = await app_state(page);
  assert.deepEqual(s.script.output_warnings, [], 'at 0.4 s the step has not ended');
  assert.deepEqual(s.script.printed, []);

  await command(page, 'script:load:x = 1\n\ndef f():\n    return x / 0\n\nprint("before")\nf()\n');
  s = await run_until_finished(page);
  assert.equal(s.script.error.type, 'ZeroDivisionError');
  await page.clock.runFor(200);
  await screenshot(page, 'script-traceback.png');
  assert.deepEqual(record.page_errors, []);
  await context.close();
});

test('the Script view on a phone (screenshot for the note)', async () => {
  const { context, page } = await open_script_view({ viewport: { width: 390, height: 844 } });
  await command(page, 'script:example:blog2016');
  let s = await run_until_finished(page);
  await click_widget(page, view(s).widgets.end_button, 'End');
  s = await app_state(page);
  assert.equal(s.playground.layout, 'narrow');
  await screenshot(page, 'script-phone.png');
  await context.close();
});
