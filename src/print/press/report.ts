/**
 * The preflight report of the press files, as data (report.json) and as text for people (report.txt, and the end
 * of `ketabche pdf --press`), in Persian and in English. Every sentence about a press problem is here, next to
 * the checks that find them (src/print/press/preflight.ts).
 */
import { COVER_ALLOWANCE, type Size } from "../../book/press.ts";
import { formatNumber, formatPlain } from "../../typography/numbers.ts";
import type { FontUse } from "./preflight.ts";

/** The booklet's press files, and the exhibition kit's (src/pipeline/exhibit-press.ts). */
export type PressFile = "interior.pdf" | "cover.pdf" | "posters.pdf" | "handouts.pdf";

export type ProblemCode =
  | "unsafeText"
  | "transparency"
  | "notPdfx"
  | "pdfxKeys"
  | "rgb"
  | "fontNotEmbedded"
  | "inkLimit"
  | "wrongBoxes"
  | "damaged"
  | "lowResolution"
  | "noSpineText"
  | "spineOverflow";

export interface PressProblem {
  /** An error fails the build; a warning is reported and the files are made. */
  severity: "error" | "warning";
  code: ProblemCode;
  file: PressFile;
  page?: number;
  /** The word, the colour space, the font: what the problem is about. */
  subject?: string;
  value?: number;
}

export interface PressReport {
  interior: {
    file: string;
    pages: number;
    /** Leaves of paper in the text block (two pages each). */
    leaves: number;
    /** The booklet's pages that make the interior (its covers are in cover.pdf). */
    bookletPages: { first: number; last: number; blanksAdded: number };
    trim: Size;
    media: Size;
    bytes: number;
  };
  cover: { file: string; trim: Size; media: Size; spine: number; spineText: boolean; bytes: number };
  bleed: number;
  paperThickness: number;
  pdfx: string;
  profile: { description: string; identifier: string; file: string };
  images: { count: number; lowest?: { ppi: number; page: number; width: number; height: number; section?: string } };
  ink: { max: number; file: PressFile; page: number; limit: number };
  fonts: FontUse[];
  problems: PressProblem[];
  seconds: number;
}

type Lang = "fa" | "en";

const num = (lang: Lang, n: number) => (lang === "fa" ? formatNumber(n) : String(n));
const plain = (lang: Lang, n: number) => (lang === "fa" ? formatPlain(n) : String(n));
const size = (lang: Lang, s: Size) =>
  lang === "fa" ? `${plain(lang, s.width)} × ${plain(lang, s.height)} میلی‌متر` : `${s.width} × ${s.height} mm`;

export function problemText(p: PressProblem, lang: Lang): string {
  const page = p.page === undefined ? "" : lang === "fa" ? ` صفحه ${plain(lang, p.page)}` : ` page ${p.page}`;
  const where = `${p.file}${page}`;
  const v = p.value ?? 0;
  const s = p.subject ?? "";
  const fa: Record<ProblemCode, string> = {
    unsafeText: `${where}: نوشته «${s}» ${plain(lang, v)} میلی‌متر با لبه برش یا تا فاصله دارد؛ باید دست‌کم ۵ میلی‌متر باشد.`,
    transparency: `${where}: شفافیت دارد (PDF/X-1a شفافیت نمی‌پذیرد و Ghostscript کل صفحه را تصویر می‌کرد).`,
    notPdfx: `${where}: Ghostscript فایل را PDF/X نساخت: ${s}`,
    pdfxKeys: `${where}: نشانه‌های PDF/X (GTS_PDFXVersion یا OutputIntent) درست نیست.`,
    rgb: `${where}: فضای رنگ ${s} مانده است؛ همه رنگ‌ها باید CMYK یا خاکستری باشند.`,
    fontNotEmbedded: `${where}: قلم ${s} جاسازی نشده است.`,
    inkLimit: `${where}: جمع جوهر ${plain(lang, v)}٪ است، بیش از حد ۳۰۰٪.`,
    wrongBoxes: `${where}: کادرهای MediaBox، BleedBox یا TrimBox درست نیست.`,
    damaged: `${where}: ساختار فایل آسیب دارد (qpdf --check): ${s}`,
    lowResolution: `${where}: تصویری با ${plain(lang, v)} نقطه در اینچ چاپ می‌شود (کمتر از ۳۰۰).`,
    noSpineText: `${where}: عطف ${plain(lang, v)} میلی‌متر است، باریک‌تر از ۶ میلی‌متر؛ نوشته عطف گذاشته نشد.`,
    spineOverflow: `${where}: نوشته عطف از درازای عطف بلندتر است و بریده شد؛ عنوان کوتاه‌تری بدهید.`,
  };
  const en: Record<ProblemCode, string> = {
    unsafeText: `${where}: text "${s}" is ${v} mm from a trim edge or fold; it must be at least 5 mm.`,
    transparency: `${where}: uses transparency (PDF/X-1a allows none; Ghostscript would flatten the page to an image).`,
    notPdfx: `${where}: Ghostscript did not make it PDF/X: ${s}`,
    pdfxKeys: `${where}: the PDF/X keys (GTS_PDFXVersion or the OutputIntent) are wrong.`,
    rgb: `${where}: colour space ${s} is left; every colour must be CMYK or grey.`,
    fontNotEmbedded: `${where}: font ${s} is not embedded.`,
    inkLimit: `${where}: total ink is ${v}%, above the 300% limit.`,
    wrongBoxes: `${where}: the MediaBox, BleedBox or TrimBox is wrong.`,
    damaged: `${where}: the file's structure is damaged (qpdf --check): ${s}`,
    lowResolution: `${where}: an image prints at ${v} ppi (below 300).`,
    noSpineText: `${where}: the spine is ${v} mm, narrower than 6 mm; its text was left out.`,
    spineOverflow: `${where}: the spine text is longer than the spine and was cut; give a shorter title.`,
  };
  return (lang === "fa" ? fa : en)[p.code];
}

