// The practice partner (issue 20), as a learner uses it: a typed conversation by keyboard, where
// reflections take the peer deeper and advice makes them close; the debrief with the engine's
// labels and highlighted words; "Try again from here" beside the first attempt; nothing typed
// stored until "Save this conversation to my journal"; workshop mode stores nothing; a log
// region screen readers announce; a phone at 320 px and a projector at 200% zoom.
import { test, expect, appReady, tabTo, type Page } from "./fixtures";

const ROBIN = "/practise/listening/partner/robin-course-change";

/** Replies the engine reads as listening at each of Robin's three layers (the same as the
 *  native scripted walk in domain/tests/partner_walks.rs). */
const REFLECTIONS = [
  "So the history lecture was the best hour you've had here, and anatomy just isn't landing.",
  "It sounds like you feel flat on a course everyone else loves, and then guilty on top of that.",
  "So switching feels like telling your mum all that sacrifice was for nothing, and that's a heavy thing to carry.",
];
const ADVICE = [
  "You should talk to someone about it, maybe your manager or a tutor.",
  "You need to take a proper break and look after yourself first.",
];

async function open(page: Page, path = ROBIN) {
  await page.goto(path);
  await appReady(page);
}

/** Types a reply and sends it by keyboard alone. */
async function say(page: Page, text: string) {
  await expect(page.getByLabel("Your reply")).toBeFocused();
  await page.keyboard.type(text);
  await tabTo(page, "Send");
  await page.keyboard.press("Enter");
}

/** The learner's stored data (the `data` of Heard's envelope). */
async function stored(page: Page) {
  const text = await page.evaluate(() => localStorage.getItem("heard.data"));
  return JSON.parse(text || "{}").data;
}

const log = (page: Page) => page.getByRole("log", { name: "Your conversation with Robin" });

test("Robin by keyboard with reflective replies reaches the heard ending, and the debrief teaches", async ({ page, checkA11y }) => {
  await open(page);
  await expect(log(page)).toContainText("three hours of anatomy");
  await tabTo(page, "Your reply");
  await say(page, REFLECTIONS[0]);
  await expect(log(page)).toContainText("someone else's coat");
  await say(page, REFLECTIONS[1]);
  await expect(log(page)).toContainText("My mum did two jobs");
  await say(page, REFLECTIONS[2]);
  const ending = page.getByRole("heading", { name: "Ending: They felt heard and said what they need" });
  await expect(ending).toBeFocused();
  await expect(log(page)).toContainText("Could I practise on you first?");
  await expect(page.getByLabel("Your reply")).toHaveCount(0);
  // The debrief: every reply with its labels and the words behind them, what Robin thought,
  // the turning points and the layer reached.
  const debrief = page.locator(".debrief");
  await expect(debrief).toContainText("Robin opened up as far as the real worry (layer 3 of 3).");
  await expect(debrief.getByRole("heading", { name: "Reflects feeling" }).first()).toBeVisible();
  await expect(debrief.locator("mark").first()).toBeVisible();
  await expect(debrief.getByText("What they were thinking:").first()).toBeVisible();
  await expect(debrief).toContainText("They went deeper: to how it feels.");
  await expect(debrief).toContainText("They went deeper: to the real worry.");
  await checkA11y("the partner's debrief");
  const data = await stored(page);
  expect(data.progress.items["listen.partner.robin-course-change"].last_score).toBe(100);
  expect(data.progress.partners["robin-course-change"]).toMatchObject({ met: 1, deepest: 2, last_ending: "heard" });
  expect(JSON.stringify(data)).not.toContain("anatomy just isn't landing");
});

test("the log is a region screen readers announce, and the switch shows feedback as I go", async ({ page, checkA11y }) => {
  await open(page);
  await expect(log(page)).toHaveAttribute("role", "log");
  const before = await log(page).locator("li").count();
  await page.getByRole("switch", { name: "Show feedback as I go" }).check();
  await page.getByLabel("Your reply").fill(ADVICE[0]);
  await page.getByRole("button", { name: "Send" }).click();
  // The new lines are added inside the same log (not a re-rendered one), so only they are read.
  await expect(log(page).locator("li")).toHaveCount(before + 2);
  await expect(log(page).locator(".chat__feedback")).toHaveText("Feedback: Advice.");
  await page.getByRole("switch", { name: "Show feedback as I go" }).uncheck();
  await expect(log(page).locator(".chat__feedback")).toHaveCount(0);
  await checkA11y("a partner conversation in progress");
});

test("the same partner with advice reaches a polite close, and try again from here sits beside it", async ({ page, checkA11y }) => {
  await open(page);
  await tabTo(page, "Your reply");
  await say(page, ADVICE[0]);
  await expect(log(page)).toContainText("I'm not there yet");
  await say(page, ADVICE[1]);
  await expect(page.getByRole("heading", { name: "Ending: A polite close" })).toBeFocused();
  await expect(log(page)).toContainText("I should get some sleep");

  // Try again from the first reply: the first attempt stays, the new one starts from there.
  await page.getByRole("button", { name: "Try again from here (reply 1)" }).click();
  const first = page.locator(".attempt--first");
  await expect(page.getByRole("heading", { name: "First attempt" })).toBeVisible();
  await expect(first).toContainText(ADVICE[0]);
  await expect(first).toContainText("Ending: A polite close");
  await expect(first.getByText("You tried again from here")).toBeVisible();
  await expect(log(page).locator("li")).toHaveCount(1);
  for (const r of REFLECTIONS) await say(page, r);
  await expect(page.getByRole("heading", { name: "Ending: They felt heard and said what they need" })).toBeFocused();
  await expect(first).toContainText("Ending: A polite close");
  await checkA11y("two attempts side by side");
  expect((await stored(page)).progress.partners["robin-course-change"].endings).toEqual(["close", "heard"]);
});

