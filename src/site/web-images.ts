/**
 * The website's photographs, through eleventy-img: AVIF, WebP and JPEG at a few widths per place in the layout.
 * Encoded files carry a content hash in their names and live in the build cache, so an unchanged photograph is
 * never encoded twice, in one build or across builds.
 */
import path from "node:path";
import Image from "@11ty/eleventy-img";
import type { Booklet } from "../content/model.ts";
import { photoMaster } from "./photo-master.ts";

/**
 * How wide an image is shown, per place in the layout, for 1x and 2x screens. All presets draw from one ladder
 * of widths: eleventy-img names a file by source and width, so a photograph used as a cover on one page and as a
 * thumbnail on another is encoded once per width, not once per use.
 */
const LADDER = [320, 640, 960, 1280, 1700] as const;
export const imagePresets = {
  cover: { widths: [LADDER[1], LADDER[2], LADDER[3], LADDER[4]], sizes: "(min-width: 54rem) 50rem, 100vw" },
  gallery: { widths: [LADDER[1], LADDER[2]], sizes: "(min-width: 54rem) 24rem, (min-width: 40rem) 50vw, 100vw" },
  // The home and county pages' cards, as their grid lays them out (site.css `.cards`, measured in Chromium): two
  // columns up to 740 px, then three, then four; never wider than 277 px once the page stops growing at 1224 px.
  thumb: {
    widths: [LADDER[0], LADDER[1]],
    sizes:
      "(max-width: 640px) calc(50vw - 21px), (max-width: 740px) calc(47vw - 10px), " +
      "(max-width: 995px) calc(31.4vw - 11px), (max-width: 1224px) calc(25vw - 12px), 277px",
  },
} as const;
export type ImagePreset = keyof typeof imagePresets;

export const WEB_IMAGE_URL = "/img/";

export function webImageDir(cacheDir: string): string {
  return path.join(cacheDir, "img");
}

/**
 * Encoder settings, chosen by measurement on the sample's photographs (CPU time for five widths of four photographs,
 * and their bytes; README, "Image settings"). AVIF, what most browsers take: effort 1, a quarter fewer bytes than
 * effort 0 for a fifth more time (effort 2 saves another eighth for twice the time). WebP, for browsers without
 * AVIF: effort 2, half the time of the default 4 for 7 % more bytes. JPEG, the fallback almost no browser loads:
 * plain progressive, 40 % of mozjpeg's time for 25 % more bytes.
 */
const ENCODERS = {
  sharpAvifOptions: { quality: 52, effort: 1 },
  sharpWebpOptions: { quality: 74, effort: 2 },
  sharpJpegOptions: { quality: 78, progressive: true },
} as const;

/** The widest web image: every photograph's master (src/site/photo-master.ts) is at most this wide. */
export const WEB_MAX_WIDTH = Math.max(...LADDER);

export async function encodeWebImage(contentDir: string, cacheDir: string, src: string, preset: ImagePreset) {
  const master = await photoMaster(path.join(contentDir, src), cacheDir, WEB_MAX_WIDTH);
  return Image(master, {
    widths: [...imagePresets[preset].widths],
    formats: ["avif", "webp", "jpeg"],
    outputDir: webImageDir(cacheDir),
    urlPath: WEB_IMAGE_URL,
    ...ENCODERS,
    // A fresh object on every call: eleventy-img 6 writes each image's src into the default one it would
    // otherwise share, which changes its in-memory cache key and re-encodes (11ty/eleventy-img#312).
    htmlOptions: { imgAttributes: {}, pictureAttributes: {}, whitespaceMode: "inline", fallback: "largest" },
  });
}

/** Every (photograph, preset) the site's templates show: covers on their pages and as card thumbnails. */
export function webImageUses(booklet: Booklet): { src: string; preset: ImagePreset }[] {
  return booklet.neighbourhoods.flatMap((n) => [
    { src: n.cover.src, preset: "cover" as const },
    { src: n.cover.src, preset: "thumb" as const },
    ...n.gallery.map((image) => ({ src: image.src, preset: "gallery" as const })),
  ]);
}
