/** `ketabche check [--fix]`: every problem in the content tree in one run; with --fix, typography fixed first. */
import { formatIssue } from "../../content/issues.ts";
import { checkContent, fixContent } from "../../editor/check.ts";
import { messages } from "../messages.ts";
import type { CommandOptions } from "../program.ts";
import { toBuildOptions } from "./options.ts";

export default async function checkCommand(options: CommandOptions): Promise<void> {
  const m = messages[options.lang].done;
  const { contentDir, cwd, paper } = toBuildOptions(options);
  if (options.fix) {
    const fixed = await fixContent(contentDir, { cwd });
    for (const file of fixed) console.log(m.fixedFile(file.file, file.lines));
    console.log(m.fixed(fixed.length));
  }
  const { issues, booklet } = await checkContent(contentDir, { cwd, paper });
  for (const issue of issues) console.log(formatIssue(issue, options.lang));
  const errors = issues.filter((i) => i.severity === "error").length;
  console.log(m.checked(errors, issues.length - errors, booklet?.neighbourhoods.length, booklet?.pages.length));
  if (errors) process.exitCode = 1;
}
