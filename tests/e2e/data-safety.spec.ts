// Data safety under real-world failure (issue 17), in a real browser: deletes and imports with
// "replace" are honoured by every open tab (in workshop mode too) before it saves again; an
// old tab never overwrites newer data; workshop mode covers every page of both builds until the
// trainer leaves it; set-aside data downloads as a file Import accepts; imports have limits;
// memory-only mode deletes truthfully and still exports; persist() is asked only after the
// first saved answer; live regions exist before "Check"; private writing is not spell-checked
// unless the learner asks; the home page says how to keep a copy.
import { test, expect, appReady, type Page, type BrowserContext } from "./fixtures";
import { chromium } from "@playwright/test";
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

const gentle = () => decideItems().filter((i) => (i.content_notes?.length ?? 0) === 0 && i.best !== "keep_listening");
const SECRET = "A private journal line that must never come back";

async function open(page: Page, path: string) {
  await page.goto(path);
  await appReady(page);
}

/** Answers the judgement call on the page that is open (with "Keep listening"). */
async function answerHere(page: Page, result = "#decide-result") {
  await page.getByRole("radio", { name: /^Keep listening/ }).check();
  await page.getByRole("button", { name: "Check" }).click();
  await expect(page.locator(result)).toBeFocused();
}

/** Gives this browser a learner: one answered item and a private journal note. */
async function seedLearner(page: Page, item: DecideItem) {
  await open(page, `/practise/validation/decide/${item.id}`);
  await answerHere(page);
  await page.evaluate((secret) => {
    const stored = JSON.parse(localStorage.getItem("heard.data")!);
    stored.data.journal = { "note-e2e": { text: secret, created_at: 1, updated_at: 1 } };
    localStorage.setItem("heard.data", JSON.stringify(stored));
  }, SECRET);
}

/** Every Heard key in localStorage and its value, sorted. */
const heardStorage = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith("heard."))
      .sort()
      .map((k) => [k, localStorage.getItem(k)]),
  );

/** Makes every localStorage write throw in pages of this context, as a browser that refuses
 *  storage does (reads and removals still work). */
async function refuseWrites(context: BrowserContext) {
  await context.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
}

test.describe("every open tab honours a delete or a replace before it saves again", () => {
  test("a tab in workshop mode honours Delete all from another tab", async ({ page, context }) => {
    const [item, other] = gentle();
    await seedLearner(page, item);
    // The trainer's tab: the catalogue, then an exercise through its "Practise" link.
    await open(page, "/workshop");
    await page.locator(`a[href="/practise/validation/decide/${other.id}"]`).click();
    await expect(page).toHaveURL(`/practise/validation/decide/${other.id}`);

    const learner = await context.newPage();
    await open(learner, "/about");
    await learner.getByRole("button", { name: "Delete all my data" }).click();
    await learner.getByRole("button", { name: "Yes, delete everything" }).click();
    await expect(learner.getByRole("status").filter({ hasText: "Done." })).toBeVisible();
    expect(await heardStorage(learner)).toEqual([]);

    // Back in the trainer's tab: leave workshop mode and answer. Nothing old comes back.
    await page.bringToFront();
    await page.getByRole("button", { name: "Leave workshop mode" }).click();
    await answerHere(page);
    const stored = JSON.stringify(await heardStorage(page));
    expect(stored).not.toContain(SECRET);
    expect(stored).not.toContain(`validate.decide.${item.id}`);
    expect(stored).toContain(`validate.decide.${other.id}`);
  });

  test("an import with Replace in one tab is honoured by another before it saves", async ({ page, context }) => {
    const [item, other] = gentle();
    await seedLearner(page, item);
    await open(page, `/practise/validation/decide/${other.id}`);

    const second = await context.newPage();
    await open(second, "/progress");
    const file = JSON.stringify({ type: "heard-export", schema: 2, exported_at: 0, data: { journal: { "from-file": { text: "from the file", created_at: 5, updated_at: 5 } } } });
    await second.locator("#import-file").setInputFiles({ name: "backup.json", mimeType: "application/json", buffer: Buffer.from(file) });
    await second.getByRole("button", { name: "Replace what is here" }).click();
    await expect(second.getByText("what was here was replaced by the file")).toBeVisible();

    await page.bringToFront();
    await answerHere(page);
    const stored = JSON.stringify(await heardStorage(page));
    expect(stored).not.toContain(SECRET);
    expect(stored).not.toContain(`validate.decide.${item.id}`);
    expect(stored).toContain("from the file");
    expect(stored).toContain(`validate.decide.${other.id}`);
  });

  test("a note deleted in one tab stays deleted when another tab that shows it saves", async ({ page, context }) => {
    const [item] = gentle();
    await seedLearner(page, item);
    await open(page, "/journal");
    await expect(page.locator(".note__text")).toHaveText([SECRET]);
    const other = await context.newPage();
    await open(other, "/journal");
    await other.locator(".note").getByRole("button", { name: "Delete" }).click();
    await other.getByRole("button", { name: "Yes, delete it" }).click();
    await expect(other.locator(".note")).toHaveCount(0);

    await page.bringToFront();
    await expect(page.locator(".note")).toHaveCount(0);
    await page.getByLabel("Note", { exact: true }).fill("A new note");
    await page.getByRole("button", { name: "Add the note" }).click();
    await expect(page.locator(".note__text")).toHaveText(["A new note"]);
    const stored = JSON.stringify(await heardStorage(page));
    expect(stored).not.toContain(SECRET);
    expect(stored).toContain("A new note");
  });
});

