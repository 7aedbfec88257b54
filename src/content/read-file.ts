/**
 * One content file as the loader reads it: read (through the editors' guards), parsed, checked against its kind's
 * schema, every problem collected with its file, line and field. The tree's own checks are in src/content/load.ts.
 */
import path from "node:path";
import type { z } from "zod";
import { neighbourhoodSchema, pageSchema, settingsSchema } from "./schema.ts";
import type { ParsedSource } from "./front-matter.ts";
import { parseText, readSource, type ContentCache, type FileReading } from "./reading-cache.ts";
import type { KeptResults } from "./kept-results.ts";
import { readEditorTextNow } from "./text-file.ts";
import { explainSchemaIssue, fieldName, type ContentIssue } from "./issues.ts";

/** Paths are shown relative to the folder the user typed the command in, as an editor would open them. */
export function displayPath(contentDir: string, file: string, cwd = process.cwd()): string {
  const full = path.join(contentDir, file);
  const relative = path.relative(cwd, full);
  // Inside the working folder as the user would type it (content/…), elsewhere in full.
  return relative.startsWith("..") || path.isAbsolute(relative) ? full : relative || file;
}

export interface LoadOptions {
  /** The folder the user typed the command in; file paths in messages are relative to it. */
  cwd?: string;
  /** Readings kept from earlier readings of the same tree (the dev server's): only changed files are read again. */
  cache?: ContentCache;
  /** Valid files' readings and verdicts kept on disk by earlier builds (src/content/kept-results.ts). */
  kept?: KeptResults<KeptReading>;
}

/**
 * A valid file as kept between builds: what its front matter said, the schema's (typeset) output, and its body: as
 * where it starts in the file's text when it is the rest of the text (always, for Markdown: half of what is kept
 * otherwise, read and written on every build), or as itself.
 */
export interface KeptReading {
  data: unknown;
  body?: string;
  bodyFrom?: number;
  validated: unknown;
}

/** The body as kept: where it starts, when the text ends with it. */
function keptBody(text: string, body: string | undefined): Pick<KeptReading, "body" | "bodyFrom"> {
  if (body === undefined) return {};
  const from = text.length - body.length;
  return from >= 0 && text.endsWith(body) ? { bodyFrom: from } : { body };
}

export type ContentKind = "settings" | "page" | "neighbourhood";

/** A file that passed the loader's guards (size, binary, UTF-8) and parsed: what the editor tools may read and fix. */
export interface ContentFile {
  /** Relative to the content folder. */
  relative: string;
  kind: ContentKind;
  schema: z.ZodType;
  text: string;
  source: ParsedSource | Omit<ParsedSource, "body">;
}

/** What one pass over a content tree found: every problem, and every file it could read. */
export class IssueCollector {
  readonly issues: ContentIssue[] = [];
  readonly files: ContentFile[] = [];
  constructor(
    private readonly contentDir: string,
    private readonly cwd = process.cwd(),
  ) {}

  display(file: string): string {
    return displayPath(this.contentDir, file, this.cwd);
  }

  error(file: string, message: ContentIssue["message"], line?: number, field?: string): void {
    this.issues.push({ severity: "error", file: this.display(file), line, field, message });
  }

  schema(file: string, source: Pick<ParsedSource, "lineOf">, error: z.ZodError): void {
    for (const issue of error.issues) {
      this.error(file, explainSchemaIssue(issue), source.lineOf(issue.path), fieldName(issue.path) || undefined);
    }
  }
}

export const SCHEMAS = {
  settings: settingsSchema,
  page: pageSchema,
  neighbourhood: neighbourhoodSchema,
} satisfies Record<ContentKind, z.ZodType>;

/**
 * One file read, parsed and checked against its kind's schema (each kept by `cache`, when there is one; a valid
 * file's also by `kept`, between builds), its problems recorded; undefined when it cannot be read or parsed.
 */
export async function parseSource<T extends ParsedSource | Omit<ParsedSource, "body">, K extends ContentKind>(
  contentDir: string,
  relative: string,
  issues: IssueCollector,
  kind: K,
  parse: (text: string) => T,
  { cache, kept }: Pick<LoadOptions, "cache" | "kept">,
): Promise<{ source: T; verdict: z.ZodSafeParseResult<z.output<(typeof SCHEMAS)[K]>> } | undefined> {
  type Verdict = z.ZodSafeParseResult<z.output<(typeof SCHEMAS)[K]>>;
  const file = path.join(contentDir, relative);
  let reading: FileReading;
  if (cache) reading = await cache.reading(file, parse);
  else if (kept) {
    const read = readEditorTextNow(file);
    if ("problem" in read) return void issues.error(relative, read.problem);
    const found = kept.get(`${kind}\0${read.text}`);
    if (found) {
      // The file's line numbers are only needed for a problem found across files: parsed then, not now.
      let parsed: T | undefined;
      const lineOf = (at: readonly PropertyKey[]) => (parsed ??= parse(read.text)).lineOf(at);
      const body = found.bodyFrom === undefined ? found.body : read.text.slice(found.bodyFrom);
      const source = { data: found.data, body, lineOf } as T;
      issues.files.push({ relative, kind, schema: SCHEMAS[kind], text: read.text, source });
      return { source, verdict: { success: true, data: found.validated } as Verdict };
    }
    reading = parseText(read.text, parse);
  } else reading = await readSource(file, parse);
  if ("problem" in reading) return void issues.error(relative, reading.problem);
  if ("syntaxError" in reading) {
    const { message, line } = reading.syntaxError;
    issues.error(relative, { fa: `خطای نگارش YAML: ${message}`, en: `YAML syntax error: ${message}` }, line);
    return undefined;
  }
  const source = reading.source as T;
  issues.files.push({ relative, kind, schema: SCHEMAS[kind], text: reading.text, source });
  const validate = () => SCHEMAS[kind].safeParse(source.data ?? {}, { reportInput: true }) as Verdict;
  const verdict = cache ? cache.verdict(reading, validate) : validate();
  if (kept && verdict.success) {
    const body = "body" in source ? source.body : undefined;
    kept.set(`${kind}\0${reading.text}`, {
      data: source.data,
      ...keptBody(reading.text, body),
      validated: verdict.data,
    });
  }
  return { source, verdict };
}
