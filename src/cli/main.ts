/**
 * The `ketabche` command line: one verb per pipeline stage, any content tree.
 *
 *   ketabche build  [--content DIR] [--output DIR]   the website and the booklet
 *   ketabche site   [--content DIR] [--output DIR]   the website only
 *   ketabche pdf    [--content DIR] [--output DIR]   the booklet only (output/booklet.pdf)
 *   ketabche check  [--content DIR]                  validate the content tree
 *   ketabche serve  [--content DIR] [--port N]       dev server with live reload
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildPaths, type BuildPaths } from "../pipeline/options.ts";
import { buildSite, serveSite } from "../pipeline/eleventy.ts";
import { withStagedOutput } from "../pipeline/staging.ts";
import { readSettings } from "../content/load.ts";
import { checkContent, contentFiles, fixFile } from "../editor/check.ts";
import { scaffoldNeighbourhood } from "../editor/new-neighbourhood.ts";
import { ContentError, formatIssue, type Lang } from "../content/issues.ts";
import { formatNumber } from "../typography/numbers.ts";
import { buildBooklet, planFile, type BookletResult, type ProgressEvent } from "../pipeline/booklet.ts";
import { papers } from "../book/paper.ts";
import { BrowserError } from "../print/browser.ts";

const USAGE = `کاربرد: ketabche <فرمان> [گزینه‌ها]

فرمان‌ها:
  build   ساخت وب‌گاه و کتابچه
  site    ساخت وب‌گاه
  pdf     ساخت کتابچه چاپی (PDF)
  check   بررسی همه فایل‌های محتوا (با --fix: درست‌کردن نگارش فارسی در خود فایل‌ها)
  new     ساخت فایل محله تازه: ketabche new <نام-لاتین>
  serve   پیش‌نمایش زنده وب‌گاه

گزینه‌ها:
  --content DIR   پوشه محتوا (پیش‌فرض: content)
  --output DIR    پوشه خروجی (پیش‌فرض: output)
  --port N        درگاه پیش‌نمایش (پیش‌فرض: 8080)
  --paper A5|B5|A4  اندازه کاغذ کتابچه (پیش‌فرض: تنظیمات booklet.yml)
  --lang fa|en    زبان پیام‌ها (پیش‌فرض: fa)
`;

const options = {
  content: { type: "string" },
  output: { type: "string" },
  port: { type: "string", default: "8080" },
  paper: { type: "string" },
  lang: { type: "string", default: "fa" },
  help: { type: "boolean", short: "h" },
  fix: { type: "boolean", default: false },
} as const;

/** A mistyped option is the user's mistake, not a crash: say so, in their language, with the usage. */
function parseCommandLine() {
  try {
    return parseArgs({ allowPositionals: true, options });
  } catch (error) {
    const english = process.argv.includes("en");
    console.error(english ? `${(error as Error).message}\n` : `گزینه نادرست: ${(error as Error).message}\n`);
    console.error(USAGE);
    process.exit(2);
  }
}

const { values, positionals } = parseCommandLine();

const lang: Lang = values.lang === "en" ? "en" : "fa";
const command = positionals[0];

