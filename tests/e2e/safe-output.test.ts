/**
 * Nothing an editor writes can make the public site unsafe: raw HTML is shown as text, links are limited to
 * web, e-mail, telephone and in-site addresses, pages carry no script or event handler, and the host gets a
 * Content-Security-Policy and cache rules (with content-hashed asset names) in `_headers`.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ketabche } from "../helpers/cli.ts";
import { removeTempDirs, tempDir, writeContentTree } from "../helpers/content-tree.ts";
import { htmlFiles, readPage } from "../helpers/site.ts";
import { DEFAULT_BROWSER, launchBrowser } from "../../src/print/browser.ts";
import { serveStatic } from "../../src/pipeline/static-server.ts";

const hostileBody = [
  "<script>alert('body')</script>",
  "",
  '<img src="x" onerror="alert(1)"> و <a href="javascript:alert(2)">پیوند</a>',
  "",
  "[بد ۱](javascript:alert(3)) [بد ۲](data:text/html,<script>alert(4)</script>) [بد ۳](vbscript:msgbox(5)) [بد ۴](file:///etc/passwd)",
  "",
  "[وب](https://example.org/a) [نامه](mailto:info@example.org) [تلفن](tel:+982612345678) [درون](/counties/karaj/)",
].join("\n");

let siteDir: string;

afterAll(removeTempDirs);

beforeAll(async () => {
  const content = await writeContentTree({
    counties: [{ slug: "karaj", name: "کرج" }],
    neighbourhoods: [{ slug: "a", name: "الف", county: "کرج", body: hostileBody }],
    pages: [
      {
        slug: "about",
        title: 'درباره <b onclick="x()">ما</b>',
        order: 1,
        body: '<iframe src="https://evil.example"></iframe>',
      },
    ],
  });
  const output = await tempDir("ketabche-safe-");
  const result = await ketabche(["site", "--content", content, "--output", output]);
  expect(result.code, result.stderr).toBe(0);
  siteDir = path.join(output, "site");
});

describe("safe output", () => {
  it("shows raw HTML from editors as text, never as markup", async () => {
    const html = await fs.readFile(path.join(siteDir, "neighbourhoods", "a", "index.html"), "utf8");
    expect(html).toContain("&lt;script&gt;alert(");
    expect(html).toContain("&lt;img src=");
    const about = await fs.readFile(path.join(siteDir, "pages", "about", "index.html"), "utf8");
    expect(about).not.toMatch(/<iframe|<b onclick/);
    expect(about).toContain("&lt;iframe");
  });

  it("allows only http(s), mailto, tel and relative link targets", async () => {
    const page = await readPage(path.join(siteDir, "neighbourhoods", "a", "index.html"));
    const hrefs = page.querySelectorAll("main .prose a").map((a) => a.getAttribute("href"));
    expect(hrefs).toEqual([
      "https://example.org/a",
      "mailto:info@example.org",
      "tel:+982612345678",
      "/counties/karaj/",
    ]);
  });

  it("has no script (but the search page's own file), inline script, event handler or javascript: URL", async () => {
    for (const file of await htmlFiles(siteDir)) {
      const raw = await fs.readFile(file, "utf8");
      const name = path.relative(siteDir, file);
      // Data that no browser runs (JSON-LD) is allowed, and on the search page its one script file.
      let html = raw.replace(/<script type="application\/ld\+json">[^<]*<\/script>/g, "");
      if (name === path.join("search", "index.html")) {
        const script = /<script type="module" src="\/assets\/js\/search\.[0-9a-f]{10}\.js"><\/script>/;
        expect(html).toMatch(script);
        html = html.replace(script, "");
      }
      expect([name, html]).not.toEqual([name, expect.stringMatching(/<script\b/i)]);
      // An event handler is an attribute: escaped text inside an attribute's value (an editor's title in
      // og:title) is not one.
      const tags = html.replace(/"[^"]*"/g, '""');
      expect([name, tags]).not.toEqual([name, expect.stringMatching(/<[^>]+\son[a-z]+\s*=/i)]);
      expect([name, html]).not.toEqual([
        name,
        expect.stringMatching(/(?:href|src)\s*=\s*["']?\s*(?:javascript|data|vbscript):/i),
      ]);
      expect([name, html]).not.toEqual([name, expect.stringMatching(/<[^>]+\sstyle\s*=/i)]);
      const csp = (await readPage(file))
        .querySelector('meta[http-equiv="Content-Security-Policy"]')
        ?.getAttribute("content");
      expect([name, csp]).toEqual([name, expect.stringContaining("default-src 'none'")]);
    }
  });

  it("writes _headers with the policy, a year's cache for hashed assets and revalidation for pages", async () => {
    const headers = await fs.readFile(path.join(siteDir, "_headers"), "utf8");
    expect(headers).toMatch(
      /^\/neighbourhoods\/\*\n {2}Content-Security-Policy: default-src 'none';.*frame-ancestors 'none'$/m,
    );
    expect(headers).toMatch(/^\/assets\/\*\n.*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
    expect(headers).toMatch(/^\/img\/\*\n.*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
    expect(headers).toMatch(/^\/neighbourhoods\/\*\n.*\n {2}Cache-Control: public, max-age=0, must-revalidate$/m);
    // The catch-all rule sets no Cache-Control and no policy, so no path gets two.
    expect(headers.split(/\n\n/)[0]).not.toMatch(/Cache-Control|Content-Security-Policy/);
  });

  it("names every asset by its content, and pages refer to those names", async () => {
    const assets = await fs.readdir(path.join(siteDir, "assets"), { recursive: true, withFileTypes: true });
    const files = assets.filter((e) => e.isFile()).map((e) => e.name);
    expect(files.length).toBeGreaterThan(3);
    for (const name of files) expect(name).toMatch(/\.[0-9a-f]{10}\.(css|woff2|js|svg|png)$/);
    const images = await fs.readdir(path.join(siteDir, "img"));
    for (const name of images.filter((n) => n !== "print" && n !== "og"))
      expect(name).toMatch(/^[A-Za-z0-9_-]{10}-\d+\.(avif|webp|jpeg)$/);
    const home = await fs.readFile(path.join(siteDir, "index.html"), "utf8");
    expect(home).toMatch(/href="\/assets\/css\/site\.[0-9a-f]{10}\.css"/);
    const css = await fs.readFile(
      path.join(
        siteDir,
        "assets",
        "css",
        files.find((f) => f.startsWith("site."))!,
      ),
      "utf8",
    );
    expect(css).toMatch(/url\("\.\.\/fonts\/vazirmatn\.[0-9a-f]{10}\.woff2"\)/);
  });

  it("works in Chromium under its policy: no violation, stylesheet and font loaded", async () => {
    const server = await serveStatic(siteDir);
    const browser = await launchBrowser(DEFAULT_BROWSER);
    try {
      const page = await browser.newPage();
      const violations: string[] = [];
      page.on("console", (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      await page.goto(new URL("neighbourhoods/a/", server.url).href, { waitUntil: "networkidle0" });
      const state = await page.evaluate(async () => {
        await document.fonts.ready;
        return {
          font: getComputedStyle(document.body).fontFamily,
          loaded: [...document.fonts].some((f) => f.family.replace(/"/g, "") === "Vazirmatn" && f.status === "loaded"),
          sheets: document.styleSheets.length,
        };
      });
      expect(violations).toEqual([]);
      expect(state.sheets).toBe(1);
      expect(state.loaded).toBe(true);
      expect(state.font).toContain("Vazirmatn");
      // The search page runs under its own policy, and an editor's markup reaches its excerpts as text.
      await page.goto(new URL("search/?q=alert", server.url).href, { waitUntil: "networkidle0" });
      await page.waitForSelector(".result");
      const found = await page.$$eval(".result__excerpt", (excerpts) =>
        excerpts.map((p) => ({ text: p.textContent, elements: [...p.querySelectorAll("*")].map((e) => e.localName) })),
      );
      expect(found.length).toBeGreaterThan(0);
      expect(found.map((f) => f.text).join(" ")).toContain("<script>alert(");
      for (const { elements } of found) for (const element of elements) expect(element).toBe("mark");
      expect(violations).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
