/**
 * Press geometry, in millimetres, with the origin at the bottom left of the sheet (as in PDF): the trim, the bleed
 * around it, the marks outside the bleed (crop, fold and registration marks and the slug line), the area where
 * nothing important may sit, and the spine of the cover from the page count. Pure: no I/O.
 */

/** Points per millimetre: PDF measures in 1/72 inch. */
export const PT_PER_MM = 72 / 25.4;
export const pt = (mm: number): number => mm * PT_PER_MM;

/** Bleed a print shop asks for by default, and the range the settings accept. */
export const DEFAULT_BLEED = 3;
export const BLEED_RANGE = { min: 2, max: 6 } as const;

/**
 * Thickness of one leaf (two pages) of 80 g/m² uncoated offset paper: its bulk is about 1.25 cm³/g, so
 * 80 g/m² × 1.25 = 100 µm.
 */
export const DEFAULT_PAPER_THICKNESS = 0.1;
export const PAPER_THICKNESS_RANGE = { min: 0.04, max: 0.4 } as const;

/** Added to the text block for the cover board folded round it (two hinges of a ~250 g/m² board) and the glue. */
export const COVER_ALLOWANCE = 0.5;

/** Below this spine width the title on the spine would be smaller than 6 pt or touch the folds: it is left out. */
export const MIN_SPINE_FOR_TEXT = 6;

/** Nothing that matters may come closer than this to a trim edge or a fold. */
export const SAFETY = 5;

/**
 * Chromium rounds the size of a PDF page by up to half a point (148 × 210 mm comes out 420 × 594.96 pt, not
 * 419.53 × 595.28), while it lays the page out at the exact size from the top left. So pages are printed this much
 * larger than the bleed on every side, placed by their top left corner, and clipped to the bleed box: the bleed is
 * always filled to its edge.
 */
export const OVERBLEED = 1;

/** Crop marks start this far outside the bleed and are this long; the sheet reaches a millimetre beyond them. */
export const MARK_GAP = 2;
export const MARK_LENGTH = 5;
export const REGISTRATION_RADIUS = 2;

