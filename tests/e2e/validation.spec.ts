// Validation versus advice, used the way a learner does: a sort completed by keyboard only,
// one conversation played down two routes to two different endings, a judgement call answered
// wrongly (and explained), and a written rewrite with the feedback engine's highlights.
import { test, expect, appReady, tabTo, type Page } from "./fixtures";
import { readdirSync, readFileSync } from "node:fs";

type SortItem = { id: string; content_notes?: string[]; response: { id: string; text: string; bin: "validates" | "advice" | "other" }[] };
type Reply = { text: string; next: string };
type Conversation = { id: string; start: string; content_notes?: string[]; turn: { id: string; reply: Reply[] }[]; ending: { id: string; title: string }[] };
type DecideItem = { id: string; content_notes?: string[]; best: string; moves: Record<string, { say: string }> };

/** The area's content as the app will show it, read from the built bundle. */
function bundle(): Map<string, unknown> {
  const file = readdirSync("dist/content").find((f) => f.startsWith("validation-"));
  if (!file) throw new Error("no validation bundle in dist/content: build first");
  const files = new Map<string, unknown>();
  for (const line of readFileSync(`dist/content/${file}`, "utf8").split("\n").filter(Boolean)) {
    files.set(line.slice(0, line.indexOf("\t")), JSON.parse(line.slice(line.indexOf("\t") + 1)));
  }
  return files;
}

const noNotes = (x: { content_notes?: string[] }) => (x.content_notes?.length ?? 0) === 0;
const BIN_ORDER = ["validates", "advice", "other"];

/** Every route through a conversation, as the reply indexes chosen and the ending reached. */
function routes(c: Conversation): { picks: number[]; ending: string }[] {
  const out: { picks: number[]; ending: string }[] = [];
  const walk = (node: string, picks: number[]) => {
    const turn = c.turn.find((t) => t.id === node);
    if (!turn) return out.push({ picks, ending: node });
    turn.reply.forEach((r, i) => walk(r.next, [...picks, i]));
  };
  walk(c.start, []);
  return out;
}

async function open(page: Page, path: string) {
  await page.goto(path);
  await appReady(page);
}

test("a sort can be completed by keyboard only, with each move announced and every reply explained", async ({ page, checkA11y }) => {
  const items = (bundle().get("validation/sort.toml") as { item: SortItem[] }).item;
  const item = items.find(noNotes)!;
  await open(page, `/practise/validation/sort/${item.id}`);
  await checkA11y("a sort, before sorting");

  await tabTo(page, "Validates");
  // The replies are shown in this attempt's shuffled order (issue 16): read which one has
  // focus rather than assume the file's order.
  const replyInFocus = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      return { reply: el?.closest("[role=group]")?.querySelector("p")?.textContent ?? "", button: el?.textContent ?? "" };
    });
  const shown = (await page.locator(".bin--pool .sort-card__text").allInnerTexts()).map((t) => t.trim());
  expect(shown.toSorted()).toEqual(item.response.map((r) => r.text).toSorted());
  for (let i = 0; i < item.response.length; i++) {
    // Focus starts each reply on its first bin button: move right to the bin it belongs in.
    // After each move, focus goes on to the first bin button of the next reply still to sort,
    // in the order shown (it arrives once the move has rendered).
    await expect.poll(replyInFocus).toEqual({ reply: shown[i], button: "Validates" });
    const r = item.response.find((x) => x.text === shown[i])!;
    for (let n = 0; n < BIN_ORDER.indexOf(r.bin); n++) await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "Moved" })).toContainText(`${item.response.length - i - 1} left to sort`);
  }
  await expect(page.getByRole("button", { name: "Check my sort" })).toBeFocused();
  await page.keyboard.press("Enter");
  const n = item.response.length;
  await expect(page.getByRole("heading", { name: `${n} of ${n} in the right place.` })).toBeVisible();
  await expect(page.locator(".sort-card .feedback--ok")).toHaveCount(n);
  await checkA11y("a sort, checked");

  // The result is kept: after a reload the list shows the item as done.
  await open(page, "/practise/validation/sort");
  const row = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: /./ }) }).filter({ hasText: "Done" });
  await expect(row).toHaveCount(1);
});

