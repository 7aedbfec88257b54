import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, headersFile } from "../../src/site/security.ts";

/** The directives of a policy, by name: "img-src 'self'" → { "img-src": "'self'" }. */
function directives(policy: string): Record<string, string> {
  return Object.fromEntries(
    policy.split(";").map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values.join(" ")];
    }),
  );
}

interface Rule {
  pattern: string;
  headers: Record<string, string>;
}

/** Reads a `_headers` file: a path pattern on its own line, its headers indented below it; `#` starts a comment. */
function parseHeaders(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.startsWith("#")) continue;
    if (/^\s/.test(line)) {
      const [, name, value] = /^\s+([^:]+):\s*(.*)$/.exec(line) ?? [];
      if (!name || value === undefined || !rules.length) throw new Error(`not a header line: ${line}`);
      rules.at(-1)!.headers[name] = value;
    } else rules.push({ pattern: line, headers: {} });
  }
  return rules;
}

/** How static hosts match a rule: literal text, where `*` stands for anything (slashes included). */
function matchesPattern(pattern: string, path: string): boolean {
  const regex = pattern
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${regex}$`).test(path);
}

const YEAR = "public, max-age=31536000, immutable";
const REVALIDATE = "public, max-age=0, must-revalidate";

describe("contentSecurityPolicy", () => {
  it("allows no script at all on the built site's pages", () => {
    const policy = directives(contentSecurityPolicy("build"));
    expect(policy["default-src"]).toBe("'none'");
    expect(policy).not.toHaveProperty("script-src");
    expect(policy).not.toHaveProperty("worker-src");
    // Without a script nothing can connect; 'self' lets Lighthouse read robots.txt from the page.
    expect(policy["connect-src"]).toBe("'self'");
    expect(contentSecurityPolicy("build")).not.toContain("unsafe");
  });

  it("allows only the site's own stylesheets, fonts and images", () => {
    const policy = directives(contentSecurityPolicy("build"));
    expect(policy["img-src"]).toBe("'self'");
    expect(policy["style-src"]).toBe("'self'");
    expect(policy["font-src"]).toBe("'self'");
    expect(policy["object-src"]).toBe("'none'");
    expect(policy["base-uri"]).toBe("'none'");
    expect(policy["manifest-src"]).toBe("'self'");
    // The header's search box submits to the site's own search page, and nowhere else.
    expect(policy["form-action"]).toBe("'self'");
  });

  it("names each directive once (browsers ignore, and warn about, a repeated one)", () => {
    for (const mode of ["build", "serve"] as const) {
      for (const kind of ["page", "search"] as const) {
        const names = contentSecurityPolicy(mode, kind)
          .split(";")
          .map((d) => d.trim().split(/\s+/)[0]);
        expect(new Set(names).size, `${mode} ${kind}`).toBe(names.length);
      }
    }
  });

  it("gives the search page its own script, Pagefind's WebAssembly and worker, and nothing inline", () => {
    for (const mode of ["build", "serve"] as const) {
      const search = directives(contentSecurityPolicy(mode, "search"));
      expect(search["script-src"]).toBe("'self' 'wasm-unsafe-eval'");
      expect(search["connect-src"]).toBe("'self'");
      expect(search["worker-src"]).toBe("'self'");
      expect(search["default-src"]).toBe("'none'");
      expect(contentSecurityPolicy(mode, "search")).not.toMatch(/'unsafe-(eval|inline)'|\*|data:|blob:/);
    }
    // Every other directive is the script-free policy's.
    const page = directives(contentSecurityPolicy("build"));
    const search = directives(contentSecurityPolicy("build", "search"));
    for (const [name, value] of Object.entries(page)) expect(search[name], name).toBe(value);
  });

  it("lets the dev server run its own live-reload script and socket, and nothing inline", () => {
    const policy = directives(contentSecurityPolicy("serve"));
    expect(policy["script-src"]).toBe("'self'");
    expect(policy["connect-src"]).toBe("'self'");
    expect(policy["default-src"]).toBe("'none'");
    expect(contentSecurityPolicy("serve")).not.toContain("unsafe");
  });
});

describe("headersFile: the static host's _headers", () => {
  const paths = (prefix: string) => [
    `${prefix}`,
    `${prefix}assets/css/site.0123456789.css`,
    `${prefix}assets/fonts/vazirmatn.0123456789.woff2`,
    `${prefix}img/AbCdEfGhIj-800.avif`,
    `${prefix}img/print/AbCdEfGhIj-1394.jpeg`,
    `${prefix}neighbourhoods/hesarak/`,
    `${prefix}counties/karaj/`,
    `${prefix}pages/about/`,
    `${prefix}print/`,
    `${prefix}print/pages.css`,
    `${prefix}404.html`,
    `${prefix}booklet.pdf`,
  ];

  it.each(["/", "/ketabche/", "/a/b/"])("puts every rule under the path prefix %j", (prefix) => {
    const rules = parseHeaders(headersFile(prefix));
    expect(rules.length).toBeGreaterThan(3);
    for (const rule of rules) expect(rule.pattern.startsWith(prefix), rule.pattern).toBe(true);
  });

  it.each(["/", "/ketabche/"])(
    "gives every path of the site its Cache-Control from exactly one rule (%j)",
    (prefix) => {
      const rules = parseHeaders(headersFile(prefix));
      for (const path of paths(prefix)) {
        const caching = rules.filter((r) => matchesPattern(r.pattern, path) && "Cache-Control" in r.headers);
        expect(
          caching.map((r) => r.pattern),
          path,
        ).toHaveLength(1);
      }
    },
  );

  it("caches content-hashed assets and images for a year and makes pages revalidate", () => {
    const rules = parseHeaders(headersFile("/ketabche/"));
    const cacheOf = (path: string) =>
      rules.find((r) => matchesPattern(r.pattern, path) && "Cache-Control" in r.headers)?.headers["Cache-Control"];
    expect(cacheOf("/ketabche/assets/css/site.0123456789.css")).toBe(YEAR);
    expect(cacheOf("/ketabche/img/AbCdEfGhIj-800.avif")).toBe(YEAR);
    expect(cacheOf("/ketabche/")).toBe(REVALIDATE);
    expect(cacheOf("/ketabche/neighbourhoods/hesarak/")).toBe(REVALIDATE);
    expect(cacheOf("/ketabche/booklet.pdf")).toBe(REVALIDATE);
    expect(cacheOf("/ketabche/404.html")).toBe(REVALIDATE);
  });

  it("sends the other security headers from a catch-all rule that sets no Cache-Control and no policy", () => {
    const rules = parseHeaders(headersFile("/ketabche/"));
    const catchAll = rules.filter((r) => r.pattern === "/ketabche/*");
    expect(catchAll).toHaveLength(1);
    const headers = catchAll[0]!.headers;
    expect(headers).not.toHaveProperty("Cache-Control");
    expect(headers).not.toHaveProperty("Content-Security-Policy");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
  });

  it.each(["/", "/ketabche/"])(
    "gives every path its policy from exactly one rule, scripts only to search (%j)",
    (prefix) => {
      const rules = parseHeaders(headersFile(prefix));
      const all = [
        ...paths(prefix),
        `${prefix}sitemap.xml`,
        `${prefix}robots.txt`,
        `${prefix}manifest.webmanifest`,
        `${prefix}favicon.ico`,
        `${prefix}search/`,
        `${prefix}pagefind/pagefind.js`,
      ];
      for (const path of all) {
        const withPolicy = rules.filter(
          (r) => matchesPattern(r.pattern, path) && "Content-Security-Policy" in r.headers,
        );
        expect(withPolicy, path).toHaveLength(1);
        const csp = directives(withPolicy[0]!.headers["Content-Security-Policy"]!);
        expect(csp["frame-ancestors"], path).toBe("'none'");
        expect(csp["default-src"], path).toBe("'none'");
        const search = path.startsWith(`${prefix}search/`) || path.startsWith(`${prefix}pagefind/`);
        if (search) expect(csp["script-src"], path).toBe("'self' 'wasm-unsafe-eval'");
        else expect(csp, path).not.toHaveProperty("script-src");
      }
    },
  );
});
