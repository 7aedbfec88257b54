/** `ketabche build`, `site` and `pdf`: the site, the booklet, or both, into the output folder. */
import path from "node:path";
import { build, type BuildTarget } from "../../pipeline/build.ts";
import type { PressProgress } from "../../pipeline/press.ts";
import { reportText } from "../../print/press/report.ts";
import type { Lang } from "../lang.ts";
import { messages } from "../messages.ts";
import type { CommandOptions } from "../program.ts";
import { progressReporter } from "../report.ts";
import { toBuildOptions } from "./options.ts";
import { exhibitReporter, printExhibitSummary } from "./exhibit.ts";

const targets = { build: "all", site: "site", pdf: "booklet" } as const satisfies Record<string, BuildTarget>;

function pressReporter(lang: Lang): (event: PressProgress) => void {
  const p = messages[lang].progress;
  return (event) => {
    const line = {
      profile: () => p.pressProfile(),
      render: () => (event.step === "render" ? p.pressRender(event.seconds) : ""),
      produce: () => (event.step === "produce" ? p.pressProduce(event.file, event.seconds) : ""),
      inspect: () => (event.step === "inspect" ? p.pressInspect(event.seconds) : ""),
    }[event.step]();
    console.log(line);
  };
}

/** The press build's own failures that are the user's to fix: a missing program, a failed preflight. */
function pressFailure(error: unknown, lang: Lang): boolean {
  const m = messages[lang].errors;
  const named = error as { name?: string; tool?: string; debianPackage?: string; report?: unknown };
  if (named?.name === "MissingToolError") {
    console.error(m.missingTool(named.tool ?? "", named.debianPackage ?? ""));
    return true;
  }
  if (named?.name === "PressCheckError") {
    const report = named.report as Parameters<typeof reportText>[0];
    console.error(reportText(report, lang));
    console.error(m.pressFailed(report.problems.filter((p) => p.severity === "error").length));
    return true;
  }
  return false;
}

export default function buildCommand(name: keyof typeof targets) {
  return async (options: CommandOptions): Promise<void> => {
    const m = messages[options.lang].done;
    const settings = toBuildOptions(options);
    const started = Date.now();
    let result;
    try {
      result = await build(targets[name], settings, progressReporter(options.lang), {
        press: options.press,
        onPress: pressReporter(options.lang),
        onExhibit: exhibitReporter(options.lang),
      });
    } catch (error) {
      if (!pressFailure(error, options.lang)) throw error;
      process.exitCode = 1;
      return;
    }
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
    if (result.press) {
      console.log(m.press(shown(path.join(settings.outputDir, "press")), result.press.seconds));
      console.log(reportText(result.press, options.lang));
    }
    if (result.exhibit)
      printExhibitSummary(result.exhibit, options.lang, shown(path.join(settings.outputDir, "exhibit")));
    if (name !== "pdf")
      console.log(m.site(shown(path.join(settings.outputDir, "site")), (Date.now() - started) / 1000));
  };
}
