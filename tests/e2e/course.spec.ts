// The intro course as a new learner does it: by keyboard only, through every lesson and its
// check (with one wrong answer and its explanation), a reload in the middle that resumes where
// they were, then the printable completion record.
import { test, expect, appReady, tabTo, type Page } from "./fixtures";
import { readdirSync, readFileSync } from "node:fs";

type Choice = { id: string; text: string; correct?: boolean; explanation: string };
type Statement = { id: string; text: string; is_peer_support: boolean };
type Question = { id: string; kind: "single" | "multiple" | "sort"; prompt: string; choices?: Choice[]; statements?: Statement[] };
type Lesson = { id: string; title: string; sections: { id: string; title: string }[]; check: Question[]; content_notes?: string[] };

/** The lessons as the app will show them, read from the built content bundle. */
function lessons(): Lesson[] {
  const file = readdirSync("dist/content").find((f) => f.startsWith("course-"));
  if (!file) throw new Error("no course bundle in dist/content: build first");
  return readFileSync(`dist/content/${file}`, "utf8")
    .split("\n")
    .filter((l) => /^course\/\d\d-/.test(l))
    .sort()
    .map((l) => JSON.parse(l.slice(l.indexOf("\t") + 1)) as Lesson);
}

const hasNotes = (l: Lesson) => (l.content_notes?.length ?? 0) > 0 || l.sections.some((s) => (s as { content_notes?: string[] }).content_notes?.length);

