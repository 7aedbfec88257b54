/**
 * The dev server reads the content tree again after every save, keeping each file's reading between readings
 * (src/content/reading-cache.ts): an unchanged file is not read again, a changed one is, and the checks across files
 * (duplicate orders, counties) still see every file, kept or not. A kept reading gives what a fresh one would.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readContentTree } from "../../src/content/load.ts";
import type { Booklet } from "../../src/content/model.ts";
import { ContentCache } from "../../src/content/reading-cache.ts";
import { removeTempDirs, writeContentTree } from "../helpers/content-tree.ts";
import { twoCountyTree } from "../helpers/two-county-tree.ts";

afterAll(removeTempDirs);

const tree = () => writeContentTree(twoCountyTree());

const byslug = (booklet: Booklet | undefined, slug: string) => booklet?.neighbourhoods.find((n) => n.slug === slug);

describe("reading a content tree again with a cache", () => {
  it("keeps the readings of unchanged files and reads a changed file again", async () => {
    const dir = await tree();
    const cache = new ContentCache();
    const first = await readContentTree(dir, { cwd: dir, cache });
    const file = path.join(dir, "neighbourhoods", "b.md");
    await fs.writeFile(file, (await fs.readFile(file, "utf8")).replace("روایت این محله.", "روایتی تازه."));
    const second = await readContentTree(dir, { cwd: dir, cache });

    // Kept: the validated fields of an unchanged file are the very objects of the first reading.
    expect(byslug(second.booklet, "a")!.actions).toBe(byslug(first.booklet, "a")!.actions);
    expect(byslug(second.booklet, "b")!.actions).not.toBe(byslug(first.booklet, "b")!.actions);
    expect(byslug(second.booklet, "b")!.body).toContain("روایتی تازه.");
    // And the whole booklet is what a reading without a cache gives.
    const fresh = await readContentTree(dir, { cwd: dir });
    expect(JSON.stringify(second.booklet)).toBe(JSON.stringify(fresh.booklet));
    expect(second.files.map((f) => f.relative)).toEqual(fresh.files.map((f) => f.relative));
  });

  it("checks across files over kept readings: a duplicate order and an unknown county are still found", async () => {
    const dir = await tree();
    const cache = new ContentCache();
    expect((await readContentTree(dir, { cwd: dir, cache })).issues).toEqual([]);
    const file = path.join(dir, "neighbourhoods", "c.md");
    const good = await fs.readFile(file, "utf8");
    await fs.writeFile(file, good.replace("order: 3", "order: 1"));
    const duplicate = await readContentTree(dir, { cwd: dir, cache });
    expect(duplicate.booklet).toBeUndefined();
    expect(duplicate.issues.map((i) => [i.file, i.field])).toEqual([["neighbourhoods/c.md", "order"]]);

    await fs.writeFile(file, good);
    expect((await readContentTree(dir, { cwd: dir, cache })).issues).toEqual([]);
    // The settings change; the neighbourhood files do not, and their kept readings meet the new county list.
    const settings = path.join(dir, "booklet.yml");
    await fs.writeFile(
      settings,
      (await fs.readFile(settings, "utf8")).replace(/- slug: nazarabad\n\s+name: نظرآباد\n/, ""),
    );
    const unknown = await readContentTree(dir, { cwd: dir, cache });
    expect(unknown.issues.map((i) => [i.file, i.field])).toEqual([["neighbourhoods/c.md", "county"]]);
  });

  it("reads a photograph's header again when the photograph is replaced", async () => {
    const dir = await tree();
    const cache = new ContentCache();
    expect((await readContentTree(dir, { cwd: dir, cache })).issues).toEqual([]);
    await fs.writeFile(path.join(dir, "images", "cover.jpg"), "not an image");
    const broken = await readContentTree(dir, { cwd: dir, cache });
    expect(broken.issues.some((i) => i.field === "cover.src" && /not a readable image/.test(i.message.en))).toBe(true);
  });
});
