// Updates never break Heard, on a host that lets the browser keep its files for ten minutes
// (GitHub Pages: `Cache-Control: max-age=600`). Each test serves its own copy of dist/ as
// GitHub Pages does and deploys a next version of it, in a browser context whose HTTP cache is
// on, as a learner's is (tests/e2e/deploy.ts).
import { test as base, expect, appReady } from "./fixtures";
import type { BrowserContext, Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import {
  cachedHashes,
  cachingContext,
  checkForUpdate,
  copyOfDist,
  expectThisVersion,
  filesIn,
  host,
  installedHashes,
  listeningId,
  nextVersion,
  offlineReady,
} from "./deploy";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Each test gets a `page` in a context with the HTTP cache on (`cachingContext`). */
const test = base.extend<{ real: { page: Page; context: BrowserContext } }>({
  real: async ({ browser }, use) => {
    const { page, context, close } = await cachingContext(browser);
    await use({ page, context });
    await close();
  },
});

/** The one cache of Heard's that the page's worker uses, and the paths and hashes it holds. */
async function onlyCache(page: Page) {
  const all = await cachedHashes(page);
  expect(Object.keys(all)).toHaveLength(1);
  return Object.values(all)[0];
}

/** Opens a set of pages and checks that each starts (no "could not start", no missing part). */
async function everyPageStarts(page: Page, base: string) {
  for (const [path, heading] of [
    ["/", "Heard"],
    ["/about", "About Heard and your privacy"],
    ["/course", undefined],
    [`/practise/listening/write/${listeningId()}`, undefined],
  ] as const) {
    await page.goto(base + path);
    await appReady(page);
    if (heading) await expect(page.getByRole("heading", { level: 1 })).toContainText(heading);
    await expect(page.getByText("could not be loaded")).toHaveCount(0);
  }
}

test("an update deployed within the host's ten-minute cache installs a consistent new version that starts online and offline", async ({ real: { page, context } }) => {
  const root = copyOfDist();
  const { base, stop } = await host(root);
  try {
    // A visit: the worker installs, and the browser's HTTP cache now holds every file for ten minutes.
    await page.goto(base + "/");
    await appReady(page);
    await offlineReady(page);
    await page.goto(base + "/about");
    await appReady(page);

    // Minutes later, a new version is deployed; the learner comes back and updates.
    nextVersion(root);
    await checkForUpdate(page);
    const notice = page.getByRole("status").filter({ hasText: "Update ready" });
    await expect(notice).toBeVisible({ timeout: 30_000 });
    await Promise.all([page.waitForEvent("load"), notice.getByRole("button", { name: "Update now" }).click()]);
    await appReady(page);

    // What is cached is exactly the new version's files, byte for byte.
    await expect.poll(async () => Object.keys(await cachedHashes(page)).length).toBe(1);
    expectThisVersion(await onlyCache(page), root);

    await everyPageStarts(page, base);
    await context.setOffline(true);
    await everyPageStarts(page, base);
  } finally {
    await context.setOffline(false);
    stop();
  }
});

test("a half-deployed update (new worker, old pages) does not replace the working version", async ({ real: { page, context } }) => {
  const root = copyOfDist();
  const next = mkdtempSync(join(tmpdir(), "heard-next-"));
  cpSync(root, next, { recursive: true });
  nextVersion(next);
  const { base, stop } = await host(root);
  try {
    await page.goto(base + "/");
    await appReady(page);
    await offlineReady(page);
    const working = await cachedHashes(page);

    // The host has the new worker and the new hashed files, but still the old pages.
    for (const file of filesIn(next)) {
      if (!file.endsWith(".html")) cpSync(join(next, file), join(root, file));
    }
    const outcome = await page.evaluate(async () => {
      const reg = (await navigator.serviceWorker.getRegistration())!;
      await reg.update().catch(() => {});
      const worker = reg.installing;
      if (!worker) return "no new worker was found";
      if (worker.state === "redundant" || worker.state === "installed") return worker.state;
      return new Promise<string>((done) =>
        worker.addEventListener("statechange", () => {
          if (worker.state === "redundant" || worker.state === "installed") done(worker.state);
        }),
      );
    });
    expect(outcome).toBe("redundant");
    await expect(page.getByRole("status").filter({ hasText: "Update ready" })).toHaveCount(0);
    // The working version is untouched and nothing of the failed one is left behind.
    expect(await cachedHashes(page)).toEqual(working);
    await context.setOffline(true);
    await everyPageStarts(page, base);
    await context.setOffline(false);

    // Once the deploy is complete, the next check installs it.
    cpSync(next, root, { recursive: true });
    await checkForUpdate(page);
    await expect(page.getByRole("status").filter({ hasText: "Update ready" })).toBeVisible({ timeout: 30_000 });
  } finally {
    await context.setOffline(false);
    stop();
  }
});

test("“Update now” in one tab reloads every open tab of Heard onto the new version", async ({ real: { page, context } }) => {
  const root = copyOfDist();
  const { base, stop } = await host(root);
  try {
    await page.goto(base + "/");
    await appReady(page);
    await offlineReady(page);
    const other = await context.newPage();
    await other.goto(base + "/about");
    await appReady(other);
    await offlineReady(other);
    for (const tab of [page, other]) await tab.evaluate(() => ((window as unknown as { oldVersion: boolean }).oldVersion = true));

    nextVersion(root);
    await checkForUpdate(page);
    const notice = page.getByRole("status").filter({ hasText: "Update ready" });
    await expect(notice).toBeVisible({ timeout: 30_000 });
    const reloaded = other.waitForEvent("load");
    await Promise.all([page.waitForEvent("load"), notice.getByRole("button", { name: "Update now" }).click()]);
    await reloaded;
    const expected = readFileSync(join(root, "index.html"), "utf8").match(/heard-[0-9a-f]+\.js/)![0];
    for (const tab of [page, other]) {
      await appReady(tab);
      expect(await tab.evaluate(() => (window as unknown as { oldVersion?: boolean }).oldVersion)).toBeUndefined();
      // The page running is the new version's.
      expect(await tab.evaluate(() => document.querySelector("script[type=module]")!.textContent)).toContain(expected);
    }
    await expect(other.getByRole("heading", { level: 1 })).toContainText("About Heard and your privacy");
  } finally {
    stop();
  }
});

test("a tab still on the old version says Heard was updated when its content is gone, and keeps what the learner typed", async ({ real: { page, context } }) => {
  const root = copyOfDist();
  const { base, stop } = await host(root);
  try {
    await page.goto(`${base}/practise/listening/write/${listeningId()}`);
    await appReady(page);
    await offlineReady(page);
    await page.evaluate(() => ((window as unknown as { oldVersion: boolean }).oldVersion = true));
    const typed = "It sounds like the move has left you feeling a long way from everyone.";
    await page.getByLabel("Your reflection").fill(typed);

    // Another tab finds the new version and the learner chooses "Update now" there.
    nextVersion(root);
    const other = await context.newPage();
    await other.goto(base + "/");
    await appReady(other);
    await checkForUpdate(other);
    const notice = other.getByRole("status").filter({ hasText: "Update ready" });
    await expect(notice).toBeVisible({ timeout: 30_000 });
    await Promise.all([other.waitForEvent("load"), notice.getByRole("button", { name: "Update now" }).click()]);
    await appReady(other);

    // This tab was not reloaded over the learner's text: it says what happened instead.
    const updatedHere = page.getByRole("status").filter({ hasText: "Heard has been updated: reload to continue" });
    await expect(updatedHere).toBeVisible();
    await expect(page.getByLabel("Your reflection")).toHaveValue(typed);
    await updatedHere.getByRole("button", { name: "Later" }).click();
    await expect(updatedHere).toBeHidden();
    await expect(page.getByLabel("Your reflection")).toHaveValue(typed);
    expect(await page.evaluate(() => (window as unknown as { oldVersion?: boolean }).oldVersion)).toBe(true);

    // Later, when the browser's HTTP cache no longer holds the old version's files (within ten
    // minutes it still may, and the old tab then works on), its code asks for the old version's
    // content, which the site no longer has: online...
    await (await context.newCDPSession(page)).send("Network.clearBrowserCache");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Course" }).click();
    const updated = page.getByRole("alert").filter({ hasText: "Heard has been updated: reload to continue" });
    await expect(updated).toBeVisible();
    await expect(page.getByText("Check that you are online")).toHaveCount(0);
    // ...and offline.
    await context.setOffline(true);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Workshop" }).click();
    await expect(updated).toBeVisible();
    await expect(page.getByText("Check that you are online")).toHaveCount(0);
    await context.setOffline(false);

    // Nothing but the new version's files was cached; "Reload" opens the new version.
    expectThisVersion(await onlyCache(page), root);
    await Promise.all([page.waitForEvent("load"), updated.getByRole("button", { name: "Reload" }).click()]);
    await appReady(page);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Workshop");
    await expect(page.getByText("could not be loaded")).toHaveCount(0);
  } finally {
    await context.setOffline(false);
    stop();
  }
});

test("a truncated content bundle is refused, never cached or used, and loads once the host has it whole", async ({ real: { page } }) => {
  const root = copyOfDist();
  const bundle = filesIn(root).find((f) => f.startsWith("/content/listening-"))!;
  const whole = readFileSync(join(root, bundle));
  // Cut inside the last file's JSON, as a dropped connection would.
  writeFileSync(join(root, bundle), whole.subarray(0, whole.length - 40));
  const { base, stop } = await host(root);
  try {
    await page.goto(`${base}/practise/listening`);
    await expect(page.getByRole("alert").filter({ hasText: "This part of Heard could not be loaded" })).toBeVisible({ timeout: 20_000 });
    // No cache holds a copy of the bundle that is not the real one.
    await page.waitForTimeout(3000);
    const real = createHash("sha256").update(whole).digest("hex");
    for (const files of Object.values(await cachedHashes(page))) {
      if (bundle in files) expect(files[bundle], `${bundle} as cached`).toBe(real);
    }

    writeFileSync(join(root, bundle), whole);
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Reflective listening");
    await expect(page.getByText("could not be loaded")).toHaveCount(0);
  } finally {
    stop();
  }
});

test("“Reset the offline copy” recovers from a damaged offline copy and keeps the learner's data", async ({ real: { page } }) => {
  const saved = JSON.stringify({
    app: "heard",
    schema: 1,
    saved_at: 1,
    data: {
      progress: {
        items: { "listen.pick.x": { attempts: 1, correct: 1, last_score: 100, first_at: 1, last_at: 1, review: { box: 1, due: 2 } } },
      },
    },
  });
  const root = copyOfDist();
  const { base, stop } = await host(root);
  try {
    await page.goto(base + "/about");
    await appReady(page);
    await offlineReady(page);
    await page.evaluate((raw) => localStorage.setItem("heard.data", raw), saved);

    // The offline copy's WebAssembly is damaged: Heard cannot start from it.
    await page.evaluate(async () => {
      const name = (await caches.keys()).find((k) => k.startsWith("heard-"))!;
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        if (request.url.endsWith(".wasm")) {
          await cache.put(request, new Response("damaged", { headers: { "content-type": "application/wasm" } }));
        }
      }
    });
    await page.reload();
    await expect(page.getByRole("heading", { name: "Heard could not start in this browser" })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText("Your progress, answers and notes are kept.")).toBeVisible();
    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    await Promise.all([page.waitForEvent("load"), page.getByRole("button", { name: "Reset the offline copy" }).click()]);
    await appReady(page);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("About Heard and your privacy");
    // The learner's data is all there, and the offline copy comes back whole.
    await expect(page.getByRole("definition").first()).toHaveText("1");
    expect(await page.evaluate(() => localStorage.getItem("heard.data"))).not.toBeNull();
    await offlineReady(page);
    await expect.poll(async () => Object.values(await cachedHashes(page))).toEqual([installedHashes(root)]);
  } finally {
    stop();
  }
});

test("when a page names a start-up script the host no longer has, it says Heard could not start instead of loading for ever", async ({ page }) => {
  // As a page kept from an old version would, once that version's files are gone.
  await page.route(/\/heard-[0-9a-f]+\.js$/, (route) => route.fulfill({ status: 404, contentType: "text/html", body: "Not found" }));
  await page.goto("/about");
  await expect(page.getByRole("heading", { name: "Heard could not start in this browser" })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText(/findahelpline\.com lists crisis lines country by country/)).toBeVisible();
  await expect(page.getByText(/988 in the United States and Canada/)).toBeVisible();
});
