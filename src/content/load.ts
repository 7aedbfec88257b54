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
import { imageSchema, neighbourhoodSchema, slugPattern, type Settings } from "./schema.ts";
import { parseMarkdownFile, parseYamlFile } from "./front-matter.ts";
import { ContentError, fieldName, type ContentIssue } from "./issues.ts";
import { IssueCollector, parseSource, type ContentFile, type LoadOptions } from "./read-file.ts";
import { imageProblem, isRecord, writtenImages } from "./image-check.ts";
import { assembleBooklet, type Booklet, type FrontPage, type Neighbourhood } from "./model.ts";

export const SETTINGS_FILE = "booklet.yml";

export { displayPath, type ContentFile, type ContentKind, type KeptReading, type LoadOptions } from "./read-file.ts";

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
  kept: Pick<LoadOptions, "cache" | "kept"> = {},
): Promise<Settings | undefined> {
  const parsed = await parseSource(contentDir, SETTINGS_FILE, issues, "settings", parseYamlFile, kept);
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

async function loadPages(
  contentDir: string,
  issues: IssueCollector,
  kept: Pick<LoadOptions, "cache" | "kept">,
): Promise<FrontPage[]> {
  const pages: FrontPage[] = [];
  for (const name of await markdownFiles(path.join(contentDir, "pages"))) {
    const relative = `pages/${name}`;
    const slug = name.replace(/\.md$/, "");
    if (!slugPattern.test(slug)) {
      issues.error(relative, slugMessage(slug));
      continue;
    }
    const parsed = await parseSource(contentDir, relative, issues, "page", parseMarkdownFile, kept);
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
  { cache, kept }: Pick<LoadOptions, "cache" | "kept">,
): Promise<Neighbourhood[]> {
  const neighbourhoods: Neighbourhood[] = [];
  const orders = new Map<number, string>();
  // Many neighbourhoods name the same county: each spelling is read (and typeset) once.
  const counties = new Map<unknown, ReturnType<typeof neighbourhoodSchema.shape.county.safeParse>>();
  const countyField = (value: unknown) => {
    let parsed = counties.get(value);
    if (!parsed) counties.set(value, (parsed = neighbourhoodSchema.shape.county.safeParse(value)));
    return parsed;
  };
  // Many neighbourhoods share photographs: each file is inspected once.
  const checkedImages = new Map<string, Promise<ContentIssue["message"] | undefined>>();
  for (const name of await markdownFiles(path.join(contentDir, "neighbourhoods"))) {
    const relative = `neighbourhoods/${name}`;
    const slug = name.replace(/\.md$/, "");
    const slugValid = slugPattern.test(slug);
    if (!slugValid) issues.error(relative, slugMessage(slug));
    const parsed = await parseSource(contentDir, relative, issues, "neighbourhood", parseMarkdownFile, { cache, kept });
    if (!parsed) continue;
    const { source, verdict: result } = parsed;
    if (!result.success) issues.schema(relative, source, result.error);

    // The checks below look at what was written even when other fields are wrong, so that one run reports
    // every problem in the file rather than the next one after each fix.
    const written = isRecord(source.data) ? source.data : {};
    const countyName = countyField(written.county);
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
      let checked = checkedImages.get(src.data);
      if (!checked) {
        const check = () => imageProblem(contentDir, src.data);
        checked = cache ? cache.imageProblem(path.join(contentDir, src.data), check) : check();
        checkedImages.set(src.data, checked);
      }
      const problem = await checked;
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
  const settings = await loadSettings(root, issues, options);
  const pages = await loadPages(root, issues, options);
  const neighbourhoods = await loadNeighbourhoods(root, settings, issues, options);
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
