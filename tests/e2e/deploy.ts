// Helpers for tests of deploying and updating: a copy of dist/ served as GitHub Pages serves it
// (`Cache-Control: max-age=600`, ETags and 304s: scripts/serve.mjs --host github-pages), and
// "the next version" of that copy, made without a second build: every content-hashed file gets
// a new name (each content bundle one more empty line, which the app skips, and so a new FNV-1a
// name; the wasm, scripts and styles a new hash), every reference to them is rewritten (the
// wasm holds the bundle names, the pages the script names, so each page's CSP hash of its
// start-up script is recomputed), and scripts/pwa.mjs writes that version's service worker.
// To the browser it is a new deploy: new pages, new files, old files gone.
import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { spawn, execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, relative, sep } from "node:path";

/** Every file under `dir`, as paths relative to it with a leading slash. */
export function filesIn(dir: string, under = dir): string[] {
  return readdirSync(under).flatMap((name) => {
    const path = join(under, name);
    return statSync(path).isDirectory() ? filesIn(dir, path) : ["/" + relative(dir, path).split(sep).join("/")];
  });
}

/** A browser context with the HTTP cache on, as a learner's browser has it: Playwright turns
 *  the cache off in any context that routes requests, as the shared guard (fixtures.ts) does,
 *  and then no test could see a stale copy. So this context only records, and `close()` fails
 *  on any request outside 127.0.0.1 or any Content-Security-Policy violation, as the guard
 *  would (Chromium's --host-resolver-rules already keep every request on this machine). */
export async function cachingContext(browser: Browser): Promise<{ context: BrowserContext; page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const external: string[] = [];
  const csp: string[] = [];
  const isLocal = (url: string) => /^(https?|wss?):\/\/127\.0\.0\.1(:\d+)?\//.test(url) || /^(data|blob|about):/.test(url);
  context.on("request", (req) => {
    if (!isLocal(req.url())) external.push(req.url());
  });
  context.on("console", (msg) => {
    if (/Content Security Policy/i.test(msg.text())) csp.push(msg.text());
  });
  const page = await context.newPage();
  return {
    context,
    page,
    close: async () => {
      await context.close();
      expect(external, "requests outside 127.0.0.1").toEqual([]);
      expect(csp, "Content-Security-Policy violations").toEqual([]);
    },
  };
}

/** A fresh copy of dist/ in a temporary folder, to serve and change. */
export function copyOfDist(): string {
  const root = mkdtempSync(join(tmpdir(), "heard-host-"));
  cpSync("dist", root, { recursive: true });
  return root;
}

/** Serves `root` like GitHub Pages (plus `extra` arguments to scripts/serve.mjs). */
export async function host(root: string, extra: string[] = []): Promise<{ base: string; stop: () => void }> {
  const port = 4400 + Math.floor(Math.random() * 1000);
  const server = spawn("node", ["scripts/serve.mjs", "--dir", root, "--port", String(port), "--host", "github-pages", ...extra], {
    stdio: "ignore",
  });
  const base = `http://127.0.0.1:${port}`;
  await expect.poll(() => fetch(base + "/").then((r) => r.status, () => 0)).toBe(200);
  return { base, stop: () => server.kill() };
}

