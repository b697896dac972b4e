// Pre-renders the main pages (the shell's home, get help now, about & privacy and sources;
// the full app's course, practise, workshop and my progress) into static HTML, so a first visit paints real content (the largest contentful paint) before the
// WebAssembly arrives, and its links already work.
// It runs the built app in Chromium with no stored data, takes the markup the app rendered for
// each route, and writes it into a copy of that build's page as <div id="prerendered">: `/`
// into index.html, `/about` into about.html, `/course` into course.html (from 404.html) and so
// on, which static hosts (GitHub Pages, Netlify, scripts/serve.mjs) and the service worker
// serve for the extensionless path. The app removes that block in the same task as it mounts
// (src/boot.rs), once the page's content is loaded (src/lib.rs), so nothing flickers or
// shifts. Anything marked `data-learner` (counts, statuses, "Continue" buttons) is left out of
// the copy, so a returning learner never sees a new visitor's numbers; the app adds it.
// The app starts once the page is painted, compiling its wasm in a worker meanwhile
// (scripts/post-build.mjs).
// Usage: node scripts/prerender.mjs [dist]
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";

/** Routes and the file each is written to, for the shell and for the full app (404.html). */
const SHELL_PAGES = [
  ["/", "index.html"],
  ["/help", "help.html"],
  ["/about", "about.html"],
  ["/sources", "sources.html"],
];
// /workshop last: opening it turns workshop mode on for the rest of the tab's life (until the
// trainer leaves it), and the pages before it must be rendered as a learner sees them.
const FULL_PAGES = [
  ["/course", "course.html"],
  ["/practise", "practise.html"],
  ["/progress", "progress.html"],
  ["/workshop", "workshop.html"],
];

const dist = process.argv[2] || "dist";
const shell = readFileSync(join(dist, "index.html"), "utf8");
const full = readFileSync(join(dist, "404.html"), "utf8");
if (shell.includes('id="prerendered"')) throw new Error("prerender: index.html is already pre-rendered");
const port = 4500 + Math.floor(Math.random() * 400);
const server = spawn("node", ["scripts/serve.mjs", "--dir", dist, "--port", String(port)], { stdio: "ignore" });
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
try {
  // The shell's pages first (from /), then the full app's (from a path only it serves).
  await prerender(shell, "/", SHELL_PAGES);
  await prerender(full, "/practise", FULL_PAGES);
} finally {
  await browser.close();
  server.kill();
}

/** Opens `entry`, then visits each page by client-side navigation and writes its file. */
async function prerender(template, entry, pages) {
  const page = await browser.newPage();
  // No worker: the snapshot is of the app alone.
  await page.route("**/sw.js", (route) => route.abort());
  for (let i = 0; ; i++) {
    try {
      await page.goto(`http://127.0.0.1:${port}${entry}`);
      break;
    } catch (e) {
      if (i > 20) throw e;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  await page.waitForSelector("#boot[hidden]", { state: "attached" });
  for (const [route, file] of pages) {
    // Client-side navigation within the app, as a click on a link would do.
    await page.evaluate((to) => {
      window.__readyPolls = 0;
      history.pushState(null, "", to);
      dispatchEvent(new PopStateEvent("popstate"));
    }, route);
    await page.waitForFunction(
      // A list that fills in over several tasks (the workshop catalogue) is aria-busy until done,
      // and a part built a task later (ui::next_task) is not there at first: so the page counts
      // as ready only once its markup has stayed the same for three polls in a row (on a busy
      // machine the first "ready" came too soon, and /workshop was written with five items).
      (to) => {
        const main = document.querySelector("#main");
        const w = window;
        const ready =
          location.pathname === to && main && main.querySelector("h1") && !main.querySelector(".loading, [aria-busy=true]");
        const now = ready ? main.innerHTML : null;
        w.__readyPolls = now !== null && w.__prerenderLast === now ? (w.__readyPolls || 0) + 1 : 0;
        w.__prerenderLast = now;
        return w.__readyPolls >= 3;
      },
      route,
      { polling: 100 },
    );
    const { markup, title } = await page.evaluate(() => ({
      markup: [...document.body.children]
        .filter((el) => el.id !== "boot" && el.tagName !== "SCRIPT" && !el.classList.contains("update-ready"))
        .map((el) => {
          // What a learner's own data would fill in is left for the app to add as it mounts.
          const copy = el.cloneNode(true);
          for (const mine of copy.querySelectorAll("[data-learner]")) mine.remove();
          return copy.outerHTML;
        })
        .join(""),
      title: document.title,
    }));
    if (!markup.includes("<h1") || markup.includes("could not start")) throw new Error(`prerender: ${route} rendered no heading`);
    const html = template
      .replace("<body>", `<body>\n<div id="prerendered" data-path="${route}">${markup}</div>`)
      .replace(/<title>[^<]*<\/title>/, `<title>${escape(title)}</title>`)
      // "Loading Heard…" is not needed under a page that is already there, and the page has
      // its own main landmark: the start-up block must not be a second one.
      .replace(/<p([^>]*\bid="?boot-loading"?[^>]*)>/, "<p$1 hidden>")
      .replace(/<main([^>]*\bid="?boot"?[^>]*)>([\s\S]*?)<\/main>/, "<div$1>$2</div>");
    if (!/<p[^>]*boot-loading[^>]*hidden>/.test(html)) throw new Error("prerender: could not hide the loading line");
    if ((html.match(/<main\b/g) || []).length !== 1) throw new Error(`prerender: ${file} must have exactly one main landmark`);
    writeFileSync(join(dist, file), html);
    console.log(`prerender: ${route} -> ${file} (${markup.length} bytes of markup)`);
  }
  await page.close();
}

function escape(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
}
