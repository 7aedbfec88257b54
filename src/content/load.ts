/**
 * Stage 1 of the pipeline: read a content tree, validate every file against the schema, and return the typed
 * booklet. All problems in all files are collected first; if any is an error, a ContentError carries them all.
 *
 *   <content>/booklet.yml             settings
 *   <content>/pages/*.md              front pages (foreword, …)
 *   <content>/neighbourhoods/<slug>.md one file per neighbourhood
 */
import fs from "node:fs/promises";
import path from "node:path";
import type { z } from "zod";
import { imageSchema, neighbourhoodSchema, pageSchema, settingsSchema, slugPattern, type Settings } from "./schema.ts";
import { parseMarkdownFile, parseYamlFile, type ParsedSource } from "./front-matter.ts";
import { readSource, type ContentCache } from "./reading-cache.ts";
import { ContentError, explainSchemaIssue, fieldName, type ContentIssue } from "./issues.ts";
import { imageProblem, isRecord, writtenImages } from "./image-check.ts";
import { assembleBooklet, type Booklet, type FrontPage, type Neighbourhood } from "./model.ts";

export const SETTINGS_FILE = "booklet.yml";

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
class IssueCollector {
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

const SCHEMAS = {
  settings: settingsSchema,
  page: pageSchema,
  neighbourhood: neighbourhoodSchema,
} satisfies Record<ContentKind, z.ZodType>;

/**
 * One file read, parsed and checked against its kind's schema (each kept by `cache`, when there is one), its
 * problems recorded; undefined when it cannot be read or parsed.
 */
async function parseSource<T extends ParsedSource | Omit<ParsedSource, "body">, K extends ContentKind>(
  contentDir: string,
  relative: string,
  issues: IssueCollector,
  kind: K,
  parse: (text: string) => T,
  cache: ContentCache | undefined,
): Promise<{ source: T; verdict: z.ZodSafeParseResult<z.output<(typeof SCHEMAS)[K]>> } | undefined> {
  const file = path.join(contentDir, relative);
  const reading = await (cache ? cache.reading(file, parse) : readSource(file, parse));
  if ("problem" in reading) return void issues.error(relative, reading.problem);
  if ("syntaxError" in reading) {
    const { message, line } = reading.syntaxError;
    issues.error(relative, { fa: `خطای نگارش YAML: ${message}`, en: `YAML syntax error: ${message}` }, line);
    return undefined;
  }
  const source = reading.source as T;
  issues.files.push({ relative, kind, schema: SCHEMAS[kind], text: reading.text, source });
  const validate = () =>
    SCHEMAS[kind].safeParse(source.data ?? {}, { reportInput: true }) as z.ZodSafeParseResult<
      z.output<(typeof SCHEMAS)[K]>
    >;
  return { source, verdict: cache ? cache.verdict(reading, validate) : validate() };
}

export async function markdownFiles(dir: string): Promise<string[]> {
  try {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    return entries
      .filter((e) => e.isFile() && e.name.endsWith(".md"))
      .map((e) => e.name)
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

async function loadSettings(
  contentDir: string,
  issues: IssueCollector,
  cache?: ContentCache,
): Promise<Settings | undefined> {
  const parsed = await parseSource(contentDir, SETTINGS_FILE, issues, "settings", parseYamlFile, cache);
  if (!parsed) return undefined;
  const { source, verdict: result } = parsed;
  if (!result.success) return void issues.schema(SETTINGS_FILE, source, result.error);
  const seen = new Set<string>();
  result.data.counties.forEach((county, index) => {
    if (seen.has(county.slug)) {
      issues.error(
        SETTINGS_FILE,
        { fa: `شهرستان «${county.slug}» دو بار آمده است.`, en: `county "${county.slug}" is listed twice.` },
        source.lineOf(["counties", index]),
        `counties[${index + 1}].slug`,
      );
    }
    seen.add(county.slug);
  });
  return result.data;
}

async function loadPages(contentDir: string, issues: IssueCollector, cache?: ContentCache): Promise<FrontPage[]> {
  const pages: FrontPage[] = [];
  for (const name of await markdownFiles(path.join(contentDir, "pages"))) {
    const relative = `pages/${name}`;
    const slug = name.replace(/\.md$/, "");
    if (!slugPattern.test(slug)) {
      issues.error(relative, slugMessage(slug));
      continue;
    }
    const parsed = await parseSource(contentDir, relative, issues, "page", parseMarkdownFile, cache);
    if (!parsed) continue;
    const { source, verdict: result } = parsed;
    if (!result.success) {
      issues.schema(relative, source, result.error);
      continue;
    }
    pages.push({ slug, ...result.data, body: source.body, source: relative });
  }
  return pages.sort((a, b) => a.order - b.order);
}

function slugMessage(slug: string): ContentIssue["message"] {
  return {
    fa: `نام فایل «${slug}» نشانی صفحه می‌شود و باید فقط حروف کوچک لاتین، رقم و خط تیره داشته باشد (مثل kuy-basij.md).`,
    en: `the file name "${slug}" becomes the page's URL and may only use lowercase Latin letters, digits and hyphens (like kuy-basij.md).`,
  };
}

async function loadNeighbourhoods(
  contentDir: string,
  settings: Settings | undefined,
  issues: IssueCollector,
  cache?: ContentCache,
): Promise<Neighbourhood[]> {
  const neighbourhoods: Neighbourhood[] = [];
  const orders = new Map<number, string>();
  // Many neighbourhoods share photographs: each file is inspected once.
  const checkedImages = new Map<string, Promise<ContentIssue["message"] | undefined>>();
  for (const name of await markdownFiles(path.join(contentDir, "neighbourhoods"))) {
    const relative = `neighbourhoods/${name}`;
    const slug = name.replace(/\.md$/, "");
    const slugValid = slugPattern.test(slug);
    if (!slugValid) issues.error(relative, slugMessage(slug));
    const parsed = await parseSource(contentDir, relative, issues, "neighbourhood", parseMarkdownFile, cache);
    if (!parsed) continue;
    const { source, verdict: result } = parsed;
    if (!result.success) issues.schema(relative, source, result.error);

    // The checks below look at what was written even when other fields are wrong, so that one run reports
    // every problem in the file rather than the next one after each fix.
    const written = isRecord(source.data) ? source.data : {};
    const countyName = neighbourhoodSchema.shape.county.safeParse(written.county);
    const county = countyName.success
      ? settings?.counties.find((c) => c.name === countyName.data || c.slug === countyName.data)
      : undefined;
    if (settings && countyName.success && !county) {
      const names = settings.counties.map((c) => c.name);
      issues.error(
        relative,
        {
          fa: `شهرستان «${countyName.data}» در فهرست شهرستان‌های ${SETTINGS_FILE} نیست؛ یکی از این‌ها را بنویسید: ${names.join("، ")}.`,
          en: `county "${countyName.data}" is not in the counties of ${SETTINGS_FILE}; write one of: ${names.join(", ")}.`,
        },
        source.lineOf(["county"]),
        "county",
      );
    }
    const order = neighbourhoodSchema.shape.order.safeParse(written.order);
    if (order.success && order.data !== undefined) {
      const other = orders.get(order.data);
      if (other)
        issues.error(
          relative,
          {
            fa: `شماره ترتیب ${order.data} پیش‌تر در ${other} آمده است؛ هر محله شماره‌ای یکتا می‌خواهد.`,
            en: `order ${order.data} is already used by ${other}; each neighbourhood needs its own.`,
          },
          source.lineOf(["order"]),
          "order",
        );
      else orders.set(order.data, relative);
    }
    for (const image of writtenImages(written)) {
      const src = imageSchema.shape.src.safeParse(image.src);
      if (!src.success) continue;
      const check = () => imageProblem(contentDir, src.data);
      const checked = cache ? cache.imageProblem(path.join(contentDir, src.data), check) : check();
      checkedImages.set(src.data, checkedImages.get(src.data) ?? checked);
      const problem = await checkedImages.get(src.data);
      if (problem) issues.error(relative, problem, source.lineOf(image.path), fieldName(image.path));
    }

    if (!result.success || !county || !slugValid) continue;
    const { county: _written, ...fields } = result.data;
    neighbourhoods.push({
      ...fields,
      slug,
      countySlug: county.slug,
      countyName: county.name,
      body: source.body,
      source: relative,
    });
  }
  return neighbourhoods;
}

/** Reads and validates the settings alone: the dev server needs the path prefix even while other files are broken. */
export async function readSettings(contentDir: string, options: LoadOptions = {}): Promise<Settings> {
  const root = path.resolve(contentDir);
  const issues = new IssueCollector(root, options.cwd);
  const settings = await loadSettings(root, issues);
  if (!settings) throw new ContentError(issues.issues);
  return settings;
}

export interface ContentTree {
  /** Undefined when any problem is an error. */
  booklet?: Booklet;
  issues: ContentIssue[];
  files: ContentFile[];
}

/** Reads and validates the whole tree, never throwing for the content's faults: they are in `issues`. */
export async function readContentTree(contentDir: string, options: LoadOptions = {}): Promise<ContentTree> {
  const root = path.resolve(contentDir);
  const issues = new IssueCollector(root, options.cwd);
  if (!(await fs.stat(root).catch(() => undefined))?.isDirectory()) {
    issues.error("", {
      fa: `پوشه محتوا «${issues.display("")}» پیدا نشد؛ با --content پوشه‌ای را بدهید که booklet.yml در آن است.`,
      en: `the content folder "${issues.display("")}" was not found; give --content a folder that holds booklet.yml.`,
    });
    return { issues: issues.issues, files: [] };
  }
  const settings = await loadSettings(root, issues, options.cache);
  const pages = await loadPages(root, issues, options.cache);
  const neighbourhoods = await loadNeighbourhoods(root, settings, issues, options.cache);
  const failed = issues.issues.some((i) => i.severity === "error") || !settings;
  const booklet = failed ? undefined : assembleBooklet(root, settings, pages, neighbourhoods);
  return { booklet, issues: issues.issues, files: issues.files };
}

/** Reads and validates the whole tree; throws ContentError listing every problem when any is an error. */
export async function loadBooklet(contentDir: string, options: LoadOptions = {}): Promise<Booklet> {
  const tree = await readContentTree(contentDir, options);
  if (!tree.booklet) throw new ContentError(tree.issues);
  return tree.booklet;
}
