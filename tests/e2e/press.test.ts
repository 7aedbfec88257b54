/**
 * The print shop's files, read back as a print shop's preflight would, from a small content tree (the sample
 * would take minutes): `ketabche pdf --press` once, and `ketabche build` with `press: true` in booklet.yml once
 * (which must give the same bytes). Boxes with pdfinfo, PDF/X keys with qpdf, colour spaces with pdfimages, ink
 * from Ghostscript's CMYK render, body text on the black plate alone, the spine from the page count. Every
 * expected value is worked out by hand here (millimetres: trim 148 × 210, bleed 3, marks to 11 mm out).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ketabche, type CliResult } from "../helpers/cli.ts";
import { expectCleanOutput } from "../helpers/clean-output.ts";
import { removeTempDirs, writeContentTree } from "../helpers/content-tree.ts";
import { pageLines } from "../helpers/pdf.ts";

afterAll(removeTempDirs);

const MM = 72 / 25.4;
const STORY =
  "پژوهشگران محله با ساکنان گفت‌وگو کردند و فهرست نیازها را نوشتند. " +
  "پس از آن شورای محله برای هر نیاز گروهی از داوطلبان را برگزید و کارها آغاز شد. " +
  "در پایان سال گزارش کارها در مسجد بالای محله برای همه خوانده شد.";
const counties = [{ slug: "one", name: "یکم" }];
const neighbourhoods = [1, 2, 3].map((i) => ({
  slug: `n-${i}`,
  name: `محله ${i}`,
  county: "یکم",
  order: i,
  body: i === 1 ? `${STORY}\n\n${STORY}` : undefined,
}));

let content: string;
let out: string;
let run: CliResult;
const file = (name: string) => path.join(out, "press", name);
const tool = (name: string, args: string[]) =>
  execFileSync(name, args, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });

beforeAll(async () => {
  content = await writeContentTree({ counties, neighbourhoods, sample: true });
  out = path.join(content, "out");
  run = await ketabche(["pdf", "--press", "--content", content, "--output", out]);
}, 600_000);

/** Every page's boxes from `pdfinfo -box`, in points. */
function boxes(pdf: string): Record<string, number[]>[] {
  const pages = Number(/Pages:\s+(\d+)/.exec(tool("pdfinfo", [pdf]))![1]);
  const text = tool("pdfinfo", ["-box", "-f", "1", "-l", String(pages), pdf]);
  const result: Record<string, number[]>[] = [];
  for (const m of text.matchAll(/Page\s+(\d+) (MediaBox|BleedBox|TrimBox):\s+([\d.\s-]+)\n/g)) {
    const page = (result[Number(m[1]) - 1] ??= {});
    page[m[2]!] = m[3]!.trim().split(/\s+/).map(Number);
  }
  return result;
}

/** A box in millimetres from the sheet's bottom left, as pdfinfo prints it (points, two decimals). */
const box = (x: number, y: number, width: number, height: number) =>
  [x, y, x + width, y + height].map((mm) => Math.round(mm * MM * 100) / 100);

/** The CMYK pixels of a Ghostscript tiff32nc render (uncompressed TIFF), every page one after another. */
function cmykPixels(tiffFile: Buffer): Buffer[] {
  const u16 = (at: number) => tiffFile.readUInt16LE(at);
  const u32 = (at: number) => tiffFile.readUInt32LE(at);
  const pages: Buffer[] = [];
  for (let ifd = u32(4); ifd; ifd = u32(ifd + 2 + u16(ifd) * 12)) {
    const tags = new Map<number, number[]>();
    for (let i = 0; i < u16(ifd); i++) {
      const at = ifd + 2 + i * 12;
      const [tag, type, count] = [u16(at), u16(at + 2), u32(at + 4)];
      if (type !== 3 && type !== 4) continue;
      const size = type === 3 ? 2 : 4;
      const base = count * size <= 4 ? at + 8 : u32(at + 8);
      tags.set(
        tag,
        Array.from({ length: count }, (_, k) => (size === 2 ? u16(base + 2 * k) : u32(base + 4 * k))),
      );
    }
    const [offsets, lengths] = [tags.get(273)!, tags.get(279)!];
    pages.push(Buffer.concat(offsets.map((o, k) => tiffFile.subarray(o, o + lengths[k]!))));
  }
  return pages;
}

