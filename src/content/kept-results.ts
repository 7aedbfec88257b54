/**
 * Results that are a function of a text and of this code alone, kept on disk from one build to the next: each
 * file's reading and schema verdict (src/content/load.ts), each story's render (src/content/markdown.ts). Persian
 * typography (virastar: some sixty regular expressions per text) is most of the cost of both, and between two
 * builds an editor changes a file or two of hundreds; the rest is taken from here.
 *
 * A result is found by a hash of its text, in a folder whose name carries a hash of the code that made it (the
 * content and typography modules, and the versions of the packages they call), so a result of other code is never
 * read. A result no run has used for three saves in a row is dropped (a text changed, a file removed), so the file
 * follows the content tree and does not grow; a run that uses only some of them (`ketabche pdf`, which renders no
 * page of the site) does not drop the others at once.
 */
import crypto from "node:crypto";
import fs from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

/** The packages whose output is kept: another version of any of them is other code. */
const PACKAGES = ["virastar", "markdown-it", "zod", "yaml", "gray-matter"];

/** The code that makes what is kept: this folder and the typography one (src/ or dist/src/, whichever runs). */
const CODE_DIRS = [import.meta.dirname, path.join(path.dirname(import.meta.dirname), "typography")];

let codeVersion: Promise<string> | undefined;

async function computeCodeVersion(): Promise<string> {
  const hash = crypto.createHash("sha256");
  for (const dir of CODE_DIRS) {
    for (const name of (await fs.readdir(dir)).sort()) {
      const file = path.join(dir, name);
      if (!(await fs.stat(file)).isFile()) continue;
      hash.update(`\0${path.basename(dir)}/${name}\0`);
      hash.update(await fs.readFile(file));
    }
  }
  const require = createRequire(import.meta.url);
  for (const name of PACKAGES) {
    const { version } = require(`${name}/package.json`) as { version: string };
    hash.update(`\0${name}@${version}`);
  }
  return hash.digest("hex").slice(0, 16);
}

/** A short hash of the code that makes the kept results; computed once per process. */
export function keptCodeVersion(): Promise<string> {
  return (codeVersion ??= computeCodeVersion());
}

const keyOf = (text: string) => crypto.createHash("sha256").update(text).digest("base64url");

/**
 * Results are kept in files by the first character of their key (64 of them): a build that changed one file
 * rewrites the one or two files that hold its old and new results, not tens of megabytes (at 4,020 neighbourhoods
 * writing everything took half a second on every build).
 */
const bucketOf = (key: string) => key[0]!;

/** How many saves in a row a result may go unused before it is dropped. */
const UNUSED_SAVES = 3;

/** On disk, one file per bucket: each result with the number of saves since a run last used it. */
type KeptFile<T> = Record<string, [value: T, unusedSaves: number]>;

export class KeptResults<T> {
  readonly #used = new Map<string, T>();
  readonly #kept: Map<string, [T, number]>;
  /** Buckets whose file must be written again: a result added, or one whose count of unused saves changes. */
  readonly #changed = new Set<string>();

  private constructor(
    /** The folder of this name's results made by this code, e.g. <cache>/readings-1a2b3c4d5e6f7a8b/. */
    readonly dir: string,
    kept: Map<string, [T, number]>,
  ) {
    this.#kept = kept;
  }

  /**
   * The results kept under `name` in `cacheDir` by this code; none when there are none. A bucket that cannot be
   * read is as good as empty (a damaged cache costs the work again, never the build).
   */
  static async open<T>(cacheDir: string, name: string): Promise<KeptResults<T>> {
    const dir = path.join(cacheDir, `${name}-${await keptCodeVersion()}`);
    const names = await fs.readdir(dir).catch(() => [] as string[]);
    const buckets = await Promise.all(
      names
        .filter((file) => file.endsWith(".json"))
        .map((file) =>
          fs
            .readFile(path.join(dir, file), "utf8")
            .then((text) => Object.entries(JSON.parse(text) as KeptFile<T>))
            .catch(() => []),
        ),
    );
    return new KeptResults(dir, new Map(buckets.flat()));
  }

  /** The result kept for `text`, if any. */
  get(text: string): T | undefined {
    const key = keyOf(text);
    const value = this.#used.get(key) ?? this.#kept.get(key)?.[0];
    if (value !== undefined) this.#used.set(key, value);
    return value;
  }

  set(text: string, value: T): void {
    const key = keyOf(text);
    this.#used.set(key, value);
    if (!this.#kept.has(key)) this.#changed.add(bucketOf(key));
  }

  /**
   * Writes the buckets that change: what this run used and what earlier runs used lately (each a whole new file,
   * renamed into place, so a reader never sees half of one); removes the same name's results of other code.
   */
  async save(): Promise<void> {
    const changed = new Set(this.#changed);
    for (const [key, [, unused]] of this.#kept) if (unused !== 0 || !this.#used.has(key)) changed.add(bucketOf(key));
    // A build of unchanged content rewrites nothing.
    if (changed.size === 0) return;
    const buckets = new Map<string, KeptFile<T>>([...changed].map((bucket) => [bucket, {}]));
    for (const [key, [value, unused]] of this.#kept) {
      const bucket = buckets.get(bucketOf(key));
      if (bucket && !this.#used.has(key) && unused + 1 < UNUSED_SAVES) bucket[key] = [value, unused + 1];
    }
    for (const [key, value] of this.#used) {
      const bucket = buckets.get(bucketOf(key));
      if (bucket) bucket[key] = [value, 0];
    }
    await fs.mkdir(this.dir, { recursive: true });
    await Promise.all(
      [...buckets].map(async ([name, kept]) => {
        // Bucket names are key characters: letters, digits, "-" and "_"; "-x" and "_x" keep "A" and "a" apart on
        // file systems that ignore case.
        const file = path.join(this.dir, `${name === name.toLowerCase() ? "_" : "-"}${name}.json`);
        if (Object.keys(kept).length === 0) return fs.rm(file, { force: true });
        const temporary = `${file}.${process.pid}.tmp`;
        await fs.writeFile(temporary, JSON.stringify(kept));
        await fs.rename(temporary, file);
      }),
    );
    // The same name's results of other code, in folders (or, from before buckets, files) of their own.
    const prefix = `${path.basename(this.dir).replace(/-[^-]+$/, "")}-`;
    const cacheDir = path.dirname(this.dir);
    for (const name of await fs.readdir(cacheDir)) {
      if (
        name.startsWith(prefix) &&
        path.join(cacheDir, name) !== this.dir &&
        /^[^.]+-[0-9a-f]{16}(\.json)?$/.test(name)
      )
        await fs.rm(path.join(cacheDir, name), { recursive: true, force: true });
    }
  }
}