test("a misplaced reply says where it belongs and why", async ({ page }) => {
  const item = (bundle().get("validation/sort.toml") as { item: SortItem[] }).item.find(noNotes)!;
  await open(page, `/practise/validation/sort/${item.id}`);
  for (const r of item.response) {
    const wrong = r.bin === "validates" ? "Gives advice / fixes" : "Validates";
    await page.getByRole("group", { name: r.text, exact: true }).getByRole("button", { name: wrong }).click();
  }
  await page.getByRole("button", { name: "Check my sort" }).click();
  await expect(page.getByRole("heading", { name: `0 of ${item.response.length} in the right place.` })).toBeVisible();
  await expect(page.locator(".sort-card .feedback--miss").first()).toContainText("This belongs in");
});

test("one conversation played down two routes reaches two different endings, each with its debrief", async ({ page, checkA11y }) => {
  const files = bundle();
  const conversations = [...files.entries()].filter(([k]) => k.startsWith("validation/conversations/")).map(([, v]) => v as Conversation);
  const c = conversations.find(noNotes)!;
  const all = routes(c);
  const first = all[0];
  const second = all.find((r) => r.ending !== first.ending)!;
  expect(second, "a second ending").toBeTruthy();
  await open(page, `/practise/validation/talk/${c.id}`);
  await checkA11y("a conversation, first turn");

  for (const [n, route] of [first, second].entries()) {
    if (n > 0) await page.getByRole("button", { name: "Try a different route" }).click();
    let node = c.start;
    for (const pick of route.picks) {
      const turn = c.turn.find((t) => t.id === node)!;
      await page.getByRole("button", { name: turn.reply[pick].text, exact: true }).click();
      node = turn.reply[pick].next;
      // The peer's answer is where focus lands, so it is read out next.
      await expect(page.locator("#latest")).toBeFocused();
    }
    const ending = c.ending.find((e) => e.id === route.ending)!;
    await expect(page.getByRole("heading", { name: `Ending: ${ending.title}` })).toBeVisible();
    await expect(page.getByText("What they were thinking:").first()).toBeVisible();
    await expect(page.getByRole("heading", { name: /better route/ })).toBeVisible();
    if (n === 0) await checkA11y("a conversation's debrief");
  }
});

test("choosing the wrong move on a judgement call explains the better one", async ({ page, checkA11y }) => {
  const items = (bundle().get("validation/decide.toml") as { item: DecideItem[] }).item;
  const item = items.find((i) => noNotes(i) && i.best !== "keep_listening")!;
  await open(page, `/practise/validation/decide/${item.id}`);
  await page.getByRole("radio", { name: /^Keep listening/ }).check();
  await page.getByRole("button", { name: "Check" }).click();
  // Focus moves to the result, so a screen reader reads it next.
  await expect(page.locator("#decide-result")).toBeFocused();
  await expect(page.getByRole("heading", { name: "Not the best move here." })).toBeVisible();
  await expect(page.getByText(/^Better here:/)).toBeVisible();
  await checkA11y("a judgement call, answered wrongly");
});

test("a written rewrite gets the feedback engine's labels with the words that show them highlighted", async ({ page, checkA11y }) => {
  const items = (bundle().get("validation/rewrite.toml") as { item: { id: string; content_notes?: string[] }[] }).item;
  await open(page, `/practise/validation/rewrite/${items.find(noNotes)!.id}`);
  await page.getByRole("button", { name: "Get feedback" }).click();
  await expect(page.getByText("Write a response first")).toBeVisible();
  await page.getByLabel("Your reply").fill("That sounds exhausting. You should just take a break.");
  await page.getByRole("button", { name: "Get feedback" }).click();
  const advice = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Advice", exact: true }) });
  await expect(advice.locator("mark")).toContainText(["should"]);
  await expect(page.getByText("Feedback is a guide, not a grade", { exact: false })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Compare with" })).toBeVisible();
  await checkA11y("a written rewrite with feedback");
});
