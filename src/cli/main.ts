/**
 * The `ketabche` command line: one verb per pipeline stage, for any content tree.
 *
 *   ketabche build | site | pdf   [--content DIR] [--output DIR] [--paper A5|B5|A4]
 *   ketabche check [--fix]        validate the content tree (and correct its typography)
 *   ketabche new <slug>           scaffold a neighbourhood
 *   ketabche serve [--port N]     live preview
 *   ketabche help [command]       help, in Persian (or English with --lang en)
 */
import { CommanderError, type Command } from "commander";
import { nearest } from "../content/suggest.ts";
import { chooseLang, type Lang } from "./lang.ts";
import { messages } from "./messages.ts";
import { createProgram, type Action } from "./program.ts";

/** Each command's action, loaded only when it runs. */
const actions: Record<string, () => Promise<Action>> = {
  build: async () => (await import("./commands/build.ts")).default("build"),
  site: async () => (await import("./commands/build.ts")).default("site"),
  pdf: async () => (await import("./commands/build.ts")).default("pdf"),
  check: async () => (await import("./commands/check.ts")).default,
  new: async () => (await import("./commands/new.ts")).default,
  serve: async () => (await import("./commands/serve.ts")).default,
  exhibit: async () => (await import("./commands/exhibit.ts")).default,
};

/** The command (or the program) whose arguments were being read when commander stopped. */
function commandIn(program: Command, argv: readonly string[]): Command {
  return program.commands.find((c) => argv.includes(c.name())) ?? program;
}

/** commander's usage errors, said again in the user's language, with the nearest name when one was mistyped. */
function usageError(error: CommanderError, program: Command, argv: readonly string[], lang: Lang): string {
  const m = messages[lang].errors;
  const command = commandIn(program, argv);
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? "";
  const hint = (name: string, known: string[]) => {
    const guess = nearest(name, known);
    return guess ? ` ${m.didYouMean(guess)}` : "";
  };
  const where = m.seeHelp(command === program ? "" : command.name());
  switch (error.code) {
    case "commander.unknownCommand":
      return `${m.unknownCommand(quoted)}${hint(
        quoted,
        program.commands.map((c) => c.name()),
      )}\n${where}`;
    case "commander.unknownOption": {
      const known = command.options.map((o) => o.long ?? "").filter(Boolean);
      return `${m.unknownOption(quoted)}${hint(quoted, [...known, "--help"])}\n${where}`;
    }
    case "commander.optionMissingArgument":
      return `${m.optionNeedsValue(quoted.split(" ")[0]!)}\n${where}`;
    case "commander.missingArgument":
      return `${m.missingArgument(quoted)}\n${where}`;
    case "commander.excessArguments":
      return `${m.tooManyArguments(command.name())}\n${where}`;
    case "commander.invalidArgument":
      // The message ends with the explanation our own argument parser gave, already in the user's language.
      return `${error.message.replace(/^.*?is invalid\.\s*/s, "")}\n${where}`;
    default:
      return `${error.message.replace(/^error:\s*/, "")}\n${where}`;
  }
}

async function main(argv: string[]): Promise<number> {
  const { lang, unknown } = chooseLang(argv, process.env);
  if (unknown !== undefined) {
    console.error(`${messages[lang].errors.badLang(unknown)}\n${messages[lang].errors.seeHelp("")}`);
    return 2;
  }
  let running = "";
  const verbose = argv.includes("--verbose");
  const program = createProgram(lang, (name) => async (options, args) => {
    running = name;
    const action = await actions[name]!();
    await action(options, args);
  });
  program.configureOutput({ writeOut: (text) => process.stdout.write(text), writeErr: () => undefined });
  try {
    await program.parseAsync(argv, { from: "user" });
    return Number(process.exitCode ?? 0);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help asked for is not an error; help shown because no command was given is (exit 1, as git does).
      if (error.code === "commander.helpDisplayed" || error.code === "commander.help") return error.exitCode;
      console.error(usageError(error, program, argv, lang));
      return 2;
    }
    // Loaded only now: it knows the pipeline's error types, which --help need not load.
    const { reportError } = await import("./report.ts");
    return reportError(error, { lang, verbose, command: running });
  }
}

process.exitCode = await main(process.argv.slice(2));