test("a page restored from the back/forward cache does not show or save data deleted meanwhile", async ({ baseURL }) => {
  // Playwright turns the back/forward cache off; this test needs a browser with it on. Only a
  // page served with status 200 is cached, so it starts on a pre-rendered page (/progress).
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    ignoreDefaultArgs: ["--disable-back-forward-cache"],
    args: ["--no-sandbox", "--disable-gpu", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"],
  });
  try {
    const context = await browser.newContext({ baseURL });
    const outside: string[] = [];
    context.on("request", (r) => {
      if (!r.url().startsWith(baseURL!)) outside.push(r.url());
    });
    await context.addInitScript(() => {
      window.addEventListener("pageshow", (e) => ((window as unknown as { __restored: boolean }).__restored = e.persisted));
    });
    const page = await context.newPage();
    await open(page, "/");
    await page.evaluate((secret) => {
      const data = { journal: { "note-e2e": { text: secret, created_at: 1, updated_at: 1 } }, epoch: 5 };
      localStorage.setItem("heard.data", JSON.stringify({ app: "heard", schema: 2, saved_at: 1, data }));
    }, SECRET);
    await open(page, "/progress");
    await expect(page.getByText("1 private note.")).toBeVisible();
    await open(page, "/sources");

    const other = await context.newPage();
    await open(other, "/about");
    await other.getByRole("button", { name: "Delete all my data" }).click();
    await other.getByRole("button", { name: "Yes, delete everything" }).click();
    await expect(other.getByRole("status").filter({ hasText: "Done." })).toBeVisible();
    await other.close();

    await page.bringToFront();
    await page.goBack({ waitUntil: "commit" });
    await expect.poll(() => page.evaluate(() => (window as unknown as { __restored?: boolean }).__restored)).toBe(true);
    await expect(page.getByText("No private notes yet.")).toBeVisible();
    // Its next save does not bring the note back either.
    await page.getByRole("link", { name: "Open your journal" }).click();
    await page.getByLabel("Note", { exact: true }).fill("After the delete");
    await page.getByRole("button", { name: "Add the note" }).click();
    await expect(page.locator(".note__text")).toHaveText(["After the delete"]);
    expect(await page.evaluate(() => localStorage.getItem("heard.data"))).not.toContain(SECRET);
    expect(outside).toEqual([]);
  } finally {
    await browser.close();
  }
});

test("an older tab that sees newer data saved by another tab stops writing and asks for a reload", async ({ page, context }) => {
  const [item, other] = gentle();
  await seedLearner(page, item);
  await open(page, `/practise/validation/decide/${other.id}`);
  const newer = JSON.stringify({ app: "heard", schema: 99, saved_at: 0, data: { from: "a newer Heard" } });
  const second = await context.newPage();
  await open(second, "/");
  await second.evaluate((text) => localStorage.setItem("heard.data", text), newer);

  await page.bringToFront();
  await expect(page.getByRole("alert").filter({ hasText: "Heard was updated in another tab: reload" })).toBeVisible();
  await answerHere(page);
  expect(await page.evaluate(() => localStorage.getItem("heard.data"))).toBe(newer);
});

