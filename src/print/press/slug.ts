/**
 * The slug line printed below each sheet's bleed, trimmed off with the marks: which booklet, which file, which
 * page, and when, so that a sheet found on the press-room floor can be put back in its place.
 */
import { formatPlain } from "../../typography/numbers.ts";

export interface SlugInfo {
  title: string;
  /** The publication date, as printed (Jalali, Persian digits). */
  date: string;
  /** e.g. "قطع A5 ۱۴۸×۲۱۰، لبه اضافی ۳ میلی‌متر، FOGRA39" (Persian first: its isolate reads right to left) */
  format: string;
}

const fa = (n: number) => formatPlain(n);

/**
 * The parts of a slug line joined by dashes, each a bidi isolate (FSI … PDI): the Latin parts (a file name, A5,
 * FOGRA39) keep their own order and never pull the Persian parts around them out of place.
 */
const line = (...parts: string[]) => parts.map((part) => `\u2068${part}\u2069`).join(" — ");

/**
 * One line per sheet of interior.pdf: its booklet page (the folio printed on it) and its place in the file;
 * `null` is a blank page added to fill the last leaf.
 */
export function interiorSlugs(info: SlugInfo, bookletPages: readonly (number | null)[]): string[] {
  const total = bookletPages.length;
  return bookletPages.map((folio, index) => {
    const page = folio === null ? "صفحه سفید" : `صفحه ${fa(folio)}`;
    return line(info.title, "interior.pdf", `${page} (${fa(index + 1)} از ${fa(total)})`, info.format, info.date);
  });
}

export function coverSlug(info: SlugInfo, spine: number): string {
  return line(info.title, "cover.pdf", `روی جلد، عطف ${fa(spine)} میلی‌متر، پشت جلد`, info.format, info.date);
}
