/**
 * Files shared between a build's output and what it builds on (the published site, the cache's search-index shards)
 * as hard links: the same bytes, no copy. Synchronous: thousands of small calls, each a round trip to the file
 * system's threads through a promise otherwise (at 4,020 neighbourhoods, 8,000 links and their folders took 0.9 s
 * through promises, about 0.35 s at once). Nothing may ever be written into a linked file: it is replaced by rename.
 */
import fs from "node:fs";
import path from "node:path";

/** Links `from` at `to` (which must not exist), or copies it across file systems; true when linked. */
export function linkOrCopy(from: string, to: string): boolean {
  try {
    fs.linkSync(from, to);
    return true;
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    if (code !== "EXDEV" && code !== "EPERM") throw error;
    fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL);
    return false;
  }
}

/**
 * Makes the folders of `files` (paths in `root`), parents first, each with one call: `recursive` would look at
 * every parent again for each of thousands of folders.
 */
export function makeFolders(root: string, files: readonly string[]): void {
  const folders = new Set<string>();
  for (const file of files)
    for (let dir = path.dirname(file); dir !== "." && !folders.has(dir); dir = path.dirname(dir)) folders.add(dir);
  fs.mkdirSync(root, { recursive: true });
  for (const dir of [...folders].sort((a, b) => a.length - b.length)) {
    try {
      fs.mkdirSync(path.join(root, dir));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
}
