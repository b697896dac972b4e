// The accessibility audit: every page that is not an item, and the first item of every kind of
// item page (each exercise, lesson, presenter slide and triad card), in the light and the dark
// theme, passes axe (WCAG 2.2 AA, target-size on), and reflows without horizontal scrolling at
// 320 CSS pixels (a 360 px phone, or 400% zoom on a 1280 px screen). The list comes from the
// catalogue (scripts/routes.mjs), so a new exercise is audited without touching this file; an
// item behind "Before you start" is audited on the note and again after it.
import { test, expect, appReady, type Page } from "./fixtures";
import { execFileSync } from "node:child_process";

const ALL = execFileSync("node", ["scripts/routes.mjs"], { encoding: "utf8" }).split("\n").filter(Boolean);

/** A route's kind: items share one (`/practise/listening/feel/*`), other pages are their own. */
function kind(route: string): string {
  const item = /^(\/practise\/[a-z]+\/[a-z]+|\/workshop\/present\/[a-z]+\/[a-z]+|\/workshop\/triads|\/course)\/[a-z0-9-]+$/;
  const learnerPages = ["/course/record"];
  const m = route.match(item);
  return m && !learnerPages.includes(route) ? `${m[1]}/*` : route;
}

function routes(): string[] {
  const seen = new Set<string>();
  const out = ALL.filter((r) => {
    const k = kind(r);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return [...out, "/a/page/that/does/not/exist"];
}

test("the audit's list holds every kind of page the catalogue lists", () => {
  const list = routes();
  for (const route of ["/", "/course/record", "/journal", "/practise/today", "/progress", "/workshop"]) expect(list).toContain(route);
  // One item of each kind: eleven exercises, lessons, triad cards, four presenter kinds.
  expect(list.filter((r) => kind(r).endsWith("/*")).length).toBeGreaterThanOrEqual(17);
});

async function noSideways(page: Page, path: string) {
  const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scroll, `${path} scrolls sideways at ${width}px`).toBeLessThanOrEqual(width);
}

for (const scheme of ["light", "dark"] as const) {
  test(`every kind of page passes axe in the ${scheme} theme and reflows at 320 px`, async ({ page, checkA11y }) => {
    test.setTimeout(300_000);
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
    for (const path of routes()) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(path);
      await appReady(page);
      await expect(page.getByText("Loading…")).toHaveCount(0);
      await checkA11y(`${path} (${scheme})`);
      await page.setViewportSize({ width: 320, height: 700 });
      await noSideways(page, path);
      const note = page.getByRole("region", { name: "Before you start" });
      if (await note.count()) {
        await page.setViewportSize({ width: 1280, height: 900 });
        await note.getByRole("button").click();
        await expect(note).toHaveCount(0);
        await checkA11y(`${path}, after its content note (${scheme})`);
        await page.setViewportSize({ width: 320, height: 700 });
        await noSideways(page, `${path}, after its content note`);
      }
    }
  });
}
