/**
 * Builds the sample content once, exactly as a user would (`ketabche build`), into a temporary folder that the
 * site and booklet tests read back.
 */
import path from "node:path";
import type { TestProject } from "vitest/node";
import { ketabche } from "../helpers/cli.ts";
import { tempDir } from "../helpers/content-tree.ts";

declare module "vitest" {
  export interface ProvidedContext {
    sampleOutput: string;
    sampleBuildLog: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const output = await tempDir("ketabche-sample-");
  const result = await ketabche(["build", "--output", output], { timeout: 1_500_000 });
  if (result.code !== 0) throw new Error(`the sample build failed:\n${result.stdout}\n${result.stderr}`);
  project.provide("sampleOutput", path.resolve(output));
  project.provide("sampleBuildLog", result.stdout);
}