async function render(pdf: string, args: string[]): Promise<Buffer[]> {
  const tiff = path.join(content, `render-${Date.now()}.tif`);
  tool("gs", ["-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-sDEVICE=tiff32nc", ...args, `-sOutputFile=${tiff}`, pdf]);
  const pixels = cmykPixels(await fs.readFile(tiff));
  await fs.rm(tiff);
  return pixels;
}

describe("ketabche pdf --press on a small tree", () => {
  it("makes interior.pdf, cover.pdf and the report beside the screen booklet, and says so in Persian", async () => {
    expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
    expectCleanOutput(run);
    expect((await fs.readdir(path.join(out, "press"))).sort()).toEqual([
      "cover.pdf",
      "interior.pdf",
      "report.json",
      "report.txt",
    ]);
    expect(run.stdout).toContain("فایل‌های چاپخانه ساخته شد");
    expect(run.stdout).toContain("گزارش پیش‌چاپ");
    const report = await fs.readFile(file("report.txt"), "utf8");
    expect(report).toContain("PDF/X-1a:2001");
    expect(report).toContain("Preflight report");
    // The screen booklet is still the screen booklet: no press boxes, no output intent.
    expect(tool("pdfinfo", ["-box", "-f", "1", "-l", "1", path.join(out, "booklet.pdf")])).not.toMatch(
      /TrimBox:\s+[1-9]/,
    );
  });

  it("puts every interior page on a 170 × 232 mm sheet with 3 mm bleed round the A5 trim", () => {
    const pages = boxes(file("interior.pdf"));
    expect(pages.length).toBeGreaterThan(8);
    for (const page of pages) {
      expect(page.MediaBox).toEqual(box(0, 0, 170, 232));
      expect(page.BleedBox).toEqual(box(8, 8, 154, 216));
      expect(page.TrimBox).toEqual(box(11, 11, 148, 210));
    }
  });

  it("declares PDF/X-1a:2001 with a FOGRA39 output intent, XMP and no trapping, in PDF 1.3, undamaged", async () => {
    for (const name of ["interior.pdf", "cover.pdf"]) {
      const json = JSON.parse(tool("qpdf", ["--json=2", "--json-key=qpdf", file(name)])) as {
        qpdf: [unknown, Record<string, { value: Record<string, unknown> }>];
      };
      const get = (ref: unknown) => json.qpdf[1][`obj:${String(ref)}`]!.value;
      const trailer = json.qpdf[1].trailer!.value;
      const info = get(trailer["/Info"]);
      expect(info["/GTS_PDFXVersion"]).toBe("u:PDF/X-1:2001");
      expect(info["/GTS_PDFXConformance"]).toBe("u:PDF/X-1a:2001");
      expect(info["/Trapped"]).toBe("/False");
      const root = get(trailer["/Root"]);
      expect(root["/Metadata"]).toBeDefined(); // and uncompressed, so its packet is in the bytes as they are
      const bytes = (await fs.readFile(file(name))).toString("utf8");
      expect(bytes).toContain("<pdfx:GTS_PDFXConformance>PDF/X-1a:2001</pdfx:GTS_PDFXConformance>");
      const intents = root["/OutputIntents"] as string[];
      const intent = get(intents[0]);
      expect(intent["/S"]).toBe("/GTS_PDFX");
      expect(intent["/OutputConditionIdentifier"]).toBe("u:FOGRA39");
      expect(intent["/DestOutputProfile"]).toMatch(/^\d+ 0 R$/);
      expect(bytes.slice(0, 8)).toBe("%PDF-1.3");
      // Sound structure: qpdf exits 0 only with no error and no warning (damaged streams, cross-references).
      expect(() => tool("qpdf", ["--check", file(name)])).not.toThrow();
    }
  });

  it("has only CMYK images (two photographs per neighbourhood) and every font embedded", () => {
    const rows = tool("pdfimages", ["-list", file("interior.pdf")])
      .split("\n")
      .slice(2)
      .filter(Boolean);
    expect(rows).toHaveLength(6);
    for (const row of rows) expect(row.split(/\s+/).filter(Boolean)[5]).toBe("cmyk");
    for (const name of ["interior.pdf", "cover.pdf"]) {
      const fonts = tool("pdffonts", [file(name)])
        .split("\n")
        .slice(2)
        .filter(Boolean);
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) expect(font.trim().split(/\s+/).at(-5)).toBe("yes");
    }
  });

  it("keeps total ink at or under 300 % inside the bleed, page by page", async () => {
    for (const name of ["interior.pdf", "cover.pdf"]) {
      const pages = await render(file(name), ["-r20", "-dUseBleedBox", "-dDOINTERPOLATE"]);
      for (const pixels of pages) {
        let max = 0;
        for (let i = 0; i < pixels.length; i += 4)
          max = Math.max(max, pixels[i]! + pixels[i + 1]! + pixels[i + 2]! + pixels[i + 3]!);
        expect((max / 255) * 100, name).toBeLessThanOrEqual(300);
      }
      if (name === "cover.pdf") expect(pages[0]!.some((v) => v > 100)).toBe(true); // deep teal: real ink
    }
  });

  it("prints the story's text in black alone: 0/0/0/100, no cyan, magenta or yellow in its letters", async () => {
    // Where the story's first line is on the screen booklet; the press page is the same page, 2 earlier (the
    // interior starts at the title page), and sits 11 mm in from the sheet's top left.
    const screen = pageLines(path.join(out, "booklet.pdf"));
    const pageIndex = screen.findIndex((lines) => lines.some((l) => l.text.includes("پژوهشگران محله")));
    expect(pageIndex).toBeGreaterThan(2);
    const line = screen[pageIndex]!.find((l) => l.text.includes("پژوهشگران محله"))!;
    const dpi = 150;
    const [pixels] = await render(file("interior.pdf"), [
      `-r${dpi}`,
      `-dFirstPage=${pageIndex + 1 - 2}`,
      `-dLastPage=${pageIndex + 1 - 2}`,
    ]);
    const width = Math.round((170 / 25.4) * dpi);
    const toPx = (points: number) => Math.round(((points + 11 * MM) / 72) * dpi);
    const [x0, x1] = [
      toPx(Math.min(...line.words.map((w) => w.xMin))),
      toPx(Math.max(...line.words.map((w) => w.xMax))),
    ];
    const [y0, y1] = [toPx(line.top), toPx(line.bottom)];
    let inked = 0;
    let coloured = 0;
    let darkest = 0;
    for (let y = y0; y < y1; y++)
      for (let x = x0; x < x1; x++) {
        const at = (y * width + x) * 4;
        const [c, m, yellow, k] = [pixels![at]!, pixels![at + 1]!, pixels![at + 2]!, pixels![at + 3]!];
        if (c + m + yellow + k === 0) continue;
        inked += 1;
        if (c || m || yellow) coloured += 1;
        darkest = Math.max(darkest, k);
      }
    expect(inked).toBeGreaterThan(200);
    expect(coloured).toBe(0);
    expect(darkest).toBe(255);
  });

  it("copies and searches as letters: the story's words in the interior's text, nothing else mixed in", () => {
    const text = tool("pdftotext", [file("interior.pdf"), "-"]);
    // Ghostscript drops the marked content that carries ZWNJ (see text-restore.ts): words join at it.
    for (const word of STORY.replace(/[.،]/g, "").split(/\s+/)) expect(text).toContain(word.replace(/\u200c/g, ""));
    // Only Persian letters and digits, ASCII, the marks of direction, punctuation and the slug line's ×: no junk.
    expect(text.replace(/[\n\f\x20-\x7e\u0600-\u06ff\u200c-\u200f\u202a-\u202e«»×–—…]/g, "")).toBe("");
  });

  it("widens the spine by 0.1 mm a leaf plus 0.5 mm, and leaves out its text on so thin a spine, with a warning", () => {
    const interiorPages = boxes(file("interior.pdf")).length;
    expect(interiorPages % 2).toBe(0);
    const spine = Math.round(((interiorPages / 2) * 0.1 + 0.5) * 10) / 10;
    const [cover] = boxes(file("cover.pdf"));
    // Front + spine + back, with the same 11 mm round it as the interior.
    expect(cover!.TrimBox).toEqual(box(11, 11, 2 * 148 + spine, 210));
    expect(cover!.MediaBox).toEqual(box(0, 0, 2 * 148 + spine + 22, 232));
    expect(spine).toBeLessThan(6);
    expect(run.stdout).toMatch(/عطف [۰-۹٫]+ میلی‌متر است، باریک‌تر از ۶ میلی‌متر؛ نوشته عطف گذاشته نشد/);
  });

  it("keeps every word of the interior 5 mm inside the trim, or outside it (the slug line)", () => {
    const xml = tool("pdftotext", ["-bbox", file("interior.pdf"), "-"]);
    const [left, right] = [11 * MM, 159 * MM];
    const [top, bottom] = [11 * MM, 221 * MM];
    const safe = 5 * MM;
    let words = 0;
    for (const m of xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">/g)) {
      const [x0, y0, x1, y1] = m.slice(1, 5).map(Number) as [number, number, number, number];
      const outside = x1 <= left || x0 >= right || y1 <= top || y0 >= bottom;
      if (outside) continue;
      words += 1;
      expect(
        x0 >= left + safe - 0.5 && x1 <= right - safe + 0.5 && y0 >= top + safe - 0.5 && y1 <= bottom - safe + 0.5,
      ).toBe(true);
    }
    expect(words).toBeGreaterThan(100);
  });

  it("gives the same bytes again from `ketabche build` with press: true in booklet.yml", async () => {
    await fs.appendFile(path.join(content, "booklet.yml"), "press: true\n");
    const again = path.join(content, "again");
    const built = await ketabche(["build", "--content", content, "--output", again]);
    expect(built.code, built.stderr).toBe(0);
    for (const name of ["interior.pdf", "cover.pdf"]) {
      const [a, b] = await Promise.all([fs.readFile(file(name)), fs.readFile(path.join(again, "press", name))]);
      expect(a.equals(b), name).toBe(true);
    }
  }, 600_000);
});