/** The report for people: what the files are, what was measured, and every problem. */
export function reportText(r: PressReport, lang: Lang): string {
  const i = r.interior;
  const c = r.cover;
  const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
  // One name per face: each file (and each Chromium print) embeds its own subset, under a prefix of its own.
  const faces = new Map<string, boolean>();
  for (const f of r.fonts) {
    const face = f.name.replace(/^[A-Z]{6}\+/, "");
    faces.set(face, (faces.get(face) ?? true) && f.embedded);
  }
  const notEmbedded = lang === "fa" ? " (جاسازی‌نشده)" : " (not embedded)";
  const fonts = [...faces]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([face, embedded]) => `${face}${embedded ? "" : notEmbedded}`);
  const lowest = r.images.lowest;
  const errors = r.problems.filter((p) => p.severity === "error").length;
  if (lang === "fa") {
    return [
      "گزارش پیش‌چاپ (preflight) فایل‌های چاپخانه",
      `متن: ${i.file} — ${plain(lang, i.pages)} صفحه (${plain(lang, i.leaves)} برگ)، صفحه‌های ${plain(lang, i.bookletPages.first)} تا ${plain(lang, i.bookletPages.last)} کتابچه` +
        (i.bookletPages.blanksAdded ? ` و ${plain(lang, i.bookletPages.blanksAdded)} صفحه سفید` : "") +
        `؛ برش ${size(lang, i.trim)}، صفحه با علامت‌ها ${size(lang, i.media)}، ${plain(lang, mb(i.bytes))} مگابایت`,
      `جلد: ${c.file} — یک صفحه: روی جلد (چپ)، عطف، پشت جلد (راست)؛ برش ${size(lang, c.trim)}، ${plain(lang, mb(c.bytes))} مگابایت`,
      `عطف: ${plain(lang, c.spine)} میلی‌متر (${plain(lang, i.leaves)} برگ × ${plain(lang, r.paperThickness)} میلی‌متر + ${plain(lang, COVER_ALLOWANCE)} میلی‌متر برای مقوای جلد و چسب)` +
        (c.spineText ? "" : "؛ بی‌نوشته"),
      `لبه اضافی (bleed): ${plain(lang, r.bleed)} میلی‌متر از هر سو؛ علامت‌های برش و تا و رجیستر بیرون آن`,
      `استاندارد: ${r.pdfx}، رنگ CMYK؛ متن و خط‌های نازک فقط با مشکی (K)`,
      `پروفایل رنگ: ${r.profile.description} (${r.profile.identifier})`,
      `بیشترین جمع جوهر: ${plain(lang, r.ink.max)}٪ (${r.ink.file} صفحه ${plain(lang, r.ink.page)}؛ حد ${plain(lang, r.ink.limit)}٪)`,
      lowest
        ? `کمترین وضوح تصویر: ${plain(lang, lowest.ppi)} نقطه در اینچ (صفحه ${plain(lang, lowest.page)}${lowest.section ? `، ${lowest.section}` : ""}، ${plain(lang, lowest.width)}×${plain(lang, lowest.height)} پیکسل) از ${num(lang, r.images.count)} تصویر`
        : "تصویری ندارد",
      `قلم‌ها (جاسازی‌شده، زیرمجموعه): ${fonts.join("، ")}`,
      r.problems.length
        ? `مشکل‌ها (${plain(lang, errors)} خطا):\n${r.problems.map((p) => `  ${p.severity === "error" ? "خطا" : "هشدار"}: ${problemText(p, lang)}`).join("\n")}`
        : "مشکلی پیدا نشد.",
    ].join("\n");
  }
  return [
    "Preflight report of the print shop's files",
    `Interior: ${i.file} — ${i.pages} pages (${i.leaves} leaves), the booklet's pages ${i.bookletPages.first}–${i.bookletPages.last}` +
      (i.bookletPages.blanksAdded ? ` and ${i.bookletPages.blanksAdded} blank page(s)` : "") +
      `; trim ${size(lang, i.trim)}, sheet with marks ${size(lang, i.media)}, ${mb(i.bytes)} MB`,
    `Cover: ${c.file} — one page: front (left), spine, back (right); trim ${size(lang, c.trim)}, ${mb(c.bytes)} MB`,
    `Spine: ${c.spine} mm (${i.leaves} leaves × ${r.paperThickness} mm + ${COVER_ALLOWANCE} mm for the cover board and glue)` +
      (c.spineText ? "" : "; without text"),
    `Bleed: ${r.bleed} mm on every side; crop, fold and registration marks outside it`,
    `Standard: ${r.pdfx}, CMYK; text and thin rules in black (K) alone`,
    `Colour profile: ${r.profile.description} (${r.profile.identifier})`,
    `Highest total ink: ${r.ink.max}% (${r.ink.file} page ${r.ink.page}; limit ${r.ink.limit}%)`,
    lowest
      ? `Lowest image resolution: ${lowest.ppi} ppi (page ${lowest.page}${lowest.section ? `, ${lowest.section}` : ""}, ${lowest.width}×${lowest.height} px) of ${r.images.count} images`
      : "No images",
    `Fonts (embedded subsets): ${fonts.join(", ")}`,
    r.problems.length
      ? `Problems (${errors} error(s)):\n${r.problems.map((p) => `  ${p.severity}: ${problemText(p, lang)}`).join("\n")}`
      : "No problems found.",
  ].join("\n");
}
