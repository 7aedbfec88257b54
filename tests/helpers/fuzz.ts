/**
 * Seeded, bounded mutations of real content: files are truncated, sprinkled with random bytes, have YAML values
 * swapped for other types and fields deleted. The same seed gives the same bytes on every machine.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { mulberry32 as random } from "../../tools/sample-photos/random.ts";
import { SAMPLE_CONTENT, tempDir } from "./content-tree.ts";

/** The sample neighbourhoods the fuzz trees hold: short and long ones, with and without gallery and order. */
export const FUZZ_FILES = ["hesarak", "kuy-basij", "mir", "golsar"];

const OTHER_TYPES = [
  "[1, 2]",
  "{a: 1}",
  "42",
  "-7.5",
  "متن",
  "true",
  "~",
  "",
  "'1403-13-40'",
  "|\n  چندخطی",
  "[",
  '"بی‌پایان',
];

type Mutation = (text: Buffer, next: () => number) => Buffer;
const pick = <T>(items: readonly T[], next: () => number): T => items[Math.floor(next() * items.length)]!;

const mutations: Record<string, Mutation> = {
  truncate: (text, next) => text.subarray(0, Math.floor(next() * text.length)),
  randomBytes: (text, next) => {
    const at = Math.floor(next() * text.length);
    const noise = Buffer.from(Array.from({ length: 1 + Math.floor(next() * 16) }, () => Math.floor(next() * 256)));
    return Buffer.concat([text.subarray(0, at), noise, text.subarray(at)]);
  },
  swapType: (text, next) => {
    const lines = text.toString("utf8").split("\n");
    const end = lines.indexOf("---", 1);
    const candidates = lines
      .map((l, i) => ({ l, i }))
      .filter(({ l, i }) => i > 0 && i < end && /^\s*-?\s*[a-z]+:/.test(l));
    if (!candidates.length) return text;
    const { l, i } = pick(candidates, next);
    lines[i] = l.replace(/:(.*)$/, `: ${pick(OTHER_TYPES, next)}`);
    return Buffer.from(lines.join("\n"));
  },
  deleteField: (text, next) => {
    const lines = text.toString("utf8").split("\n");
    const end = lines.indexOf("---", 1);
    const top = lines.map((l, i) => ({ l, i })).filter(({ l, i }) => i > 0 && i < end && /^[a-z]+:/.test(l));
    if (!top.length) return text;
    const { i } = pick(top, next);
    let j = i + 1;
    while (j < end && /^\s/.test(lines[j]!)) j++;
    lines.splice(i, j - i);
    return Buffer.from(lines.join("\n"));
  },
};

/** One to three mutations chosen by `seed`, applied in turn to `original`. */
export function mutate(original: Buffer, seed: number): { bytes: Buffer; applied: string[] } {
  const next = random(seed);
  const applied: string[] = [];
  let bytes = original;
  for (let n = 1 + Math.floor(next() * 3); n > 0; n--) {
    const name = pick(Object.keys(mutations), next);
    applied.push(name);
    bytes = mutations[name]!(bytes, next);
  }
  return { bytes, applied };
}

/** A temporary tree of the sample's settings, front pages, photographs and FUZZ_FILES neighbourhoods. */
export async function fuzzTree(): Promise<string> {
  const dir = await tempDir("ketabche-fuzz-");
  await fs.mkdir(path.join(dir, "neighbourhoods"), { recursive: true });
  await fs.cp(path.join(SAMPLE_CONTENT, "booklet.yml"), path.join(dir, "booklet.yml"));
  await fs.cp(path.join(SAMPLE_CONTENT, "pages"), path.join(dir, "pages"), { recursive: true });
  await fs.cp(path.join(SAMPLE_CONTENT, "images"), path.join(dir, "images"), { recursive: true });
  for (const name of FUZZ_FILES) {
    await fs.cp(
      path.join(SAMPLE_CONTENT, "neighbourhoods", `${name}.md`),
      path.join(dir, "neighbourhoods", `${name}.md`),
    );
  }
  return dir;
}
