/**
 * Builds the sample content once, exactly as a user would (`ketabche build`), into a temporary folder that every e2e
 * file reads back; the teardown removes it. The build shares the tests' image cache, so a warm run encodes nothing,
 * but never a page plan: the booklet is always planned from scratch (two passes), and its plan is handed on to the
 * determinism test, which rebuilds the booklet from it in one pass and must get the same bytes.
 */
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { ketabche, TEST_IMAGE_CACHE } from "../helpers/cli.ts";

declare module "vitest" {
  export interface ProvidedContext {
    sampleOutput: string;
    sampleBuildLog: string;
    /** The page plan the sample build settled on (the cache's pagination-A5.json), as JSON. */
    samplePlan: string;
    /** `ketabche pdf` right after, into `again/` of the same output, with the same cache: the booklet is reused. */
    sampleRebuildLog: string;
    sampleRebuildOutput: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const output = await fs.mkdtemp(path.join(os.tmpdir(), "ketabche-sample-"));
  const again = `${output}-again`;
  const teardown = async () => {
    for (const dir of [output, again]) await fs.rm(dir, { recursive: true, force: true });
  };
  await fs.mkdir(TEST_IMAGE_CACHE, { recursive: true });
  for (const name of await fs.readdir(TEST_IMAGE_CACHE)) {
    // No page plan and no kept booklet: the sample is printed from scratch.
    if (/^(pagination|booklet)-/.test(name)) await fs.rm(path.join(TEST_IMAGE_CACHE, name));
  }
  const started = Date.now();
  const result = await ketabche(["build", "--output", output], { timeout: 1_500_000 });
  if (result.code !== 0) {
    await teardown();
    throw new Error(`the sample build failed:\n${result.stdout}\n${result.stderr}`);
  }
  console.log(`global setup: sample built in ${Math.round((Date.now() - started) / 1000)} s`);
  project.provide("sampleOutput", path.resolve(output));
  project.provide("sampleBuildLog", result.stdout);
  project.provide("samplePlan", await fs.readFile(path.join(TEST_IMAGE_CACHE, "pagination-A5.json"), "utf8"));
  // Nothing changed since: the booklet comes from the cache (src/pipeline/booklet-reuse.ts), in a few seconds.
  const rebuild = await ketabche(["pdf", "--output", again], { timeout: 600_000 });
  if (rebuild.code !== 0) throw new Error(`the sample's second build failed:\n${rebuild.stdout}\n${rebuild.stderr}`);
  project.provide("sampleRebuildLog", rebuild.stdout);
  project.provide("sampleRebuildOutput", path.resolve(again));
  return teardown;
}
