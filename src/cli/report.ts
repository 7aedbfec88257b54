/**
 * What the user reads when something goes wrong, and while long work runs. A mistake in the content, the options
 * or the environment is the user's to fix and is said in one clean message, never with a stack trace; only a
 * fault in ketabche itself is "unexpected", and its trace is shown with --verbose.
 */
import { ContentError, formatIssue } from "../content/issues.ts";
import type { ProgressEvent } from "../pipeline/progress.ts";
import type { Lang } from "./lang.ts";
import { messages } from "./messages.ts";

interface ErrorChain {
  name?: string;
  message?: string;
  code?: string;
  port?: number;
  originalError?: unknown;
  cause?: unknown;
}

/** Eleventy and puppeteer wrap errors; look through the chain for one of ours. */
function inChain<T>(error: unknown, match: (e: ErrorChain) => e is ErrorChain & T): (ErrorChain & T) | undefined {
  let current = error as ErrorChain | undefined;
  for (let depth = 0; current && depth < 12; depth++) {
    if (match(current)) return current;
    current = (current.originalError ?? current.cause) as ErrorChain | undefined;
  }
  return undefined;
}

/** The messages of an error and of the errors it wraps: a wrapper's message alone rarely says what failed. */
function describe(error: unknown): string {
  const messages: string[] = [];
  let current = error as ErrorChain | undefined;
  for (let depth = 0; current && depth < 10; depth++) {
    const first = current.message?.split("\n")[0];
    if (first && !messages.includes(first)) messages.push(first);
    current = (current.originalError ?? current.cause) as ErrorChain | undefined;
  }
  return messages.join(" ← ");
}

const FILE_SYSTEM_CODES = new Set(["EACCES", "EPERM", "ENOSPC", "EROFS", "ENOTDIR", "EISDIR", "EEXIST", "ENOENT"]);

export interface ErrorContext {
  lang: Lang;
  verbose: boolean;
  /** The command that ran: a content error during a build also says that the previous output is untouched. */
  command: string;
}

/** Prints the error for the user and returns the exit code. */
export function reportError(error: unknown, { lang, verbose, command }: ErrorContext): number {
  const m = messages[lang].errors;
  const say = (text: string) => console.error(text);
  const content = inChain(error, (e): e is ContentError => e instanceof ContentError);
  if (content) {
    for (const issue of content.issues) say(formatIssue(issue, lang));
    const errors = content.issues.filter((i) => i.severity === "error").length;
    say(m.contentSummary(errors, ["build", "site", "pdf"].includes(command)));
    return 1;
  }
  const named =
    (name: string) =>
    (e: ErrorChain): e is ErrorChain =>
      e.name === name;
  const browser = inChain(error, named("BrowserError"));
  const template = inChain(error, named("TemplateError")) as
    (ErrorChain & { template?: string; reason?: string }) | undefined;
  const system = inChain(error, (e): e is ErrorChain => FILE_SYSTEM_CODES.has(e.code ?? ""));
  const portTaken = inChain(error, (e): e is ErrorChain => e.code === "EADDRINUSE");
  if (browser) say(m.browser(describe(browser.cause)));
  else if (template) say(m.template(template.template ?? "layouts", template.reason ?? describe(template)));
  else if (portTaken) say(m.portInUse(portTaken.port ?? 0));
  else if (system) say(m.fileSystem(system.message ?? String(system)));
  else say(m.unexpected(describe(error)));
  if (verbose && error instanceof Error && error.stack) say(`\n${error.stack}`);
  return 1;
}

/**
 * Progress while a build works. On a terminal, counted work (photographs) is one line redrawn in place with a
 * bar; in a log (CI, a pipe) it is a plain line at every fifth of the way, so the log stays short.
 */
export function progressReporter(lang: Lang, out: NodeJS.WriteStream = process.stdout): (event: ProgressEvent) => void {
  const p = messages[lang].progress;
  const line = (text: string) => out.write(`${text}\n`);
  let lastStep = -1;
  return (event) => {
    switch (event.stage) {
      case "content":
        return line(p.content(event.neighbourhoods, event.pages));
      case "images": {
        const text = p.images(event.done, event.total, event.seconds);
        const finished = event.done === event.total;
        if (out.isTTY) {
          const filled = event.total ? Math.round((event.done / event.total) * 20) : 20;
          out.write(`\r[${"#".repeat(filled)}${".".repeat(20 - filled)}] ${text}\x1b[K${finished ? "\n" : ""}`);
          return;
        }
        // A warm cache answers in a blink: then only the closing line is worth a line in the log.
        const step = event.total ? Math.floor((event.done / event.total) * 5) : 5;
        if (finished || (step !== lastStep && event.seconds >= 2)) line(text);
        lastStep = step;
        return;
      }
      case "site":
        return; // said by the command's own closing line
      case "build":
        return line(p.build(event.pass));
      case "render":
        return line(
          (event.measureOnly ? p.measured : p.render)(event.pass, event.sections, event.pages, event.seconds),
        );
      case "chunk":
        return line(p.chunk(event.pass, event.chunk, event.chunks, event.pages, event.seconds));
      case "plan":
        return line(event.settled ? p.settled(event.pass) : p.replanned(event.pass));
      case "retry":
        return line(p.retry(event.pass, event.reason));
      case "finish":
        return line(p.finish());
      case "reused":
        return line(p.reused(event.pages));
      case "site-reused":
        return line(p.siteReused(event.changed));
    }
  };
}
