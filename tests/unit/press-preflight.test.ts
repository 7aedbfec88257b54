/**
 * The preflight's readers (src/print/press/preflight.ts) on small PDFs made here with pdf-lib: text too near the
 * trim is found (and the slug, outside the trim, is not), and wrong boxes are named. Needs poppler's pdftotext.
 */
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { pt, sheet } from "../../src/book/press.ts";
import { damage, readStructure, unsafeText } from "../../src/print/press/preflight.ts";

const s = sheet({ width: 148, height: 210 }, 3);
let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "ketabche-preflight-"));
});
afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

/** A sheet with words at (x, y) mm from the sheet's bottom left, and the given trim box. */
async function sheetWith(words: { text: string; x: number; y: number }[], trimShift = 0): Promise<string> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([pt(s.media.width), pt(s.media.height)]);
  page.setBleedBox(pt(s.bleedBox.x), pt(s.bleedBox.y), pt(s.bleedBox.width), pt(s.bleedBox.height));
  page.setTrimBox(pt(s.trimBox.x + trimShift), pt(s.trimBox.y), pt(s.trimBox.width), pt(s.trimBox.height));
  for (const word of words) page.drawText(word.text, { x: pt(word.x), y: pt(word.y), size: 9, font });
  const file = path.join(dir, `sheet-${words.map((w) => w.text).join("-")}-${trimShift}.pdf`);
  await fs.writeFile(file, await doc.save());
  return file;
}

describe("text near the trim", () => {
  it("finds a word 2 mm inside the trim and says how near it is; the slug outside the trim is fine", async () => {
    // Trim from x = 11 to 159 mm, y = 11 to 221 mm. EDGE starts 2 mm inside the left trim edge.
    const file = await sheetWith([
      { text: "SAFE", x: 60, y: 100 },
      { text: "EDGE", x: 13, y: 100 },
      { text: "SLUG", x: 20, y: 2 },
    ]);
    const found = await unsafeText(file, s);
    expect(found.map((w) => [w.page, w.word])).toEqual([[1, "EDGE"]]);
    expect(found[0]!.distance).toBeCloseTo(2, 0);
  });

  it("finds a word that runs past the trim into the bleed", async () => {
    const found = await unsafeText(await sheetWith([{ text: "OVER", x: 156, y: 120 }]), s);
    expect(found.map((w) => w.word)).toEqual(["OVER"]);
    expect(found[0]!.distance).toBeLessThan(0);
  });

  it("accepts a word 5 mm and more from every edge", async () => {
    expect(await unsafeText(await sheetWith([{ text: "OK", x: 16.5, y: 17 }]), s)).toEqual([]);
  });
});

describe("boxes", () => {
  it("reads MediaBox, BleedBox and TrimBox against the sheet, page by page", async () => {
    expect((await readStructure(await sheetWith([]), s)).wrongBoxes).toEqual([]);
    expect((await readStructure(await sheetWith([], 1), s)).wrongBoxes).toEqual([1]);
  });

  it("finds no PDF/X keys and no XMP in a plain PDF", async () => {
    const structure = await readStructure(await sheetWith([]), s);
    expect(structure.pdfxVersion).toBeUndefined();
    expect(structure.outputIntent).toBeUndefined();
    expect(structure.hasXmp).toBe(false);
  });
});

describe("damage", () => {
  it("finds none in a sound file, and names it when every cross-reference is off (qpdf --check)", async () => {
    const sound = await sheetWith([{ text: "SOUND", x: 60, y: 100 }]);
    expect(await damage(sound)).toEqual([]);
    const bytes = await fs.readFile(sound);
    // Eight bytes slipped in after the header: every object is now 8 bytes from where the table says.
    const broken = Buffer.concat([bytes.subarray(0, 9), Buffer.from("%broken\n"), bytes.subarray(9)]);
    const file = path.join(dir, "broken.pdf");
    await fs.writeFile(file, broken);
    expect((await damage(file)).length).toBeGreaterThan(0);
  });
});
