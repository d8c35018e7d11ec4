// Every example of the seed texts, opened from the gallery and run in the
// page: the output pane must show CPython 3.11's recorded stdout and
// stderr (tests/conformance/NNN.out/.err, the file name read as main.py,
// caret lines optional) line for line, and the lanes that printed must be
// as many as the tasks that printed in CPython's run.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { expectedLines, isCaret, outputLines, runEnded, screenshots, start } from "./harness.mjs";

let env;
let page;

before(async () => {
  env = await start();
  page = await env.open();
});

after(async () => {
  await env?.stop();
});

// How many lanes print in each seed run (main thread / tasks), where it is
// more than one: which task printed is visible in CPython only through
// the program's logic, so these are read off the scripts.
const PRINTING_LANES = {
  "509_async_seed_handle_clients": 2,
  "510_async_seed_handle_clients_timed": 4,
  "503_async_seed_async_delivery": 4,
  "514_async_seed_say_after_tasks": 3,
  "512_async_seed_nested_task": 2,
  "519_async_seed_loop_run_forever": 3,
};

test("every seed example prints what CPython printed, in order", async (t) => {
  const cards = await page.locator(".shelf").first().locator(".card").evaluateAll((cards) =>
    cards.map((card) => ({ id: card.dataset.example, corpus: card.dataset.corpus })),
  );
  assert.ok(cards.length >= 20, `only ${cards.length} seed examples`);
  for (const { id, corpus } of cards) {
    const started = Date.now();
    await page.locator(`[data-example="${id}"] .open-button`).click();
    await runEnded(page);
    const lines = await outputLines(page);
    const expected = await expectedLines(corpus);
    assert.deepEqual(lines.filter((l) => l.stream === "stdout").map((l) => l.text), expected.out, `${id}: stdout`);
    assert.deepEqual(lines.filter((l) => l.stream === "stderr" && !isCaret(l.text)).map((l) => l.text), expected.err, `${id}: stderr`);
    const lanes = new Set(lines.filter((l) => l.stream === "stdout").map((l) => l.lane)).size;
    if (corpus in PRINTING_LANES) assert.equal(lanes, PRINTING_LANES[corpus], `${id}: lanes that printed`);
    t.diagnostic(`${id}: ${lines.length} lines, ${lanes} lane(s), ${Date.now() - started} ms`);
    if (id === "say-after-tasks") await page.screenshot({ path: path.join(screenshots, "seed-say-after-tasks.png") });
  }
});

test("no request fails and the page logs no error", () => {
  assert.deepEqual(env.problems, []);
});