export interface Size {
  width: number;
  height: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface Segment {
  from: Point;
  to: Point;
}

/** One imposed sheet: a page of the interior, or the cover spread. */
export interface Sheet {
  media: Size;
  bleedBox: Rect;
  trimBox: Rect;
  cropMarks: Segment[];
  foldMarks: Segment[];
  registration: Point[];
  /** The strip below the bleed where the slug line (title, file, page, date) is printed. */
  slug: Rect;
  /** Everything that matters must lie inside one of these (trim or panel, less the safety margin). */
  safe: Rect[];
}

/** How far the sheet reaches beyond the trim on every side. */
export function sheetMargin(bleed: number): number {
  return bleed + MARK_GAP + MARK_LENGTH + 1;
}

export function inset(rect: Rect, dx: number, dy = dx): Rect {
  return { x: rect.x + dx, y: rect.y + dy, width: rect.width - 2 * dx, height: rect.height - 2 * dy };
}

export interface SheetOptions {
  /** x of each fold, measured from the left trim edge (the cover's spine folds). */
  folds?: number[];
  /** x of the registration marks above the trim, from the left trim edge; default: the middle. */
  topRegistration?: number[];
  /** Areas (in trim coordinates) where content must stay; default: the trim less the safety margin. */
  safe?: Rect[];
  /** Where the slug line runs, from the left trim edge: clear of the fold marks. Default: the whole width. */
  slug?: { from: number; to: number };
}

/** Lays a trimmed page (or spread) out on a sheet with its bleed and marks. */
export function sheet(trim: Size, bleed: number, options: SheetOptions = {}): Sheet {
  const m = sheetMargin(bleed);
  const trimBox: Rect = { x: m, y: m, width: trim.width, height: trim.height };
  const bleedBox = inset(trimBox, -bleed);
  const near = bleed + MARK_GAP;
  const far = near + MARK_LENGTH;
  const [left, right, bottom, top] = [m, m + trim.width, m, m + trim.height];
  const cropMarks: Segment[] = [];
  for (const x of [left, right])
    for (const y of [bottom, top]) {
      const out = { x: x === left ? -1 : 1, y: y === bottom ? -1 : 1 };
      // Along the trim edges, outside the bleed: one mark in line with each edge that meets at the corner.
      cropMarks.push({ from: { x: x + out.x * near, y }, to: { x: x + out.x * far, y } });
      cropMarks.push({ from: { x, y: y + out.y * near }, to: { x, y: y + out.y * far } });
    }
  const foldMarks = (options.folds ?? []).flatMap((f) => [
    { from: { x: left + f, y: top + near }, to: { x: left + f, y: top + far } },
    { from: { x: left + f, y: bottom - near }, to: { x: left + f, y: bottom - far } },
  ]);
  const band = near + MARK_LENGTH / 2;
  const registration = [
    { x: left - band, y: bottom + trim.height / 2 },
    { x: right + band, y: bottom + trim.height / 2 },
    ...(options.topRegistration ?? [trim.width / 2]).map((x) => ({ x: left + x, y: top + band })),
  ];
  const run = options.slug ?? { from: 0, to: trim.width };
  // 3 mm clear of the crop (or fold) marks at either end.
  const slug = { x: left + run.from + 3, y: bottom - far, width: run.to - run.from - 6, height: MARK_LENGTH };
  const safe = (options.safe ?? [inset({ x: 0, y: 0, ...trim }, SAFETY)]).map((r) => ({
    ...r,
    x: r.x + m,
    y: r.y + m,
  }));
  const side = 2 * m;
  return {
    media: { width: trim.width + side, height: trim.height + side },
    bleedBox,
    trimBox,
    cropMarks,
    foldMarks,
    registration,
    slug,
    safe,
  };
}

/** Width of the spine: the text block's leaves times the paper's thickness, plus the cover allowance. */
export function spineWidth(pages: number, paperThickness: number): number {
  const leaves = Math.ceil(pages / 2);
  return Math.round((leaves * paperThickness + COVER_ALLOWANCE) * 10) / 10;
}

export interface TextBlock {
  /** First and last page of the booklet PDF that belong to the interior (1-based, inclusive). */
  first: number;
  last: number;
  /** Blank pages added after `last` so that the interior has whole leaves. */
  padding: number;
  /** Pages of the interior as printed. */
  pages: number;
}

/**
 * The interior without the cover: the booklet's page 1 is the front cover and page 2 its blank inside; its last
 * page is the back cover, and the page before it is the inside of the back cover when the plan put a blank there.
 */
export function textBlock(totalPages: number, blanksBeforeBackCover: number): TextBlock {
  const first = 3;
  const last = blanksBeforeBackCover > 0 ? totalPages - 2 : totalPages - 1;
  const count = Math.max(0, last - first + 1);
  const padding = count % 2;
  return { first, last, padding, pages: count + padding };
}

export interface Spread {
  sheet: Sheet;
  /** Flat size of the spread: back + spine + front. */
  trim: Size;
  spine: number;
  /** x of each panel's left edge on the flat spread, from the left trim edge. */
  front: Rect;
  back: Rect;
  spineRect: Rect;
  /** Whether the spine is wide enough for its text. */
  spineText: boolean;
}

/**
 * The cover spread of a book bound on the right, seen from outside and laid flat. With the front cover facing the
 * reader, the spine of a right-bound book is on the front's right edge, so unfolded the front panel is on the
 * LEFT, then the spine, then the back panel on the right (the mirror of a left-bound book's spread).
 */
export function coverSpread(page: Size, spine: number, bleed: number): Spread {
  const trim = { width: 2 * page.width + spine, height: page.height };
  const front = { x: 0, y: 0, width: page.width, height: page.height };
  const spineRect = { x: page.width, y: 0, width: spine, height: page.height };
  const back = { x: page.width + spine, y: 0, width: page.width, height: page.height };
  const spineText = spine >= MIN_SPINE_FOR_TEXT;
  const spineSafe = inset(spineRect, Math.min(1.5, spine / 4), SAFETY);
  const sheetOf = sheet(trim, bleed, {
    folds: [spineRect.x, back.x],
    topRegistration: [front.width / 2, back.x + back.width / 2],
    slug: { from: back.x, to: back.x + back.width },
    safe: [inset(front, SAFETY), inset(back, SAFETY), ...(spineText ? [spineSafe] : [])],
  });
  return { sheet: sheetOf, trim, spine, front, back, spineRect, spineText };
}

/** Is `inner` wholly inside `outer`? (A hair of tolerance for rounding in text positions.) */
export function contains(outer: Rect, inner: Rect, tolerance = 0.01): boolean {
  return (
    inner.x >= outer.x - tolerance &&
    inner.y >= outer.y - tolerance &&
    inner.x + inner.width <= outer.x + outer.width + tolerance &&
    inner.y + inner.height <= outer.y + outer.height + tolerance
  );
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The press fields of the settings, as written in booklet.yml (every one optional). */
export interface PressFields {
  press?: boolean;
  bleed?: number;
  paperThickness?: number;
  profile?: string;
}

export interface PressSettings {
  bleed: number;
  /** The bleed Chromium prints: the bleed and the overbleed (see OVERBLEED). */
  renderBleed: number;
  paperThickness: number;
  /** As written (relative to the content folder); undefined: the default FOGRA39 profile. */
  profile?: string;
}

/** The press settings with their defaults filled in (their ranges are checked where they are explained). */
export function pressSettings(fields: PressFields): PressSettings {
  const bleed = fields.bleed ?? DEFAULT_BLEED;
  return {
    bleed,
    renderBleed: bleed + OVERBLEED,
    paperThickness: fields.paperThickness ?? DEFAULT_PAPER_THICKNESS,
    profile: fields.profile,
  };
}
