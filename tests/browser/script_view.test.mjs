// Browser test of the Script view with the real mouse and keyboard (issue 12): the mode bar's Script tab, an
// example button, typing a program (Enter auto-indents after ':', Tab / Shift+Tab), Run, a multi-line paste from
// the system clipboard, Step / Back, a traceback line that moves the editor, and the phone layout. Outputs are
// compared with `looplab run` of the same text (build/native-debug). Screenshots go to build/screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { start_static_server, launch_browser, open_page_with_clock, app_state, command, centre_of,
         click_with_clock, press_with_clock, repo_root, click_widget, run_until_finished } from './harness.mjs';

let server, browser;
before(async () => { server = await start_static_server(); browser = await launch_browser(); });
after(async () => { await browser?.close(); await server?.close(); });

const cli = path.join(repo_root, 'build/native-debug/src/app/cli/looplab');
const shots = path.join(repo_root, 'build/screenshots');

async function shot(page, name) {
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, name) });
}

function view(state) { return state.playground.script_view; }

async function open_script_view(options = {}) {
  const opened = await open_page_with_clock(browser, server.base_url, options);
  await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.base_url });
  await opened.page.clock.runFor(300);  // a tab bar lays its tabs out in the frame after it first appears
  const s = await app_state(opened.page);
  assert.equal(s.playground.mode, 'experiment', 'the page opens on the experiment');
  await click_widget(opened.page, view(s).widgets.script_tab, 'the Script tab');
  assert.equal((await app_state(opened.page)).playground.mode, 'script');
  await opened.page.clock.runFor(200);
  return opened;
}

// A key with a modifier held, each held long enough for frames to see it.
async function chord(page, modifier, key) {
  await page.keyboard.down(modifier);
  await page.clock.runFor(50);
  await press_with_clock(page, key);
  await page.keyboard.up(modifier);
  await page.clock.runFor(50);
}

