// Browser-test harness: serves the static site on 127.0.0.1, launches Debian's Chromium through playwright-core,
// records console errors, page errors and every request, and offers the page's hooks to the tests.
import { createRequire } from 'node:module';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repo_root = path.resolve(here, '../..');
// playwright-core lives in the browser-test package under web/ (npm ci there).
const require_from_web = createRequire(path.join(repo_root, 'web/package.json'));
const { chromium } = require_from_web('playwright-core');

export const site_dir = path.resolve(process.env.LOOPLAB_SITE_DIR || path.join(repo_root, 'build/web-release/site'));
export const screenshot_dir = path.resolve(process.env.LOOPLAB_SCREENSHOT_DIR ||
                                           path.join(repo_root, 'build/web-release/screenshots'));

const content_types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json',
};

// A minimal static server for the site folder, bound to 127.0.0.1 on a free port.
export async function start_static_server() {
  const server = http.createServer((req, res) => {
    const url_path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    const file = path.join(site_dir, url_path === '/' ? 'index.html' : url_path);
    if (!file.startsWith(site_dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404); res.end('not found'); return;
    }
    res.writeHead(200, { 'Content-Type': content_types[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { server, base_url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(r)) };
}

export const chromium_args = ['--no-sandbox', '--enable-unsafe-swiftshader', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export async function launch_browser() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: chromium_args });
}

// Opens a page and records what it says: console errors, page errors and every request URL.
export async function open_page(browser, url, { viewport = { width: 1280, height: 720 }, device_scale_factor = 1,
                                                 before_goto = null } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: device_scale_factor,
                                             acceptDownloads: true, hasTouch: viewport.width < 600 });
  const page = await context.newPage();
  const record = { console_errors: [], page_errors: [], requests: [] };
  page.on('console', (msg) => { if (msg.type() === 'error') record.console_errors.push(msg.text()); });
  page.on('pageerror', (err) => record.page_errors.push(String(err)));
  page.on('request', (req) => record.requests.push(req.url()));
  if (before_goto) await before_goto(page);
  await page.goto(url);
  return { context, page, record };
}

// Waits until the app has drawn at least `count` frames (through the exported hook).
export async function wait_for_frames(page, count, timeout = 20000) {
  await page.waitForFunction((n) => window.Module && Module.looplabReady &&
                                     Module._looplab_frame_count() >= n, count, { timeout });
}

// The app's state, as the page's hook reports it.
export async function app_state(page) {
  return page.evaluate(() => JSON.parse(Module.UTF8ToString(Module._looplab_state_json())));
}

// A click that a frame is sure to see: press, hold ~100 ms, release (a shorter press can fall between two frames).
export async function click_at(page, x, y) {
  await page.mouse.move(x, y);
  await page.waitForTimeout(100);
  await page.mouse.down();
  await page.waitForTimeout(100);
  await page.mouse.up();
  await page.waitForTimeout(100);
}

export async function screenshot(page, name) {
  fs.mkdirSync(screenshot_dir, { recursive: true });
  const file = path.join(screenshot_dir, name);
  await page.screenshot({ path: file });
  return file;
}

// Installs Playwright's fake clock paused (call before page.goto): fake time moves only in runFor, so frames run
// only when the test says, fast and exact. (An installed clock left flowing draws frames in real time between a
// test's steps, and each page.evaluate then waits for them.)
export async function install_paused_clock(page) {
  const now = Date.now();
  await page.clock.install({ time: now });
  await page.clock.pauseAt(now + 1000);
}

// Runs a paused clock in 50 ms steps until the app has drawn `count` frames (the wasm loads in real time meanwhile).
export async function run_until_frames(page, count, timeout_ms = 60000) {
  const deadline = Date.now() + timeout_ms;
  const drawn = (n) => window.Module && Module.looplabReady && Module._looplab_frame_count() >= n;
  while (!(await page.evaluate(drawn, count))) {
    if (Date.now() > deadline) throw new Error(`the page drew fewer than ${count} frames in ${timeout_ms} ms`);
    await page.clock.runFor(50);
  }
}

// Opens the page on the paused fake clock and runs it until the first frames are drawn.
export async function open_page_with_clock(browser, url, options = {}) {
  const before_goto = async (p) => {
    if (options.before_goto) await options.before_goto(p);
    await install_paused_clock(p);
  };
  const opened = await open_page(browser, url, { ...options, before_goto });
  await run_until_frames(opened.page, 1);
  return opened;
}

// The playground part of the app's state.
export async function playground_state(page) {
  return (await app_state(page)).playground;
}

// Runs a playground command through the page's hook ("pause", "step", "scrub:1500", ...).
export async function command(page, verb) {
  await page.evaluate((v) => Module.looplabCallWithText('looplab_command', v), verb);
  await page.clock.runFor(50);  // let a few frames draw the result
}

// The centre of a widget rectangle from the state JSON.
export function centre_of(widget) {
  return { x: widget.x + widget.w / 2, y: widget.y + widget.h / 2 };
}

// A click through the fake clock: press, ~100 ms of frames, release, a few frames.
export async function click_with_clock(page, x, y) {
  await page.mouse.move(x, y);
  await page.clock.runFor(100);
  await page.mouse.down();
  await page.clock.runFor(100);
  await page.mouse.up();
  await page.clock.runFor(100);
}

// A click through the fake clock at the centre of a widget rectangle from the state JSON; it must be on screen.
export async function click_widget(page, rect, what) {
  if (!rect || !rect.visible) throw new Error(`${what} is not on screen`);
  const at = centre_of(rect);
  await click_with_clock(page, at.x, at.y);
}

// Runs the fake clock in 250 ms steps until the Script view's script has finished (at most limit_ms of fake time),
// then returns the app state.
export async function run_until_finished(page, limit_ms = 60000) {
  for (let t = 0; t < limit_ms; t += 250) {
    const s = await app_state(page);
    if (!s.script.running) return s;
    await page.clock.runFor(250);
  }
  return app_state(page);
}

// A key press that frames see (held ~100 ms of fake time).
export async function press_with_clock(page, key) {
  await page.keyboard.down(key);
  await page.clock.runFor(100);
  await page.keyboard.up(key);
  await page.clock.runFor(50);
}
