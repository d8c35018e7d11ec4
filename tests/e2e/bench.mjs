// The page's benchmark in Chromium (not part of `cargo xtask test`):
//   node tests/e2e/bench.mjs [--runs N] [--cli PATH]
// after a release build into dist/ (`cargo xtask test` or the trunk build it
// runs). Prints a table: load to interactive editor, page weight (gzip -9
// of what a first visit loads, as `cargo xtask size` counts it), and for
// every seed example the time from clicking its Open button to the run
// finished and its output drawn (measured inside the page, median of N),
// beside the same script's wall time in the native CLI (`coroscope run`,
// process start included) when a CLI binary is given or found.

import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { dist, root, start } from "./harness.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const runs = Number(option("--runs", "5"));
const cli = option("--cli", ["release", "debug"].map((p) => path.join(root, "target", p, "coroscope")).find(existsSync));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;

function pageWeight() {
  let total = 0;
  for (const name of readdirSync(dist)) {
    const file = path.join(dist, name);
    if (statSync(file).isFile()) total += gzipSync(readFileSync(file), { level: 9 }).length;
  }
  return total;
}

const env = await start();
try {
  // Load to interactive editor: a fresh context each time (cold storage,
  // warm HTTP cache off). Timed from navigation, not from the load event
  // (which waits for the preloaded wasm): the editor can be typed into
  // before the app has started, and the app ready is timed apart (its Run
  // button is there).
  const loads = [];
  const ready = [];
  for (let i = 0; i < runs; i++) {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    const t0 = Date.now();
    await page.goto(env.baseUrl, { waitUntil: "commit" });
    await page.getByRole("textbox", { name: "Code" }).waitFor();
    loads.push(Date.now() - t0);
    await page.getByRole("button", { name: "Run", exact: true }).waitFor();
    ready.push(Date.now() - t0);
    await context.close();
  }
  console.log(`load to interactive editor: median ${ms(median(loads))} (runs: ${loads.join(", ")} ms)`);
  console.log(`load to app ready (Run button): median ${ms(median(ready))} (runs: ${ready.join(", ")} ms)`);
  const weight = pageWeight();
  console.log(`page weight: ${weight.toLocaleString("en")} bytes gzipped (${((weight / 1e6) * 100).toFixed(0)}% of 1 MB)`);

  const page = await env.open();
  const cards = await page.locator(".shelf").first().locator(".card").evaluateAll((cards) =>
    cards.map((card) => ({ id: card.dataset.example, corpus: card.dataset.corpus })),
  );
  console.log(`\n| seed example | page: open+run+drawn (median of ${runs}) | native CLI (wall, incl. process start) |`);
  console.log("|---|---|---|");
  for (const { id, corpus } of cards) {
    const times = [];
    for (let i = 0; i < runs; i++) {
      times.push(
        await page.evaluate(async (id) => {
          const button = document.querySelector(`[data-example="${id}"] .open-button`);
          const status = document.querySelector(".run-progress");
          const t0 = performance.now();
          button.click();
          const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
          while (!["finished", "failed", "stopped"].includes(status.dataset.state)) await frame();
          await frame();
          return performance.now() - t0;
        }, id),
      );
    }
    let native = "–";
    if (cli) {
      const file = path.join(root, "tests", "conformance", `${corpus}.py`);
      const stdinFile = path.join(root, "tests", "conformance", `${corpus}.in`);
      const input = existsSync(stdinFile) ? readFileSync(stdinFile) : "";
      const nativeTimes = [];
      for (let i = 0; i < runs; i++) {
        const t0 = process.hrtime.bigint();
        try {
          execFileSync(cli, ["run", file], { input, stdio: ["pipe", "ignore", "ignore"] });
        } catch {
          // A script that ends with an exception exits 1; its time still counts.
        }
        nativeTimes.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
      native = ms(median(nativeTimes));
    }
    console.log(`| ${id} | ${ms(median(times))} | ${native} |`);
  }
  if (!cli) console.log("(no native CLI found: build it with `cargo build -p coroscope-cli` or pass --cli PATH)");

  // The Gantt's budgets: 1,000 lanes drawn in < 200 ms; 100,000 tasks never
  // freeze the page. Through the chart's test hooks (gantt/test_hook.rs):
  // the run and the chart's own drawing (`data-render-ms`) timed apart.
  console.log(`\n| Gantt case | engine run in the page | chart drawn (median of ${runs}) |`);
  console.log("|---|---|---|");
  const thousand = [
    "import asyncio",
    "async def sleeper(i):",
    "    await asyncio.sleep(0.001 * (i % 10))",
    "async def main():",
    "    await asyncio.gather(*(sleeper(i) for i in range(1000)))",
    "asyncio.run(main())",
    "",
  ].join("\n");
  for (const [name, source] of [["1,000 tasks (1,002 lanes), real run", thousand], ["100,000 tasks, synthetic trace", 100000]]) {
    const run = [];
    const draw = [];
    for (let i = 0; i < runs; i++) {
      const { runMs, renderMs } = await page.evaluate(async (src) => {
        const region = document.querySelector('[aria-label="Timeline"]');
        region.removeAttribute("data-render-ms");
        const runMs = typeof src === "number" ? window.__coroscopeShowSample(src) : window.__coroscopeShowTrace(src);
        while (!region.hasAttribute("data-render-ms")) await new Promise((resolve) => requestAnimationFrame(resolve));
        return { runMs, renderMs: Number(region.dataset.renderMs) };
      }, source);
      run.push(runMs);
      draw.push(renderMs);
    }
    const runText = typeof source === "number" ? "– (built as data)" : ms(median(run));
    console.log(`| ${name} | ${runText} | ${ms(median(draw))} |`);
  }
} finally {
  await env.stop();
}
