// Browser tests of the page's text size (`text=` in the URL hash, 100..250 % or `presenter`): fonts are
// re-rasterised at size x devicePixelRatio and the style's sizes scale with them; the size stays in the hash
// when a setting changes, a link change applies it without restarting the run, and a bad value is corrected.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start_static_server, launch_browser, open_page_with_clock, app_state, command, screenshot }
  from './harness.mjs';

let server, browser;
before(async () => { server = await start_static_server(); browser = await launch_browser(); });
after(async () => { await browser?.close(); await server?.close(); });

test('text=200 doubles the font and the controls, and the size stays in the hash when a setting changes',
     async () => {
  const { context, page, record } = await open_page_with_clock(browser, server.base_url + '#text=200',
                                                               { viewport: { width: 1920, height: 1080 } });
  const s = await app_state(page);
  assert.equal(s.text_percent, 200);
  assert.equal(s.font_size_px, 26, '13 px x 2');
  const normal = await open_page_with_clock(browser, server.base_url, { viewport: { width: 1920, height: 1080 } });
  const n = await app_state(normal.page);
  assert.equal(n.font_size_px, 13);
  const h = (state) => state.playground.widgets.play_button.h;
  assert.ok(h(s) > 1.8 * h(n), `the Play button grew with the text (${h(n)} -> ${h(s)})`);
  await normal.context.close();
  await command(page, 'scenario:limit3');
  const hash = await page.evaluate(() => window.location.hash);
  assert.match(hash, /text=presenter/, `a changed setting keeps the size, 200 % written as presenter (${hash})`);
  await screenshot(page, 'text-size-200-1920x1080.png');
  assert.deepEqual(record.page_errors, []);
  await context.close();
});

test('a link change to text=presenter applies at once without restarting the run; a bad size is corrected',
     async () => {
  const { context, page } = await open_page_with_clock(browser, server.base_url + '#tasks=12');
  await command(page, 'pause');
  await command(page, 'scrub:1500');
  let s = await app_state(page);
  const generation = s.font_atlas_generation;
  await page.evaluate(() => { window.location.hash = '#tasks=12&text=presenter'; });
  await page.clock.runFor(200);
  s = await app_state(page);
  assert.equal(s.text_percent, 200);
  assert.equal(s.font_size_px, 26);
  assert.equal(s.font_atlas_generation, generation + 1, 'the atlas was rebuilt once');
  assert.equal(s.playground.cursor_us, 1500, 'the run stayed where it was');
  assert.equal(s.playground.settings.tasks, 12);
  await page.evaluate(() => { window.location.hash = '#tasks=12&text=999'; });
  await page.clock.runFor(200);
  s = await app_state(page);
  assert.equal(s.text_percent, 250);
  assert.ok(s.playground.notices.some((n) => n.startsWith("text: '999' is out of range")), s.playground.notices);
  assert.match(await page.evaluate(() => window.location.hash), /text=250/, 'the corrected size is in the link');
  await context.close();
});

test('the largest text size on a phone and at 1280x720 draws without errors (screenshots to look at)', async () => {
  for (const [w, h, dpr] of [[390, 844, 2], [1280, 720, 1]]) {
    const { context, page, record } = await open_page_with_clock(browser, server.base_url + '#text=250',
      { viewport: { width: w, height: h }, device_scale_factor: dpr });
    const s = await app_state(page);
    assert.equal(s.font_pixel_ratio, dpr);
    assert.ok(Math.abs(s.font_size_px - 32.5) <= 0.5, `13 px x 2.5 (${s.font_size_px})`);
    await page.clock.runFor(3000);
    await screenshot(page, `text-size-250-${w}x${h}.png`);
    assert.deepEqual(record.page_errors, []);
    await context.close();
  }
});
