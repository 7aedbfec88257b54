/**
 * A photograph that many neighbourhoods show is inspected once per reading of the tree: its header check (sharp)
 * is the loader's most expensive step per file, and a big tree shares photographs between many files.
 */
import { afterAll, describe, expect, it, vi } from "vitest";
import { loadBooklet } from "../../src/content/load.ts";
import { imageProblem } from "../../src/content/image-check.ts";
import type * as ImageCheck from "../../src/content/image-check.ts";
import { removeTempDirs, writeContentTree } from "../helpers/content-tree.ts";
import { twoCountyTree } from "../helpers/two-county-tree.ts";

vi.mock("../../src/content/image-check.ts", async (importOriginal) => {
  const original = await importOriginal<typeof ImageCheck>();
  return { ...original, imageProblem: vi.fn(original.imageProblem) };
});

afterAll(removeTempDirs);

describe("the loader's photograph checks", () => {
  it("inspect each photograph once, however many files show it", async () => {
    const tree = twoCountyTree(4);
    const contentDir = await writeContentTree(tree);
    const booklet = await loadBooklet(contentDir);
    // Every neighbourhood of the tree shows the same cover and gallery photograph.
    expect(booklet.neighbourhoods).toHaveLength(4);
    const checked = vi.mocked(imageProblem).mock.calls.map(([, src]) => src);
    expect(checked.sort()).toEqual(["images/cover.jpg", "images/gallery.jpg"]);
  });
});
