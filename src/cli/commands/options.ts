/** From the command line's options (and the few environment variables it honours) to the pipeline's options. */
import { buildOptions, type BuildOptions } from "../../pipeline/options.ts";
import type { CommandOptions } from "../program.ts";

export function toBuildOptions(options: CommandOptions, env: NodeJS.ProcessEnv = process.env): BuildOptions {
  // Read here, at the edge, and passed down in memory: puppeteer's own variable for the browser, and a shorter
  // Chromium timeout for tests that simulate a hung browser.
  const timeout = Number(env.KETABCHE_BROWSER_TIMEOUT_MS);
  return buildOptions({
    contentDir: options.content,
    outputDir: options.output,
    cacheDir: options.cache,
    paper: options.paper,
    verbose: options.verbose ?? false,
    browser: {
      executablePath: env.PUPPETEER_EXECUTABLE_PATH || undefined,
      ...(timeout > 0 ? { launchTimeout: timeout, protocolTimeout: timeout } : {}),
    },
  });
}
