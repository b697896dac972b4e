// A static file server for the built app that behaves like a real static host. Listens on
// 127.0.0.1 only.
//   node scripts/serve.mjs --dir dist --port 8080 [--host github-pages|dev] [--headers FILE]
//
// Two host behaviours (`--host`), which differ only in caching:
// - `github-pages` (what the end-to-end tests use): exactly what GitHub Pages sends.
//   `Cache-Control: max-age=600` on every response (pages, `sw.js`, hashed files, 404s alike),
//   an `ETag` and `Last-Modified` on each file, and `304 Not Modified` for a conditional request
//   whose validator still matches. So a browser may use a copy up to ten minutes old without
//   asking, as it would on a deployed copy; the service worker must cope with that.
// - `dev` (the default, for measuring): `no-cache` on pages, a year on content-hashed files.
// Both resolve a path as GitHub Pages does: the file itself; `/x` from `x.html` when there is
// one, even beside a folder `x/` (the build writes `/practise/listening` as
// `practise/listening.html` next to `practise/listening/`, as GitHub Pages, Netlify, Cloudflare
// Pages and nginx's `try_files $uri $uri.html $uri/` all serve it); `/x/` from `x/index.html`
// (and `/x` for a folder without `x.html` redirects to `/x/`); any other path gets `404.html`
// with status 404 (as GitHub Pages, Netlify and nginx with `error_page 404 /404.html` do).
// There is no single-page-app fallback: every route of the app is a real file.
// `--headers FILE` adds the response headers of a Netlify/Cloudflare Pages `_headers` file
// (hosting/_headers), as those hosts would.
// Text and wasm are sent compressed when the browser accepts it, as every real host does, so
// transfer sizes and Lighthouse timings here match a deployed copy: gzip like GitHub Pages in
// `github-pages`, brotli (or gzip) in `dev`.
import { createServer } from "node:http";
import { readdir, readFile, stat } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { brotliCompress, gzip, constants } from "node:zlib";
import { extname, join, normalize, resolve, sep } from "node:path";

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const root = resolve(opt("dir", "dist"));
const port = Number(opt("port", "8080"));
const host = opt("host", "dev");
const headerRules = opt("headers", null) ? parseHeadersFile(readFileSync(opt("headers"), "utf8")) : [];

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

/** How each host behaviour caches: the headers it adds to a response for `file`. */
const HOSTS = {
  "github-pages": () => ({ "cache-control": "max-age=600" }),
  dev: (file) => ({
    "cache-control": /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css|txt)$/.test(file) ? "public, max-age=31536000, immutable" : "no-cache",
  }),
};
if (!HOSTS[host]) {
  console.error(`serve: unknown --host ${host} (one of: ${Object.keys(HOSTS).join(", ")})`);
  process.exit(2);
}
/** Does this host answer conditional requests with 304 (GitHub Pages does)? */
const conditional = host === "github-pages";
/** Does it send brotli? (GitHub Pages sends gzip only.) */
const brotli = host !== "github-pages";

/** What the host answers for a URL path: a file (with status), or a redirect. */
async function lookUp(urlPath) {
  let rel;
  try {
    rel = decodeURIComponent(urlPath.split("?")[0]);
  } catch {
    return null;
  }
  const full = normalize(join(root, rel));
  if (full !== root && !full.startsWith(root + sep)) return null;
  const found = await stat(full).catch(() => null);
  if (found?.isFile()) return rel.endsWith("/") ? null : { file: full };
  // `/about` is served from about.html when there is one, as GitHub Pages and Netlify do,
  // before any folder of the same name.
  if (!rel.endsWith("/") && !extname(rel)) {
    const page = full + ".html";
    if ((await stat(page).catch(() => null))?.isFile()) return { file: page };
  }
  if (found?.isDirectory()) {
    if (!rel.endsWith("/")) return { redirect: rel + "/" };
    const index = join(full, "index.html");
    return (await stat(index).catch(() => null))?.isFile() ? { file: index } : null;
  }
  return null;
}

const compressible = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".json", ".webmanifest", ".svg", ".txt"]);
/** Compressed bodies, by encoding, file and modification time: each is compressed once, off
 *  the main thread. Everything in the folder is compressed at start-up, so no request (and no
 *  Lighthouse run) waits for brotli's slowest setting on the full app's wasm. */
