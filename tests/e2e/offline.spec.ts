// Offline and installable: after one visit every route and all content work with the network
// off (reload and deep links too); a new version waits for the learner's click; the precache
// list is exactly the files in dist/; deleting all data also removes the offline copy.
import { test, expect, appReady, type Page } from "./fixtures";
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";

/** Waits until the service worker controls the page (it has cached everything by then). */
async function offlineReady(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 20_000 }).toBe(true);
}

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

test("the precache list is generated from dist/: every file but the worker itself, nothing else", () => {
  const sw = readFileSync("dist/sw.js", "utf8");
  const list = JSON.parse(sw.match(/const PRECACHE = (\[.*\]);/)![1]) as string[];
  expect(list.sort()).toEqual(distFiles().filter((f) => f !== "/sw.js").sort());
  const manifest = JSON.parse(readFileSync("dist/manifest.webmanifest", "utf8"));
  for (const icon of manifest.icons) expect(list).toContain(icon.src);
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
});

test("a new version shows “Update ready” without a reload, and applies only when the learner clicks", async ({ page }) => {
  const root = mkdtempSync(join(tmpdir(), "heard-update-"));
  cpSync("dist", root, { recursive: true });
  const port = 4400 + Math.floor(Math.random() * 400);
  const server: ChildProcess = spawn("node", ["scripts/serve.mjs", "--dir", root, "--port", String(port)], { stdio: "ignore" });
  try {
    const base = `http://127.0.0.1:${port}`;
    await expect.poll(() => fetch(base + "/").then((r) => r.status, () => 0)).toBe(200);
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
    server.kill();
  }
});

test("deleting all my data also removes the offline copy", async ({ page }) => {
  await page.goto("/about");
  await appReady(page);
  await offlineReady(page);
  expect(await page.evaluate(() => caches.keys())).not.toEqual([]);
  await page.getByRole("button", { name: "Delete all my data" }).click();
  await page.getByRole("button", { name: "Yes, delete everything" }).click();
  await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([]);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
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
