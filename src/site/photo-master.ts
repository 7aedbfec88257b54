/**
 * A photograph decoded once for the website: upright (EXIF orientation applied), no wider than the widest web image,
 * kept in the cache as a near-lossless JPEG (PNG if it has transparency). Every web width and format, and the Open
 * Graph card, is made from it.
 *
 * Why: eleventy-img decodes its source once per output file, and a camera original (3000 × 2000 and up) costs
 * about seven times as much to decode as this master, for each of the fifteen files a photograph becomes (five
 * widths, three formats). Measured on the sample (four photographs, all their files): decoding 5.1 s of CPU from
 * the originals, 2.0 s from masters including making them. JPEG at quality 95 without chroma subsampling: a tenth
 * of an uncompressed TIFF's bytes, as quick to decode, and no loss a web image at quality 52–78 could show.
 */
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";

/** Raise when the master's recipe changes, so that masters (and every web image made from them) are made again. */
const MASTER_VERSION = "1";

export function masterDir(cacheDir: string): string {
  return path.join(cacheDir, "img-master");
}

const masters = new Map<string, Promise<string>>();

/**
 * The master of `file` for web images at most `maxWidth` wide: its path in the cache, made if missing. The name
 * comes from the source's bytes, so an edited photograph gets a new master; one process asks the disk once per
 * version of a file (two presets of one photograph share the same promise).
 */
export async function photoMaster(file: string, cacheDir: string, maxWidth: number): Promise<string> {
  const { mtimeMs, size } = await fs.stat(file);
  const key = JSON.stringify([file, mtimeMs, size, cacheDir, maxWidth]);
  let master = masters.get(key);
  if (!master) {
    master = makeMaster(file, cacheDir, maxWidth);
    masters.set(key, master);
    // A failed read is not remembered: the next build tries again (and reports the error again).
    master.catch(() => masters.delete(key));
  }
  return master;
}

async function makeMaster(file: string, cacheDir: string, maxWidth: number): Promise<string> {
  const source = await fs.readFile(file);
  const hash = crypto.createHash("sha256").update(MASTER_VERSION).update(String(maxWidth)).update(source);
  const image = sharp(source).rotate().resize({ width: maxWidth, withoutEnlargement: true });
  // A photograph with transparency keeps it: a PNG master (fast compression), for AVIF and WebP to carry it on.
  const { hasAlpha } = await image.metadata();
  const name = `${hash.digest("hex").slice(0, 20)}.${hasAlpha ? "png" : "jpeg"}`;
  const target = path.join(masterDir(cacheDir), name);
  const exists = await fs.access(target).then(
    () => true,
    () => false,
  );
  if (exists) return target;
  const encoded = hasAlpha
    ? image.png({ compressionLevel: 1 })
    : image.jpeg({ quality: 95, chromaSubsampling: "4:4:4" });
  const bytes = await encoded.toBuffer();
  await fs.mkdir(path.dirname(target), { recursive: true });
  // Written under a temporary name and renamed: a build stopped halfway never leaves half a master behind.
  const partial = `${target}.${process.pid}.partial`;
  await fs.writeFile(partial, bytes);
  await fs.rename(partial, target);
  return target;
}
