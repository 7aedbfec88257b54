/**
 * The press modules that work on bytes in memory: neutral colours to the black plate, transparency found,
 * printer's marks, the PostScript prefix for Ghostscript, the TIFF reader behind the ink measurement, the ICC
 * header check and the press settings' ranges. No Chromium, no Ghostscript.
 */
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  type PDFRawStream,
  type PDFRef,
  rgb,
} from "pdf-lib";
import sharp from "sharp";
import { sheet } from "../../src/book/press.ts";
import { grayNeutrals, neutralToGray, transparentPages } from "../../src/print/press/colour.ts";
import { partCount, partRanges, shareImages } from "../../src/print/press/convert.ts";
import { pdfxPrefix, psString } from "../../src/print/press/ghostscript.ts";
import { checkProfile } from "../../src/print/press/icc.ts";
import { maxCoverage } from "../../src/print/press/ink.ts";
import { marksContent } from "../../src/print/press/marks.ts";
import { rangeIssues } from "../../src/print/press/settings.ts";
import { interiorSlugs } from "../../src/print/press/slug.ts";

describe("neutral colours to the black plate", () => {
  it("rewrites r = g = b as the same grey, fill and stroke", () => {
    expect(neutralToGray("0 0 0 rg").content).toBe("0 g");
    expect(neutralToGray("q .3333 .3333 .3333 RG 1 w").content).toBe("q .3333 G 1 w");
    expect(neutralToGray("1 1 1 rg\n0.5 .5 0.50 rg").content).toBe("1 g\n0.5 g");
  });

  it("leaves colours with a hue, and other operators with three numbers, as they are", () => {
    const content = ".0588 .3608 .3882 rg 1 0 0 1 50 60 cm 0 0 0 1 k 2 2 2 re";
    expect(neutralToGray(content)).toEqual({ content, rewritten: 0 });
  });

  it("counts what it rewrote", () => {
    expect(neutralToGray("0 0 0 rg 0 0 0 RG .2 .3 .4 rg").rewritten).toBe(2);
  });

  it("rewrites the content streams of a PDF's pages", async () => {
    const made = await PDFDocument.create();
    const drawn = made.addPage([100, 100]);
    drawn.drawRectangle({ x: 10, y: 10, width: 20, height: 20, color: rgb(0.2, 0.2, 0.2) });
    drawn.drawRectangle({ x: 40, y: 10, width: 20, height: 20, color: rgb(0.1, 0.4, 0.5) });
    // As the pipeline has them: pages read from a file (Chromium's), their content compressed.
    const doc = await PDFDocument.load(await made.save());
    const page = doc.getPage(0);
    expect(grayNeutrals(doc)).toBe(1);
    const contents = page.node.get(PDFName.of("Contents"));
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
    const text = refs
      .map((ref) => doc.context.lookup(ref as PDFRef))
      .map((stream) => Buffer.from(decodePDFRawStream(stream as PDFRawStream).decode()).toString("latin1"))
      .join("\n");
    expect(text).toContain("0.2 g");
    expect(text).toContain("0.1 0.4 0.5 rg");
    expect(text).not.toContain("0.2 0.2 0.2 rg");
  });
});

describe("transparency", () => {
  it("finds the pages that draw with opacity", async () => {
    const doc = await PDFDocument.create();
    doc.addPage([100, 100]).drawRectangle({ x: 0, y: 0, width: 10, height: 10, color: rgb(1, 0, 0) });
    doc.addPage([100, 100]).drawRectangle({ x: 0, y: 0, width: 10, height: 10, color: rgb(1, 0, 0), opacity: 0.5 });
    expect(transparentPages(doc)).toEqual([2]);
  });
});

describe("printer's marks", () => {
  it("draws every crop mark and registration target in the registration colour, 0.25 pt", () => {
    const content = marksContent(sheet({ width: 148, height: 210 }, 3));
    expect(content.startsWith("q\n/KetabcheRegistration CS 1 SCN 0.25 w")).toBe(true);
    expect(content.match(/ m [\d.]+ [\d.]+ l S/g)).toHaveLength(8 + 3 * 2); // 8 crop marks, a cross per target
    expect(content.match(/ c\n?/g)?.length).toBe(3 * 2 * 4); // two circles of four curves per target
    // The bottom-left mark along the bottom edge: from 6 mm to 1 mm, at 11 mm: in points.
    expect(content).toContain("17.008 31.181 m 2.835 31.181 l S");
    expect(content.trimEnd().endsWith("Q")).toBe(true);
  });
});

