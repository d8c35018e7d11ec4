// The playground page in real headless Chromium (Debian's, driven by
// playwright-core): it serves the built dist/ on a loopback port, finds the
// page's parts by their accessible names, runs a script and checks that the
// output follows. Run by `cargo xtask test` after the release build; alone:
// `node --test tests/e2e/` once dist/ exists.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dist = path.join(root, "dist");
const screenshots = path.join(root, "target", "e2e");

// Flags for a closed network, as root: without the background-networking
// ones Chromium keeps trying to reach Google's hosts.
const CHROMIUM_ARGS = [
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

let server;
let browser;
let page;
let baseUrl;
const badResponses = [];
const pageErrors = [];

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
async function eventually(read, accept, what, ms = 5000) {
  const deadline = Date.now() + ms;
  let value;
  while (Date.now() < deadline) {
    value = await read();
    if (accept(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.fail(`${what}; last seen: ${JSON.stringify(value)}`);
}

before(async () => {
  server = serveDist();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${server.address().port}/`;
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on("response", (response) => {
    if (response.status() >= 400) badResponses.push(`${response.status()} ${response.url()}`);
  });
  page.on("requestfailed", (request) => badResponses.push(`failed ${request.url()}: ${request.failure()?.errorText}`));
  page.on("pageerror", (error) => pageErrors.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error") pageErrors.push(message.text());
  });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
});

test("the page shows its parts under their accessible names", async (t) => {
  const started = Date.now();
  await page.goto(baseUrl);
  const code = page.getByRole("textbox", { name: "Code" });
  await code.waitFor();
  t.diagnostic(`editor ready ${Date.now() - started} ms after navigation`);
  assert.match(await code.innerText(), /asyncio/, "the editor opens with the example script");
  await page.getByRole("button", { name: "Run", exact: true }).waitFor();
  await page.getByRole("region", { name: "Output", exact: true }).waitFor();
  await page.getByRole("region", { name: "Timeline", exact: true }).waitFor();
  await mkdir(screenshots, { recursive: true });
  await page.screenshot({ path: path.join(screenshots, "loaded.png") });
});

test("typing a script and pressing Run changes the output", async () => {
  const output = page.getByRole("region", { name: "Output", exact: true });
  const run = page.getByRole("button", { name: "Run", exact: true });
  const printed = () => output.locator(".streams").innerText().catch(() => null);
  const hint = await output.innerText();

  await run.click();
  const first = await eventually(printed, (text) => Boolean(text), "the example script printed nothing");

  const code = page.getByRole("textbox", { name: "Code" });
  await code.click();
  await page.keyboard.press("Control+A");
  await page.keyboard.type('print("hello from the browser test")\n');
  await run.click();
  const second = await eventually(
    printed,
    (text) => Boolean(text) && text !== first,
    `the output did not change after editing (it stayed ${JSON.stringify(first)})`,
  );
  assert.notEqual(await output.innerText(), hint);
  assert.ok(second.trim().length > 0);

  await page.screenshot({ path: path.join(screenshots, "playground.png") });
});

test("no request fails and the page logs no error", () => {
  assert.deepEqual(badResponses, [], "requests that failed or were not found");
  assert.deepEqual(pageErrors, [], "errors in the page");
});
