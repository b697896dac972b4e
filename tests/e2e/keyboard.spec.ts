// Keyboard only, and reduced motion (issue 9). Each exercise type not already walked by
// keyboard in its own area's spec is opened by deep link and completed with Tab, Shift+Tab,
// Enter, Space, the arrow keys and typing alone (no clicks, no programmatic focus, no drag):
// the feedback appears, focus lands on it, and axe passes. Then, with reduced motion asked
// for, nothing on the pages that animate has a transition or animation longer than 0.01 s,
// nor smooth scrolling; without it, the triad clock and the show-of-hands bars do animate.
// Items come from the built content bundles, as the app shows them.
import { test, expect, appReady, tabTo, type Page } from "./fixtures";
import { readdirSync, readFileSync } from "node:fs";

type Notes = { content_notes?: string[] };
type Statement = Notes & { id: string; feelings: string[] };
type Feeling = { id: string; word: string };
type Choice = { text: string; correct?: boolean };
type PickItem = { id: string; statement: string; option: Choice[] };
type LadderItem = { id: string; statement: string; response: { text: string; level: number }[] };
type DecideItem = Notes & { id: string; best: string; moves: Record<string, { say: string }> };
type RewriteItem = Notes & { id: string; option: Choice[]; advice_note: string };
type Reply = { text: string; next: string };
type Conversation = Notes & { id: string; start: string; turn: { id: string; reply: Reply[] }[]; ending: { id: string; title: string }[] };
type NameItem = Notes & { id: string; answer: string; explanation: string };
type Entry = { id: string; title: string };

/** An area's files from its built bundle (`path\tjson` per line). */
function bundle(area: string): Map<string, unknown> {
  const file = readdirSync("dist/content").find((f) => f.startsWith(`${area}-`));
  if (!file) throw new Error(`no ${area} bundle in dist/content: build first`);
  const files = new Map<string, unknown>();
  for (const l of readFileSync(`dist/content/${file}`, "utf8").split("\n")) {
    const tab = l.indexOf("\t");
    if (tab > 0) files.set(l.slice(0, tab), JSON.parse(l.slice(tab + 1)));
  }
  return files;
}

const listening = bundle("listening");
const validation = bundle("validation");
const moves = bundle("moves");
const noNotes = (x: Notes) => (x.content_notes?.length ?? 0) === 0;
const statements = (listening.get("listening/statements.toml") as { statement: Statement[] }).statement;
/** Pick and ladder items carry the content note of the statement they use. */
const gentle = (statementId: string) => noNotes(statements.find((s) => s.id === statementId) ?? {});

async function open(page: Page, path: string) {
  await page.goto(path);
  await appReady(page);
}

/** The label text of the form control that has keyboard focus ("" for anything else). */
function focusedLabel(page: Page) {
  return page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.innerText.trim() ?? "");
}

/** Tabs into the radio group `name`, then moves through it with ArrowDown (which checks each
 *  radio it reaches) to the option whose label contains `text`, and checks it with Space. */
async function chooseRadio(page: Page, name: string, text: string) {
  for (let i = 0; ; i++) {
    if (i === 80) throw new Error(`could not reach the "${name}" radios with Tab`);
    await page.keyboard.press("Tab");
    const inGroup = await page.evaluate((n) => {
      const el = document.activeElement as HTMLInputElement | null;
      return el?.type === "radio" && el.name === n;
    }, name);
    if (inGroup) break;
  }
  for (let i = 0; i < 12; i++) {
    if ((await focusedLabel(page)).includes(text)) {
      await page.keyboard.press("Space");
      const radio = page.locator(`input[type=radio][name="${name}"]:focus`);
      await expect(radio).toBeChecked();
      return;
    }
    await page.keyboard.press("ArrowDown");
  }
  throw new Error(`no "${name}" radio labelled "${text}"`);
}

/** Tabs to the button `button` inside the group whose text contains `groupText` (for
 *  buttons that share a name, like each rung's "Move up"). */
