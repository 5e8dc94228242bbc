// Browser test of the Script view's hooks (issue 12): the seed's 2016 script loaded through looplab_command prints
// what `looplab run` prints; step / step back; `while True: pass` keeps the page drawing and Stop ends it; a
// traceback shows in the state JSON. The native CLI (build/native-debug) gives the expected output.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { start_static_server, launch_browser, open_page_with_clock, app_state, command, repo_root, run_until_finished }
  from './harness.mjs';

let server, browser;
before(async () => { server = await start_static_server(); browser = await launch_browser(); });
after(async () => { await browser?.close(); await server?.close(); });

const seed_script = fs.readFileSync(path.join(repo_root, 'tests/python/seed_2016/seed_2016.py'), 'utf8');
const cli = path.join(repo_root, 'build/native-debug/src/app/cli/looplab');

async function script_state(page) { return (await app_state(page)).script; }

test('the seed script runs in the page and prints what looplab run prints', async (t) => {
  const { context, page, record } = await open_page_with_clock(browser, server.base_url);
  await command(page, 'script:load:' + seed_script);
  let s = (await run_until_finished(page)).script;
  assert.equal(s.running, false);
  await command(page, 'script:end');
  s = await script_state(page);
  if (fs.existsSync(cli)) {
    const file = path.join(repo_root, 'build/seed_2016_for_browser.py');
    fs.writeFileSync(file, seed_script);
    const expected = execFileSync(cli, ['run', '--seed', String(s.seed), file], { encoding: 'utf8' });
    assert.equal(s.printed.join('\n') + '\n', expected);
  } else {
    t.diagnostic('no native CLI: checked the line count only');
  }
  assert.equal(s.printed.length, 20);
  assert.equal(s.tasks.length, 11);
  assert.equal(s.tasks[0].name, '<module>');
  assert.ok(s.tasks[0].spans.some((x) => x.state === 'blocking'), 'the sequential part holds the loop');
  assert.ok(s.tasks.slice(2).filter((x) => x.spans.some((y) => y.state === 'sleeping')).length >= 5);
  await command(page, 'script:restart');
  await command(page, 'script:pause');
  await command(page, 'script:step');
  await command(page, 'script:step');
  const two = (await script_state(page)).visible_events;
  await command(page, 'script:step');
  await command(page, 'script:step_back');
  assert.equal((await script_state(page)).visible_events, two);
  assert.deepEqual(record.page_errors, []);
  await context.close();
});

test('an endless loop keeps the page drawing and Stop ends it; a traceback shows', async () => {
  const { context, page, record } = await open_page_with_clock(browser, server.base_url);
  await command(page, 'script:load:while True:\n    pass\n');
  const before_frames = (await app_state(page)).frame_count;
  await page.clock.runFor(1000);
  const st = await app_state(page);
  assert.ok(st.frame_count > before_frames + 10, 'frames keep coming');
  assert.equal(st.script.running, true);
  assert.match(st.script.status, /Still running/);
  await command(page, 'script:stop');
  const stopped = await script_state(page);
  assert.equal(stopped.running, false);
  assert.match(stopped.status, /Stopped/);
  await command(page, 'script:load:def f():\n    return 1 / 0\nf()\n');
  const s = (await run_until_finished(page)).script;
  assert.equal(s.error.type, 'ZeroDivisionError');
  assert.equal(s.error.line, 2);
  assert.match(s.error.traceback, /Traceback \(most recent call last\):/);
  assert.deepEqual(record.page_errors, []);
  await context.close();
});
