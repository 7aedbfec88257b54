/**
 * A booklet is taken from the cache only when nothing it is made from changed: the fingerprint follows every file
 * of the content tree and the paper, and the kept booklet comes back byte for byte, or not at all.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bookletFingerprint, keepBooklet, reuseBooklet } from "../../src/pipeline/booklet-reuse.ts";
import type { BookletResult } from "../../src/pipeline/booklet.ts";
import { buildOptions } from "../../src/pipeline/options.ts";
import { removeTempDirs, tempDir, writeContentTree } from "../helpers/content-tree.ts";

afterAll(removeTempDirs);

const counties = [{ slug: "karaj", name: "کرج" }];

async function tree() {
  const contentDir = await writeContentTree({
    counties,
    neighbourhoods: [{ slug: "a", name: "الف", county: "کرج", order: 1 }],
  });
  const options = buildOptions({ contentDir, cacheDir: await tempDir("ketabche-reuse-cache-") });
  return { contentDir, options };
}

describe("the booklet's fingerprint", () => {
  it("is the same for the same inputs and changes with any content file or `--paper`", async () => {
    const { contentDir, options } = await tree();
    const first = await bookletFingerprint(options);
    expect(await bookletFingerprint(options)).toBe(first);
    // `--paper A4`.
    expect(await bookletFingerprint({ ...options, paper: "A4" })).not.toBe(first);

    const story = path.join(contentDir, "neighbourhoods", "a.md");
    const text = await fs.readFile(story, "utf8");
    await fs.writeFile(story, `${text}یک واژه.\n`);
    const edited = await bookletFingerprint(options);
    expect(edited).not.toBe(first);
    await fs.writeFile(story, text);
    expect(await bookletFingerprint(options)).toBe(first);

    // A photograph added, or a file renamed, is a change too.
    await fs.writeFile(path.join(contentDir, "images", "new.jpg"), "not really a photograph");
    expect(await bookletFingerprint(options)).not.toBe(first);
    await fs.rm(path.join(contentDir, "images", "new.jpg"));
    await fs.rename(story, path.join(contentDir, "neighbourhoods", "b.md"));
    expect(await bookletFingerprint(options)).not.toBe(first);
  });
});

describe("a kept booklet", () => {
  it("comes back, bytes and all, for its own fingerprint only", async () => {
    const { options } = await tree();
    const made = path.join(await tempDir(), "booklet.pdf");
    await fs.writeFile(made, "%PDF-1.7 the booklet's bytes");
    const printed: BookletResult = {
      pdfPath: made,
      pages: 12,
      bytes: 28,
      passes: 2,
      seconds: 40,
      pagination: { pages: { intro: 1 }, blanks: {} } as unknown as BookletResult["pagination"],
      lowResolution: [],
    };
    await keepBooklet(options, "A5", "fingerprint-1", printed);

    const target = path.join(await tempDir(), "staged", "booklet.pdf");
    expect(await reuseBooklet(options, "A5", "fingerprint-2", target)).toBeUndefined();
    expect(await reuseBooklet(options, "A4", "fingerprint-1", target)).toBeUndefined();
    await expect(fs.access(target)).rejects.toThrow();

    const reused = await reuseBooklet(options, "A5", "fingerprint-1", target);
    expect(reused).toMatchObject({ pdfPath: target, pages: 12, bytes: 28, passes: 0, lowResolution: [] });
    expect(reused?.pagination).toEqual(printed.pagination);
    expect(await fs.readFile(target, "utf8")).toBe("%PDF-1.7 the booklet's bytes");
  });
});
