// The shared fixture every e2e test uses. It fails the test if the page requests anything
// outside 127.0.0.1 (the request is also blocked) or triggers a Content-Security-Policy
// violation, and it offers `checkA11y`, which runs axe with WCAG 2.2 AA rules (target-size on).
import { test as base, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

type Fixtures = {
  guard: { external: string[]; csp: string[] };
  checkA11y: (label: string) => Promise<void>;
};

export const test = base.extend<Fixtures>({
  guard: [
    async ({ context }, use) => {
      const external: string[] = [];
      const csp: string[] = [];
      const isLocal = (url: string) =>
        /^(https?|wss?):\/\/127\.0\.0\.1(:\d+)?\//.test(url) || /^(data|blob|about):/.test(url);
      await context.route("**/*", (route) => {
        const url = route.request().url();
        if (isLocal(url)) return route.continue();
        external.push(url);
        return route.abort();
      });
      await context.routeWebSocket(/.*/, (ws) => {
        if (!isLocal(ws.url())) external.push(ws.url());
        ws.close();
      });
      context.on("request", (req) => {
        if (!isLocal(req.url())) external.push(req.url());
      });
      await context.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (e) => {
          const w = window as unknown as { __csp?: string[] };
          (w.__csp ||= []).push(`${e.violatedDirective}: ${e.blockedURI}`);
        });
      });
      context.on("console", (msg) => {
        if (/Content Security Policy/i.test(msg.text())) csp.push(msg.text());
      });
      await use({ external, csp });
      for (const page of context.pages()) {
        const seen = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp || []).catch(() => []);
        csp.push(...seen);
      }
      expect(external, "requests outside 127.0.0.1").toEqual([]);
      expect(csp, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
  checkA11y: async ({ page }, use) => {
    await use(async (label: string) => {
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
        .options({ rules: { "target-size": { enabled: true } } })
        .analyze();
      const summary = results.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
      );
      expect(summary, `axe violations on ${label}`).toEqual([]);
    });
  },
});

export { expect };

/** Waits until the app has mounted: the start-up block is marked hidden by the app, and the
 *  pre-rendered copy of the page (scripts/prerender.mjs), whose buttons do nothing yet, is gone. */
export async function appReady(page: Page) {
  await expect(page.locator("#boot")).toHaveAttribute("hidden", "");
  await expect(page.locator("#prerendered")).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

/** Presses Tab (or Shift+Tab) until the focused element has the given accessible name;
 *  fails after `max` presses. */
export async function tabTo(page: Page, name: string | RegExp, max = 40, backwards = false) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
    const text = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return "";
      const labelled = (el as HTMLInputElement).labels?.[0]?.innerText;
      return (el.getAttribute("aria-label") || labelled || el.innerText || "").trim();
    });
    if (typeof name === "string" ? text === name : name.test(text)) return;
  }
  throw new Error(`could not reach "${name}" with Tab`);
}