test("workshop mode covers every page of both builds, shows and records nothing, until the trainer leaves it", async ({ page, checkA11y }) => {
  const [item, other] = gentle();
  await seedLearner(page, item);
  await page.evaluate(() => localStorage.setItem("heard.quarantine.1", "{\"app\":\"heard\",\"schema\":1,\"data\":{\"journal\":{\"x\":{\"text\":\"set-aside secret\"}}}}"));
  const before = await heardStorage(page);

  await open(page, "/workshop");
  const banner = page.getByRole("region", { name: "Workshop mode is on" });
  await expect(banner).toBeVisible();
  await expect(page.getByText("Some saved data couldn't be read")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Download the set-aside data" })).toHaveCount(0);

  // A catalogue "Practise" link: the learner's status for the item does not show, and a demo
  // answer is not recorded.
  await page.locator(`a[href="/practise/validation/decide/${item.id}"]`).click();
  await expect(banner).toBeVisible();
  await answerHere(page);
  await page.getByRole("link", { name: "All items" }).click();
  await expect(page.locator("main")).toContainText("Not tried yet");
  await expect(page.locator("main")).not.toContainText("Worth another go");
  // The header navigation keeps it on.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My progress" }).click();
  await expect(page.getByText("This page is hidden in workshop mode")).toBeVisible();
  // So does the shell, a separate page load, and a link from the shell back into the full app.
  await open(page, "/about");
  await expect(banner).toBeVisible();
  await expect(page.getByText("Hidden in workshop mode")).toBeVisible();
  await expect(page.getByRole("button", { name: "Delete all my data" })).toHaveCount(0);
  await checkA11y("About in workshop mode");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Course" }).click();
  await appReady(page);
  await expect(banner).toBeVisible();
  await open(page, `/practise/validation/decide/${other.id}`);
  await answerHere(page);
  await expect(page.locator("body")).not.toContainText(SECRET);
  await expect(page.locator("body")).not.toContainText("set-aside secret");
  expect(await heardStorage(page)).toEqual(before);
  expect(await page.evaluate(() => JSON.stringify(sessionStorage))).toBe(JSON.stringify({ "heard.workshop": "on" }));

  // Only the trainer's explicit choice ends it; then the learner's data shows again.
  await banner.getByRole("button", { name: "Leave workshop mode" }).click();
  await expect(banner).toHaveCount(0);
  await expect(page.getByText("Some saved data couldn't be read")).toBeVisible();
  await open(page, "/progress");
  await expect(page.getByText("0 done of 1 tried")).toBeVisible();
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
});

test("only the workshop page is pre-rendered in workshop mode", async ({ request }) => {
  for (const path of ["/", "/about", "/course", "/practise", "/progress"]) {
    const html = await (await request.get(path)).text();
    expect(html, path).not.toContain("Workshop mode is on");
    expect(html, path).not.toContain("hidden in workshop mode");
  }
});

test("set-aside data downloads as a file Import accepts, and one bad entry is set aside alone", async ({ page, browser }) => {
  const good = { text: "A note that can still be read", created_at: 1, updated_at: 1 };
  const raw = JSON.stringify({ app: "heard", schema: 2, saved_at: 1, data: { journal: { good, bad: { text: 42 } } } });
  const older = JSON.stringify({ app: "heard", schema: 1, saved_at: 1, data: { journal: { old: { text: "Recovered from an older copy", created_at: 2, updated_at: 2 } } } });
  await open(page, "/");
  await page.evaluate(([text, older]) => {
    localStorage.setItem("heard.data", text);
    localStorage.setItem("heard.quarantine.1", older);
    localStorage.setItem("heard.quarantine.2", "{\"app\":\"heard\",\"schema\":1,\"data\":{\"journ");
  }, [raw, older]);
  await open(page, "/journal");
  // Only the bad note was set aside; the good one is in use.
  await expect(page.locator(".note__text")).toHaveText([good.text]);
  const banner = page.getByRole("alert").filter({ hasText: "Some saved data couldn't be read" });
  await expect(banner).toContainText("note “bad”");
  const setAside = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("heard.quarantine.")).sort().map((k) => localStorage.getItem(k)));
  expect(setAside).toHaveLength(3);
  expect(setAside).toContain('{"app":"heard","schema":2,"saved_at":1,"data":{"journal":{"bad":{"text":42}}}}');

  const [download] = await Promise.all([page.waitForEvent("download"), banner.getByRole("button", { name: "Download the set-aside data" }).click()]);
  expect(download.suggestedFilename()).toBe("heard-set-aside-data.json");
  const file = readFileSync(await download.path(), "utf8");
  const parsed = JSON.parse(file);
  expect(parsed.type).toBe("heard-set-aside");
  expect(parsed.entries.map((e: { text: string }) => e.text)).toEqual(setAside);
  await expect(banner).toContainText("To bring back what can be read, import it");

  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    await open(other, "/progress");
    await other.locator("#import-file").setInputFiles({ name: "heard-set-aside-data.json", mimeType: "application/json", buffer: Buffer.from(file) });
    await expect(other.locator("#import-preview")).toContainText("1 new notes");
    const unrecovered = other.locator("#import-unrecovered");
    await expect(unrecovered).toContainText("2 set-aside parts in this file could not be read");
    await expect(unrecovered.getByRole("listitem")).toHaveCount(2);
    await expect(unrecovered).toContainText("note “bad”");
    await other.getByRole("button", { name: "Merge with what is here" }).click();
    await open(other, "/journal");
    await expect(other.locator(".note__text")).toHaveText(["Recovered from an older copy"]);
  } finally {
    await fresh.close();
  }
});

