/**
 * Atomic output. A build writes into a staging folder inside the output folder; only when all of it is done does
 * the new site (and booklet) take the place of the previous one, by rename. A build that fails, is interrupted
 * (Ctrl-C) or loses its browser leaves the previous output complete and untouched.
 */
import fs from "node:fs";
import path from "node:path";
import { outputTarget, type OutputTarget } from "./options.ts";

export const STAGING_PREFIX = ".staging-";

export interface StagingOptions {
  /** false: the staged site is scaffolding for the booklet (`ketabche pdf`) and is thrown away. */
  publishSite?: boolean;
}

export async function withStagedOutput<T>(
  outputDir: string,
  work: (staged: OutputTarget) => Promise<T>,
  { publishSite = true }: StagingOptions = {},
): Promise<T> {
  await fs.promises.mkdir(outputDir, { recursive: true });
  // Inside the output folder, so that the final renames stay on one file system and are atomic.
  const staging = await fs.promises.mkdtemp(path.join(outputDir, STAGING_PREFIX));
  const staged = outputTarget(staging);
  const discard = () => fs.rmSync(staging, { recursive: true, force: true });
  const interrupted = (signal: NodeJS.Signals) => {
    discard();
    // Puppeteer's own exit handler closes Chromium.
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  try {
    const result = await work(staged);
    await publish(staged, outputTarget(outputDir), staging, publishSite);
    return result;
  } finally {
    process.off("SIGINT", interrupted);
    process.off("SIGTERM", interrupted);
    discard();
  }
}

async function exists(file: string): Promise<boolean> {
  return fs.promises.access(file).then(
    () => true,
    () => false,
  );
}

/**
 * Swaps the staged results in: the old site moves into the staging folder (removed after), the new one takes its
 * name.
 */
async function publish(
  staged: OutputTarget,
  final: OutputTarget,
  staging: string,
  publishSite: boolean,
): Promise<void> {
  if (publishSite && (await exists(staged.siteDir))) {
    if (await exists(final.siteDir)) await fs.promises.rename(final.siteDir, path.join(staging, "previous-site"));
    await fs.promises.rename(staged.siteDir, final.siteDir);
  }
  if (await exists(staged.bookletFile)) await fs.promises.rename(staged.bookletFile, final.bookletFile);
}
