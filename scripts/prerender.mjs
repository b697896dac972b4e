// Pre-renders the home page into the shell's index.html, so a first visit paints real content
// (the largest contentful paint) before the WebAssembly arrives, and its links already work.
// It runs the built app in Chromium, takes the markup the app rendered for `/` with no stored
// data, and places it in index.html as <div id="prerendered">. The app removes that block in
// the same task as it mounts (src/boot.rs), so nothing flickers or shifts.
// Usage: node scripts/prerender.mjs [dist]
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";

const dist = process.argv[2] || "dist";
const file = join(dist, "index.html");
const port = 4500 + Math.floor(Math.random() * 400);
const server = spawn("node", ["scripts/serve.mjs", "--dir", dist, "--port", String(port)], { stdio: "ignore" });
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
try {
  const page = await browser.newPage();
  // No worker: the snapshot is of the app alone.
  await page.route("**/sw.js", (route) => route.abort());
  for (let i = 0; ; i++) {
    try {
      await page.goto(`http://127.0.0.1:${port}/`);
      break;
    } catch (e) {
      if (i > 20) throw e;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  await page.waitForSelector("#boot[hidden]", { state: "attached" });
  await page.waitForSelector("#main h1");
  const markup = await page.evaluate(() =>
    [...document.body.children]
      .filter((el) => el.id !== "boot" && el.tagName !== "SCRIPT" && !el.classList.contains("update-ready"))
      .map((el) => el.outerHTML)
      .join(""),
  );
  if (!markup.includes("<h1") || markup.includes("could not start")) throw new Error("prerender: the home page rendered no heading");
  let html = readFileSync(file, "utf8");
  if (html.includes('id="prerendered"')) throw new Error("prerender: index.html is already pre-rendered");
  html = html
    .replace("<body>", `<body>\n<div id="prerendered">${markup}</div>`)
    // "Loading Heard…" is not needed under a page that is already there.
    .replace(/<p([^>]*\bid="?boot-loading"?[^>]*)>/, "<p$1 hidden>");
  if (!/<p[^>]*boot-loading[^>]*hidden>/.test(html)) throw new Error("prerender: could not hide the loading line");
  writeFileSync(file, html);
  console.log(`prerender: ${markup.length} bytes of the home page in ${file}`);
} finally {
  await browser.close();
  server.kill();
}
