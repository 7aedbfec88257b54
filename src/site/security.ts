/**
 * What keeps the public site safe to host: a Content-Security-Policy that allows nothing but the site's own
 * stylesheets, fonts and images (the site has no JavaScript at all), and cache rules that let a CDN keep the
 * content-hashed assets for a year while every page revalidates.
 */
export type SiteMode = "build" | "serve";

export function contentSecurityPolicy(mode: SiteMode): string {
  const directives = [
    "default-src 'none'",
    "img-src 'self'",
    "style-src 'self'",
    "font-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ];
  // The dev server injects its live-reload client and talks to it over a WebSocket.
  if (mode === "serve") directives.push("script-src 'self'", "connect-src 'self'");
  return directives.join("; ");
}

const YEAR = "public, max-age=31536000, immutable";
const REVALIDATE = "public, max-age=0, must-revalidate";

/**
 * The `_headers` file of static hosts (Cloudflare Pages, Netlify and others). Hosts merge the headers of every
 * rule that matches a path, so each path gets its Cache-Control from exactly one rule: assets by folder, pages by
 * their folders, never from a catch-all.
 */
export function headersFile(pathPrefix: string): string {
  const at = (p: string) => `${pathPrefix}${p}`;
  const rule = (pattern: string, headers: Record<string, string>) =>
    `${pattern}\n${Object.entries(headers)
      .map(([k, v]) => `  ${k}: ${v}`)
      .join("\n")}\n`;
  return [
    "# Written by ketabche at build time.",
    rule(at("*"), {
      "Content-Security-Policy": `${contentSecurityPolicy("build")}; frame-ancestors 'none'`,
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    }),
    rule(at("assets/*"), { "Cache-Control": YEAR }),
    rule(at("img/*"), { "Cache-Control": YEAR }),
    ...[
      pathPrefix,
      at("neighbourhoods/*"),
      at("counties/*"),
      at("pages/*"),
      at("print/*"),
      at("404.html"),
      at("booklet.pdf"),
    ].map((pattern) => rule(pattern, { "Cache-Control": REVALIDATE })),
  ].join("\n");
}
