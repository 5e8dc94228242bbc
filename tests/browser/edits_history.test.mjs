// Browser tests of typed settings as a person makes them: a task count that is no number keeps the previous one
// with a notice; typed delays decide the task count of a page opened with one; a limit above the task count is
// clamped to it with a notice; each committed change is one history entry that Back undoes (a drag is one).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start_static_server, launch_browser, open_page_with_clock, app_state, centre_of, click_with_clock,
         press_with_clock, screenshot } from './harness.mjs';

let server, browser;
before(async () => { server = await start_static_server(); browser = await launch_browser(); });
after(async () => { await browser?.close(); await server?.close(); });

// Clicks a text field with the real mouse, selects its text and types over it, then Enter commits.
async function type_into(page, widget_name, text) {
  const at = centre_of((await app_state(page)).playground.widgets[widget_name]);
  await click_with_clock(page, at.x, at.y);
  assert.equal((await app_state(page)).input.text_active, true, `${widget_name} is being edited`);
  await page.keyboard.press('Control+A');
  await page.clock.runFor(100);
  await page.keyboard.type(text);
  await page.clock.runFor(200);
  await press_with_clock(page, 'Enter');
  return (await app_state(page)).playground;
}

async function history_length(page) { return page.evaluate(() => history.length); }

async function go_back(page) {
  await page.evaluate(() => history.back());
  await page.waitForFunction(() => true);
  await page.clock.runFor(300);
}

test("typing 'abc' as the task count keeps the previous count and a notice says why", async () => {
  const { context, page, record } = await open_page_with_clock(browser, server.base_url + '#tasks=12');
  const pg = await type_into(page, 'task_count_input', 'abc');
  assert.equal(pg.settings.tasks, 12, 'the previous count, not the default 9');
  assert.ok(pg.notices.some((n) => n === "tasks: 'abc' is not a whole number (accepted 1..100000); kept 12"),
            pg.notices.join(' | '));
  assert.ok(pg.drawn_texts.some((d) => d.text.includes("'abc' is not a whole number")), 'the notice is drawn');
  assert.equal((await app_state(page)).input.field_text, '', 'the edit ended');
  await screenshot(page, 'edits-abc-notice-1280x720.png');
  assert.deepEqual(record.page_errors, []);
  await context.close();
});

test('typed delays 1,2 on a page opened with #tasks=5 give 2 tasks and no conflict notice', async () => {
  const { context, page } = await open_page_with_clock(browser, server.base_url + '#tasks=5');
  const pg = await type_into(page, 'delays_input', '1,2');
  assert.equal(pg.settings.tasks, 2);
  assert.equal(pg.settings.explicit_delays, true);
  assert.deepEqual(pg.notices, [], 'the user typed no task count in this edit');
  await context.close();
  // A link that gives both in conflict still says so.
  const both = await open_page_with_clock(browser, server.base_url + '#tasks=5&delays=1,2');
  const pg2 = (await app_state(both.page)).playground;
  assert.equal(pg2.settings.tasks, 2);
  assert.ok(pg2.notices.some((n) => n.startsWith("tasks: '5' conflicts with the 2 delays given")), pg2.notices);
  await both.context.close();
});

test('limit=999 in the link and typed into the slider is clamped to the task count, with a notice', async () => {
  const { context, page } = await open_page_with_clock(browser, server.base_url + '#tasks=3&limit=999');
  let pg = (await app_state(page)).playground;
  assert.equal(pg.settings.limit, 3, 'the slider sits at its end, the task count');
  assert.ok(pg.notices.some((n) => n === "limit: '999' is out of range (accepted 0..3); using 3"), pg.notices);
  const slider = pg.widgets.limit_slider;
  assert.ok(pg.drawn_texts.some((d) => d.text === '3' && d.x > slider.x && d.x < slider.x + slider.w),
            'the slider shows 3');
  assert.equal(await page.evaluate(() => window.location.hash), '#tasks=3&limit=3', 'the link is corrected');
  await screenshot(page, 'edits-limit-clamped-1280x720.png');
  await context.close();
  // Typed: Ctrl+click turns the slider into a field.
  const typed = await open_page_with_clock(browser, server.base_url + '#tasks=3');
  await typed_limit(typed.page, slider);
  await typed.context.close();
});

async function typed_limit(page, slider) {
  await page.keyboard.down('Control');
  await click_with_clock(page, slider.x + slider.w / 2, slider.y + slider.h / 2);
  await page.keyboard.up('Control');
  assert.equal((await app_state(page)).input.text_active, true, 'Ctrl+click edits the limit as text');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('999');
  await page.clock.runFor(200);
  await press_with_clock(page, 'Enter');
  const pg = (await app_state(page)).playground;
  assert.equal(pg.settings.limit, 3);
  assert.ok(pg.notices.some((n) => n === "limit: '999' is out of range (accepted 0..3); using 3"), pg.notices);
}

test('Back undoes one change at a time; a slider drag is one history entry', async () => {
  const { context, page, record } = await open_page_with_clock(browser, server.base_url);
  const start = await history_length(page);
  let pg = await type_into(page, 'task_count_input', '5');
  assert.equal(pg.settings.tasks, 5);
  assert.equal(await history_length(page), start + 1, 'the first change pushed one entry');
  pg = await type_into(page, 'delays_input', '1,2,0');
  assert.equal(pg.settings.tasks, 3);
  assert.equal(await history_length(page), start + 2, 'the second change pushed one more');

  // A drag over many frames of the task slider: one entry.
  const slider = pg.widgets.task_count_slider;
  const y = slider.y + slider.h / 2;
  await page.mouse.move(slider.x + slider.w * 0.1, y);
  await page.clock.runFor(100);
  await page.mouse.down();
  for (let i = 2; i <= 6; i++) {
    await page.mouse.move(slider.x + slider.w * (0.05 * i), y);
    await page.clock.runFor(100);
  }
  await page.mouse.up();
  await page.clock.runFor(200);
  pg = (await app_state(page)).playground;
  assert.equal(pg.settings.explicit_delays, false, 'the drag changed the task count');
  const dragged = pg.settings.tasks;
  assert.equal(await history_length(page), start + 3, 'the whole drag is one entry');

  await go_back(page);
  pg = (await app_state(page)).playground;
  assert.equal(pg.settings.tasks, 3, 'Back: the second change');
  assert.equal(pg.settings.explicit_delays, true);
  await go_back(page);
  pg = (await app_state(page)).playground;
  assert.equal(pg.settings.tasks, 5, "Back again: the first change's settings");
  assert.equal(pg.settings.explicit_delays, false);
  await go_back(page);
  pg = (await app_state(page)).playground;
  assert.equal(pg.settings.tasks, 9, 'and again: the original');
  assert.equal(await page.evaluate(() => window.location.hash), '');
  await page.evaluate(() => history.forward());
  await page.clock.runFor(300);
  assert.equal((await app_state(page)).playground.settings.tasks, 5, 'Forward redoes');
  assert.equal(await history_length(page), start + 3, 'going back and forth added no entries');
  assert.notEqual(dragged, 5);
  assert.deepEqual(record.page_errors, []);
  await context.close();
});
