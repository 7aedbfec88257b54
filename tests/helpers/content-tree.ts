/**
 * Writes small content trees for tests: any number of neighbourhoods in any counties, with real (tiny) images,
 * so that the pipeline is exercised on content it has never seen.
 */
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import YAML from "yaml";

export interface TreeNeighbourhood {
  slug: string;
  name: string;
  county: string;
  order?: number;
  population?: number;
  members?: number;
  trained?: number;
  actions?: { title: string; agency: string; status: "done" | "ongoing" | "planned"; date: string }[];
  body?: string;
  /** Raw front matter to use instead of the generated one. */
  frontMatter?: string;
}

export interface TreeOptions {
  counties: { slug: string; name: string }[];
  neighbourhoods: TreeNeighbourhood[];
  pathPrefix?: string;
  sample?: boolean;
  paper?: "A5" | "B5" | "A4";
  pages?: { slug: string; title: string; order: number; body: string }[];
}

/** Every temporary folder this test file made, removed by removeTempDirs (each file calls it in afterAll). */
const made = new Set<string>();

export async function tempDir(prefix = "ketabche-test-"): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  made.add(dir);
  return dir;
}

/** Removes every folder tempDir (or writeContentTree) made in this test file. */
export async function removeTempDirs(): Promise<void> {
  const dirs = [...made];
  made.clear();
  await Promise.all(dirs.map((dir) => fs.rm(dir, { recursive: true, force: true, maxRetries: 3 })));
}

export async function writeImage(
  file: string,
  width = 1200,
  height = 800,
  colour = { r: 30, g: 110, b: 120 },
): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await sharp({ create: { width, height, channels: 3, background: colour } })
    .jpeg({ quality: 70 })
    .toFile(file);
}

export function neighbourhoodFrontMatter(n: TreeNeighbourhood): string {
  return YAML.stringify({
    name: n.name,
    county: n.county,
    ...(n.order !== undefined ? { order: n.order } : {}),
    population: n.population ?? 1000,
    network: { name: `شبکه مردمی ${n.name}`, members: n.members ?? 10, trained: n.trained ?? 5 },
    problems: ["نبود فضای سبز", "تاریکی معابر"],
    actions: n.actions ?? [{ title: "کاشت نهال", agency: "شهرداری", status: "done", date: "1402-03-15" }],
    indicators: [{ label: "درخت کاشته‌شده", before: 0, after: 120, unit: "اصله" }],
    cover: { src: "images/cover.jpg", alt: "نمای محله", caption: "نمای محله" },
    gallery: [{ src: "images/gallery.jpg", alt: "کاشت نهال در محله" }],
  });
}

/** Creates the tree in a new temporary folder and returns its path. */
export async function writeContentTree(options: TreeOptions, root?: string): Promise<string> {
  const dir = root ?? (await tempDir());
  await fs.mkdir(path.join(dir, "neighbourhoods"), { recursive: true });
  await fs.mkdir(path.join(dir, "pages"), { recursive: true });
  await fs.writeFile(
    path.join(dir, "booklet.yml"),
    YAML.stringify({
      title: "کتابچه آزمایشی",
      organisation: "سازمان آزمایشی",
      province: "البرز",
      year: 1403,
      baseUrl: "https://example.org",
      pathPrefix: options.pathPrefix ?? "/",
      sample: options.sample ?? false,
      ...(options.paper ? { paper: options.paper } : {}),
      counties: options.counties,
    }),
  );
  await writeImage(path.join(dir, "images", "cover.jpg"));
  await writeImage(path.join(dir, "images", "gallery.jpg"), 900, 1200, { r: 200, g: 140, b: 40 });
  for (const page of options.pages ?? [{ slug: "foreword", title: "پیشگفتار", order: 1, body: "متن پیشگفتار." }]) {
    await fs.writeFile(
      path.join(dir, "pages", `${page.slug}.md`),
      `---\ntitle: ${page.title}\norder: ${page.order}\n---\n${page.body}\n`,
    );
  }
  for (const n of options.neighbourhoods) {
    const front = n.frontMatter ?? neighbourhoodFrontMatter(n);
    await fs.writeFile(
      path.join(dir, "neighbourhoods", `${n.slug}.md`),
      `---\n${front}---\n${n.body ?? "روایت این محله."}\n`,
    );
  }
  return dir;
}

export const SAMPLE_CONTENT = path.resolve(import.meta.dirname, "../../content");

/**
 * A copy of the sample content, as `content/` in a new temporary folder (a project folder, as the README's commands
 * expect); returns the path of the copy. With `images: "stand-ins"`, every photograph the files name is one
 * generated JPEG of 3000×2000 px instead (check, fix and new read only images' sizes); with `"none"`, no images.
 */
export async function copySample(images: "real" | "stand-ins" | "none" = "real"): Promise<string> {
  const dir = path.join(await tempDir("ketabche-sample-copy-"), "content");
  const imagesDir = path.join(SAMPLE_CONTENT, "images");
  await fs.cp(SAMPLE_CONTENT, dir, {
    recursive: true,
    filter: (src) => images === "real" || (src !== imagesDir && !src.startsWith(imagesDir + path.sep)),
  });
  if (images !== "stand-ins") return dir;
  const sources = new Set<string>();
  for (const name of await fs.readdir(path.join(dir, "neighbourhoods"))) {
    const text = await fs.readFile(path.join(dir, "neighbourhoods", name), "utf8");
    for (const match of text.matchAll(/^\s*-?\s*src:\s*(\S+)\s*$/gm)) sources.add(match[1]!);
  }
  const [first, ...others] = [...sources];
  if (first) await writeImage(path.join(dir, first), 3000, 2000);
  for (const src of others) {
    await fs.mkdir(path.dirname(path.join(dir, src)), { recursive: true });
    await fs.copyFile(path.join(dir, first!), path.join(dir, src));
  }
  return dir;
}

/**
 * A new cache folder holding copies of the shared test cache's encoded photographs (and, unless left out, fonts) but
 * none of its page plans: a build with it encodes nothing again, yet starts as on a fresh checkout, whatever other
 * content trees were built before with the shared cache (their plans would be this build's first guess).
 */
export async function warmCacheCopy(shared: string, folders: readonly string[] = ["img", "img-print", "fonts"]) {
  const cache = await tempDir("ketabche-cache-");
  for (const folder of folders) {
    const from = path.join(shared, folder);
    if (await fs.stat(from).catch(() => undefined)) await fs.cp(from, path.join(cache, folder), { recursive: true });
  }
  return cache;
}
