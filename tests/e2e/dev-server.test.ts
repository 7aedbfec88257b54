/**
 * The dev server (`npm start`): serves the site and the print preview with live reload; a broken content file
 * shows as an error page in the browser instead of killing the server, and the site comes back once it is fixed.
 * After a neighbourhood's save it writes only the pages that show that neighbourhood (its own, its neighbour's,
 * its county's, the home page); anything else (a new file, a front page) writes every page; the print preview is
 * written when it is asked for, not on every save.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startKetabche, type RunningCli } from "../helpers/cli.ts";
import { removeTempDirs, tempDir, writeContentTree } from "../helpers/content-tree.ts";
import { twoCountyTree } from "../helpers/two-county-tree.ts";
import { eventually, freePort, get as fetchPage } from "../helpers/http.ts";

let server: RunningCli;
let base: URL;
let content: string;
let output: string;

const get = (url: string) => fetchPage(new URL(url.replace(/^\//, ""), base));

beforeAll(async () => {
  content = await writeContentTree(twoCountyTree(4));
  const port = await freePort();
  output = await tempDir("ketabche-serve-");
  server = startKetabche(["serve", "--content", content, "--output", output, "--port", String(port)]);
  const [printed] = await server.waitFor(/^پیش‌نمایش وب‌گاه: \S+$/m);
  base = new URL(printed.replace(/^.*: /, ""));
  await eventually(async () => (await get("/")).status === 200, 120, server.output);
});

afterAll(async () => {
  await server?.stop();
  await removeTempDirs();
});

describe("the dev server", () => {
  it("serves the site and the print preview, with the live-reload client", async () => {
    const home = await get("/");
    expect(home.body).toContain("کتابچه آزمایشی");
    expect(home.body).toMatch(/reload-client\.js/);
    const print = await get("/print/");
    expect(print.status).toBe(200);
    expect(print.body).toContain('class="toc"');
  });

  it("shows a content error as a page in the browser, and recovers when the file is fixed", async () => {
    const file = path.join(content, "neighbourhoods", "a.md");
    const good = await fs.readFile(file, "utf8");
    await fs.writeFile(file, good.replace("population: 1000", "population: بسیار"));
    await eventually(async () => (await get("/neighbourhoods/a/")).status === 500, 60, server.output);
    const error = await get("/neighbourhoods/a/");
    expect(error.body).toContain("وب‌گاه ساخته نشد");
    expect(error.body).toMatch(/a\.md:\d+/);
    expect(error.body).toContain("population");
    expect(error.body).toContain("باید عدد باشد");
    // On error pages the dev server inlines its reload client, so the page refreshes itself once the file is fixed.
    expect(error.body).toMatch(/<script type="module" integrity=/);
    expect(server.child.exitCode).toBeNull();

    await fs.writeFile(file, good);
    await eventually(async () => (await get("/neighbourhoods/a/")).status === 200, 60, server.output);
    expect((await get("/neighbourhoods/a/")).body).toContain("<h1>الف</h1>");
  });
});

/** When each page of the site was last written, by URL path. */
async function writtenTimes(...pages: string[]): Promise<Record<string, number>> {
  const times: Record<string, number> = {};
  for (const page of pages) times[page] = (await fs.stat(path.join(output, "site", page, "index.html"))).mtimeMs;
  return times;
}

/** Replaces `from` with `to` in a content file, as an editor's save. */
async function edit(file: string, from: string, to: string): Promise<void> {
  const full = path.join(content, file);
  await fs.writeFile(full, (await fs.readFile(full, "utf8")).replace(from, to));
}

const UNRELATED = ["neighbourhoods/c", "neighbourhoods/d", "counties/nazarabad", "pages/foreword", "search", "print"];

describe("the dev server after a save", () => {
  it("writes only the pages that show the edited neighbourhood, and the print preview when it is asked for", async () => {
    await eventually(async () => (await get("/print/")).status === 200, 120, server.output);
    const before = await writtenTimes(...UNRELATED);

    await edit("neighbourhoods/a.md", "name: الف", "name: الفبا");
    await eventually(async () => (await get("/neighbourhoods/a/")).body.includes("<h1>الفبا</h1>"), 60, server.output);
    // Its neighbour's pager, its county's list and the home page's name it anew.
    for (const page of ["/neighbourhoods/b/", "/counties/karaj/", "/"]) {
      await eventually(async () => (await get(page)).body.includes("الفبا"), 60, server.output);
    }
    // Pages that do not show it were not written again, nor was the print preview.
    expect(await writtenTimes(...UNRELATED)).toEqual(before);

    const print = await get("/print/");
    expect(print.status).toBe(200);
    expect(print.body).toContain("الفبا");
  });

  it("writes every page after a new neighbourhood file or a front page's save", async () => {
    const before = await writtenTimes("neighbourhoods/a", "pages/foreword", "search");
    const d = await fs.readFile(path.join(content, "neighbourhoods", "d.md"), "utf8");
    await fs.writeFile(
      path.join(content, "neighbourhoods", "e.md"),
      d.replace("name: ت", "name: ث").replace("order: 4", "order: 5"),
    );
    await eventually(async () => (await get("/neighbourhoods/e/")).body.includes("<h1>ث</h1>"), 60, server.output);
    const afterNew = await writtenTimes("neighbourhoods/a", "pages/foreword", "search");
    for (const page of Object.keys(before)) expect(afterNew[page], page).toBeGreaterThan(before[page]!);

    await edit("pages/foreword.md", "متن پیشگفتار.", "متن تازه پیشگفتار.");
    await eventually(async () => (await get("/pages/foreword/")).body.includes("متن تازه پیشگفتار."), 60);
    await eventually(async () => {
      const after = await writtenTimes("neighbourhoods/a", "search");
      return Object.entries(after).every(([page, time]) => time > afterNew[page]!);
    }, 60);
  });
});