async function tabToIn(page: Page, groupText: string, button: string, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const hit = await page.evaluate(
      ([g, b]) => {
        const el = document.activeElement as HTMLElement | null;
        return el?.innerText.trim() === b && !!el.closest("[role=group]")?.textContent?.includes(g);
      },
      [groupText, button],
    );
    if (hit) return;
  }
  throw new Error(`could not reach "${button}" for "${groupText}" with Tab`);
}

test("the feelings can be chosen and checked with the keyboard alone", async ({ page, checkA11y }) => {
  const s = statements.find(noNotes)!;
  const words = new Map((listening.get("listening/feelings.toml") as { feeling: Feeling[] }).feeling.map((f) => [f.id, f.word]));
  await open(page, `/practise/listening/feel/${s.id}`);
  // Tab through the checkboxes in page order, ticking each right feeling with Space.
  const inPageOrder = await page.getByRole("checkbox").evaluateAll((els) => els.map((e) => (e as HTMLInputElement).labels![0].innerText.trim()));
  const wanted = s.feelings.map((id) => words.get(id)!).sort((a, b) => inPageOrder.indexOf(a) - inPageOrder.indexOf(b));
  for (const word of wanted) {
    await tabTo(page, word, 200);
    await page.keyboard.press("Space");
    await expect(page.getByRole("checkbox", { name: word, exact: true })).toBeChecked();
  }
  await expect(page.getByRole("checkbox", { checked: true })).toHaveCount(wanted.length);
  await tabTo(page, "Check", 200);
  await page.keyboard.press("Enter");
  const n = s.feelings.length;
  await expect(page.getByRole("heading", { name: `You heard ${n} of the ${n} feelings a listener would notice.` })).toBeVisible();
  await expect(page.getByText("What a listener would notice:")).toBeVisible();
  await expect(page.locator("#feel-result")).toBeFocused();
  await checkA11y("feelings named by keyboard, checked");
});

