/**
 * axe-core (WCAG 2.2 AA and best practices) on every public page of a built site, and on the search page with
 * results: the e2e test checks a page of each kind, this checks them all (about 2 s a page). Not part of `npm test`.
 *
 *   npx tsx scripts/audit/axe.ts <siteDir> [query]      e.g. output/site حصارک
 */
import path from "node:path";
import { serveStatic } from "../../src/pipeline/static-server.ts";
import { DEFAULT_BROWSER, launchBrowser } from "../../src/print/browser.ts";
import { axeFindings } from "../../tests/helpers/axe.ts";
import { htmlFiles } from "../../tests/helpers/site.ts";

const [siteDir, query] = process.argv.slice(2);
if (!siteDir) {
  console.error("usage: axe.ts <siteDir> [query]");
  process.exit(2);
}
const server = await serveStatic(siteDir);
const browser = await launchBrowser(DEFAULT_BROWSER);
const started = Date.now();
let marked = 0;
try {
  const page = await browser.newPage();
  // axe is injected as a script, which the site's policy refuses.
  await page.setBypassCSP(true);
  const files = (await htmlFiles(siteDir)).map((file) => path.relative(siteDir, file));
  const urls = files.filter((file) => !file.startsWith("print")).map((file) => file.replace(/index\.html$/, ""));
  if (query) urls.push(`search/?q=${encodeURIComponent(query)}`);
  for (const url of urls) {
    await page.goto(new URL(url, server.url).href, { waitUntil: "load" });
    if (url.includes("?q=")) await page.waitForSelector(".result");
    const findings = await axeFindings(page);
    if (findings.length) {
      marked++;
      console.log(`${url || "/"}: ${JSON.stringify(findings)}`);
    }
  }
  console.log(`${urls.length} pages, ${marked} with findings, ${Math.round((Date.now() - started) / 1000)} s`);
} finally {
  await browser.close();
  await server.close();
}
process.exit(marked ? 1 : 0);
