/**
 * What ketabche's own output is made with, hashed: the layouts, the code (the sources, or their compiled copy,
 * whichever runs), the Eleventy configuration and the locked versions of every package (package-lock.json:
 * Eleventy, Nunjucks, pdf-lib, the fonts). A result kept from an earlier build is taken only if this is unchanged
 * (src/pipeline/booklet-reuse.ts, src/pipeline/site-reuse.ts).
 */
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { LAYOUTS_DIR, PROJECT_ROOT } from "./options.ts";

/** This module's code tree: src/ when run from the sources, dist/src/ when compiled. */
const CODE_DIR = path.dirname(import.meta.dirname);

/** Every file under `dir`, as paths relative to it, in a fixed order. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** Adds every file of `dir` (its path under `label`, and its bytes) to `hash`. */
export async function hashTree(hash: crypto.Hash, label: string, dir: string): Promise<void> {
  for (const file of await filesUnder(dir)) {
    hash.update(`\0${label}/${file}\0`);
    hash.update(await fs.readFile(path.join(dir, file)));
  }
}

/** Adds the layouts, the code, the Eleventy configuration and the package lock to `hash`. */
export async function hashCode(hash: crypto.Hash): Promise<void> {
  await hashTree(hash, "layouts", LAYOUTS_DIR);
  await hashTree(hash, "code", CODE_DIR);
  for (const file of ["eleventy.config.ts", "package-lock.json"]) {
    hash.update(`\0${file}\0`);
    hash.update(await fs.readFile(path.join(PROJECT_ROOT, file)).catch(() => Buffer.alloc(0)));
  }
}

let fingerprint: Promise<string> | undefined;

/** The hash of hashCode alone, as hex; computed once per process (the code does not change under a running build). */
export function codeFingerprint(): Promise<string> {
  return (fingerprint ??= (async () => {
    const hash = crypto.createHash("sha256");
    await hashCode(hash);
    return hash.digest("hex");
  })());
}