test("a reflection can be typed and sent for feedback with the keyboard alone", async ({ page, checkA11y }) => {
  const s = statements.find(noNotes)!;
  await open(page, `/practise/listening/write/${s.id}`);
  await tabTo(page, "Your reflection");
  await page.keyboard.type("It sounds like you feel ashamed, and you're wondering whether you belong.");
  await tabTo(page, "Get feedback");
  await page.keyboard.press("Enter");
  await expect(page.locator("#reflection-result")).toBeFocused();
  await expect(page.getByRole("heading", { name: "What your response does" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Reflects feeling", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Compare with" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Get feedback again" })).toBeVisible();
  await checkA11y("a reflection written by keyboard, with feedback");
});

test("the best reflection can be picked and checked with the arrow keys and Enter", async ({ page, checkA11y }) => {
  const item = (listening.get("listening/pick.toml") as { item: PickItem[] }).item.find((i) => gentle(i.statement))!;
  const best = item.option.find((o) => o.correct)!;
  await open(page, `/practise/listening/pick/${item.id}`);
  await chooseRadio(page, "pick", best.text);
  await expect(page.getByRole("radio", { name: best.text, exact: true })).toBeChecked();
  await tabTo(page, "Check");
  await page.keyboard.press("Enter");
  await expect(page.locator("#pick-result")).toBeFocused();
  await expect(page.getByRole("heading", { name: "Yes, that reflects best." })).toBeVisible();
  // Every option explains itself, chosen or not.
  await expect(page.locator(".option .feedback")).toHaveCount(item.option.length);
  await checkA11y("a reflection picked by keyboard, checked");
});

test("the ladder can be ordered with its Move up buttons and checked with the keyboard alone", async ({ page, checkA11y }) => {
  const item = (listening.get("listening/ladder.toml") as { item: LadderItem[] }).item.find((i) => gentle(i.statement))!;
  await open(page, `/practise/listening/ladder/${item.id}`);
  const solved = [...item.response].sort((a, b) => a.level - b.level);
  const total = solved.length;
  const position = (text: string) =>
    page.evaluate((t) => [...document.querySelectorAll(".rung__text")].findIndex((p) => p.textContent?.includes(t)), text);
  // Top down: raise each reply to its place. Rungs above are already in order, and focus is
  // never below the reply to move next, so Tab always reaches it going forwards.
  for (const [target, rung] of solved.entries()) {
    let at = await position(rung.text);
    if (at === target) continue;
    await tabToIn(page, rung.text, "Move up");
    while (at > target) {
      await page.keyboard.press("Enter");
      await expect(page.getByRole("status").filter({ hasText: "is now at position" })).toHaveText(`“${rung.text}” is now at position ${at} of ${total}.`);
      at -= 1;
      // Focus stays with the reply that moved (on "Move down" once it reaches the top, where
      // "Move up" is disabled).
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.closest("[role=group]")?.querySelector(".rung__text")?.textContent ?? ""))
        .toBe(`${at + 1}. ${rung.text}`);
      await expect(page.locator(":focus")).toHaveText(at === 0 ? "Move down" : "Move up");
    }
  }
  await tabTo(page, "Check my order");
  await page.keyboard.press("Enter");
  await expect(page.locator("#ladder-result")).toBeFocused();
  await expect(page.getByRole("heading", { name: `${total} of ${total} in the right place.` })).toBeVisible();
  await expect(page.locator(".rung .feedback--ok")).toHaveCount(total);
  await checkA11y("the ladder ordered by keyboard, checked");
});

test("a judgement call can be answered and checked with the arrow keys and Enter", async ({ page, checkA11y }) => {
  const item = (validation.get("validation/decide.toml") as { item: DecideItem[] }).item.find(noNotes)!;
  await open(page, `/practise/validation/decide/${item.id}`);
  await chooseRadio(page, "move", `“${item.moves[item.best].say}”`);
  await tabTo(page, "Check");
  await page.keyboard.press("Enter");
  await expect(page.locator("#decide-result")).toBeFocused();
  await expect(page.getByRole("heading", { name: "Yes, that fits." })).toBeVisible();
  await expect(page.getByText(/^You chose:/)).toBeVisible();
  await checkA11y("a judgement call answered by keyboard");
});

test("a rewrite can be picked and checked with the arrow keys and Enter", async ({ page, checkA11y }) => {
  const item = (validation.get("validation/rewrite.toml") as { item: RewriteItem[] }).item.find(noNotes)!;
  const best = item.option.find((o) => o.correct)!;
  await open(page, `/practise/validation/rewrite/${item.id}`);
  await chooseRadio(page, "rewrite", best.text);
  await tabTo(page, "Check");
  await page.keyboard.press("Enter");
  await expect(page.locator("#rewrite-result")).toBeFocused();
  await expect(page.getByRole("heading", { name: "Yes, that one validates." })).toBeVisible();
  await expect(page.locator("#rewrite-result")).toContainText(item.advice_note);
  await expect(page.locator(".option .feedback")).toHaveCount(item.option.length);
  await checkA11y("a rewrite picked by keyboard, checked");
});

test("a conversation can be played through to its debrief with Tab and Enter alone", async ({ page, checkA11y }) => {
  const c = [...validation.entries()]
    .filter(([k]) => k.startsWith("validation/conversations/"))
    .map(([, v]) => v as Conversation)
    .find(noNotes)!;
  await open(page, `/practise/validation/talk/${c.id}`);
  let node = c.start;
  for (let turn = c.turn.find((t) => t.id === node); turn; turn = c.turn.find((t) => t.id === node)) {
    const reply = turn.reply[0];
    await tabTo(page, reply.text, 60);
    await page.keyboard.press("Enter");
    // The peer's answer takes focus, so it is read next; the replies to it follow in Tab order.
    await expect(page.locator("#latest")).toBeFocused();
    node = reply.next;
  }
  const ending = c.ending.find((e) => e.id === node)!;
  await expect(page.getByRole("heading", { name: `Ending: ${ending.title}` })).toBeVisible();
  await expect(page.getByText("What they were thinking:").first()).toBeVisible();
  await expect(page.locator("#latest")).toBeFocused();
  // The way on is reachable from there.
  await tabTo(page, "Try a different route", 80);
  await checkA11y("a conversation played by keyboard, debrief");
});

test("a move can be named and checked with the arrow keys and Enter", async ({ page, checkA11y }) => {
  const list = (moves.get("moves/list.toml") as { entry: Entry[] }).entry;
  const item = (moves.get("moves/name.toml") as { item: NameItem[] }).item.find(noNotes)!;
  const answer = list.find((e) => e.id === item.answer)!.title;
  await open(page, `/practise/moves/name/${item.id}`);
  await chooseRadio(page, "move", answer);
  await expect(page.getByRole("radio", { name: answer, exact: true })).toBeChecked();
  await tabTo(page, "Check");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "Yes, that's the move." })).toBeFocused();
  await expect(page.locator("#name-result")).toContainText(item.explanation);
  await checkA11y("a move named by keyboard, checked");
});