test("an import over the limits is refused with its limit, and storage is unchanged", async ({ page }) => {
  await open(page, "/progress");
  const before = await heardStorage(page);
  const notes: Record<string, unknown> = {};
  for (let i = 0; i < 100_000; i++) notes[`n${i}`] = { text: "x", created_at: 1, updated_at: 1 };
  const many = JSON.stringify({ type: "heard-export", schema: 2, data: { journal: notes } });
  await page.locator("#import-file").setInputFiles({ name: "many.json", mimeType: "application/json", buffer: Buffer.from(many) });
  await expect(page.locator("#import-error")).toContainText("it holds 100000 notes, and Heard keeps at most 2000");
  const rec = { attempts: 1, correct: 0, last_score: 255, first_at: 1, last_at: 1, review: { box: 255, due: 1 } };
  const odd = JSON.stringify({ type: "heard-export", schema: 2, data: { progress: { items: { "validate.decide.x": rec } } } });
  await page.locator("#import-file").setInputFiles({ name: "odd.json", mimeType: "application/json", buffer: Buffer.from(odd) });
  await expect(page.locator("#import-error")).toContainText("its score is 255, but it must be from 0 to 100");
  expect(await heardStorage(page)).toEqual(before);
});

test.describe("memory-only mode", () => {
  test("Delete all still removes every Heard key and says so truthfully", async ({ page, context }) => {
    await open(page, "/");
    await page.evaluate(() => {
      localStorage.setItem("heard.data", JSON.stringify({ app: "heard", schema: 1, saved_at: 0, data: {} }));
      localStorage.setItem("heard.quarantine.7", "set aside");
      localStorage.setItem("heard.last-export", "5");
    });
    await refuseWrites(context);
    await open(page, "/about");
    await expect(page.getByRole("heading", { name: "Your progress won't be kept on this device" })).toBeVisible();
    await page.getByRole("button", { name: "Delete all my data" }).click();
    await page.getByRole("button", { name: "Yes, delete everything" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Done. Everything Heard had stored in this browser has been deleted." })).toBeVisible();
    expect(await heardStorage(page)).toEqual([]);
  });

  test("Delete all that cannot remove a key says which, and never that nothing was changed", async ({ page, context }) => {
    await open(page, "/");
    await page.evaluate(() => {
      localStorage.setItem("heard.data", JSON.stringify({ app: "heard", schema: 1, saved_at: 0, data: {} }));
      localStorage.setItem("heard.last-export", "5");
    });
    await context.addInitScript(() => {
      const remove = Storage.prototype.removeItem;
      Storage.prototype.removeItem = function (key: string) {
        if (key === "heard.data") throw new DOMException("refused", "SecurityError");
        return remove.call(this, key);
      };
    });
    await open(page, "/about");
    await page.getByRole("button", { name: "Delete all my data" }).click();
    await page.getByRole("button", { name: "Yes, delete everything" }).click();
    const status = page.getByRole("status").filter({ hasText: "Heard deleted" });
    await expect(status).toContainText("did not let it delete: your progress, self-assessment and notes");
    await expect(status).not.toContainText("Nothing was changed");
    expect((await heardStorage(page)).map(([k]) => k)).toEqual(["heard.data"]);
  });

  test("a learner completes an exercise and exports it", async ({ page, context }) => {
    const [item] = gentle();
    await refuseWrites(context);
    await open(page, `/practise/validation/decide/${item.id}`);
    await expect(page.getByRole("heading", { name: "Your progress won't be kept on this device" })).toBeVisible();
    await answerHere(page);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My progress" }).click();
    await expect(page.getByText("0 done of 1 tried")).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export my data" }).click()]);
    const exported = JSON.parse(readFileSync(await download.path(), "utf8"));
    expect(Object.keys(exported.data.progress.items)).toEqual([`validate.decide.${item.id}`]);
    expect(await heardStorage(page)).toEqual([]);
  });
});

test.describe("asking the browser to keep Heard's data", () => {
  /** Stubs navigator.storage.persist() to answer `grant`, counting the calls. */
  async function stubPersist(context: BrowserContext, grant: boolean) {
    await context.addInitScript((grant) => {
      const w = window as unknown as { __persistCalls: number };
      w.__persistCalls = 0;
      navigator.storage.persist = () => {
        w.__persistCalls++;
        return Promise.resolve(grant);
      };
      navigator.storage.persisted = () => Promise.resolve(false);
    }, grant);
  }
  const calls = (page: Page) => page.evaluate(() => (window as unknown as { __persistCalls: number }).__persistCalls);

  test("it is not asked before the first saved answer, and once after it", async ({ page, context }) => {
    await stubPersist(context, true);
    const [item, other] = gentle();
    await open(page, "/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Course" }).click();
    await appReady(page);
    await page.locator("main a[href^='/course/']").first().click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await open(page, "/journal");
    await page.getByLabel("Note", { exact: true }).fill("A note is saved, but is not an answer");
    await page.getByRole("button", { name: "Add the note" }).click();
    await expect(page.locator(".note")).toHaveCount(1);
    expect(await calls(page)).toBe(0);
    await open(page, `/practise/validation/decide/${item.id}`);
    expect(await calls(page)).toBe(0);
    await answerHere(page);
    await expect.poll(() => calls(page)).toBe(1);
    await open(page, `/practise/validation/decide/${other.id}`);
    await answerHere(page);
    expect(await calls(page)).toBe(1);
  });

  test("a browser that refuses gets a truthful note on About", async ({ page, context }) => {
    await stubPersist(context, false);
    const [item] = gentle();
    await open(page, `/practise/validation/decide/${item.id}`);
    await answerHere(page);
    await expect.poll(() => calls(page)).toBe(1);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "About & privacy" }).click();
    await expect(page.locator("#persistence")).toHaveText(/may clear Heard's data if space runs low/);
  });
});

