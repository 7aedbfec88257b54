/**
 * `ketabche build` of a content tree (the sample by default), as a user runs it: cold (an empty cache: every
 * photograph, print copy, Open Graph card and the page plan made anew) and then warm (the same output again, nothing
 * changed). Each in a process of its own, so that its peak memory is its own. `npx tsx scripts/bench/build.ts`.
 */
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { build } from "../../src/pipeline/build.ts";
import { buildOptions } from "../../src/pipeline/options.ts";
import { measure, printResult, runMeasured, type Measurement } from "./measure.ts";

const outputDir = path.join(os.tmpdir(), "ketabche-bench-build");

async function ketabcheBuild(contentDir: string, cold: boolean): Promise<Measurement> {
  if (cold) await fs.rm(outputDir, { recursive: true, force: true });
  const options = buildOptions({ contentDir, outputDir });
  return measure(async () => (await build("all", options)).printed?.pages);
}

export interface BuildTimes {
  cold: Measurement;
  warm: Measurement;
}

/** Cold, then warm: each in its own process. */
export function buildTimes(contentDir = path.resolve("content")): BuildTimes {
  const cold = runMeasured<Measurement>(import.meta.filename, ["cold", contentDir]);
  const warm = runMeasured<Measurement>(import.meta.filename, ["warm", contentDir]);
  return { cold, warm };
}

const [mode, contentDir] = process.argv.slice(2);
if ((mode === "cold" || mode === "warm") && contentDir) {
  printResult(await ketabcheBuild(contentDir, mode === "cold"));
} else if (import.meta.filename === path.resolve(process.argv[1] ?? "")) {
  const { cold, warm } = buildTimes(contentDir ?? mode);
  console.log(`ketabche build, cold: ${cold.seconds.toFixed(1)} s, peak ${cold.peakMb} MB`);
  console.log(`ketabche build, warm: ${warm.seconds.toFixed(1)} s, peak ${warm.peakMb} MB`);
}
