/**
 * Printer's marks outside the bleed, as PDF drawing operators: crop marks, fold marks and registration targets,
 * 0.25 pt lines in the registration colour (the separation "All": every plate at 100 %), so that each plate
 * carries them and the press operator can check register and trim on any one of them.
 */
import { PDFDict, PDFName, type PDFDocument, type PDFRef } from "pdf-lib";
import { pt, REGISTRATION_RADIUS, type Point, type Segment, type Sheet } from "../../book/press.ts";

export const MARK_WIDTH_PT = 0.25;
/** The name the marks' colour space has in each page's resources. */
export const REGISTRATION_COLOUR_SPACE = "KetabcheRegistration";

/** `[/Separation /All /DeviceCMYK {tint → tint tint tint tint}]`: the registration colour of PDF. */
export function registrationColourSpace(doc: PDFDocument): PDFRef {
  const tint = doc.context.obj({ FunctionType: 2, Domain: [0, 1], C0: [0, 0, 0, 0], C1: [1, 1, 1, 1], N: 1 });
  return doc.context.register(
    doc.context.obj([PDFName.of("Separation"), PDFName.of("All"), PDFName.of("DeviceCMYK"), tint]),
  );
}

/** Adds the registration colour space to a page's resources under REGISTRATION_COLOUR_SPACE. */
export function useRegistrationColour(resources: PDFDict, doc: PDFDocument, space: PDFRef): void {
  const key = PDFName.of("ColorSpace");
  let spaces = resources.lookupMaybe(key, PDFDict);
  if (!spaces) {
    spaces = doc.context.obj({});
    resources.set(key, spaces);
  }
  spaces.set(PDFName.of(REGISTRATION_COLOUR_SPACE), space);
}

const n = (value: number) => (Math.round(value * 1000) / 1000).toString();

function line(segment: Segment): string {
  return `${n(pt(segment.from.x))} ${n(pt(segment.from.y))} m ${n(pt(segment.to.x))} ${n(pt(segment.to.y))} l S`;
}

/** A circle of four Bézier quarters. */
function circle(centre: Point, radius: number): string {
  const [x, y, r] = [pt(centre.x), pt(centre.y), pt(radius)];
  const k = 0.5523 * r;
  return [
    `${n(x + r)} ${n(y)} m`,
    `${n(x + r)} ${n(y + k)} ${n(x + k)} ${n(y + r)} ${n(x)} ${n(y + r)} c`,
    `${n(x - k)} ${n(y + r)} ${n(x - r)} ${n(y + k)} ${n(x - r)} ${n(y)} c`,
    `${n(x - r)} ${n(y - k)} ${n(x - k)} ${n(y - r)} ${n(x)} ${n(y - r)} c`,
    `${n(x + k)} ${n(y - r)} ${n(x + r)} ${n(y - k)} ${n(x + r)} ${n(y)} c`,
    "S",
  ].join(" ");
}

/** A registration target: a circle with a cross through it that runs past its edge. */
function target(centre: Point): string {
  const r = REGISTRATION_RADIUS;
  const arm = r + 0.8;
  return [
    circle(centre, r),
    circle(centre, r / 2),
    line({ from: { x: centre.x - arm, y: centre.y }, to: { x: centre.x + arm, y: centre.y } }),
    line({ from: { x: centre.x, y: centre.y - arm }, to: { x: centre.x, y: centre.y + arm } }),
  ].join("\n");
}

/** The operators that draw every mark of a sheet; the page must have the registration colour space. */
export function marksContent(sheet: Sheet): string {
  return [
    "q",
    `/${REGISTRATION_COLOUR_SPACE} CS 1 SCN ${MARK_WIDTH_PT} w 0 J 0 j [] 0 d`,
    ...sheet.cropMarks.map(line),
    ...sheet.registration.map(target),
    // Fold marks dashed, so that nobody cuts along them.
    ...(sheet.foldMarks.length ? ["[2 1.5] 0 d", ...sheet.foldMarks.map(line)] : []),
    "Q",
  ].join("\n");
}
