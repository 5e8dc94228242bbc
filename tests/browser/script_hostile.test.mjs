// Browser test of hostile scripts in the Script view (issue 12), loaded through the `script:load:` hook on the fake
// clock: an endless loop, deep recursion, `[0] * 10**9`, a million prints, a 1 MB paste, broken UTF-8 (lone
// surrogates in the JS string) and 100,000 tasks. Each ends with a clear status and error in the state JSON, the page
// keeps drawing frames, shows no fatal message, and the experiment's lanes still run afterwards.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start_static_server, launch_browser, open_page_with_clock, app_state, command, screenshot, click_widget }
  from './harness.mjs';

let server, browser, opened;
before(async () => {
  server = await start_static_server();
  browser = await launch_browser();
  opened = await open_page_with_clock(browser, server.base_url);
});
after(async () => { await opened?.context.close(); await browser?.close(); await server?.close(); });

// Loads a script through the hook, then runs the fake clock until the interpreter ends (or limit_ms passes), and
// checks the frames kept coming meanwhile.
async function run_script(text, limit_ms = 30000) {
  const { page } = opened;
  const frames_before = (await app_state(page)).frame_count;
  await command(page, 'script:load:' + text);
  let st = await app_state(page);
  for (let t = 0; t < limit_ms && st.script.running; t += 1000) {
    await page.clock.runFor(1000);
    st = await app_state(page);
  }
  assert.ok(st.frame_count > frames_before, 'the page kept drawing frames');
  return st.script;
}

// The experiment still works: restarted, its lanes play on, and End shows every task finished in both.
async function assert_experiment_works() {
  const { page, record } = opened;
  await command(page, 'restart');  // back to t = 0, paused
  await command(page, 'play');
  await page.clock.runFor(1000);
  const playing = (await app_state(page)).playground;
  assert.ok(playing.cursor_us > 0, 'the lanes play');
  await command(page, 'end');
  const pg = (await app_state(page)).playground;
  for (const name of ['sequential', 'concurrent'])
    assert.equal(pg.lanes[name].finished, pg.settings.tasks, `the ${name} lane finished`);
  assert.equal(await page.evaluate(() => document.getElementById('fatal').hidden), true, 'no fatal message');
  assert.deepEqual(record.page_errors, []);
}

test('an endless loop says it is still running, how much virtual time passed, and Stop ends it', async () => {
  const { page } = opened;
  await command(page, 'script:load:import time\nwhile True:\n    time.sleep(0.001)\n');
  const f0 = (await app_state(page)).frame_count;
  await page.clock.runFor(2000);
  const st = await app_state(page);
  assert.ok(st.frame_count > f0 + 30, 'frames keep coming');
  assert.equal(st.script.running, true);
  assert.ok(st.script.now_us > 0);
  assert.match(st.script.status, /^Still running: .* of virtual time so far$/);
  await command(page, 'script:stop');
  assert.match((await app_state(page)).script.status, /^Stopped by you at /);
  await assert_experiment_works();
});

test('deep recursion ends with a RecursionError naming its line', async () => {
  const s = await run_script('def f(n):\n    return f(n + 1)\n\nf(0)\n');
  assert.equal(s.error.type, 'RecursionError');
  assert.equal(s.error.line, 2);
  assert.equal(s.error.frames.at(-1).function, 'f');
  assert.ok(s.error.frames_omitted > 900);
  assert.equal(s.status, 'Ended with RecursionError at line 2: maximum recursion depth exceeded');
  await assert_experiment_works();
});

test('[0] * 10**9 is a MemoryError', async () => {
  const s = await run_script('x = [0] * 10**9\n');
  assert.equal(s.error.type, 'MemoryError');
  assert.match(s.status, /^Ended with MemoryError at line 1/);
  await assert_experiment_works();
});

test('a million prints stop at the output cap with a message', async () => {
  const s = await run_script('for i in range(10**6):\n    print(i)\n', 60000);
  assert.equal(s.running, false);
  assert.equal(s.error.type, 'LoopLabLimit');
  assert.match(s.status, /^Stopped by LoopLab at .*: printed output exceeded LoopLab's cap of 4194304 bytes$/);
  assert.ok(s.printed_total > 500000, `printed ${s.printed_total} lines first`);
  assert.ok(s.printed.length <= 2000, 'the state JSON keeps a bounded number of lines');
  await assert_experiment_works();
});

test('a 1 MB paste of text runs, and its text arrives whole', async () => {
  const line = '# ' + 'x'.repeat(60) + '\n';
  const text = line.repeat(Math.ceil((1 << 20) / line.length)) + "print('end of a long script')\n";
  const s = await run_script(text);
  assert.equal(s.text_bytes, text.length);
  assert.equal(s.error, null);
  assert.deepEqual(s.printed, ['end of a long script']);
  await assert_experiment_works();
});

test('broken UTF-8: lone surrogates arrive as U+FFFD, and nothing around them is lost', async () => {
  // A JS string cannot hold invalid UTF-8; its nearest thing is a lone surrogate. The page encodes text for wasm
  // with TextEncoder, which writes U+FFFD for it (invalid bytes themselves, natively: `looplab run` says CPython's
  // "SyntaxError: Non-UTF-8 code starting with '\xff' in file ... on line 1, but no encoding declared; ...").
  const s = await run_script('print("a\uD800b", "\uDC00")\nprint(len("\uD800"))\n');
  assert.equal(s.error, null);
  assert.deepEqual(s.printed, ['a\uFFFDb \uFFFD', '1']);
  // A proper surrogate pair is one character, printed whole.
  const ok = await run_script('print("\u{1F600} ok", len("\u{1F600}"))\n');
  assert.equal(ok.error, null);
  assert.deepEqual(ok.printed, ['\u{1F600} ok 1']);
  // Bytes that are not UTF-8 cannot come from JS text; a source with a stray continuation byte can come only from
  // a file, natively (tests/session). A truncated string literal is an ordinary SyntaxError with its line.
  const cut = await run_script('x = 1\nprint("abc\n');
  assert.equal(cut.error.type, 'SyntaxError');
  assert.equal(cut.error.line, 2);
  assert.match(cut.status, /^SyntaxError at line 2, column 7: unterminated string literal/);
  await assert_experiment_works();
});

test('100,000 tasks finish while the page keeps drawing', async () => {
  const s = await run_script(`import asyncio
import random


async def work(i):
    await asyncio.sleep(random.randint(0, 2) * 0.001)


async def main():
    await asyncio.gather(*(work(i) for i in range(100000)))
    print('all done')


asyncio.run(main())
`, 120000);
  assert.equal(s.running, false);
  assert.equal(s.error, null);
  assert.equal(s.status, 'Finished at 2 ms of virtual time');
  assert.deepEqual(s.printed, ['all done']);
  assert.equal(s.tasks.length, 200, 'the state JSON keeps a bounded number of rows');
  // The hook loads the script without leaving the experiment (where the test before left the page): show it.
  const st = await app_state(opened.page);
  if (st.playground.mode !== 'script')
    await click_widget(opened.page, st.playground.script_view.widgets.script_tab, 'the Script tab');
  assert.equal((await app_state(opened.page)).playground.mode, 'script');
  await opened.page.clock.runFor(200);
  await screenshot(opened.page, 'script-hostile-100k.png');
  await assert_experiment_works();
});
