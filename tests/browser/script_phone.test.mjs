// Browser test of the Script view's toolbar on a phone (390x844, issue 12): Open file and the share actions sit in
// a File menu, so Run, the playback buttons and the scrub slider stay inside the toolbar; a tap on File and on
// Download script (real mouse) saves script.py. Open file (desktop and phone) opens a .py file through the browser's
// file picker, and refuses a binary, an empty or a too big file with the drop path's notices.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { start_static_server, launch_browser, open_page_with_clock, app_state, command, centre_of,
         click_with_clock, screenshot, click_widget } from './harness.mjs';

let server, browser;
before(async () => { server = await start_static_server(); browser = await launch_browser(); });
after(async () => { await browser?.close(); await server?.close(); });

function view(state) { return state.playground.script_view; }

function inside(inner, outer) {
  return inner.x >= outer.x - 0.5 && inner.y >= outer.y - 0.5 && inner.x + inner.w <= outer.x + outer.w + 0.5 &&
         inner.y + inner.h <= outer.y + outer.h + 0.5;
}

test('on a phone Open file and the share actions are in a File menu and the toolbar keeps the scrub slider', async () => {
  const { context, page, record } = await open_page_with_clock(browser, server.base_url,
                                                               { viewport: { width: 390, height: 844 } });
  await page.clock.runFor(300);
  let s = await app_state(page);
  await click_widget(page, view(s).widgets.script_tab, 'the Script tab');
  await command(page, 'script:example:blog2016');
  for (let i = 0; i < 100 && (await app_state(page)).script.running; ++i) await page.clock.runFor(500);
  s = await app_state(page);
  const w = view(s).widgets;
  assert.equal(s.playground.layout, 'narrow');
  const toolbar = s.playground.windows.find((x) => x.name === 'Script toolbar');
  assert.ok(toolbar, 'the toolbar window is reported');
  for (const name of ['run_button', 'play_button', 'step_button', 'end_button', 'scrub_slider', 'file_menu_button']) {
    assert.ok(w[name].visible, `${name} is drawn`);
    assert.ok(inside(w[name], toolbar), `${name} fits inside the toolbar (${JSON.stringify(w[name])})`);
  }
  for (const name of ['open_file_button', 'copy_link_button', 'download_script_button', 'download_trace_button'])
    assert.equal(w[name].visible, false, `${name} waits in the menu`);
  await click_widget(page, w.file_menu_button, 'File');
  await page.clock.runFor(100);
  s = await app_state(page);
  assert.ok(view(s).widgets.download_script_button.visible, 'the menu shows Download script');
  await screenshot(page, 'script-phone-file-menu.png');
  const at = centre_of(view(s).widgets.download_script_button);
  const [download] = await Promise.all([page.waitForEvent('download'), click_with_clock(page, at.x, at.y)]);
  assert.equal(download.suggestedFilename(), 'script.py');
  assert.equal(fs.readFileSync(await download.path(), 'utf8'), view(s).editor_text);
  assert.deepEqual(record.page_errors, []);
  await context.close();
});

// Lets the opened script finish, then shows all of it (End, through the command hook).
async function run_to_end(page) {
  for (let i = 0; i < 40 && (await app_state(page)).script.running; ++i) await page.clock.runFor(500);
  await command(page, 'script:end');
  await page.clock.runFor(100);
}

// Chooses `file` in the picker that a click on Open file opens.
async function open_file_with_picker(page, rect, file) {
  const at = centre_of(rect);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click_with_clock(page, at.x, at.y)]);
  await chooser.setFiles(file);
  for (let i = 0; i < 20; ++i) await page.clock.runFor(100);  // the file is read asynchronously
}

test('Open file on the desktop opens a .py file and refuses binary, empty and too big files', async () => {
  const { context, page, record } = await open_page_with_clock(browser, server.base_url);
  await page.clock.runFor(300);
  let s = await app_state(page);
  await click_widget(page, view(s).widgets.script_tab, 'the Script tab');
  s = await app_state(page);
  const text = 'import asyncio\n\nasync def main():\n    await asyncio.sleep(0.01)\n    print("from a file")\n\n' +
               'asyncio.run(main())\n';
  await open_file_with_picker(page, view(s).widgets.open_file_button,
                              { name: 'mine.py', mimeType: 'text/x-python', buffer: Buffer.from(text) });
  await run_to_end(page);
  s = await app_state(page);
  assert.equal(view(s).editor_text, text, 'the editor holds the file');
  assert.equal(s.script.printed.at(-1), 'from a file');
  await screenshot(page, 'script-open-file.png');
  const refused = [
    [{ name: 'data.py', mimeType: 'application/octet-stream', buffer: Buffer.from([0, 159, 146, 150]) }, /is not a text file/],
    [{ name: 'empty.py', mimeType: 'text/x-python', buffer: Buffer.alloc(0) }, /is empty; not opened/],
    [{ name: 'big.py', mimeType: 'text/x-python', buffer: Buffer.alloc(1100000, 0x61) }, /larger than 1 MB/],
  ];
  for (const [file, message] of refused) {
    s = await app_state(page);
    await open_file_with_picker(page, view(s).widgets.open_file_button, file);
    s = await app_state(page);
    assert.match(s.playground.notices.at(-1), message, file.name);
    assert.equal(view(s).editor_text, text, `${file.name} leaves the script as it was`);
  }
  assert.deepEqual(record.page_errors, []);
  await context.close();
});

test('Open file on a phone is in the File menu', async () => {
  const { context, page, record } = await open_page_with_clock(browser, server.base_url,
                                                               { viewport: { width: 390, height: 844 } });
  await page.clock.runFor(300);
  let s = await app_state(page);
  await click_widget(page, view(s).widgets.script_tab, 'the Script tab');
  s = await app_state(page);
  await click_widget(page, view(s).widgets.file_menu_button, 'File');
  await page.clock.runFor(100);
  s = await app_state(page);
  const text = 'print("phone file")\n';
  await open_file_with_picker(page, view(s).widgets.open_file_button,
                              { name: 'phone.py', mimeType: 'text/x-python', buffer: Buffer.from(text) });
  await run_to_end(page);
  s = await app_state(page);
  assert.equal(view(s).editor_text, text);
  assert.deepEqual(s.script.printed, ['phone file']);
  assert.deepEqual(record.page_errors, []);
  await context.close();
});