function pathsFromArgs(): BuildPaths {
  const cwd = process.cwd();
  process.env.KETABCHE_CWD = cwd;
  return buildPaths({
    ...process.env,
    ...(values.content ? { KETABCHE_CONTENT: path.resolve(cwd, values.content) } : {}),
    ...(values.output
      ? {
          KETABCHE_OUTPUT: path.resolve(cwd, values.output),
          KETABCHE_SITE_DIR: undefined,
          KETABCHE_CACHE: process.env.KETABCHE_CACHE,
        }
      : {}),
    ...(values.paper ? { KETABCHE_PAPER: values.paper } : {}),
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

const seconds = (value: number) =>
  lang === "fa" ? `${formatNumber(Math.round(value * 10) / 10)} ثانیه` : `${value.toFixed(1)}s`;

function reportProgress(event: ProgressEvent): void {
  const fa = lang === "fa";
  const pass = fa
    ? `گذر ${formatNumber("pass" in event ? event.pass : 0)}`
    : `pass ${"pass" in event ? event.pass : 0}`;
  switch (event.stage) {
    case "build":
      console.log(fa ? `${pass}: ساخت صفحه‌های چاپی…` : `${pass}: building the print pages…`);
      break;
    case "render":
      console.log(
        fa
          ? `${pass}: چاپ با Chromium: ${formatNumber(event.sections)} بخش، ${formatNumber(event.pages)} صفحه، ${seconds(event.seconds)}`
          : `${pass}: printed by Chromium: ${event.sections} sections, ${event.pages} pages, ${seconds(event.seconds)}`,
      );
      break;
    case "plan":
      if (event.settled) console.log(fa ? `${pass}: شماره صفحه‌ها جا افتاد.` : `${pass}: page numbers settled.`);
      else
        console.log(
          fa
            ? `${pass}: شماره صفحه‌ها و صفحه‌های سفید دوباره چیده شد؛ گذر دیگری لازم است.`
            : `${pass}: page numbers and blank pages re-planned; another pass is needed.`,
        );
      break;
    case "retry":
      console.log(
        fa
          ? `${pass}: Chromium از کار افتاد یا پاسخ نداد (${event.reason})؛ یک بار دیگر راه‌اندازی می‌شود…`
          : `${pass}: Chromium crashed or hung (${event.reason}); starting it once more…`,
      );
      break;
    case "finish":
      console.log(
        fa
          ? `پردازش نهایی PDF: نشانک‌ها، فراداده، جهت راست به چپ.`
          : `post-processing the PDF: bookmarks, metadata, right-to-left.`,
      );
      break;
  }
}

function reportBooklet(result: BookletResult): void {
  const fa = lang === "fa";
  const size = `${formatNumber(Math.round((result.bytes / 1024 / 1024) * 10) / 10)}`;
  console.log(
    fa
      ? `کتابچه ساخته شد: ${result.pdfPath}\n  ${formatNumber(result.pages)} صفحه، ${size} مگابایت، ${formatNumber(result.passes)} گذر، ${seconds(result.seconds)}`
      : `booklet built: ${result.pdfPath}\n  ${result.pages} pages, ${(result.bytes / 1024 / 1024).toFixed(1)} MB, ${result.passes} passes, ${seconds(result.seconds)}`,
  );
  for (const image of result.lowResolution) {
    console.log(
      fa
        ? `  هشدار: تصویر ${image.src} در ${image.source} با ${formatNumber(image.dpi)} نقطه در اینچ چاپ می‌شود (کمتر از ۳۰۰).`
        : `  warning: image ${image.src} in ${image.source} prints at ${image.dpi} dpi (below 300).`,
    );
  }
  if (result.lowResolution.length === 0)
    console.log(fa ? "  همه تصویرها دست‌کم ۳۰۰ نقطه در اینچ چاپ می‌شوند." : "  every image prints at 300 dpi or more.");
}

/** Writes the typography fixes into the files and says, per file, what changed. */
async function fixContent(contentDir: string): Promise<void> {
  let changed = 0;
  for (const file of await contentFiles(contentDir)) {
    const full = path.join(contentDir, file.relative);
    let text: string;
    try {
      text = await fs.promises.readFile(full, "utf8");
    } catch {
      continue;
    }
    const result = fixFile(file, text);
    if (result.text === text) continue;
    await fs.promises.writeFile(full, result.text);
    changed++;
    const lines = result.fixes.map((f) => f.line);
    const shown = path.relative(process.cwd(), full);
    console.log(
      lang === "fa"
        ? `درست شد: ${shown} — ${formatNumber(lines.length)} سطر (${lines.map((l) => formatNumber(l)).join("، ")})`
        : `fixed: ${shown} — ${lines.length} line(s) (${lines.join(", ")})`,
    );
  }
  console.log(lang === "fa" ? `نگارش ${formatNumber(changed)} فایل درست شد.\n` : `${changed} file(s) fixed.\n`);
}

/** The messages of an error and of the errors it wraps: Eleventy's own message alone rarely says what failed. */
function describeError(error: unknown): string {
  const messages: string[] = [];
  let current = error as { message?: string; originalError?: unknown; cause?: unknown } | undefined;
  for (let depth = 0; current && depth < 10; depth++) {
    if (current.message && !messages.includes(current.message)) messages.push(current.message);
    current = (current.originalError ?? current.cause) as typeof current;
  }
  return messages.join("\n  ← ");
}

function reportContentError(error: ContentError): void {
  for (const issue of error.issues) console.error(formatIssue(issue, lang));
  const count = error.issues.filter((i) => i.severity === "error").length;
  const building = command === "build" || command === "site" || command === "pdf";
  if (lang === "fa")
    console.error(
      `\n${formatNumber(count)} خطا در محتوا${building ? "؛ ساخت متوقف شد و خروجی پیشین دست‌نخورده ماند." : "."}`,
    );
  else
    console.error(
      `\n${count} content error(s)${building ? "; the build stopped and the previous output is untouched." : "."}`,
    );
}

async function run(): Promise<void> {
  if (values.paper && !papers.includes(values.paper as (typeof papers)[number])) {
    throw new Error(
      lang === "fa"
        ? `اندازه کاغذ «${values.paper}» شناخته نیست؛ یکی از ${papers.join("، ")}.`
        : `unknown paper size "${values.paper}"; use one of ${papers.join(", ")}.`,
    );
  }
  const paths = pathsFromArgs();
  const started = Date.now();
  switch (command) {
    case "build": {
      const result = await withStagedOutput(paths, (staged) => buildBooklet(staged, { onProgress: reportProgress }));
      reportBooklet({ ...result, pdfPath: paths.bookletFile });
      console.log(lang === "fa" ? `وب‌گاه ساخته شد: ${paths.siteDir}` : `site built: ${paths.siteDir}`);
      return;
    }
    case "pdf": {
      // The booklet alone: the print pages are built in the staging folder and thrown away with it.
      const result = await withStagedOutput(
        paths,
        (staged) => buildBooklet(staged, { publish: false, onProgress: reportProgress }),
        { publishSite: false },
      );
      reportBooklet({ ...result, pdfPath: paths.bookletFile });
      return;
    }
    case "site": {
      await withStagedOutput(paths, (staged) => buildSite(staged));
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(
        lang === "fa"
          ? `وب‌گاه ساخته شد: ${paths.siteDir} (${seconds} ثانیه)`
          : `site built: ${paths.siteDir} (${seconds}s)`,
      );
      return;
    }
    case "check": {
      if (values.fix) await fixContent(paths.contentDir);
      const { issues, booklet } = await checkContent(paths.contentDir, paths.paper);
      for (const issue of issues) console.log(formatIssue(issue, lang));
      const errors = issues.filter((i) => i.severity === "error").length;
      const warnings = issues.length - errors;
      if (lang === "fa") {
        console.log(
          `\n${formatNumber(errors)} خطا، ${formatNumber(warnings)} هشدار.${booklet ? ` ${formatNumber(booklet.neighbourhoods.length)} محله و ${formatNumber(booklet.pages.length)} صفحه آغازین خوانده شد.` : ""}`,
        );
      } else {
        console.log(
          `\n${errors} error(s), ${warnings} warning(s).${booklet ? ` Read ${booklet.neighbourhoods.length} neighbourhoods and ${booklet.pages.length} front pages.` : ""}`,
        );
      }
      if (errors) process.exitCode = 1;
      return;
    }
    case "new": {
      const slug = positionals[1];
      const file = await scaffoldNeighbourhood(paths.contentDir, slug ?? "");
      console.log(
        lang === "fa"
          ? `فایل تازه ساخته شد: ${path.relative(process.cwd(), file)}\nآن را پر کنید و سپس «ketabche check» را اجرا کنید.`
          : `created ${path.relative(process.cwd(), file)}; fill it in, then run "ketabche check".`,
      );
      return;
    }
    case "serve": {
      // The print preview (/print/) shows the page numbers of the last booklet built into this output, if any.
      const settings = await readSettings(paths.contentDir).catch(() => ({ paper: "A5" as const, pathPrefix: "/" }));
      const plan = planFile(paths.outputDir, paths.paper ?? settings.paper);
      const paginationFile = fs.existsSync(plan) ? plan : undefined;
      await serveSite({ ...paths, paginationFile }, Number(values.port));
      console.log(
        lang === "fa"
          ? `پیش‌نمایش کتابچه برای چاپ: http://localhost:${values.port}${settings.pathPrefix}print/ (در Chromium: چاپ ← پیش‌نمایش)`
          : `print preview: http://localhost:${values.port}${settings.pathPrefix}print/`,
      );
      return;
    }
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
  else if (error instanceof BrowserError) {
    console.error(
      lang === "fa"
        ? `Chromium دو بار پیاپی از کار افتاد یا پاسخ نداد؛ کتابچه ساخته نشد و خروجی پیشین دست‌نخورده ماند.\nعلت: ${describeError(error.cause)}\nاگر Chromium نصب نیست، ./scripts/setup.sh را اجرا کنید؛ مسیر آن را می‌توان با PUPPETEER_EXECUTABLE_PATH داد.`
        : `Chromium crashed or hung twice; the booklet was not built and the previous output is untouched.\ncause: ${describeError(error.cause)}\nIf Chromium is missing, run ./scripts/setup.sh; PUPPETEER_EXECUTABLE_PATH sets its path.`,
    );
  } else
    console.error(
      lang === "fa" ? `خطای پیش‌بینی‌نشده: ${describeError(error)}` : `unexpected error: ${describeError(error)}`,
    );
  process.exitCode = 1;
}
