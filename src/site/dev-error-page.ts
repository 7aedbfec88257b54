/**
 * The dev server's page for content errors: while any content file is broken, every page of the preview shows
 * what to fix, in Persian, instead of a stale site or a dead server. It clears itself when the file is saved fixed.
 */
import type { ContentIssue } from "../content/issues.ts";
import { toPersianDigits } from "../typography/persian.ts";

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function devErrorPage(issues: readonly ContentIssue[]): string {
  const errors = issues.filter((i) => i.severity === "error");
  const items = errors
    .map((issue) => {
      const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
      return `<li><p class="where"><bdi dir="ltr">${escape(where)}</bdi>${issue.field ? ` — فیلد <code dir="ltr">${escape(issue.field)}</code>` : ""}</p><p>${escape(issue.message.fa)}</p></li>`;
    })
    .join("\n");
  return `<!doctype html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>خطا در محتوا</title>
<style>
  body { margin: 0; font-family: Vazirmatn, Tahoma, sans-serif; background: #fbfaf6; color: #1d2a31; line-height: 1.9; }
  main { max-width: 46rem; margin: 0 auto; padding: 2.5rem 1.25rem; }
  h1 { color: #8f2d1f; font-size: 1.6rem; margin: 0 0 0.25rem; }
  .lead { color: #5a6a72; margin: 0 0 1.5rem; }
  ol { list-style: none; margin: 0; padding: 0; }
  li { background: #fff; border: 1px solid #e3ded3; border-inline-start: 5px solid #c0392b; border-radius: 10px; padding: 0.8rem 1.1rem; margin-block-end: 0.9rem; }
  li p { margin: 0; }
  .where { font-size: 0.9rem; color: #5a6a72; }
  code, bdi { font-family: ui-monospace, monospace; font-size: 0.9em; }
  .hint { margin-top: 1.5rem; padding: 0.8rem 1.1rem; background: #e4f0ee; border-radius: 10px; color: #0b474d; }
</style>
</head>
<body>
<main>
  <h1>وب‌گاه ساخته نشد: ${toPersianDigits(String(errors.length))} خطا در محتوا</h1>
  <p class="lead">این صفحه فقط در پیش‌نمایش دیده می‌شود. خطاهای زیر را در فایل‌ها درست کنید.</p>
  <ol>
${items}
  </ol>
  <p class="hint">پس از ذخیره فایل درست‌شده، این صفحه خودبه‌خود تازه می‌شود و وب‌گاه برمی‌گردد.</p>
</main>
</body>
</html>`;
}
