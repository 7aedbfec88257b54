/**
 * Reading a press file back as the print shop's preflight would, with the tools made for it: poppler for text
 * positions, images and fonts, pdf-lib for boxes and the PDF/X keys. Each check returns data; src/print/press/
 * report.ts says what it means.
 */
import fs from "node:fs/promises";
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber } from "pdf-lib";
import { contains, intersects, pt, type Rect, type Sheet } from "../../book/press.ts";
import { run, runStatus } from "./tools.ts";

export interface ImageUse {
  page: number;
  width: number;
  height: number;
  colour: string;
  /** Effective resolution as placed: the lower of x-ppi and y-ppi. */
  ppi: number;
}

/** `pdfimages -list`: every image placement with its colour space and effective resolution. */
export async function listImages(pdf: string): Promise<ImageUse[]> {
  const text = await run("pdfimages", ["-list", pdf]);
  return text
    .split("\n")
    .slice(2)
    .map((line) => line.trim().split(/\s+/))
    .filter((columns) => columns.length >= 14 && columns[2] === "image")
    .map((c) => ({
      page: Number(c[0]),
      width: Number(c[3]),
      height: Number(c[4]),
      colour: c[5]!,
      ppi: Math.min(Number(c[12]), Number(c[13])),
    }));
}

export interface FontUse {
  name: string;
  type: string;
  embedded: boolean;
}

/** `pdffonts`: every font and whether it is embedded. */
export async function listFonts(pdf: string): Promise<FontUse[]> {
  const text = await run("pdffonts", [pdf]);
  return text
    .split("\n")
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const c = line.trim().split(/\s+/);
      // name type [type…] encoding emb sub uni object ID: read from the right.
      return { name: c[0]!, type: c.slice(1, -6).join(" "), embedded: c.at(-5) === "yes" };
    });
}

export interface UnsafeWord {
  page: number;
  word: string;
  /** How close it comes to the trim edge or fold, in mm (negative: past it). */
  distance: number;
}

/** The words of each page with their boxes (points from the top left), from one `pdftotext -bbox` run. */
async function wordBoxes(pdf: string): Promise<{ height: number; words: { box: Rect; text: string }[] }[]> {
  const html = await run("pdftotext", ["-bbox", pdf, "-"]);
  const number = String.raw`"(-?[\d.]+)"`;
  const word = new RegExp(
    String.raw`<word xMin=${number} yMin=${number} xMax=${number} yMax=${number}>([^<]*)</word>`,
    "g",
  );
  return html
    .split("<page ")
    .slice(1)
    .map((page) => {
      const height = Number(/height="([\d.]+)"/.exec(page)?.[1] ?? 0);
      return {
        height,
        words: [...page.matchAll(word)].map((w) => ({
          box: {
            x: Number(w[1]),
            y: Number(w[2]),
            width: Number(w[3]) - Number(w[1]),
            height: Number(w[4]) - Number(w[2]),
          },
          text: w[5]!,
        })),
      };
    });
}

/** From PDF points, top-left origin (pdftotext), to millimetres, bottom-left origin (src/book/press.ts). */
function toSheet(box: Rect, pageHeight: number): Rect {
  const mm = (v: number) => v / pt(1);
  return { x: mm(box.x), y: mm(pageHeight - box.y - box.height), width: mm(box.width), height: mm(box.height) };
}

/** Words on the printed area (the trim) that are not inside a safe area: too near a trim edge or a fold. */
export async function unsafeText(pdf: string, sheet: Sheet): Promise<UnsafeWord[]> {
  const found: UnsafeWord[] = [];
  (await wordBoxes(pdf)).forEach((page, index) => {
    for (const { box, text } of page.words) {
      const rect = toSheet(box, page.height);
      // The slug line and anything else wholly outside the trim is not printed on the product.
      if (!intersects(rect, sheet.trimBox)) continue;
      if (sheet.safe.some((safe) => contains(safe, rect))) continue;
      const t = sheet.trimBox;
      const distance = Math.min(
        rect.x - t.x,
        rect.y - t.y,
        t.x + t.width - rect.x - rect.width,
        t.y + t.height - rect.y - rect.height,
      );
      found.push({ page: index + 1, word: text, distance: Math.round(distance * 10) / 10 });
    }
  });
  return found;
}

export interface Structure {
  pages: number;
  /** Pages whose MediaBox, BleedBox or TrimBox is not the sheet's. */
  wrongBoxes: number[];
  pdfxVersion?: string;
  pdfxConformance?: string;
  outputIntent?: { identifier: string; hasProfile: boolean };
  hasXmp: boolean;
  trapped?: string;
}

const near = (a: number, b: number) => Math.abs(a - b) < 0.05;

function boxMatches(page: PDFDict, key: string, rect: Rect): boolean {
  const box = page.lookupMaybe(PDFName.of(key), PDFArray);
  const values = box?.asArray().map((v) => (v instanceof PDFNumber ? v.asNumber() : NaN)) ?? [];
  const [x1, y1, x2, y2] = values;
  return (
    values.length === 4 &&
    near(x1!, pt(rect.x)) &&
    near(y1!, pt(rect.y)) &&
    near(x2!, pt(rect.x + rect.width)) &&
    near(y2!, pt(rect.y + rect.height))
  );
}

/** Boxes on every page, and the PDF/X keys, output intent and XMP of the document. */
export async function readStructure(pdf: string, sheet: Sheet): Promise<Structure> {
  const doc = await PDFDocument.load(await fs.readFile(pdf), { updateMetadata: false });
  const media = { x: 0, y: 0, ...sheet.media };
  const wrongBoxes = doc.getPages().flatMap((page, index) => {
    const ok =
      boxMatches(page.node, "MediaBox", media) &&
      boxMatches(page.node, "BleedBox", sheet.bleedBox) &&
      boxMatches(page.node, "TrimBox", sheet.trimBox);
    return ok ? [] : [index + 1];
  });
  const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
  const text = (key: string) => {
    const value = info.get(PDFName.of(key));
    return value && "decodeText" in value ? (value as { decodeText(): string }).decodeText() : undefined;
  };
  const intents = doc.catalog.lookupMaybe(PDFName.of("OutputIntents"), PDFArray);
  const intent = intents?.size() ? doc.context.lookupMaybe(intents.get(0), PDFDict) : undefined;
  const identifier = intent?.get(PDFName.of("OutputConditionIdentifier"));
  const metadata = doc.catalog.get(PDFName.of("Metadata"));
  return {
    pages: doc.getPageCount(),
    wrongBoxes,
    pdfxVersion: text("GTS_PDFXVersion"),
    pdfxConformance: text("GTS_PDFXConformance"),
    outputIntent: intent
      ? {
          identifier:
            identifier && "decodeText" in identifier ? (identifier as { decodeText(): string }).decodeText() : "",
          hasProfile: intent.get(PDFName.of("DestOutputProfile")) !== undefined,
        }
      : undefined,
    hasXmp: metadata !== undefined,
    trapped: info.get(PDFName.of("Trapped"))?.toString(),
  };
}

/** What `qpdf --check` says is wrong with the file's structure (damaged streams, bad cross-references): none. */
export async function damage(pdf: string): Promise<string[]> {
  const { code, output } = await runStatus("qpdf", ["--check", pdf]);
  if (code === 0) return [];
  const lines = output.split("\n").filter((line) => /WARNING|ERROR|error/i.test(line));
  return lines.length ? lines : [`qpdf --check exit ${code}`];
}