/** FNV-1a, 64-bit, as domain/build.rs names content bundles. */
function fnv1a(bytes: Buffer): string {
  let h = 0xcbf29ce484222325n;
  for (const b of bytes) h = ((h ^ BigInt(b)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return h.toString(16).padStart(16, "0");
}

function replaceAll(buf: Buffer, from: string, to: string): Buffer {
  const a = Buffer.from(from), b = Buffer.from(to);
  const parts: Buffer[] = [];
  let at = 0;
  for (let i = buf.indexOf(a); i >= 0; i = buf.indexOf(a, i + a.length)) {
    parts.push(buf.subarray(at, i), b);
    at = i + a.length;
  }
  return parts.length ? Buffer.concat([...parts, buf.subarray(at)]) : buf;
}

const sha = (algorithm: string, bytes: Buffer | string) => createHash(algorithm).update(bytes).digest("base64");

/** Turns the copy in `root` into the next version (see the top of this file). Returns the
 *  old and new name of every renamed file (paths with a leading slash). */
export function nextVersion(root: string): Map<string, string> {
  const renames = new Map<string, string>();
  for (const file of filesIn(root)) {
    const bundle = file.match(/^(\/content\/.*)-[0-9a-f]{16}\.txt$/);
    const built = file.match(/^(\/[^/]+-)([0-9a-f]{8,16})((_bg)?\.(js|wasm|css))$/);
    if (bundle) {
      const bytes = Buffer.concat([readFileSync(join(root, file)), Buffer.from("\n")]);
      const name = `${bundle[1]}-${fnv1a(bytes)}.txt`;
      writeFileSync(join(root, name), bytes);
      rmSync(join(root, file));
      renames.set(file, name);
    } else if (built) {
      const hash = [...built[2]].map((c) => ((parseInt(c, 16) + 1) % 16).toString(16)).join("");
      renames.set(file, built[1] + hash + built[3]);
    }
  }
  // Rename the built files, rewriting every reference in every file (same length: wasm stays valid).
  const sri = new Map<string, string>();
  for (const file of filesIn(root)) {
    if (file.startsWith("/content/") || file === "/sw.js") continue;
    const before = readFileSync(join(root, file));
    let after = before;
    for (const [from, to] of renames) after = replaceAll(after, basename(from), basename(to));
    if (!after.equals(before)) sri.set(`sha384-${sha("sha384", before)}`, `sha384-${sha("sha384", after)}`);
    const to = renames.get(file);
    if (to) rmSync(join(root, file));
    writeFileSync(join(root, to || file), after);
  }
  // Each page: its scripts' integrity, and the CSP hashes of its inline start-up script.
  for (const file of filesIn(root).filter((f) => f.endsWith(".html"))) {
    let html = readFileSync(join(root, file), "utf8");
    for (const [from, to] of sri) html = html.split(from).join(to);
    const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${sha("sha256", m[1])}'`);
    html = html.replace(/'sha256-[A-Za-z0-9+/=]+'(?: 'sha256-[A-Za-z0-9+/=]+')*/, hashes.join(" "));
    writeFileSync(join(root, file), html);
  }
  execFileSync("node", ["scripts/pwa.mjs", root]);
  return renames;
}

/** The SHA-256 (hex) of every file in `root` but the worker: what a consistent offline copy holds. */
export function expectedHashes(root: string): Record<string, string> {
  return Object.fromEntries(
    filesIn(root)
      .filter((f) => f !== "/sw.js")
      .map((f) => [f, createHash("sha256").update(readFileSync(join(root, f))).digest("hex")]),
  );
}

/** What the worker of the version in `root` fetches at install (its FILES), by path, with
 *  the SHA-256 (hex) of each: the rest of a version's files are route pages, kept on visit. */
export function installedHashes(root: string): Record<string, string> {
  const sw = readFileSync(join(root, "sw.js"), "utf8");
  return JSON.parse(sw.match(/const FILES = (\{[\s\S]*?\});/)![1]);
}

/** A cache holds one consistent version, `root`'s: every file fetched at install, and any
 *  route page kept on visit, each byte for byte that version's. */
export function expectThisVersion(cached: Record<string, string>, root: string) {
  const all = expectedHashes(root);
  const installed = installedHashes(root);
  expect(Object.keys(installed).length).toBeGreaterThan(10);
  for (const [path, hash] of Object.entries(installed)) expect(cached[path], path).toBe(hash);
  for (const [path, hash] of Object.entries(cached)) expect(hash, path).toBe(all[path]);
}

/** What Heard's caches hold: cache name → (path → SHA-256 hex of the cached bytes). */
export async function cachedHashes(page: Page): Promise<Record<string, Record<string, string>>> {
  return page.evaluate(async () => {
    const out: Record<string, Record<string, string>> = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      out[name] = {};
      for (const request of await cache.keys()) {
        const bytes = await (await cache.match(request))!.arrayBuffer();
        const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
        out[name][new URL(request.url).pathname] = [...digest].map((b) => b.toString(16).padStart(2, "0")).join("");
      }
    }
    return out;
  });
}

/** Waits until a service worker controls the page (it has cached everything by then). */
export async function offlineReady(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 30_000 }).toBe(true);
}

/** Asks the browser to look for a new worker now, as it does when a learner comes back. */
export async function checkForUpdate(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
}

/** The id of a listening statement with no content note (its page opens straight away). */
export function listeningId(root = "dist"): string {
  const bundle = readdirSync(join(root, "content")).find((f) => f.startsWith("listening-"))!;
  const line = readFileSync(join(root, "content", bundle), "utf8")
    .split("\n")
    .find((l) => l.startsWith("listening/statements.toml\t"))!;
  const items = JSON.parse(line.slice(line.indexOf("\t") + 1)).statement as { id: string; content_notes?: string[] }[];
  return items.find((i) => !i.content_notes?.length)!.id;
}
