// Workshop mode as a trainer uses it: an item presented by keyboard only (statement, the
// "what would you say?" pause, options with a show of hands, discussion, answer) on a machine
// that holds a learner's progress and journal, which must stay byte-identical and never show;
// a role-play triad run on the fast demo clock through all three rotations; axe on every view;
// and screenshots at projector size and at 200% zoom.
import { test, expect, appReady, tabTo, type Page } from "./fixtures";
import { readdirSync, readFileSync } from "node:fs";

type DecideItem = {
  id: string;
  speaker: string;
  peer: string;
  content_notes?: string[];
  best: string;
  moves: Record<string, { say: string; explanation: string }>;
};
type Card = { id: string; title: string; content_notes?: string[]; opening_line: string };

/** One area's content as the app will show it, read from the built bundle. */
function bundle(area: string): Map<string, unknown> {
  const file = readdirSync("dist/content").find((f) => f.startsWith(`${area}-`));
  if (!file) throw new Error(`no ${area} bundle in dist/content: build first`);
  const files = new Map<string, unknown>();
  for (const line of readFileSync(`dist/content/${file}`, "utf8").split("\n").filter(Boolean)) {
    files.set(line.slice(0, line.indexOf("\t")), JSON.parse(line.slice(line.indexOf("\t") + 1)));
  }
  return files;
}

const noNotes = (x: { content_notes?: string[] }) => (x.content_notes?.length ?? 0) === 0;
const MOVE_ORDER = ["keep_listening", "ask_permission", "raise_safety"];
const JOURNAL_SECRET = "My private journal line that must never be projected";

/** Every key and value in localStorage, as one string. */
const storageSnapshot = (page: Page) =>
  page.evaluate(() =>
    JSON.stringify(
      Object.keys(localStorage)
        .sort()
        .map((k) => [k, localStorage.getItem(k)]),
    ),
  );

/** Gives this browser a learner: an answered practice item and a journal note. */
async function seedLearner(page: Page, item: DecideItem) {
  await page.goto(`/practise/validation/decide/${item.id}`);
  await appReady(page);
  await page.getByRole("radio", { name: /^Keep listening/ }).check();
  await page.getByRole("button", { name: "Check" }).click();
  await expect(page.locator("#decide-result")).toBeFocused();
  const raw = await page.evaluate(() => localStorage.getItem("heard.data"));
  expect(raw, "practising saved progress").toBeTruthy();
  const stored = JSON.parse(raw!);
  stored.data.journal = {
    ...(stored.data.journal || {}),
    "e2e-note": { text: JOURNAL_SECRET, created_at: stored.saved_at, updated_at: stored.saved_at },
  };
  await page.evaluate((text) => localStorage.setItem("heard.data", text), JSON.stringify(stored));
}

/** Presses Tab until the focused element is the link to `href`. */
async function tabToHref(page: Page, href: string, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if ((await page.evaluate(() => document.activeElement?.getAttribute("href"))) === href) return;
  }
  throw new Error(`could not reach a link to ${href} with Tab`);
}

async function noHorizontalOverflow(page: Page, label: string) {
  const { scroll, inner } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    inner: window.innerWidth,
  }));
  expect(scroll, `${label}: nothing overflows sideways`).toBeLessThanOrEqual(inner);
}

async function shoot(page: Page, name: string) {
  await page.waitForTimeout(400); // let the bars finish growing
  await page.screenshot({ path: `test-results/workshop-${name}.png`, fullPage: true });
}

