/**
 * What the dev server writes again after a save (src/site/dev-rebuild-plan.ts), from the changed paths and the
 * booklet before and after: a neighbourhood's save writes its page, its neighbours' when its name (in their pager)
 * changed, its county's and the home page; anything else writes every page.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readContentTree } from "../../src/content/load.ts";
import type { Booklet } from "../../src/content/model.ts";
import { pagedItems, planSiteRebuild, writesTemplate, type SitePlan } from "../../src/site/dev-rebuild-plan.ts";
import { removeTempDirs, writeContentTree } from "../helpers/content-tree.ts";
import { twoCountyTree } from "../helpers/two-county-tree.ts";

afterAll(removeTempDirs);

/** a, b in Karaj and c in Nazarabad, in that order; then `change` edits the tree and it is read again. */
async function saved(change: (dir: string) => Promise<string[]>): Promise<{ plan: SitePlan; next: Booklet }> {
  const dir = await writeContentTree(twoCountyTree());
  const written = (await readContentTree(dir, { cwd: dir })).booklet!;
  const changed = (await change(dir)).map((file) => path.resolve(dir, file));
  const next = (await readContentTree(dir, { cwd: dir })).booklet!;
  return { plan: planSiteRebuild({ changed, contentDir: dir, written, next }), next };
}

async function edit(dir: string, file: string, from: string, to: string): Promise<string[]> {
  const full = path.join(dir, file);
  await fs.writeFile(full, (await fs.readFile(full, "utf8")).replace(from, to));
  return [file];
}

const some = (neighbourhoods: string[], counties: string[]) => ({
  kind: "some",
  neighbourhoods: new Set(neighbourhoods),
  counties: new Set(counties),
});

describe("the pages a save writes again", () => {
  it("a neighbourhood's story: its page and its county's", async () => {
    const { plan } = await saved((dir) => edit(dir, "neighbourhoods/c.md", "روایت این محله.", "روایتی دیگر."));
    expect(plan).toEqual(some(["c"], ["nazarabad"]));
  });

  it("a neighbourhood's name: also its neighbours' pages, whose pager shows it", async () => {
    const { plan } = await saved((dir) => edit(dir, "neighbourhoods/b.md", "name: ب", "name: بی"));
    expect(plan).toEqual(some(["a", "b", "c"], ["karaj", "nazarabad"]));
  });

  it("a saved file that shows no difference still writes its own page", async () => {
    const { plan } = await saved(async () => ["neighbourhoods/a.md"]);
    expect(plan).toEqual(some(["a"], ["karaj"]));
  });

  it("every page after a change that moves neighbourhoods: a new file, another county, another order", async () => {
    const added = await saved(async (dir) => {
      const c = await fs.readFile(path.join(dir, "neighbourhoods", "c.md"), "utf8");
      await fs.writeFile(path.join(dir, "neighbourhoods", "d.md"), c.replace("order: 3", "order: 4"));
      return ["neighbourhoods/d.md"];
    });
    expect(added.plan).toEqual({ kind: "all" });
    const moved = await saved((dir) => edit(dir, "neighbourhoods/b.md", "county: کرج", "county: نظرآباد"));
    expect(moved.plan).toEqual({ kind: "all" });
    const reordered = await saved((dir) => edit(dir, "neighbourhoods/a.md", "order: 1", "order: 9"));
    expect(reordered.plan).toEqual({ kind: "all" });
  });

  it("every page after any other file: settings, a front page, a photograph, a layout or stylesheet", async () => {
    for (const other of ["booklet.yml", "pages/foreword.md", "images/cover.jpg", "/project/layouts/base.njk"]) {
      const { plan } = await saved(async () => ["neighbourhoods/a.md", other]);
      expect(plan, other).toEqual({ kind: "all" });
    }
  });

  it("nothing of the site when nothing changed (the print preview asked for), everything on the first build", async () => {
    const { plan, next } = await saved(async () => []);
    expect(plan).toEqual({ kind: "none" });
    expect(planSiteRebuild({ changed: [], contentDir: next.contentDir, written: undefined, next })).toEqual({
      kind: "all",
    });
  });
});

describe("what a plan writes", () => {
  it("pages over the planned neighbourhoods and counties only", async () => {
    const { plan, next } = await saved((dir) => edit(dir, "neighbourhoods/c.md", "روایت این محله.", "روایتی دیگر."));
    const items = pagedItems(next, plan);
    expect(items.neighbourhoods.map((n) => n.slug)).toEqual(["c"]);
    expect(items.counties.map((c) => c.slug)).toEqual(["nazarabad"]);
    expect(pagedItems(next, { kind: "all" }).neighbourhoods).toHaveLength(3);
  });

  it("writes the templates that show neighbourhoods after a save, the print pages when asked for", () => {
    const partial = { site: some(["a"], ["karaj"]) as SitePlan, print: false };
    const site = { print: false, dependsOnNeighbourhoods: false };
    const listing = { print: false, dependsOnNeighbourhoods: true };
    const print = { print: true, dependsOnNeighbourhoods: false };
    expect([site, listing, print].map((t) => writesTemplate(partial, t))).toEqual([false, true, false]);
    const all = { site: { kind: "all" } as SitePlan, print: false };
    expect([site, listing, print].map((t) => writesTemplate(all, t))).toEqual([true, true, false]);
    const printOnly = { site: { kind: "none" } as SitePlan, print: true };
    expect([site, listing, print].map((t) => writesTemplate(printOnly, t))).toEqual([false, false, true]);
  });
});
