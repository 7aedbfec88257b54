/**
 * The dev loop's latency: `ketabche serve` on a copy of a content tree (the sample by default), then, round after
 * round, one neighbourhood's story gets a new visible word, and the time from the write until (a) the live-reload
 * message reaches a connected client (eleventy-dev-server's websocket, as a browser's reload client hears it) and
 * (b) the page is served with the new word. `npx tsx scripts/bench/dev.ts [rounds]`; `devLatency()` for a
 * combined table.
 */
import { spawn } from "node:child_process";
import fs from "node:fs/promises";
import http from "node:http";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { machineLine } from "./measure.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");

export interface DevLatencyOptions {
  /** How many saves to time; default 7. */
  rounds?: number;
  /** The tree to copy; default the sample (./content). */
  contentDir?: string;
  /** Encoded photographs survive between runs here, so that the server's first build is not a cold one. */
  cacheDir?: string;
  /** Progress lines; default none. */
  log?: (line: string) => void;
}

export interface Spread {
  median: number;
  max: number;
}

export interface DevLatency {
  rounds: number;
  /** The goal's numbers: from the write until the page was served anew (as `served`). */
  median: number;
  max: number;
  /** Seconds from the server's start until it served the home page. */
  startup: number;
  /** Seconds from the write until a client heard the live-reload message. */
  reload: Spread;
  /** Seconds from the write until the page was served with the new word. */
  served: Spread;
  samples: { reload: number[]; served: number[] };
  /** The 1-minute load average before and after the rounds: the machine is shared. */
  load: { before: number; after: number };
}

/** The few members of `ws`'s client that are used here (the package ships no types). */
interface WebSocketClient {
  on(event: "message", listener: (data: Buffer) => void): void;
  on(event: "open" | "close", listener: () => void): void;
  on(event: "error", listener: (error: Error) => void): void;
  close(): void;
}
type WebSocketClass = new (url: string) => WebSocketClient;

/** The client library eleventy-dev-server itself speaks (Node 20 has no WebSocket without a flag). */
function webSocketClass(): WebSocketClass {
  const fromServer = createRequire(createRequire(import.meta.url).resolve("@11ty/eleventy-dev-server"));
  return fromServer("ws") as WebSocketClass;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { accept: "text/html" } }, (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      })
      .on("error", reject);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (since: number) => (performance.now() - since) / 1000;

async function until(check: () => Promise<boolean>, timeoutSeconds: number, what: string): Promise<void> {
  const started = performance.now();
  while (!(await check().catch(() => false))) {
    if (seconds(started) > timeoutSeconds) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** A word no page holds yet: Persian letters only, so that typography leaves it as it is. */
function marker(round: number): string {
  const letters = "بپتثجچحخدذ";
  return `سنجه${[...String(round + 100)].map((digit) => letters[Number(digit)]).join("")}`;
}

function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, max: sorted[sorted.length - 1]! };
}

export async function devLatency(options: DevLatencyOptions = {}): Promise<DevLatency> {
  const rounds = options.rounds ?? 7;
  const log = options.log ?? (() => undefined);
  const work = await fs.mkdtemp(path.join(os.tmpdir(), "ketabche-bench-dev-"));
  const content = path.join(work, "content");
  await fs.cp(options.contentDir ?? path.join(ROOT, "content"), content, { recursive: true });
  const cacheDir = options.cacheDir ?? path.join(ROOT, "node_modules", ".cache", "ketabche-bench-dev");
  const port = await freePort();
  const args = ["serve", "--content", content, "--output", path.join(work, "output"), "--cache", cacheDir];
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(ROOT, "bin", "ketabche.js"), ...args, "--port", String(port)], {
    cwd: ROOT,
    env: { ...process.env, KETABCHE_LANG: "en" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  let socket: WebSocketClient | undefined;
  try {
    const base = `http://127.0.0.1:${port}/`;
    await until(async () => /preview: /.test(output) && (await get(base)).status === 200, 900, "the server");
    const startup = seconds(started);
    log(`server ready after ${startup.toFixed(1)} s`);

    // The browser's reload client: every "eleventy.reload" message is stamped as it arrives.
    const reloads: number[] = [];
    socket = new (webSocketClass())(`ws://127.0.0.1:${port}/`);
    socket.on("message", (data) => {
      if ((JSON.parse(data.toString()) as { type?: string }).type === "eleventy.reload")
        reloads.push(performance.now());
    });
    await new Promise<void>((resolve, reject) => {
      socket!.on("open", resolve);
      socket!.on("error", reject);
    });

    const dir = path.join(content, "neighbourhoods");
    const files = (await fs.readdir(dir)).filter((name) => name.endsWith(".md")).sort();
    const samples = { reload: [] as number[], served: [] as number[] };
    const loadBefore = os.loadavg()[0]!;
    for (let round = 0; round < rounds; round++) {
      // A different neighbourhood each round, its story's last paragraph ending in a new word.
      const file = files[(round * 7) % files.length]!;
      const url = `${base}neighbourhoods/${file.replace(/\.md$/, "")}/`;
      const original = await fs.readFile(path.join(dir, file), "utf8");
      const word = marker(round);
      const heard = reloads.length;
      const written = performance.now();
      await fs.writeFile(path.join(dir, file), `${original.trimEnd()} ${word}\n`);
      await until(async () => (await get(url)).body.includes(word), 120, `${word} on ${url}`);
      const served = seconds(written);
      await until(async () => reloads.length > heard, 120, "the reload message");
      const reload = (reloads[heard]! - written) / 1000;
      samples.served.push(served);
      samples.reload.push(reload);
      log(`round ${round + 1}: ${file}: reload heard ${reload.toFixed(2)} s, page served ${served.toFixed(2)} s`);
      await fs.writeFile(path.join(dir, file), original);
      // The restoring save rebuilds too; the next round starts once it has been announced and has settled.
      await until(async () => reloads.length > heard + 1, 120, "the restoring rebuild");
      await sleep(500);
    }
    const served = spread(samples.served);
    return {
      rounds,
      ...served,
      startup,
      reload: spread(samples.reload),
      served,
      samples,
      load: { before: loadBefore, after: os.loadavg()[0]! },
    };
  } catch (error) {
    throw new Error(`${(error as Error).message}\nserver output:\n${output}`, { cause: error });
  } finally {
    socket?.close();
    child.kill("SIGTERM");
    await exited;
    await fs.rm(work, { recursive: true, force: true });
  }
}

if (import.meta.filename === process.argv[1]) {
  const rounds = Number(process.argv[2] ?? 7);
  const result = await devLatency({ rounds, log: (line) => console.log(line) });
  const show = (s: Spread) => `median ${s.median.toFixed(2)} s, max ${s.max.toFixed(2)} s`;
  console.log(machineLine());
  console.log(`load average (1 min): ${result.load.before.toFixed(2)} before, ${result.load.after.toFixed(2)} after`);
  console.log(`save → live-reload message: ${show(result.reload)} (${result.rounds} saves)`);
  console.log(`save → page served anew   : ${show(result.served)}`);
}
