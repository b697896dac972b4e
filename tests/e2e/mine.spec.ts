// The learner's own pages in a real browser: an answer shows on My progress; export then import
// into a fresh profile reproduces the page; every bad import file is refused with its own
// message and leaves storage byte-identical; the journal adds, edits and deletes; a throwing
// setItem shows a notice with an Export button, loses nothing and clears after a good save;
// Practise today lists due items; axe is clean on all three pages.
import { test, expect, appReady, type Page } from "./fixtures";
import { readdirSync, readFileSync } from "node:fs";

type DecideItem = { id: string; content_notes?: string[]; best: string };

function decideItems(): DecideItem[] {
  const file = readdirSync("dist/content").find((f) => f.startsWith("validation-"));
  if (!file) throw new Error("no validation bundle in dist/content: build first");
  for (const line of readFileSync(`dist/content/${file}`, "utf8").split("\n").filter(Boolean)) {
    if (line.slice(0, line.indexOf("\t")) === "validation/decide.toml") {
      return (JSON.parse(line.slice(line.indexOf("\t") + 1)) as { item: DecideItem[] }).item;
    }
  }
  throw new Error("no decide items in the validation bundle");
}

const noNotes = (x: { content_notes?: string[] }) => (x.content_notes?.length ?? 0) === 0;
const words = (id: string) => id.replace(/[-_]/g, " ");

async function open(page: Page, path: string) {
  await page.goto(path);
  await appReady(page);
}

/** Answers a judgement call with "Keep listening" (wrong for this item). */
async function answerDecide(page: Page, item: DecideItem) {
  await open(page, `/practise/validation/decide/${item.id}`);
  await page.getByRole("radio", { name: /^Keep listening/ }).check();
  await page.getByRole("button", { name: "Check" }).click();
  await expect(page.locator("#decide-result")).toBeFocused();
}

/** Every key and value in localStorage, for byte-for-byte comparison. */
async function snapshot(page: Page): Promise<Record<string, string | null>> {
  return page.evaluate(() => {
    const out: Record<string, string | null> = {};
    for (const k of Object.keys(localStorage).sort()) out[k] = localStorage.getItem(k);
    return out;
  });
}

/** The progress page's text above "Your data" (which depends on this browser's export time). */
async function progressText(page: Page): Promise<string> {
  const text = await page.locator("main#main").innerText();
  return text.slice(0, text.indexOf("Your data"));
}

function storedEnvelope(data: unknown) {
  return JSON.stringify({ app: "heard", schema: 1, saved_at: 0, data });
}

/** Stored data with two due items in different areas and some tallies. */
function seeded(now: number) {
  const rec = (last: number) => ({ attempts: 1, correct: 0, last_score: 0, first_at: last, last_at: last, review: { box: 0, due: last + 600000 } });
  return storedEnvelope({
    progress: {
      items: { "validate.decide.first-seeded": rec(now - 86400000), "moves.name.second-seeded": rec(now - 2 * 86400000) },
      tags: { "avoid.quick-fix": { seen: 4, missed: 3 }, "feedback.advice": { seen: 2, missed: 1 } },
      lessons: {},
    },
  });
}

test("an answer shows on My progress, and export then import into a fresh profile reproduces it", async ({ page, browser, checkA11y }) => {
  const item = decideItems().find((i) => noNotes(i) && i.best !== "keep_listening")!;
  await answerDecide(page, item);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My progress" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My progress");
  await expect(page.getByText("0 done of 1 tried")).toBeVisible();
  await expect(page.getByRole("link", { name: new RegExp(words(item.id)) })).toBeVisible();
  await expect(page.locator("#export-reminder")).toContainText("You have not exported");
  await checkA11y("My progress with one answer");
  const before = await progressText(page);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export my data" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^heard-export-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();
  const exported = JSON.parse(readFileSync(file, "utf8"));
  expect(exported.type).toBe("heard-export");
  await expect(page.locator("#export-reminder")).toContainText("Last exported on");
  expect(await page.evaluate(() => localStorage.getItem("heard.last-export"))).toMatch(/^\d+$/);

  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    await open(other, "/progress");
    await expect(other.getByText("Nothing here yet")).toBeVisible();
    await other.locator("#import-file").setInputFiles(file);
    await expect(other.locator("#import-preview")).toContainText("1 new answers or lessons");
    await other.getByRole("button", { name: "Merge with what is here" }).click();
    await expect(other.getByText("0 done of 1 tried")).toBeVisible();
    expect(await progressText(other)).toBe(before);
    // And it was saved: a reload shows the same.
    await other.reload();
    await appReady(other);
    expect(await progressText(other)).toBe(before);
  } finally {
    await fresh.close();
  }
});

