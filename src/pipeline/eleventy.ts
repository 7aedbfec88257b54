/**
 * Runs Eleventy with ketabche's configuration (eleventy.config.ts), given everything in memory. Eleventy's own
 * log (benchmarks, "Wrote 82 files") is kept back unless asked for with --verbose, and a fault in a template
 * comes out as one TemplateError naming the template, never as Eleventy's English error block.
 */
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import type { Server } from "node:http";
import { Eleventy } from "@11ty/eleventy";
import type EleventyConfig from "@11ty/eleventy/UserConfig";
import EleventyDevServer from "@11ty/eleventy-dev-server";
import { ketabche, type SiteContext } from "../../eleventy.config.ts";
import { ContentError } from "../content/issues.ts";

/** A template failed to render: a fault in the layouts (or a filter), not in the editors' content. */
export class TemplateError extends Error {
  constructor(
    /** The template, relative to the project, e.g. layouts/neighbourhood.njk. */
    readonly template: string | undefined,
    /** The innermost message: what actually went wrong. */
    readonly reason: string,
    override readonly cause: unknown,
  ) {
    super(template ? `${template}: ${reason}` : reason);
    this.name = "TemplateError";
  }
}

interface EleventyFault {
  message?: string;
  originalError?: unknown;
  cause?: unknown;
  inputPath?: string;
}

