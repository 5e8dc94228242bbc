// Browser test of the steady layout: the Speedup block keeps its height and notices sit below every control, so
// the task slider's rectangle is the same while a run plays, after it ends and with a notice showing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start_static_server, launch_browser, open_page_with_clock, app_state, command, screenshot }
  from './harness.mjs';

let server, browser;
before(async () => { server = await start_static_server(); browser = await launch_browser(); });
after(async () => { await browser?.close(); await server?.close(); });

for (const [w, h, text] of [[1280, 720, 100], [1920, 1080, 250]]) {
  test(`the task slider stays put while playing, at the end and with a notice (${w}x${h}, text ${text} %)`,
       async () => {
    const { context, page, record } = await open_page_with_clock(browser, server.base_url + `#text=${text}`,
                                                                 { viewport: { width: w, height: h } });
    const rect = (s) => JSON.stringify(s.playground.widgets.task_count_slider);
    await command(page, 'play');
    await page.clock.runFor(200);
    const playing = await app_state(page);
    assert.equal(playing.playground.playing, true);
    assert.equal(playing.playground.widgets.task_count_slider.visible, true);
    await command(page, 'end');
    await page.clock.runFor(100);
    const ended = await app_state(page);
    assert.ok(ended.playground.speedup > 0, 'the speedup shows');
    assert.equal(rect(ended), rect(playing), 'same rectangle after the end');
    await command(page, 'nonsense-verb');
    await page.clock.runFor(100);
    const noticed = await app_state(page);
    assert.ok(noticed.playground.notices.length > 0, 'a notice shows');
    assert.equal(rect(noticed), rect(playing), 'same rectangle with a notice');
    await screenshot(page, `steady-layout-${w}x${h}-text${text}.png`);
    assert.deepEqual(record.page_errors, []);
    await context.close();
  });
}
