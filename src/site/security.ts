/**
 * What keeps the public site safe to host: a Content-Security-Policy that allows nothing but the site's own
 * stylesheets, fonts, images and web manifest, and cache rules that let a CDN keep the content-hashed assets for a
 * year while every page revalidates. The search page alone runs a script (its own, and Pagefind's, which
 * compiles WebAssembly and may start a worker); no other page gets any script at all.
 */
export type SiteMode = "build" | "serve";
/** Which policy a page gets: every page but the search page has no script. */
export type PolicyKind = "page" | "search";

export function contentSecurityPolicy(mode: SiteMode, kind: PolicyKind = "page"): string {
  const directives = [
    "default-src 'none'",
    "img-src 'self'",
    "style-src 'self'",
    "font-src 'self'",
    "manifest-src 'self'",
    // No page but the search page can run a script, so this allows nothing in practice; it lets Lighthouse fetch
    // robots.txt from the page, as it does (GoogleChrome/lighthouse#4386: with connect-src 'none' it reports the
    // file as missing and takes SEO points).
    "connect-src 'self'",
    "base-uri 'none'",
    // The search box in every page's header is a plain GET form to the site's own search page.
    "form-action 'self'",
    "object-src 'none'",
  ];
  // Pagefind fetches its index (connect-src, above), instantiates its WebAssembly (which CSP only allows with
  // 'wasm-unsafe-eval', never 'unsafe-eval') and runs it in a worker when it can.
  if (kind === "search") directives.push("script-src 'self' 'wasm-unsafe-eval'", "worker-src 'self'");
  // The dev server injects its live-reload client and talks to it over a WebSocket.
  else if (mode === "serve") directives.push("script-src 'self'");
  return directives.join("; ");
}

const YEAR = "public, max-age=31536000, immutable";
const REVALIDATE = "public, max-age=0, must-revalidate";

/**
 * The `_headers` file of static hosts (Cloudflare Pages, Netlify and others). Hosts merge the headers of every
 * rule that matches a path (two policies would both apply, and the stricter would win), so each path gets its
 * Cache-Control and its Content-Security-Policy from exactly one rule: assets by folder, pages by their folders,
 * the few files at the top by name, never from a catch-all.
 */
export function headersFile(pathPrefix: string): string {
  const at = (p: string) => `${pathPrefix}${p}`;
  const rule = (pattern: string, headers: Record<string, string>) =>
    `${pattern}\n${Object.entries(headers)
      .map(([k, v]) => `  ${k}: ${v}`)
      .join("\n")}\n`;
  const policy = (kind: PolicyKind) => `${contentSecurityPolicy("build", kind)}; frame-ancestors 'none'`;
  const paths: [string, string, PolicyKind][] = [
    [at("assets/*"), YEAR, "page"],
    [at("img/*"), YEAR, "page"],
    ...[
      pathPrefix,
      at("neighbourhoods/*"),
      at("counties/*"),
      at("pages/*"),
      at("print/*"),
      at("404.html"),
      at("booklet.pdf"),
      at("sitemap.xml"),
      at("robots.txt"),
      at("manifest.webmanifest"),
      at("favicon.ico"),
    ].map((pattern): [string, string, PolicyKind] => [pattern, REVALIDATE, "page"]),
    // The search page and Pagefind's files (its worker runs under the policy its own response carries).
    [at("search/*"), REVALIDATE, "search"],
    [at("pagefind/*"), REVALIDATE, "search"],
  ];
  return [
    "# Written by ketabche at build time.",
    rule(at("*"), {
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    }),
    ...paths.map(([pattern, cache, kind]) =>
      rule(pattern, { "Content-Security-Policy": policy(kind), "Cache-Control": cache }),
    ),
  ].join("\n");
}
