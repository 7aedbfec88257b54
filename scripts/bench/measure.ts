/**
 * What every benchmark measures: wall time and the peak memory of this Node process together with every process it
 * started (Chromium's browser, renderers and GPU process come and go between passes), sampled from /proc.
 *
 * The peak is the largest sum of PSS (proportional set size) over the process tree, sampled every second in a worker
 * thread (scripts/bench/memory-sampler.ts). The sum of each process's own peak RSS (VmHWM), which this file reported
 * before, overstated it twice over: a page shared by several processes (the Chromium binary and its libraries, the
 * shared memory between browser, renderer and GPU process) was counted once per process, and peaks reached at
 * different moments were added as if at once. PSS
 * counts a shared page once, split between the processes that share it, so the sum of PSS at one moment is what the
 * tree really holds then. The old figure is still reported (peakRssSumMb) so that numbers can be compared.
 */
import { execFileSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { Sample } from "./memory-sampler.ts";

export interface Measurement {
  seconds: number;
  /** Peak memory in MB: the largest sum of PSS over this Node process and every process it started, at one moment. */
  peakMb: number;
  /** The former figure, in MB: the sum of every process's own peak RSS (VmHWM), shared pages counted per process. */
  peakRssSumMb?: number;
  pages?: number;
}

/** Samples the tree in a worker thread (scripts/bench/memory-sampler.ts) while `work` runs. */
export async function measure(work: () => Promise<number | undefined>): Promise<Measurement> {
  // The sampler is TypeScript: the worker registers tsx before importing it (a worker does not share the loader).
  const module = JSON.stringify(new URL("./memory-sampler.ts", import.meta.url).href);
  const code = `import("tsx/esm/api").then(({ register }) => { register(); return import(${module}); });`;
  const sampler = new Worker(code, { eval: true, workerData: { pid: process.pid } });
  await new Promise((resolve) => sampler.once("online", resolve));
  const started = performance.now();
  const pages = await work();
  const seconds = (performance.now() - started) / 1000;
  const peak = new Promise<Sample>((resolve) => sampler.once("message", resolve));
  sampler.postMessage("stop");
  const { pssKb, rssPeakSumKb } = await peak;
  await sampler.terminate();
  return { seconds, peakMb: Math.round(pssKb / 1024), peakRssSumMb: Math.round(rssPeakSumKb / 1024), pages };
}

/** The line a measuring child process prints its result on (Eleventy and others write to stdout too). */
export const RESULT = "BENCH-RESULT";

/** Prints `result` as the child's answer to runMeasured. */
export function printResult(result: unknown): void {
  console.log(`${RESULT} ${JSON.stringify(result)}`);
}

/**
 * Runs `script` again in a process of its own with `args` (so that its peak memory is its own) and returns what it
 * printed with printResult.
 */
export function runMeasured<T>(script: string, args: string[]): T {
  const out = execFileSync(process.execPath, ["--import", "tsx", script, ...args], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = out.split("\n").find((l) => l.startsWith(RESULT));
  if (!line) throw new Error(`${path.basename(script)} ${args.join(" ")} printed no result:\n${out}`);
  return JSON.parse(line.slice(RESULT.length)) as T;
}

/** The machine the numbers were measured on, for the report's first line. */
export function machineLine(): string {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  return `machine: ${os.cpus().length} cores (${cpu}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}
