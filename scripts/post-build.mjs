// Trunk post-build hook. In the staged index.html it
//  1. computes the SHA-256 of every inline <script> (trunk's start-up module) and writes the
//     hashes into the Content-Security-Policy in place of HEARD_INLINE_SCRIPT_HASHES, so the
//     policy never needs 'unsafe-inline' and never holds a hand-copied hash;
//  2. copies the content bundles that domain/build.rs wrote to target/heard-content/ into
//     content/, where the app fetches an area's bundle (same origin) when it is opened;
//  3. minifies wasm-bindgen's generated JavaScript with terser (trunk's minifier fails on it
//     and ships it as it is: 41.6 KB raw, 6.6 KB brotli in the shell, 5.0 KB minified), which
//     also drops its comments, and drops comment lines quoting web addresses from the other
//     scripts, so no absolute external address appears anywhere in dist/ (the privacy test
//     checks); then updates their Subresource Integrity hashes in the page;
//  4. makes trunk's start-up script compile the wasm in a worker and wait until the page has
//     been painted before it starts the app (see COMPILE and WAIT_FOR_PAINT below).
// Every route's page, and 404.html, are written later from this page (scripts/build.sh).
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("post-build: TRUNK_STAGING_DIR is not set (run me from trunk)");
  process.exit(1);
}
const file = join(dir, "index.html");
let html = readFileSync(file, "utf8");

/** wasm-bindgen's glue, minified. `module`: it is an ES module, so its exports keep their
 *  names while its top level may be renamed; the wasm's imports are looked up by property
 *  names, which terser never renames. (Only the glue: `boot.js` is a classic script.) */
async function minifyGlue(name, source) {
  const minified = await minify(source.toString("utf8"), {
    module: true,
    compress: true,
    mangle: true,
    format: { comments: false },
  });
  if (typeof minified.code !== "string") {
    console.error(`post-build: terser returned no code for ${name}`);
    process.exit(1);
  }
  return Buffer.from(minified.code, "utf8");
}

/** The other scripts, with any comment line that quotes a web address dropped. */
function dropAddressComments(source) {
  return Buffer.from(
    source
      .toString("utf8")
      .split("\n")
      .filter((line) => !/^\s*\/\/.*\bhttps?:\/\//.test(line))
      .join("\n"),
    "utf8",
  );
}

for (const name of readdirSync(dir).filter((f) => f.endsWith(".js"))) {
  const path = join(dir, name);
  const before = readFileSync(path);
  const after = /^heard-[0-9a-f]+\.js$/.test(name)
    ? await minifyGlue(name, before)
    : dropAddressComments(before);
  if (after.equals(before)) continue;
  writeFileSync(path, after);
  const sri = (buf) => `sha384-${createHash("sha384").update(buf).digest("base64")}`;
  html = html.split(sri(before)).join(sri(after));
}

// The app mounts by replacing the page that the build pre-rendered (scripts/prerender.mjs).
// Starting it only after that page has been painted and presented means a slow phone shows
// the page first and does the heavy start-up after, and Chromium records the painted page as
// the largest contentful paint (a node removed before its paint is presented is never
// recorded). Where the page has no paint timing, one animation frame stands in; after a
// second at most, the app starts anyway (a page opened in a background tab paints late).
const WAIT_FOR_PAINT = `await new Promise((go) => {
  const start = () => setTimeout(go, 0);
  const timer = setTimeout(go, 1000);
  try {
    new PerformanceObserver((list, seen) => {
      if (list.getEntriesByName("first-contentful-paint").length) { seen.disconnect(); clearTimeout(timer); start(); }
    }).observe({ type: "paint", buffered: true });
  } catch (_) { requestAnimationFrame(start); }
});
`;
// The wasm is fetched and compiled by a worker (public/compile.js), off the main thread, from
// the moment this script runs (after the styles have loaded, so it never competes with them),
// in parallel with the wait for the paint. If the worker cannot start or fails, the address is
// passed on and wasm-bindgen's init fetches and compiles it on the main thread as before.
// Trunk's `<link rel=preload>` of the wasm is dropped: the worker could not use it, and the
// module would be downloaded twice.
// The worker is ended a few seconds later, not as soon as the module arrives: ending it at
// once tore its thread down while this page was instantiating the module, and on a two-core
// machine that made the start-up task about twice as long (measured under 4x CPU throttling).
const COMPILE = (address) => `const compiled = new Promise((done) => {
  try {
    const worker = new Worker("/compile.js");
    const finish = (module) => { done(module || ${address}); setTimeout(() => worker.terminate(), 3000); };
    worker.onmessage = (e) => finish(e.data instanceof WebAssembly.Module ? e.data : null);
    worker.onerror = () => finish(null);
    worker.postMessage(${address});
  } catch (_) { done(${address}); }
});
`;
const START = /const wasm = await init\(\{ module_or_path: ('[^']+_bg\.wasm') \}\);/;
const start = html.match(START);
if (!start || html.split(start[0]).length !== 2) {
  console.error(`post-build: expected trunk's start-up script to call \`${START}\` exactly once`);
  process.exit(1);
}
html = html.replace(
  start[0],
  COMPILE(start[1]) + WAIT_FOR_PAINT + "const wasm = await init({ module_or_path: await compiled });",
);
const PRELOAD = /<link[^>]*\brel="?preload"?[^>]*\.wasm[^>]*>|<link[^>]*\.wasm[^>]*\brel="?preload"?[^>]*>/g;
if ((html.match(PRELOAD) || []).length !== 1) {
  console.error("post-build: expected trunk to preload the wasm with one <link rel=preload>");
  process.exit(1);
}
html = html.replace(PRELOAD, "");

const hashes = [];
for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
  hashes.push(`'sha256-${createHash("sha256").update(m[1], "utf8").digest("base64")}'`);
}
if (!html.includes("HEARD_INLINE_SCRIPT_HASHES")) {
  console.error("post-build: the CSP placeholder HEARD_INLINE_SCRIPT_HASHES is missing from index.html");
  process.exit(1);
}
html = html.replace("HEARD_INLINE_SCRIPT_HASHES", hashes.join(" "));
writeFileSync(file, html);

const bundles = join(process.env.CARGO_TARGET_DIR || join(process.cwd(), "target"), "heard-content");
mkdirSync(join(dir, "content"), { recursive: true });
const copied = readdirSync(bundles).filter((f) => f.endsWith(".txt"));
for (const f of copied) copyFileSync(join(bundles, f), join(dir, "content", f));
console.log(`post-build: ${hashes.length} inline script hash(es) in the CSP; ${copied.length} content bundles`);