/** Every element (and its ::before and ::after) with a transition or animation longer than
 *  0.01 s, or smooth scrolling, described as `tag.class: what`. */
function moving(page: Page) {
  return page.evaluate(() => {
    const seconds = (list: string) =>
      Math.max(0, ...list.split(",").map((v) => (v.trim().endsWith("ms") ? parseFloat(v) / 1000 : parseFloat(v)) || 0));
    const out: string[] = [];
    for (const el of [document.documentElement, ...document.querySelectorAll("body, body *")]) {
      for (const pseudo of [null, "::before", "::after"]) {
        const cs = getComputedStyle(el, pseudo);
        const name = `${el.tagName.toLowerCase()}${el.classList.length ? "." + [...el.classList].join(".") : ""}${pseudo ?? ""}`;
        const t = seconds(cs.transitionDuration);
        const a = cs.animationName === "none" ? 0 : seconds(cs.animationDuration);
        if (t > 0.01) out.push(`${name}: transition ${cs.transitionDuration}`);
        if (a > 0.01) out.push(`${name}: animation ${cs.animationDuration}`);
        if (cs.scrollBehavior === "smooth") out.push(`${name}: smooth scrolling`);
      }
    }
    return out;
  });
}

test("reduced motion removes every transition and animation; without it the clock and the hand bars animate", async ({ page }) => {
  const triad = (bundle("workshop").get("workshop/triads.toml") as { card: { id: string }[] }).card[0].id;
  const decide = (validation.get("validation/decide.toml") as { item: DecideItem[] }).item.find(noNotes)!.id;
  const ladder = (listening.get("listening/ladder.toml") as { item: LadderItem[] }).item.find((i) => gentle(i.statement))!.id;
  // Each page, with the elements on it that the stylesheet animates (none on the ladder).
  const pages: { path: string; animated: string[]; ready?: (page: Page) => Promise<void> }[] = [
    { path: "/", animated: [] },
    { path: `/practise/listening/ladder/${ladder}`, animated: [] },
    { path: `/workshop/triads/${triad}`, animated: [".clock"] },
    {
      path: `/workshop/present/validation/decide/${decide}`,
      animated: [".bar__fill"],
      // The show-of-hands bars come with the options, two steps on; one hand gives a bar width.
      ready: async (page) => {
        for (let i = 0; i < 2; i++) await page.keyboard.press("ArrowRight");
        await expect(page.locator(".presenter [role=status]")).toHaveText("Step 3 of 5: The options, and a show of hands");
        await tabTo(page, "One more hand for option 1", 60);
        await page.keyboard.press("Enter");
        await expect(page.locator(".hands__count").first()).toHaveText("1 hand (100%)");
      },
    },
  ];
  const seen: string[] = [];
  for (const motion of ["reduce", "no-preference"] as const) {
    await page.emulateMedia({ reducedMotion: motion });
    for (const p of pages) {
      await open(page, p.path);
      await p.ready?.(page);
      expect(await page.evaluate(() => matchMedia("(prefers-reduced-motion: reduce)").matches)).toBe(motion === "reduce");
      for (const sel of p.animated) await expect(page.locator(sel).first()).toBeVisible();
      const found = await moving(page);
      if (motion === "reduce") {
        expect(found, `${p.path} moves with reduced motion`).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.style.scrollBehavior)).not.toBe("smooth");
      } else {
        for (const sel of p.animated) {
          expect(found.some((f) => f.includes(sel.slice(1))), `${sel} on ${p.path} animates without reduced motion`).toBe(true);
        }
        seen.push(...found);
      }
    }
  }
  // The check above can fail: without reduced motion something does move.
  expect(seen.length).toBeGreaterThan(0);
});
