// Prints raw / gzip / brotli bytes of everything a first visit to Home downloads (recorded in
// Chromium, so it is what a learner's browser really fetches), and with --check fails when the
// brotli total is over the budget. Expects the release build in dist/ (scripts/bench.sh or
// scripts/test.sh build it first).
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

export const BUDGET_BROTLI = 150 * 1024;
const PORT = 4399;

export async function firstVisit() {
  const server = spawn("node", ["scripts/serve.mjs", "--dir", "dist", "--port", String(PORT)], { stdio: "ignore" });
  try {
    await new Promise((r) => setTimeout(r, 400));
    const browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"],
    });
    const context = await browser.newContext();
    const page = await context.newPage();
    const paths = new Set();
    // The context sees the page's requests and its compile worker's (the wasm); the service
    // worker's background precache after load is not the first visit's and is left out.
    // Bodies are read from dist/: a worker's streamed wasm has none Playwright can give back.
    context.on("requestfinished", (req) => {
      if (!req.serviceWorker()) paths.add(new URL(req.url()).pathname);
    });
    await page.goto(`http://127.0.0.1:${PORT}/`, { waitUntil: "networkidle" });
    await page.locator("#boot").waitFor({ state: "hidden" });
    await browser.close();
    return [...paths].map((file) => {
      const body = readFileSync(distFile(file));
      return {
        file,
        raw: body.length,
        gzip: gzipSync(body, { level: 9 }).length,
        brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      };
    });
  } finally {
    server.kill();
  }
}

/** The file in dist/ behind a path of the first visit: Home is index.html, the rest are files. */
function distFile(path) {
  return path === "/" ? "dist/index.html" : `dist/${decodeURIComponent(path.slice(1))}`;
}

export function table(rows) {
  const pad = (s, n) => String(s).padStart(n);
  const lines = [`${"file".padEnd(44)}${pad("raw", 10)}${pad("gzip", 10)}${pad("brotli", 10)}`];
  for (const r of rows) lines.push(`${r.file.padEnd(44)}${pad(r.raw, 10)}${pad(r.gzip, 10)}${pad(r.brotli, 10)}`);
  const sum = (k) => rows.reduce((a, r) => a + r[k], 0);
  lines.push(`${"total (first visit)".padEnd(44)}${pad(sum("raw"), 10)}${pad(sum("gzip"), 10)}${pad(sum("brotli"), 10)}`);
  return { text: lines.join("\n"), brotli: sum("brotli") };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await firstVisit();
  if (!rows.some((r) => r.file.endsWith("_bg.wasm"))) {
    console.error("size check failed: no WebAssembly was recorded, so the measurement missed part of the first visit");
    process.exit(1);
  }
  const { text, brotli } = table(rows);
  console.log(text);
  const kb = (n) => (n / 1024).toFixed(1);
  console.log(`budget: ${kb(brotli)} KB of ${kb(BUDGET_BROTLI)} KB brotli`);
  if (process.argv.includes("--check") && brotli > BUDGET_BROTLI) {
    console.error(`size check failed: the first visit is ${kb(brotli)} KB brotli, over the ${kb(BUDGET_BROTLI)} KB budget`);
    process.exit(1);
  }
}
