// Browser test of the fallback font: a normal page load fetches no font; CJK text typed into a field makes the page
// fetch fallback-cjk.ttf once and merge only the codepoints in use into the font atlas, after which nothing the
// page shows lacks a glyph (the state hook's missing_glyphs) and the screenshot shows the characters.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start_static_server, launch_browser, open_page_with_clock, app_state, centre_of, click_with_clock,
         screenshot } from './harness.mjs';

let server, browser;
before(async () => { server = await start_static_server(); browser = await launch_browser(); });
after(async () => { await browser?.close(); await server?.close(); });

const font_requests = (record) => record.requests.filter((url) => url.endsWith('/fallback-cjk.ttf'));

// Frames run until the fallback font's fetch (real I/O, not the fake clock) has answered and the atlas has it.
async function until_glyphs_drawn(page) {
  for (let i = 0; i < 100; i++) {
    const s = await app_state(page);
    if (s.input.fallback_font_bytes > 0 && s.input.missing_glyphs === 0) return s;
    await page.clock.runFor(100);
  }
  return app_state(page);
}

test('CJK typed into a field: the fallback font is fetched once, merged, and the text draws', async () => {
  const { context, page, record } = await open_page_with_clock(browser, server.base_url);
  await page.clock.runFor(300);
  let s = await app_state(page);
  assert.deepEqual(font_requests(record), [], 'a page with Latin text only fetches no font');
  assert.equal(s.input.wanted_glyphs, 0);
  const atlas_before = [s.input.font_atlas_w, s.input.font_atlas_h];
  const generation_before = s.font_atlas_generation;

  const at = centre_of(s.playground.widgets.delays_input);
  await click_with_clock(page, at.x, at.y);
  await page.keyboard.insertText('日本語');
  await page.clock.runFor(200);
  s = await until_glyphs_drawn(page);
  assert.equal(s.input.field_text, '日本語', 'the text arrived intact');
  assert.equal(s.input.wanted_glyphs, 3, 'three codepoints the main font lacks');
  assert.equal(s.input.missing_glyphs, 0, 'the rebuilt atlas draws all of them');
  assert.ok(s.font_atlas_generation > generation_before, 'the atlas was rebuilt');
  assert.equal(font_requests(record).length, 1, 'fetched once');
  await screenshot(page, 'cjk-field-1280x720.png');
  console.log(`fallback font ${s.input.fallback_font_bytes} bytes; atlas ${atlas_before.join('x')} -> ` +
              `${s.input.font_atlas_w}x${s.input.font_atlas_h}`);

  // More CJK later: merged from the font already fetched, no second request.
  await page.keyboard.insertText('中文');
  await page.clock.runFor(300);
  s = await until_glyphs_drawn(page);
  assert.equal(s.input.field_text, '日本語中文');
  assert.equal(s.input.wanted_glyphs, 5);
  assert.equal(s.input.missing_glyphs, 0);
  assert.equal(font_requests(record).length, 1, 'still one fetch');
  assert.deepEqual(record.page_errors, []);
  await context.close();
});
