/**
 * Every sentence the command line says, in Persian and in English, in one place. Numbers in the Persian
 * messages go through formatNumber (Persian digits); file paths and option names stay as typed.
 */
import { formatNumber, formatPlain } from "../typography/numbers.ts";
import type { Lang } from "./lang.ts";

const fa = (n: number) => formatNumber(n);
const secondsFa = (s: number) => `${fa(Math.round(s * 10) / 10)} ثانیه`;
const secondsEn = (s: number) => `${s.toFixed(1)}s`;
const mbFa = (bytes: number) => `${fa(Math.round((bytes / 1024 / 1024) * 10) / 10)} مگابایت`;
const mbEn = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** How many of each document the exhibition kit made. */
interface ExhibitCounts {
  poster: number;
  handout: number;
  county: number;
  province: number;
}

const persian = {
  usage: "کاربرد",
  commandWord: "<فرمان>",
  optionsWord: "[گزینه‌ها]",
  commandsHeading: "فرمان‌ها",
  optionsHeading: "گزینه‌ها",
  argumentsHeading: "ورودی‌ها",
  program: "ساخت وب‌گاه و کتابچه چاپی قرارگاه اجتماعی از فایل‌های محتوا",
  moreHelp: "راهنمای هر فرمان: ketabche help <فرمان>",
  commands: {
    build: "ساخت وب‌گاه و کتابچه",
    site: "ساخت وب‌گاه",
    pdf: "ساخت کتابچه چاپی (PDF)",
    check: "بررسی همه فایل‌های محتوا (با --fix: درست‌کردن نگارش فارسی در خود فایل‌ها)",
    new: "ساخت فایل محله تازه",
    serve: "پیش‌نمایش زنده وب‌گاه",
    exhibit: "ساخت پوستر و برگه معرفی هر محله برای نمایشگاه، با رمزینه QR صفحه آن (output/exhibit)",
    help: "راهنمای یک فرمان",
  },
  options: {
    content: "پوشه محتوا (پیش‌فرض: content)",
    output: "پوشه خروجی (پیش‌فرض: output)",
    cache: "پوشه نگهداری تصویرها و قلم‌های ساخته‌شده (پیش‌فرض: output/.cache)",
    paper: "اندازه کاغذ کتابچه: A5، B5 یا A4 (پیش‌فرض: تنظیمات booklet.yml)",
    port: "درگاه پیش‌نمایش (پیش‌فرض: 8080)",
    host: "نشانی شبکه پیش‌نمایش (پیش‌فرض: 127.0.0.1؛ برای دیدن در گوشی: 0.0.0.0)",
    fix: "نگارش فارسی را در خود فایل‌ها درست کن",
    press:
      "فایل‌های چاپخانه هم ساخته شود (CMYK با PDF/X-1a، لبه اضافی و علامت‌های برش؛ کتابچه در output/press، کیت نمایشگاه در output/exhibit/press)",
    lang: "زبان پیام‌ها: fa یا en",
    verbose: "گزارش کامل Eleventy و جزئیات خطاها",
    help: "نمایش همین راهنما",
    slug: "نام لاتین محله، مثل kuy-basij (نشانی صفحه می‌شود)",
  },
  errors: {
    unknownCommand: (name: string) => `فرمان «${name}» شناخته نیست.`,
    unknownOption: (name: string) => `گزینه «${name}» شناخته نیست.`,
    didYouMean: (name: string) => `شاید منظورتان «${name}» است؟`,
    optionNeedsValue: (name: string) => `گزینه «${name}» مقدار می‌خواهد.`,
    missingArgument: (name: string) => `ورودی «${name}» لازم است.`,
    tooManyArguments: (command: string) => `فرمان «${command}» ورودی اضافه گرفته است.`,
    seeHelp: (command: string) => `راهنما: ketabche help${command ? ` ${command}` : ""}`,
    badPort: (value: string) => `درگاه «${value}» پذیرفته نیست: عددی درست از ۱ تا ۶۵۵۳۵ بنویسید، مثل 8080.`,
    badPaper: (value: string, papers: readonly string[]) =>
      `اندازه کاغذ «${value}» شناخته نیست؛ یکی از ${papers.join("، ")} را بنویسید.`,
    badLang: (value: string) => `زبان «${value}» پشتیبانی نمی‌شود؛ fa یا en را بنویسید.`,
    contentSummary: (errors: number, building: boolean) =>
      `\n${fa(errors)} خطا در محتوا${building ? "؛ ساخت متوقف شد و خروجی پیشین دست‌نخورده ماند." : "."}`,
    browser: (cause: string) =>
      `Chromium دو بار پیاپی از کار افتاد یا پاسخ نداد؛ کتابچه ساخته نشد و خروجی پیشین دست‌نخورده ماند.\nعلت: ${cause}\n` +
      "اگر Chromium نصب نیست، ./scripts/setup.sh را اجرا کنید؛ مسیر آن را می‌توان با PUPPETEER_EXECUTABLE_PATH داد.",
    template: (where: string, reason: string) =>
      `خطا در قالب ${where}: ${reason}\nاین خطا از قالب‌های پروژه (layouts) است، نه از محتوا؛ جزئیات با --verbose.`,
    portInUse: (port: number) => `درگاه ${formatPlain(port)} را برنامه دیگری گرفته است؛ با --port درگاه دیگری بدهید.`,
    fileSystem: (message: string) => `فایل یا پوشه‌ای نوشته یا خوانده نشد: ${message}`,
    unexpected: (message: string) => `خطای پیش‌بینی‌نشده (اشکال در خود ketabche): ${message}`,
    missingTool: (tool: string, debianPackage: string) =>
      `برای ساخت فایل‌های چاپخانه ${tool} لازم است و نصب نیست؛ ./scripts/setup.sh را اجرا کنید (یا بسته ${debianPackage} را نصب کنید).`,
    pressFailed: (errors: number) =>
      `فایل‌های چاپخانه ${fa(errors)} خطا در بازبینی پیش‌چاپ داشتند و منتشر نشدند؛ خروجی پیشین دست‌نخورده ماند.`,
  },
  progress: {
    content: (neighbourhoods: number, pages: number) =>
      `محتوا خوانده شد: ${fa(neighbourhoods)} محله و ${fa(pages)} صفحه آغازین.`,
    images: (done: number, total: number, seconds: number) =>
      `تصویرها: ${fa(done)} از ${fa(total)} اندازه آماده شد (${secondsFa(seconds)})`,
    build: (pass: number) => `گذر ${fa(pass)}: ساخت صفحه‌های چاپی کتابچه…`,
    render: (pass: number, sections: number, pages: number, seconds: number) =>
      `گذر ${fa(pass)}: چاپ با Chromium: ${fa(sections)} بخش، ${fa(pages)} صفحه، ${secondsFa(seconds)}`,
    measured: (pass: number, sections: number, pages: number, seconds: number) =>
      `گذر ${fa(pass)}: اندازه‌گیری صفحه‌ها با Chromium (بی‌تصویر و بی‌متن): ${fa(sections)} بخش، ${fa(pages)} صفحه، ${secondsFa(seconds)}`,
    chunk: (pass: number, chunk: number, chunks: number, pages: number, seconds: number) =>
      `گذر ${fa(pass)}: تکه ${fa(chunk)} از ${fa(chunks)} چاپ شد؛ تا اینجا ${fa(pages)} صفحه، ${secondsFa(seconds)}`,
    settled: (pass: number) => `گذر ${fa(pass)}: شماره صفحه‌ها جا افتاد.`,
    replanned: (pass: number) => `گذر ${fa(pass)}: شماره صفحه‌ها و صفحه‌های سفید دوباره چیده شد؛ گذر دیگری لازم است.`,
    retry: (pass: number, reason: string) =>
      `گذر ${fa(pass)}: Chromium از کار افتاد یا پاسخ نداد (${reason})؛ یک بار دیگر راه‌اندازی می‌شود…`,
    finish: () => "پردازش نهایی PDF: نشانک‌ها، فراداده، جهت راست به چپ.",
    reused: (pages: number) =>
      `کتابچه (${fa(pages)} صفحه) از ساخت پیش برداشته شد: محتوا، قالب‌ها و برنامه از آن زمان تغییری نکرده‌اند.`,
    siteReused: (changed: number) =>
      changed
        ? `وب‌گاه بر پایه ساخت پیش: صفحه ${fa(changed)} محله تغییرکرده و فهرست‌ها دوباره نوشته شد؛ بقیه صفحه‌ها همان ماند.`
        : "وب‌گاه بر پایه ساخت پیش: محله‌ای تغییر نکرده بود؛ صفحه‌ها همان ماند.",
    pressProfile: () => "ساخت پروفایل رنگ FOGRA39 با colprof (فقط بار نخست، حدود یک دقیقه)…",
    pressRender: (seconds: number) =>
      `فایل‌های چاپخانه: متن، جلد و خط شناسه با Chromium چاپ شد (${secondsFa(seconds)}).`,
    pressProduce: (file: string, seconds: number) =>
      `فایل‌های چاپخانه: ${file} با علامت‌ها، CMYK و PDF/X-1a ساخته شد (${secondsFa(seconds)}).`,
    pressInspect: (seconds: number) => `فایل‌های چاپخانه: بازبینی پیش‌چاپ (${secondsFa(seconds)}).`,
    exhibitPrint: (done: number, total: number, seconds: number) =>
      `نمایشگاه: ${fa(done)} از ${fa(total)} پوستر و برگه معرفی چاپ شد (${secondsFa(seconds)})`,
    exhibitPress: (seconds: number) =>
      `نمایشگاه: فایل‌های چاپخانه (CMYK، PDF/X-1a، لبه اضافی و علامت‌ها) ساخته و بازبینی شد (${secondsFa(seconds)}).`,
  },
  done: {
    booklet: (file: string, pages: number, bytes: number, passes: number, seconds: number) =>
      `کتابچه ساخته شد: ${file}\n  ${fa(pages)} صفحه، ${mbFa(bytes)}، ${fa(passes)} گذر، ${secondsFa(seconds)}`,
    lowDpi: (src: string, source: string, dpi: number) =>
      `  هشدار: تصویر ${src} در ${source} با ${fa(dpi)} نقطه در اینچ چاپ می‌شود (کمتر از ۳۰۰).`,
    allDpi: "  همه تصویرها دست‌کم ۳۰۰ نقطه در اینچ چاپ می‌شوند.",
    site: (dir: string, seconds: number) => `وب‌گاه ساخته شد: ${dir} (${secondsFa(seconds)})`,
    press: (dir: string, seconds: number) =>
      `فایل‌های چاپخانه ساخته شد: ${dir} (interior.pdf، cover.pdf، report.txt؛ ${secondsFa(seconds)})`,
    checked: (errors: number, warnings: number, neighbourhoods?: number, pages?: number) =>
      `\n${fa(errors)} خطا، ${fa(warnings)} هشدار.` +
      (neighbourhoods === undefined ? "" : ` ${fa(neighbourhoods)} محله و ${fa(pages ?? 0)} صفحه آغازین خوانده شد.`),
    fixedFile: (file: string, lines: number[]) =>
      `درست شد: ${file} — ${fa(lines.length)} سطر (${lines.map((l) => fa(l)).join("، ")})`,
    fixed: (files: number) => `نگارش ${fa(files)} فایل درست شد.\n`,
    created: (file: string) => `فایل تازه ساخته شد: ${file}\nآن را پر کنید و سپس «ketabche check» را اجرا کنید.`,
    serving: (url: string) => `پیش‌نمایش وب‌گاه: ${url}\nبرای پایان Ctrl+C را بزنید.`,
    printPreview: (url: string) => `پیش‌نمایش کتابچه برای چاپ: ${url}print/ (در Chromium: چاپ ← پیش‌نمایش)`,
    stopped: "پیش‌نمایش بسته شد.",
    exhibit: (dir: string, c: ExhibitCounts, size: string, bytes: number, seconds: number) =>
      `کیت نمایشگاه ساخته شد: ${dir}\n  ${fa(c.poster)} پوستر محله، ${fa(c.county)} پوستر شهرستان و ${fa(c.province)} پوستر استان در قطع ${size}؛ ` +
      `${fa(c.handout)} برگه معرفی A5 دورو و handouts-all.pdf؛ ${mbFa(bytes)}، ${secondsFa(seconds)}`,
    exhibitFitted: (files: number) =>
      `  در ${fa(files)} فایل نامی کوچک‌تر، فهرستی کوتاه‌تر یا روایتی بریده شد تا در صفحه جا شود (با «…» و نشانی وب‌گاه).`,
    exhibitLowPpi: (src: string, source: string, ppi: number) =>
      `  هشدار: عکس ${src} در ${source} روی پوستر با ${fa(ppi)} نقطه در اینچ چاپ می‌شود (کمتر از ۱۵۰)؛ عکس بزرگ‌تری بگذارید.`,
    exhibitOverflow: (file: string, what: string, pages?: number) =>
      `  هشدار: در ${file} چیزی از صفحه بیرون زده است${pages ? ` (${fa(pages)} صفحه)` : ""}: «${what}»`,
    exhibitPressFile: (file: string, sheets: number, bytes: number) =>
      `  برای چاپخانه: ${file} (${fa(sheets)} برگه، ${mbFa(bytes)})`,
    exhibitPressProblem: (error: boolean, file: string, code: string, page?: number) =>
      `  ${error ? "خطای" : "هشدار"} پیش‌چاپ در ${file}${page ? `، برگه ${fa(page)}` : ""}: ${code}`,
  },
};

