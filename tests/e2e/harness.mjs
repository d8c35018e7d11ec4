// Shared setup of the browser tests (not a test file itself): serves the
// built dist/ on a loopback port, launches Debian's Chromium through
// playwright-core with the flags a closed network needs, records failed
// requests and page errors, and offers the page's parts by accessible name.

import assert from "node:assert/strict";
import { createServer } from "node:http";
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const dist = path.join(root, "dist");
export const screenshots = path.join(root, "target", "e2e");
export const corpus = path.join(root, "tests", "conformance");

// Flags for a closed network, as root: without the background-networking
// ones Chromium keeps trying to reach Google's hosts.
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-quic",
  "--no-first-run",
  "--disable-component-update",
  "--disable-sync",
];

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

/** Serves dist/ as a static host would (no SPA fallback: a miss is a 404). */
function serveDist() {
  return createServer(async (request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url, "http://x").pathname);
    const file = path.join(dist, urlPath.endsWith("/") ? `${urlPath}index.html` : urlPath);
    if (!file.startsWith(dist + path.sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      const type = TYPES[path.extname(file)] ?? "application/octet-stream";
      response.writeHead(200, { "content-type": type }).end(body);
    } catch {
      response.writeHead(404).end("not found");
    }
  });
}

/** Polls `read` until `accept` holds for its value, or fails after `ms`. */
export async function eventually(read, accept, what, ms = 5000) {
  const deadline = Date.now() + ms;
  let value;
  while (Date.now() < deadline) {
    value = await read();
    if (accept(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  assert.fail(`${what}; last seen: ${JSON.stringify(value)}`);
}

/** A server and a browser; `open()` gives a fresh page (own storage). */
export async function start() {
  const server = serveDist();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const baseUrl = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  await mkdir(screenshots, { recursive: true });
  const problems = [];
  return {
    baseUrl,
    browser,
    problems,
    async open(options = {}) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: "en-US", colorScheme: "light", ...options });
      const page = await context.newPage();
      page.on("response", (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
      page.on("requestfailed", (r) => problems.push(`failed ${r.url()}: ${r.failure()?.errorText}`));
      page.on("pageerror", (error) => problems.push(String(error)));
      page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
      page.on("dialog", (d) => {
        problems.push(`dialog: ${d.message()}`);
        d.dismiss();
      });
      await page.goto(baseUrl);
      // The editor shows before the app has started (web/editor/main.js,
      // mountEarly); the Run button means the app has adopted it.
      await code(page).waitFor();
      await runButton(page).waitFor();
      return page;
    },
    async stop() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export const code = (page) => page.getByRole("textbox", { name: "Code" });
export const runButton = (page) => page.getByRole("button", { name: "Run", exact: true });
export const stopButton = (page) => page.getByRole("button", { name: "Stop", exact: true });
export const output = (page) => page.getByRole("region", { name: "Output", exact: true });
export const progress = (page) => page.locator(".run-progress");

/** Replaces the editor's text (inserted as typed text, without auto-indent). */
export async function setScript(page, text) {
  await code(page).click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(text);
}

/** The editor's text, read from CodeMirror's state. */
export function editorText(page) {
  return page.evaluate(() => globalThis.CoroscopeEditor.textIn(document.querySelector(".editor")));
}

/** Waits until the run has ended; returns its state (`finished`, `failed`, `stopped`). */
export async function runEnded(page, ms = 5000) {
  return eventually(
    () => progress(page).getAttribute("data-state"),
    (state) => ["finished", "failed", "stopped"].includes(state),
    "the run did not end",
    ms,
  );
}

/** Output lines as `{ stream, text, lane }`. */
export function outputLines(page) {
  return output(page)
    .locator(".out-line")
    .evaluateAll((rows) =>
      rows.map((row) => ({
        stream: row.classList.contains("stderr") ? "stderr" : "stdout",
        text: row.querySelector(".text").textContent,
        lane: row.dataset.lane,
      })),
    );
}

/** Whether `line` is a caret line (`    ^^^^`), optional in the comparison as in the conformance harness. */
export function isCaret(line) {
  const t = line.replace(/^[ |]+/, "").trimEnd();
  return t !== "" && /^[\^~]+$/.test(t);
}

/** CPython's recorded stdout/stderr lines for a corpus script, as the page shows them. */
export async function expectedLines(stem) {
  const read = async (ext) => {
    try {
      return await readFile(path.join(corpus, `${stem}.${ext}`), "utf8");
    } catch {
      return "";
    }
  };
  const lines = (text) => (text === "" ? [] : text.replace(/\n$/, "").split("\n"));
  const out = lines(await read("out"));
  const err = lines((await read("err")).replaceAll(`${stem}.py`, "main.py")).filter((l) => !isCaret(l));
  return { out, err };
}
