// Prints raw / gzip / brotli bytes of everything a first visit to Home downloads (recorded in
// Chromium, so it is what a learner's browser really fetches), and with --check fails when the
// brotli total is over the budget. Then the same for a first visit straight to a deep link (an
// exercise item, which opens the full app: reported, not budgeted). Expects the release build
// in dist/ (scripts/bench.sh or scripts/test.sh build it first). Last, each build's wasm on
// its own against its budget: with --check, the wasm of the shell or the full app may not grow
// (see WASM_BUDGET_BROTLI).
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

export const BUDGET_BROTLI = 150 * 1024;
/** The wasm may not grow: each build's wasm in brotli bytes, as measured when the budget was
 *  last set, plus 1 KB (PERFORMANCE.md, "Wasm size"; scripts/wasm-report.sh says what it is
 *  made of). Lower it when a change makes the wasm smaller; raise it only on purpose, in a
 *  commit that says why the bytes are worth it. */
export const WASM_BUDGET_BROTLI = { shell: 127_058 + 1024, full: 497_806 + 1024 };
const PORT = 4399;

/** Everything a first visit to `path` downloads, file by file, with its sizes. */
export async function firstVisit(path = "/") {
  const server = spawn("node", ["scripts/serve.mjs", "--dir", "dist", "--port", String(PORT)], { stdio: "ignore" });
  try {
    await new Promise((r) => setTimeout(r, 400));
    // A server that could not listen (the port taken, e.g. by another checkout's size check)
    // has exited: measuring would silently read whatever answers on that port instead.
    if (server.exitCode !== null) throw new Error(`the static server could not start on port ${PORT} (is it in use?)`);
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
    // The server compresses every file once as it starts (brotli at its best setting, the full
    // app's wasm included), which on a busy two-core machine can take a minute.
    await page.goto(`http://127.0.0.1:${PORT}${path}`, { waitUntil: "networkidle", timeout: 180_000 });
    await page.locator("#boot").waitFor({ state: "hidden" });
    await browser.close();
    return [...paths].map((file) => ({ file, ...sizes(readFileSync(distFile(file))) }));
  } finally {
    server.kill();
  }
}

/** Raw, gzip (level 9) and brotli (quality 11) bytes of a file's body. */
function sizes(body) {
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Each build's wasm in dist/ with its sizes: dist/ holds two, and the one dist/index.html
 *  names is the shell's. */
export function wasmOfBuilds() {
  const all = readdirSync("dist").filter((f) => f.endsWith("_bg.wasm"));
  const index = readFileSync("dist/index.html", "utf8");
  const shell = all.filter((f) => index.includes(f));
  const full = all.filter((f) => !index.includes(f));
  if (shell.length !== 1 || full.length !== 1) {
    throw new Error(`expected dist/ to hold the shell's wasm (named in index.html) and the full app's; found ${all.join(", ") || "none"}`);
  }
  return Object.entries({ shell: shell[0], full: full[0] }).map(([build, file]) => ({
    build,
    file: `/${file}`,
    ...sizes(readFileSync(`dist/${file}`)),
  }));
}

/** The file in dist/ behind a path of the first visit, as the host finds it (scripts/serve.mjs):
 *  Home is index.html, a route's page is <route>.html, the rest are files. */
function distFile(path) {
  if (path === "/") return "dist/index.html";
  const file = `dist/${decodeURIComponent(path.slice(1))}`;
  return existsSync(`${file}.html`) ? `${file}.html` : file;
}

/** A deep link to measure: the first item of "Write your own reflection". */
function deepLink() {
  const item = readdirSync("dist/practise/listening/write").filter((f) => f.endsWith(".html")).sort()[0];
  return `/practise/listening/write/${item.replace(/\.html$/, "")}`;
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
  const kb = (n) => (n / 1024).toFixed(1);
  const rows = await firstVisit();
  if (!rows.some((r) => r.file.endsWith("_bg.wasm"))) {
    console.error("size check failed: no WebAssembly was recorded, so the measurement missed part of the first visit");
    process.exit(1);
  }
  const { text, brotli } = table(rows);
  console.log(text);
  console.log(`budget: ${kb(brotli)} KB of ${kb(BUDGET_BROTLI)} KB brotli`);
  const deep = deepLink();
  const deepRows = await firstVisit(deep);
  console.log(`\nfirst visit straight to a deep link, ${deep} (the full app; not budgeted):`);
  const deepTable = table(deepRows);
  console.log(deepTable.text);
  console.log(`deep link: ${kb(deepTable.brotli)} KB brotli`);
  const check = process.argv.includes("--check");
  if (check && brotli > BUDGET_BROTLI) {
    console.error(`size check failed: the first visit is ${kb(brotli)} KB brotli, over the ${kb(BUDGET_BROTLI)} KB budget`);
    process.exit(1);
  }
  console.log("\neach build's wasm against its budget (it may not grow):");
  let grown = false;
  for (const w of wasmOfBuilds()) {
    const budget = WASM_BUDGET_BROTLI[w.build];
    console.log(`${w.build.padEnd(6)}${w.file.padEnd(38)}${String(w.raw).padStart(10)} raw${String(w.brotli).padStart(10)} brotli, budget ${budget}`);
    if (w.brotli > budget) {
      console.error(`size check failed: the ${w.build} build's wasm is ${w.brotli} B brotli, over its budget of ${budget} B (scripts/wasm-report.sh says what it is made of)`);
      grown = true;
    }
  }
  if (check && grown) process.exit(1);
}