test("a presenter session by keyboard only leaves the learner's stored data byte-identical", async ({ page, checkA11y }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const items = (bundle("validation").get("validation/decide.toml") as { item: DecideItem[] }).item;
  const item = items.find((i) => noNotes(i) && i.best !== "keep_listening")!;
  await seedLearner(page, item);
  const before = await storageSnapshot(page);
  expect(before).toContain(JOURNAL_SECRET);

  // The catalogue.
  await page.goto("/workshop");
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1, name: "Workshop" })).toBeVisible();
  await expect(page.getByText("Heard saves nothing on this machine")).toBeVisible();
  const href = `/workshop/present/validation/decide/${item.id}`;
  await expect(page.locator(".deep-link", { hasText: href })).toBeVisible();
  await expect(page.getByRole("link", { name: "Printable checklist card" })).toHaveAttribute("href", "/practise/moves/card");
  await checkA11y("the workshop catalogue");
  await page.screenshot({ path: "test-results/workshop-1920-catalogue.png" });
  await noHorizontalOverflow(page, "catalogue at 1920×1080");

  // Present by keyboard only.
  await tabToHref(page, href, 200);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(href);
  const status = page.locator(".presenter [role=status]");

  // 1. The statement, with the site navigation hidden but "Get help now" still there.
  await expect(page.getByRole("heading", { level: 1, name: item.speaker })).toBeVisible();
  await expect(page.locator(".presenter__statement")).toContainText(item.peer);
  await expect(status).toHaveText("Step 1 of 5: What they say");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("link", { name: "Get help now" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "What would you say?" })).toBeHidden();
  await expect(page.locator(".presenter__options")).toBeHidden();
  await expect(page.locator("body")).not.toContainText(JOURNAL_SECRET);
  await checkA11y("presenter, statement");
  await shoot(page, "1920-statement");
  await noHorizontalOverflow(page, "statement at 1920×1080");

  // 2. The pause.
  await page.keyboard.press("ArrowRight");
  await expect(status).toHaveText("Step 2 of 5: What would you say?");
  await expect(page.getByRole("heading", { name: "What would you say?" })).toBeVisible();
  await expect(page.locator(".presenter__options")).toBeHidden();
  await checkA11y("presenter, pause");

  // Back and forward again: Page Up goes back, Space moves on.
  await page.keyboard.press("PageUp");
  await expect(status).toHaveText("Step 1 of 5: What they say");
  await page.keyboard.press("PageUp");
  await expect(status).toHaveText("Step 1 of 5: What they say");
  await page.keyboard.press("Space");
  await expect(status).toHaveText("Step 2 of 5: What would you say?");

  // 3. The options, and a show of hands: typed for two options, tapped for the third.
  await page.keyboard.press("PageDown");
  await expect(status).toHaveText("Step 3 of 5: The options, and a show of hands");
  // The room sees the three moves in the slide's own shuffled order (issue 16), every one of
  // them on the screen.
  const optionTexts = await page.locator(".slide-option__text").allInnerTexts();
  const shown = optionTexts.map((t) => MOVE_ORDER.find((m) => t.includes(item.moves[m].say))!);
  expect(shown.toSorted()).toEqual(MOVE_ORDER.toSorted());
  for (const [i, m] of shown.entries()) {
    await expect(page.locator(".slide-option").nth(i)).toContainText(item.moves[m].say);
    await expect(page.locator(".slide-option").nth(i)).toBeInViewport({ ratio: 1 });
  }
  for (const [n, count] of [[1, "6"], [2, "3"]] as const) {
    await tabTo(page, `Hands for option ${n}`, 60);
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type(count);
  }
  await tabTo(page, "One more hand for option 3", 10);
  await page.keyboard.press("Enter");
  const counts = page.locator(".hands__count");
  await expect(counts).toHaveText(["6 hands (60%)", "3 hands (30%)", "1 hand (10%)"]);
  await expect(page.getByLabel("Hands for option 1")).toHaveValue("6");
  const widths = await page.locator(".bar__fill").evaluateAll((els) => els.map((e) => (e as HTMLElement).style.width));
  expect(widths).toEqual(["60%", "30%", "10%"]);
  // No answer yet.
  await expect(page.getByText("Best answer.")).toBeHidden();
  await checkA11y("presenter, options with hands counted");
  await shoot(page, "1920-options");
  await noHorizontalOverflow(page, "options at 1920×1080");

  // 4. Discussion (the arrow works with focus on a button too).
  await page.keyboard.press("ArrowRight");
  await expect(status).toHaveText("Step 4 of 5: Discuss");
  await expect(page.getByRole("heading", { name: "Discuss" })).toBeVisible();
  await checkA11y("presenter, discussion");

  // 5. The answer, with every option's explanation, and the counts still shown.
  await page.keyboard.press("PageDown");
  await expect(status).toHaveText("Step 5 of 5: The answer");
  const best = shown.indexOf(item.best);
  await expect(page.locator(".slide-option").nth(best)).toContainText("Best answer.");
  await expect(page.locator(".slide-option--best")).toHaveCount(1);
  for (const [i, m] of shown.entries()) {
    await expect(page.locator(".slide-option").nth(i)).toContainText(item.moves[m].explanation);
    await expect(page.locator(".slide-option").nth(i)).toBeInViewport({ ratio: 1 });
  }
  await expect(counts).toHaveText(["6 hands (60%)", "3 hands (30%)", "1 hand (10%)"]);
  // The last step is the last: moving on again changes nothing.
  await page.keyboard.press("ArrowRight");
  await expect(status).toHaveText("Step 5 of 5: The answer");
  await expect(page.locator("body")).not.toContainText(JOURNAL_SECRET);
  await checkA11y("presenter, answer");
  await shoot(page, "1920-answer");
  await noHorizontalOverflow(page, "answer at 1920×1080");

  // Escape leaves to the catalogue, and the stored data is exactly as it was.
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL("/workshop");
  await expect(page.getByRole("heading", { level: 1, name: "Workshop" })).toBeVisible();
  expect(await storageSnapshot(page)).toBe(before);
  // Also after a reload of the presenter and leaving the workshop altogether.
  await page.goto(href);
  await appReady(page);
  await page.keyboard.press("ArrowRight");
  await page.goto("/");
  await appReady(page);
  expect(await storageSnapshot(page)).toBe(before);
});

