/**
 * Every web image of a photograph is made from its master: decoded once, upright, no wider than the widest web
 * image, kept in the cache under a name that follows the source's bytes.
 */
import fs from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { masterDir, photoMaster } from "../../src/site/photo-master.ts";
import { removeTempDirs, tempDir, writeImage } from "../helpers/content-tree.ts";

afterAll(removeTempDirs);

describe("a photograph's web master", () => {
  it("is upright and at most the widest web width, and made once per version of the photograph", async () => {
    const dir = await tempDir();
    const cache = path.join(dir, "cache");
    const photo = path.join(dir, "portrait.jpg");
    // Stored landscape, shown portrait: EXIF orientation 6 (turn 90° clockwise).
    await sharp({ create: { width: 3000, height: 2000, channels: 3, background: "#3a6" } })
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toFile(photo);
    const master = await photoMaster(photo, cache, 1700);
    expect(path.dirname(master)).toBe(masterDir(cache));
    const meta = await sharp(master).metadata();
    expect([meta.width, meta.height, meta.format]).toEqual([1700, 2550, "jpeg"]);
    expect(meta.orientation ?? 1).toBe(1);

    // Asked again (another preset of the same photograph): the same file, not made again.
    const made = (await fs.stat(master)).mtimeMs;
    expect(await photoMaster(photo, cache, 1700)).toBe(master);
    expect((await fs.stat(master)).mtimeMs).toBe(made);

    // The photograph replaced by another: a master of its own.
    await writeImage(photo, 800, 600);
    const replaced = await photoMaster(photo, cache, 1700);
    expect(replaced).not.toBe(master);
    expect((await sharp(replaced).metadata()).width).toBe(800);
  });

  it("keeps a photograph's transparency", async () => {
    const dir = await tempDir();
    const photo = path.join(dir, "logo.png");
    await sharp({ create: { width: 400, height: 300, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
      .png()
      .toFile(photo);
    const master = await photoMaster(photo, path.join(dir, "cache"), 1700);
    const meta = await sharp(master).metadata();
    expect([meta.format, meta.hasAlpha, meta.width]).toEqual(["png", true, 400]);
  });
});