describe("Ghostscript's PDF/X prefix", () => {
  it("escapes PostScript strings", () => {
    expect(psString("a(b)c\\d")).toBe("(a\\(b\\)c\\\\d)");
    expect(psString("é")).toBe("(\\351)");
  });

  it("declares PDF/X-1a:2001 with the profile as the output intent", () => {
    const prefix = pdfxPrefix({
      file: "/cache/FOGRA39.icc",
      description: "FOGRA39 test",
      identifier: "FOGRA39",
      condition: "Offset",
      registry: "http://www.color.org",
    });
    expect(prefix).toContain("/GTS_PDFXVersion (PDF/X-1:2001) /GTS_PDFXConformance (PDF/X-1a:2001)");
    expect(prefix).toContain("/Trapped /False");
    expect(prefix).toContain("[{icc_PDFX} (/cache/FOGRA39.icc) (r) file /PUT pdfmark");
    expect(prefix).toContain("/OutputConditionIdentifier (FOGRA39)");
    expect(prefix).toContain("/S /GTS_PDFX");
  });
});

/** An uncompressed little-endian TIFF with CMYK pages of the given pixels, as tiff32nc writes. */
function tiff(pages: number[][][]): Buffer {
  const parts: Buffer[] = [Buffer.from([0x49, 0x49, 42, 0, 0, 0, 0, 0])];
  let offset = 8;
  const ifdAt: number[] = [];
  for (const pixels of pages) {
    const data = Buffer.from(pixels.flat());
    const dataAt = offset;
    parts.push(data);
    offset += data.length;
    const entries: [number, number, number, number][] = [
      [256, 4, 1, pixels.length],
      [257, 4, 1, 1],
      [259, 3, 1, 1],
      [273, 4, 1, dataAt],
      [277, 3, 1, 4],
      [279, 4, 1, data.length],
      [34675, 7, 100, 0], // an embedded ICC profile, skipped
    ];
    const ifd = Buffer.alloc(2 + entries.length * 12 + 4);
    ifd.writeUInt16LE(entries.length, 0);
    entries.forEach(([tag, type, count, value], i) => {
      ifd.writeUInt16LE(tag, 2 + i * 12);
      ifd.writeUInt16LE(type, 4 + i * 12);
      ifd.writeUInt32LE(count, 6 + i * 12);
      ifd.writeUInt32LE(value, 10 + i * 12);
    });
    ifdAt.push(offset);
    parts.push(ifd);
    offset += ifd.length;
  }
  const bytes = Buffer.concat(parts);
  bytes.writeUInt32LE(ifdAt[0]!, 4);
  ifdAt.forEach((at, i) => bytes.writeUInt32LE(ifdAt[i + 1] ?? 0, at + 2 + 7 * 12));
  return bytes;
}

describe("ink coverage from a CMYK render", () => {
  it("finds each page's highest sum of the four plates, in %", () => {
    const pages = [
      [
        [0, 0, 0, 255],
        [255, 255, 255, 0],
      ],
      [
        [255, 255, 255, 255],
        [0, 0, 0, 0],
        [128, 0, 0, 0],
      ],
    ];
    // Page 1: 0+0+0+100 and 100+100+100+0 → 300 %. Page 2: 400 %.
    expect(maxCoverage(tiff(pages))).toEqual([
      { page: 1, max: 300 },
      { page: 2, max: 400 },
    ]);
  });
});

