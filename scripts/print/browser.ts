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

export async function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({
    headless: true,
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
  });
}
