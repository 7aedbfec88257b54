/**
 * Stage 2 of the pipeline: typed content → Eleventy templates → the website in <output>/site.
 */
import path from "node:path";
import { Eleventy } from "@11ty/eleventy";
import { PROJECT_ROOT, type BuildPaths } from "./options.ts";

function setOrDelete(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

/** Eleventy reads its config, templates and paths relative to the project root; run it from there. */
function eleventyFor(paths: BuildPaths, extra: Record<string, unknown> = {}): Eleventy {
  process.env.KETABCHE_CONTENT = paths.contentDir;
  process.env.KETABCHE_OUTPUT = paths.outputDir;
  process.env.KETABCHE_SITE_DIR = paths.siteDir;
  process.env.KETABCHE_CACHE = paths.cacheDir;
  process.env.KETABCHE_CWD ??= process.cwd();
  setOrDelete("KETABCHE_PAGINATION", paths.paginationFile);
  setOrDelete("KETABCHE_PAPER", paths.paper);
  process.env.KETABCHE_MODE = extra.runMode === "serve" ? "serve" : "build";
  process.chdir(PROJECT_ROOT);
  return new Eleventy(path.join(PROJECT_ROOT, "layouts"), paths.siteDir, {
    configPath: path.join(PROJECT_ROOT, "eleventy.config.ts"),
    quietMode: true,
    ...extra,
  });
}

export async function buildSite(paths: BuildPaths): Promise<void> {
  const eleventy = eleventyFor(paths);
  await eleventy.write();
}

/** Builds, then watches the layouts and the content tree and serves the site with live reload. */
export async function serveSite(paths: BuildPaths, port: number): Promise<void> {
  const eleventy = eleventyFor(paths, { runMode: "serve" });
  await eleventy.init();
  await eleventy.watch();
  await eleventy.serve(port);
}
