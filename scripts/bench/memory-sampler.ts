/**
 * The memory sampler of scripts/bench/measure.ts, as a worker thread: reading smaps_rollup walks a process's page
 * tables, 70–130 ms for the whole tree while Chromium prints, and done on the measured process's main thread every
 * 100 ms it kept that thread busy most of the time (a cold build measured 73.6 s with it, 53.0 s without). In a
 * thread of its own it blocks nothing, and once a second it costs about a twentieth of the
 * machine (a tenth at every 500 ms: a cold build measured 59.9 s then).
 */
import fs from "node:fs";
import { parentPort, workerData } from "node:worker_threads";

export interface Sample {
  pssKb: number;
  rssPeakSumKb: number;
}

/** This process and all its descendants, from /proc. */
function processTree(pid: number): number[] {
  const children = (p: number): number[] => {
    try {
      return fs.readFileSync(`/proc/${p}/task/${p}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  };
  const all: number[] = [];
  const queue = [pid];
  while (queue.length) {
    const p = queue.pop()!;
    all.push(p);
    queue.push(...children(p));
  }
  return all;
}

/** One figure (in kB) of a /proc file, 0 when the process has gone. */
function procKb(file: string, field: string): number {
  try {
    return Number(new RegExp(`^${field}:\\s+(\\d+)`, "m").exec(fs.readFileSync(file, "utf8"))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

export function sampleTree(pid: number): Sample {
  let pssKb = 0;
  let rssPeakSumKb = 0;
  for (const p of processTree(pid)) {
    pssKb += procKb(`/proc/${p}/smaps_rollup`, "Pss");
    rssPeakSumKb += procKb(`/proc/${p}/status`, "VmHWM");
  }
  return { pssKb, rssPeakSumKb };
}

export const SAMPLE_EVERY_MS = 1000;

if (parentPort) {
  const { pid } = workerData as { pid: number };
  const peak: Sample = { pssKb: 0, rssPeakSumKb: 0 };
  const sample = () => {
    const now = sampleTree(pid);
    peak.pssKb = Math.max(peak.pssKb, now.pssKb);
    peak.rssPeakSumKb = Math.max(peak.rssPeakSumKb, now.rssPeakSumKb);
  };
  const timer = setInterval(sample, SAMPLE_EVERY_MS);
  parentPort.once("message", () => {
    clearInterval(timer);
    sample();
    parentPort!.postMessage(peak);
  });
}