test("a triad on the fast clock rotates roles so each person is speaker once, then finishes", async ({ page, checkA11y }) => {
  const cards = (bundle("workshop").get("workshop/triads.toml") as { card: Card[] }).card;
  const card = cards.find(noNotes)!;

  await page.goto("/workshop/triads");
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1, name: "Role-play triads" })).toBeVisible();
  const shown = () => page.locator(".item-list li:visible");
  const all = await shown().count();
  expect(all).toBe(cards.length);
  await page.getByLabel("Gentle cards only (no content note)").check();
  await expect(shown()).toHaveCount(cards.filter(noNotes).length);
  await checkA11y("the triad card list");

  await page.goto(`/workshop/triads/${card.id}?fast=1`);
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1, name: card.title })).toBeVisible();
  await expect(page.getByText(card.opening_line)).toBeVisible();
  await expect(page.getByText("Demo clock")).toBeVisible();
  await expect(page.locator(".clock__phase")).toHaveText("Ready to start");
  await expect(page.locator(".observer input[type=checkbox]")).toHaveCount(9);
  await checkA11y("a triad card, ready");

  // Record every phase and who is speaker, as the page changes.
  await page.evaluate(() => {
    const w = window as unknown as { __triad: string[] };
    w.__triad = [];
    const record = () => {
      const phase = document.querySelector(".clock__phase")?.textContent ?? "";
      const speaker = [...document.querySelectorAll(".role")].find((r) => r.querySelector(".role__name")?.textContent === "Speaker");
      const entry = `${phase}|${speaker?.getAttribute("data-person") ?? "-"}`;
      if (w.__triad[w.__triad.length - 1] !== entry) w.__triad.push(entry);
    };
    record();
    new MutationObserver(record).observe(document.getElementById("main")!, { subtree: true, childList: true, characterData: true });
  });

  // The observer ticks something (kept in memory only), then the session starts.
  await page.locator(".observer input[type=checkbox]").first().check();
  await expect(page.locator(".observer__count").first()).toContainText("Noticed 1");
  await page.locator(".observer__count button").first().click();
  await expect(page.locator(".observer__count").first()).toContainText("Noticed 2");
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.locator(".clock__phase")).toHaveText("All three rounds done", { timeout: 20_000 });
  await expect(page.getByRole("button", { name: "Start again" })).toBeVisible();
  await expect(page.getByText("Everyone has been speaker, listener and observer once.")).toBeVisible();
  // A new round cleared the first observer's ticks.
  await expect(page.locator(".observer__count").first()).toContainText("Noticed 0");
  await expect(page.locator("[role=status]").last()).toHaveText("All three rounds done. Thank each other.");

  const log = await page.evaluate(() => (window as unknown as { __triad: string[] }).__triad);
  const speakers = new Map<string, string>();
  for (const e of log) {
    const [phase, person] = e.split("|");
    const m = /^Round (\d) of 3$/.exec(phase);
    if (m) speakers.set(m[1], person);
  }
  expect([...speakers.keys()], `rounds seen in ${log.join(", ")}`).toEqual(["1", "2", "3"]);
  expect(new Set(speakers.values())).toEqual(new Set(["A", "B", "C"]));
  for (const n of [1, 2, 3]) expect(log.some((e) => e.startsWith(`Feedback on round ${n}|`)), `feedback ${n}`).toBe(true);
  await checkA11y("a triad card, finished");
  await noHorizontalOverflow(page, "triad");
});

test.describe("at 200% zoom (960×540 at device scale 2)", () => {
  test.use({ viewport: { width: 960, height: 540 }, deviceScaleFactor: 2 });

  test("the presenter and the triad timer fit without sideways scrolling", async ({ page, checkA11y }) => {
    const items = (bundle("validation").get("validation/decide.toml") as { item: DecideItem[] }).item;
    const item = items.find(noNotes)!;
    await page.goto(`/workshop/present/validation/decide/${item.id}`);
    await appReady(page);
    await shoot(page, "200pc-statement");
    await noHorizontalOverflow(page, "statement at 200%");
    for (let i = 0; i < 2; i++) await page.keyboard.press("ArrowRight");
    await expect(page.locator(".presenter [role=status]")).toHaveText("Step 3 of 5: The options, and a show of hands");
    await page.getByRole("button", { name: "One more hand for option 2" }).click();
    await shoot(page, "200pc-options");
    await noHorizontalOverflow(page, "options at 200%");
    for (let i = 0; i < 2; i++) await page.keyboard.press("ArrowRight");
    await expect(page.getByText("Best answer.")).toBeVisible();
    await shoot(page, "200pc-answer");
    await noHorizontalOverflow(page, "answer at 200%");
    await checkA11y("presenter answer at 200%");

    const cards = (bundle("workshop").get("workshop/triads.toml") as { card: Card[] }).card;
    await page.goto(`/workshop/triads/${cards[0].id}`);
    await appReady(page);
    await shoot(page, "200pc-triad");
    await noHorizontalOverflow(page, "triad at 200%");
  });
});
