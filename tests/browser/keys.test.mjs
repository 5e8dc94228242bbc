// Browser tests of the page's key rule: browser keys (zoom, reload, address bar, devtools) are never
// default-prevented; Space, Right and R are playback shortcuts when nothing is being edited; Tab and Shift+Tab
// move ImGui's keyboard focus (a visible ring) and Space activates what it is on; in a field, Space is a space.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start_static_server, launch_browser, open_page_with_clock, app_state, centre_of, click_with_clock,
         press_with_clock, screenshot, command } from './harness.mjs';

let server, browser;
before(async () => { server = await start_static_server(); browser = await launch_browser(); });
after(async () => { await browser?.close(); await server?.close(); });

// Records, for every keydown, whether the page prevented its default: this listener is registered after the
// page's own (looplab_input.js, on window too), so it runs after it.
async function record_keydowns(page) {
  await page.evaluate(() => {
    window.keydowns = [];
    window.addEventListener('keydown', (e) => window.keydowns.push({ key: e.key, ctrl: e.ctrlKey,
                                                                      prevented: e.defaultPrevented }));
  });
}
async function last_keydown(page) { return page.evaluate(() => window.keydowns[window.keydowns.length - 1]); }
async function prevented(page, key) {
  await page.keyboard.press(key);
  await page.clock.runFor(50);
  const k = await last_keydown(page);
  return k.prevented;
}

// Tab taps: down and up at once (ImGui's input queue hands the release to the next frame). A Tab held across
// fake-clock frames could auto-repeat: ImGui's key repeat runs on real time, which a loaded machine stretches.
async function tab(page) {
  await page.keyboard.press('Tab');
  await page.clock.runFor(100);
}
async function shift_tab(page) {
  await page.keyboard.press('Shift+Tab');
  await page.clock.runFor(100);
}

const browser_keys = ['Control+Equal', 'Control+Minus', 'Control+0', 'F5', 'Control+R', 'Control+L', 'F12',
                      'Control+Shift+I', 'Control+T', 'Alt+ArrowLeft'];

test('with no field active, zoom, reload, address-bar and devtools keys reach the browser', async () => {
  const { context, page } = await open_page_with_clock(browser, server.base_url);
  await record_keydowns(page);
  for (const key of browser_keys) assert.equal(await prevented(page, key), false, `${key} is not prevented`);
  assert.equal(await prevented(page, 'ArrowLeft'), true, '← steps back');
  assert.equal(await prevented(page, 'ArrowDown'), false, 'keys the app does not use pass');
  assert.equal(await page.evaluate(() => window.keydowns.length > 0), true,
               'the page did not reload (the listener installed in this document is still there)');
  await context.close();
});

test("with a field active, the browser keys still pass; the keys the field edits with are the app's", async () => {
  const { context, page } = await open_page_with_clock(browser, server.base_url);
  const s = await app_state(page);
  const at = centre_of(s.playground.widgets.delays_input);
  await click_with_clock(page, at.x, at.y);
  assert.equal((await app_state(page)).input.text_active, true);
  await record_keydowns(page);
  for (const key of browser_keys) assert.equal(await prevented(page, key), false, `${key} is not prevented`);
  assert.equal(await prevented(page, 'Control+V'), false, "Ctrl+V is left to the browser's paste event");
  assert.equal(await prevented(page, 'Control+C'), false, "Ctrl+C is left to the browser's copy event");
  assert.equal(await prevented(page, 'Space'), false, 'Space is typed by the textarea');
  assert.equal(await prevented(page, 'x'), false, 'letters are typed by the textarea');
  for (const key of ['Backspace', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'Delete', 'Control+A', 'Control+Z'])
    assert.equal(await prevented(page, key), true, `${key} edits the field`);
  await context.close();
});

test('Space pauses and plays, Right steps one event, R restarts (each prevented)', async () => {
  const { context, page } = await open_page_with_clock(browser, server.base_url);
  await record_keydowns(page);
  await press_with_clock(page, ' ');
  assert.equal((await last_keydown(page)).prevented, true);
  let s = (await app_state(page)).playground;
  assert.equal(s.playing, false, 'Space pauses');
  const visible = (p) => p.lanes.sequential.events_visible + p.lanes.concurrent.events_visible;
  const before_step = visible(s);
  await press_with_clock(page, 'ArrowRight');
  assert.equal((await last_keydown(page)).prevented, true);
  s = (await app_state(page)).playground;
  assert.equal(visible(s), before_step + 1, 'Right shows exactly one more event');
  assert.ok(s.cursor_us > 0);
  const before_restart = s.cursor_us;
  await page.keyboard.down('r');
  await page.clock.runFor(20);
  assert.equal((await last_keydown(page)).prevented, true);
  s = (await app_state(page)).playground;
  assert.ok(s.cursor_us === 0 && !s.playing, `R restarts at t = 0, paused (t = ${s.cursor_us})`);
  await page.keyboard.up('r');
  await context.close();
});

