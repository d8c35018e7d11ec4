// The playground page in real headless Chromium: its parts under their
// accessible names, running, Ctrl+Enter, output as text, syntax errors,
// traceback links, Stop, autosave, the gallery's keeping of the user's
// script, languages and themes (the system's, followed until one is
// picked). Screenshots go to target/e2e/. Run by `cargo xtask test` after
// the release build; alone: `node --test tests/e2e/` once dist/ exists.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import {
  code,
  editorText,
  eventually,
  output,
  outputLines,
  progress,
  runButton,
  runEnded,
  screenshots,
  setScript,
  start,
  stopButton,
} from "./harness.mjs";

let env;
let page;

before(async () => {
  env = await start();
});

after(async () => {
  await env?.stop();
});

const shot = (name, target = page) => target.screenshot({ path: path.join(screenshots, `${name}.png`) });

test("the page shows its parts under their accessible names", async (t) => {
  const started = Date.now();
  page = await env.open();
  t.diagnostic(`editor ready ${Date.now() - started} ms after navigation`);
  assert.match(await code(page).innerText(), /asyncio/, "the editor opens with the example script");
  await runButton(page).waitFor();
  await stopButton(page).waitFor();
  assert.equal(await stopButton(page).isDisabled(), true, "Stop is disabled while nothing runs");
  for (const name of ["Output", "Timeline", "Examples"]) {
    await page.getByRole("region", { name, exact: true }).waitFor();
  }
  await shot("loaded");
});

test("Run prints each line with its time and lane, in CPython's order", async () => {
  await runButton(page).click();
  assert.equal(await runEnded(page), "finished");
  const lines = await outputLines(page);
  assert.deepEqual(lines.map((l) => l.text), ["hello, asyncio", "hello, world"]);
  const stamps = await output(page).locator(".out-line .stamp").allInnerTexts();
  assert.deepEqual(stamps, ["0.500", "1.000"]);
  assert.equal(new Set(lines.map((l) => l.lane)).size, 2, "two tasks printed");
  assert.match(await progress(page).innerText(), /t = 1 s/);
  await shot("playground");
});

test("Ctrl+Enter runs, and printed markup stays text", async () => {
  await setScript(page, 'print("<img src=x onerror=alert(1)>")\nprint("<b>bold</b>")\n');
  await page.keyboard.press("ControlOrMeta+Enter");
  await eventually(() => outputLines(page), (l) => l.length === 2, "the script's two lines");
  const lines = await outputLines(page);
  assert.deepEqual(lines.map((l) => l.text), ["<img src=x onerror=alert(1)>", "<b>bold</b>"]);
  assert.equal(await output(page).locator("img, b").count(), 0, "no element made from the output");
  assert.equal(await editorText(page), 'print("<img src=x onerror=alert(1)>")\nprint("<b>bold</b>")\n', "Ctrl+Enter inserted no newline");
});

test("a syntax error is underlined where CPython puts it, with its message", async () => {
  await setScript(page, "x = 1\nprint(x +)\n");
  await runButton(page).click();
  assert.equal(await runEnded(page), "failed");
  const marker = page.locator(".editor .cm-syntax-error");
  await marker.first().waitFor();
  assert.match(await marker.first().getAttribute("title"), /^SyntaxError: /);
  const lines = await outputLines(page);
  assert.ok(lines.some((l) => l.stream === "stderr" && /^SyntaxError: /.test(l.text)), JSON.stringify(lines));
  assert.match(await page.locator(".editor .cm-error-line").innerText(), /print\(x \+\)/);
  assert.match(await output(page).locator(".out-line .who").first().innerText(), /MainThread/, "CPython itself reports it, on the main thread");
  await shot("syntax-error");
  await code(page).click();
  await page.keyboard.press("End");
  await page.keyboard.type(" ");
  assert.equal(await marker.count(), 0, "editing clears the marker");
});

