// Browser tests of the page's robustness: WebGL context loss and restore, requests only for its own files,
// and a Content-Security-Policy that the Emscripten output lives with (no eval, no inline script).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { start_static_server, launch_browser, open_page, wait_for_frames, app_state, site_dir }
  from './harness.mjs';

let server, browser;
before(async () => { server = await start_static_server(); browser = await launch_browser(); });
after(async () => { await browser?.close(); await server?.close(); });

test('a lost WebGL context is restored and the app carries on with its state', async () => {
  const { context, page, record } = await open_page(browser, server.base_url);
  await wait_for_frames(page, 10);
  await page.evaluate(() => {
    window.looplab_test_lose = document.getElementById('canvas').getContext('webgl2').getExtension('WEBGL_lose_context');
    window.looplab_test_lose.loseContext();
  });
  await page.waitForFunction(() => JSON.parse(Module.UTF8ToString(Module._looplab_state_json())).gl_context_lost);
  const lost = await app_state(page);
  await page.evaluate(() => window.looplab_test_lose.restoreContext());
  await page.waitForFunction(() => JSON.parse(Module.UTF8ToString(Module._looplab_state_json())).gl_context_restores === 1);
  await wait_for_frames(page, lost.frame_count + 10);
  const restored = await app_state(page);
  assert.equal(restored.gl_context_lost, false);
  assert.ok(restored.frame_count > lost.frame_count, 'frames go on after the restore');
  assert.deepEqual(record.page_errors, []);
  assert.deepEqual(record.console_errors, []);
  assert.equal(await page.isVisible('#fatal'), false, 'no fatal message after a successful restore');
  await context.close();
});

test('the page requests nothing but its own files', async () => {
  const { context, page, record } = await open_page(browser, server.base_url);
  await wait_for_frames(page, 30);
  const foreign = record.requests.filter((url) => !url.startsWith(server.base_url));
  assert.deepEqual(foreign, []);
  for (const url of record.requests) {
    const file = new URL(url).pathname.slice(1) || 'index.html';
    assert.ok(fs.existsSync(path.join(site_dir, file)), `${url} is a file of the static site`);
  }
  await context.close();
});

test('the shell carries a strict CSP and the output needs no eval', async () => {
  const html = fs.readFileSync(path.join(site_dir, 'index.html'), 'utf8');
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/);
  assert.ok(csp, 'the shell has a CSP meta tag');
  assert.match(csp[1], /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp[1], /unsafe-inline|'unsafe-eval'/);
  assert.doesNotMatch(html, /<script>|<script [^>]*>[^<]+<\/script>|<style|\son[a-z]+=/i, 'no inline script, style or handler');
  const js = fs.readFileSync(path.join(site_dir, 'index.js'), 'utf8');
  assert.doesNotMatch(js, /\beval\(|new Function\(/);
});

test('a context that never comes back gives a clear message with a reload button, not an alert', async () => {
  const { context, page, record } = await open_page(browser, server.base_url, {
    before_goto: async (p) => { await p.clock.install(); } });
  let dialogs = 0;
  page.on('dialog', async (d) => { dialogs++; await d.dismiss(); });
  await page.clock.runFor(2000);
  await wait_for_frames(page, 10);
  await page.evaluate(() => document.getElementById('canvas').getContext('webgl2')
                                  .getExtension('WEBGL_lose_context').loseContext());
  await page.clock.runFor(8000);
  await page.waitForSelector('#fatal', { state: 'visible' });
  assert.match(await page.textContent('#fatal-message'), /WebGL\) was lost/);
  assert.equal(await page.isVisible('#fatal-reload'), true);
  assert.equal(dialogs, 0);
  assert.deepEqual(record.page_errors, []);
  await context.close();
});
