// A plain static file server for the built app, behaving like an ordinary static host:
// files are served as they are, and `/about` from about.html when there is one; an unknown
// path gets 404.html with status 404 (as GitHub Pages, Netlify or nginx `error_page 404
// /404.html` do), which is the full app, so a deep link such as /course/01-what still opens
// the app, which then routes on the client. Listens on 127.0.0.1 only.
//   node scripts/serve.mjs --dir dist --port 8080 [--fallback-status 200]
// `--fallback-status 200` answers unknown paths like a host with a single-page-app rewrite
// (Lighthouse refuses to measure a page served with status 404).
// Text and wasm are sent brotli- or gzip-compressed when the browser accepts it, as every real
// host does, so transfer sizes and Lighthouse timings here match a deployed copy.
import { createServer } from "node:http";
import { readdir, readFile, stat } from "node:fs/promises";
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
const fallbackStatus = Number(opt("fallback-status", "404"));

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

async function fileAt(urlPath) {
  let rel;
  try {
    rel = decodeURIComponent(urlPath.split("?")[0]);
  } catch {
    return null;
  }
  const full = normalize(join(root, rel));
  if (full !== root && !full.startsWith(root + sep)) return null;
  try {
    const s = await stat(full);
    if (s.isDirectory()) return fileAt(join(rel, "index.html"));
    return full;
  } catch {
    // `/about` is served from about.html when there is one, as GitHub Pages and Netlify do.
    return extname(rel) || rel.endsWith(".html") ? null : fileAt(`${rel.replace(/\/$/, "")}.html`);
  }
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
        : promisify(gzip)(body, { level: 9 }),
    );
  }
  return compressed.get(key);
}
async function encode(file, body, accept) {
  if (!compressible.has(extname(file))) return null;
  const encoding = /\bbr\b/.test(accept) ? "br" : /\bgzip\b/.test(accept) ? "gzip" : null;
  if (!encoding) return null;
  return { encoding, body: await packed(encoding, file, (await stat(file)).mtimeMs, body) };
}
async function warm(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const file = join(dir, entry.name);
    if (entry.isDirectory()) await warm(file);
    else if (compressible.has(extname(file))) packed("br", file, (await stat(file)).mtimeMs, await readFile(file));
  }
}
warm(root).catch(() => {});

const server = createServer(async (req, res) => {
  let status = 200;
  let file = await fileAt(req.url || "/");
  if (!file) {
    status = fallbackStatus;
    file = join(root, "404.html");
  }
  try {
    const body = await readFile(file);
    const type = types[extname(file)] || "application/octet-stream";
    const hashed = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/.test(file);
    const packed = await encode(file, body, String(req.headers["accept-encoding"] || ""));
    res.writeHead(status, {
      "content-type": type,
      "cache-control": hashed ? "public, max-age=31536000, immutable" : "no-cache",
      "x-content-type-options": "nosniff",
      vary: "accept-encoding",
      ...(packed ? { "content-encoding": packed.encoding } : {}),
    });
    res.end(req.method === "HEAD" ? undefined : packed ? packed.body : body);
  } catch {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
    res.end("Not found. Build the app first: scripts/serve.sh");
  }
});

server.listen(port, "127.0.0.1", () => {
  console.log(`Heard is being served at http://127.0.0.1:${port}/ (from ${root}). Ctrl-C stops it.`);
});
