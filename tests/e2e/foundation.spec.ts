// Foundation journeys: navigation by keyboard, deep links on a static host, and every way
// stored data can go wrong (unreadable, newer, storage throwing) without losing anything.
import { test, expect, appReady, tabTo } from "./fixtures";

const CORRUPT = '{"app":"heard","schema":1,"data":{"progress":[tru';

test("a new visitor reaches every page from Home by keyboard alone", async ({ page, checkA11y }) => {
  await page.goto("/");
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Heard");
  await expect(page).toHaveTitle("Heard · Heard");
  await checkA11y("home");

  const journey: [string, string][] = [
    ["About & privacy", "About Heard and your privacy"],
    ["Sources", "Sources"],
    ["Get help now", "Get help now"],
    ["Home", "Heard"],
  ];
  for (const [link, heading] of journey) {
    await tabTo(page, link, 80);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    // Focus moved to the new page's content, so the next Tab does not start at the header.
    await expect(page.locator("#main")).toBeFocused();
    await checkA11y(heading);
  }
});

test("the skip link is the first stop and jumps past the header", async ({ page }) => {
  await page.goto("/");
  await appReady(page);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
});

test("get help now is one step away on every page", async ({ page }) => {
  for (const path of ["/", "/about", "/sources", "/help", "/no-such-page"]) {
    await page.goto(path);
    await appReady(page);
    await expect(page.getByRole("banner").getByRole("link", { name: "Get help now" })).toBeVisible();
  }
  await page.getByRole("banner").getByRole("link", { name: "Get help now" }).click();
  await expect(page.getByRole("heading", { name: "If life is at risk right now" })).toBeVisible();
});

test("deep links open their page directly from the static host", async ({ page, checkA11y }) => {
  await page.goto("/sources");
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sources");
  // The five texts, and what Heard says that is not from them.
  await expect(page.getByRole("heading", { level: 2 })).toHaveCount(6);
  await expect(page.getByRole("heading", { level: 2, name: "One thing that is not from these texts" })).toBeVisible();
  await checkA11y("sources");
  await page.goBack().catch(() => undefined);
});

test("back and forward move between pages without reloading", async ({ page }) => {
  await page.goto("/");
  await appReady(page);
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sources" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sources");
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Heard");
  await page.goForward();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sources");
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
});

test("an unknown address shows a page not found with a way home", async ({ page, checkA11y }) => {
  await page.goto("/practice/nothing-here");
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await checkA11y("not found");
  await page.getByRole("main").getByRole("link", { name: "home page" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Heard");
});

test("unreadable stored data is set aside untouched, offered as a download, and can be deleted", async ({ page, checkA11y }) => {
  await page.goto("/");
  await appReady(page);
  await page.evaluate((raw) => localStorage.setItem("heard.data", raw), CORRUPT);
  await page.reload();
  await appReady(page);

  const banner = page.getByRole("alert").filter({ hasText: "Some saved data couldn't be read" });
  await expect(banner).toBeVisible();
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith("heard.quarantine."))
      .map((k) => localStorage.getItem(k)),
  );
  expect(kept).toEqual([CORRUPT]);
  await checkA11y("quarantine banner");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    banner.getByRole("button", { name: "Download the set-aside data" }).click(),
  ]);
  const path = await download.path();
  const { readFileSync } = await import("node:fs");
  // A file Import reads (issue 17), holding the set-aside text byte for byte.
  const file = JSON.parse(readFileSync(path, "utf8"));
  expect(file.type).toBe("heard-set-aside");
  expect(file.entries.map((e: { text: string }) => e.text)).toEqual([CORRUPT]);

  // The learner can carry on and their new progress saves normally.
  await page.reload();
  await appReady(page);
  await expect(banner).toBeVisible();

  await banner.getByRole("button", { name: "Delete it" }).click();
  await banner.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(banner).toBeHidden();
  const left = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("heard.quarantine.")));
  expect(left).toEqual([]);
});

test("storage that throws on every write still lets the visitor use the app, with a notice", async ({ page, checkA11y }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await page.goto("/");
  await appReady(page);
  await expect(page.getByRole("status").filter({ hasText: "Your progress won't be kept on this device" })).toBeVisible();
  await checkA11y("memory-only notice");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "About & privacy" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("About Heard and your privacy");
  await expect(page.getByText("Kept only in this tab")).toBeVisible();
});

test("storage that is disabled entirely still lets the visitor use the app, with a notice", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("Access is denied for this document.", "SecurityError");
      },
    });
  });
  await page.goto("/sources");
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sources");
  await expect(page.getByText("Your progress won't be kept on this device")).toBeVisible();
  await expect(page.getByText(/SecurityError/)).toBeVisible();
});

test("data saved by a newer Heard is never overwritten", async ({ page, checkA11y }) => {
  const newer = '{"app":"heard","schema":99,"saved_at":0,"data":{"future":"kept"}}';
  await page.goto("/");
  await appReady(page);
  await page.evaluate((raw) => localStorage.setItem("heard.data", raw), newer);
  await page.reload();
  await appReady(page);
  await expect(page.getByText("Your saved progress is from a newer version of Heard")).toBeVisible();
  await checkA11y("newer-data notice");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "About & privacy" }).click();
  await page.reload();
  await appReady(page);
  expect(await page.evaluate(() => localStorage.getItem("heard.data"))).toBe(newer);
});

test("delete all my data removes Heard's keys and nothing else, after confirmation", async ({ page, checkA11y }) => {
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
  await page.goto("/about");
  await appReady(page);
  await page.evaluate((raw) => {
    localStorage.setItem("heard.data", raw);
    localStorage.setItem("another.app", "theirs");
  }, saved);
  await page.reload();
  await appReady(page);
  const answered = page.getByRole("definition").first();
  await expect(answered).toHaveText("1");

  await page.getByRole("button", { name: "Delete all my data" }).click();
  await checkA11y("delete confirmation");
  await page.getByRole("button", { name: "Cancel" }).click();
  expect(await page.evaluate(() => localStorage.getItem("heard.data"))).toBe(saved);

  await page.getByRole("button", { name: "Delete all my data" }).click();
  await page.getByRole("button", { name: "Yes, delete everything" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Everything Heard had stored" })).toBeVisible();
  await expect(answered).toHaveText("0");
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(["another.app"]);
});

test("if the app cannot load, the page explains instead of staying blank", async ({ page }) => {
  await page.route("**/*_bg.wasm", (route) => route.abort());
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Heard could not start in this browser" })).toBeVisible();
  await expect(page.getByText(/findahelpline\.com lists crisis lines country by country/)).toBeVisible();
  await expect(page.getByText(/988 in the United States and Canada/)).toBeVisible();
});

test("the page carries a strict Content-Security-Policy with a hash for its start-up script", async ({ page }) => {
  await page.goto("/");
  await appReady(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]{44}'/);
  expect(csp).not.toContain("unsafe-inline");
});

test("without WebAssembly the page explains how to get Heard working and where to get help", async ({ page, checkA11y }) => {
  await page.addInitScript(() => {
    // As in a browser without WebAssembly, or with it turned off by policy.
    delete (window as unknown as { WebAssembly?: unknown }).WebAssembly;
  });
  await page.goto("/");
  expect(await page.evaluate(() => typeof (window as unknown as { WebAssembly?: unknown }).WebAssembly)).toBe("undefined");
  await expect(page.getByRole("heading", { level: 1, name: "Heard could not start in this browser" })).toBeVisible();
  await expect(page.getByText("Loading Heard…")).toBeHidden();
  await checkA11y("start-up fallback");
});
