// Pre-rendered pages (scripts/prerender.mjs): each page, main pages and deep links alike,
// arrives as finished HTML, so it paints before the WebAssembly starts; none of it is a
// learner's data; and the app takes over without a loading line in between and without losing
// the painted page as the largest paint. (Every route has its page: routes.spec.ts.)
import { test, expect, appReady } from "./fixtures";
import { execFileSync } from "node:child_process";

const ROUTES = execFileSync("node", ["scripts/routes.mjs"], { encoding: "utf8" }).split("\n").filter(Boolean);
const first = (pattern: RegExp) => ROUTES.find((r) => pattern.test(r))!;
/** One deep link of each kind (a heading of `undefined` is the item's own). */
const DEEP: [string, string | undefined][] = [
  [first(/^\/course\/(?!record$)[a-z0-9-]+$/), undefined],
  ["/practise/listening", "Reflective listening"],
  [first(/^\/practise\/listening\/write\/./), undefined],
  [first(/^\/practise\/validation\/sort\/./), undefined],
  ["/practise/today", undefined],
  ["/journal", undefined],
];
/** A presenter slide: after /workshop, as it keeps workshop mode on too. */
const SLIDE: [string, string | undefined] = [first(/^\/workshop\/present\//), undefined];

// /workshop last: it turns workshop mode on for the rest of the tab (until the trainer leaves
// it), and the pages after it would then show workshop mode rather than their pre-rendered copy.
const PAGES = [
  ["/", "Heard"],
  ["/help", "Get help now"],
  ["/about", "About Heard and your privacy"],
  ["/sources", "Sources"],
  ["/course", "Introduction to peer support"],
  ["/practise", "Practise"],
  ["/progress", "My progress"],
  ["/workshop", "Workshop"],
] as const;

test("every main page arrives as finished HTML with one main landmark and none of a learner's data", async ({ request }) => {
  for (const [path, heading] of PAGES) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    expect(html, path).toContain(`<div id="prerendered" data-path="${path}">`);
    expect(html.match(/<h1[^>]*>(.*?)<\/h1>/)?.[1], path).toContain(heading);
    expect(html.match(/<main\b/g), path).toHaveLength(1);
    expect(html, path).not.toContain("data-learner");
  }
  // The course's statuses and counts, and About's numbers, are the learner's: left to the app.
  const course = await (await request.get("/course")).text();
  expect(course).not.toMatch(/Not started|lessons complete/);
  const about = await (await request.get("/about")).text();
  expect(about).not.toContain("Saved in this browser");
  // My progress shows only what the page is for: not even a new visitor's "Nothing here yet".
  const progress = await (await request.get("/progress")).text();
  expect(progress).not.toMatch(/Nothing here yet|private notes? yet|Start the course/);
});

test("the app takes over a pre-rendered page without a loading line, after it was painted", async ({ page }) => {
  await page.addInitScript(() => {
    const seen = { loading: false, lcpInPrerendered: [] as boolean[], fcp: NaN, started: NaN };
    (window as unknown as { __seen: typeof seen }).__seen = seen;
    new MutationObserver(() => {
      if (document.querySelector(".loading, #boot-loading:not([hidden])")) seen.loading = true;
    }).observe(document, { subtree: true, childList: true, attributes: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { element?: Element })[]) {
        seen.lcpInPrerendered.push(Boolean(e.element?.closest("#prerendered")));
      }
    }).observe({ type: "largest-contentful-paint", buffered: true });
    new PerformanceObserver((list) => {
      const fcp = list.getEntriesByName("first-contentful-paint")[0];
      if (fcp) seen.fcp = fcp.startTime;
    }).observe({ type: "paint", buffered: true });
    addEventListener("TrunkApplicationStarted", () => (seen.started = performance.now()));
  });
  const all = [...PAGES.slice(0, -1), ...DEEP, ...PAGES.slice(-1), SLIDE];
  expect(all[all.length - 2][0]).toBe("/workshop");
  for (const [path, heading] of all) {
    await page.goto(path);
    await appReady(page);
    if (heading) await expect(page.getByRole("heading", { level: 1 })).toContainText(heading);
    const seen = await page.evaluate(() => (window as unknown as { __seen: { loading: boolean; lcpInPrerendered: boolean[]; fcp: number; started: number } }).__seen);
    expect(seen.loading, `${path} showed a loading line`).toBe(false);
    expect(seen.fcp, `${path} painted before the app started`).toBeLessThan(seen.started);
    expect(seen.lcpInPrerendered, `${path}'s largest paint is the pre-rendered page`).toEqual([true]);
  }
  // The learner's own parts are there once the app runs.
  await page.goto("/course");
  await appReady(page);
  await expect(page.getByText(/of \d+ lessons complete/)).toBeVisible();
  await expect(page.getByText("Not started").first()).toBeVisible();
});

test("a host that answers every path with index.html never shows the home page's copy elsewhere", async ({ page, request }) => {
  const index = await (await request.get("/")).text();
  // As such a host would, and with the app held back, to see what shows before it starts.
  await page.route("**/some/other/page", (route) => route.fulfill({ body: index, contentType: "text/html" }));
  await page.route("**/*.wasm", () => undefined);
  await page.goto("/some/other/page");
  await expect(page.locator("#prerendered")).toHaveCount(0);
  await expect(page.getByText("Loading Heard…")).toBeVisible();
  await expect(page.getByRole("main")).toHaveCount(1);
});