const compressed = new Map();
function packed(encoding, file, mtime, body) {
  const key = `${encoding} ${file} ${mtime}`;
  if (!compressed.has(key)) {
    compressed.set(
      key,
      encoding === "br"
        ? promisify(brotliCompress)(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : promisify(gzip)(body, { level: brotli ? 9 : 6 }),
    );
  }
  return compressed.get(key);
}
async function encode(file, mtime, body, accept) {
  if (!compressible.has(extname(file))) return null;
  const encoding = brotli && /\bbr\b/.test(accept) ? "br" : /\bgzip\b/.test(accept) ? "gzip" : null;
  if (!encoding) return null;
  return { encoding, body: await packed(encoding, file, mtime, body) };
}
async function warm(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const file = join(dir, entry.name);
    if (entry.isDirectory()) await warm(file);
    else if (compressible.has(extname(file))) packed(brotli ? "br" : "gzip", file, (await stat(file)).mtimeMs, await readFile(file));
  }
}
warm(root).catch(() => {});

/** Validators as nginx (and so GitHub Pages) makes them: modification time and size. */
function validators(s) {
  return {
    etag: `"${Math.floor(s.mtimeMs).toString(16)}-${s.size.toString(16)}"`,
    "last-modified": new Date(Math.floor(s.mtimeMs / 1000) * 1000).toUTCString(),
  };
}
/** Is the browser's copy still the current one? (If-None-Match wins over If-Modified-Since.) */
function notModified(req, v) {
  const match = req.headers["if-none-match"];
  if (match) return match.split(",").some((tag) => tag.trim().replace(/^W\//, "") === v.etag);
  const since = Date.parse(String(req.headers["if-modified-since"] || ""));
  return !Number.isNaN(since) && Date.parse(v["last-modified"]) <= since;
}

const server = createServer(async (req, res) => {
  const path = (req.url || "/").split("?")[0];
  let status = 200;
  const found = await lookUp(path);
  if (found?.redirect) {
    res.writeHead(301, { location: found.redirect, ...HOSTS[host]("") });
    res.end();
    return;
  }
  let file = found?.file;
  if (!file) {
    status = 404;
    file = join(root, "404.html");
  }
  try {
    const s = await stat(file);
    const v = validators(s);
    const extra = { ...HOSTS[host](file), ...headersFor(path) };
    if (conditional && status === 200 && notModified(req, v)) {
      res.writeHead(304, { ...extra, ...v, vary: "accept-encoding" });
      res.end();
      return;
    }
    const body = await readFile(file);
    const zipped = await encode(file, s.mtimeMs, body, String(req.headers["accept-encoding"] || ""));
    res.writeHead(status, {
      "content-type": types[extname(file)] || "application/octet-stream",
      "x-content-type-options": "nosniff",
      vary: "accept-encoding",
      ...(conditional ? v : {}),
      ...extra,
      ...(zipped ? { "content-encoding": zipped.encoding } : {}),
    });
    res.end(req.method === "HEAD" ? undefined : zipped ? zipped.body : body);
  } catch {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
    res.end("Not found. Build the app first: scripts/serve.sh");
  }
});

/** A Netlify/Cloudflare Pages `_headers` file: a path pattern on its own line (`*` matches
 *  anything, `:name` one segment), then indented `Name: value` lines; `#` starts a comment. */
function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim().replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/:\w+/g, "[^/]+");
      rules.push({ match: new RegExp(`^${pattern}$`), headers: [] });
    } else if (rules.length) {
      const at = line.indexOf(":");
      rules[rules.length - 1].headers.push([line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}
/** The `_headers` file's headers for a request path; a header named twice is joined. */
function headersFor(path) {
  const out = {};
  for (const rule of headerRules.filter((r) => r.match.test(path))) {
    for (const [name, value] of rule.headers) out[name] = out[name] ? `${out[name]}, ${value}` : value;
  }
  return out;
}

server.listen(port, "127.0.0.1", () => {
  console.log(`Heard is being served at http://127.0.0.1:${port}/ (from ${root}, like ${host}). Ctrl-C stops it.`);
});