test("nothing typed is in storage until the learner saves the conversation to the journal", async ({ page }) => {
  await open(page);
  await page.getByLabel("Your reply").fill(ADVICE[0]);
  await page.getByRole("button", { name: "Send" }).click();
  await page.getByLabel("Your reply").fill(ADVICE[1]);
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("heading", { name: "Ending: A polite close" })).toBeVisible();
  const everything = () =>
    page.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } }));
  expect(await everything()).not.toContain("proper break");
  await page.getByRole("button", { name: "Save this conversation to my journal" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved to your journal" })).toBeVisible();
  expect(await everything()).toContain("proper break");
  await page.goto("/journal");
  await appReady(page);
  await expect(page.getByText("Practice partner: Robin", { exact: false }).first()).toBeVisible();
});

test("in workshop mode a trainer reaches a partner from the workshop page, the conversation and its debrief work, and nothing is stored", async ({ page }) => {
  await page.goto("/workshop");
  await appReady(page);
  const before = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  await page.getByRole("link", { name: "A practice partner with the room" }).click();
  await page.getByRole("link", { name: "First-year medical student" }).click();
  await expect(page).toHaveURL(ROBIN);
  for (const r of ADVICE) {
    await page.getByLabel("Your reply").fill(r);
    await page.getByRole("button", { name: "Send" }).click();
  }
  await expect(page.getByRole("heading", { name: "Ending: A polite close" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Save this conversation to my journal" })).toHaveCount(0);
  await expect(page.getByText("Workshop mode: nothing is stored")).toBeVisible();
  expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).toBe(before);
});

test("in memory-only mode a conversation works, and saving it says truthfully that it is kept in this tab only", async ({ page, context }) => {
  await context.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await open(page);
  await expect(page.getByRole("heading", { name: "Your progress won't be kept on this device" })).toBeVisible();
  for (const r of ADVICE) {
    await page.getByLabel("Your reply").fill(r);
    await page.getByRole("button", { name: "Send" }).click();
  }
  await expect(page.getByRole("heading", { name: "Ending: A polite close" })).toBeVisible();
  await page.getByRole("button", { name: "Save this conversation to my journal" }).click();
  const status = page.getByRole("status").filter({ hasText: "Kept in this tab only" });
  await expect(status).toBeVisible();
  await expect(page.getByText("Saved to your journal")).toHaveCount(0);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("heard.")))).toEqual([]);
  // Within this tab the journal has it (a link, not a reload, which would end the session).
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My progress" }).click();
  await page.getByRole("link", { name: "Open your journal" }).click();
  await expect(page.getByText("Practice partner: Robin", { exact: false }).first()).toBeVisible();
});

test("a conversation saved in one tab keeps a note written meanwhile in another tab", async ({ page, context }) => {
  await open(page);
  await page.getByLabel("Your reply").fill(ADVICE[0]);
  await page.getByRole("button", { name: "Send" }).click();
  const other = await context.newPage();
  await other.goto("/journal");
  await appReady(other);
  await other.getByLabel("Note", { exact: true }).fill("Written in the other tab while Robin was talking");
  await other.getByRole("button", { name: "Add the note" }).click();
  await expect(other.locator(".note")).toHaveCount(1);

  await page.bringToFront();
  await page.getByLabel("Your reply").fill(ADVICE[1]);
  await page.getByRole("button", { name: "Send" }).click();
  await page.getByRole("button", { name: "Save this conversation to my journal" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved to your journal" })).toBeVisible();
  const notes = Object.values((await stored(page)).journal as Record<string, { text: string }>).map((n) => n.text);
  expect(notes.some((t) => t.includes("Written in the other tab"))).toBe(true);
  expect(notes.some((t) => t.includes("proper break"))).toBe(true);
});

async function noSideways(page: Page) {
  const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scroll, "no sideways scrolling").toBeLessThanOrEqual(width);
}

test("a phone at 320 px holds the conversation, the debrief and two attempts without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await open(page);
  await page.getByLabel("Your reply").fill(ADVICE[0]);
  await page.getByRole("button", { name: "Send" }).click();
  await noSideways(page);
  await page.screenshot({ path: "test-results/partner-320-talk.png", fullPage: true });
  await page.getByLabel("Your reply").fill(ADVICE[1]);
  await page.getByRole("button", { name: "Send" }).click();
  await page.getByRole("button", { name: "Try again from here (reply 2)" }).click();
  await page.getByLabel("Your reply").fill(REFLECTIONS[0]);
  await page.getByRole("button", { name: "Send" }).click();
  await noSideways(page);
  await page.screenshot({ path: "test-results/partner-320-two-attempts.png", fullPage: true });
});

test.describe("on a projector at 200% zoom", () => {
  test.use({ viewport: { width: 960, height: 540 }, deviceScaleFactor: 2 });
  test("the conversation and the debrief fit the width", async ({ page }) => {
    await open(page);
    await page.getByLabel("Your reply").fill(REFLECTIONS[0]);
    await page.getByRole("button", { name: "Send" }).click();
    await expect(log(page)).toContainText("someone else's coat");
    await noSideways(page);
    await page.screenshot({ path: "test-results/partner-projector-talk.png" });
    for (const r of ADVICE) {
      await page.getByLabel("Your reply").fill(r);
      await page.getByRole("button", { name: "Send" }).click();
    }
    await expect(page.getByRole("heading", { name: "Ending: They closed down" })).toBeVisible();
    await noSideways(page);
    await page.screenshot({ path: "test-results/partner-projector-debrief.png", fullPage: true });
  });
});
