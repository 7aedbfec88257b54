/**
 * Which language the command line speaks: Persian unless asked otherwise. Decided before the arguments are parsed,
 * because the help and the parser's own errors must already be in that language.
 */
export type Lang = "fa" | "en";
export const LANGS: readonly Lang[] = ["fa", "en"];

export interface LangChoice {
  lang: Lang;
  /** A `--lang` value that is neither fa nor en, to be reported as a mistake (in the fallback language). */
  unknown?: string;
}

/** The value of `--lang X` or `--lang=X`, the last one written winning, as parsers do. */
function langArgument(argv: readonly string[]): string | undefined {
  let value: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === "--lang") value = argv[i + 1];
    else if (arg.startsWith("--lang=")) value = arg.slice("--lang=".length);
  });
  return value;
}

/** A locale name such as fa_IR.UTF-8 or en_US names a language; C, POSIX and C.UTF-8 name none. */
function localeLang(locale: string | undefined): Lang | undefined {
  const code = locale?.toLowerCase().split(/[_.@-]/)[0];
  return LANGS.find((lang) => lang === code);
}

/** `--lang`, then KETABCHE_LANG, then the locale (LC_ALL, LC_MESSAGES, LANG), then Persian. */
export function chooseLang(argv: readonly string[], env: NodeJS.ProcessEnv): LangChoice {
  const fromEnv = localeLang(env.KETABCHE_LANG) ?? localeLang(env.LC_ALL || env.LC_MESSAGES || env.LANG) ?? "fa";
  const asked = langArgument(argv);
  if (asked === undefined) return { lang: fromEnv };
  const lang = LANGS.find((l) => l === asked.toLowerCase());
  return lang ? { lang } : { lang: fromEnv, unknown: asked };
}