describe("the ICC profile named in booklet.yml", () => {
  const dir = fs.mkdtemp(path.join(os.tmpdir(), "ketabche-icc-test-"));
  afterAll(async () => fs.rm(await dir, { recursive: true, force: true }));
  const header = (deviceClass: string, space: string) => {
    const bytes = Buffer.alloc(132);
    bytes.write(deviceClass, 12, "latin1");
    bytes.write(space, 16, "latin1");
    bytes.write("acsp", 36, "latin1");
    return bytes;
  };

  it("must exist, be an ICC profile, and be for a CMYK printer", async () => {
    const folder = await dir;
    const write = async (name: string, bytes: Buffer) => {
      await fs.writeFile(path.join(folder, name), bytes);
      return path.join(folder, name);
    };
    expect(await checkProfile(path.join(folder, "missing.icc"))).toEqual({ problem: "missing" });
    expect(await checkProfile(await write("text.icc", Buffer.from("not a profile")))).toEqual({ problem: "notIcc" });
    expect(await checkProfile(await write("srgb.icc", header("mntr", "RGB ")))).toEqual({ problem: "notCmykOutput" });
    expect((await checkProfile(await write("press.icc", header("prtr", "CMYK")))).problem).toBeUndefined();
  });
});

describe("press settings out of range", () => {
  it("accepts the defaults and a 5 mm bleed", () => {
    expect(rangeIssues({}, "booklet.yml")).toEqual([]);
    expect(rangeIssues({ bleed: 5, paperThickness: 0.12 }, "booklet.yml")).toEqual([]);
  });

  it("names the field and the range, in Persian and English", () => {
    const [bleed, paper] = rangeIssues({ bleed: 12, paperThickness: 1 }, "booklet.yml");
    expect(bleed).toMatchObject({ severity: "error", file: "booklet.yml", field: "bleed" });
    expect(bleed!.message.en).toContain("from 2 to 6 mm (found: 12)");
    expect(bleed!.message.fa).toContain("۱۲");
    expect(paper).toMatchObject({ field: "paperThickness" });
    expect(rangeIssues({ bleed: 1 }, "booklet.yml")).toHaveLength(1);
  });
});

describe("slug lines", () => {
  it("say the booklet's page printed on each sheet and its place in the file", () => {
    const lines = interiorSlugs({ title: "کتابچه", date: "۱ فروردین ۱۴۰۳", format: "A5" }, [3, 4, null]);
    expect(lines[0]).toContain("صفحه ۳ (۱ از ۳)");
    expect(lines[2]).toContain("صفحه سفید (۳ از ۳)");
    expect(lines[1]).toContain("interior.pdf");
  });
});

describe("Ghostscript in parts", () => {
  it("cuts a long document into up to four parts of at least 48 pages, whatever the machine", () => {
    expect([16, 47, 96, 143, 376, 1000].map(partCount)).toEqual([1, 1, 2, 2, 4, 4]);
  });

  it("cuts at whole pages, as evenly as they allow, in order", () => {
    expect(partRanges(376, 4)).toEqual([
      [0, 94],
      [94, 188],
      [188, 282],
      [282, 376],
    ]);
    expect(partRanges(97, 2)).toEqual([
      [0, 49],
      [49, 97],
    ]);
    expect(partRanges(10, 1)).toEqual([[0, 10]]);
  });
});

describe("photographs placed more than once", () => {
  it("are stored once when the parts of a document are joined", async () => {
    const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#336699" } })
      .jpeg()
      .toBuffer();
    const other = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#993366" } })
      .jpeg()
      .toBuffer();
    const made = await PDFDocument.create();
    for (const bytes of [jpeg, jpeg, other]) {
      const image = await made.embedJpg(bytes);
      made.addPage([50, 50]).drawImage(image, { x: 0, y: 0, width: 50, height: 50 });
    }
    const doc = await PDFDocument.load(await made.save());
    const imageRefs = () =>
      doc.getPages().map((page) => {
        const xobjects = page.node.Resources()!.lookup(PDFName.of("XObject"), PDFDict);
        return xobjects.values()[0]!.toString();
      });
    const [a, b, c] = imageRefs();
    expect(a).not.toBe(b);
    expect(shareImages(doc)).toBe(1);
    const [a2, b2, c2] = imageRefs();
    expect(a2).toBe(b2);
    expect(c2).toBe(c);
    expect(a2).toBe(a);
    // The copy is gone from the file.
    expect(doc.context.enumerateIndirectObjects().some(([ref]) => ref.toString() === b)).toBe(false);
  });
});
