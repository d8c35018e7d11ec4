// The Gantt chart inside the page, in headless Chromium: a script run with
// the Run button draws its lanes while it runs, and the chart, the editor
// and the output point at one another through the shared selection —
// clicking a span highlights its source line, clicking a print marker its
// output line, clicking an output line its marker. Uses the page tests'
// harness (server, browser, editor helpers). Screenshots go to target/e2e/.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { eventually, output, runButton, runEnded, screenshots, setScript, start } from "./harness.mjs";

// Three workers under gather: five lanes (main thread, main(), a, b, c).
const WORKERS = `import asyncio


async def worker(name, delay):
    print(f"{name} starts")
    await asyncio.sleep(delay)
    print(f"{name} done")
    return name


async def main():
    results = await asyncio.gather(worker("a", 0.3), worker("b", 0.1), worker("c", 0.2))
    print(results)


asyncio.run(main())
`;

let env;
let page;
const timeline = () => page.getByRole("region", { name: "Timeline", exact: true });
const selectedLine = () => page.locator(".cm-selected-line").allInnerTexts();

before(async () => {
  env = await start();
  page = await env.open();
});

after(async () => {
  await env?.stop();
});

test("Run draws one lane per task in the Timeline", async (t) => {
  await setScript(page, WORKERS);
  const started = Date.now();
  await runButton(page).click();
  await runEnded(page);
  await eventually(() => timeline().getAttribute("data-lanes"), (n) => n === "5", "the run's five lanes");
  await eventually(() => timeline().getAttribute("data-render-ms"), Boolean, "the chart was never drawn");
  t.diagnostic(`Run click → run ended and Gantt drawn: ${Date.now() - started} ms (chart ${await timeline().getAttribute("data-render-ms")} ms)`);
  const labels = await timeline().getByRole("rowheader").allInnerTexts();
  assert.equal(labels.length, 5);
  assert.match(labels[0], /MainThread/, "the event loop's lane on top");
  assert.equal(await timeline().locator(".gantt-print").count(), 7, "a marker per print");
  await page.screenshot({ path: path.join(screenshots, "gantt-page.png") });
});

test("clicking a span highlights its source line in the editor", async () => {
  await timeline().locator('.gantt-row[data-lane="2"] .gantt-span.s-waiting').click();
  await eventually(selectedLine, (lines) => lines.some((l) => l.includes("await asyncio.sleep(delay)")), "the await's line is not highlighted");
});

test("clicking a print marker highlights its output line and source line", async () => {
  await timeline().locator('.gantt-row[data-lane="4"] .gantt-print').first().click();
  await eventually(
    () => output(page).locator(".out-line.selected .text").allInnerTexts(),
    (texts) => texts.length === 1 && texts[0] === "c starts",
    "the print's output line is not selected",
  );
  await eventually(selectedLine, (lines) => lines.some((l) => l.includes('print(f"{name} starts")')), "the print's line is not highlighted");
});

test("clicking an output line selects its print in the Timeline", async () => {
  await output(page).locator(".out-line", { hasText: "b done" }).click();
  await eventually(() => timeline().getAttribute("data-selected-lane"), (lane) => lane === "3", "the Timeline did not follow the output");
  const marked = timeline().locator('.gantt-row[data-lane="3"] .gantt-print.is-selected');
  await eventually(() => marked.count(), (n) => n === 1, "the print's marker is not selected");
  assert.match(await marked.getAttribute("aria-label"), /Task-3 printed “b done”/);
  await page.screenshot({ path: path.join(screenshots, "gantt-page-selected.png") });
});

test("the page logs no error and no request fails", () => {
  assert.deepEqual(env.problems, []);
});
