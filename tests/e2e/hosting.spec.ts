// The response headers a host should add (hosting/_headers for Netlify and Cloudflare Pages,
// hosting/nginx.conf for nginx): what a <meta> Content-Security-Policy cannot carry. Served
// here by scripts/serve.mjs --headers hosting/_headers, as those hosts would.
import { test, expect, appReady } from "./fixtures";
import { copyOfDist, host, offlineReady } from "./deploy";
import { readFileSync } from "node:fs";

test("with the example host headers, no other page can show Heard in a frame", async ({ page, guard }) => {
  const root = copyOfDist();
  const plain = await host(root);
  const guarded = await host(root, ["--headers", "hosting/_headers"]);
  try {
    // Without the header (GitHub Pages cannot send one), another page can frame Heard...
    await page.setContent(`<iframe title="Heard" src="${plain.base}/about"></iframe>`);
    await expect(page.frameLocator("iframe").getByRole("button", { name: "Delete all my data" })).toBeVisible({ timeout: 20_000 });
    // ...with it, the browser refuses.
    await page.setContent(`<iframe title="Heard" src="${guarded.base}/about"></iframe>`);
    await page.waitForTimeout(2000);
    await expect(page.frameLocator("iframe").getByRole("button", { name: "Delete all my data" })).toHaveCount(0);
    const response = await fetch(`${guarded.base}/about`);
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    // The refusal is the browser enforcing that policy, as intended: not a violation by Heard.
    const refused = guard.csp.filter((m) => /frame-ancestors/.test(m));
    expect(refused.length).toBeGreaterThan(0);
    guard.csp.splice(0, guard.csp.length, ...guard.csp.filter((m) => !/frame-ancestors/.test(m)));
  } finally {
    plain.stop();
    guarded.stop();
  }
});

test("under the example host headers both workers work: the offline copy is made and the app compiles in its worker", async ({ page, context }) => {
  const root = copyOfDist();
  const { base, stop } = await host(root, ["--headers", "hosting/_headers"]);
  try {
    for (const [path, policy] of [
      ["/sw.js", "default-src 'none'; connect-src 'self'"],
      ["/compile.js", "default-src 'none'; connect-src 'self'; script-src 'wasm-unsafe-eval'"],
    ]) {
      expect((await fetch(base + path)).headers.get("content-security-policy")).toContain(policy);
    }
    await page.goto(base + "/");
    await appReady(page);
    // The compile worker, under its own policy, still turns the app's wasm into a module.
    const wasm = readFileSync(`${root}/index.html`, "utf8").match(/\/heard-[0-9a-f]+_bg\.wasm/)![0];
    const compiled = await page.evaluate(
      (address) =>
        new Promise<boolean>((done) => {
          const worker = new Worker("/compile.js");
          worker.onmessage = (e) => done(e.data instanceof WebAssembly.Module);
          worker.onerror = () => done(false);
          worker.postMessage(address);
        }),
      wasm,
    );
    expect(compiled).toBe(true);
    // The service worker, under its own policy, still makes the offline copy.
    await offlineReady(page);
    await context.setOffline(true);
    await page.goto(base + "/about");
    await appReady(page);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("About Heard and your privacy");
  } finally {
    await context.setOffline(false);
    stop();
  }
});

/** The headers a `_headers` file gives `path` (every matching rule's, in order). */
function fromHeadersFile(path: string): string[] {
  const out: string[] = [];
  let applies = false;
  for (const line of readFileSync("hosting/_headers", "utf8").split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim();
      applies = pattern === path || (pattern.endsWith("*") && path.startsWith(pattern.slice(0, -1)));
    } else if (applies) {
      const at = line.indexOf(":");
      out.push(`${line.slice(0, at).trim().toLowerCase()}: ${line.slice(at + 1).trim()}`);
    }
  }
  return out.sort();
}

/** The headers the nginx snippet gives `path`: its `location = path` block's, else the server's. */
function fromNginx(path: string): string[] {
  const conf = readFileSync("hosting/nginx.conf", "utf8").replace(/#.*$/gm, "");
  const block = conf.match(new RegExp(`location = ${path.replace(/[.]/g, "\\.")} \\{([^}]*)\\}`));
  const text = block ? block[1] : conf.replace(/location[^{]*\{[^}]*\}/g, "");
  return [...text.matchAll(/add_header\s+(\S+)\s+"([^"]*)"\s+always;/g)].map((m) => `${m[1].toLowerCase()}: ${m[2]}`).sort();
}

test("the nginx snippet sends the same headers as the _headers file", () => {
  for (const path of ["/", "/about", "/sw.js", "/compile.js"]) {
    expect(fromNginx(path), path).toEqual(fromHeadersFile(path));
    expect(fromHeadersFile(path).join("\n"), path).toContain("frame-ancestors 'none'");
  }
  expect(fromNginx("/sw.js").join("\n")).toContain("connect-src 'self'");
});
