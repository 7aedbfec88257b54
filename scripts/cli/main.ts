/**
 * The `ketabche` command line: one verb per pipeline stage, any content tree.
 *
 *   ketabche build  [--content DIR] [--output DIR]   the website and the booklet
 *   ketabche site   [--content DIR] [--output DIR]   the website only
 *   ketabche check  [--content DIR]                  validate the content tree
 *   ketabche serve  [--content DIR] [--port N]       dev server with live reload
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { buildPaths, type BuildPaths } from "../site/options.ts";
import { buildSite, serveSite } from "../site/build-site.ts";
import { loadBooklet } from "../content/load.ts";
import { ContentError, formatIssue, type Lang } from "../content/issues.ts";
import { formatNumber } from "../typography/numbers.ts";

const USAGE = `کاربرد: ketabche <فرمان> [گزینه‌ها]

فرمان‌ها:
  build   ساخت وب‌گاه و کتابچه
  site    ساخت وب‌گاه
  check   بررسی فایل‌های محتوا
  serve   پیش‌نمایش زنده وب‌گاه

گزینه‌ها:
  --content DIR   پوشه محتوا (پیش‌فرض: content)
  --output DIR    پوشه خروجی (پیش‌فرض: output)
  --port N        درگاه پیش‌نمایش (پیش‌فرض: 8080)
  --lang fa|en    زبان پیام‌ها (پیش‌فرض: fa)
`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    content: { type: "string" },
    output: { type: "string" },
    port: { type: "string", default: "8080" },
    lang: { type: "string", default: "fa" },
    help: { type: "boolean", short: "h" },
  },
});

const lang: Lang = values.lang === "en" ? "en" : "fa";
const command = positionals[0];

function pathsFromArgs(): BuildPaths {
  const cwd = process.cwd();
  process.env.KETABCHE_CWD = cwd;
  return buildPaths({
    ...process.env,
    ...(values.content ? { KETABCHE_CONTENT: path.resolve(cwd, values.content) } : {}),
    ...(values.output ? { KETABCHE_OUTPUT: path.resolve(cwd, values.output), KETABCHE_SITE_DIR: undefined, KETABCHE_CACHE: undefined } : {}),
  });
}

/** Eleventy wraps errors thrown in data and templates; find a content error anywhere in the chain. */
export function findContentError(error: unknown): ContentError | undefined {
  let current = error as { originalError?: unknown; cause?: unknown } | undefined;
  for (let depth = 0; current && depth < 10; depth++) {
    if (current instanceof ContentError) return current;
    current = (current.originalError ?? current.cause) as typeof current;
  }
  return undefined;
}

function reportContentError(error: ContentError): void {
  for (const issue of error.issues) console.error(formatIssue(issue, lang));
  const count = error.issues.filter((i) => i.severity === "error").length;
  console.error(lang === "fa" ? `\n${formatNumber(count)} خطا در محتوا؛ ساخت متوقف شد.` : `\n${count} content error(s); the build stopped.`);
}

async function run(): Promise<void> {
  const paths = pathsFromArgs();
  const started = Date.now();
  switch (command) {
    case "build":
    case "site": {
      await buildSite(paths);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(lang === "fa" ? `وب‌گاه ساخته شد: ${paths.siteDir} (${seconds} ثانیه)` : `site built: ${paths.siteDir} (${seconds}s)`);
      return;
    }
    case "check": {
      const booklet = await loadBooklet(paths.contentDir);
      console.log(lang === "fa" ? `محتوا درست است: ${formatNumber(booklet.neighbourhoods.length)} محله، ${formatNumber(booklet.pages.length)} صفحه.` : `content is valid: ${booklet.neighbourhoods.length} neighbourhoods, ${booklet.pages.length} pages.`);
      return;
    }
    case "serve":
      await serveSite(paths, Number(values.port));
      return;
    default:
      console.log(USAGE);
      process.exitCode = command && !values.help ? 2 : 0;
  }
}

try {
  await run();
} catch (error) {
  const contentError = findContentError(error);
  if (contentError) reportContentError(contentError);
  else console.error(lang === "fa" ? `خطای پیش‌بینی‌نشده: ${(error as Error).message}` : `unexpected error: ${(error as Error).message}`);
  process.exitCode = 1;
}
