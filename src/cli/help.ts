/**
 * The help text, in the user's language: commander's own layout has English headings ("Usage:", "Options:"), so
 * ketabche lays it out itself from the same declarations.
 */
import type { Command } from "commander";
import type { Messages } from "./messages.ts";

function table(rows: [string, string][]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}   ${right}`);
}

export function formatHelp(command: Command, m: Messages): string {
  const isProgram = !command.parent;
  const name = isProgram ? "ketabche" : `ketabche ${command.name()}`;
  const args = command.registeredArguments.map((a) => (a.required ? `<${a.name()}>` : `[${a.name()}]`)).join(" ");
  const lines = [
    `${m.usage}: ${name}${isProgram ? ` ${m.commandWord}` : ""}${args ? ` ${args}` : ""} ${m.optionsWord}`,
    "",
  ];
  lines.push(command.description(), "");
  if (isProgram) {
    lines.push(`${m.commandsHeading}:`);
    lines.push(...table(command.commands.map((c) => [c.name(), c.description()])));
    lines.push("");
  }
  if (command.registeredArguments.length) {
    lines.push(`${m.argumentsHeading}:`);
    lines.push(...table(command.registeredArguments.map((a) => [a.name(), a.description])));
    lines.push("");
  }
  lines.push(`${m.optionsHeading}:`);
  const options: [string, string][] = command.options.map((o) => [o.flags, o.description]);
  lines.push(...table([...options, ["-h, --help", m.options.help]]));
  if (isProgram) lines.push("", m.moreHelp);
  return `${lines.join("\n")}\n`;
}
