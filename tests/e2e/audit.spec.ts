// The accessibility audit: every route and every exercise type, in the light and the dark
// theme, passes axe (WCAG 2.2 AA, target-size on), and reflows without horizontal scrolling at
// 320 CSS pixels (a 360 px phone, or 400% zoom on a 1280 px screen).
import { test, expect, appReady, type Page } from "./fixtures";
import { readdirSync, readFileSync } from "node:fs";

/** The first item without a content note in a bundle's list (or the first item). */
function first(area: string, file: string, list: string): string {
  const bundle = readdirSync("dist/content").find((f) => f.startsWith(`${area}-`));
  if (!bundle) throw new Error(`no ${area} bundle: build first`);
  const files = readFileSync(`dist/content/${bundle}`, "utf8")
    .split("\n")
    .filter((l) => l.startsWith(file))
    .map((l) => JSON.parse(l.slice(l.indexOf("\t") + 1)));
  const items = (list ? files[0][list] : files) as { id: string; content_notes?: string[] }[];
  return (items.find((i) => !i.content_notes?.length) ?? items[0]).id;
}

function routes(): string[] {
  return [
    "/",
    "/about",
    "/sources",
    "/help",
    "/a/page/that/does/not/exist",
    "/course",
    `/course/${first("course", "course/01-", "")}`,
    "/course/record",
    "/practise",
    "/practise/validation",
    "/practise/validation/sort",
    `/practise/validation/sort/${first("validation", "validation/sort.toml", "item")}`,
    `/practise/validation/decide/${first("validation", "validation/decide.toml", "item")}`,
    `/practise/validation/rewrite/${first("validation", "validation/rewrite.toml", "item")}`,
    `/practise/validation/talk/${first("validation", "validation/conversations/", "")}`,
    "/practise/listening",
    "/practise/listening/feel",
    `/practise/listening/feel/${first("listening", "listening/statements.toml", "statement")}`,
    `/practise/listening/write/${first("listening", "listening/statements.toml", "statement")}`,
    `/practise/listening/pick/${first("listening", "listening/pick.toml", "item")}`,
    `/practise/listening/ladder/${first("listening", "listening/ladder.toml", "item")}`,
    "/practise/listening/partner",
    "/practise/listening/partner/robin-course-change",
    "/practise/moves",
    "/practise/moves/name",
    `/practise/moves/name/${first("moves", "moves/name.toml", "item")}`,
    `/practise/moves/spot/${first("moves", "moves/transcripts/", "")}`,
    "/practise/moves/card",
    "/practise/today",
    "/progress",
    "/journal",
    "/workshop",
    "/workshop/triads",
    `/workshop/triads/${first("workshop", "workshop/triads.toml", "card")}`,
    `/workshop/present/validation/decide/${first("validation", "validation/decide.toml", "item")}`,
  ];
}

async function noSideways(page: Page, path: string) {
  const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scroll, `${path} scrolls sideways at ${width}px`).toBeLessThanOrEqual(width);
}

for (const scheme of ["light", "dark"] as const) {
  test(`every route passes axe in the ${scheme} theme and reflows at 320 px`, async ({ page, checkA11y }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
    for (const path of routes()) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(path);
      await appReady(page);
      await expect(page.getByText("Loading…")).toHaveCount(0);
      await checkA11y(`${path} (${scheme})`);
      await page.setViewportSize({ width: 320, height: 700 });
      await noSideways(page, path);
    }
  });
}
