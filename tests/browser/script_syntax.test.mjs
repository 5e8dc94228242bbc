// Browser test of the Script view editor's syntax colours with the real mouse and keyboard: the seed example
// coloured, a selection over coloured text, the caret inside a keyword, a long line scrolled while editing, text
// size 250 % and CJK text. Each checks the canvas's pixels: a keyword's colour sits on its glyph cell (from the state
// JSON's editor_glyphs), an identifier's cell has none of it. Also: the 2016 dialect's note is the output's first line.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start_static_server, launch_browser, open_page_with_clock, app_state, command, click_widget,
         click_with_clock, press_with_clock, run_until_finished, screenshot } from './harness.mjs';

let server, browser;
before(async () => { server = await start_static_server(); browser = await launch_browser(); });
after(async () => { await browser?.close(); await server?.close(); });

// Pixels by hue, so that anti-aliased and filtered glyph edges count too: src/ui/script_syntax.cpp's keyword blue
// (86, 156, 214), its string orange (230, 160, 120), ImGui's white text and grey anti-aliased caret.
const keyword = (p) => p[2] - p[0] > 60 && p[2] > 100;
const string_colour = (p) => p[0] - p[2] > 40 && p[0] > 100;
const white = (p) => Math.min(...p) > 150 && Math.max(...p) - Math.min(...p) < 30;
const grey_or_white = (p) => Math.min(...p) > 80 && Math.max(...p) - Math.min(...p) < 30;
const selection = (p) => p[2] - p[0] > 40 && p[2] < 140;  // ImGui's TextSelectedBg over the dark background

function view(state) { return state.playground.script_view; }

async function open_script_view(hash = '', options = {}) {
  const opened = await open_page_with_clock(browser, server.base_url + hash, options);
  await opened.page.clock.runFor(300);
  const s = await app_state(opened.page);
  await click_widget(opened.page, view(s).widgets.script_tab, 'the Script tab');
  await opened.page.clock.runFor(200);
  return opened;
}

// The page's pixels in rect (CSS pixels, the whole viewport screenshot), decoded in a blank page of the same
// context (the app's page forbids data: images by its CSP). Returns { w, h, at(x, y) -> [r, g, b] }.
async function pixels(opened, rect) {
  const png = await opened.page.screenshot({ clip: rect });
  if (!opened.decoder) opened.decoder = await opened.context.newPage();
  const data = await opened.decoder.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const g = canvas.getContext('2d');
    g.drawImage(bitmap, 0, 0);
    return { w: bitmap.width, h: bitmap.height, rgba: Array.from(g.getImageData(0, 0, bitmap.width, bitmap.height).data) };
  }, png.toString('base64'));
  return { w: data.w, h: data.h, at: (x, y) => data.rgba.slice((y * data.w + x) * 4, (y * data.w + x) * 4 + 3) };
}

// How many pixels of the kind `is` the cells [col0, col1) of a line hold, and where they are.
async function count_in_cells(opened, glyphs, line, col0, col1, is) {
  const rect = { x: Math.floor(glyphs.x + col0 * glyphs.char_advance), y: Math.floor(glyphs.y + (line - 1) * glyphs.line_height),
                 width: Math.ceil((col1 - col0) * glyphs.char_advance), height: Math.ceil(glyphs.line_height) };
  const p = await pixels(opened, rect);
  let n = 0, min_x = Infinity, max_x = -Infinity;
  for (let y = 0; y < p.h; y++)
    for (let x = 0; x < p.w; x++)
      if (is(p.at(x, y))) { n++; min_x = Math.min(min_x, x + rect.x); max_x = Math.max(max_x, x + rect.x); }
  return { n, min_x, max_x };
}

// line (1-based) of the editor text, with its columns counted in bytes of ASCII.
function column_of(text, line, word) {
  const col = text.split('\n')[line - 1].indexOf(word);
  assert.ok(col >= 0, `'${word}' on line ${line}`);
  return col;
}

