/**
 * `ketabche serve`: the site of a content tree, rebuilt and reloaded in the browser on every save (only the pages a
 * save changed). The files that changed are read anew for each build; while the content has errors, every page
 * shows them (src/site/dev-error-page.ts).
 */
import net from "node:net";
import path from "node:path";
import { readContentTree, readSettings } from "../content/load.ts";
import { ContentCache } from "../content/reading-cache.ts";
import { planFile, readPlan } from "./booklet.ts";
import { serveEleventy, type DevServer } from "./eleventy.ts";
import { LAYOUTS_DIR, PROJECT_ROOT, type BuildOptions } from "./options.ts";

export interface ServeOptions {
  port: number;
  /** 127.0.0.1 unless the user asks for another interface (`--host 0.0.0.0` to preview from a phone). */
  host: string;
}

/**
 * Fails early, with the port in the error, when another program holds it: the dev server would otherwise throw
 * from inside its own listener, where nobody can catch it.
 */
async function claimPort(port: number, host: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => reject(Object.assign(error, { port })));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve()));
  });
}

export async function serve(options: BuildOptions, { port, host }: ServeOptions): Promise<DevServer> {
  await claimPort(port, host);
  // Broken settings still get a server: its error page says what to fix.
  const settings = await readSettings(options.contentDir, { cwd: options.cwd }).catch(() => undefined);
  const paper = options.paper ?? settings?.paper ?? "A5";
  // The print preview (/print/) shows the page numbers of the last booklet built with this cache, if any.
  const plan = await readPlan(planFile(options.cacheDir, paper));
  const cache = new ContentCache();
  const context = {
    mode: "serve" as const,
    // The site and the print pages: /print/ is the booklet's print preview in the browser, written when it is asked
    // for (src/site/plugins/dev-rebuild.ts).
    scope: "all" as const,
    // Each save reads again only the files that changed.
    content: () => readContentTree(options.contentDir, { cwd: options.cwd, cache }),
    contentDir: options.contentDir,
    layoutsDir: LAYOUTS_DIR,
    siteDir: path.join(options.outputDir, "site"),
    cacheDir: options.cacheDir,
    pathPrefix: settings?.pathPrefix ?? "/",
    paper: options.paper,
    pagination: () => plan,
  };
  return serveEleventy({ context, verbose: options.verbose, projectRoot: PROJECT_ROOT }, port, host);
}