/** Reads every section with the keyboard: Tab to the "Next" button and press Enter. */
async function readLesson(page: Page, lesson: Lesson, from = 0) {
  if (hasNotes(lesson)) {
    await expect(page.getByRole("heading", { name: "Before you start" })).toBeVisible();
    await tabTo(page, "Continue to the lesson", 80);
    await page.keyboard.press("Enter");
  }
  for (let i = from; i < lesson.sections.length; i++) {
    const next = lesson.sections[i + 1];
    const heading = page.getByRole("heading", { level: 2, name: new RegExp(`^${escape(lesson.sections[i].title)} \\(${i + 1} of`) });
    // Arriving at a lesson starts at the page; each later step starts at its own heading.
    if (i > from || hasNotes(lesson)) await expect(heading).toBeFocused();
    else await expect(heading).toBeVisible();
    await tabTo(page, next ? `Next: ${next.title}` : "Go to the questions", 200);
    await page.keyboard.press("Enter");
  }
  await expect(page.getByRole("heading", { name: "Check what you have learnt" })).toBeFocused();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The labels of a question's choices (or its statements) in the order the page shows them:
 *  shuffled per attempt (issue 16), so never assume the file's order. */
async function shownOrder(page: Page, q: Question): Promise<string[]> {
  const group = page.getByRole("group", { name: new RegExp(escape(q.prompt)) });
  return q.kind === "sort"
    ? (await group.locator("fieldset legend").allInnerTexts()).map((t) => t.trim())
    : (await group.locator(".option label").allInnerTexts()).map((t) => t.trim());
}

/** The accessible name of the focused control (its label), and for a sort radio the
 *  statement it sorts (its fieldset's legend). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return {
      name: el?.labels?.[0]?.innerText.trim() ?? "",
      statement: el?.closest("fieldset.sort")?.querySelector("legend")?.textContent?.trim() ?? "",
    };
  });

/** Answers one question with the keyboard, moving forward through the form. */
async function answer(page: Page, q: Question, pickWrong = false) {
  const shown = await shownOrder(page, q);
  if (q.kind === "single") {
    const choices = q.choices!;
    const target = (pickWrong ? choices.find((c) => !c.correct) : choices.find((c) => c.correct))!;
    // Tab lands on the first radio shown; the arrows move (and choose) along the shown order.
    await tabTo(page, shown[0]);
    const steps = shown.indexOf(target.text);
    expect(steps, `"${target.text}" is shown`).toBeGreaterThanOrEqual(0);
    if (steps === 0) await page.keyboard.press("Space");
    for (let i = 0; i < steps; i++) await page.keyboard.press("ArrowDown");
    expect((await focused(page)).name).toBe(target.text);
  } else if (q.kind === "multiple") {
    for (const text of shown) {
      const c = q.choices!.find((x) => x.text === text)!;
      await tabTo(page, text);
      const checked = await page.evaluate(() => (document.activeElement as HTMLInputElement).checked);
      if (Boolean(c.correct) !== checked) await page.keyboard.press("Space");
    }
  } else {
    for (let n = 0; n < q.statements!.length; n++) {
      await tabTo(page, /^(Peer support|Not peer support)$/);
      const { name, statement } = await focused(page);
      const s = q.statements!.find((x) => x.text === statement)!;
      expect(s, `a statement "${statement}"`).toBeTruthy();
      if (s.is_peer_support) {
        if (name === "Not peer support") await page.keyboard.press("ArrowUp");
        else await page.keyboard.press("Space");
      } else if (name === "Peer support") {
        await page.keyboard.press("ArrowDown");
      }
    }
  }
}

async function passCheck(page: Page, lesson: Lesson) {
  for (const q of lesson.check) await answer(page, q);
  await tabTo(page, /^Check (my answers|again)$/, 200);
  await page.keyboard.press("Enter");
  const result = page.locator("#check-result");
  await expect(result).toContainText(`You got ${lesson.check.length} of ${lesson.check.length} right.`);
  await expect(result).toContainText("Lesson complete.");
}

test("a new learner completes the whole course by keyboard, resumes after a reload, and prints the record", async ({ page, checkA11y }) => {
  test.setTimeout(300_000);
  const all = lessons();
  expect(all.length).toBe(11);

  await page.goto("/");
  await appReady(page);
  await tabTo(page, "Course");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Introduction to peer support");
  await expect(page.getByText("0 of 11 lessons complete")).toBeVisible();
  await checkA11y("course overview");
  await tabTo(page, `Start: ${all[0].title}`);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(all[0].title);
  await checkA11y("lesson section");

  for (const [n, lesson] of all.entries()) {
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(lesson.title);
    if (n === 3) {
      // Part-way through lesson 4, the learner reloads: the course offers to continue, and the
      // lesson opens at the section they had reached.
      if (hasNotes(lesson)) {
        await tabTo(page, "Continue to the lesson", 80);
        await page.keyboard.press("Enter");
      }
      await tabTo(page, `Next: ${lesson.sections[1].title}`, 200);
      await page.keyboard.press("Enter");
      await page.reload();
      await appReady(page);
      await page.goto("/course");
      await appReady(page);
      await expect(page.getByText("3 of 11 lessons complete")).toBeVisible();
      await tabTo(page, `Continue: ${lesson.title}`, 80);
      await page.keyboard.press("Enter");
      await readLesson(page, lesson, 1);
    } else {
      await readLesson(page, lesson);
    }

    if (n === 0) {
      // A wrong answer is explained, not scolded, and can be put right.
      const q = lesson.check.find((x) => x.kind === "single")!;
      const wrong = q.choices!.find((c) => !c.correct)!;
      await answer(page, q, true);
      for (const other of lesson.check.filter((x) => x.id !== q.id)) await answer(page, other);
      await tabTo(page, "Check my answers", 200);
      await page.keyboard.press("Enter");
      await expect(page.locator("#check-result")).toContainText(`You got ${lesson.check.length - 1} of ${lesson.check.length} right.`);
      await expect(page.getByText("You chose this, but it is not right.")).toBeVisible();
      await expect(page.getByText(wrong.explanation.slice(0, 40), { exact: false })).toBeVisible();
      await checkA11y("check with feedback");
      // Back up to the wrong choice (Shift+Tab), arrow to the right one, check again.
      await tabTo(page, wrong.text, 200, true);
      const shown = await shownOrder(page, q);
      const from = shown.indexOf(wrong.text);
      const to = shown.indexOf(q.choices!.find((c) => c.correct)!.text);
      for (let i = 0; i < Math.abs(to - from); i++) await page.keyboard.press(to > from ? "ArrowDown" : "ArrowUp");
      await tabTo(page, "Check again", 200);
      await page.keyboard.press("Enter");
      await expect(page.locator("#check-result")).toContainText("Lesson complete.");
    } else {
      await passCheck(page, lesson);
    }

    if (n < all.length - 1) {
      await tabTo(page, `Next lesson: ${all[n + 1].title}`, 40);
      await page.keyboard.press("Enter");
    }
  }

  await tabTo(page, "Back to the course", 40);
  await page.keyboard.press("Enter");
  await expect(page.getByText("11 of 11 lessons complete")).toBeVisible();
  await tabTo(page, "Make my completion record", 80);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your completion record");
  await tabTo(page, "Your name, as you want it on the record");
  await page.keyboard.type("Sam Okafor-Lindqvist");
  const record = page.getByRole("article");
  await expect(record).toContainText("Sam Okafor-Lindqvist");
  for (const l of all) await expect(record).toContainText(l.title);
  await expect(record).toContainText("not a qualification");
  await checkA11y("completion record");

  await page.evaluate(() => {
    (window as unknown as { printed: boolean }).printed = false;
    window.print = () => ((window as unknown as { printed: boolean }).printed = true);
  });
  await tabTo(page, "Print or save as PDF");
  await page.keyboard.press("Enter");
  expect(await page.evaluate(() => (window as unknown as { printed: boolean }).printed)).toBe(true);
  await page.emulateMedia({ media: "print" });
  await expect(record).toBeVisible();
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByLabel("Your name, as you want it on the record")).toBeHidden();
});