// A keyword's colour is on its glyphs (its cell holds it, the cells either side hold no more of it) and not on an
// identifier's.
async function assert_keyword_on_its_cells(opened, s, line, word, identifier) {
  const g = view(s).editor_glyphs;
  const text = view(s).editor_text;
  const col = column_of(text, line, word);
  const inside = await count_in_cells(opened, g, line, col, col + word.length, keyword);
  assert.ok(inside.n >= 6, `'${word}' drawn in the keyword colour (${inside.n} pixels)`);
  const wider = await count_in_cells(opened, g, line, Math.max(0, col - 1), col + word.length + 1, keyword);
  assert.equal(wider.n, inside.n, `no keyword colour beside '${word}': its colour sits inside its cells`);
  const icol = column_of(text, line, identifier);
  const name = await count_in_cells(opened, g, line, icol, icol + identifier.length, keyword);
  assert.equal(name.n, 0, `the identifier '${identifier}' has none of the keyword colour`);
  const name_white = await count_in_cells(opened, g, line, icol, icol + identifier.length, white);
  assert.ok(name_white.n >= 6, `'${identifier}' is drawn in the text colour (${name_white.n})`);
}

test('the seed example is coloured on its glyphs; its 2016 note is the output\'s first line', async () => {
  const opened = await open_script_view();
  const { page, record } = opened;
  let s = await app_state(page);
  await click_widget(page, view(s).widgets.examples[0], 'the Blog 2016 example');
  s = await run_until_finished(page);
  await click_widget(page, view(s).widgets.end_button, 'End');
  s = await app_state(page);
  assert.ok(s.script.warnings[0].text.includes('ensure_future'), s.script.warnings[0].text);
  assert.deepEqual(s.script.output_warnings[0], [0, 0], 'the compile-time note comes before every printed line');
  assert.equal(view(s).editor_glyphs.scroll_x, 0);
  await screenshot(page, 'script-syntax-seed-1280x720.png');
  const import_line = view(s).editor_text.split('\n').indexOf('import random') + 1;
  await assert_keyword_on_its_cells(opened, s, import_line, 'import', 'random');
  // 'def task(pid):' - def is a keyword, task is the name it defines (not the keyword colour), pid a name.
  const line = view(s).editor_text.split('\n').indexOf('def task(pid):') + 1;
  await assert_keyword_on_its_cells(opened, s, line, 'def', 'pid');
  assert.deepEqual(record.page_errors, []);
  await opened.context.close();
});

test('a selection over coloured text keeps its colours; the caret shows inside a keyword', async () => {
  const opened = await open_script_view();
  const { page, record } = opened;
  await command(page, 'script:load:import asyncio\nasync def main():\n    await asyncio.sleep(0)\n');
  let s = await app_state(page);
  const g = view(s).editor_glyphs;
  // The caret between "im" and "port" on line 1: a click there, inside the keyword.
  await click_with_clock(page, g.x + 2 * g.char_advance + 1, g.y + g.line_height / 2);
  s = await app_state(page);
  assert.equal(view(s).editor_active, true);
  await screenshot(page, 'script-syntax-caret-in-keyword-1280x720.png');
  const caret_x = Math.trunc(g.x + 2 * g.char_advance);
  const caret = await pixels(opened, { x: caret_x - 1, y: Math.floor(g.y), width: 3, height: Math.ceil(g.line_height) });
  let white_rows = 0;
  for (let y = 0; y < caret.h; y++) if ([0, 1, 2].some((x) => grey_or_white(caret.at(x, y)))) white_rows++;
  assert.ok(white_rows >= g.line_height / 2, `the caret is drawn between 'im' and 'port' (${white_rows} rows)`);
  const keyword_pixels = await count_in_cells(opened, g, 1, 0, 6, keyword);
  assert.ok(keyword_pixels.n >= 6, 'import keeps its colour around the caret');

  // Shift+End selects the rest of line 1; Shift+Down the next line: coloured text on the selection.
  await page.keyboard.down('Shift');
  await page.clock.runFor(50);
  await press_with_clock(page, 'End');
  await press_with_clock(page, 'ArrowDown');
  await page.keyboard.up('Shift');
  await page.clock.runFor(50);
  s = await app_state(page);
  await screenshot(page, 'script-syntax-selection-1280x720.png');
  const selected = await count_in_cells(opened, g, 2, 0, 5, keyword);
  assert.ok(selected.n >= 6, `'async' keeps the keyword colour on the selection (${selected.n})`);
  // ImGui's selection colour over the editor's background, behind line 2's first 14 columns.
  const selection_bg = await count_in_cells(opened, g, 2, 0, 14, selection);
  assert.ok(selection_bg.n >= 50, `the selection is drawn behind line 2 (${selection_bg.n} pixels)`);
  assert.deepEqual(record.page_errors, []);
  await opened.context.close();
});

