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

export interface TextLine {
  top: number;
  bottom: number;
  text: string;
}

/** Every page's text lines with their boxes (points from the top), from `pdftotext -bbox-layout` (whose words come in visual order). */
export function pageLines(pdf: string): TextLine[][] {
  const xml = execFileSync("pdftotext", ["-bbox-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  return xml
    .split("<page ")
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)].map(
        (m) => ({
          top: Number(m[1]),
          bottom: Number(m[2]),
          text: normalise([...m[3]!.matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1]).join(" ")),
        }),
      ),
    );
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
