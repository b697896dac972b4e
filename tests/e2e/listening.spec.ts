// Reflective listening, used the way a learner does: write a reflection and see what the
// on-device feedback engine found, with the words that show it highlighted; name the
// feelings; pick the reflection; and order the ladder with the move buttons alone.
import { test, expect, appReady, tabTo, type Page } from "./fixtures";
import { readdirSync, readFileSync } from "node:fs";

type Statement = { id: string; statement: string; content_notes?: string[]; feelings: string[] };
type Feeling = { id: string; word: string };
type PickItem = { id: string; statement: string; option: { text: string; correct?: boolean }[] };
type LadderItem = { id: string; statement: string; response: { text: string; level: number }[] };

/** The area's content as the app will show it, read from the built bundle. */
function bundle(): Map<string, Record<string, unknown>> {
  const file = readdirSync("dist/content").find((f) => f.startsWith("listening-"));
  if (!file) throw new Error("no listening bundle in dist/content: build first");
  const files = new Map<string, Record<string, unknown>>();
  for (const line of readFileSync(`dist/content/${file}`, "utf8").split("\n").filter(Boolean)) {
    files.set(line.slice(0, line.indexOf("\t")), JSON.parse(line.slice(line.indexOf("\t") + 1)));
  }
  return files;
}
const statements = () => bundle().get("listening/statements.toml")!.statement as Statement[];
const gentle = (id: string) => (statements().find((s) => s.id === id)?.content_notes?.length ?? 0) === 0;

async function open(page: Page, path: string) {
  await page.goto(path);
  await appReady(page);
}

test("a written reflection gets the engine's labels, the words behind each highlighted, and models to compare", async ({ page, checkA11y }) => {
  const s = statements().find((x) => !x.content_notes?.length)!;
  await open(page, `/practise/listening/write/${s.id}`);
  await tabTo(page, "Your reflection");
  await page.keyboard.type("It sounds like you feel really let down. Have you tried talking to someone about it?");
  await tabTo(page, "Get feedback");
  await page.keyboard.press("Enter");
  await expect(page.locator("#reflection-result")).toBeFocused();
  const finding = (name: string) => page.getByRole("listitem").filter({ has: page.getByRole("heading", { name, exact: true }) });
  await expect(finding("Reflects feeling").locator("mark")).toContainText([/let down/]);
  await expect(finding("Advice").locator("mark").first()).toContainText(/Have you tried/i);
  await expect(page.getByText("Feedback is a guide, not a grade", { exact: false })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Compare with" })).toBeVisible();
  await checkA11y("a written reflection with feedback");

  // Trying again replaces the feedback; what was typed is never stored.
  await page.getByLabel("Your reflection").fill("That sounds so hard.");
  await page.getByRole("button", { name: "Get feedback again" }).click();
  await expect(finding("Advice")).toHaveCount(0);
  const stored = await page.evaluate(() => JSON.stringify(localStorage));
  expect(stored).not.toContain("sounds so hard");
  expect(stored).toContain(`listen.write.${s.id}`);
});

test("naming the feelings marks each one heard, missed or extra, and says what a listener would notice", async ({ page, checkA11y }) => {
  const s = statements().find((x) => !x.content_notes?.length)!;
  const words = new Map((bundle().get("listening/feelings.toml")!.feeling as Feeling[]).map((f) => [f.id, f.word]));
  await open(page, `/practise/listening/feel/${s.id}`);
  for (const id of s.feelings) await page.getByRole("checkbox", { name: words.get(id)!, exact: true }).check();
  await page.getByRole("button", { name: "Check" }).click();
  await expect(page.getByRole("heading", { name: `You heard ${s.feelings.length} of the ${s.feelings.length} feelings a listener would notice.` })).toBeVisible();
  await expect(page.getByText("What a listener would notice:")).toBeVisible();
  await checkA11y("named feelings, checked");
});

test("picking a reflection explains every option, chosen or not", async ({ page }) => {
  const item = (bundle().get("listening/pick.toml")!.item as PickItem[]).find((i) => gentle(i.statement))!;
  await open(page, `/practise/listening/pick/${item.id}`);
  const wrong = item.option.find((o) => !o.correct)!;
  await page.getByRole("radio", { name: wrong.text, exact: true }).check();
  await page.getByRole("button", { name: "Check" }).click();
  await expect(page.getByRole("heading", { name: /Not the best reflection/ })).toBeVisible();
  await expect(page.locator(".option .feedback")).toHaveCount(item.option.length);
});

test("the ladder can be put in order with the move buttons alone, each move announced", async ({ page, checkA11y }) => {
  const item = (bundle().get("listening/ladder.toml")!.item as LadderItem[]).find((i) => gentle(i.statement))!;
  await open(page, `/practise/listening/ladder/${item.id}`);
  await checkA11y("the ladder, unordered");
  const solved = [...item.response].sort((a, b) => a.level - b.level);
  for (const [target, rung] of solved.entries()) {
    const group = page.getByRole("group", { name: new RegExp(escape(rung.text)) });
    for (let n = 0; n < 6; n++) {
      const at = Number((await group.locator(".rung__number").innerText()).replace(/\D/g, "")) - 1;
      if (at <= target) break;
      await group.getByRole("button", { name: "Move up" }).click();
      await expect(page.getByRole("status").filter({ hasText: "is now at position" })).toContainText(`position ${at} of`);
    }
  }
  await page.getByRole("button", { name: "Check my order" }).click();
  await expect(page.getByRole("heading", { name: `${solved.length} of ${solved.length} in the right place.` })).toBeVisible();
  await checkA11y("the ladder, checked");
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
