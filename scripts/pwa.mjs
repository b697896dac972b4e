// Makes dist/ installable and offline-capable, after both builds are in place (scripts/build.sh):
//  1. draws the app icons (PNG, from code: no binary files in the repository) and writes the
//     web app manifest;
//  2. writes dist/sw.js from scripts/sw.template.js with the lists of files generated from the
//     files actually in dist/ (hashed names included): those fetched at install and the route
//     pages in folders, kept on first visit (why: scripts/sw.template.js); the SHA-256 of each
//     file's bytes (the worker checks every file it caches against it); and a version hashed
//     from all of them and the template.
// Usage: node scripts/pwa.mjs [dist]
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { deflateSync } from "node:zlib";

const dist = process.argv[2] || "dist";

// ---- Icons: a rounded square in the brand green with a light "speech" ring ------------------
function crc32(buf) {
  let c, crc = 0xffffffff;
  for (const b of buf) {
    c = (crc ^ b) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function inTriangle(px, py, [ax, ay], [bx, by], [qx, qy]) {
  const side = (x1, y1, x2, y2) => (px - x2) * (y1 - y2) - (x1 - x2) * (py - y2);
  const d1 = side(ax, ay, bx, by), d2 = side(bx, by, qx, qy), d3 = side(qx, qy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}
/** An RGBA PNG of `size`² pixels; `maskable` fills the whole square (the OS crops it). */
function icon(size, maskable) {
  const green = [0x2f, 0x5d, 0x50], light = [0xf7, 0xf4, 0xee];
  const rows = [];
  const r = size * (maskable ? 0 : 0.18); // corner radius
  const cx = size / 2, cy = size / 2;
  const outer = size * (maskable ? 0.24 : 0.28), inner = outer - size * 0.07;
  // A point at `deg` degrees (screen coordinates: y grows downwards) and `dist` from the centre.
  const at = (deg, dist) => [cx + dist * Math.cos((deg * Math.PI) / 180), cy + dist * Math.sin((deg * Math.PI) / 180)];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      // Inside the rounded square?
      const dx = Math.max(r - x, x - (size - 1 - r), 0), dy = Math.max(r - y, y - (size - 1 - r), 0);
      const inside = dx * dx + dy * dy <= r * r;
      const d = Math.hypot(x + 0.5 - cx, y + 0.5 - cy);
      // A ring with a short tail at the lower left: a speech bubble, someone being heard.
      const tail = d >= inner && inTriangle(x + 0.5, y + 0.5, at(115, outer * 0.9), at(155, outer * 0.9), at(135, outer * 1.45));
      const ring = (d <= outer && d >= inner) || tail;
      const [cr, cg, cb] = ring ? light : green;
      row.set([cr, cg, cb, inside ? 255 : 0], 1 + x * 4);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
writeFileSync(join(dist, "icon-192.png"), icon(192, false));
writeFileSync(join(dist, "icon-512.png"), icon(512, false));
writeFileSync(join(dist, "icon-maskable-512.png"), icon(512, true));

const manifest = {
  name: "Heard: peer support skills",
  short_name: "Heard",
  description: "Learn and practise peer support skills. Private: nothing leaves your device.",
  lang: "en-GB",
  start_url: "/",
  scope: "/",
  display: "standalone",
  background_color: "#f7f4ee",
  theme_color: "#2f5d50",
  icons: [
    { src: "/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
    { src: "/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
    { src: "/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    { src: "/favicon.svg", sizes: "any", type: "image/svg+xml" },
  ],
};
writeFileSync(join(dist, "manifest.webmanifest"), JSON.stringify(manifest, null, 2) + "\n");

// ---- The service worker ---------------------------------------------------------------------
function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}
const list = files(dist)
  .map((p) => "/" + relative(dist, p).split(sep).join("/"))
  .filter((p) => p !== "/sw.js")
  .sort();
/** A route's page inside a folder (a lesson, an exercise item, a slide…): kept on first visit,
 *  not fetched at install (see scripts/sw.template.js). */
const onVisit = (p) => p.endsWith(".html") && p.indexOf("/", 1) > 0;
/** The full app's page that opens any route whose own page is not kept yet. */
const APP_PAGE = "/practise.html";
if (!list.includes(APP_PAGE) || onVisit(APP_PAGE)) throw new Error(`pwa: ${APP_PAGE} must be a page fetched at install`);
const template = readFileSync(new URL("./sw.template.js", import.meta.url), "utf8");
const hashes = Object.fromEntries(list.map((p) => [p, createHash("sha256").update(readFileSync(join(dist, p))).digest("hex")]));
const pick = (keep) => Object.fromEntries(list.filter(keep).map((p) => [p, hashes[p]]));
const version = createHash("sha256").update(template);
for (const p of list) version.update(p).update(hashes[p]);
const sw = template
  .replace("__HEARD_VERSION__", () => version.digest("hex").slice(0, 16))
  .replace("__HEARD_FILES__", () => JSON.stringify(pick((p) => !onVisit(p)), null, 1))
  .replace("__HEARD_PAGES__", () => JSON.stringify(pick(onVisit)))
  .replace("__HEARD_APP_PAGE__", () => APP_PAGE);
writeFileSync(join(dist, "sw.js"), sw);
const installed = list.filter((p) => !onVisit(p));
const kb = (ps) => (ps.reduce((n, p) => n + statSync(join(dist, p)).size, 0) / 1024).toFixed(0);
console.log(
  `pwa: icons, manifest, and sw.js: ${installed.length} files (${kb(installed)} KB) fetched at install, ` +
    `${list.length - installed.length} pages (${kb(list.filter(onVisit))} KB) kept on first visit`,
);
