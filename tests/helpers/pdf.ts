/** Reading a PDF back the way a printer's preflight would: poppler for text and fonts, pdf-lib for structure. */
import { execFileSync } from "node:child_process";
import fs from "node:fs/promises";
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from "pdf-lib";
import { namedDestinationPages } from "../../src/print/pdf-read.ts";

/** pdftotext wraps right-to-left runs in bidi embedding marks; the text itself is in logical order. */
export const stripBidi = (text: string) => text.replace(/[\u202A-\u202E\u2066-\u2069\u200E\u200F]/g, "");
/**
 * For comparing printed text with the source: folds white space, and writes the lam-alef ligature "لا" as "ال",
 * the order in which pdftotext returns it (it reverses the ligature's two letters when it reorders a
 * right-to-left run). Apply to both sides of a comparison.
 */
export const normalise = (text: string) => stripBidi(text).replace(/\s+/g, " ").replace(/لا/g, "ال").trim();

export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The text of one page, or of a rectangle of it (in points, from the top left). */
export function pageText(pdf: string, page: number, region?: Region): string {
  const crop = region
    ? [
        "-x",
        String(Math.floor(region.x)),
        "-y",
        String(Math.floor(region.y)),
        "-W",
        String(Math.ceil(region.width)),
        "-H",
        String(Math.ceil(region.height)),
      ]
    : [];
  return stripBidi(
    execFileSync("pdftotext", ["-r", "72", "-f", String(page), "-l", String(page), ...crop, pdf, "-"], {
      encoding: "utf8",
    }),
  );
}

export function allPagesText(pdf: string): string[] {
  const text = stripBidi(execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 }));
  return text.split("\f");
}