test("a syntax error is marked once typing pauses, without Run and without scrolling", async () => {
  const filler = Array.from({ length: 150 }, (_, i) => `n${i} = ${i}`).join("\n");
  const before = await outputLines(page);
  await setScript(page, `${filler}\nprint("unclosed"\n`);
  await page.keyboard.press("ControlOrMeta+Home");
  const scroller = page.locator(".editor .cm-scroller");
  await eventually(() => scroller.evaluate((el) => el.scrollTop), (top) => top === 0, "the view back at the top");
  const marked = () => page.evaluate(() => globalThis.CoroscopeEditor.errorIn(document.querySelector(".editor")));
  await eventually(marked, (m) => m !== null, "an underline in the editor's state", 3000);
  assert.equal(await marked(), "SyntaxError: '(' was never closed");
  assert.equal(await scroller.evaluate((el) => el.scrollTop), 0, "the view did not jump to the error");
  assert.deepEqual(await outputLines(page), before, "nothing ran");
  await page.keyboard.press("ControlOrMeta+End");
  const marker = page.locator(".editor .cm-syntax-error");
  await marker.first().waitFor();
  assert.equal(await marker.first().getAttribute("title"), "SyntaxError: '(' was never closed", "drawn once in view");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("End");
  await page.keyboard.type(")");
  assert.equal(await marked(), null, "typing clears the mark at once");
  await page.waitForTimeout(800);
  assert.equal(await marked(), null, "the fixed text stays unmarked after the pause");
});

test("a traceback's main.py line jumps to the source line", async () => {
  await setScript(page, "def f():\n    return 1 / 0\n\nf()\n");
  await runButton(page).click();
  assert.equal(await runEnded(page), "failed");
  const link = output(page).getByRole("button", { name: 'File "main.py", line 2, in f' });
  await link.click();
  const selected = page.locator(".editor .cm-selected-line");
  await selected.waitFor();
  assert.match(await selected.innerText(), /return 1 \/ 0/);
  const stderr = (await outputLines(page)).filter((l) => l.stream === "stderr").map((l) => l.text);
  assert.equal(stderr.at(-1), "ZeroDivisionError: division by zero");
  assert.equal(await output(page).locator(".out-line.stderr .stream-tag").count(), stderr.length, "stderr is tagged, not only coloured");
});

test("Stop ends an endless loop at once and the page stays responsive", async () => {
  await setScript(page, "n = 0\nwhile True:\n    n += 1\n");
  await runButton(page).click();
  await eventually(() => progress(page).getAttribute("data-state"), (s) => s === "running", "the run did not start");
  // Still running after a while, with the instruction count moving.
  const first = await progress(page).innerText();
  await page.waitForTimeout(300);
  const second = await progress(page).innerText();
  assert.notEqual(first, second, "the progress indicator moves");
  assert.match(second, /instructions/);
  // The page answers while the loop runs: a timer fires promptly.
  const lag = await page.evaluate(() => new Promise((resolve) => {
    const t0 = performance.now();
    setTimeout(() => resolve(performance.now() - t0), 0);
  }));
  assert.ok(lag < 100, `a timer waited ${lag} ms while the script ran`);
  await shot("running");
  const clicked = Date.now();
  await stopButton(page).click();
  assert.equal(await runEnded(page, 2000), "stopped");
  const took = Date.now() - clicked;
  assert.ok(took < 500, `Stop took ${took} ms`);
  const lines = await outputLines(page);
  assert.equal(lines.at(-1).text, "[Coroscope] Stopped.");
  assert.equal(await stopButton(page).isDisabled(), true);
  // And runs again afterwards.
  await setScript(page, "print('again')\n");
  await runButton(page).click();
  assert.equal(await runEnded(page), "finished");
  assert.deepEqual((await outputLines(page)).map((l) => l.text), ["again"]);
});

test("the edited script and the options survive a reload", async () => {
  await setScript(page, "print('kept across reloads')\n");
  await page.locator("details.options > summary").click();
  await page.getByLabel("Random seed").fill("7");
  await page.reload();
  await code(page).waitFor();
  assert.equal(await editorText(page), "print('kept across reloads')\n");
  await page.locator("details.options > summary").click();
  assert.equal(await page.getByLabel("Random seed").inputValue(), "7");
  await page.getByLabel("Random seed").fill("0");
});

