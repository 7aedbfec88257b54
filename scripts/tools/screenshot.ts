/**
 * Screenshots of built pages, for looking at what the site shows a reader:
 *   npx tsx scripts/tools/screenshot.ts <siteDir> <outDir> <width> <page> [page…]
 * e.g. … output/site /tmp/shots 390 / neighbourhoods/hesarak/
 */
import path from "node:path";
import fs from "node:fs/promises";
import { DEFAULT_BROWSER, launchBrowser } from "../../src/print/browser.ts";
import { serveStatic } from "../../src/pipeline/static-server.ts";

const [siteDir, outDir, width, ...pages] = process.argv.slice(2);
if (!siteDir || !outDir || !width || pages.length === 0) {
  console.error("usage: screenshot.ts <siteDir> <outDir> <width> <page> [page…]");
  process.exit(2);
}
await fs.mkdir(outDir, { recursive: true });
const server = await serveStatic(path.resolve(siteDir));
const browser = await launchBrowser(DEFAULT_BROWSER);
try {
  const page = await browser.newPage();
  await page.setViewport({ width: Number(width), height: 900, deviceScaleFactor: 1 });
  for (const target of pages) {
    await page.goto(new URL(target.replace(/^\//, ""), server.url).href, { waitUntil: "networkidle0" });
    // Scroll through the page so that lazy images load, as they would for a reader.
    await page.evaluate(async () => {
      if (document.body.scrollHeight <= window.innerHeight) return;
      for (let y = 0; y < document.body.scrollHeight; y += 500) {
        window.scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 60));
      }
      window.scrollTo(0, 0);
    });
    await page.waitForNetworkIdle({ idleTime: 300 });
    const name = `${target.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "home"}-${width}.png`;
    // Puppeteer's fullPage capture can shift right-to-left pages sideways; a window as tall as the page cannot.
    const height = (await page.evaluate("document.documentElement.scrollHeight")) as number;
    await page.setViewport({ width: Number(width), height, deviceScaleFactor: 1 });
    await page.screenshot({ path: path.join(outDir, name) });
    await page.setViewport({ width: Number(width), height: 900, deviceScaleFactor: 1 });
    console.log(path.join(outDir, name));
  }
} finally {
  await browser.close();
  await server.close();
}
