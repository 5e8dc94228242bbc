// Browser test of the Script view's sharing (issue 12) in Chromium: `#code=` links of corpus scripts (built here with
// node's zlib) print CPython's committed output; Copy link round trip through the system clipboard and Back; a
// script too long for a link; each hostile code value gives its notice while the experiment runs on; a dropped
// .py file opens, a binary one does not; Download script / Download trace; Open in editor.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import { start_static_server, launch_browser, open_page_with_clock, app_state, command, repo_root,
  centre_of, click_with_clock } from './harness.mjs';

let server, browser;
before(async () => { server = await start_static_server(); browser = await launch_browser(); });
after(async () => { await browser?.close(); await server?.close(); });

const corpus = path.join(repo_root, 'tests/python/corpus');
const code_of = (text) => zlib.deflateRawSync(Buffer.from(text, 'utf8')).toString('base64url');

// Frames until the page's async codec has answered and the script has finished (or the limit).
async function until(page, done, limit = 200) {
  for (let i = 0; i < limit; ++i) {
    const st = await app_state(page);
    if (done(st)) return st;
    await page.clock.runFor(100);
  }
  return app_state(page);
}
const script_finished = (st) => st.script.loaded && !st.script.running;
const page_hash = (page) => page.evaluate(() => window.location.hash);

// Varied corpus cases: a queue, a semaphore, a TaskGroup, wait_for's timeout, seeded random delays, str methods
// (non-ASCII text), and an uncaught exception (exit 1, CPython's last stderr line).
const sample = ['asyncio_producer_consumer', 'asyncio_semaphore', 'asyncio_taskgroup', 'asyncio_wait_for',
  'random_delays', 'values_str_methods', 'exc_zero_division'];

test('#code= links of corpus scripts open the Script view and print what CPython printed', async () => {
  for (const name of sample) {
    const text = fs.readFileSync(path.join(corpus, name + '.py'), 'utf8');
    const expected = fs.readFileSync(path.join(corpus, name + '.stdout'), 'utf8');
    const url = `${server.base_url}#code=${code_of(text)}&seed=7`;
    const { context, page, record } = await open_page_with_clock(browser, url);
    let st = await until(page, script_finished);
    assert.equal(st.playground.mode, 'script', name);
    assert.equal(st.script.text_bytes, Buffer.byteLength(text), name);
    assert.equal(st.script.seed, 7, name);
    await command(page, 'script:end');
    st = await app_state(page);
    assert.equal(st.script.printed.map((line) => line + '\n').join(''), expected, name);
    const status_file = path.join(corpus, name + '.status');
    if (fs.existsSync(status_file)) {
      const last = fs.readFileSync(path.join(corpus, name + '.stderr'), 'utf8').trim();
      assert.equal(`${st.script.error.type}: ${st.script.error.message}`, last, name);
    } else {
      assert.equal(st.script.error, null, name);
    }
    assert.deepEqual(st.playground.notices, [], name);
    assert.match(await page_hash(page), /^#code=[A-Za-z0-9_-]+&seed=7$/, 'the hash keeps the link');
    assert.deepEqual(record.page_errors, [], name);
    await context.close();
  }
});

const round_trip_script = 'import asyncio\n\nasync def main():\n    print("héllo, 世界")\n' +
  '    await asyncio.sleep(0.002)\n    print("done")\n\nasyncio.run(main())\n';

test('Copy link puts the link on the clipboard and in the address bar; it opens the same script; Back returns',
  async () => {
    const { context, page, record } = await open_page_with_clock(browser, `${server.base_url}#seed=11`);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.base_url });
    await command(page, 'script:load:' + round_trip_script);
    const history_before = await page.evaluate(() => history.length);
    await command(page, 'script:copy_link');
    await until(page, () => false, 5);  // the compression is async
    const hash = await page_hash(page);
    assert.match(hash, /^#code=[A-Za-z0-9_-]+&seed=11$/);
    assert.equal(zlib.inflateRawSync(Buffer.from(hash.slice(6).split('&')[0], 'base64url')).toString('utf8'),
                 round_trip_script, 'raw DEFLATE, base64url');
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(clipboard, server.base_url + hash);
    assert.equal(await page.evaluate(() => history.length), history_before + 1, 'pushState: a history entry');
    assert.equal((await app_state(page)).playground.notices.length, 0);

    const other = await open_page_with_clock(browser, clipboard);
    const st = await until(other.page, script_finished);
    assert.equal(st.playground.mode, 'script');
    assert.equal(st.script.seed, 11);
    assert.equal(st.script.text_bytes, Buffer.byteLength(round_trip_script));
    await command(other.page, 'script:end');
    assert.deepEqual((await app_state(other.page)).script.printed, ['héllo, 世界', 'done']);
    await other.context.close();

    await page.goBack();
    await until(page, () => false, 3);
    assert.equal(await page_hash(page), '#seed=11', 'Back returns to the hash before Copy link');
    assert.deepEqual(record.page_errors, []);
    await context.close();
  });

