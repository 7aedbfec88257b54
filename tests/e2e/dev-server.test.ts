/**
 * The dev server (`npm start`): serves the site and the print preview with live reload; a broken content file
 * shows as an error page in the browser instead of killing the server, and the site comes back once it is fixed.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs/promises";
import http from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT, TEST_IMAGE_CACHE } from "../helpers/cli.ts";
import { tempDir, writeContentTree } from "../helpers/content-tree.ts";

let server: ChildProcess;
let log = "";
let base: string;
let content: string;

/** As a browser navigating to a page: the dev server injects its live-reload client only into navigations. */
function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(new URL(url, base), { headers: { accept: "text/html", "sec-fetch-mode": "navigate" } }, (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      })
      .on("error", reject);
  });
}

/** Polls until `check` passes: the server rebuilds on its own time after a file changes. */
async function eventually(check: () => Promise<boolean>, seconds = 60): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`timed out; server log:\n${log}`);
}

beforeAll(async () => {
  content = await writeContentTree({
    counties: [{ slug: "karaj", name: "کرج" }],
    neighbourhoods: [{ slug: "a", name: "الف", county: "کرج" }],
  });
  const port = 18_000 + Math.floor(Math.random() * 2000);
  base = `http://localhost:${port}/`;
  server = spawn(
    process.execPath,
    [
      path.join(PROJECT_ROOT, "bin", "ketabche.js"),
      "serve",
      "--content",
      content,
      "--output",
      await tempDir("ketabche-serve-"),
      "--port",
      String(port),
    ],
    {
      cwd: PROJECT_ROOT,
      env: { ...process.env, KETABCHE_CACHE: TEST_IMAGE_CACHE },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  server.stdout!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  server.stderr!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  await eventually(async () => (await get("/")).status === 200, 120);
});

afterAll(() => {
  server?.kill("SIGTERM");
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
    await eventually(async () => (await get("/neighbourhoods/a/")).status === 500);
    const error = await get("/neighbourhoods/a/");
    expect(error.body).toContain("وب‌گاه ساخته نشد");
    expect(error.body).toMatch(/a\.md:\d+/);
    expect(error.body).toContain("population");
    expect(error.body).toContain("باید عدد باشد");
    // On error pages the dev server inlines its reload client, so the page refreshes itself once the file is fixed.
    expect(error.body).toMatch(/<script type="module" integrity=/);
    expect(server.exitCode).toBeNull();

    await fs.writeFile(file, good);
    await eventually(async () => (await get("/neighbourhoods/a/")).status === 200);
    expect((await get("/neighbourhoods/a/")).body).toContain("<h1>الف</h1>");
  });
});
