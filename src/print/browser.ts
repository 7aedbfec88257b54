/**
 * One place that starts Chromium. Debian's /usr/bin/chromium is used where it exists (puppeteer's own browser
 * download cannot run on machines without internet); PUPPETEER_EXECUTABLE_PATH overrides; elsewhere the browser
 * that puppeteer downloaded at install time is used.
 */
import fs from "node:fs";
import puppeteer, { type Browser } from "puppeteer";

const SYSTEM_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

export function chromiumPath(): string | undefined {
  const fromEnv = process.env.PUPPETEER_EXECUTABLE_PATH;
  if (fromEnv) return fromEnv;
  return SYSTEM_CHROMIUM.find((candidate) => fs.existsSync(candidate));
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

/** How long Chromium may take to start, and to answer any one request (loading, printing): then it is hung. */
export function browserTimeouts(env: NodeJS.ProcessEnv = process.env): { launch: number; protocol: number } {
  const override = Number(env.KETABCHE_BROWSER_TIMEOUT_MS);
  return override > 0 ? { launch: override, protocol: override } : { launch: 60_000, protocol: 180_000 };
}

export async function launchBrowser(): Promise<Browser> {
  const timeouts = browserTimeouts();
  return puppeteer.launch({
    headless: true,
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    timeout: timeouts.launch,
    protocolTimeout: timeouts.protocol,
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
