/** The preflight report (report.ts) put together from the geometry and what the inspections measured. */
import type { Sheet, Spread, TextBlock } from "../../book/press.ts";
import { PDFX_CONFORMANCE } from "./ghostscript.ts";
import type { OutputProfile } from "./icc.ts";
import type { Inspection } from "./produce.ts";
import type { PressProblem, PressReport } from "./report.ts";

export interface SummaryInput {
  block: TextBlock;
  interiorSheet: Sheet;
  spread: Spread;
  bleed: number;
  paperThickness: number;
  profile: OutputProfile;
  inkLimit: number;
  bytes: { interior: number; cover: number };
  inspections: { interior: Inspection; cover: Inspection };
  problems: PressProblem[];
  /** Where each section of the booklet starts (the page plan): names the section of an image. */
  sections: Record<string, number>;
  seconds: number;
}

/** The section (e.g. "nh-hesarak") that a page of the booklet belongs to. */
export function sectionOf(sections: Record<string, number>, page: number): string | undefined {
  let best: [string, number] | undefined;
  for (const [id, start] of Object.entries(sections))
    if (start <= page && (!best || start > best[1])) best = [id, start];
  return best?.[0];
}

export function summarise(input: SummaryInput): PressReport {
  const { block, interiorSheet, spread, inspections } = input;
  const images = inspections.interior.images;
  const lowest = images.reduce<(typeof images)[number] | undefined>(
    (low, i) => (!low || i.ppi < low.ppi ? i : low),
    undefined,
  );
  const inks = [
    ...inspections.interior.ink.map((p) => ({ ...p, file: "interior.pdf" as const })),
    ...inspections.cover.ink.map((p) => ({ ...p, file: "cover.pdf" as const })),
  ];
  const ink = inks.reduce((top, p) => (p.max > top.max ? p : top), { page: 1, max: 0, file: "interior.pdf" as const });
  const fonts = new Map([...inspections.interior.fonts, ...inspections.cover.fonts].map((f) => [f.name, f]));
  return {
    interior: {
      file: "interior.pdf",
      pages: block.pages,
      leaves: block.pages / 2,
      bookletPages: { first: block.first, last: block.last, blanksAdded: block.padding },
      trim: { width: interiorSheet.trimBox.width, height: interiorSheet.trimBox.height },
      media: interiorSheet.media,
      bytes: input.bytes.interior,
    },
    cover: {
      file: "cover.pdf",
      trim: spread.trim,
      media: spread.sheet.media,
      spine: spread.spine,
      spineText: spread.spineText,
      bytes: input.bytes.cover,
    },
    bleed: input.bleed,
    paperThickness: input.paperThickness,
    pdfx: PDFX_CONFORMANCE,
    profile: { description: input.profile.description, identifier: input.profile.identifier, file: input.profile.file },
    images: {
      count: images.length,
      lowest: lowest && {
        ppi: lowest.ppi,
        page: lowest.page,
        width: lowest.width,
        height: lowest.height,
        section: sectionOf(input.sections, block.first + lowest.page - 1),
      },
    },
    ink: { max: ink.max, file: ink.file, page: ink.page, limit: input.inkLimit },
    fonts: [...fonts.values()].sort((a, b) => a.name.localeCompare(b.name)),
    problems: input.problems,
    seconds: input.seconds,
  };
}