test('a #code= link pasted into a running page opens it; Back returns to the experiment, Forward to the script',
  async () => {
    const { context, page, record } = await open_page_with_clock(browser, `${server.base_url}#seed=4`);
    const text = fs.readFileSync(path.join(corpus, 'asyncio_wait_for.py'), 'utf8');
    await page.evaluate((h) => { window.location.hash = h; }, `#code=${code_of(text)}&seed=4`);
    let st = await until(page, script_finished);
    assert.equal(st.playground.mode, 'script');
    assert.equal(st.script.text_bytes, Buffer.byteLength(text));
    await page.goBack();
    st = await until(page, (s) => s.playground.mode === 'experiment', 20);
    assert.equal(st.playground.mode, 'experiment', 'the link had opened the Script view; Back leaves it');
    assert.equal(await page_hash(page), '#seed=4');
    await page.goForward();
    st = await until(page, (s) => s.playground.mode === 'script' && script_finished(s), 50);
    assert.equal(st.playground.mode, 'script');
    await command(page, 'script:end');
    st = await app_state(page);
    assert.equal(st.script.printed.map((l) => l + '\n').join(''),
                 fs.readFileSync(path.join(corpus, 'asyncio_wait_for.stdout'), 'utf8'));
    assert.deepEqual(st.playground.notices, []);
    assert.deepEqual(record.page_errors, []);
    await context.close();
  });

test('a script too long for a link gets a notice that points to Download script', async () => {
  const { context, page } = await open_page_with_clock(browser, `${server.base_url}#seed=3`);
  await command(page, 'script:copy_link');
  assert.deepEqual((await app_state(page)).playground.notices,
                   ['Copy link: the script is empty; there is nothing to share'], 'nothing loaded yet');
  // Hash digests as text: about 6 bits per character, so deflate cannot shrink them below the limit.
  const digest = (i) => crypto.createHash('sha256').update(String(i)).digest('base64url');
  const noise = Array.from({ length: 300 }, (_, i) => digest(i)).join('');
  await command(page, `script:load:s = "${noise}"\nprint(len(s))\n`);
  await command(page, 'script:copy_link');
  const st = await until(page, (s) => s.playground.notices.length > 1, 20);
  assert.match(st.playground.notices.at(-1),
               /^Copy link: this script is too long for a link \(\d+ characters, accepted up to 8000\); use Download script/);
  assert.equal(await page_hash(page), '#seed=3', 'the address bar is unchanged');
  await context.close();
});

// 4 MB of spaces in a link of about 5,400 characters (under core's 8,192, so only the cap can stop it).
const bomb = zlib.deflateRawSync(Buffer.alloc(4 << 20, 0x20), { level: 9 }).toString('base64url');
const forged = code_of('print("a line long enough to be worth cutting short")\n');
const hostile = [
  ['truncated', forged.slice(0, forged.length - 8), /cut short or damaged/],
  ['forged', '_w' + forged.slice(2), /cut short or damaged/],
  ['not base64url', 'print(1)!', /not base64url text/],
  ['broken UTF-8 after inflate', zlib.deflateRawSync(Buffer.from([0x70, 0xff, 0xfe, 0x28])).toString('base64url'),
    /not UTF-8 text/],
  ['an inflate bomb', bomb, /decompresses to more than 1 MB/],
  ['empty', '', /is empty/],
];

for (const [what, code, message] of hostile) {
  test(`a #code= that is ${what} gives a notice and the experiment runs`, async () => {
    const { context, page, record } = await open_page_with_clock(browser, `${server.base_url}#code=${code}&seed=5`);
    const st = await until(page, (s) => s.playground.notices.length > 0, 50);
    assert.equal(st.playground.notices.length, 1, JSON.stringify(st.playground.notices));
    assert.match(st.playground.notices[0], message);
    assert.match(st.playground.notices[0], /; the experiment runs instead$/);
    assert.equal(st.playground.mode, 'experiment');
    assert.equal(st.script.loaded, false, 'nothing half-decoded was run');
    assert.equal(await page_hash(page), '#seed=5', 'the hash loses the bad code and keeps the rest');
    const cursor = st.playground.cursor_us;
    await page.clock.runFor(1000);
    const later = await app_state(page);
    assert.ok(later.playground.cursor_us > cursor, 'the lanes play on');
    assert.deepEqual(record.page_errors, []);
    await context.close();
  });
}