test("an exercise's live region is rendered, empty, before Check is pressed", async ({ page }) => {
  // A region that is display: none is not in the accessibility tree, so a screen reader may
  // not announce the first result put into it.
  const [item] = gentle();
  await open(page, `/practise/validation/decide/${item.id}`);
  const region = page.locator("#decide-result");
  await expect(region).toHaveAttribute("aria-live", "polite");
  await expect(region).toBeEmpty();
  expect(await region.evaluate((el) => getComputedStyle(el).display)).not.toBe("none");
  await answerHere(page);
  await expect(region).not.toBeEmpty();
  // The same holds for the status line under "Delete all my data".
  await open(page, "/about");
  const status = page.locator("#delete ~ .status[role=status]");
  await expect(status).toBeEmpty();
  expect(await status.evaluate((el) => getComputedStyle(el).display)).not.toBe("none");
});

test("private writing is not spell-checked unless the learner turns it on for that box", async ({ page }) => {
  await open(page, "/journal");
  const note = page.getByLabel("Note", { exact: true });
  const title = page.getByLabel("Title (optional)");
  await expect(note).toHaveAttribute("spellcheck", "false");
  await expect(title).toHaveAttribute("spellcheck", "false");
  await page.getByRole("checkbox", { name: "Check my spelling in this box" }).check();
  await expect(note).toHaveAttribute("spellcheck", "true");
  await expect(title).toHaveAttribute("spellcheck", "true");

  const file = readdirSync("dist/content").find((f) => f.startsWith("listening-"))!;
  const line = readFileSync(`dist/content/${file}`, "utf8").split("\n").find((l) => l.startsWith("listening/statements.toml\t"))!;
  const s = (JSON.parse(line.slice(line.indexOf("\t") + 1)).statement as { id: string; content_notes?: string[] }[]).find((x) => !x.content_notes?.length)!;
  await open(page, `/practise/listening/write/${s.id}`);
  await expect(page.getByLabel("Your reflection")).toHaveAttribute("spellcheck", "false");

  await open(page, "/about");
  await expect(page.locator("main")).toContainText("have the browser's spell-check turned off");
});

test("the home page says a browser may clear site data, and how an export keeps a copy", async ({ page }) => {
  await open(page, "/");
  const main = page.locator("main");
  await expect(main).toContainText("A browser may clear what a site keeps without asking");
  await expect(main).toContainText("Export my data");
  await expect(main.getByRole("link", { name: "My progress" })).toHaveAttribute("href", "/progress");
});
