// Every route is a real page (scripts/prerender.mjs writes one for each route scripts/routes.mjs
// lists): served as GitHub Pages serves dist/, each answers 200 with its own pre-rendered
// content, and only an unknown path gets 404.html, with status 404, which is the shell's real
// "Page not found" (a mistyped address does not download the whole app).
import { test, expect, appReady } from "./fixtures";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

const ROUTES = execFileSync("node", ["scripts/routes.mjs"], { encoding: "utf8" }).split("\n").filter(Boolean);
const heading = (html: string) => html.match(/<h1[^>]*>(.*?)<\/h1>/)?.[1];

test("every route answers 200 with its own pre-rendered page, never Not found", async ({ request }) => {
  // The list covers every kind of page, so a route class cannot silently drop out of it.
  for (const kind of [/^\/course\/[a-z0-9-]+$/, /^\/practise\/[a-z]+\/[a-z]+\/[a-z0-9-]+$/, /^\/workshop\/present\//, /^\/workshop\/triads\/./]) {
    expect(ROUTES.filter((r) => kind.test(r)).length, String(kind)).toBeGreaterThan(5);
  }
  for (const route of ["/", "/journal", "/practise/today", "/progress", "/course/record", "/practise/moves/card"]) expect(ROUTES).toContain(route);
  expect(ROUTES.length).toBeGreaterThan(400);
  const failures: string[] = [];
  for (const route of ROUTES) {
    const response = await request.get(route, { maxRedirects: 0 });
    const html = await response.text();
    if (response.status() !== 200) failures.push(`${route}: status ${response.status()}`);
    else if (!html.includes(`<div id="prerendered" data-path="${route}">`)) failures.push(`${route}: not its own pre-rendered page`);
    else if (/Page not found/.test(heading(html) ?? "") || !/<main[\s\S]*<h[12]\b/.test(html)) failures.push(`${route}: heading ${heading(html)}`);
  }
  expect(failures).toEqual([]);
});

test("an unknown path answers 404 with the shell's pre-rendered Page not found, which the shell then shows", async ({ page, request }) => {
  for (const path of ["/no-such-page", "/course/no-such-lesson", "/practise/listening/write/no-such-item/extra", "/practise/listening/"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
    const html = await response.text();
    expect(heading(html), path).toBe("Page not found");
    expect(html, path).toContain('<div id="prerendered" data-path="*">');
  }
  // It is the shell's page: the same start-up script (and so the same small wasm) as Home.
  const script = (html: string) => html.match(/<script type="module"[^>]*>([\s\S]*?)<\/script>/)?.[1];
  expect(script(readFileSync("dist/404.html", "utf8"))).toBe(script(readFileSync("dist/index.html", "utf8")));
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page).toHaveURL(/\/no-such-page$/);
  await expect(page.getByRole("main")).toHaveCount(1);
});
