/**
 * The exhibition kit, read back: a small tree of its own (a very long name, a long story, a neighbourhood without
 * indicators or actions, a portrait photograph, A3 posters under a path prefix) built with `ketabche build` and
 * `exhibit:` in its booklet.yml; and the QR code on an opening page of the shared sample booklet.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadBooklet } from "../../src/content/load.ts";
import { ketabche, PROJECT_ROOT, TEST_IMAGE_CACHE, type CliResult } from "../helpers/cli.ts";
import {
  neighbourhoodFrontMatter,
  removeTempDirs,
  tempDir,
  warmCacheCopy,
  writeContentTree,
  type TreeNeighbourhood,
} from "../helpers/content-tree.ts";
import { normalise, pageLines, readPdf } from "../helpers/pdf.ts";
import { brokenReferences, readPage } from "../helpers/site.ts";

const MM = 72 / 25.4;
const PREFIX = "/booklets/alborz/";
const LONG_NAME = "شهرک مسکونی کارگران و کارمندان بازنشسته کارخانه‌های قدیمی ریسندگی و بافندگی حاشیه جنوبی رودخانه کرج";
const SENTENCE = "همسایه‌ها هر هفته در سرای محله گرد آمدند و برای کوچه‌ها و بوستان و مدرسه برنامه ریختند. ";
const counties = [
  { slug: "north", name: "شمال" },
  { slug: "south", name: "جنوب" },
];
const action = (i: number) => ({
  title: `اقدام شماره ${i} برای بهتر کردن زندگی ساکنان محله و کوچه‌ها`,
  agency: "شهرداری منطقه",
  status: (["done", "ongoing", "planned"] as const)[i % 3]!,
  date: "1402-03-15",
});
const bare = neighbourhoodFrontMatter({ slug: "bare", name: "بی‌شاخص", county: "south" })
  .replace(/^indicators:\n(?:[ -].*\n)+/m, "indicators: []\n")
  .replace(/^actions:\n(?:[ -].*\n)+/m, "actions: []\n");
const portrait = neighbourhoodFrontMatter({ slug: "tall", name: "عکس ایستاده", county: "south" }).replace(
  "src: images/cover.jpg",
  "src: images/gallery.jpg",
);
const neighbourhoods: TreeNeighbourhood[] = [
  {
    slug: "long",
    name: LONG_NAME,
    county: "north",
    actions: Array.from({ length: 14 }, (_, i) => action(i + 1)),
    body: `${SENTENCE.repeat(30)}\n\n## ادامه\n\n${SENTENCE.repeat(10)}`,
  },
  { slug: "short", name: "کوی", county: "north" },
  { slug: "bare", name: "بی‌شاخص", county: "south", frontMatter: bare },
  { slug: "tall", name: "عکس ایستاده", county: "south", frontMatter: portrait },
];
const slugs = neighbourhoods.map((n) => n.slug);

let out: string;
let result: CliResult;
let sitemap: Map<string, string>;

const pdfinfo = (file: string) => {
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)![1]), width: Number(w) / MM, height: Number(h) / MM };
};

/** Every QR code on a page, decoded by zbarimg from a 150 dpi render. */
async function qrCodes(pdf: string, page = 1): Promise<string[]> {
  const png = path.join(await tempDir("ketabche-qr-"), "page");
  execFileSync("pdftoppm", ["-png", "-r", "150", "-f", String(page), "-l", String(page), "-singlefile", pdf, png]);
  const found = execFileSync("zbarimg", ["--quiet", "--raw", `${png}.png`], {
    encoding: "utf8",
    // zbarimg complains on stderr that there is no D-Bus here; it has nothing else to say.
    stdio: ["ignore", "pipe", "ignore"],
  });
  return found.split("\n").filter(Boolean).sort();
}

afterAll(removeTempDirs);

beforeAll(async () => {
  const content = await writeContentTree({ counties, neighbourhoods, pathPrefix: PREFIX });
  await fs.appendFile(path.join(content, "booklet.yml"), "exhibit:\n  poster: A3\n");
  out = path.join(await tempDir("ketabche-exhibit-"), "out");
  result = await ketabche(["build", "--content", content, "--output", out], {
    cache: await warmCacheCopy(TEST_IMAGE_CACHE),
  });
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  const xml = await fs.readFile(path.join(out, "site", "sitemap.xml"), "utf8");
  const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  sitemap = new Map(urls.map((url) => [url.replace(/\/$/, "").split("/").at(-1)!, url]));
}, 600_000);

