/**
 * One press file from its Chromium render, and what a print shop's preflight would say of it:
 *   impose (pdf-lib: sheet, boxes, marks, slug; neutrals to the black plate) → Ghostscript (CMYK, PDF/X-1a)
 *   → the render's letters back into the fonts' ToUnicode maps → finish (pdf-lib: info, XMP, fixed dates and ID)
 *   → inspect (poppler, Ghostscript's CMYK render).
 */
import fs from "node:fs/promises";
import type { Sheet } from "../../book/press.ts";
import { convertInParts } from "./convert.ts";
import type { OutputProfile } from "./icc.ts";
import { impose } from "./impose.ts";
import { inkCoverage, type PageInk } from "./ink.ts";
import { finishPdfx, type Identity } from "./pdfx.ts";
import { damage, listFonts, listImages, readStructure, unsafeText, type FontUse, type ImageUse } from "./preflight.ts";
import type { PressFile, PressProblem } from "./report.ts";
import { colourSpacesLeft } from "./spaces.ts";
import { restoreFontTexts } from "./text-restore.ts";

export interface ProduceInput {
  name: PressFile;
  render: Uint8Array;
  pages: (number | null)[];
  slugs: Uint8Array;
  firstSlug: number;
  sheet: Sheet;
  profile: OutputProfile;
  identity: Identity;
  /** Scratch files go here. */
  workDir: string;
  /** The finished file. */
  output: string;
}

export interface Produced {
  bytes: number;
  problems: PressProblem[];
  /** Neutral colour operators moved to the black plate. */
  grayed: number;
  renderPages: number;
}

export async function produce(input: ProduceInput): Promise<Produced> {
  const { name, workDir } = input;
  const imposed = await impose(input);
  const { doc, conversion } = await convertInParts(imposed.doc, input.profile, workDir, name);
  restoreFontTexts(doc, imposed.fontTexts);
  const finished = await finishPdfx(doc, input.identity);
  await fs.writeFile(input.output, finished);
  const problems: PressProblem[] = imposed.transparent.map((page) => ({
    severity: "error",
    code: "transparency",
    file: name,
    page,
  }));
  if (conversion.notPdfx)
    problems.push({ severity: "error", code: "notPdfx", file: name, subject: conversion.warnings.join(" ") });
  return { bytes: finished.byteLength, problems, grayed: imposed.grayed, renderPages: imposed.renderPages };
}

export interface Inspection {
  problems: PressProblem[];
  images: ImageUse[];
  fonts: FontUse[];
  ink: PageInk[];
}

/** The preflight of a finished press file. `inkLimit` in %. */
export async function inspect(file: string, name: PressFile, sheet: Sheet, workDir: string, inkLimit: number) {
  const [structure, images, fonts, words, ink, spaces, damaged] = await Promise.all([
    readStructure(file, sheet),
    listImages(file),
    listFonts(file),
    unsafeText(file, sheet),
    inkCoverage(file, workDir),
    colourSpacesLeft(file),
    damage(file),
  ]);
  const problems: PressProblem[] = [];
  const error = (problem: Omit<PressProblem, "severity" | "file">) =>
    problems.push({ severity: "error", file: name, ...problem });
  for (const line of damaged) error({ code: "damaged", subject: line });
  for (const page of structure.wrongBoxes) error({ code: "wrongBoxes", page });
  const pdfx = structure.pdfxVersion && structure.outputIntent?.hasProfile && structure.trapped === "/False";
  if (!pdfx || !structure.hasXmp) error({ code: "pdfxKeys" });
  for (const word of words) error({ code: "unsafeText", page: word.page, subject: word.word, value: word.distance });
  for (const image of images.filter((i) => i.colour !== "cmyk" && i.colour !== "gray"))
    error({ code: "rgb", page: image.page, subject: `image ${image.colour}` });
  for (const space of spaces) error({ code: "rgb", subject: space });
  for (const font of fonts.filter((f) => !f.embedded)) error({ code: "fontNotEmbedded", subject: font.name });
  for (const page of ink.filter((p) => p.max > inkLimit + 0.5))
    error({ code: "inkLimit", page: page.page, value: page.max });
  for (const image of images.filter((i) => i.ppi < 299))
    problems.push({ severity: "warning", code: "lowResolution", file: name, page: image.page, value: image.ppi });
  return { problems, images, fonts, ink } satisfies Inspection;
}
