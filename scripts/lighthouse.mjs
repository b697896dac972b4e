// Runs Lighthouse (its default mobile emulation and simulated slow 4G, offline-safe flags) on
// the release build for each route given, and prints performance, accessibility and
// best-practices scores with FCP, LCP, TBT and CLS. Each route is measured RUNS times (five
// unless told) and the run with the median performance score is printed, as Lighthouse's own
// docs on variability advise: on this two-core virtual machine one route's TBT ranged from
// 17 to 147 ms between two runs of the same build, and a median of three still swung.
//   node scripts/lighthouse.mjs [--runs 5] / /about
import { spawn, execFileSync } from "node:child_process";
import { readFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const PORT = 4398;
const argv = process.argv.slice(2);
const runsAt = argv.indexOf("--runs");
const RUNS = runsAt >= 0 ? Number(argv.splice(runsAt, 2)[1]) : 5;
const routes = argv.length ? argv : ["/"];
// Deep links are answered with status 200, as a host with a single-page-app rewrite would:
// Lighthouse refuses to measure a page served with status 404.
const server = spawn("node", ["scripts/serve.mjs", "--dir", "dist", "--port", String(PORT), "--fallback-status", "200"], { stdio: "ignore" });
const out = mkdtempSync(join(tmpdir(), "heard-lh-"));
const flags = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'",
].join(" ");
try {
  await new Promise((r) => setTimeout(r, 400));
  const col = (text, width) => String(text).padStart(width);
  console.log(`lighthouse: median of ${RUNS} run(s) per route`);
  console.log(`${"route".padEnd(22)}${col("perf", 6)}${col("a11y", 6)}${col("best", 6)}${col("FCP ms", 9)}${col("LCP ms", 9)}${col("TBT ms", 9)}${col("CLS", 7)}`);
  for (const route of routes) {
    const reports = [];
    for (let run = 0; run < RUNS; run++) {
      const report = measure(route);
      if (report) reports.push(report);
    }
    if (reports.length < RUNS) {
      process.exitCode = 1;
      if (!reports.length) continue;
    }
    reports.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
    const r = reports[Math.floor(reports.length / 2)];
    const score = (c) => Math.round((r.categories[c]?.score ?? 0) * 100);
    const ms = (a) => Math.round(r.audits[a]?.numericValue ?? NaN);
    console.log(
      `${route.padEnd(22)}${col(score("performance"), 6)}${col(score("accessibility"), 6)}${col(score("best-practices"), 6)}${col(ms("first-contentful-paint"), 9)}${col(ms("largest-contentful-paint"), 9)}${col(ms("total-blocking-time"), 9)}${col((r.audits["cumulative-layout-shift"]?.numericValue ?? NaN).toFixed(3), 7)}`,
    );
    for (const [id, a] of Object.entries(r.audits)) {
      if (a.score !== null && a.score < 1 && ["accessibility", "best-practices"].some((c) => r.categories[c]?.auditRefs.some((ref) => ref.id === id && ref.weight > 0))) {
        console.log(`    needs work: ${id}: ${a.title}`);
      }
    }
  }
} finally {
  server.kill();
}

/** One Lighthouse run of a route: its report, or null (with the reason printed). */
function measure(route) {
  const file = join(out, "report.json");
  try {
    execFileSync(
      "node_modules/.bin/lighthouse",
      [
        `http://127.0.0.1:${PORT}${route}`,
        "--quiet",
        "--output=json",
        `--output-path=${file}`,
        "--only-categories=performance,accessibility,best-practices",
        `--chrome-flags=${flags}`,
      ],
      { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, CHROME_PATH: "/usr/bin/chromium" } },
    );
  } catch (e) {
    const why = String(e.stderr || e.message).split("\n").find((l) => /error/i.test(l)) || "failed";
    console.log(`${route.padEnd(22)}  not measured: ${why.trim()}`);
    return null;
  }
  return JSON.parse(readFileSync(file, "utf8"));
}