describe("the exhibition kit of a small tree (exhibit: { poster: A3 })", () => {
  it("has a poster and a two-sided A5 handout per neighbourhood, county and province posters, all handouts in one", async () => {
    for (const slug of slugs) {
      const poster = pdfinfo(path.join(out, "exhibit", "posters", `${slug}.pdf`));
      expect(poster).toMatchObject({ pages: 1 });
      expect([Math.round(poster.width), Math.round(poster.height)]).toEqual([297, 420]);
      const handout = pdfinfo(path.join(out, "exhibit", "handouts", `${slug}.pdf`));
      expect(handout.pages).toBe(2);
      expect([Math.round(handout.width), Math.round(handout.height)]).toEqual([148, 210]);
    }
    for (const file of ["counties/north.pdf", "counties/south.pdf", "province.pdf"])
      expect(pdfinfo(path.join(out, "exhibit", file)).pages).toBe(1);
    expect(pdfinfo(path.join(out, "exhibit", "handouts-all.pdf")).pages).toBe(2 * slugs.length);
    expect((await fs.readdir(path.join(out, "exhibit", "posters"))).sort()).toEqual(
      slugs.map((s) => `${s}.pdf`).sort(),
    );
  });

  it("names each neighbourhood on its poster and handout, the very long name whole", () => {
    for (const n of neighbourhoods)
      for (const kind of ["posters", "handouts"]) {
        const text = normalise(
          execFileSync("pdftotext", [path.join(out, "exhibit", kind, `${n.slug}.pdf`), "-"], { encoding: "utf8" }),
        );
        expect(text).toContain(normalise(n.name));
      }
  });

  it("keeps every word inside its page: long name, long story, no indicators, portrait photograph", () => {
    const files = slugs.flatMap((slug) => [`posters/${slug}.pdf`, `handouts/${slug}.pdf`]);
    for (const file of [...files, "counties/north.pdf", "counties/south.pdf", "province.pdf"]) {
      const pdf = path.join(out, "exhibit", file);
      const { width, height } = pdfinfo(pdf);
      const outside = pageLines(pdf)
        .flat()
        .flatMap((line) => line.words)
        .filter((w) => w.xMin < 0 || w.yMin < 0 || w.xMax > width * MM + 0.5 || w.yMax > height * MM + 0.5);
      expect(outside.map((w) => `${file}: ${w.text}`)).toEqual([]);
    }
    // The build found nothing that runs off a page, and said what it shrank or cut.
    expect(result.stdout).not.toMatch(/بیرون زده/);
    expect(result.stdout).toMatch(/در [۰-۹]+ فایل نامی کوچک‌تر، فهرستی کوتاه‌تر یا روایتی بریده شد/);
  });

  it("cuts the long story at a word with an ellipsis, and says how many actions are on the website", () => {
    const text = normalise(
      execFileSync("pdftotext", [path.join(out, "exhibit", "posters", "long.pdf"), "-"], { encoding: "utf8" }),
    );
    // The ellipsis after the last whole word that fits (pdftotext writes Vazirmatn's as three dots).
    expect(text).toMatch(/[\u0600-\u06FF](…|\.\.\.) /);
    // pdftotext joins a number to the word after it; the space is there on the poster.
    expect(text).toMatch(/و [۰-۹]+\s*اقدام دیگر در وب‌گاه/);
    expect(text).toMatch(/اقدام شماره ۱\s*برای/);
  });

  it("gives each poster a QR code that decodes to exactly its neighbourhood's page, as in the sitemap", async () => {
    for (const slug of slugs) {
      const url = sitemap.get(slug)!;
      expect(url).toBe(`https://example.org${PREFIX}neighbourhoods/${slug}/`);
      expect(await qrCodes(path.join(out, "exhibit", "posters", `${slug}.pdf`))).toEqual([url]);
    }
    expect(await qrCodes(path.join(out, "exhibit", "handouts", "short.pdf"), 2)).toEqual([sitemap.get("short")]);
    // A county's poster: its page and each of its neighbourhoods'.
    expect(await qrCodes(path.join(out, "exhibit", "counties", "south.pdf"))).toEqual(
      [sitemap.get("south"), sitemap.get("bare"), sitemap.get("tall")].sort(),
    );
  });

  it("links each neighbourhood's page to its poster and handout, and every link resolves", async () => {
    const page = await readPage(path.join(out, "site", "neighbourhoods", "long", "index.html"));
    const links = page.querySelectorAll("a").map((a) => a.getAttribute("href"));
    expect(links).toContain(`${PREFIX}exhibit/posters/long.pdf`);
    expect(links).toContain(`${PREFIX}exhibit/handouts/long.pdf`);
    expect(await brokenReferences(path.join(out, "site"), PREFIX)).toEqual([]);
  });

  it("warns, naming the file, about a photograph below 150 ppi at poster size, and sums up in Persian", () => {
    expect(result.stdout).toMatch(
      /هشدار: عکس images\/cover\.jpg در neighbourhoods\/short\.md روی پوستر با [۰-۹]+ نقطه/,
    );
    expect(result.stdout).toContain("۴ پوستر محله، ۲ پوستر شهرستان و ۱ پوستر استان در قطع A3");
  });
});

describe("the sample booklet's opening pages", () => {
  it("carry a QR code of the neighbourhood's page", async () => {
    const sample = inject("sampleOutput");
    const booklet = path.join(sample, "booklet.pdf");
    const { destinations } = await readPdf(booklet);
    const xml = await fs.readFile(path.join(sample, "site", "sitemap.xml"), "utf8");
    const { neighbourhoods: all } = await loadBooklet(path.join(PROJECT_ROOT, "content"));
    for (const slug of [all[0]!.slug, all.at(-1)!.slug]) {
      const url = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!).find((u) => u.endsWith(`/${slug}/`));
      expect(url).toBeDefined();
      expect(await qrCodes(booklet, destinations.get(`nh-${slug}`)!)).toEqual([url]);
    }
  });
});
