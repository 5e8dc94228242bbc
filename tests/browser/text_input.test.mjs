// Browser tests of text input through the page's hidden textarea: the system clipboard both ways (Ctrl+V, Ctrl+C,
// Ctrl+X), Unicode typing (real key presses, insertText, IME composition), number fields' notices,
// a multi-line paste carried intact, Space and R typed into a field, and a phone's tap focusing the textarea.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start_static_server, launch_browser, open_page_with_clock, app_state, centre_of, click_with_clock,
         press_with_clock } from './harness.mjs';

let server, browser;
before(async () => { server = await start_static_server(); browser = await launch_browser(); });
after(async () => { await browser?.close(); await server?.close(); });

async function open_with_clipboard(hash = '', options = {}) {
  const opened = await open_page_with_clock(browser, server.base_url + hash, options);
  await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.base_url });
  return opened;
}

// Clicks a field with the real mouse and checks that the textarea took the focus.
async function click_field(page, widget_name) {
  const s = await app_state(page);
  const at = centre_of(s.playground.widgets[widget_name]);
  await click_with_clock(page, at.x, at.y);
  const after_click = await app_state(page);
  assert.equal(after_click.input.text_active, true, `${widget_name} is being edited`);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'text-input', 'the textarea has the focus');
  return after_click;
}

async function field_text(page) { return (await app_state(page)).input.field_text; }

test('Ctrl+V pastes the system clipboard into the Delays field, and Enter applies it', async () => {
  const { context, page, record } = await open_with_clipboard();
  await page.evaluate(() => navigator.clipboard.writeText('2,0,1,2'));
  await click_field(page, 'delays_input');
  await page.keyboard.press('Control+V');
  await page.clock.runFor(200);
  assert.equal(await field_text(page), '2,0,1,2');
  await press_with_clock(page, 'Enter');
  const s = await app_state(page);
  assert.equal(s.input.text_active, false, 'Enter ends the edit');
  assert.equal(s.playground.settings.tasks, 4);
  assert.equal(s.playground.settings.explicit_delays, true);
  assert.notEqual(await page.evaluate(() => document.activeElement.id), 'text-input', 'the textarea let go');
  assert.deepEqual(record.page_errors, []);
  await context.close();
});

test('Ctrl+C copies the selected field text to the system clipboard, Ctrl+X cuts it', async () => {
  const { context, page } = await open_with_clipboard();
  await page.evaluate(() => navigator.clipboard.writeText('nothing yet'));
  await click_field(page, 'delays_input');
  await page.keyboard.type('1,2,3');
  await page.clock.runFor(200);
  assert.equal(await field_text(page), '1,2,3');
  await page.keyboard.press('Control+A');
  await page.clock.runFor(100);
  await page.keyboard.press('Control+C');
  await page.clock.runFor(100);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), '1,2,3');
  await page.keyboard.press('Control+X');
  await page.clock.runFor(200);
  assert.equal(await field_text(page), '', 'the cut removed the selection');
  await page.keyboard.press('Control+V');
  await page.clock.runFor(200);
  assert.equal(await field_text(page), '1,2,3', 'and a paste brings it back');
  await context.close();
});

test('é, ü and CJK text arrive intact: real key presses, insertText and an IME composition', async () => {
  const { context, page } = await open_with_clipboard();
  await click_field(page, 'delays_input');
  await page.keyboard.press('2');
  await page.keyboard.insertText('é');
  await page.keyboard.press(',');
  await page.keyboard.type('ü1,');  // ü is not on the US layout: Playwright sends it as text, as a layout would
  await page.keyboard.insertText('日本');
  await page.clock.runFor(200);
  assert.equal(await field_text(page), '2é,ü1,日本');
  // An IME: a composition shown in the textarea, then committed (compositionend) as 語.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'ご', selectionStart: 1, selectionEnd: 1 });
  await page.clock.runFor(100);
  assert.equal(await field_text(page), '2é,ü1,日本', 'nothing arrives while composing');
  await cdp.send('Input.insertText', { text: '語' });
  await page.clock.runFor(200);
  assert.equal(await field_text(page), '2é,ü1,日本語');
  await press_with_clock(page, 'Enter');
  const s = await app_state(page);
  assert.ok(s.playground.notices.some((n) => n.includes('delays')), 'the validator names what it could not read');
  await context.close();
});