test("the course's pages are reachable by deep link and a lesson with a content note shows it first", async ({ page, checkA11y }) => {
  const noted = lessons().find(hasNotes)!;
  await page.goto(`/course/${noted.id}`);
  await appReady(page);
  await expect(page.getByRole("heading", { name: "Before you start" })).toBeVisible();
  await expect(page.getByText(/Content note: this touches on/)).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Get help now" })).toBeVisible();
  await checkA11y("content note");
  await page.getByRole("button", { name: "Continue to the lesson" }).click();
  await expect(page.getByRole("heading", { level: 2, name: new RegExp(escape(noted.sections[0].title)) })).toBeVisible();
});

/** Answers a lesson's check with the mouse (the keyboard path has its own test). */
async function answerCheckByPointer(page: Page, lesson: Lesson, right = true) {
  await page.getByRole("button", { name: "Questions" }).click();
  for (const q of lesson.check) {
    if (q.kind === "sort") {
      for (const s of q.statements!) {
        const label = s.is_peer_support === right ? "Peer support" : "Not peer support";
        await page.getByRole("group", { name: s.text }).getByLabel(label, { exact: true }).check();
      }
    } else {
      const group = page.getByRole("group", { name: new RegExp(escape(q.prompt)) });
      for (const c of q.choices!) if (Boolean(c.correct) === right) await group.getByLabel(c.text, { exact: true }).check();
      if (!right) break;
    }
  }
  await page.getByRole("button", { name: "Check my answers" }).click();
}

test("two tabs open at once keep each other's answers, and deleting in one empties both", async ({ page, context }) => {
  const [first, second] = lessons();
  const other = await context.newPage();
  await page.goto(`/course/${first.id}`);
  await appReady(page);
  await other.goto(`/course/${second.id}`);
  await appReady(other);

  await answerCheckByPointer(page, first);
  await expect(page.locator("#check-result")).toContainText("Lesson complete.");
  await answerCheckByPointer(other, second);
  await expect(other.locator("#check-result")).toContainText("Lesson complete.");

  for (const p of [page, other]) {
    await p.goto("/course");
    await appReady(p);
    await expect(p.getByText("2 of 11 lessons complete")).toBeVisible();
  }

  await page.goto("/about");
  await appReady(page);
  await page.getByRole("button", { name: "Delete all my data" }).click();
  await page.getByRole("button", { name: "Yes, delete everything" }).click();
  // The other tab follows at once, without a reload, and does not write the data back.
  await expect(other.getByText("0 of 11 lessons complete")).toBeVisible();
  // New activity there is saved, but the deleted answers never come back.
  await other.getByRole("link", { name: new RegExp(`^${escape(first.title)}$`) }).click();
  await appReady(other);
  const stored = JSON.parse((await page.evaluate(() => localStorage.getItem("heard.data"))) || "{}");
  expect(Object.keys(stored.data?.progress?.items ?? {})).toEqual([]);
  expect(Object.values(stored.data?.progress?.lessons ?? {}).filter((l) => (l as { passed_at: unknown }).passed_at)).toEqual([]);
});

test("in dark mode the course, a lesson and a marked check pass axe, contrast included", async ({ page, checkA11y }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  const [first] = lessons();
  await page.goto("/course");
  await appReady(page);
  await checkA11y("course overview, dark");
  await page.goto(`/course/${first.id}`);
  await appReady(page);
  await checkA11y("lesson, dark");
  await page.getByRole("button", { name: "Questions" }).click();
  await page.locator("input[type=radio]").first().check();
  await page.getByRole("button", { name: "Check my answers" }).click();
  await expect(page.getByText(/still to do/)).toBeVisible();
  for (const q of first.check) {
    if (q.kind === "sort") {
      for (const s of q.statements!) {
        await page.getByRole("group", { name: s.text }).getByLabel(s.is_peer_support ? "Peer support" : "Not peer support", { exact: true }).check();
      }
    } else {
      await page.getByRole("group", { name: new RegExp(escape(q.prompt)) }).getByLabel(q.choices![q.choices!.length - 1].text).check();
    }
  }
  await page.getByRole("button", { name: "Check my answers" }).click();
  await expect(page.locator("#check-result")).toContainText("You got");
  await checkA11y("marked check, dark");
});
