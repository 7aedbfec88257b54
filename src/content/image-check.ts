/**
 * The photographs a neighbourhood names: where they are written, and what is wrong with a file, if anything
 * (missing, outside the content folder, not an image, too large to decode). Only headers are read.
 */
import fs from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import type { ContentIssue } from "./issues.ts";

/** Photographs larger than this (in pixels) are refused: decoding them would take gigabytes of memory. */
export const MAX_IMAGE_PIXELS = 80_000_000;
const IMAGE_FORMATS = new Set(["jpeg", "png", "webp", "avif", "tiff", "heif"]);

/** What is wrong with an image file, if anything; reads only its header. */
export async function imageProblem(contentDir: string, src: string): Promise<ContentIssue["message"] | undefined> {
  const file = path.join(contentDir, src);
  const real = await fs.realpath(file).catch(() => undefined);
  if (!real || !(await fs.stat(real)).isFile())
    return { fa: `تصویر «${src}» در پوشه محتوا پیدا نشد.`, en: `image "${src}" was not found in the content folder.` };
  const root = await fs.realpath(contentDir);
  if (!real.startsWith(root + path.sep))
    return {
      fa: `تصویر «${src}» به بیرون از پوشه محتوا اشاره می‌کند.`,
      en: `image "${src}" points outside the content folder.`,
    };
  let metadata: sharp.Metadata;
  try {
    // No pixel limit for the header alone: an enormous image should be reported as enormous, not as broken.
    metadata = await sharp(real, { limitInputPixels: false }).metadata();
  } catch {
    return {
      fa: `«${src}» تصویر سالمی نیست (خراب است یا اصلاً تصویر نیست). فایل را دوباره از دوربین یا رایانه بردارید.`,
      en: `"${src}" is not a readable image (corrupt, or not an image at all). Copy it again from the camera or computer.`,
    };
  }
  if (!metadata.format || !IMAGE_FORMATS.has(metadata.format))
    return {
      fa: `قالب «${metadata.format}» برای «${src}» پذیرفته نیست؛ JPEG یا PNG بگذارید.`,
      en: `"${src}" is in ${metadata.format} format; use JPEG or PNG.`,
    };
  const pixels = (metadata.width ?? 0) * (metadata.height ?? 0);
  if (pixels > MAX_IMAGE_PIXELS) {
    return {
      fa: `تصویر «${src}» بسیار بزرگ است (${(metadata.width ?? 0).toLocaleString("fa-IR")}×${(metadata.height ?? 0).toLocaleString("fa-IR")} پیکسل). آن را به کمتر از ۸۰ مگاپیکسل (مثلاً ۸۰۰۰ پیکسل در پهنا) کوچک کنید.`,
      en: `image "${src}" is too large (${metadata.width}×${metadata.height} px). Resize it below 80 megapixels (e.g. 8000 px wide).`,
    };
  }
  return undefined;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The image paths a file names, with their fields, as written (valid or not). */
export function writtenImages(data: Record<string, unknown>): { src: unknown; path: PropertyKey[] }[] {
  const gallery = Array.isArray(data.gallery) ? data.gallery : [];
  return [
    { src: isRecord(data.cover) ? data.cover.src : undefined, path: ["cover", "src"] },
    ...gallery.map((item, i) => ({
      src: isRecord(item) ? item.src : undefined,
      path: ["gallery", i, "src"] as PropertyKey[],
    })),
  ];
}