// `looplab run` of text with the page's seed (or null without a native build).
function cli_output(text, seed) {
  if (!fs.existsSync(cli)) return null;
  const file = path.join(repo_root, 'build/script_view_for_browser.py');
  fs.writeFileSync(file, text);
  try {
    return execFileSync(cli, ['run', '--seed', String(seed), file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch (e) {
    return e.stdout;  // exit status 1 (an uncaught exception) still printed its stdout
  }
}

async function click_end_and_compare(page) {
  let s = await run_until_finished(page);
  await click_widget(page, view(s).widgets.end_button, 'End');
  s = await app_state(page);
  assert.equal(s.script.at_end, true);
  const expected = cli_output(view(s).editor_text, s.script.seed);
  if (expected !== null) assert.equal(s.script.printed.map((l) => l + '\n').join(''), expected);
  return s;
}

test('a click on Script and on an example runs it; the output equals looplab run; the blocking example warns', async () => {
  const { context, page, record } = await open_script_view();
  let s = await app_state(page);
  await click_widget(page, view(s).widgets.examples[0], 'the Blog 2016 example');
  s = await click_end_and_compare(page);
  assert.equal(s.script.printed.length, 20);
  assert.ok(view(s).editor_text.includes('asyncio'), 'the editor shows the example');
  assert.ok(s.script.tasks[0].spans.some((x) => x.state === 'blocking'), 'the staircase of blocking steps');
  await shot(page, 'script-seed-2016-1280x720.png');

  await click_widget(page, view(s).widgets.examples[6], 'the blocking-call example');
  s = await click_end_and_compare(page);
  assert.ok(s.script.warnings.length >= 1, 'the blocking call warns');
  assert.match(s.script.warnings[0].text, /took|slow|Executing/);
  await shot(page, 'script-blocking-warning-1280x720.png');
  assert.deepEqual(record.page_errors, []);
  await context.close();
});

test('typing a program with real keys auto-indents after ":", Tab / Shift+Tab indent, Run runs it', async () => {
  const { context, page, record } = await open_script_view();
  let s = await app_state(page);
  await click_widget(page, view(s).widgets.editor, 'the editor');
  s = await app_state(page);
  assert.equal(s.input.text_active, true, 'the editor takes the keyboard');
  const type = async (text) => { await page.keyboard.type(text); await page.clock.runFor(100); };
  await type('def helper():');
  await press_with_clock(page, 'Enter');  // auto-indent: 4 spaces
  await chord(page, 'Shift', 'Tab');  // back to 0
  await press_with_clock(page, 'Tab');  // 4 again
  await type('return 7');
  await press_with_clock(page, 'Enter');  // keeps 4
  await chord(page, 'Shift', 'Tab');
  await type('import asyncio');
  await press_with_clock(page, 'Enter');
  await type('async def main():');
  await press_with_clock(page, 'Enter');
  await type('for i in range(3):');
  await press_with_clock(page, 'Enter');  // 8 spaces
  await type('await asyncio.sleep(0.001 * i)');
  await press_with_clock(page, 'Enter');
  await type('print("tick", i, helper())');
  await press_with_clock(page, 'Enter');
  await chord(page, 'Shift', 'Tab');
  await chord(page, 'Shift', 'Tab');
  await type('asyncio.run(main())');
  const expected_text = 'def helper():\n    return 7\nimport asyncio\nasync def main():\n    for i in range(3):\n' +
    '        await asyncio.sleep(0.001 * i)\n        print("tick", i, helper())\nasyncio.run(main())';
  s = await app_state(page);
  assert.equal(s.input.field_text, expected_text);
  assert.equal(s.script.loaded, false, 'editing does not run');
  await click_widget(page, view(s).widgets.run_button, 'Run');
  s = await click_end_and_compare(page);
  assert.deepEqual(s.script.printed, ['tick 0 7', 'tick 1 7', 'tick 2 7']);
  assert.deepEqual(record.page_errors, []);
  await context.close();
});

test('a whole script pasted from the system clipboard keeps its indentation; Ctrl+Enter runs it', async () => {
  const { context, page } = await open_script_view();
  const script = 'import asyncio\n\nasync def worker(n):\n    for k in range(2):\n        await asyncio.sleep(n / 1000)\n' +
    '        print(f"worker {n} step {k}")\n\nasync def main():\n    await asyncio.gather(*(worker(n) for n in (2, 1)))\n' +
    '\nasyncio.run(main())\n';
  await page.evaluate((text) => navigator.clipboard.writeText(text), script);
  let s = await app_state(page);
  await click_widget(page, view(s).widgets.editor, 'the editor');
  await page.keyboard.press('Control+V');
  await page.clock.runFor(200);
  s = await app_state(page);
  assert.equal(s.input.pastes, 1);
  assert.equal(s.input.field_text, script, 'newlines and indentation arrive as they are');
  await chord(page, 'Control', 'Enter');
  s = await click_end_and_compare(page);
  assert.equal(s.script.printed[0], 'worker 1 step 0');
  await context.close();
});

test('Step and Back buttons move one event; a traceback line moves the editor to it', async () => {
  const { context, page } = await open_script_view();
  let s = await app_state(page);
  await click_widget(page, view(s).widgets.examples[1], 'the modern example');
  s = await run_until_finished(page);
  await click_widget(page, view(s).widgets.restart_button, 'Restart');
  s = await app_state(page);
  await click_widget(page, view(s).widgets.play_button, 'Pause');
  s = await app_state(page);
  assert.equal(s.script.playing, false);
  await click_widget(page, view(s).widgets.step_button, 'Step');
  const one = (await app_state(page)).script.visible_events;
  await click_widget(page, view(s).widgets.step_button, 'Step');
  const two = (await app_state(page)).script.visible_events;
  assert.equal(two, one + 1);
  await click_widget(page, view(s).widgets.step_back_button, 'Back');
  assert.equal((await app_state(page)).script.visible_events, one);

  await command(page, 'script:load:x = 1\n\ndef f():\n    return x / 0\n\nprint("before")\nf()\n');
  s = await run_until_finished(page);
  assert.equal(s.script.error.type, 'ZeroDivisionError');
  assert.equal(s.script.error.line, 4);
  await click_widget(page, view(s).widgets.traceback_line, 'the traceback\'s first script line');
  await page.clock.runFor(200);
  s = await app_state(page);
  assert.equal(view(s).shown_line, 7, 'the editor shows the line of the call, f()');
  if (view(s).editor_active) assert.equal(view(s).caret_line, 7, 'and its caret is there');
  await shot(page, 'script-traceback-1280x720.png');
  await context.close();
});

test('the phone layout shows the Script view: toolbar, editor, timeline and output panes', async () => {
  const { context, page, record } = await open_script_view({ viewport: { width: 390, height: 844 } });
  let s = await app_state(page);
  assert.equal(s.playground.layout, 'narrow');
  assert.ok(view(s).widgets.examples_combo.visible && view(s).widgets.run_button.visible);
  await command(page, 'script:example:blog2016');
  s = await click_end_and_compare(page);
  await shot(page, 'script-phone-editor-390x844.png');
  await click_widget(page, view(s).widgets.timeline_pane_tab, 'the Timeline tab');
  s = await app_state(page);
  assert.equal(view(s).pane, 'timeline');
  await shot(page, 'script-phone-timeline-390x844.png');
  await click_widget(page, view(s).widgets.output_pane_tab, 'the Output tab');
  assert.equal(view(await app_state(page)).pane, 'output');
  await shot(page, 'script-phone-output-390x844.png');
  for (const w of ['run_button', 'step_button', 'end_button', 'scrub_slider'])
    assert.ok(view(s).widgets[w].x + view(s).widgets[w].w <= 390.5, `${w} fits the phone's width`);
  assert.deepEqual(record.page_errors, []);
  await context.close();
});
