// Every route of the app, one path each: the one place the build learns which pages exist
// (scripts/prerender.mjs writes a page for each; the e2e route-status test checks each).
// The list comes from the typed route catalogue's `routes` example
// (heard_domain::catalog::every_route).
import { execFileSync } from "node:child_process";

const EXAMPLE = "routes";

/** Every route, in the order the example prints them, without duplicates. */
export function routes() {
  const out = execFileSync("cargo", ["run", "-q", "--locked", "-p", "heard-domain", "--example", EXAMPLE], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  const list = out.split("\n").map((l) => l.trim()).filter(Boolean);
  for (const route of list) {
    if (!/^\/[a-z0-9/_-]*$/.test(route)) throw new Error(`routes: not a path this build can write a page for: ${route}`);
  }
  return [...new Set(list)];
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(routes().join("\n"));
