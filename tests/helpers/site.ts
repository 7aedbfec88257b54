/** Reading a built site back: its pages, and whether every internal URL they use leads to a file. */
import fs from "node:fs/promises";
import path from "node:path";
import { parse, type HTMLElement } from "node-html-parser";

export async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith(".html")).map((e) => path.join(e.parentPath, e.name));
}

export async function readPage(file: string): Promise<HTMLElement> {
  return parse(await fs.readFile(file, "utf8"));
}

/** Every URL a page points at: links, images, sources, stylesheets, preloads. */
export function referencedUrls(page: HTMLElement): string[] {
  const urls: string[] = [];
  for (const el of page.querySelectorAll("a[href], link[href]")) urls.push(el.getAttribute("href")!);
  for (const el of page.querySelectorAll("img[src], script[src]")) urls.push(el.getAttribute("src")!);
  for (const el of page.querySelectorAll("img[srcset], source[srcset]")) {
    for (const candidate of el.getAttribute("srcset")!.split(",")) urls.push(candidate.trim().split(/\s+/)[0]!);
  }
  return urls;
}

/**
 * The file a root-relative URL resolves to in a site built for `pathPrefix`, or a reason it cannot resolve.
 * Absolute URLs to other hosts are not internal and resolve to undefined.
 */
export async function resolveInternal(
  siteDir: string,
  pathPrefix: string,
  url: string,
  fromFile: string,
): Promise<{ file?: string; error?: string }> {
  if (/^(https?:|mailto:|tel:)/.test(url) || url.startsWith("#")) return {};
  const clean = decodeURIComponent(url.split("#")[0]!.split("?")[0]!);
  let relative: string;
  if (clean.startsWith("/")) {
    if (!clean.startsWith(pathPrefix)) return { error: `${url} does not start with the path prefix ${pathPrefix}` };
    relative = clean.slice(pathPrefix.length);
  } else {
    relative = path.relative(siteDir, path.resolve(path.dirname(fromFile), clean));
  }
  let file = path.join(siteDir, relative);
  const stat = await fs.stat(file).catch(() => undefined);
  if (stat?.isDirectory()) file = path.join(file, "index.html");
  const exists = await fs
    .stat(file)
    .then((s) => s.isFile())
    .catch(() => false);
  return exists ? { file } : { error: `${url} → ${path.relative(siteDir, file)} is missing` };
}

/** All broken internal references in a site, as "page: reason" lines. */
export async function brokenReferences(siteDir: string, pathPrefix: string): Promise<string[]> {
  const broken: string[] = [];
  for (const file of await htmlFiles(siteDir)) {
    const page = await readPage(file);
    for (const url of new Set(referencedUrls(page))) {
      const { error } = await resolveInternal(siteDir, pathPrefix, url, file);
      if (error) broken.push(`${path.relative(siteDir, file)}: ${error}`);
    }
  }
  return broken;
}

export const text = (el: HTMLElement | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();
