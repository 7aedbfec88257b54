/**
 * What builds keep for each other (src/content/kept-results.ts): valid files' readings and the stories' renders,
 * found by their text, in a file named for the code that made them. A build that takes them from there must give
 * exactly what a build without them gives.
 */
import crypto from "node:crypto";
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
    expect(path.basename(first.dir)).toBe(`things-${await keptCodeVersion()}`);
    first.set("a text", "its result");
    first.set("another", "another result");
    await first.save();

    const second = await KeptResults.open<string>(cache, "things");
    expect(second.get("a text")).toBe("its result");
    expect(second.get("a different text")).toBeUndefined();
    await second.save();
    // "another" goes unused from the second run on: still kept after two such saves, gone after the third.
    const keptCount = async () => {
      let count = 0;
      for (const name of await fs.readdir(first.dir))
        count += Object.keys(JSON.parse(await fs.readFile(path.join(first.dir, name), "utf8"))).length;
      return count;
    };
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
    // Each bucket file by its inode: a save rewrites a file by rename, which gives it another one.
    const files = async () =>
      Promise.all((await fs.readdir(first.dir)).map(async (name) => (await fs.stat(path.join(first.dir, name))).ino));
    const written = await files();
    const again = await KeptResults.open<string>(cache, "things");
    again.get("a text");
    await again.save();
    expect(await files()).toEqual(written);
    const more = await KeptResults.open<string>(cache, "things");
    more.get("a text");
    more.set("new", "new result");
    more.set("another new", "another result");
    await more.save();
    expect(await files()).not.toEqual(written);
    expect((await KeptResults.open<string>(cache, "things")).get("another new")).toBe("another result");
  });

  it("rewrite only the file of a result added, beside the results it leaves alone", async () => {
    const cache = await tempDir();
    // Three texts whose keys fall in three different files (by the first character of their hash).
    const bucket = (text: string) => crypto.createHash("sha256").update(text).digest("base64url")[0];
    const texts: string[] = [];
    for (let i = 0; texts.length < 3; i++)
      if (!texts.some((text) => bucket(text) === bucket(`t${i}`))) texts.push(`t${i}`);
    const [a, b, c] = texts as [string, string, string];
    const first = await KeptResults.open<string>(cache, "things");
    first.set(a, "A");
    first.set(b, "B");
    await first.save();
    const inodes = async () =>
      new Map(
        await Promise.all(
          (await fs.readdir(first.dir)).map(
            async (name) => [name, (await fs.stat(path.join(first.dir, name))).ino] as const,
          ),
        ),
      );
    const before = await inodes();
    const next = await KeptResults.open<string>(cache, "things");
    next.get(a);
    next.get(b);
    next.set(c, "C");
    await next.save();
    const after = await inodes();
    expect(after.size).toBe(3);
    for (const [name, inode] of before) expect(after.get(name), name).toBe(inode);
  });

  it("come from nothing when the file is damaged, and other code's files are removed on save", async () => {
    const cache = await tempDir();
    const kept = await KeptResults.open<string>(cache, "things");
    kept.set("a text", "its result");
    await kept.save();
    for (const name of await fs.readdir(kept.dir)) await fs.writeFile(path.join(kept.dir, name), "{ half a fi");
    // Other code's results: a folder, and a file as kept before there were buckets.
    await fs.mkdir(path.join(cache, "things-0000000000000000"));
    await fs.writeFile(path.join(cache, "things-0000000000000000", "_a.json"), "{}");
    await fs.writeFile(path.join(cache, "things-1111111111111111.json"), "{}");
    const reopened = await KeptResults.open<string>(cache, "things");
    expect(reopened.get("a text")).toBeUndefined();
    reopened.set("a text", "its result");
    await reopened.save();
    expect(await fs.readdir(cache)).toEqual([path.basename(kept.dir)]);
    expect((await KeptResults.open<string>(cache, "things")).get("a text")).toBe("its result");
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