test("opening an example keeps the user's script recoverable", async () => {
  await setScript(page, "print('my own work')\n");
  const gallery = page.getByRole("region", { name: "Examples", exact: true });
  await gallery.locator('[data-example="say-after-tasks"] .open-button').click();
  assert.equal(await runEnded(page), "finished");
  assert.match(await editorText(page), /say_after/);
  const restore = page.locator(".restore-notice button");
  await restore.click();
  assert.equal(await editorText(page), "print('my own work')\n");
  assert.equal(await restore.count(), 0);
});

test("the input() text comes from the options", async () => {
  await setScript(page, "name = input()\nprint('hello', name)\n");
  await page.locator("details.options").evaluate((d) => (d.open = true));
  await page.getByLabel("Standard input").fill("Ada\n");
  await runButton(page).click();
  assert.equal(await runEnded(page), "finished");
  assert.deepEqual((await outputLines(page)).map((l) => l.text), ["hello Ada"]);
  await page.getByLabel("Standard input").fill("");
});

test("Korean and English, light and dark", async () => {
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en", "en-US browser starts in English");
  await page.locator(".lang-toggle").click();
  assert.equal(await page.evaluate(() => document.documentElement.lang), "ko");
  assert.equal((await runButton(page).innerText()).replace("▶", "").trim(), "실행");
  assert.match(await page.locator(".tagline").innerText(), /가상 시계/);
  assert.match(await page.getByRole("region", { name: "Examples", exact: true }).innerText(), /CPython 3.11과 일치/);
  await page.locator(".theme-toggle").click();
  const theme = await page.evaluate(() => document.documentElement.dataset.theme);
  if (theme !== "dark") await page.locator(".theme-toggle").click();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "dark");
  await runButton(page).click();
  await runEnded(page);
  await shot("korean-dark");
  await page.locator(".lang-toggle").click();
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
  assert.equal((await runButton(page).innerText()).replace("▶", "").trim(), "Run");
  await page.locator(".theme-toggle").click();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "light");
});

test("the theme follows the system as it changes, until the toggle is used", async () => {
  const fresh = await env.open();
  const theme = () => fresh.evaluate(() => document.documentElement.dataset.theme);
  assert.equal(await theme(), "light", "a light system starts light");
  await fresh.emulateMedia({ colorScheme: "dark" });
  await eventually(theme, (t) => t === "dark", "dark once the system turns dark");
  await fresh.emulateMedia({ colorScheme: "light" });
  await eventually(theme, (t) => t === "light", "light again with the system");
  await fresh.locator(".theme-toggle").click();
  assert.equal(await theme(), "dark", "the toggle picks dark");
  await fresh.emulateMedia({ colorScheme: "dark" });
  await fresh.emulateMedia({ colorScheme: "light" });
  await fresh.waitForTimeout(200);
  assert.equal(await theme(), "dark", "the user's choice outlasts the system's changes");
  await fresh.reload();
  await runButton(fresh).waitFor();
  assert.equal(await theme(), "dark", "and a reload");
  await fresh.context().close();
});

test("keyboard: Tab reaches Run with a visible focus ring", async () => {
  await page.locator(".brand").click();
  let focused = "";
  for (let i = 0; i < 5 && focused !== "Run"; i++) {
    await page.keyboard.press("Tab");
    focused = await page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
  }
  assert.equal(focused, "Run");
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, "none", "the focused button shows an outline");
});

test("on a phone the page is one column and nothing overflows", async () => {
  const phone = await env.open({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
  await runButton(phone).click();
  await runEnded(phone);
  await shot("phone", phone);
  await phone.context().close();
});

test("no request fails and the page logs no error", () => {
  assert.deepEqual(env.problems, [], "failed requests, page errors or dialogs");
});
