// Browser test of zoom and screen changes: a devicePixelRatio change after load (the DevTools protocol's
// device-metrics override, as browser zoom or a move to another screen does) is followed: the canvas backing
// store is resized, the font is re-rasterised at the new ratio, and the state reports both.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { start_static_server, launch_browser, open_page_with_clock, app_state, screenshot_dir } from './harness.mjs';

let server, browser;
before(async () => { server = await start_static_server(); browser = await launch_browser(); });
after(async () => { await browser?.close(); await server?.close(); });

async function canvas_backing(page) {
  return page.evaluate(() => {
    const c = document.getElementById('canvas');
    return { w: c.width, h: c.height, css_w: c.clientWidth, css_h: c.clientHeight, dpr: window.devicePixelRatio };
  });
}

test('a devicePixelRatio change after load re-rasterises the font and resizes the backing store', async () => {
  const { context, page, record } = await open_page_with_clock(browser, server.base_url);
  let s = await app_state(page);
  assert.equal(s.device_pixel_ratio, 1);
  assert.equal(s.font_pixel_ratio, 1);
  const first_generation = s.font_atlas_generation;
  assert.equal(first_generation, 1, 'one atlas at load');
  const cdp = await context.newCDPSession(page);
  let generation = first_generation;
  for (const ratio of [2, 1.5, 1]) {
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1280, height: 720, deviceScaleFactor: ratio,
                                                           mobile: false });
    await page.clock.runFor(300);
    s = await app_state(page);
    const canvas = await canvas_backing(page);
    assert.equal(canvas.dpr, ratio, 'the page sees the new ratio');
    assert.equal(s.device_pixel_ratio, ratio, `the app follows ${ratio}`);
    assert.equal(s.font_pixel_ratio, ratio, 'the font was rasterised for it');
    assert.equal(canvas.w, Math.floor(canvas.css_w * ratio), 'the backing store has device pixels');
    assert.equal(s.font_atlas_generation, ++generation, 'the font atlas was rebuilt, once');
  }
  // At 2: the DevTools protocol's own capture keeps the override (Playwright's screenshot would re-apply 1).
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1280, height: 720, deviceScaleFactor: 2,
                                                         mobile: false });
  await page.clock.runFor(300);
  assert.equal((await app_state(page)).font_pixel_ratio, 2);
  const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
  fs.mkdirSync(screenshot_dir, { recursive: true });
  fs.writeFileSync(path.join(screenshot_dir, 'zoom-dpr2-1280x720.png'), Buffer.from(data, 'base64'));
  const detail = await cdp.send('Page.captureScreenshot', { format: 'png',
                                                          clip: { x: 0, y: 0, width: 350, height: 200, scale: 1 } });
  fs.writeFileSync(path.join(screenshot_dir, 'zoom-dpr2-controls-detail.png'), Buffer.from(detail.data, 'base64'));
  assert.deepEqual(record.page_errors, []);
  assert.deepEqual(record.console_errors, []);
  await context.close();
});