describe("press mistakes a user makes", () => {
  it("names every press setting that is wrong, in booklet.yml, before building anything", async () => {
    const tree = await writeContentTree({ counties, neighbourhoods: neighbourhoods.slice(0, 1) });
    await fs.appendFile(path.join(tree, "booklet.yml"), "bleed: 12\nprofile: profiles/press.icc\n");
    const result = await ketabche([
      "pdf",
      "--press",
      "--lang",
      "en",
      "--content",
      tree,
      "--output",
      path.join(tree, "o"),
    ]);
    expect(result.code).toBe(1);
    expectCleanOutput(result);
    expect(result.stderr).toMatch(/booklet\.yml: error: field bleed: bleed must be from 2 to 6 mm \(found: 12\)/);
    expect(result.stderr).toContain("field profile: the colour profile file was not found: profiles/press.icc");
    await expect(fs.access(path.join(tree, "o", "booklet.pdf"))).rejects.toThrow();
  });

  it("says which program is missing and how to install it, before building anything", async () => {
    const tree = await writeContentTree({ counties, neighbourhoods: neighbourhoods.slice(0, 1) });
    // No folder on the PATH: Ghostscript cannot be found (node and Chromium are started by their full paths).
    const result = await ketabche(["pdf", "--press", "--content", tree, "--output", path.join(tree, "out")], {
      env: { PATH: path.join(tree, "no-programs-here") },
    });
    expect(result.code).toBe(1);
    expectCleanOutput(result);
    expect(result.stderr).toMatch(/برای ساخت فایل‌های چاپخانه gs لازم است و نصب نیست[^]*ghostscript/);
    await expect(fs.access(path.join(tree, "out", "booklet.pdf"))).rejects.toThrow();
  });
});
