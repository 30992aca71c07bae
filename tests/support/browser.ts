// A real Chromium against a real Maillage server, for the end-to-end tests:
// one browser and one server per test file, a fresh context per test.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { WEB_DIST } from "../../server/app/http.ts";
import { fixedClock } from "../../server/core/clock.ts";
import { startTestServer, TEST_NOW, type TestServer } from "./server.ts";
import { createScratchDatabase, type ScratchDatabase } from "./database.ts";
import { startMailbox, type Mailbox } from "./mailbox.ts";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// Set to a directory to keep a picture of each test's last page.
const SCREENSHOT_DIR = process.env.E2E_SCREENSHOT_DIR;

/** What a test file may ask of its server beyond the day it lives on (the job queue and its mailbox…). */
export type BrowserServerOptions = Omit<NonNullable<Parameters<typeof startTestServer>[0]>, "clock">;

export interface BrowserSession {
  readonly server: TestServer;
  readonly page: Page;
  /** With `mail`: the SMTP mailbox the server's e-mail arrives in. */
  readonly mailbox: Mailbox;
  /** Uncaught page errors and console errors of the current test, CSP violations included. */
  readonly pageErrors: string[];
}

/**
 * Registers the hooks of a browser test file; read the session inside tests and hooks.
 * The server and the browser live on the same day, `now` (TEST_NOW unless
 * the file says otherwise): what either computes from "today" (an edition in
 * progress, the programme from today on) does not depend on the day the suite runs.
 * `server` gives the server's other options, once the file's hooks start.
 * `mail`: the server sends e-mail to a mailbox of this file, from a copy of
 * the demo database of its own (its job runner is then the only one taking
 * its e-mails).
 */
export function useBrowserSession(
  options: { now?: string; mail?: boolean; server?: () => BrowserServerOptions | Promise<BrowserServerOptions> } = {},
): BrowserSession {
  const now = options.now ?? TEST_NOW;
  let server: TestServer;
  let mailbox: Mailbox;
  let database: ScratchDatabase | undefined;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(WEB_DIST, "index.html"))) {
      throw new Error("web/dist/index.html is missing: run `npm run build:web` before the end-to-end tests.");
    }
    if (!existsSync(CHROMIUM)) {
      throw new Error(`No Chromium at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
    }
    const mail = options.mail
      ? await (async () => {
          database = await createScratchDatabase({ demo: true });
          mailbox = await startMailbox();
          return { databaseUrl: database.url, jobs: { smtpUrl: mailbox.url } };
        })()
      : {};
    server = await startTestServer({ ...mail, ...(await options.server?.()), clock: fixedClock(now) });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      // Without the networking flags Chromium keeps calling home, which this
      // closed network refuses.
      args: [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    // The server and its job runner first: no message is left half sent.
    await server?.close();
    await mailbox?.close();
    await database?.drop();
  });

  beforeEach(async () => {
    context = await browser.newContext({ locale: "fr-FR", viewport: { width: 1280, height: 900 } });
    // Date is fixed, timers still run: debounces and polling behave as usual.
    await context.clock.setFixedTime(new Date(now));
    // Content-Security-Policy violations, whatever Chromium logs of them, as
    // console errors with what was blocked (workers' and frames' included).
    await context.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`);
      });
    });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    pageErrors = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") pageErrors.push(message.text());
    });
  });

  afterEach(async (test) => {
    if (SCREENSHOT_DIR) {
      const name = test.task.name.replace(/[^\w]+/g, "-").slice(0, 80);
      await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
    }
    await context.close();
  });

  return {
    get server() { return server; },
    get page() { return page; },
    get mailbox() { return mailbox; },
    get pageErrors() { return pageErrors; },
  };
}
