/** `ketabche build`, `site` and `pdf`: the site, the booklet, or both, into the output folder. */
import path from "node:path";
import { build, type BuildTarget } from "../../pipeline/build.ts";
import { messages } from "../messages.ts";
import type { CommandOptions } from "../program.ts";
import { progressReporter } from "../report.ts";
import { toBuildOptions } from "./options.ts";

const targets = { build: "all", site: "site", pdf: "booklet" } as const satisfies Record<string, BuildTarget>;

export default function buildCommand(name: keyof typeof targets) {
  return async (options: CommandOptions): Promise<void> => {
    const m = messages[options.lang].done;
    const settings = toBuildOptions(options);
    const started = Date.now();
    const result = await build(targets[name], settings, progressReporter(options.lang));
    // Inside the working folder as typed (output/booklet.pdf), elsewhere in full.
    const shown = (file: string) => {
      const relative = path.relative(settings.cwd, file);
      return relative.startsWith("..") ? file : relative;
    };
    if (result.printed) {
      const { pages, bytes, passes, seconds, lowResolution } = result.printed;
      console.log(m.booklet(shown(path.join(settings.outputDir, "booklet.pdf")), pages, bytes, passes, seconds));
      for (const image of lowResolution) console.log(m.lowDpi(image.src, image.source, image.dpi));
      if (lowResolution.length === 0) console.log(m.allDpi);
    }
    if (name !== "pdf")
      console.log(m.site(shown(path.join(settings.outputDir, "site")), (Date.now() - started) / 1000));
  };
}
