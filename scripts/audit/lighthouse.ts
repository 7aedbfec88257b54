/**
 * Lighthouse 12 (mobile, its default settings) on pages of a built site, with the system's Chromium: the four
 * scores per page, and every audit that lost points. Not part of `npm test` (a page takes 20-40 s).
 *
 *   npx tsx scripts/audit/lighthouse.ts <siteDir> [page…]     e.g. output/site "" neighbourhoods/hesarak/
 */
import lighthouse from "lighthouse";
import puppeteer from "puppeteer";
import { serveStatic } from "../../src/pipeline/static-server.ts";
import { CHROMIUM_ARGS, chromiumPath } from "../../src/print/browser.ts";

const [siteDir, ...pages] = process.argv.slice(2);
if (!siteDir) {
  console.error("usage: lighthouse.ts <siteDir> [page…]");
  process.exit(2);
}
const PORT = 9300 + Math.floor(Math.random() * 500);
const server = await serveStatic(siteDir);
const browser = await puppeteer.launch({
  headless: true,
  executablePath: chromiumPath(),
  args: [...CHROMIUM_ARGS, `--remote-debugging-port=${PORT}`],
});
let failed = false;
try {
  for (const page of pages.length ? pages : [""]) {
    const url = new URL(page, server.url).href;
    const result = await lighthouse(url, { port: PORT, output: "json", logLevel: "error" });
    if (!result) throw new Error(`no result for ${url}`);
    const { categories, audits } = result.lhr;
    const scores = Object.values(categories).map((c) => `${c.title} ${Math.round((c.score ?? 0) * 100)}`);
    console.log(`${page || "/"}: ${scores.join(", ")}`);
    for (const category of Object.values(categories)) {
      for (const ref of category.auditRefs) {
        const audit = audits[ref.id]!;
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
          failed ||= category.id !== "performance";
          console.log(`  ${category.id}: ${audit.id} (${audit.score}) ${audit.displayValue ?? ""}`);
        }
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
process.exit(failed ? 1 : 0);
