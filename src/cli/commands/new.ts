/** `ketabche new <slug>`: a neighbourhood file with every field, explained in Persian, to fill in. */
import path from "node:path";
import { scaffoldNeighbourhood } from "../../editor/new-neighbourhood.ts";
import { messages } from "../messages.ts";
import type { CommandOptions } from "../program.ts";
import { toBuildOptions } from "./options.ts";

export default async function newCommand(options: CommandOptions, [slug]: string[]): Promise<void> {
  const { contentDir, cwd } = toBuildOptions(options);
  const file = await scaffoldNeighbourhood(contentDir, slug ?? "", { cwd });
  console.log(messages[options.lang].done.created(path.relative(cwd, file)));
}
