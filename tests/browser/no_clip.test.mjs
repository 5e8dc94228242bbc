// Browser test: no label is cut off at 1280x720, 1920x1080 and a 390x844 phone, at text 100 % and 250 %. The state
// hook lists every label the panels drew with the width it needs and the width its item leaves it (and, in windows
// that do not scroll, the bottom it must end above); every one must fit, in every view, playing and at the end.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start_static_server, launch_browser, open_page_with_clock, app_state, command, screenshot,
         centre_of, click_with_clock } from './harness.mjs';

let server, browser;
before(async () => { server = await start_static_server(); browser = await launch_browser(); });
after(async () => { await browser?.close(); await server?.close(); });

// The labels that do not fit, as readable lines for the assertion message.
function clipped(state) {
  return state.playground.drawn_texts
    .filter((t) => t.w > t.available_w + 1 || t.y + t.h > t.available_bottom + 1)
    .map((t) => `'${t.text}' needs ${t.w.toFixed(0)} x ${t.h.toFixed(0)} at (${t.x.toFixed(0)}, ${t.y.toFixed(0)}), ` +
                `has ${t.available_w.toFixed(0)} wide, bottom ${t.available_bottom.toFixed(0)}`);
}

async function expect_nothing_clipped(page, what) {
  const s = await app_state(page);
  assert.ok(s.playground.drawn_texts.length > 10, `${what}: the labels were recorded`);
  assert.deepEqual(clipped(s), [], `${what}: labels cut off`);
  return s;
}

const sizes = [[1280, 720], [1920, 1080], [390, 844]];
for (const [w, h] of sizes) {
  for (const text of [100, 250]) {
    test(`no label is cut off at ${w}x${h}, text ${text} %`, async () => {
      const phone = w < 600;
      const { context, page, record } = await open_page_with_clock(
        browser, server.base_url + `#text=${text}&limit=3&block=2`,
        { viewport: { width: w, height: h }, device_scale_factor: phone ? 2 : 1 });
      await command(page, 'play');
      await page.clock.runFor(300);
      await screenshot(page, `no-clip-${w}x${h}-text${text}-playing.png`);
      await expect_nothing_clipped(page, 'playing');
      await command(page, 'end');
      let s = await expect_nothing_clipped(page, 'ended');
      await screenshot(page, `no-clip-${w}x${h}-text${text}.png`);
      for (const tab of phone || s.playground.layout === 'narrow'
        ? ['settings', 'console', 'python', 'monte_carlo'] : ['python', 'monte_carlo']) {
        await command(page, `tab:${tab}`);
        await page.clock.runFor(100);
        await expect_nothing_clipped(page, `${tab} view`);
        if (tab === 'settings') await screenshot(page, `no-clip-${w}x${h}-text${text}-settings.png`);
      }
      // The introduction's "?" opens the help, which fits the display too.
      await command(page, phone || s.playground.layout === 'narrow' ? 'tab:lanes' : 'tab:console');
      await page.clock.runFor(100);
      s = await app_state(page);
      const intro = s.playground.drawn_texts.find((t) => t.text.startsWith('The same tasks'));
      assert.ok(intro, 'the introduction is drawn');
      const help = centre_of(s.playground.widgets.help_button);
      await click_with_clock(page, help.x, help.y);
      s = await expect_nothing_clipped(page, 'help');
      assert.equal(s.playground.help_open, true, '"?" opened the help');
      const box = s.playground.widgets.help_window;
      assert.ok(box.x >= 0 && box.y >= 0 && box.x + box.w <= w && box.y + box.h <= h,
                `the help fits the ${w}x${h} display: ${JSON.stringify(box)}`);
      assert.ok(s.playground.drawn_texts.some((t) => t.text.includes('Lower lane (concurrent)')), 'it explains the lanes');
      await screenshot(page, `no-clip-${w}x${h}-text${text}-help.png`);
      await command(page, 'play');  // a frame with the help open
      await page.keyboard.press('Escape');
      await page.clock.runFor(100);
      assert.equal((await app_state(page)).playground.help_open, false, 'Escape closes it');
      assert.deepEqual(record.page_errors, []);
      await context.close();
    });
  }
}

test('at 1920x1080 the nine lane rows grow to fill the lane', async () => {
  const { context, page } = await open_page_with_clock(browser, server.base_url, { viewport: { width: 1920, height: 1080 } });
  const s = (await app_state(page)).playground;
  const rows = s.widgets.sequential_rows;
  assert.equal(rows.visible, true);
  assert.ok(9 * s.sequential_row_height >= 0.8 * rows.h,
            `9 rows of ${s.sequential_row_height} px fill most of the ${rows.h} px rows area`);
  await context.close();
});

test('at 1280x720 and text 250 % the first lane shows at least two rows without scrolling', async () => {
  const { context, page } = await open_page_with_clock(browser, server.base_url + '#text=250',
                                                       { viewport: { width: 1280, height: 720 } });
  const s = (await app_state(page)).playground;
  const rows = s.widgets.sequential_rows;
  const on_screen = (720 - rows.y) / s.sequential_row_height;
  assert.ok(on_screen >= 2, `${on_screen.toFixed(2)} rows of ${s.sequential_row_height} px start above the bottom`);
  assert.ok(s.drawn_texts.some((t) => t.text === 'sleeping'), 'one legend, under the lanes');
  await screenshot(page, 'no-clip-1280x720-text250-lanes.png');
  await context.close();
});
