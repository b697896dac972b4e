// Pre-renders every route of the app (scripts/routes.mjs lists them: every lesson, exercise
// item, presenter slide and triad card, and the learner's own pages) into a real HTML file, so
// every static host serves each with status 200 and no rewrite rules, a first visit paints the
// page's content (the largest contentful paint) before the WebAssembly arrives, and its links
// already work. Only unknown paths get 404.html, which is the shell's "Page not found".
//
// It runs the built app in Chromium with no stored data, takes the markup the app rendered for
// each route, and writes it into a copy of the page of the build that holds the route, as
// <div id="prerendered" data-path="/route">: `/` into index.html, `/about` into about.html (the
// shell's pages, Route::in_shell), `/course` into course.html and `/practise/listening/write/x`
// into practise/listening/write/x.html (the full app's), which static hosts (GitHub Pages,
// Netlify, Cloudflare Pages, nginx `try_files $uri $uri.html`, scripts/serve.mjs) serve for the
// extensionless path. The app removes that block in the same task as it mounts (src/boot.rs),
// once the page's content is loaded (src/lib.rs), so nothing flickers or shifts. Anything
// marked `data-learner` (counts, statuses, "Continue" buttons) is left out of the copy, so a
// returning learner never sees a new visitor's numbers; the app adds it.
// The app starts once the page is painted, compiling its wasm in a worker meanwhile
// (scripts/post-build.mjs).
//
// Speed: one browser and one tab per build; each route after the first is shown by
// client-side navigation (no reload, the wasm is compiled once), and is written once its
// markup has stayed the same for a few polls.
//
// Input: dist/ as scripts/build.sh leaves it before this step: index.html is the shell's page
// and 404.html the full app's. Output: every route's page, and 404.html replaced by the shell's
// pre-rendered "Page not found" (it answers any path, so its copy says data-path="*").
// The two pages as they came are kept in target/prerender-templates/, so this step can run
// again on its own (while working on it) after a build.
// Usage: node scripts/prerender.mjs [dist]
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { chromium } from "playwright-core";
import { routes } from "./routes.mjs";

/** The shell's routes (src/ui/route.rs, `Route::in_shell`): a first visit to them downloads
 *  only the shell. Every other route is the full app's. */
const SHELL = new Set(["/", "/help", "/about", "/sources"]);
/** A path no route has, to render the shell's "Page not found" for 404.html. */
const UNKNOWN = "/this-page-does-not-exist";

const dist = process.argv[2] || "dist";
// The two builds' pages as they came, kept so that this step can run again on its own.
const kept = join("target", "prerender-templates");
const fresh = (file) => !readFileSync(join(dist, file), "utf8").includes('id="prerendered"');
if (fresh("index.html") && fresh("404.html")) {
  mkdirSync(kept, { recursive: true });
  copyFileSync(join(dist, "index.html"), join(kept, "shell.html"));
  copyFileSync(join(dist, "404.html"), join(kept, "full.html"));
} else if (!existsSync(join(kept, "full.html"))) {
  throw new Error("prerender: dist/ is already pre-rendered (run scripts/build.sh)");
}
const shell = readFileSync(join(kept, "shell.html"), "utf8");
const full = readFileSync(join(kept, "full.html"), "utf8");
writeFileSync(join(dist, "404.html"), full);
const all = routes();
for (const route of SHELL) if (!all.includes(route)) throw new Error(`prerender: the route list lacks the shell's ${route}`);
// /workshop… last: opening one turns workshop mode on for the rest of the tab's life (until the
// trainer leaves it), and every page before them must be rendered as a learner sees it.
const workshop = (r) => r === "/workshop" || r.startsWith("/workshop/");
const fullRoutes = [...all.filter((r) => !SHELL.has(r) && !workshop(r)), ...all.filter((r) => !SHELL.has(r) && workshop(r))];

const started = Date.now();
const port = 4500 + Math.floor(Math.random() * 400);
const server = spawn("node", ["scripts/serve.mjs", "--dir", dist, "--port", String(port)], { stdio: "ignore" });
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
let written = 0;
/** 404.html's new text, written last: until then 404.html is the full app, which the server
 *  gives for the full app's routes. */
let notFoundPage = null;
try {
  // The shell's pages first (from /), with "Page not found" first of all: every other page is
  // checked against it. Then the full app's (from a path only it serves, while 404.html is
  // still the full app).
  const notFound = await prerender(shell, "/", [UNKNOWN, ...SHELL], null);
  await prerender(full, "/practise", fullRoutes, notFound);
} finally {
  await browser.close();
  server.kill();
}
writeFileSync(join(dist, "404.html"), notFoundPage);
console.log(`prerender: ${written} pages and 404.html in ${((Date.now() - started) / 1000).toFixed(1)} s`);

