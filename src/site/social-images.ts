/**
 * The pictures a site needs to be recognised and shared: icons made from the emblem (layouts/assets/emblem.svg,
 * the header's mark as a drawing), and Open Graph images of 1200 × 630 (a neighbourhood's photograph with its
 * name and county, or the booklet's title on the cover's mountains for every other page). Text is set by Pango
 * with Vazirmatn from its npm package (sharp's text input), which shapes Persian and orders it right to left;
 * librsvg's SVG text does not. Open Graph images are cached by their inputs, like the other encoded images.
 */
import crypto from "node:crypto";
import fs from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import sharp from "sharp";

const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve("vazirmatn/package.json")), "fonts", "ttf");
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** Raise when the drawing below changes, so that cached images are made again. */
const OG_VERSION = "4";
const MARGIN = 64;
const COLOURS = { accent: "#0f5c63", deep: "#0b2f33", paper: "#fbfaf6", soft: "#e4f0ee", saffronSoft: "#f8ecd5" };

interface TextImage {
  data: Buffer;
  width: number;
  height: number;
}

const escapeMarkup = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** One line (or, with `wrap`, a paragraph) of Persian text on a transparent ground, at most `maxWidth` wide. */
async function textImage(
  text: string,
  options: { weight: "Black" | "Bold" | "Medium"; size: number; colour: string; maxWidth: number },
): Promise<TextImage> {
  const render = async (size: number) => {
    const { data, info } = await sharp({
      text: {
        text: `<span foreground="${options.colour}">${escapeMarkup(text)}</span>`,
        font: `Vazirmatn ${options.weight} ${size}`,
        fontfile: path.join(FONT_DIR, `Vazirmatn-${options.weight}.ttf`),
        rgba: true,
        dpi: 72,
      },
    })
      .png()
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  };
  const first = await render(options.size);
  if (first.width <= options.maxWidth) return first;
  // A long name is set smaller rather than cut.
  return render(Math.floor((options.size * options.maxWidth) / first.width));
}

/** A title too long for one line as two lines of about equal width, broken between words (Pango's own wrapping
 * leaves a paragraph's line height to the font, which is too loose for a title). */
async function balancedLines(text: string, options: Parameters<typeof textImage>[1]): Promise<TextImage[]> {
  const one = await textImage(text, { ...options, maxWidth: Infinity });
  const words = text.split(" ");
  if (one.width <= options.maxWidth || words.length < 2) return [await textImage(text, options)];
  let split = 1;
  while (split < words.length - 1 && words.slice(0, split + 1).join(" ").length <= text.length / 2) split++;
  return Promise.all(
    [words.slice(0, split).join(" "), words.slice(split).join(" ")].map((line) => textImage(line, options)),
  );
}

/** Lines stacked from the bottom up, each right-aligned at the margin (the first line is the top one). */
function stackFromBottom(lines: TextImage[], bottom: number, gap: number): sharp.OverlayOptions[] {
  const overlays: sharp.OverlayOptions[] = [];
  let y = bottom;
  for (const line of [...lines].reverse()) {
    y -= line.height;
    overlays.push({ input: line.data, left: OG_WIDTH - MARGIN - line.width, top: y });
    y -= gap;
  }
  return overlays;
}

