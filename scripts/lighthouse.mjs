// Runs Lighthouse (mobile emulation, offline-safe flags) on the release build for each route
// given, and prints performance, accessibility and best-practices scores, LCP and TBT.
//   node scripts/lighthouse.mjs / /about
import { spawn, execFileSync } from "node:child_process";
import { readFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const PORT = 4398;
const routes = process.argv.slice(2).length ? process.argv.slice(2) : ["/"];
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
  console.log(`${"route".padEnd(12)}${"perf".padStart(6)}${"a11y".padStart(6)}${"best".padStart(6)}${"LCP ms".padStart(9)}${"TBT ms".padStart(9)}`);
  for (const route of routes) {
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
      console.log(`${route.padEnd(12)}  not measured: ${why.trim()}`);
      process.exitCode = 1;
      continue;
    }
    const r = JSON.parse(readFileSync(file, "utf8"));
    const score = (c) => Math.round((r.categories[c]?.score ?? 0) * 100);
    const ms = (a) => Math.round(r.audits[a]?.numericValue ?? NaN);
    console.log(
      `${route.padEnd(12)}${String(score("performance")).padStart(6)}${String(score("accessibility")).padStart(6)}${String(score("best-practices")).padStart(6)}${String(ms("largest-contentful-paint")).padStart(9)}${String(ms("total-blocking-time")).padStart(9)}`,
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
