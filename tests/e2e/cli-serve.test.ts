/**
 * `ketabche serve` as a user (or npm, or a process manager) runs it: it prints the preview's address, bound to this
 * machine unless asked otherwise, serves the site there, and stops cleanly — closing the port and saying so — on
 * SIGTERM as on SIGINT (Ctrl+C), whoever sends it.
 */
import { afterAll, describe, expect, it } from "vitest";
import { startKetabche, type RunningCli } from "../helpers/cli.ts";
import { expectCleanOutput } from "../helpers/clean-output.ts";
import { removeTempDirs, tempDir, writeContentTree } from "../helpers/content-tree.ts";
import { freePort, get, listening } from "../helpers/http.ts";

const running: RunningCli[] = [];

afterAll(async () => {
  await Promise.all(running.map((run) => run.stop()));
  await removeTempDirs();
});

/** Starts `serve` on a small tree and a free port; resolves once it has printed its address. */
async function serve(pathPrefix?: string): Promise<{ run: RunningCli; url: URL; port: number }> {
  const content = await writeContentTree({
    counties: [{ slug: "karaj", name: "کرج" }],
    neighbourhoods: [{ slug: "a", name: "الف", county: "کرج" }],
    pathPrefix,
  });
  const port = await freePort();
  const run = startKetabche([
    "serve",
    "--content",
    content,
    "--output",
    await tempDir("ketabche-serve-"),
    "--port",
    String(port),
  ]);
  running.push(run);
  const [printed] = await run.waitFor(/^پیش‌نمایش وب‌گاه: (\S+)$/m);
  return { run, url: new URL(printed.replace(/^.*: /, "")), port };
}

describe("ketabche serve", () => {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    it(`prints its address on this machine, serves the site there, and stops on ${signal}`, async () => {
      const { run, url, port } = await serve();
      expect(url.href).toBe(`http://127.0.0.1:${port}/`);
      const home = await get(url);
      expect(home.status).toBe(200);
      expect(home.body).toContain("کتابچه آزمایشی");
      expect((await get(new URL("neighbourhoods/a/", url))).body).toContain("<h1>الف</h1>");

      run.child.kill(signal);
      expect(await run.exited).toEqual({ code: 0, signal: null });
      expect(run.output()).toMatch(/پیش‌نمایش بسته شد\.\s*$/);
      expectCleanOutput({ stdout: run.output(), stderr: "" });
      expect(await listening(port)).toBe(false);
    });
  }

  it("serves the site and the print preview (built when first asked for) under the settings' path prefix", async () => {
    const { run, url, port } = await serve("/ketabche/");
    expect(url.href).toBe(`http://127.0.0.1:${port}/ketabche/`);
    expect((await get(new URL("neighbourhoods/a/", url))).body).toContain("<h1>الف</h1>");
    const print = await get(new URL("print/", url));
    expect(print.status).toBe(200);
    expect(print.body).toContain('class="toc"');
    expect(print.body).toContain("الف");
    await run.stop();
  });
});