// Drops a file on the canvas as a person's drag and drop does: dragover, then drop, with a real DataTransfer.
async function drop_file(page, name, bytes) {
  await page.evaluate(({ name, bytes }) => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(bytes)], name, { type: 'text/x-python' }));
    const canvas = document.getElementById('canvas');
    canvas.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    canvas.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, { name, bytes: Array.from(bytes) });
}

test('a dropped .py file opens in the Script view; a binary file gets a notice', async () => {
  const { context, page, record } = await open_page_with_clock(browser, server.base_url);
  await drop_file(page, 'photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff]));
  let st = await until(page, (s) => s.playground.notices.length > 0, 20);
  assert.match(st.playground.notices[0], /^Open file: 'photo\.png' is not a text file/);
  assert.equal(st.playground.mode, 'experiment');
  const text = fs.readFileSync(path.join(corpus, 'asyncio_semaphore.py'));
  await drop_file(page, 'asyncio_semaphore.py', text);
  st = await until(page, script_finished);
  assert.equal(st.playground.mode, 'script');
  assert.equal(st.script.text_bytes, text.length);
  await command(page, 'script:end');
  st = await app_state(page);
  assert.equal(st.script.printed.map((l) => l + '\n').join(''),
               fs.readFileSync(path.join(corpus, 'asyncio_semaphore.stdout'), 'utf8'));
  assert.deepEqual(record.page_errors, []);
  await context.close();
});

test('Download script saves script.py; Download trace saves the run\'s tasks as a Chrome trace', async () => {
  const { context, page } = await open_page_with_clock(browser, server.base_url);
  const text = fs.readFileSync(path.join(corpus, 'asyncio_taskgroup.py'), 'utf8');
  await command(page, 'script:load:' + text);
  await until(page, script_finished);
  const [script_download] = await Promise.all([page.waitForEvent('download'), command(page, 'script:download')]);
  assert.equal(script_download.suggestedFilename(), 'script.py');
  assert.equal(fs.readFileSync(await script_download.path(), 'utf8'), text);
  const [trace_download] = await Promise.all([page.waitForEvent('download'), command(page, 'script:download_trace')]);
  assert.equal(trace_download.suggestedFilename(), 'looplab-script-trace.json');
  const trace = JSON.parse(fs.readFileSync(await trace_download.path(), 'utf8'));
  const names = trace.traceEvents.filter((e) => e.name === 'thread_name').map((e) => e.args.name);
  const st = await app_state(page);
  assert.deepEqual(names, st.script.tasks.map((t) => t.name), 'one track per row, named as the Script view');
  assert.equal(names[0], '<module>');
  assert.ok(names.includes('Task-1'));
  assert.ok(trace.traceEvents.some((e) => e.ph === 'X' && e.name === 'sleep'), 'the sleeps are spans');
  await context.close();
});

test('Open in editor loads the Python tab\'s script into the Script view', async () => {
  const { context, page, record } = await open_page_with_clock(browser, `${server.base_url}#tasks=5&seed=9`);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.base_url });
  await command(page, 'tab:python');
  await page.clock.runFor(200);
  let st = await app_state(page);
  const copy = st.playground.widgets.copy_script_button;
  const open = st.playground.widgets.open_in_editor_button;
  assert.ok(copy.visible && open.visible, 'both buttons are on the Python tab');
  const c = centre_of(copy);
  await click_with_clock(page, c.x, c.y);
  const python_tab_text = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(python_tab_text, /asyncio/);
  const o = centre_of(open);
  await click_with_clock(page, o.x, o.y);
  st = await until(page, script_finished);
  assert.equal(st.playground.mode, 'script');
  assert.equal(st.script.seed, 9);
  assert.equal(st.script.text_bytes, Buffer.byteLength(python_tab_text));
  const [download] = await Promise.all([page.waitForEvent('download'), command(page, 'script:download')]);
  assert.equal(fs.readFileSync(await download.path(), 'utf8'), python_tab_text, 'the very text the tab shows');
  await command(page, 'script:end');
  st = await app_state(page);
  assert.equal(st.script.error, null);
  assert.equal(st.script.printed.filter((l) => /^Task \d+ done$/.test(l)).length, 10, 'both halves, 5 tasks each');
  assert.deepEqual(record.page_errors, []);
  await context.close();
});