test('a long line scrolled while editing keeps its colours on its glyphs', async () => {
  const opened = await open_script_view();
  const { page, record } = opened;
  const long = `value = "${'a'.repeat(200)}" if ready else None`;
  await command(page, `script:load:ready = True\n${long}\nprint(value)\n`);
  let s = await app_state(page);
  let g = view(s).editor_glyphs;
  await click_with_clock(page, g.x + 3 * g.char_advance, g.y + 1.5 * g.line_height);
  await press_with_clock(page, 'End');
  await page.clock.runFor(100);
  s = await app_state(page);
  g = view(s).editor_glyphs;
  assert.ok(g.scroll_x > 0, `the field scrolled to the caret at the line's end (scroll_x ${g.scroll_x})`);
  await screenshot(page, 'script-syntax-long-line-scrolled-1280x720.png');
  await assert_keyword_on_its_cells(opened, s, 2, 'else', 'ready');
  const none = await count_in_cells(opened, g, 2, column_of(long, 1, 'None'), column_of(long, 1, 'None') + 4, keyword);
  assert.ok(none.n >= 6, 'None at the line\'s end is in the keyword colour');
  const str = await count_in_cells(opened, g, 2, column_of(long, 1, '" if') - 5, column_of(long, 1, '" if') + 1, string_colour);
  assert.ok(str.n >= 6, 'the string\'s end is in the string colour');
  assert.deepEqual(record.page_errors, []);
  await opened.context.close();
});

test('at text size 250 % the colours stay on their glyphs', async () => {
  const opened = await open_script_view('#text=250');
  const { page, record } = opened;
  await command(page, 'script:load:# large text\nimport asyncio\n\nasync def main():\n    print("big", 250)\n\nasyncio.run(main())\n');
  await page.clock.runFor(300);
  let s = await app_state(page);
  assert.ok(view(s).editor_glyphs.line_height > 30, `large text (${view(s).editor_glyphs.line_height})`);
  await screenshot(page, 'script-syntax-text-250-1280x720.png');
  const text = view(s).editor_text;
  const line = text.split('\n').findIndex((l) => /^import /.test(l)) + 1;
  assert.ok(line > 0, 'the script has an import');
  const g = view(s).editor_glyphs;
  const inside = await count_in_cells(opened, g, line, 0, 6, keyword);
  assert.ok(inside.n >= 20, `'import' in the keyword colour at 250 % (${inside.n})`);
  const wider = await count_in_cells(opened, g, line, 0, 7, keyword);
  assert.equal(wider.n, inside.n, 'and only inside its cells');
  assert.deepEqual(record.page_errors, []);
  await opened.context.close();
});

test('a line with CJK characters keeps its colours on its glyphs', async () => {
  const opened = await open_script_view();
  const { page, record } = opened;
  await command(page, 'script:load:x = "" if True else None\nprint(x)\n');
  let s = await app_state(page);
  const g = view(s).editor_glyphs;
  await click_with_clock(page, g.x + 5 * g.char_advance + 1, g.y + g.line_height / 2);  // between the quotes
  await page.keyboard.insertText('日本語');
  for (let i = 0; i < 100; i++) {  // the fallback font's fetch is real I/O
    await page.clock.runFor(100);
    s = await app_state(page);
    if (s.input.fallback_font_bytes > 0 && s.input.missing_glyphs === 0) break;
  }
  assert.equal(s.input.missing_glyphs, 0, 'the CJK glyphs are in the atlas');
  assert.ok(view(s).editor_text.startsWith('x = "日本語" if True'), view(s).editor_text);
  await page.clock.runFor(200);
  await screenshot(page, 'script-syntax-cjk-1280x720.png');
  // The string (with its CJK) ends before the first keyword starts; the keywords after it are coloured.
  const str = await count_in_cells(opened, g, 1, 4, 40, string_colour);
  const kw = await count_in_cells(opened, g, 1, 4, 40, keyword);
  assert.ok(str.n >= 15, `the CJK string is in the string colour (${str.n})`);
  assert.ok(kw.n >= 12, `if / True / else / None are in the keyword colour (${kw.n})`);
  assert.ok(str.max_x < kw.min_x, `the string's colour ends (${str.max_x}) before the first keyword's (${kw.min_x})`);
  assert.ok(str.max_x - str.min_x > 3 * g.char_advance, 'the CJK characters between the quotes are coloured too');
  assert.deepEqual(record.page_errors, []);
  await opened.context.close();
});
