/** The Content-Security-Policy for every page's <meta>, and the `_headers` file for the static host. */
import fs from "node:fs/promises";
import path from "node:path";
import type EleventyConfig from "@11ty/eleventy/UserConfig";
import { contentSecurityPolicy, headersFile } from "../security.ts";

export default function securityPlugin(
  eleventyConfig: EleventyConfig,
  options: { siteDir: string; pathPrefix: string; mode: "build" | "serve" },
): void {
  eleventyConfig.addGlobalData("contentSecurityPolicy", contentSecurityPolicy(options.mode));
  // The search page's own policy (it sets `contentSecurityPolicy` to this in its front matter).
  eleventyConfig.addGlobalData("searchContentSecurityPolicy", contentSecurityPolicy(options.mode, "search"));
  eleventyConfig.on("eleventy.after", async () => {
    await fs.writeFile(path.join(options.siteDir, "_headers"), headersFile(options.pathPrefix));
  });
}
