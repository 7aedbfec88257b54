/**
 * Which pages a build writes on top of the published site (src/site/site-reuse-plan.ts): from the facts of both,
 * a story's correction writes its page and its county's; a renamed neighbourhood or another photograph (files with
 * new names), the settings, the order, the page plan or the code write every page; only a file's date writes the
 * pages that list every neighbourhood; nothing changed writes nothing.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readContentTree } from "../../src/content/load.ts";
import type { Booklet } from "../../src/content/model.ts";
import { planSiteReuse, siteFacts, type SiteInputs } from "../../src/site/site-reuse-plan.ts";
import { removeTempDirs, writeContentTree } from "../helpers/content-tree.ts";
import { twoCountyTree } from "../helpers/two-county-tree.ts";

afterAll(removeTempDirs);

const inputs = (booklet: Booklet, extra: Partial<SiteInputs> = {}): SiteInputs => ({
  booklet,
  code: "code-1",
  photos: { "images/cover.jpg": "100:1", "images/gallery.jpg": "200:1" },
  days: { "booklet.yml": "2026-12-01", "neighbourhoods/a.md": "2026-12-01" },
  ...extra,
});

/** The plan after `change` edits the tree (a, b in Karaj; c in Nazarabad), everything else as given. */
async function planAfter(
  change: (dir: string) => Promise<void>,
  extra: { before?: Partial<SiteInputs>; after?: Partial<SiteInputs> } = {},
) {
  const dir = await writeContentTree(twoCountyTree());
  const first = (await readContentTree(dir, { cwd: dir })).booklet!;
  await change(dir);
  const next = (await readContentTree(dir, { cwd: dir })).booklet!;
  return planSiteReuse(siteFacts(inputs(first, extra.before)), siteFacts(inputs(next, extra.after)), next);
}

async function edit(dir: string, file: string, from: string, to: string): Promise<void> {
  const full = path.join(dir, file);
  const text = await fs.readFile(full, "utf8");
  if (!text.includes(from)) throw new Error(`${from} is not in ${file}`);
  await fs.writeFile(full, text.replace(from, to));
}

const nothing = async () => undefined;

describe("the pages a build writes on top of the published site", () => {
  it("a story corrected: its page and its county's", async () => {
    const plan = await planAfter((dir) => edit(dir, "neighbourhoods/c.md", "روایت این محله.", "روایتی دیگر."));
    expect(plan).toEqual({ kind: "some", neighbourhoods: new Set(["c"]), counties: new Set(["nazarabad"]) });
  });

  it("nothing changed: nothing; only a file's date: the pages that list every neighbourhood", async () => {
    expect(await planAfter(nothing)).toEqual({ kind: "none" });
    const days = { "booklet.yml": "2026-12-01", "neighbourhoods/a.md": "2026-12-04" };
    expect(await planAfter(nothing, { after: { days } })).toEqual({
      kind: "some",
      neighbourhoods: new Set(),
      counties: new Set(),
    });
  });

  it("a name, a photograph or the settings changed: every page", async () => {
    expect(await planAfter((dir) => edit(dir, "neighbourhoods/b.md", "name: ب", "name: بی"))).toEqual({ kind: "all" });
    const otherCover = (dir: string) => edit(dir, "neighbourhoods/a.md", "images/cover.jpg", "images/gallery.jpg");
    expect(await planAfter(otherCover)).toEqual({ kind: "all" });
    const photos = { "images/cover.jpg": "100:2", "images/gallery.jpg": "200:1" };
    expect(await planAfter(nothing, { after: { photos } })).toEqual({ kind: "all" });
    expect(await planAfter((dir) => edit(dir, "booklet.yml", "کتابچه آزمایشی", "کتابچه دیگر"))).toEqual({
      kind: "all",
    });
  });

  it("the code, the page plan or the order changed, or no published site: every page", async () => {
    expect(await planAfter(nothing, { after: { code: "code-2" } })).toEqual({ kind: "all" });
    const plan = { pages: { "nh-a": 5 }, blanks: {}, totalPages: 40 } as unknown as SiteInputs["plan"];
    expect(await planAfter(nothing, { after: { plan } })).toEqual({ kind: "all" });
    expect(await planAfter((dir) => edit(dir, "neighbourhoods/a.md", "order: 1", "order: 9"))).toEqual({
      kind: "all",
    });
    const dir = await writeContentTree(twoCountyTree());
    const booklet = (await readContentTree(dir, { cwd: dir })).booklet!;
    expect(planSiteReuse(undefined, siteFacts(inputs(booklet)), booklet)).toEqual({ kind: "all" });
  });
});
