/** `ketabche exhibit`: the exhibition kit (posters, handouts), the site that links to it, its progress and summary. */
import path from "node:path";
import type { ExhibitProgress, ExhibitResult } from "../../pipeline/exhibit.ts";
import { makeExhibit } from "../../pipeline/exhibit-build.ts";
import type { Lang } from "../lang.ts";
import { messages } from "../messages.ts";
import type { CommandOptions } from "../program.ts";
import { progressReporter } from "../report.ts";
import { toBuildOptions } from "./options.ts";

/** A line every tenth of the way (and at the end): 142 files would be 142 lines. */
export function exhibitReporter(lang: Lang): (event: ExhibitProgress) => void {
  const p = messages[lang].progress;
  let shown = -1;
  return (event) => {
    if (event.step === "press") return console.log(p.exhibitPress(event.seconds));
    const step = Math.floor((event.done / event.total) * 10);
    if (step === shown && event.done !== event.total) return;
    shown = step;
    console.log(p.exhibitPrint(event.done, event.total, event.seconds));
  };
}

/** What was made, and every warning: a photograph too small for its poster, anything that ran off a page. */
export function printExhibitSummary(result: ExhibitResult, lang: Lang, dir: string): void {
  const m = messages[lang].done;
  const size = result.poster === "50x70" ? "۵۰×۷۰" : result.poster;
  console.log(m.exhibit(dir, result.counts, lang === "fa" ? size : result.poster, result.bytes, result.seconds));
  if (result.fitted) console.log(m.exhibitFitted(result.fitted));
  for (const image of result.lowResolution) console.log(m.exhibitLowPpi(image.src, image.source, image.ppi));
  for (const problem of result.problems)
    console.log(m.exhibitOverflow(problem.file, problem.overflow[0]?.text ?? "", problem.pages));
  if (!result.press) return;
  for (const file of result.press.files)
    console.log(m.exhibitPressFile(`${dir}/press/${file.name}`, file.sheets, file.bytes));
  for (const problem of result.press.problems)
    console.log(m.exhibitPressProblem(problem.severity === "error", problem.file, problem.code, problem.page));
}

export default async function exhibitCommand(options: CommandOptions): Promise<void> {
  const settings = toBuildOptions(options);
  const { exhibit } = await makeExhibit(
    settings,
    progressReporter(options.lang),
    exhibitReporter(options.lang),
    options.press,
  );
  const dir = path.join(settings.outputDir, "exhibit");
  const relative = path.relative(settings.cwd, dir);
  printExhibitSummary(exhibit, options.lang, relative.startsWith("..") ? dir : relative);
}