const english: typeof persian = {
  usage: "Usage",
  commandWord: "<command>",
  optionsWord: "[options]",
  commandsHeading: "Commands",
  optionsHeading: "Options",
  argumentsHeading: "Arguments",
  program: "Builds the Social Headquarters' website and printed booklet from content files",
  moreHelp: "Help on a command: ketabche help <command>",
  commands: {
    build: "build the website and the booklet",
    site: "build the website",
    pdf: "build the printed booklet (PDF)",
    check: "check every content file (with --fix: correct Persian typography in the files)",
    new: "create a new neighbourhood file",
    serve: "live preview of the website",
    exhibit: "make each neighbourhood's exhibition poster and handout, with a QR code to its page (output/exhibit)",
    help: "help on a command",
  },
  options: {
    content: "content folder (default: content)",
    output: "output folder (default: output)",
    cache: "folder that keeps encoded images and fonts (default: output/.cache)",
    paper: "booklet paper size: A5, B5 or A4 (default: booklet.yml)",
    port: "preview port (default: 8080)",
    host: "network address of the preview (default: 127.0.0.1; 0.0.0.0 to see it from a phone)",
    fix: "correct Persian typography in the files themselves",
    press:
      "also make the print shop's files (CMYK PDF/X-1a, bleed, crop marks: the booklet's in output/press, the exhibition kit's in output/exhibit/press)",
    lang: "language of messages: fa or en",
    verbose: "Eleventy's full log and error details",
    help: "show this help",
    slug: "the neighbourhood's Latin name, like kuy-basij (it becomes the page's address)",
  },
  errors: {
    unknownCommand: (name: string) => `unknown command "${name}".`,
    unknownOption: (name: string) => `unknown option "${name}".`,
    didYouMean: (name: string) => `did you mean "${name}"?`,
    optionNeedsValue: (name: string) => `option "${name}" needs a value.`,
    missingArgument: (name: string) => `missing argument "${name}".`,
    tooManyArguments: (command: string) => `too many arguments for "${command}".`,
    seeHelp: (command: string) => `help: ketabche help${command ? ` ${command}` : ""}`,
    badPort: (value: string) => `port "${value}" is not valid: write a whole number from 1 to 65535, like 8080.`,
    badPaper: (value: string, papers: readonly string[]) =>
      `unknown paper size "${value}"; use one of ${papers.join(", ")}.`,
    badLang: (value: string) => `language "${value}" is not supported; use fa or en.`,
    contentSummary: (errors: number, building: boolean) =>
      `\n${errors} content error(s)${building ? "; the build stopped and the previous output is untouched." : "."}`,
    browser: (cause: string) =>
      `Chromium crashed or hung twice; the booklet was not built and the previous output is untouched.\ncause: ${cause}\n` +
      "If Chromium is missing, run ./scripts/setup.sh; PUPPETEER_EXECUTABLE_PATH sets its path.",
    template: (where: string, reason: string) =>
      `template error in ${where}: ${reason}\nThis is a fault in the project's layouts, not in the content; --verbose shows details.`,
    portInUse: (port: number) => `port ${port} is taken by another program; choose another with --port.`,
    fileSystem: (message: string) => `a file or folder could not be written or read: ${message}`,
    unexpected: (message: string) => `unexpected error (a fault in ketabche itself): ${message}`,
    missingTool: (tool: string, debianPackage: string) =>
      `the print shop's files need ${tool}, which is not installed; run ./scripts/setup.sh (or install the ${debianPackage} package).`,
    pressFailed: (errors: number) =>
      `the print shop's files failed preflight with ${errors} error(s) and were not published; the previous output is untouched.`,
  },
  progress: {
    content: (neighbourhoods: number, pages: number) =>
      `content read: ${neighbourhoods} neighbourhoods and ${pages} front pages.`,
    images: (done: number, total: number, seconds: number) =>
      `photographs: ${done} of ${total} sizes ready (${secondsEn(seconds)})`,
    build: (pass: number) => `pass ${pass}: building the print pages…`,
    render: (pass: number, sections: number, pages: number, seconds: number) =>
      `pass ${pass}: printed by Chromium: ${sections} sections, ${pages} pages, ${secondsEn(seconds)}`,
    measured: (pass: number, sections: number, pages: number, seconds: number) =>
      `pass ${pass}: pages measured by Chromium (nothing drawn): ${sections} sections, ${pages} pages, ${secondsEn(seconds)}`,
    chunk: (pass: number, chunk: number, chunks: number, pages: number, seconds: number) =>
      `pass ${pass}: chunk ${chunk} of ${chunks} printed; ${pages} pages so far, ${secondsEn(seconds)}`,
    settled: (pass: number) => `pass ${pass}: page numbers settled.`,
    replanned: (pass: number) => `pass ${pass}: page numbers and blank pages re-planned; another pass is needed.`,
    retry: (pass: number, reason: string) =>
      `pass ${pass}: Chromium crashed or hung (${reason}); starting it once more…`,
    finish: () => "post-processing the PDF: bookmarks, metadata, right-to-left.",
    reused: (pages: number) =>
      `booklet (${pages} pages) taken from the last build: the content, layouts and program have not changed since.`,
    siteReused: (changed: number) =>
      changed
        ? `site built on the last one: the pages of ${changed} changed neighbourhood(s) and their lists written again, the rest kept.`
        : "site built on the last one: no neighbourhood changed; the pages were kept.",
    pressProfile: () => "making the FOGRA39 colour profile with colprof (first time only, about a minute)…",
    pressRender: (seconds: number) =>
      `press files: interior, cover and slug lines printed by Chromium (${secondsEn(seconds)}).`,
    pressProduce: (file: string, seconds: number) =>
      `press files: ${file} made with marks, CMYK and PDF/X-1a (${secondsEn(seconds)}).`,
    pressInspect: (seconds: number) => `press files: preflight (${secondsEn(seconds)}).`,
    exhibitPrint: (done: number, total: number, seconds: number) =>
      `exhibition: ${done} of ${total} posters and handouts printed (${secondsEn(seconds)})`,
    exhibitPress: (seconds: number) =>
      `exhibition: print shop's files (CMYK, PDF/X-1a, bleed and marks) made and preflighted (${secondsEn(seconds)}).`,
  },
  done: {
    booklet: (file: string, pages: number, bytes: number, passes: number, seconds: number) =>
      `booklet built: ${file}\n  ${pages} pages, ${mbEn(bytes)}, ${passes} passes, ${secondsEn(seconds)}`,
    lowDpi: (src: string, source: string, dpi: number) =>
      `  warning: image ${src} in ${source} prints at ${dpi} dpi (below 300).`,
    allDpi: "  every image prints at 300 dpi or more.",
    site: (dir: string, seconds: number) => `site built: ${dir} (${secondsEn(seconds)})`,
    press: (dir: string, seconds: number) =>
      `print shop's files built: ${dir} (interior.pdf, cover.pdf, report.txt; ${secondsEn(seconds)})`,
    checked: (errors: number, warnings: number, neighbourhoods?: number, pages?: number) =>
      `\n${errors} error(s), ${warnings} warning(s).` +
      (neighbourhoods === undefined ? "" : ` Read ${neighbourhoods} neighbourhoods and ${pages} front pages.`),
    fixedFile: (file: string, lines: number[]) => `fixed: ${file} — ${lines.length} line(s) (${lines.join(", ")})`,
    fixed: (files: number) => `${files} file(s) fixed.\n`,
    created: (file: string) => `created ${file}; fill it in, then run "ketabche check".`,
    serving: (url: string) => `preview: ${url}\nPress Ctrl+C to stop.`,
    printPreview: (url: string) => `print preview: ${url}print/`,
    stopped: "preview stopped.",
    exhibit: (dir: string, c: ExhibitCounts, size: string, bytes: number, seconds: number) =>
      `exhibition kit built: ${dir}\n  ${c.poster} neighbourhood posters, ${c.county} county posters and ${c.province} province poster at ${size}; ` +
      `${c.handout} two-sided A5 handouts and handouts-all.pdf; ${mbEn(bytes)}, ${secondsEn(seconds)}`,
    exhibitFitted: (files: number) =>
      `  in ${files} file(s) a name was set smaller, a list shortened or a story cut (with "…" and the website's address) to fit.`,
    exhibitLowPpi: (src: string, source: string, ppi: number) =>
      `  warning: photograph ${src} in ${source} prints at ${ppi} ppi on the poster (below 150); use a larger photograph.`,
    exhibitOverflow: (file: string, what: string, pages?: number) =>
      `  warning: something in ${file} runs off the page${pages ? ` (${pages} pages)` : ""}: "${what}"`,
    exhibitPressFile: (file: string, sheets: number, bytes: number) =>
      `  for the print shop: ${file} (${sheets} sheets, ${mbEn(bytes)})`,
    exhibitPressProblem: (error: boolean, file: string, code: string, page?: number) =>
      `  preflight ${error ? "error" : "warning"} in ${file}${page ? `, sheet ${page}` : ""}: ${code}`,
  },
};

export type Messages = typeof persian;
export const messages: Record<Lang, Messages> = { fa: persian, en: english };
