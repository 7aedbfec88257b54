/**
 * `ketabche check`: every problem in a content tree in one run — the loader's errors, and warnings for what still
 * builds but should be fixed: unknown keys (likely typos), titles too long for the printed layout, Persian
 * typography that `--fix` can correct, and photographs that would print below 300 dpi.
 */
import fs from "node:fs/promises";
import path from "node:path";
import type { z } from "zod";
import { displayPath, readContentTree, type ContentFile, type LoadOptions } from "../content/load.ts";
import { fieldName, type ContentIssue } from "../content/issues.ts";
import { walkSchema } from "../content/schema-walk.ts";
import { nearest } from "../content/suggest.ts";
import { fixMarkdownFile, fixYamlFile, type FileFix, type TypographyKind } from "./fix.ts";
import { lowResolutionImages } from "../print/image-resolution.ts";
import type { Booklet } from "../content/model.ts";
import type { Paper } from "../book/paper.ts";
import { toPersianDigits } from "../typography/persian.ts";

/** Longest titles the printed booklet lays out well (running heads, table of contents, cover). */
export const TITLE_LIMITS = { booklet: 80, page: 40, neighbourhood: 32 } as const;

export function fixFile(file: ContentFile): FileFix {
  return file.kind === "settings" ? fixYamlFile(file.text, file.schema) : fixMarkdownFile(file.text, file.schema);
}

const kindNames: Record<TypographyKind, { fa: string; en: string }> = {
  "arabic-letters": { fa: "حروف عربی (ي، ك)", en: "Arabic letters (ي, ك)" },
  "latin-digits": { fa: "رقم لاتین", en: "Latin digits" },
  zwnj: { fa: "نیم‌فاصله", en: "missing zero-width non-joiner (نیم‌فاصله)" },
  punctuation: { fa: 'نشانه‌های لاتین (, ? ; ")', en: 'Latin punctuation (, ? ; ")' },
};

/** Keys written in `data` that `schema` does not know, with their paths. */
function unknownKeys(schema: z.ZodType, data: unknown): { path: PropertyKey[]; key: string; known: string[] }[] {
  const found: { path: PropertyKey[]; key: string; known: string[] }[] = [];
  walkSchema(schema, data, { unknownKey: (path, key, known) => found.push({ path, key, known }) });
  return found;
}

function warning(
  file: string,
  line: number | undefined,
  field: string | undefined,
  message: ContentIssue["message"],
): ContentIssue {
  return { severity: "warning", file, line, field, message };
}

/** Warnings about one file that the loader read and parsed (files it refused are reported by the loader alone). */
function fileWarnings(file: ContentFile, shown: string): ContentIssue[] {
  const { source } = file;
  const warnings: ContentIssue[] = [];
  for (const { path: at, key, known } of unknownKeys(file.schema, source.data)) {
    const guess = nearest(key, known);
    warnings.push(
      warning(shown, source.lineOf(at), fieldName(at), {
        fa: guess
          ? `کلید «${key}» شناخته نیست؛ شاید منظور «${guess}» است؟`
          : `کلید «${key}» شناخته نیست و نادیده گرفته می‌شود؛ کلیدهای مجاز: ${known.join("، ")}.`,
        en: guess
          ? `unknown key "${key}"; did you mean "${guess}"?`
          : `unknown key "${key}" is ignored; known keys: ${known.join(", ")}.`,
      }),
    );
  }
  const data = (source.data ?? {}) as Record<string, unknown>;
  const titleField = file.kind === "neighbourhood" ? "name" : "title";
  const limit = TITLE_LIMITS[file.kind === "settings" ? "booklet" : file.kind];
  const title = data[titleField];
  if (typeof title === "string" && [...title.trim()].length > limit) {
    warnings.push(
      warning(shown, source.lineOf([titleField]), titleField, {
        fa: `این عنوان ${toPersianDigits(String([...title.trim()].length))} نویسه دارد و در سرصفحه و فهرست کتابچه جا نمی‌شود؛ آن را به ${toPersianDigits(String(limit))} نویسه یا کمتر کوتاه کنید.`,
        en: `this title has ${[...title.trim()].length} characters and will not fit the booklet's running heads and table of contents; shorten it to ${limit} or fewer.`,
      }),
    );
  }
  for (const fix of fixFile(file).fixes) {
    const kinds = fix.kinds.length ? fix.kinds : (["punctuation"] as TypographyKind[]);
    warnings.push(
      warning(shown, fix.line, undefined, {
        fa: `نگارش فارسی: ${kinds.map((k) => kindNames[k].fa).join("، ")} — «ketabche check --fix» درستش می‌کند.`,
        en: `Persian typography: ${kinds.map((k) => kindNames[k].en).join(", ")} — "ketabche check --fix" corrects it.`,
      }),
    );
  }
  return warnings;
}

export interface CheckOptions extends LoadOptions {
  /** The paper size the dpi check measures against; the settings' when not given. */
  paper?: Paper;
}

export interface CheckResult {
  issues: ContentIssue[];
  booklet?: Booklet;
}

export async function checkContent(contentDir: string, options: CheckOptions = {}): Promise<CheckResult> {
  const root = path.resolve(contentDir);
  const tree = await readContentTree(root, options);
  const shown = (relative: string) => displayPath(root, relative, options.cwd);
  const warnings = tree.files.flatMap((file) => fileWarnings(file, shown(file.relative)));
  const { booklet } = tree;
  if (booklet) {
    for (const image of await lowResolutionImages(booklet, options.paper ?? booklet.settings.paper)) {
      warnings.push(
        warning(shown(image.source), undefined, image.role === "cover" ? "cover.src" : "gallery", {
          fa: `تصویر «${image.src}» در کتابچه با ${toPersianDigits(String(image.dpi))} نقطه در اینچ چاپ می‌شود (کمتر از ۳۰۰)؛ نسخه‌ای با وضوح بیشتر بگذارید.`,
          en: `image "${image.src}" prints at ${image.dpi} dpi in the booklet (below 300); use a larger original.`,
        }),
      );
    }
  }
  const order = (i: ContentIssue) => `${i.file}\u0000${String(i.line ?? 0).padStart(6, "0")}`;
  return { issues: [...tree.issues, ...warnings].sort((a, b) => order(a).localeCompare(order(b))), booklet };
}

export interface FixedFile {
  /** As shown to the user. */
  file: string;
  lines: number[];
}

/**
 * `check --fix`: writes the typography fixes into the files the loader could read, and nothing else. A file the
 * loader refused (too large, binary, not UTF-8, broken YAML) is never rewritten.
 */
export async function fixContent(contentDir: string, options: LoadOptions = {}): Promise<FixedFile[]> {
  const root = path.resolve(contentDir);
  const tree = await readContentTree(root, options);
  const fixed: FixedFile[] = [];
  for (const file of tree.files) {
    const result = fixFile(file);
    if (result.text === file.text) continue;
    await fs.writeFile(path.join(root, file.relative), result.text);
    fixed.push({ file: displayPath(root, file.relative, options.cwd), lines: result.fixes.map((f) => f.line) });
  }
  return fixed;
}
