/** axe-core in a puppeteer page: every WCAG rule and every best practice, as the audit ran it. */
import { createRequire } from "node:module";
import fs from "node:fs/promises";
import type { Page } from "puppeteer";

const require = createRequire(import.meta.url);
let source: Promise<string> | undefined;

export interface AxeFinding {
  rule: string;
  impact: string | null;
  targets: string[];
}

/**
 * Violations on the page as it is now, each rule with the elements it marks. The page must have been opened with
 * `page.setBypassCSP(true)`: axe is injected as a script, which the site's policy (rightly) refuses.
 */
export async function axeFindings(page: Page, skip: string[] = []): Promise<AxeFinding[]> {
  source ??= fs.readFile(require.resolve("axe-core/axe.min.js"), "utf8");
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: await source });
  const result = (await page.evaluate(
    (skipped) =>
      // @ts-expect-error axe is the global the script above defines.
      window.axe.run(document, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
        rules: Object.fromEntries(skipped.map((id) => [id, { enabled: false }])),
        resultTypes: ["violations"],
      }),
    skip,
  )) as { violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] };
  return result.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    targets: v.nodes.map((n) => n.target.join(" ")),
  }));
}