test("every bad import file shows its own message and leaves storage byte-identical", async ({ page }) => {
  await open(page, "/");
  await page.evaluate((raw) => localStorage.setItem("heard.data", raw), seeded(Date.now()));
  await open(page, "/progress");
  const before = await snapshot(page);
  const good = JSON.stringify({ type: "heard-export", schema: 1, exported_at: 0, data: {} });
  const cases: { name: string; body: string | Buffer; message: RegExp }[] = [
    { name: "not-json.json", body: "this is not json at all", message: /could not be read as data/ },
    { name: "empty.json", body: "", message: /The file is empty/ },
    { name: "other-app.json", body: JSON.stringify({ type: "something-else", schema: 1, data: {} }), message: /Choose a file Heard saved/ },
    { name: "newer.json", body: JSON.stringify({ type: "heard-export", schema: 99, exported_at: 0, data: {} }), message: /newer version of Heard \(format 99/ },
    { name: "truncated.json", body: good.slice(0, good.length - 9), message: /damaged or cut short/ },
    { name: "huge.json", body: Buffer.alloc(6 * 1024 * 1024, 0x20), message: /too large to be a Heard export/ },
    {
      name: "wrong-shape.json",
      body: JSON.stringify({ type: "heard-export", schema: 1, exported_at: 0, data: { progress: { items: 7 } } }),
      message: /part of it could not be read/,
    },
    {
      name: "hostile-id.json",
      body: JSON.stringify({ type: "heard-export", schema: 1, exported_at: 0, data: { journal: { ["<img src=x onerror=alert(1)>".repeat(30)]: { text: "x", created_at: 0, updated_at: 0 } } } }),
      message: /too long to be Heard's own data/,
    },
  ];
  page.on("dialog", () => {
    throw new Error("a dialog opened: hostile text ran as code");
  });
  for (const c of cases) {
    await page.locator("#import-file").setInputFiles({ name: c.name, mimeType: "application/json", buffer: Buffer.from(c.body) });
    await expect(page.locator("#import-error"), c.name).toContainText(c.message);
    await expect(page.locator("#import-error")).toContainText("Nothing on this device was changed.");
    await expect(page.locator("#import-preview")).toHaveCount(0);
    expect(await snapshot(page), c.name).toEqual(before);
  }
});

test("a hostile note imports as plain text, never as HTML", async ({ page }) => {
  const hostile = "<img src=x onerror=alert(1)><script>alert(2)</script>";
  page.on("dialog", () => {
    throw new Error("a dialog opened: hostile text ran as code");
  });
  await open(page, "/progress");
  const file = JSON.stringify({ type: "heard-export", schema: 1, exported_at: 0, data: { journal: { "n-1": { text: hostile, created_at: 1, updated_at: 1 } } } });
  await page.locator("#import-file").setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from(file) });
  await expect(page.locator("#import-preview")).toContainText("1 new notes");
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByText("Import cancelled. Nothing was changed.")).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem("heard.data"))).toBeNull();
  await page.locator("#import-file").setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from(file) });
  await page.getByRole("button", { name: "Replace what is here" }).click();
  await expect(page.getByText("what was here was replaced by the file")).toBeVisible();
  await open(page, "/journal");
  await expect(page.locator(".note__text")).toHaveText(hostile);
  expect(await page.locator("main img, main script").count()).toBe(0);
});