test('Tab and Shift+Tab move the keyboard focus through the controls; Space activates; Escape leaves', async () => {
  const { context, page } = await open_page_with_clock(browser, server.base_url);
  // Paused at t = 0: the seed run (2.4 s of wall time) must not end while the keys are pressed, or Play restarts it.
  await command(page, 'restart');
  await record_keydowns(page);
  let s = await app_state(page);
  assert.equal(s.input.nav_visible, false, 'no focus ring before the keyboard is used');
  const ids = [];
  for (let i = 0; i < 3; i++) {
    await tab(page);
    assert.equal((await last_keydown(page)).prevented, true, "Tab is the app's while it navigates");
    s = await app_state(page);
    assert.equal(s.input.nav_visible, true, 'the focus ring shows');
    ids.push(s.input.nav_id);
  }
  assert.equal(new Set(ids).size, 3, `each Tab moved the focus (${ids})`);
  await screenshot(page, 'keys-tab-focus-1280x720.png');
  await shift_tab(page);
  s = await app_state(page);
  // The controls start with the introduction's "?", then Play/Pause (Back is disabled at t = 0).
  assert.equal(s.input.nav_id, ids[1], 'Shift+Tab goes back one, to Play/Pause');
  const playing = s.playground.playing;
  await press_with_clock(page, ' ');
  s = await app_state(page);
  assert.equal(s.playground.playing, !playing, 'Space on the focused Play/Pause button toggles once');
  await press_with_clock(page, 'Enter');
  assert.equal((await app_state(page)).playground.playing, playing, 'Enter activates it too');
  await press_with_clock(page, 'Escape');
  s = await app_state(page);
  assert.equal(s.input.nav_visible, false, 'Escape hides the focus ring');
  await press_with_clock(page, ' ');
  assert.equal((await app_state(page)).playground.playing, !playing, 'and Space is the playback shortcut again');
  await context.close();
});

test('Tab goes on from the last control of a window to the next window; Shift+Tab comes back', async () => {
  const { context, page } = await open_page_with_clock(browser, server.base_url);
  await command(page, 'restart');
  await tab(page);
  let s = await app_state(page);
  const first_window = s.input.nav_window;
  assert.match(first_window, /###controls$/, 'the first Tab lands in the controls');
  // Tab through the controls (text fields start editing when tabbed into, as in ImGui: Escape ends that edit).
  const windows = [first_window];
  let last_in_first = 0;
  for (let i = 0; i < 80 && windows.length < 3; i++) {
    const before_id = s.input.nav_id;
    await tab(page);
    s = await app_state(page);
    if (s.input.text_active) {
      await press_with_clock(page, 'Escape');
      s = await app_state(page);
    }
    if (s.input.nav_window !== windows[windows.length - 1]) {
      if (windows.length === 1) last_in_first = before_id;
      windows.push(s.input.nav_window);
      assert.equal(s.input.nav_visible, true, `the focus ring shows in ${s.input.nav_window}`);
      assert.notEqual(s.input.nav_id, 0, 'on a control');
      if (windows.length === 2) await screenshot(page, 'keys-tab-next-window-1280x720.png');
    }
  }
  assert.ok(windows.length >= 3, `Tab reached other windows: ${JSON.stringify(windows)}`);
  // Back from the second window's first control to the first window's last control.
  while (s.input.nav_window !== windows[1]) { await shift_tab(page); s = await app_state(page); }
  for (let i = 0; i < 40 && s.input.nav_window === windows[1]; i++) {
    await shift_tab(page);
    s = await app_state(page);
  }
  assert.equal(s.input.nav_window, first_window, 'Shift+Tab goes back into the controls');
  assert.equal(s.input.nav_id, last_in_first, 'onto their last control');
  await press_with_clock(page, 'Escape');
  s = await app_state(page);
  assert.equal(s.input.nav_visible, false);
  const playing = s.playground.playing;
  await press_with_clock(page, ' ');
  assert.equal((await app_state(page)).playground.playing, !playing, 'Space is the playback shortcut again');
  await context.close();
});

test('with a field active, Space types a space', async () => {
  const { context, page } = await open_page_with_clock(browser, server.base_url);
  await page.evaluate(() => Module.ccall('looplab_command', null, ['string'], ['pause']));
  await page.clock.runFor(50);
  const s = await app_state(page);
  const at = centre_of(s.playground.widgets.delays_input);
  await click_with_clock(page, at.x, at.y);
  await page.keyboard.press('1');
  await press_with_clock(page, ' ');
  await page.keyboard.press('2');
  await page.clock.runFor(100);
  const after_typing = await app_state(page);
  assert.equal(after_typing.input.field_text, '1 2');
  assert.equal(after_typing.playground.playing, false, 'playback was not toggled');
  await context.close();
});
