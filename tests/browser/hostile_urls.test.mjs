// Hostile links in Chromium: every bad value in the URL hash is corrected with a notice (panel state and the
// aria-live mirror), the page keeps rendering, no page error or dialog appears, and no value reaches the DOM as
// HTML. Prints a table "input -> notices" for the release note.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start_static_server, launch_browser, open_page_with_clock, app_state } from './harness.mjs';

let server, browser;
const table = [];
before(async () => { server = await start_static_server(); browser = await launch_browser(); });
after(async () => {
  await browser?.close();
  await server?.close();
  console.log('hostile URL table (input -> settings; notices):');
  for (const row of table) console.log(`  ${row.input} -> ${row.settings}; ${row.notices.join(' | ') || '(no notice)'}`);
});

// Opens the page on the paused fake clock with a dialog counter attached before any script runs.
async function open_paused(url) {
  const dialogs = [];
  const opened = await open_page_with_clock(browser, url, { viewport: { width: 1280, height: 720 },
    before_goto: async (p) => { p.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); }); } });
  return { ...opened, dialogs };
}

// Elements a value could have become if it reached the DOM as HTML.
async function injected_elements(page) {
  return page.evaluate(() => ({
    img: document.querySelectorAll('img').length,
    inline_script: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
    handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,
    foreign_script: [...document.querySelectorAll('script[src]')]
      .filter((s) => new URL(s.src).origin !== window.location.origin).length,
  }));
}

const long_value = 'x'.repeat(100 * 1024);
// [what the test calls it, the hash after '#', the parameters the notices must name, the settings to expect]
const cases = [
  ['tasks=-5', 'tasks=-5', ['tasks'], { tasks: 1 }],
  ['tasks=1e12', 'tasks=1e12', ['tasks'], { tasks: 9 }],
  ['tasks=abc', 'tasks=abc', ['tasks'], { tasks: 9 }],
  ['seed=-1', 'seed=-1', ['seed'], { seed: 0 }],
  ['seed=99999999999999999999', 'seed=99999999999999999999', ['seed'], { seed: 18446744073709551615n }],
  ['scale=NaN', 'scale=NaN', ['scale'], { scale: 400 }],
  // A limit above the task count is clamped to the count (the slider's end), with a notice.
  ['limit above tasks', 'tasks=3&limit=50', ['limit'], { tasks: 3, limit: 3 }],
  ['no problems', 'tasks=3&limit=2', [], { tasks: 3, limit: 2 }],
  ['block above tasks', 'tasks=3&block=2,9', ['block'], { tasks: 3, block: [2] }],
  ['unknown keys', 'colour=red&x&=5', ['colour', 'x', ''], { tasks: 9 }],
  ['100 KB hash', 'tasks=5&pad=' + long_value, ['hash', 'pad'], { tasks: 5 }],
  ['broken percent %', 'tasks=%', ['tasks'], { tasks: 9 }],
  ['broken percent %zz', 'tasks=%zz&seed=7', ['tasks'], { tasks: 9, seed: 7 }],
  ['broken UTF-8 %E0%A4', 'seed=%E0%A4', ['seed'], { seed: 4902 }],
  ['<script> value', 'tasks=<script>alert(1)</script>', ['tasks'], { tasks: 9 }],
  ['<script> key', '<script>alert(1)</script>=1', ['<script>alert(1)</script>'], { tasks: 9 }],
  ['"><img onerror> value', 'seed="><img src=x onerror=alert(1)>', ['seed'], { seed: 4902 }],
  ['"><img onerror> encoded', 'dist=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', ['distribution'], { dist: 'seed' }],
];

for (const [name, hash, params, expected] of cases) {
  test(`hostile link: ${name}`, async () => {
    const { context, page, record, dialogs } = await open_paused(server.base_url + '#' + hash);
    const before_frames = (await app_state(page)).frame_count;
    await page.clock.runFor(1000);
    const state = await app_state(page);
    assert.ok(state.frame_count > before_frames + 30, 'the page keeps rendering');
    const pg = state.playground;
    const notices = pg.notices;
    for (const param of params)
      assert.ok(notices.some((n) => n.startsWith(param + ': ')), `a notice names '${param}': ${JSON.stringify(notices)}`);
    if (params.length === 0) assert.deepEqual(notices, []);
    for (const [key, value] of Object.entries(expected)) {
      if (typeof value === 'bigint') {
        const raw = await page.evaluate(() => Module.UTF8ToString(Module._looplab_state_json()));
        assert.match(raw, new RegExp(`"${key}":${value}\\b`));
      } else {
        assert.deepEqual(pg.settings[key], value, `settings.${key}`);
      }
    }
    const live = await page.evaluate(() => document.getElementById('a11y-live').textContent);
    for (const notice of notices) assert.ok(live.includes(notice), `the aria-live mirror carries "${notice}"`);
    assert.deepEqual(await injected_elements(page), { img: 0, inline_script: 0, handlers: 0, foreign_script: 0 });
    assert.deepEqual(dialogs, []);
    assert.deepEqual(record.page_errors, []);
    // The corrected link is rewritten in clean form: no markup survives in the address either.
    const location_hash = await page.evaluate(() => decodeURIComponent(window.location.hash));
    assert.doesNotMatch(location_hash, /<|>|"/);
    assert.ok(location_hash.length <= 8193, 'the rewritten hash is short');
    table.push({ input: name.length > 40 ? name.slice(0, 40) + '...' : name,
                 settings: JSON.stringify(Object.fromEntries(Object.keys(expected).map((k) => [k, pg.settings[k]]))),
                 notices });
    await context.close();
  });
}

test('a hostile link pasted into a running page (hashchange) is corrected the same way', async () => {
  const { context, page, record, dialogs } = await open_paused(server.base_url);
  await page.evaluate(() => { window.location.hash = 'tasks=<script>alert(1)</script>&seed="><img src=x onerror=alert(1)>'; });
  await page.clock.runFor(500);
  const pg = (await app_state(page)).playground;
  assert.ok(pg.notices.some((n) => n.startsWith('tasks: ')));
  assert.ok(pg.notices.some((n) => n.startsWith('seed: ')));
  assert.deepEqual(await injected_elements(page), { img: 0, inline_script: 0, handlers: 0, foreign_script: 0 });
  assert.deepEqual(dialogs, []);
  assert.deepEqual(record.page_errors, []);
  await context.close();
});
