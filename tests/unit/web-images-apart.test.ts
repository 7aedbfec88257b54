/**
 * The website's photographs and Open Graph cards are made in a process of their own (the build's thread pool stays
 * free for the print): what it makes is in the cache when it answers, and a failure there is the build's failure,
 * with the child's own message.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadBooklet } from "../../src/content/load.ts";
import { LAYOUTS_DIR } from "../../src/pipeline/options.ts";
import { prepareWebImagesApart } from "../../src/pipeline/web-images-apart.ts";
import { webImageDir } from "../../src/site/web-images.ts";
import { removeTempDirs, tempDir, writeContentTree } from "../helpers/content-tree.ts";
import { twoCountyTree } from "../helpers/two-county-tree.ts";

afterAll(removeTempDirs);

const emblemFile = path.join(LAYOUTS_DIR, "assets", "emblem.svg");

describe("web images made apart", () => {
  it("leaves every web image and card in the cache, then reports a missing photograph by name", async () => {
    const contentDir = await writeContentTree(twoCountyTree());
    const booklet = await loadBooklet(contentDir);
    const cacheDir = path.join(await tempDir(), "cache");
    await prepareWebImagesApart({ booklet, contentDir, cacheDir, paper: "A5", emblemFile }).done;

    const images = await fs.readdir(webImageDir(cacheDir));
    for (const format of ["avif", "webp", "jpeg"])
      expect(images.some((name) => name.endsWith(`.${format}`))).toBe(true);
    // One card per neighbourhood, and the site's own.
    const cards = await fs.readdir(path.join(cacheDir, "og"));
    expect(cards.length).toBe(booklet.neighbourhoods.length + 1);

    // A photograph gone after the content was read: the child's error, as the build's.
    await fs.rm(path.join(contentDir, "images", "gallery.jpg"));
    const emptyCache = path.join(await tempDir(), "cache");
    await expect(
      prepareWebImagesApart({ booklet, contentDir, cacheDir: emptyCache, paper: "A5", emblemFile }).done,
    ).rejects.toThrow(/gallery\.jpg/);
  });

  it("can be stopped, as a failed build does, and then says that it stopped", async () => {
    const contentDir = await writeContentTree(twoCountyTree());
    const booklet = await loadBooklet(contentDir);
    const cacheDir = path.join(await tempDir(), "cache");
    const work = prepareWebImagesApart({ booklet, contentDir, cacheDir, paper: "A5", emblemFile });
    work.stop();
    await expect(work.done).rejects.toThrow(/stopped \(SIGTERM\)/);
  });
});
