/**
 * One place that starts Chromium. Debian's /usr/bin/chromium is used where it exists (puppeteer's own browser
 * download cannot run on machines without internet); a path given in the build options (the command line passes
 * PUPPETEER_EXECUTABLE_PATH) overrides; elsewhere the browser that puppeteer downloaded at install time is used.
 */
import fs from "node:fs";
import puppeteer, { type Browser } from "puppeteer";

const SYSTEM_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/** Where Chromium is: the one asked for, else the system's, else (undefined) the one puppeteer downloaded. */
export function chromiumPath(requested?: string): string | undefined {
  return requested ?? SYSTEM_CHROMIUM.find((candidate) => fs.existsSync(candidate));
}

/** Flags for a quiet, headless, sandbox-free start on build machines with a closed network. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-dev-shm-usage",
  "--font-render-hinting=none",
];

export interface BrowserOptions {
  /** A Chromium to use instead of the system's (the CLI passes PUPPETEER_EXECUTABLE_PATH). */
  executablePath?: string;
  /** How long Chromium may take to start, and to answer any one request (loading, printing): then it is hung. */
  launchTimeout: number;
  protocolTimeout: number;
}

export const DEFAULT_BROWSER: BrowserOptions = { launchTimeout: 60_000, protocolTimeout: 180_000 };

export async function launchBrowser(options: BrowserOptions): Promise<Browser> {
  return puppeteer.launch({
    headless: true,
    executablePath: chromiumPath(options.executablePath),
    args: CHROMIUM_ARGS,
    timeout: options.launchTimeout,
    protocolTimeout: options.protocolTimeout,
  });
}

/** Ends a browser that may be hung: no polite close, which could wait forever. */
export async function killBrowser(browser: Browser | undefined): Promise<void> {
  if (!browser) return;
  browser.process()?.kill("SIGKILL");
  await browser.close().catch(() => undefined);
}

/** Chromium failed twice (crashed, hung, or would not start): the message says what to do. */
export class BrowserError extends Error {
  constructor(override readonly cause: unknown) {
    super(`Chromium failed twice: ${(cause as Error)?.message ?? String(cause)}`);
    this.name = "BrowserError";
  }
}