test('a typed task count with letters is kept as typed and named in a visible notice, not dropped', async () => {
  const { context, page } = await open_with_clipboard();
  // The typed task count keeps what was typed; Enter's validator names the problem.
  await click_field(page, 'task_count_input');  // auto-selects its text
  await page.keyboard.type('1a2');
  await page.keyboard.insertText('é');
  await page.clock.runFor(200);
  assert.equal(await field_text(page), '1a2é', 'nothing is dropped');
  await press_with_clock(page, 'Enter');
  const s = await app_state(page);
  // (core's notices show bytes outside printable ASCII as \xNN: é is \xC3\xA9)
  assert.ok(s.playground.notices.some((n) => n.startsWith("tasks: '1a2\\xC3\\xA9' is not a whole number")),
            s.playground.notices.join(' | '));
  await context.close();
});

test('a multi-line paste reaches the app with its newlines and indentation', async () => {
  const { context, page } = await open_with_clipboard();
  const script = 'async def main():\n    await asyncio.sleep(1)\n\tprint("done")\n\nasyncio.run(main())\n';
  await page.evaluate((text) => navigator.clipboard.writeText(text), script);
  await click_field(page, 'delays_input');
  await page.keyboard.press('Control+V');
  await page.clock.runFor(200);
  const s = await app_state(page);
  assert.equal(s.input.pastes, 1);
  assert.equal(s.input.clipboard, script, 'what ImGui pastes is the clipboard byte for byte');
  // A single-line field drops line breaks and tabs (ImGui's filter); a multi-line field keeps them.
  assert.equal(s.input.field_text, script.replace(/[\n\t]/g, ''));
  await context.close();
});

test('Space and R typed into a field are text, not playback shortcuts', async () => {
  const { context, page } = await open_with_clipboard();
  await page.evaluate(() => Module.ccall('looplab_command', null, ['string'], ['scrub:1500']));  // pauses there
  await click_field(page, 'delays_input');
  await page.keyboard.type('1 2 r');
  await page.clock.runFor(200);
  const s = await app_state(page);
  assert.equal(s.input.field_text, '1 2 r');
  assert.equal(s.playground.playing, false, 'Space did not toggle playback');
  assert.equal(s.playground.cursor_us, 1500, 'R did not restart');
  await context.close();
});

test('on a phone, the tap that activates a field focuses the textarea (the keyboard opens)', async () => {
  const { context, page } = await open_with_clipboard('', { viewport: { width: 390, height: 844 },
                                                            device_scale_factor: 2 });
  await page.evaluate(() => Module.ccall('looplab_command', null, ['string'], ['tab:settings']));
  await page.clock.runFor(200);
  const s = await app_state(page);
  const at = centre_of(s.playground.widgets.delays_input);
  const cdp = await context.newCDPSession(page);
  // Which event was being dispatched when the textarea got the focus: a capture listener on window marks the
  // tap's touchend / pointerup as under way, a bubbling one (after the canvas's own listeners) clears the mark.
  const focus_events = await page.evaluateHandle(() => {
    const seen = [];
    let dispatching = 'frame';
    for (const type of ['touchend', 'pointerup']) {
      window.addEventListener(type, () => { dispatching = type; }, true);
      window.addEventListener(type, () => { dispatching = 'frame'; });
    }
    document.getElementById('text-input').addEventListener('focus', () => seen.push(dispatching));
    return seen;
  });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: at.x, y: at.y }] });
  await page.clock.runFor(100);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await page.clock.runFor(100);
  assert.equal((await app_state(page)).input.text_active, true);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'text-input');
  const seen = await focus_events.jsonValue();
  assert.ok(seen.length >= 1 && seen[0] !== 'frame', `focused inside the tap's handler (${JSON.stringify(seen)})`);
  await context.close();
});