test("journal notes can be added, edited and deleted, newest first", async ({ page, checkA11y }) => {
  await open(page, "/progress");
  await page.getByRole("link", { name: "Open your journal" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Journal");
  await expect(page.getByText("No notes yet.")).toBeVisible();
  await checkA11y("an empty journal");
  await page.getByLabel("Title (optional)").fill("First day");
  await page.getByLabel("Note", { exact: true }).fill("I kept wanting to fix things.");
  await page.getByRole("button", { name: "Add the note" }).click();
  await expect(page.getByRole("heading", { name: "First day" })).toBeVisible();
  await page.getByLabel("Note", { exact: true }).first().fill("Untitled second note");
  await page.getByRole("button", { name: "Add the note" }).click();
  await expect(page.locator(".note__text")).toHaveText(["Untitled second note", "I kept wanting to fix things."]);
  await checkA11y("a journal with notes");

  await page.locator(".note").nth(1).getByRole("button", { name: "Edit" }).click();
  const edit = page.locator(".note").nth(1);
  await edit.getByLabel("Note", { exact: true }).fill("I noticed the urge to fix, and waited.");
  await edit.getByRole("button", { name: "Save the note" }).click();
  await expect(page.locator(".note__text").nth(1)).toHaveText("I noticed the urge to fix, and waited.");
  await page.reload();
  await appReady(page);
  await expect(page.locator(".note__text").nth(1)).toHaveText("I noticed the urge to fix, and waited.");

  await page.locator(".note").nth(0).getByRole("button", { name: "Delete" }).click();
  await page.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(page.locator(".note")).toHaveCount(1);
  await page.reload();
  await appReady(page);
  await expect(page.locator(".note")).toHaveCount(1);
  await expect(page.getByRole("heading", { name: "First day" })).toBeVisible();
  const stored = await page.evaluate(() => localStorage.getItem("heard.data"));
  expect(stored).not.toContain("Untitled second note");
});

test("a failing save shows a notice with Export, keeps the answer in memory, and clears after a good save", async ({ page }) => {
  const items = decideItems().filter((i) => noNotes(i) && i.best !== "keep_listening");
  await open(page, `/practise/validation/decide/${items[0].id}`);
  await page.evaluate(() => {
    const w = window as unknown as { __realSetItem: typeof Storage.prototype.setItem };
    w.__realSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  const before = await page.evaluate(() => localStorage.getItem("heard.data"));
  await page.getByRole("radio", { name: /^Keep listening/ }).check();
  await page.getByRole("button", { name: "Check" }).click();
  const notice = page.getByRole("alert").filter({ hasText: "Your latest progress couldn't be saved" });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("QuotaExceededError");
  expect(await page.evaluate(() => localStorage.getItem("heard.data"))).toBe(before);
  const [download] = await Promise.all([page.waitForEvent("download"), notice.getByRole("button", { name: "Export my data" }).click()]);
  expect(Object.keys(JSON.parse(readFileSync(await download.path(), "utf8")).data.progress.items)).toContain(`validate.decide.${items[0].id}`);

  // Nothing in memory is lost: My progress (a client-side navigation) shows the answer.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My progress" }).click();
  await expect(page.getByText("0 done of 1 tried")).toBeVisible();
  await expect(notice).toBeVisible();

  await page.evaluate(() => {
    Storage.prototype.setItem = (window as unknown as { __realSetItem: typeof Storage.prototype.setItem }).__realSetItem;
  });
  await page.getByRole("link", { name: new RegExp(words(items[0].id)) }).click();
  await page.getByRole("radio", { name: /^Keep listening/ }).check();
  await page.getByRole("button", { name: "Check" }).click();
  await expect(notice).toHaveCount(0);
  const saved = await page.evaluate(() => localStorage.getItem("heard.data"));
  expect(saved).toContain(`validate.decide.${items[0].id}`);
});

test("Practise today lists due items with a count and status, and says when nothing is due", async ({ page, checkA11y }) => {
  await open(page, "/practise/today");
  await expect(page.getByText("Nothing is due. Come back tomorrow, or practise anything.")).toBeVisible();
  await checkA11y("Practise today, nothing due");

  await page.evaluate((raw) => localStorage.setItem("heard.data", raw), seeded(Date.now()));
  await open(page, "/practise/today");
  await expect(page.locator(".lead")).toContainText("2 items, about 4 minutes");
  const links = page.locator("ol.today a");
  await expect(links).toHaveCount(2);
  // The most overdue first, mixing areas.
  await expect(links.nth(0)).toHaveAttribute("href", "/practise/moves/name/second-seeded");
  await expect(links.nth(1)).toHaveAttribute("href", "/practise/validation/decide/first-seeded");
  await expect(page.locator(".today__status").first()).toHaveText("To do");
  await checkA11y("Practise today with items");
});

test("My progress shows where the learner finds it hard as bars and as a table", async ({ page, checkA11y }) => {
  await open(page, "/progress");
  await expect(page.getByText("Nothing here yet")).toBeVisible();
  await expect(page.getByRole("link", { name: "Start the course" })).toBeVisible();
  await checkA11y("My progress, empty");

  await page.evaluate((raw) => localStorage.setItem("heard.data", raw), seeded(Date.now()));
  await page.evaluate((t) => localStorage.setItem("heard.last-export", String(t)), Date.now() - 40 * 86400000);
  await open(page, "/progress");
  const table = page.getByRole("table", { name: /things to do and to avoid/ });
  await expect(table.getByRole("rowheader")).toHaveCount(1);
  await expect(table.getByRole("row").nth(1)).toContainText("75%");
  await expect(page.getByRole("table", { name: /written answers/ }).getByRole("row").nth(1)).toContainText("Advice");
  await expect(page.locator(".bars").first()).toHaveAttribute("aria-hidden", "true");
  await expect(page.locator("#export-reminder")).toContainText("Your last export was on");
  await checkA11y("My progress with struggles");
});

test("after the first saved answer, About says whether the browser will keep the data", async ({ page }) => {
  const item = decideItems().find(noNotes)!;
  await answerDecide(page, item);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "About & privacy" }).click();
  await expect(page.locator("#persistence")).toHaveText(/Your browser has agreed to keep Heard's data|may clear Heard's data if space runs low/);
});
