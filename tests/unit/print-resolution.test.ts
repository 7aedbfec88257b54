/**
 * The resolution the build reports for each photograph is the one it really prints at: the print copy's pixels in
 * its frame, with the camera's orientation applied.
 */
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadBooklet } from "../../src/content/load.ts";
import type { Booklet } from "../../src/content/model.ts";
import { lowResolutionImages } from "../../src/print/image-resolution.ts";
import { writeContentTree } from "../helpers/content-tree.ts";

let root: string;
let booklet: Booklet;

/** A JPEG whose stored pixels are `width` × `height`, with an EXIF orientation tag (6: turn 90° to view). */
async function photo(file: string, width: number, height: number, orientation = 1): Promise<void> {
  await sharp({ create: { width, height, channels: 3, background: { r: 90, g: 120, b: 60 } } })
    .jpeg()
    .withMetadata({ orientation })
    .toFile(file);
}

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), "ketabche-dpi-"));
  const content = await writeContentTree(
    {
      counties: [{ slug: "karaj", name: "کرج" }],
      neighbourhoods: [
        { slug: "big", name: "بزرگ", county: "کرج" },
        { slug: "small", name: "کوچک", county: "کرج" },
        { slug: "turned", name: "چرخیده", county: "کرج" },
      ],
    },
    path.join(root, "content"),
  );
  const images = path.join(content, "images");
  await photo(path.join(images, "big.jpg"), 3000, 2000);
  await photo(path.join(images, "small.jpg"), 600, 400);
  // 1800 × 1200 as stored, 1200 × 1800 as seen: a portrait from a camera held upright.
  await photo(path.join(images, "turned.jpg"), 1800, 1200, 6);
  await photo(path.join(images, "gallery.jpg"), 3000, 2000);
  for (const slug of ["big", "small", "turned"]) {
    const file = path.join(content, "neighbourhoods", `${slug}.md`);
    await fs.writeFile(file, (await fs.readFile(file, "utf8")).replace("images/cover.jpg", `images/${slug}.jpg`));
  }
  booklet = await loadBooklet(content);
});

afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

describe("the photographs' print resolution", () => {
  it("warns about exactly the photographs that print below 300 dpi, with the resolution they print at", async () => {
    const low = await lowResolutionImages(booklet, "A5");
    // A5 cover frame: 116 mm × 87 mm (4.567 in × 3.425 in).
    // small.jpg, 600 × 400, is never enlarged: min(600 / 4.567, 400 / 3.425) = min(131.4, 116.8) → 116.
    // turned.jpg is seen as 1200 × 1800: its width decides, 1200 / 4.567 = 262.7 → 262. Read without its
    // orientation (1800 × 1200) it would pass: min(1800 / 4.567, 1200 / 3.425) = 350.
    // big.jpg (3000 × 2000) and gallery.jpg are large enough.
    expect(low.map(({ src, dpi, role }) => ({ src, dpi, role })).sort((a, b) => a.src.localeCompare(b.src))).toEqual([
      { src: "images/small.jpg", dpi: 116, role: "cover" },
      { src: "images/turned.jpg", dpi: 262, role: "cover" },
    ]);
  });
});
