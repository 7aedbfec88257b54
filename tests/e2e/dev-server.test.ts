/**
 * The dev server (`npm start`): serves the site and the print preview with live reload; a broken content file
 * shows as an error page in the browser instead of killing the server, and the site comes back once it is fixed.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startKetabche, type RunningCli } from "../helpers/cli.ts";
import { removeTempDirs, tempDir, writeContentTree } from "../helpers/content-tree.ts";
import { eventually, freePort, get as fetchPage } from "../helpers/http.ts";

let server: RunningCli;
let base: URL;
let content: string;

const get = (url: string) => fetchPage(new URL(url.replace(/^\//, ""), base));

beforeAll(async () => {
  content = await writeContentTree({
    counties: [{ slug: "karaj", name: "کرج" }],
    neighbourhoods: [{ slug: "a", name: "الف", county: "کرج" }],
  });
  const port = await freePort();
  const output = await tempDir("ketabche-serve-");
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