/** Eleventy wraps the error a template threw, layer on layer; the template's path and the real reason are inside. */
export function templateError(error: unknown, projectRoot: string): TemplateError {
  let template: string | undefined;
  let reason = String(error);
  let current = error as EleventyFault | undefined;
  for (let depth = 0; current && depth < 12; depth++) {
    const named = /(?:template|file|layout)\s+(\.?\/?[^\s:'"]+\.njk)/i.exec(current.message ?? "")?.[1];
    template ??= current.inputPath ?? named;
    if (current.message) reason = current.message;
    current = (current.originalError ?? current.cause) as EleventyFault | undefined;
  }
  const shown = template ? path.relative(projectRoot, path.resolve(projectRoot, template)) : undefined;
  return new TemplateError(shown, reason.split("\n")[0]!, error);
}

export interface EleventyRun {
  context: SiteContext;
  verbose: boolean;
  projectRoot: string;
}

/** Eleventy's logger writes through this object; without --verbose nothing reaches the terminal. */
function sink(verbose: boolean): Pick<Console, "log" | "warn" | "error" | "info"> {
  const quiet = () => undefined;
  return verbose ? console : { log: quiet, warn: quiet, error: quiet, info: quiet };
}

function create({ context, verbose }: EleventyRun, extra?: (config: EleventyConfig) => void): Eleventy {
  const eleventy = new Eleventy(context.layoutsDir, context.siteDir, {
    // An empty path: no configuration file is looked for, the configuration comes from memory, below.
    configPath: "",
    config: (config: EleventyConfig) => {
      ketabche(context)(config);
      extra?.(config);
    },
    pathPrefix: context.pathPrefix,
    quietMode: !verbose,
    runMode: context.mode,
  });
  eleventy.logger.overrideLogger(sink(verbose));
  return eleventy;
}

/**
 * Eleventy's benchmark groups log through loggers of their own, made verbose before the configuration is read;
 * without --verbose they are silenced once Eleventy has initialised.
 */
async function initialise(eleventy: Eleventy, verbose: boolean): Promise<void> {
  await eleventy.init();
  if (verbose) return;
  const bench = (eleventy as unknown as { bench?: BenchmarkManager }).bench;
  bench?.setVerboseOutput(false);
  for (const group of Object.values(bench?.getAll() ?? {})) group.setIsVerbose(false);
}

interface BenchmarkManager {
  setVerboseOutput(verbose: boolean): void;
  getAll(): Record<string, { setIsVerbose(verbose: boolean): void }>;
}

/**
 * Eleventy keeps compiled templates and layouts in caches shared by every instance in the process
 * (TemplateContent's compile cache, the LayoutCache singleton), and a compiled template calls the filters of the
 * instance that compiled it. One build runs Eleventy more than once (the print pages on each pass, then the site),
 * with other plugins and other state: each run starts with both caches empty, as Eleventy itself empties them
 * when its configuration is reloaded or a layout changes (events on its event bus, which the package does not
 * export; pinned 3.1.8).
 */
async function resetEleventyCaches(): Promise<void> {
  const entry = createRequire(import.meta.url).resolve("@11ty/eleventy");
  const url = pathToFileURL(path.join(path.dirname(entry), "EventBus.js")).href;
  const { default: bus } = (await import(url)) as { default: { emit(...args: unknown[]): unknown } };
  await bus.emit("eleventy.compileCacheReset");
  // Empties the layout cache (and this one, imaginary, path's compiled templates).
  await bus.emit("eleventy.resourceModified", "./ketabche-cache-reset.njk", [], {});
}

/** Builds the site or the print pages once. */
export async function runEleventy(run: EleventyRun): Promise<void> {
  await resetEleventyCaches();
  const eleventy = create(run);
  try {
    await initialise(eleventy, run.verbose);
    await eleventy.write();
  } catch (error) {
    if (error instanceof ContentError) throw error;
    throw templateError(error, run.projectRoot);
  }
}

export interface DevServer {
  /** Where the preview is, e.g. http://127.0.0.1:8080/ketabche/ */
  url: string;
  close(): Promise<void>;
}

/**
 * eleventy-dev-server 2 listens on every network interface (`listen({ port })`); a preview of unpublished content
 * belongs on this machine alone unless the user asks otherwise, so its listen step is given the host.
 */
function listenOn(host: string): void {
  const prototype = EleventyDevServer.prototype as unknown as {
    _serverListen(this: { server: Server }, port: number): void;
  };
  prototype._serverListen = function (port) {
    this.server.listen({ port, host });
  };
}

/** Eleventy's watch build for a changed file, as its watcher runs it (what `watch()` returns; pinned 3.1.8). */
type WatchRun = (file: string) => Promise<void>;

/**
 * Builds, then watches the layouts and the content tree and serves the site with live reload. The plugins may start
 * a build themselves (the print preview, when asked for: src/site/plugins/dev-rebuild.ts) as a save would.
 */
export async function serveEleventy(run: EleventyRun, port: number, host: string): Promise<DevServer> {
  listenOn(host);
  let ready: (url: string) => void;
  const url = new Promise<string>((resolve) => (ready = resolve));
  // Known once Eleventy watches; nothing asks for a build before.
  const watching: { rebuild?: WatchRun } = {};
  const context = { ...run.context, requestBuild: async (file: string) => watching.rebuild?.(file) };
  const eleventy = create({ ...run, context }, (config) => {
    config.setServerOptions({
      port,
      // With a port taken, fail rather than quietly serve on another one.
      portReassignmentRetryCount: 0,
      // The command line says where the preview is, in the user's language.
      messageOnStart: () => "",
      ready: (server: { getServerUrl(host: string): string }) => ready(server.getServerUrl(host)),
    });
    // A saved file counts once its size has held for 50 ms (Eleventy waits 150 ms): an editor writes a content
    // file at once, and a file caught half-written is read again on its next change.
    config.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 10 } });
  });
  await initialise(eleventy, run.verbose);
  const rebuild = (await eleventy.watch()) as unknown as WatchRun;
  watching.rebuild = rebuild;
  // Eleventy's watcher only logs a deleted file; the pages that listed a deleted neighbourhood must be written again.
  const watcher = (eleventy as unknown as { watcher?: { on(event: "unlink", listener: WatchRun): void } }).watcher;
  watcher?.on("unlink", (file) => rebuild(file));
  await eleventy.serve(port);
  return {
    url: await url,
    close: async () => {
      await eleventy.stopWatch();
    },
  };
}
