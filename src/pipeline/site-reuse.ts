/**
 * A site build on top of the last published one. Most builds follow an editor's correction to one or two
 * neighbourhoods, and at thousands of neighbourhoods writing every page again is most of the build: so the pages
 * that show nothing changed (src/site/site-reuse-plan.ts decides which) are taken from the published site as hard
 * links, and Eleventy writes the others into a folder of their own, moved over the links.
 *
 * The published site is built on only if it is exactly what the last build of this cache published: every file
 * the site stage wrote (its path, size, time of change and inode, recorded when it was published) is still there
 * unchanged. A file is never written through a link: Eleventy writes elsewhere and its files replace the links by
 * rename, so the published site stays as it was until the new one takes its place (src/pipeline/staging.ts).
 *
 * The files are listed, checked and linked with the file system's synchronous calls (src/pipeline/hard-links.ts
 * says why). Linking them on the file system's threads while Eleventy lays out the changed pages was tried and
 * measured no faster: both cores are busy then.
 */
import fsSync from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import type { Pagination } from "../book/pagination.ts";
import type { Booklet } from "../content/model.ts";
import { lastmodDay, publicPages } from "../site/plugins/discovery.ts";
import { siteFacts, type SiteFacts } from "../site/site-reuse-plan.ts";
import { codeFingerprint } from "./code-fingerprint.ts";
import { linkOrCopy, makeFolders } from "./hard-links.ts";

/** Files of the site stage by path in the site: [size, time of change in ms, inode]. */
export type SiteFiles = Record<string, [number, number, number]>;

/** What the cache keeps of the last published site. */
export interface SiteRecord {
  facts: SiteFacts;
  files: SiteFiles;
}

const RECORD_VERSION = 1;
const recordFile = (cacheDir: string) => path.join(cacheDir, "site-pages.json");

/**
 * The search index has a stage and a cache of its own (src/pipeline/search-index-reuse.ts), which writes it unless
 * nothing at all changed.
 */
const SEARCH_INDEX = "pagefind";

/** What identifies the version of each of `files` (paths in `siteDir`). */
export function statFiles(siteDir: string, files: readonly string[]): SiteFiles {
  const stats: SiteFiles = {};
  for (const file of files) {
    const stat = fsSync.lstatSync(path.join(siteDir, file));
    stats[file] = [stat.size, stat.mtimeMs, stat.ino];
  }
  return stats;
}

/** Every file under `siteDir` (or its folder `under`), as paths in the site, in a fixed order. */
function filesIn(siteDir: string, under = ""): string[] {
  const entries = fsSync.readdirSync(path.join(siteDir, under), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(siteDir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** Every file of the site stage under `siteDir`, with what identifies its version. */
export function siteFiles(siteDir: string): SiteFiles {
  return statFiles(siteDir, filesIn(siteDir));
}

/** The search index's files in `siteDir`, as siteFiles gives them. */
export function searchIndexFiles(siteDir: string): SiteFiles {
  return statFiles(siteDir, filesIn(siteDir, SEARCH_INDEX));
}

/** The facts this build's site is made from: the content, the code, the page plan, photographs' and files' dates. */
export async function currentSiteFacts(booklet: Booklet, plan: Pagination | undefined): Promise<SiteFacts> {
  const at = (file: string) => path.join(booklet.contentDir, file);
  const photoPaths = [...new Set(booklet.neighbourhoods.flatMap((n) => [n.cover.src, ...n.gallery.map((g) => g.src)]))];
  // The files the sitemap dates its pages by.
  const sources = [...new Set(publicPages(booklet).flatMap((page) => page.sources))];
  const code = await codeFingerprint();
  const photoStats = photoPaths.map((file) => fsSync.statSync(at(file)));
  const sourceStats = sources.map((file) => fsSync.statSync(at(file)));
  const photos = Object.fromEntries(
    photoPaths.map((file, i) => [file, `${photoStats[i]!.size}:${photoStats[i]!.mtimeMs}`]),
  );
  const days = Object.fromEntries(sources.map((file, i) => [file, lastmodDay(sourceStats[i]!.mtimeMs)]));
  return siteFacts({ booklet, code, plan, photos, days });
}

/** The record of the site published at `siteDir`, if it is still exactly that site; undefined otherwise. */
export async function publishedSite(cacheDir: string, siteDir: string): Promise<SiteRecord | undefined> {
  const text = await fs.readFile(recordFile(cacheDir), "utf8").catch(() => undefined);
  if (!text) return undefined;
  let record: SiteRecord & { version?: number };
  try {
    record = JSON.parse(text) as SiteRecord & { version?: number };
  } catch {
    return undefined;
  }
  if (record.version !== RECORD_VERSION) return undefined;
  const intact = Object.entries(record.files).every(([file, [size, modified, inode]]) => {
    const stat = fsSync.lstatSync(path.join(siteDir, file), { throwIfNoEntry: false });
    return stat?.isFile() && stat.size === size && stat.mtimeMs === modified && stat.ino === inode;
  });
  return intact ? { facts: record.facts, files: record.files } : undefined;
}

/** Keeps the record of the site just published (after the swap: its files' inodes are those of the final site). */
export async function keepSiteRecord(cacheDir: string, record: SiteRecord): Promise<void> {
  await fs.mkdir(cacheDir, { recursive: true });
  const file = recordFile(cacheDir);
  const partial = `${file}.${process.pid}.partial`;
  await fs.writeFile(partial, JSON.stringify({ version: RECORD_VERSION, ...record }));
  await fs.rename(partial, file);
}

/**
 * Makes `files` of the site at `from` appear in `to`: hard links, or copies across file systems. The search index
 * only when asked: otherwise its own stage writes it. Returns the files in `to` as siteFiles would (a link is the
 * same file: the same size, time and inode).
 */
export function linkSiteFiles(
  files: SiteFiles,
  from: string,
  to: string,
  { searchIndex }: { searchIndex: boolean },
): SiteFiles {
  const names = Object.keys(files).filter((file) => searchIndex || file.split(path.sep)[0] !== SEARCH_INDEX);
  makeFolders(to, names);
  const linked: SiteFiles = {};
  for (const file of names) {
    if (linkOrCopy(path.join(from, file), path.join(to, file))) linked[file] = files[file]!;
    else Object.assign(linked, statFiles(to, [file]));
  }
  return linked;
}

/**
 * Moves every file written into `from` to the same path under `to`, taking the place of a link there; returns them
 * as siteFiles gives them.
 */
export async function moveOver(from: string, to: string): Promise<SiteFiles> {
  const entries = await fs.readdir(from, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((e) => path.relative(from, path.join(e.parentPath, e.name)));
  makeFolders(to, files);
  await Promise.all(files.map((file) => fs.rename(path.join(from, file), path.join(to, file))));
  return statFiles(to, files);
}
