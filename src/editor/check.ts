/**
 * `ketabche check`: every problem in a content tree in one run — the loader's errors, and warnings for what still
 * builds but should be fixed: unknown keys (likely typos), titles too long for the printed layout, Persian
 * typography that `--fix` can correct, and photographs that would print below 300 dpi.
 */
import fs from "node:fs/promises";
import path from "node:path";
import type { z } from "zod";
import { displayPath, loadBooklet, markdownFiles, SETTINGS_FILE } from "../content/load.ts";
import { ContentError, fieldName, type ContentIssue } from "../content/issues.ts";
import { neighbourhoodSchema, pageSchema, settingsSchema } from "../content/schema.ts";
import { parseMarkdownFile, parseYamlFile } from "../content/front-matter.ts";
import { fixMarkdownFile, fixYamlFile, type FileFix, type TypographyKind } from "./fix.ts";
import { lowResolutionImages } from "../print/image-resolution.ts";
import type { Booklet } from "../content/model.ts";
import type { Paper } from "../book/paper.ts";
import { toPersianDigits } from "../typography/persian.ts";

/** Longest titles the printed booklet lays out well (running heads, table of contents, cover). */
export const TITLE_LIMITS = { booklet: 80, page: 40, neighbourhood: 32 } as const;

export interface ContentFile {
  /** Relative to the content folder. */
  relative: string;
  kind: "settings" | "page" | "neighbourhood";
  schema: z.ZodType;
}

export async function contentFiles(contentDir: string): Promise<ContentFile[]> {
  const pages = await markdownFiles(path.join(contentDir, "pages"));
  const neighbourhoods = await markdownFiles(path.join(contentDir, "neighbourhoods"));
  return [
    { relative: SETTINGS_FILE, kind: "settings" as const, schema: settingsSchema },
    ...pages.map((name) => ({ relative: `pages/${name}`, kind: "page" as const, schema: pageSchema })),
    ...neighbourhoods.map((name) => ({
      relative: `neighbourhoods/${name}`,
      kind: "neighbourhood" as const,
      schema: neighbourhoodSchema,
    })),
  ];
}

export function fixFile(file: ContentFile, text: string): FileFix {
  return file.kind === "settings" ? fixYamlFile(text, file.schema) : fixMarkdownFile(text, file.schema);
}

const kindNames: Record<TypographyKind, { fa: string; en: string }> = {
  "arabic-letters": { fa: "حروف عربی (ي، ك)", en: "Arabic letters (ي, ك)" },
  "latin-digits": { fa: "رقم لاتین", en: "Latin digits" },
  zwnj: { fa: "نیم‌فاصله", en: "missing zero-width non-joiner (نیم‌فاصله)" },
  punctuation: { fa: 'نشانه‌های لاتین (, ? ; ")', en: 'Latin punctuation (, ? ; ")' },
};

/** Levenshtein distance, for "did you mean" suggestions. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

function nearest(key: string, known: string[]): string | undefined {
  const ranked = known.map((k) => ({ k, d: distance(key.toLowerCase(), k.toLowerCase()) })).sort((a, b) => a.d - b.d);
  const best = ranked[0];
  return best && best.d <= Math.max(2, Math.floor(key.length / 3)) ? best.k : undefined;
}

/** Keys written in `data` that `schema` does not know, with their paths. */
function unknownKeys(
  schema: z.ZodType,
  data: unknown,
  at: PropertyKey[] = [],
): { path: PropertyKey[]; key: string; known: string[] }[] {
  const def = (
    schema as unknown as { _zod: { def: { type: string; innerType?: z.ZodType; in?: z.ZodType; element?: z.ZodType } } }
  )._zod.def;
  switch (def.type) {
    case "optional":
    case "default":
      return unknownKeys(def.innerType!, data, at);
    case "pipe":
      return unknownKeys(def.in!, data, at);
    case "array":
      return Array.isArray(data) ? data.flatMap((item, i) => unknownKeys(def.element!, item, [...at, i])) : [];
    case "object": {
      if (typeof data !== "object" || data === null || Array.isArray(data)) return [];
      const shape = (schema as unknown as z.ZodObject).shape as Record<string, z.ZodType>;
      const known = Object.keys(shape);
      return Object.entries(data).flatMap(([key, value]) =>
        key in shape ? unknownKeys(shape[key]!, value, [...at, key]) : [{ path: [...at, key], key, known }],
      );
    }
    default:
      return [];
  }
}

function warning(
  file: string,
  line: number | undefined,
  field: string | undefined,
  message: ContentIssue["message"],
): ContentIssue {
  return { severity: "warning", file, line, field, message };
}

async function fileWarnings(contentDir: string, file: ContentFile): Promise<ContentIssue[]> {
  let text: string;
  try {
    text = await fs.readFile(path.join(contentDir, file.relative), "utf8");
  } catch {
    return []; // the loader reports unreadable files
  }
  const shown = displayPath(contentDir, file.relative);
  const warnings: ContentIssue[] = [];
  let source;
  try {
    source = file.kind === "settings" ? parseYamlFile(text) : parseMarkdownFile(text);
  } catch {
    return []; // syntax errors are the loader's
  }
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
  for (const fix of fixFile(file, text).fixes) {
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

export interface CheckResult {
  issues: ContentIssue[];
  booklet?: Booklet;
}

export async function checkContent(contentDir: string, paper?: Paper): Promise<CheckResult> {
  const root = path.resolve(contentDir);
  let booklet: Booklet | undefined;
  let errors: ContentIssue[] = [];
  try {
    booklet = await loadBooklet(root);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    errors = error.issues;
  }
  const warnings = (await Promise.all((await contentFiles(root)).map((file) => fileWarnings(root, file)))).flat();
  if (booklet) {
    for (const image of await lowResolutionImages(booklet, paper ?? booklet.settings.paper)) {
      warnings.push(
        warning(displayPath(root, image.source), undefined, image.role === "cover" ? "cover.src" : "gallery", {
          fa: `تصویر «${image.src}» در کتابچه با ${toPersianDigits(String(image.dpi))} نقطه در اینچ چاپ می‌شود (کمتر از ۳۰۰)؛ نسخه‌ای با وضوح بیشتر بگذارید.`,
          en: `image "${image.src}" prints at ${image.dpi} dpi in the booklet (below 300); use a larger original.`,
        }),
      );
    }
  }
  const order = (i: ContentIssue) => `${i.file}\u0000${String(i.line ?? 0).padStart(6, "0")}`;
  return { issues: [...errors, ...warnings].sort((a, b) => order(a).localeCompare(order(b))), booklet };
}
