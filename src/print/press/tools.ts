/**
 * The programs the press files are made and checked with: Ghostscript (CMYK, PDF/X, ink render), ArgyllCMS's
 * colprof (the ICC profile), qpdf (Ghostscript's output rewritten for pdf-lib) and poppler's pdftotext,
 * pdfimages and pdffonts (preflight). Each is run without a
 * shell, with its output captured; a program that is not installed is the user's to install, said plainly.
 */
import { execFile } from "node:child_process";

/** The Debian package each program comes in (scripts/setup.sh installs them). */
export const TOOL_PACKAGES = {
  gs: "ghostscript",
  colprof: "argyll",
  qpdf: "qpdf",
  pdftotext: "poppler-utils",
  pdfimages: "poppler-utils",
  pdffonts: "poppler-utils",
} as const;
export type Tool = keyof typeof TOOL_PACKAGES;

/** A program (or data file) the press build needs is not installed. */
export class MissingToolError extends Error {
  constructor(
    readonly tool: string,
    readonly debianPackage: string,
  ) {
    super(`${tool} is not installed (Debian package ${debianPackage})`);
    this.name = "MissingToolError";
  }
}

/** A program ran and failed: a fault in the press build (or in the tool), with what it said. */
export class ToolFailure extends Error {
  constructor(tool: Tool, code: number | string | null, stderr: string) {
    const said = stderr.trim().split("\n").slice(-6).join("\n");
    super(`${tool} failed (${code ?? "killed"})${said ? `: ${said}` : ""}`);
    this.name = "ToolFailure";
  }
}

export interface RunOptions {
  cwd?: string;
  /** Milliseconds; Ghostscript on a 400-page booklet takes about two minutes on a slow machine. */
  timeout?: number;
}

function execute(tool: Tool, args: string[], encoding: "utf8" | "buffer", options: RunOptions) {
  return new Promise<{ stdout: string | Buffer; stderr: string }>((resolve, reject) => {
    execFile(
      tool,
      args,
      { cwd: options.cwd, timeout: options.timeout ?? 900_000, maxBuffer: 1024 * 1024 * 1024, encoding },
      (error, stdout, stderr) => {
        const err = String(stderr);
        if (!error) return resolve({ stdout, stderr: err });
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "ENOENT") return reject(new MissingToolError(tool, TOOL_PACKAGES[tool]));
        reject(new ToolFailure(tool, typeof code === "number" ? code : (code ?? error.signal ?? null), err));
      },
    );
  });
}

/** Runs a tool and returns what it printed (text). */
export async function run(tool: Tool, args: string[], options: RunOptions = {}): Promise<string> {
  return String((await execute(tool, args, "utf8", options)).stdout);
}

/** Runs a tool and returns what it printed, and its messages (Ghostscript warns on stderr and still succeeds). */
export async function runWithMessages(tool: Tool, args: string[], options: RunOptions = {}) {
  const { stdout, stderr } = await execute(tool, args, "utf8", options);
  return { stdout: String(stdout), stderr };
}

/** Runs a tool that reports through its exit code (qpdf --check: 3 for warnings); throws only when it is missing. */
export async function runStatus(tool: Tool, args: string[], options: RunOptions = {}) {
  try {
    const { stdout, stderr } = await execute(tool, args, "utf8", options);
    return { code: 0, output: `${String(stdout)}\n${stderr}` };
  } catch (error) {
    if (error instanceof MissingToolError) throw error;
    const code = Number(/failed \((\d+)\)/.exec((error as Error).message)?.[1] ?? 1);
    return { code, output: (error as Error).message };
  }
}

/** Fails early, before anything is rendered, when a tool the press build needs is missing. */
export async function requireTools(tools: readonly Tool[]): Promise<void> {
  for (const tool of tools) {
    const probe = tool === "gs" || tool === "qpdf" ? ["--version"] : tool === "colprof" ? [] : ["-v"];
    await execute(tool, probe, "utf8", { timeout: 30_000 }).catch((error: unknown) => {
      // colprof without arguments prints its usage and exits 1: installed all the same.
      if (error instanceof MissingToolError) throw error;
    });
  }
}
