/**
 * An Open Graph card's file name is its cache key: the same card (text, emblem, photograph) gets the same name in
 * any cache folder, on any machine, and another photograph another name.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LAYOUTS_DIR } from "../../src/pipeline/options.ts";
import { photoMaster } from "../../src/site/photo-master.ts";
import { ogImage } from "../../src/site/social-images.ts";
import { removeTempDirs, tempDir, writeImage } from "../helpers/content-tree.ts";

afterAll(removeTempDirs);

describe("an Open Graph card's name", () => {
  it("follows the card and its photograph, not the cache folder", async () => {
    const emblem = await fs.readFile(path.join(LAYOUTS_DIR, "assets", "emblem.svg"));
    const dir = await tempDir();
    const [green, orange] = [path.join(dir, "green.jpg"), path.join(dir, "orange.jpg")];
    await writeImage(green, 1600, 1000, { r: 40, g: 160, b: 90 });
    await writeImage(orange, 1600, 1000, { r: 220, g: 130, b: 30 });
    const card = (photo: string) => ({ photo, title: "حصارک", kicker: "شهرستان کرج", siteTitle: "کتابچه" });

    const [cacheA, cacheB] = [path.join(dir, "a"), path.join(dir, "b")];
    const inA = await ogImage(card(await photoMaster(green, cacheA, 1700)), emblem, cacheA);
    const inB = await ogImage(card(await photoMaster(green, cacheB, 1700)), emblem, cacheB);
    expect(inB.name).toBe(inA.name);
    expect((await fs.stat(inB.file)).size).toBeGreaterThan(0);

    const other = await ogImage(card(await photoMaster(orange, cacheA, 1700)), emblem, cacheA);
    expect(other.name).not.toBe(inA.name);
    const renamed = await ogImage(
      { ...card(await photoMaster(green, cacheA, 1700)), title: "کوی نور" },
      emblem,
      cacheA,
    );
    expect(renamed.name).not.toBe(inA.name);
  });
});
