// End-to-end tests: Debian's Chromium against the release build in dist/, served statically
// by scripts/serve.mjs exactly as GitHub Pages serves it (`--host github-pages`: the same files
// for the same paths, `Cache-Control: max-age=600`, ETags and 304s). Each test context routes
// requests (fixtures.ts), which turns off its HTTP cache; tests of caching and updates use a
// context of their own with the cache on (tests/e2e/deploy.ts).
import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.HEARD_E2E_PORT || 4321);

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: "chromium",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        // Chromium itself must not look anything up outside this machine.
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
      ],
    },
  },
  webServer: {
    command: `node scripts/serve.mjs --dir dist --port ${PORT} --host github-pages`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
