/**
 * Runs the real `ketabche` command, as a user would, and captures what it prints. Every run gets a neutral locale
 * (no KETABCHE_LANG, LC_ALL or LC_MESSAGES; LANG=C.UTF-8), so the language is Persian unless a test asks otherwise,
 * whatever the developer's machine is set to; and the commands that encode images share one cache folder.
 */
import { execFile, spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");
export const BIN = path.join(PROJECT_ROOT, "bin", "ketabche.js");

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Image encodes are shared between test builds through one cache folder, as between a user's builds. */
export const TEST_IMAGE_CACHE = path.join(PROJECT_ROOT, "node_modules", ".cache", "ketabche-test-images");

/** The commands that take `--cache` (check and new reject it as an unknown option). */
const CACHED_COMMANDS = new Set(["build", "site", "pdf", "serve"]);

/** Variables that would choose the language (or, before the rewrite, the cache) behind the test's back. */
const LOCALE_VARIABLES = ["KETABCHE_LANG", "KETABCHE_CACHE", "LC_ALL", "LC_MESSAGES", "LANGUAGE"];

/** The environment of every run: the test's own, with a neutral locale; `extra` adds or (with undefined) removes. */
export function cliEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of LOCALE_VARIABLES) delete env[name];
  env.LANG = "C.UTF-8";
  for (const [name, value] of Object.entries(extra)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

/** The verb of a command line: its first word that is neither an option nor the value of `--lang`. */
export function commandOf(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--lang") i++;
    else if (!args[i]!.startsWith("-")) return args[i];
  }
  return undefined;
}

export interface CliOptions {
  cwd?: string;
  /** Added to (or, with undefined values, removed from) the neutral environment. */
  env?: NodeJS.ProcessEnv;
  timeout?: number;
  /** The image cache for build, site, pdf and serve; false: pass no `--cache` at all. */
  cache?: string | false;
}

/** The arguments as given, with `--cache` added for the commands that take it. */
export function withCache(args: readonly string[], cache: string | false = TEST_IMAGE_CACHE): string[] {
  const needed = cache !== false && CACHED_COMMANDS.has(commandOf(args) ?? "") && !args.includes("--cache");
  return needed ? [...args, "--cache", cache] : [...args];
}

export async function ketabche(args: string[], options: CliOptions = {}): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...withCache(args, options.cache)], {
      cwd: options.cwd ?? PROJECT_ROOT,
      env: cliEnv(options.env),
      timeout: options.timeout ?? 600_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === "number" ? e.code : 1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

/** A command left running (serve, or a build to interrupt), with what it has printed so far. */
export interface RunningCli {
  child: ChildProcessWithoutNullStreams;
  /** stdout and stderr as printed so far, interleaved. */
  output(): string;
  /** Resolves with the first match of `pattern` in the output; rejects if the process ends first or time runs out. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** How the process ended: its exit code, or the signal that ended it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Ends the process if it still runs, SIGTERM then SIGKILL: for cleanup (a test of stopping sends its own signal). */
  stop(): Promise<void>;
}

export function startKetabche(args: string[], options: CliOptions = {}): RunningCli {
  const child = spawn(process.execPath, [BIN, ...withCache(args, options.cache)], {
    cwd: options.cwd ?? PROJECT_ROOT,
    env: cliEnv(options.env),
    stdio: ["pipe", "pipe", "pipe"],
  });
  let output = "";
  const listeners = new Set<() => void>();
  const append = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout.on("data", append);
  child.stderr.on("data", append);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  let ended = false;
  void exited.then(() => {
    ended = true;
    for (const listener of listeners) listener();
  });
  return {
    child,
    output: () => output,
    exited,
    waitFor: (pattern, timeoutMs = 120_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => finish(new Error(`timed out waiting for ${pattern}; output:\n${output}`)),
          timeoutMs,
        );
        const check = () => {
          const match = output.match(pattern);
          if (match) finish(undefined, match);
          else if (ended) finish(new Error(`the command ended before printing ${pattern}; output:\n${output}`));
        };
        const finish = (error?: Error, match?: RegExpMatchArray) => {
          clearTimeout(timer);
          listeners.delete(check);
          if (error) reject(error);
          else resolve(match!);
        };
        listeners.add(check);
        check();
      }),
    stop: async () => {
      if (ended) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
