/**
 * What every benchmark measures: wall time and the peak resident memory of this Node process together with every
 * process it started (Chromium's browser, renderers and GPU process come and go between passes), sampled from /proc.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface Measurement {
  seconds: number;
  /** Peak resident memory in MB: this Node process plus every Chromium process it started. */
  peakMb: number;
  pages?: number;
}

/** Peak RSS (VmHWM) of a process and all its descendants, from /proc. */
function treePeakKb(pid: number): number {
  const children = (p: number): number[] => {
    try {
      return fs.readFileSync(`/proc/${p}/task/${p}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  };
  const peak = (p: number) => Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0);
  let total = 0;
  const queue = [pid];
  while (queue.length) {
    const p = queue.pop()!;
    try {
      total += peak(p);
    } catch {
      continue;
    }
    queue.push(...children(p));
  }
  return total;
}

/** Samples the tree's peak while `work` runs: Chromium's renderers come and go between passes. */
export async function measure(work: () => Promise<number | undefined>): Promise<Measurement> {
  let peakKb = 0;
  const timer = setInterval(() => (peakKb = Math.max(peakKb, treePeakKb(process.pid))), 100);
  const started = performance.now();
  const pages = await work();
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  peakKb = Math.max(peakKb, treePeakKb(process.pid));
  return { seconds, peakMb: Math.round(peakKb / 1024), pages };
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
