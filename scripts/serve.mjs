// A plain static file server for the built app, behaving like an ordinary static host:
// files are served as they are; an unknown path gets 404.html with status 404 (as GitHub
// Pages, Netlify or nginx `error_page 404 /404.html` do), which is a copy of index.html, so a
// deep link such as /about still opens the app. Listens on 127.0.0.1 only.
//   node scripts/serve.mjs --dir dist --port 8080 [--fallback-status 200]
// `--fallback-status 200` answers unknown paths like a host with a single-page-app rewrite
// (Lighthouse refuses to measure a page served with status 404).
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
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
    return null;
  }
}

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
    res.writeHead(status, {
      "content-type": type,
      "cache-control": hashed ? "public, max-age=31536000, immutable" : "no-cache",
      "x-content-type-options": "nosniff",
    });
    res.end(req.method === "HEAD" ? undefined : body);
  } catch {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
    res.end("Not found. Build the app first: scripts/serve.sh");
  }
});

server.listen(port, "127.0.0.1", () => {
  console.log(`Heard is being served at http://127.0.0.1:${port}/ (from ${root}). Ctrl-C stops it.`);
});
