/**
 * The commands and their options, declared with commander: each option belongs to the commands that use it
 * (`build --fix` is an error), values are checked as they are parsed (a mistyped port or paper is the user's
 * mistake, said plainly), and the help is written in the user's language. The actions live in ./commands/ and
 * are imported only when their command runs, so `ketabche --help` never loads Eleventy, Chromium or sharp.
 */
import { Command, InvalidArgumentError, Option } from "commander";
import { papers, type Paper } from "../book/paper.ts";
import type { Lang } from "./lang.ts";
import { messages, type Messages } from "./messages.ts";
import { formatHelp } from "./help.ts";

/** Options as commander hands them to an action (only those the command declares are set). */
export interface CommandOptions {
  content?: string;
  output?: string;
  cache?: string;
  paper?: Paper;
  port: number;
  host: string;
  fix?: boolean;
  press?: boolean;
  lang: Lang;
  verbose?: boolean;
}

export type Action = (options: CommandOptions, args: string[]) => Promise<void>;

function parsePort(m: Messages) {
  return (value: string): number => {
    const port = Number(value);
    if (!/^\d+$/.test(value) || port < 1 || port > 65535) throw new InvalidArgumentError(m.errors.badPort(value));
    return port;
  };
}

function parsePaper(m: Messages) {
  return (value: string): Paper => {
    const paper = papers.find((p) => p.toLowerCase() === value.toLowerCase());
    if (!paper) throw new InvalidArgumentError(m.errors.badPaper(value, papers));
    return paper;
  };
}

export function createProgram(lang: Lang, run: (name: string) => Action): Command {
  const m = messages[lang];
  const o = m.options;
  const option = {
    content: () => new Option("--content <dir>", o.content),
    output: () => new Option("--output <dir>", o.output),
    cache: () => new Option("--cache <dir>", o.cache),
    paper: () => new Option("--paper <size>", o.paper).argParser(parsePaper(m)),
    port: () => new Option("--port <n>", o.port).argParser(parsePort(m)).default(8080),
    host: () => new Option("--host <address>", o.host).default("127.0.0.1"),
    fix: () => new Option("--fix", o.fix),
    press: () => new Option("--press", o.press),
    verbose: () => new Option("--verbose", o.verbose),
    // Read before parsing (./lang.ts); declared so that every command accepts it and lists it in its help.
    lang: () => new Option("--lang <lang>", o.lang),
  };
  type Name = keyof typeof option;

  const program = new Command("ketabche")
    .description(m.program)
    .helpOption("-h, --help", o.help)
    .helpCommand("help [command]", m.commands.help)
    .addOption(option.lang())
    .configureHelp({ formatHelp: (command) => formatHelp(command, m) })
    .showSuggestionAfterError(false)
    .exitOverride()
    .configureOutput({ writeErr: () => undefined, outputError: () => undefined });

  const command = (name: keyof Messages["commands"], options: Name[], argument?: string) => {
    const sub = program.command(name).description(m.commands[name]).helpOption("-h, --help", o.help);
    if (argument) sub.argument(argument, o.slug);
    for (const key of [...options, "lang" as const]) sub.addOption(option[key]());
    sub.configureHelp({ formatHelp: (cmd) => formatHelp(cmd, m) });
    sub.exitOverride();
    sub.configureOutput({ writeErr: () => undefined, outputError: () => undefined });
    sub.action(async (...received: unknown[]) => {
      const args = received.filter((value): value is string => typeof value === "string");
      const options = (received.find((value) => value && typeof value === "object") ?? {}) as CommandOptions;
      await run(name)({ ...options, lang }, args);
    });
  };

  command("build", ["content", "output", "cache", "paper", "press", "verbose"]);
  command("site", ["content", "output", "cache", "verbose"]);
  command("pdf", ["content", "output", "cache", "paper", "press", "verbose"]);
  command("check", ["content", "fix", "paper"]);
  command("new", ["content"], "<slug>");
  command("serve", ["content", "output", "cache", "paper", "port", "host", "verbose"]);
  command("exhibit", ["content", "output", "cache", "press", "verbose"]);
  return program;
}
