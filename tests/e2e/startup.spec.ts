// Start-up off the main thread (scripts/post-build.mjs, public/compile.js, ARCHITECTURE.md
// "Start-up"): the wasm is fetched and compiled by a worker, and the app still starts if that
// worker cannot; long lists fill in over several tasks and end up complete.
import { test, expect, appReady, type Page } from "./fixtures";

/** The wasm the window fetched itself: its resource timings leave out its workers' fetches. */
function wasmFetchedByPage(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance.getEntriesByType("resource").map((e) => e.name).filter((name) => name.endsWith(".wasm")),
  );
}

test("the wasm is fetched by the compile worker, not by the page", async ({ page, context }) => {
  const workers: string[] = [];
  page.on("worker", (worker) => workers.push(new URL(worker.url()).pathname));
  const wasm: string[] = [];
  context.on("request", (req) => {
    if (req.url().endsWith(".wasm") && !req.serviceWorker()) wasm.push(req.url());
  });
  await page.goto("/course");
  await appReady(page);
  expect(workers).toContain("/compile.js");
  expect(wasm, "one wasm download").toHaveLength(1);
  const byPage = await wasmFetchedByPage(page);
  expect(byPage, "the page itself fetched no wasm").toEqual([]);
});

test("the page fetches nothing its first paint does not need: the manifest is linked after it, and the browser reads it", async ({ page, context }) => {
  await page.addInitScript(() => {
    new MutationObserver((changes, seen) => {
      for (const change of changes) {
        for (const node of change.addedNodes) {
          if (node instanceof HTMLLinkElement && node.rel === "manifest") {
            (window as unknown as { manifestLinkedAt: number }).manifestLinkedAt = performance.now();
            seen.disconnect();
          }
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto("/about");
  await appReady(page);
  const html = await (await page.request.get("/about")).text();
  expect(html, "the served page links no manifest").not.toContain("manifest.webmanifest");
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
  const { linked, painted } = await page.evaluate(() => ({
    linked: (window as unknown as { manifestLinkedAt?: number }).manifestLinkedAt ?? NaN,
    painted: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
  }));
  expect(linked, "linked after the first contentful paint").toBeGreaterThanOrEqual(painted);
  // Installing still works: the browser finds and parses the manifest.
  const cdp = await context.newCDPSession(page);
  const app = await cdp.send("Page.getAppManifest");
  expect(app.url).toMatch(/\/manifest\.webmanifest$/);
  expect(app.errors).toEqual([]);
  expect(JSON.parse(app.data ?? "{}").name).toBeTruthy();
});

test("the app starts when the compile worker cannot load", async ({ page }) => {
  await page.route("**/compile.js", (route) => route.abort());
  await page.goto("/course");
  await appReady(page);
  await expect(page.getByText(/of \d+ lessons complete/)).toBeVisible();
  // The page fetched the wasm itself instead.
  const byPage = await wasmFetchedByPage(page);
  expect(byPage).toHaveLength(1);
});

test("the app starts when the compile worker fails to compile", async ({ page }) => {
  // A worker that answers with nothing usable, as a failed compile does.
  await page.route("**/compile.js", (route) =>
    route.fulfill({ contentType: "text/javascript", body: "self.onmessage = () => self.postMessage(null);" }),
  );
  await page.goto("/course");
  await appReady(page);
  await expect(page.getByText(/of \d+ lessons complete/)).toBeVisible();
});

test("the workshop catalogue fills in to every item and is busy until then", async ({ page, request }) => {
  // The pre-rendered page holds the complete catalogue: the app must end with the same items.
  const html = await (await request.get("/workshop")).text();
  const expected = html.match(/class="card catalogue-item"/g)?.length ?? 0;
  expect(expected).toBeGreaterThan(20);
  await page.goto("/workshop");
  await appReady(page);
  const list = page.locator("#main [aria-busy]");
  await expect(list).toHaveAttribute("aria-busy", "false");
  await expect(page.locator("#main .catalogue-item")).toHaveCount(expected);
  // The filters still apply to every item, including those added last.
  await page.getByLabel("Skill").selectOption({ label: "To do and to avoid" });
  await expect(page.locator("#main .catalogue-group:not([hidden])")).toHaveCount(1);
});
