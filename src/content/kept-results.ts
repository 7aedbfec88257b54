/**
 * Results that are a function of a text and of this code alone, kept on disk from one build to the next: each
 * file's reading and schema verdict (src/content/load.ts), each story's render (src/content/markdown.ts). Persian
 * typography (virastar: some sixty regular expressions per text) is most of the cost of both, and between two
 * builds an editor changes a file or two of hundreds; the rest is taken from here.
 *
 * A result is found by a hash of its text, in a file whose name carries a hash of the code that made it (the
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

/** How many saves in a row a result may go unused before it is dropped. */
const UNUSED_SAVES = 3;

/** On disk: each result with the number of saves since a run last used it. */
type KeptFile<T> = Record<string, [value: T, unusedSaves: number]>;

export class KeptResults<T> {
  readonly #used = new Map<string, T>();
  readonly #kept: Map<string, [T, number]>;
  #added = false;

  private constructor(
    readonly file: string,
    kept: Map<string, [T, number]>,
  ) {
    this.#kept = kept;
  }

  /**
   * The results kept under `name` in `cacheDir` by this code; none when there are none, or when the file cannot
   * be read (a damaged cache costs the work again, never the build).
   */
  static async open<T>(cacheDir: string, name: string): Promise<KeptResults<T>> {
    const file = path.join(cacheDir, `${name}-${await keptCodeVersion()}.json`);
    let kept = new Map<string, [T, number]>();
    try {
      kept = new Map(Object.entries(JSON.parse(await fs.readFile(file, "utf8")) as KeptFile<T>));
    } catch {
      // Missing or unreadable: start empty.
    }
    return new KeptResults(file, kept);
  }

  /** The result kept for `text`, if any. */
  get(text: string): T | undefined {
    const key = keyOf(text);
    const value = this.#used.get(key) ?? this.#kept.get(key)?.[0];
    if (value !== undefined) this.#used.set(key, value);
    return value;
  }

  set(text: string, value: T): void {
    this.#added = true;
    this.#used.set(keyOf(text), value);
  }

  /** Whether saving would write what the file already holds: nothing added, and every kept result used again. */
  #unchanged(): boolean {
    if (this.#added || this.#used.size !== this.#kept.size) return false;
    for (const [, unused] of this.#kept.values()) if (unused !== 0) return false;
    return true;
  }

  /**
   * Writes what this run used and what earlier runs used lately (a whole new file, renamed into place, so a reader
   * never sees half of one), and removes the same name's files of other code.
   */
  async save(): Promise<void> {
    // A build of unchanged content rewrites nothing (at 4,020 neighbourhoods, 0.7 s of JSON).
    if (this.#unchanged()) return;
    const dir = path.dirname(this.file);
    await fs.mkdir(dir, { recursive: true });
    const kept: KeptFile<T> = {};
    for (const [key, [value, unused]] of this.#kept)
      if (!this.#used.has(key) && unused + 1 < UNUSED_SAVES) kept[key] = [value, unused + 1];
    for (const [key, value] of this.#used) kept[key] = [value, 0];
    const temporary = `${this.file}.${process.pid}.tmp`;
    await fs.writeFile(temporary, JSON.stringify(kept));
    await fs.rename(temporary, this.file);
    const prefix = path.basename(this.file).replace(/-[^-]+\.json$/, "-");
    for (const name of await fs.readdir(dir)) {
      if (name.startsWith(prefix) && name.endsWith(".json") && path.join(dir, name) !== this.file)
        await fs.rm(path.join(dir, name), { force: true });
    }
  }
}