const shade = Buffer.from(
  `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}"><linearGradient id="g" x1="0" y1="0" x2="0" y2="1">` +
    `<stop offset="0.25" stop-color="${COLOURS.deep}" stop-opacity="0"/><stop offset="0.55" stop-color="${COLOURS.deep}" stop-opacity="0.72"/>` +
    `<stop offset="1" stop-color="${COLOURS.deep}" stop-opacity="0.94"/></linearGradient>` +
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="url(#g)"/></svg>`,
);

/** The site's name under the emblem's mark: the footer line of every Open Graph image. */
async function signature(
  emblem: Buffer,
  siteTitle: string,
): Promise<{ overlays: sharp.OverlayOptions[]; top: number }> {
  const size = 52;
  const mark = await sharp(emblem, { density: 300 }).resize(size, size).png().toBuffer();
  const title = await textImage(siteTitle, { weight: "Medium", size: 26, colour: COLOURS.soft, maxWidth: 900 });
  const top = OG_HEIGHT - 48 - size;
  return {
    top,
    overlays: [
      { input: mark, left: OG_WIDTH - MARGIN - size, top },
      {
        input: title.data,
        left: OG_WIDTH - MARGIN - size - 16 - title.width,
        top: top + Math.round((size - title.height) / 2),
      },
    ],
  };
}

export interface OgCard {
  /**
   * A photograph's web master (src/site/photo-master.ts: its file name follows the photograph's bytes), or none for
   * the site's own card.
   */
  photo?: string;
  /** The big line (the neighbourhood's name, or the booklet's title). */
  title: string;
  /** The line above it (e.g. "شهرستان کرج"). */
  kicker: string;
  siteTitle: string;
}

async function drawCard(card: OgCard, emblem: Buffer, mountains: Buffer): Promise<Buffer> {
  const base = card.photo
    ? sharp(card.photo).rotate().resize(OG_WIDTH, OG_HEIGHT, { fit: "cover" })
    : sharp({ create: { width: OG_WIDTH, height: OG_HEIGHT, channels: 3, background: COLOURS.accent } });
  const footer = await signature(emblem, card.siteTitle);
  const kicker = await textImage(card.kicker, {
    weight: "Bold",
    size: 36,
    colour: COLOURS.saffronSoft,
    maxWidth: 1072,
  });
  const title = card.photo
    ? [await textImage(card.title, { weight: "Black", size: 92, colour: "#ffffff", maxWidth: 1072 })]
    : await balancedLines(card.title, { weight: "Black", size: 64, colour: "#ffffff", maxWidth: 1000 });
  const background = card.photo ? shade : mountains;
  const composed = await base
    .composite([
      { input: background, left: 0, top: 0 },
      ...stackFromBottom([kicker, ...title], footer.top - 36, 6),
      ...footer.overlays,
    ])
    .jpeg({ quality: 80, progressive: true, mozjpeg: true })
    .toBuffer();
  return composed;
}

/** The cover's motif, mountains under a rising sun, filling the lower part of the site's card. */
export function mountainsArt(): Buffer {
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 600 315" preserveAspectRatio="none">` +
      `<circle cx="95" cy="92" r="38" fill="#c98a1b"/>` +
      `<path fill="#0b474d" d="M0 315 L0 190 L70 140 L120 170 L190 120 L250 165 L300 140 L360 180 L430 135 L500 175 L560 150 L600 165 L600 315 Z"/>` +
      `<path fill="${COLOURS.deep}" d="M0 315 L0 235 L90 205 L160 228 L240 198 L330 232 L420 205 L520 238 L600 218 L600 315 Z"/></svg>`,
  );
}

/**
 * The Open Graph image for `card`, from the cache when its inputs (photograph, text, emblem, drawing version) have
 * not changed. Returns the JPEG's file name (its cache key) and its bytes.
 */
export async function ogImage(card: OgCard, emblem: Buffer, cacheDir: string): Promise<{ name: string; file: string }> {
  // The photograph by its master's name, which follows its bytes (reading and hashing every master again cost 1.6 s
  // at 4,020 neighbourhoods), not by its path: that is in the cache folder, which differs from one output (and
  // machine) to another, and the same card must get the same name everywhere.
  const { photo, ...text } = card;
  const hash = crypto.createHash("sha256").update(OG_VERSION).update(JSON.stringify(text)).update(emblem);
  if (photo) hash.update(`\0photo ${path.basename(photo)}`);
  const name = `${hash.digest("hex").slice(0, 16)}.jpeg`;
  const file = path.join(cacheDir, "og", name);
  const cached = await fs.stat(file).then(
    () => true,
    () => false,
  );
  if (!cached) {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, await drawCard(card, emblem, mountainsArt()));
  }
  return { name, file };
}

/** A PNG of the emblem, `size` square; `padding` (a share of the size) on a ground colour for opaque icons. */
async function emblemPng(emblem: Buffer, size: number, ground?: string, padding = 0): Promise<Buffer> {
  const inner = Math.round(size * (1 - 2 * padding));
  const mark = await sharp(emblem, { density: 600 }).resize(inner, inner).png().toBuffer();
  if (!ground && !padding) return sharp(mark).png({ compressionLevel: 9 }).toBuffer();
  return sharp({ create: { width: size, height: size, channels: 4, background: ground ?? "#0000" } })
    .composite([{ input: mark, left: Math.round((size - inner) / 2), top: Math.round((size - inner) / 2) }])
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/** An .ico holding one PNG: every browser since Internet Explorer 11 reads PNG entries. */
function icoFromPng(png: Buffer, size: number): Buffer {
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size, 6);
  header.writeUInt8(size, 7);
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14);
  header.writeUInt32LE(22, 18); // offset of the image data
  return Buffer.concat([header, png]);
}

/** Every icon file, by name: SVG favicon, PNG favicon, Apple touch icon, the manifest's icons, favicon.ico. */
export async function siteIcons(emblem: Buffer): Promise<Map<string, Buffer>> {
  const png32 = await emblemPng(emblem, 32);
  return new Map([
    ["favicon.svg", emblem],
    ["icon-32.png", png32],
    // iOS draws touch icons on black where they are transparent: an opaque ground, as on the site's pages.
    ["apple-touch-icon.png", await emblemPng(emblem, 180, COLOURS.paper, 0.08)],
    ["icon-192.png", await emblemPng(emblem, 192)],
    ["icon-512.png", await emblemPng(emblem, 512)],
    // Maskable: the launcher may cut any shape out of the outer 20 %, so the emblem sits well inside it.
    ["icon-maskable-512.png", await emblemPng(emblem, 512, COLOURS.soft, 0.16)],
    ["favicon.ico", icoFromPng(png32, 32)],
  ]);
}
