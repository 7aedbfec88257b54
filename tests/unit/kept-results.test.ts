/**
 * What builds keep for each other (src/content/kept-results.ts): valid files' readings and the stories' renders,
 * found by their text, in a file named for the code that made them. A build that takes them from there must give
 * exactly what a build without them gives.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { KeptResults, keptCodeVersion } from "../../src/content/kept-results.ts";
import { loadBooklet, type KeptReading } from "../../src/content/load.ts";
import { createMarkdownRenderer } from "../../src/content/markdown.ts";
import { removeTempDirs, tempDir, writeContentTree } from "../helpers/content-tree.ts";
import { twoCountyTree } from "../helpers/two-county-tree.ts";

afterAll(removeTempDirs);

describe("kept results", () => {
  it("are found by their text after a save, and dropped after three saves unused", async () => {
    const cache = await tempDir();
    const first = await KeptResults.open<string>(cache, "things");
    expect(path.basename(first.file)).toBe(`things-${await keptCodeVersion()}.json`);
    first.set("a text", "its result");
    first.set("another", "another result");
    await first.save();

    const second = await KeptResults.open<string>(cache, "things");
    expect(second.get("a text")).toBe("its result");
    expect(second.get("a different text")).toBeUndefined();
    await second.save();
    // "another" goes unused from the second run on: still kept after two such saves, gone after the third.
    const keptCount = async () => Object.keys(JSON.parse(await fs.readFile(first.file, "utf8"))).length;
    expect(await keptCount()).toBe(2);
    for (const expected of [2, 1]) {
      const kept = await KeptResults.open<string>(cache, "things");
      kept.get("a text");
      await kept.save();
      expect(await keptCount()).toBe(expected);
    }
    expect((await KeptResults.open<string>(cache, "things")).get("another")).toBeUndefined();
  });

  it("are not written again when a run used every one of them and added none", async () => {
    const cache = await tempDir();
    const first = await KeptResults.open<string>(cache, "things");
    first.set("a text", "its result");
    await first.save();
    const written = (await fs.stat(first.file)).ino;
    const again = await KeptResults.open<string>(cache, "things");
    again.get("a text");
    await again.save();
    // The same file: a save rewrites by rename, which would give it another inode.
    expect((await fs.stat(first.file)).ino).toBe(written);
    const more = await KeptResults.open<string>(cache, "things");
    more.get("a text");
    more.set("new", "new result");
    await more.save();
    expect((await fs.stat(first.file)).ino).not.toBe(written);
  });

  it("come from nothing when the file is damaged, and other code's files are removed on save", async () => {
    const cache = await tempDir();
    const kept = await KeptResults.open<string>(cache, "things");
    await fs.writeFile(kept.file, "{ half a fi");
    await fs.writeFile(path.join(cache, "things-0000000000000000.json"), "{}");
    const reopened = await KeptResults.open<string>(cache, "things");
    expect(reopened.get("a text")).toBeUndefined();
    reopened.set("a text", "its result");
    await reopened.save();
    expect(await fs.readdir(cache)).toEqual([path.basename(kept.file)]);
  });

  it("give the loader the same booklet as reading every file, and a changed file is read again", async () => {
    const contentDir = await writeContentTree(twoCountyTree());
    const cache = await tempDir();
    const fresh = await loadBooklet(contentDir);

    const filling = await KeptResults.open<KeptReading>(cache, "readings");
    expect(await loadBooklet(contentDir, { kept: filling })).toStrictEqual(fresh);
    await filling.save();

    const kept = await KeptResults.open<KeptReading>(cache, "readings");
    const fromKept = await loadBooklet(contentDir, { kept });
    expect(fromKept).toStrictEqual(fresh);

    const file = path.join(contentDir, "neighbourhoods", `${fresh.neighbourhoods[0]!.slug}.md`);
    await fs.writeFile(file, (await fs.readFile(file, "utf8")).replace(/^name: .*$/m, "name: نام تازه"));
    const again = await loadBooklet(contentDir, { kept });
    expect(again.neighbourhoods.map((n) => n.name)).toContain("نام تازه");
  });

  it("give the renderer a kept render for exactly the same source and shift", async () => {
    const cache = await tempDir();
    const filling = await KeptResults.open<string>(cache, "renders");
    const renderer = createMarkdownRenderer();
    renderer.keepIn(filling);
    const html = renderer("## سرآغاز\n\nمتن");
    await filling.save();

    // A render planted under the same source: a renderer that looks it up returns it instead of rendering.
    const kept = await KeptResults.open<string>(cache, "renders");
    kept.set("0\n## سرآغاز\n\nمتن", "<p>kept</p>");
    const next = createMarkdownRenderer();
    next.keepIn(kept);
    expect(next("## سرآغاز\n\nمتن")).toBe("<p>kept</p>");
    expect(next("## سرآغاز\n\nمتن", 1)).not.toBe("<p>kept</p>");
    next.keepIn(undefined);
    expect(createMarkdownRenderer()("## سرآغاز\n\nمتن")).toBe(html);
  });
});