/** A word as drawn on the page: its box in points from the top left, and its text in logical (reading) order. */
export interface Word {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

export interface TextLine {
  top: number;
  bottom: number;
  /** Normalised (see normalise), words in reading order. */
  text: string;
  words: Word[];
}

/** Digits and Latin letters run left to right even inside a right-to-left word. */
const LEFT_TO_RIGHT_RUN = /[0-9A-Za-z\u06F0-\u06F9\u0660-\u0669]+|[^0-9A-Za-z\u06F0-\u06F9\u0660-\u0669]+/g;
const RIGHT_TO_LEFT_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/**
 * `pdftotext -bbox-layout` gives a right-to-left word in visual order, its letters reversed (digits and Latin
 * runs inside it stay as they are): "زربلا" for "البرز", "،۱۴۰۲" for "۱۴۰۲،". This puts it back in reading order.
 */
export function logicalWord(visual: string): string {
  if (!RIGHT_TO_LEFT_LETTER.test(visual)) return visual;
  const runs = visual.match(LEFT_TO_RIGHT_RUN) ?? [];
  return runs
    .reverse()
    .map((run) => (/^[0-9A-Za-z\u06F0-\u06F9\u0660-\u0669]/.test(run) ? run : [...run].reverse().join("")))
    .join("");
}

const unescapeXml = (text: string) =>
  text.replace(
    /&(lt|gt|amp|quot|apos);/g,
    (_, name: string) => ({ lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" })[name]!,
  );

/**
 * Every page's text lines, with every word's box, from ONE `pdftotext -bbox-layout` run over the whole PDF (points
 * from the top of the page). Words of a line are put in reading order: right to left.
 */
export function pageLines(pdf: string): TextLine[][] {
  const xml = execFileSync("pdftotext", ["-bbox-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });
  const number = String.raw`"([\d.]+)"`;
  const lineTag = new RegExp(
    String.raw`<line xMin=${number} yMin=${number} xMax=${number} yMax=${number}>([\s\S]*?)</line>`,
    "g",
  );
  const wordTag = new RegExp(
    String.raw`<word xMin=${number} yMin=${number} xMax=${number} yMax=${number}>([^<]*)</word>`,
    "g",
  );
  return xml
    .split("<page ")
    .slice(1)
    .map((page) =>
      [...page.matchAll(lineTag)].map((line) => {
        const words = [...line[5]!.matchAll(wordTag)]
          .map((w) => ({
            xMin: Number(w[1]),
            yMin: Number(w[2]),
            xMax: Number(w[3]),
            yMax: Number(w[4]),
            text: stripBidi(logicalWord(unescapeXml(w[5]!))),
          }))
          .sort((a, b) => b.xMax - a.xMax);
        return {
          top: Number(line[2]),
          bottom: Number(line[4]),
          text: normalise(words.map((w) => w.text).join(" ")),
          words,
        };
      }),
    );
}

/**
 * The text of a page's region: the words whose centre lies inside it, line by line from the top, each line right to
 * left; normalised.
 */
export function regionText(lines: readonly TextLine[], region: Region): string {
  const inside = (w: Word) => {
    const x = (w.xMin + w.xMax) / 2;
    const y = (w.yMin + w.yMax) / 2;
    return x >= region.x && x <= region.x + region.width && y >= region.y && y <= region.y + region.height;
  };
  return normalise(
    [...lines]
      .sort((a, b) => a.top - b.top)
      .map((line) =>
        line.words
          .filter(inside)
          .map((w) => w.text)
          .join(" "),
      )
      .filter(Boolean)
      .join("\n"),
  );
}

export interface PlacedImage {
  page: number;
  /** "image", or "smask"/"mask" for transparency. */
  type: string;
  width: number;
  height: number;
  /** The resolution at which the image is drawn on the page, as `pdfimages -list` measures it. */
  xPpi: number;
  yPpi: number;
}

/** Every image drawn in the PDF, with the resolution it prints at. */
export function placedImages(pdf: string): PlacedImage[] {
  const lines = execFileSync("pdfimages", ["-list", pdf], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })
    .split("\n")
    .slice(2)
    .filter((line) => line.trim());
  return lines.map((line) => {
    // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
    const c = line.trim().split(/\s+/);
    return {
      page: Number(c[0]),
      type: c[2]!,
      width: Number(c[3]),
      height: Number(c[4]),
      xPpi: Number(c[12]),
      yPpi: Number(c[13]),
    };
  });
}

export function fonts(pdf: string): { name: string; type: string; embedded: boolean }[] {
  const lines = execFileSync("pdffonts", [pdf], { encoding: "utf8" }).split("\n").slice(2).filter(Boolean);
  return lines.map((line) => {
    const columns = line.trim().split(/\s+/);
    // name type [type…] encoding emb sub uni object ID — read emb from the right.
    return { name: columns[0]!, type: columns.slice(1, -6).join(" "), embedded: columns.at(-5) === "yes" };
  });
}

export interface Outline {
  title: string;
  page: number;
  children: Outline[];
}

function decodeText(value: unknown): string {
  if (value instanceof PDFHexString || value instanceof PDFString) return value.decodeText();
  return "";
}

export async function readPdf(file: string) {
  const bytes = await fs.readFile(file);
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const pageIndex = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i + 1]));

  const readItems = (first: unknown): Outline[] => {
    const items: Outline[] = [];
    let ref = first;
    while (ref instanceof PDFRef) {
      const dict = doc.context.lookup(ref, PDFDict);
      const dest = doc.context.lookupMaybe(dict.get(PDFName.of("Dest")), PDFArray);
      const target = dest?.get(0);
      items.push({
        title: decodeText(dict.get(PDFName.of("Title"))),
        page: target instanceof PDFRef ? (pageIndex.get(target.toString()) ?? 0) : 0,
        children: readItems(dict.get(PDFName.of("First"))),
      });
      ref = dict.get(PDFName.of("Next"));
    }
    return items;
  };
  const outlines = doc.catalog.lookupMaybe(PDFName.of("Outlines"), PDFDict);
  return {
    bytes,
    doc,
    pageCount: doc.getPageCount(),
    destinations: await namedDestinationPages(doc),
    outline: outlines ? readItems(outlines.get(PDFName.of("First"))) : [],
  };
}
