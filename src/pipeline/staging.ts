/**
 * Atomic output. A build writes into a staging folder inside the output folder; only when all of it is done does
 * the new site (and booklet) take the place of the previous one, by rename. A build that fails, is interrupted
 * (Ctrl-C) or loses its browser leaves the previous output complete and untouched.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { outputTarget, type OutputTarget } from "./options.ts";

export const STAGING_PREFIX = ".staging-";

/** The trash of a cache: finished staging folders waiting to be deleted in the background. */
export const trashDir = (cacheDir: string) => path.join(cacheDir, "trash");

export interface StagingOptions {
  /** false: the staged site is scaffolding for the booklet (`ketabche pdf`) and is thrown away. */
  publishSite?: boolean;
  /**
   * Where the finished staging folder (with the previous site in it) goes to be deleted by a process of its own, so
   * that the build does not wait for thousands of files to be unlinked. It must be on the output's file system (the
   * cache inside the output folder is); anywhere else, or not given, the folder is deleted before the build returns.
   */
  trashDir?: string;
}

/**
 * Deletes everything in `trashDir` from a detached process at low priority: the command that started it exits
 * without waiting. Leftovers of a deletion cut short are deleted with the next build's.
 */
function emptyTrashInBackground(trashDir: string): void {
  const script =
    "const fs=require('node:fs'),path=require('node:path'),dir=process.argv[1];" +
    "for(const name of fs.readdirSync(dir))fs.rmSync(path.join(dir,name),{recursive:true,force:true});";
  const child = spawn(process.execPath, ["-e", script, trashDir], { detached: true, stdio: "ignore" });
  child.on("error", () => undefined);
  if (child.pid) os.setPriority(child.pid, 10);
  child.unref();
}

/** Moves the finished staging folder into the trash, or deletes it at once when it cannot be moved there. */
function discardFinished(staging: string, trashDir: string | undefined): void {
  if (trashDir) {
    try {
      fs.mkdirSync(trashDir, { recursive: true });
      fs.renameSync(staging, path.join(trashDir, path.basename(staging)));
      emptyTrashInBackground(trashDir);
      return;
    } catch {
      // Another file system (EXDEV), or no trash folder: deleted here, as before.
    }
  }
  fs.rmSync(staging, { recursive: true, force: true });
}

export async function withStagedOutput<T>(
  outputDir: string,
  work: (staged: OutputTarget) => Promise<T>,
  { publishSite = true, trashDir }: StagingOptions = {},
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
    discardFinished(staging, trashDir);
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
