// Offline and installable: after one visit every route and all content work with the network
// off (reload and deep links too); a new version waits for the learner's click; the worker's
// list of files is exactly the files in dist/, each with its hash; deleting all data also
// removes the offline copy, for good. (Updates on a caching host: updates.spec.ts.)
import { test, expect, appReady } from "./fixtures";
import { copyOfDist, expectedHashes, host, offlineReady } from "./deploy";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

function firstId(area: string, file: string, list: string): string {
  const bundle = readdirSync("dist/content").find((f) => f.startsWith(`${area}-`))!;
  const line = readFileSync(`dist/content/${bundle}`, "utf8").split("\n").find((l) => l.startsWith(`${file}\t`))!;
  const items = JSON.parse(line.slice(line.indexOf("\t") + 1))[list] as { id: string; content_notes?: string[] }[];
  return items.find((i) => !i.content_notes?.length)!.id;
}

function distFiles(dir = "dist"): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? distFiles(path) : ["/" + relative("dist", path).split(sep).join("/")];
  });
}

test("the worker's lists are generated from dist/: every file but the worker itself, each with the SHA-256 of its bytes, route pages in folders kept on visit", () => {
  const sw = readFileSync("dist/sw.js", "utf8");
  const files = JSON.parse(sw.match(/const FILES = (\{[\s\S]*?\});/)![1]) as Record<string, string>;
  const pages = JSON.parse(sw.match(/const PAGES = (\{[\s\S]*?\});/)![1]) as Record<string, string>;
  expect({ ...files, ...pages }).toEqual(expectedHashes("dist"));
  expect(Object.keys({ ...files, ...pages }).sort()).toEqual(distFiles().filter((f) => f !== "/sw.js").sort());
  // Install fetches the app, the content and the top pages; the hundreds of lesson, item and
  // slide pages are kept as they are visited.
  expect(Object.keys(pages).length).toBeGreaterThan(400);
  for (const page of Object.keys(pages)) expect(page).toMatch(/^\/[^/]+\/.+\.html$/);
  for (const file of ["/index.html", "/404.html", "/about.html", "/course.html", "/practise.html", "/workshop.html", "/journal.html"]) expect(Object.keys(files)).toContain(file);
  expect(Object.keys(files).filter((f) => f.includes("/content/")).length).toBeGreaterThan(3);
  const manifest = JSON.parse(readFileSync("dist/manifest.webmanifest", "utf8"));
  for (const icon of manifest.icons) expect(Object.keys(files)).toContain(icon.src);
});

test("after one visit, every route and its content work offline, with reloads and deep links", async ({ page, context }) => {
  await page.goto("/");
  await appReady(page);
  await offlineReady(page);
  await context.setOffline(true);

  const deep = [
    ["/", "Heard"],
    ["/about", "About Heard and your privacy"],
    ["/course", undefined],
    ["/practise", "Practise"],
    ["/workshop", "Workshop"],
    [`/practise/validation/sort/${firstId("validation", "validation/sort.toml", "item")}`, undefined],
    [`/practise/listening/write/${firstId("listening", "listening/statements.toml", "statement")}`, undefined],
    ["/practise/moves", undefined],
  ] as const;
  for (const [path, heading] of deep) {
    await page.goto(path);
    await appReady(page);
    if (heading) await expect(page.getByRole("heading", { level: 1 })).toContainText(heading);
    await expect(page.getByText("could not be loaded")).toHaveCount(0);
  }
  await page.reload();
  await appReady(page);
  await expect(page.getByText("could not be loaded")).toHaveCount(0);
  // A page not kept yet was fetched by the worker when online and kept; offline it is the
  // kept page itself, and an unknown path is "Page not found" with status 404, as online.
  const missing = await page.goto("/no-such-page");
  expect(missing?.status()).toBe(404);
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
});

test("a route's page is kept on its first visit and then opens offline as its own pre-rendered page", async ({ page, context }) => {
  const item = `/practise/listening/write/${firstId("listening", "listening/statements.toml", "statement")}`;
  await page.goto("/");
  await appReady(page);
  await offlineReady(page);
  await page.goto(item);
  await appReady(page);
  const kept = () => page.evaluate((file) => caches.match(file).then((r) => Boolean(r)), `${item}.html`);
  await expect.poll(kept).toBe(true);
  await context.setOffline(true);
  // The worker answers with the kept page: its own pre-rendered copy, for this path.
  const response = await page.goto(item);
  expect(await response?.text()).toContain(`data-path="${item}"`);
  await appReady(page);
  await expect(page.getByText("could not be loaded")).toHaveCount(0);
});

test("a new version shows “Update ready” without a reload, and applies only when the learner clicks", async ({ page }) => {
  const root = copyOfDist();
  const { base, stop } = await host(root);
  try {
    await page.goto(base + "/");
    await appReady(page);
    await offlineReady(page);
    const before = await page.evaluate(() => caches.keys());

    // The second build: same files, a new worker version.
    const sw = readFileSync(join(root, "sw.js"), "utf8");
    writeFileSync(join(root, "sw.js"), sw.replace(/const VERSION = "([^"]+)"/, 'const VERSION = "$1-next"'));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));

    const notice = page.getByRole("status").filter({ hasText: "Update ready" });
    await expect(notice).toBeVisible({ timeout: 20_000 });
    // Nothing has changed under the learner yet.
    expect(await page.evaluate(() => caches.keys())).toEqual(expect.arrayContaining(before));
    await Promise.all([page.waitForEvent("load"), notice.getByRole("button", { name: "Update now" }).click()]);
    await appReady(page);
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([expect.stringMatching(/-next$/)]);
  } finally {
    stop();
  }
});

test("after “Delete all my data” no cache, worker or Heard key remains, even after the next request", async ({ page }) => {
  await page.goto("/about");
  await appReady(page);
  await offlineReady(page);
  await page.evaluate(() => localStorage.setItem("heard.last-export", String(Date.now())));
  await page.getByRole("button", { name: "Delete all my data" }).click();
  await page.getByRole("button", { name: "Yes, delete everything" }).click();
  await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([]);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
  // The page goes on asking for things; none of it may bring an (empty) cache back.
  await page.evaluate(() => Promise.all(["/favicon.svg", "/about", "/manifest.webmanifest"].map((p) => fetch(p))));
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sources" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Sources");
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => caches.keys())).toEqual([]);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("heard")))).toEqual([]);
});

test("no absolute address outside the app appears anywhere in dist/", () => {
  // The one exception is a name, not a location: the SVG namespace, which the UI library
  // needs to create SVG elements and which no browser ever fetches.
  const allowed = new Set(["http://www.w3.org/2000/svg"]);
  const found: string[] = [];
  for (const file of distFiles()) {
    const text = readFileSync(join("dist", file)).toString("latin1");
    for (const m of text.matchAll(/\b(?:https?|wss?):\/\/[^\s"'`<>)]+/g)) {
      if (!allowed.has(m[0]) && !/^https?:\/\/(127\.0\.0\.1|localhost)\b/.test(m[0])) found.push(`${file}: ${m[0]}`);
    }
  }
  expect(found).toEqual([]);
});
