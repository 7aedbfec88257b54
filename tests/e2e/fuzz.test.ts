/**
 * Seeded, bounded fuzzing of real content: sample files are truncated, sprinkled with random bytes, have YAML
 * values swapped for other types and fields deleted. Every run must end in a build or a clean content error —
 * never an uncaught exception, never a partial output.
 */
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadBooklet } from "../../src/content/load.ts";
import { ContentError } from "../../src/content/issues.ts";
import { ketabche, PROJECT_ROOT } from "../helpers/cli.ts";
import { tempDir } from "../helpers/content-tree.ts";
import { mulberry32 as random } from "../../tools/sample-photos/random.ts";

const SAMPLE = path.join(PROJECT_ROOT, "content");
const FILES = ["hesarak", "kuy-basij", "mir", "golsar"];
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

async function sampleTree(): Promise<string> {
  const dir = await tempDir("ketabche-fuzz-");
  await fs.mkdir(path.join(dir, "neighbourhoods"), { recursive: true });
  await fs.cp(path.join(SAMPLE, "booklet.yml"), path.join(dir, "booklet.yml"));
  await fs.cp(path.join(SAMPLE, "pages"), path.join(dir, "pages"), { recursive: true });
  await fs.cp(path.join(SAMPLE, "images"), path.join(dir, "images"), { recursive: true });
  for (const name of FILES)
    await fs.cp(path.join(SAMPLE, "neighbourhoods", `${name}.md`), path.join(dir, "neighbourhoods", `${name}.md`));
  return dir;
}

function mutate(original: Buffer, seed: number): { bytes: Buffer; applied: string[] } {
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

describe("fuzzing sample content", () => {
  it("loads or reports a clean content error, 240 seeded mutations", async () => {
    const dir = await sampleTree();
    const targets = [
      ...FILES.map((n) => path.join("neighbourhoods", `${n}.md`)),
      "booklet.yml",
      path.join("pages", "foreword.md"),
    ];
    const originals = new Map(
      await Promise.all(targets.map(async (t) => [t, await fs.readFile(path.join(dir, t))] as const)),
    );
    const outcomes = { built: 0, contentError: 0 };
    for (let seed = 1; seed <= 240; seed++) {
      const target = targets[seed % targets.length]!;
      const { bytes, applied } = mutate(originals.get(target)!, seed);
      await fs.writeFile(path.join(dir, target), bytes);
      try {
        await loadBooklet(dir);
        outcomes.built++;
      } catch (error) {
        if (!(error instanceof ContentError))
          throw new Error(`seed ${seed} (${target}: ${applied.join(", ")}) threw ${(error as Error).stack}`);
        expect(error.issues.length, `seed ${seed}`).toBeGreaterThan(0);
        for (const issue of error.issues) expect(issue.message.fa, `seed ${seed}`).toMatch(/[\u0600-\u06FF]/);
        outcomes.contentError++;
      }
      await fs.writeFile(path.join(dir, target), originals.get(target)!);
    }
    // Both outcomes occur: the mutations are neither all harmless nor all fatal.
    expect(outcomes.built).toBeGreaterThan(10);
    expect(outcomes.contentError).toBeGreaterThan(100);
  });

  it("a full build of mutated content ends in a complete site or an untouched one, 8 seeded runs", async () => {
    const dir = await sampleTree();
    const output = await tempDir("ketabche-fuzz-out-");
    const first = await ketabche(["site", "--content", dir, "--output", output]);
    expect(first.code, first.stderr).toBe(0);
    const fingerprint = async () => {
      const files = (await fs.readdir(path.join(output, "site"), { recursive: true })).sort();
      const hash = crypto.createHash("sha256");
      for (const f of files) {
        const full = path.join(output, "site", f);
        if ((await fs.stat(full)).isFile()) hash.update(f).update(await fs.readFile(full));
      }
      return hash.digest("hex");
    };
    const target = path.join(dir, "neighbourhoods", "mir.md");
    const original = await fs.readFile(target);
    for (let seed = 1001; seed <= 1008; seed++) {
      const before = await fingerprint();
      await fs.writeFile(target, mutate(original, seed).bytes);
      const result = await ketabche(["site", "--content", dir, "--output", output]);
      expect([seed, result.stderr]).not.toEqual([seed, expect.stringMatching(/\n\s+at |خطای پیش‌بینی‌نشده/)]);
      expect([seed, result.code === 0 || result.code === 1]).toEqual([seed, true]);
      if (result.code === 1) expect(await fingerprint()).toBe(before);
      else await expect(fs.access(path.join(output, "site", "index.html"))).resolves.toBeUndefined();
      expect((await fs.readdir(output)).filter((n) => n.startsWith(".staging-"))).toEqual([]);
      await fs.writeFile(target, original);
    }
  });
});