/** The file a route's page is written to: `/` is index.html, `/a/b` is a/b.html. */
function fileFor(route) {
  return route === "/" ? "index.html" : route === UNKNOWN ? "404.html" : `${route.slice(1)}.html`;
}

/** Opens `entry`, then shows each route by client-side navigation and writes its file.
 *  Returns the first route's heading. A route whose heading is `notFound` is an error. */
async function prerender(template, entry, list, notFound) {
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
  let first = null;
  for (const route of list) {
    // Client-side navigation within the app, as a click on a link would do.
    await page.evaluate((to) => {
      window.__readyPolls = 0;
      window.__prerenderLast = null;
      history.pushState(null, "", to);
      dispatchEvent(new PopStateEvent("popstate"));
    }, route);
    const ready = page.waitForFunction(
      // A page is ready once it has a heading and nothing loading or busy. A list that fills in
      // over several tasks (the workshop catalogue) is aria-busy until done,
      // and a part built a task later (ui::next_task) is not there at first: so the page counts
      // as ready only once its markup has stayed the same for three polls in a row (on a busy
      // machine the first "ready" came too soon, and /workshop was written with five items).
      (to) => {
        const main = document.querySelector("#main");
        const w = window;
        const ready =
          location.pathname === to && main && main.querySelector("h1, h2") && !main.querySelector(".loading, [aria-busy=true]");
        const now = ready ? document.title + main.innerHTML : null;
        w.__readyPolls = now !== null && w.__prerenderLast === now ? (w.__readyPolls || 0) + 1 : 0;
        w.__prerenderLast = now;
        return w.__readyPolls >= 3;
      },
      route,
      { polling: 50, timeout: 30_000 },
    );
    await ready.catch(async (error) => {
      const state = await page.evaluate(() => `${location.pathname}: ${document.querySelector("#main")?.innerText.slice(0, 300)}`);
      throw new Error(`prerender: ${route} did not settle (${error.message}); the page shows ${state}`);
    });
    const { markup, title, heading } = await page.evaluate(() => ({
      markup: [...document.body.children]
        .filter((el) => el.id !== "boot" && el.tagName !== "SCRIPT" && !el.classList.contains("update-ready"))
        .map((el) => {
          // What a learner's own data would fill in is left for the app to add as it mounts.
          const copy = el.cloneNode(true);
          for (const mine of copy.querySelectorAll("[data-learner]")) mine.remove();
          // Styles the app sets through the CSSOM (the presenter's fit to the window) would be
          // style attributes here, which the Content-Security-Policy refuses: the app sets them
          // again as it mounts, for the window it is in.
          for (const styled of copy.querySelectorAll("[style]")) styled.removeAttribute("style");
          return copy.outerHTML;
        })
        .join(""),
      title: document.title,
      heading: document.querySelector("#main h1")?.textContent ?? "",
    }));
    // (A content note, "Before you start", shown before an item has no h1 yet: issue 18.)
    if (!/<h[12]\b/.test(markup) || markup.includes("could not start")) throw new Error(`prerender: ${route} rendered no heading`);
    if (notFound !== null && heading === notFound) throw new Error(`prerender: ${route} is listed as a route but the app shows "${heading}"`);
    first ??= heading;
    const path = route === UNKNOWN ? "*" : route;
    const html = template
      .replace("<body>", `<body>\n<div id="prerendered" data-path="${path}">${markup}</div>`)
      .replace(/<title>[^<]*<\/title>/, `<title>${escape(title)}</title>`)
      // "Loading Heard…" is not needed under a page that is already there, and the page has
      // its own main landmark: the start-up block must not be a second one.
      .replace(/<p([^>]*\bid="?boot-loading"?[^>]*)>/, "<p$1 hidden>")
      .replace(/<main([^>]*\bid="?boot"?[^>]*)>([\s\S]*?)<\/main>/, "<div$1>$2</div>");
    if (!/<p[^>]*boot-loading[^>]*hidden>/.test(html)) throw new Error("prerender: could not hide the loading line");
    const file = fileFor(route);
    if ((html.match(/<main\b/g) || []).length !== 1) throw new Error(`prerender: ${file} must have exactly one main landmark`);
    if (route === UNKNOWN) {
      notFoundPage = html;
      continue;
    }
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), html);
    written += 1;
    if (!route.includes("/", 1)) console.log(`prerender: ${route} -> ${file} (${markup.length} bytes of markup)`);
  }
  await page.close();
  return first;
}

function escape(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
}
