/** Runs the real `ketabche` command, as a user would, and captures what it prints. */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");
const BIN = path.join(PROJECT_ROOT, "bin", "ketabche.js");

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Image encodes are shared between test builds through one cache folder, as between a user's builds. */
export const TEST_IMAGE_CACHE = path.join(PROJECT_ROOT, "node_modules", ".cache", "ketabche-test-images");

export async function ketabche(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number } = {},
): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? PROJECT_ROOT,
      env: { ...process.env, KETABCHE_CACHE: TEST_IMAGE_CACHE, ...options.env },
      timeout: options.timeout ?? 600_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === "number" ? e.code : 1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}
