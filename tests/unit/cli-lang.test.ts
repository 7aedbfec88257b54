/**
 * Which language the command line speaks (src/cli/lang.ts): `--lang` (either spelling, the last one winning), then
 * KETABCHE_LANG, then the locale (LC_ALL, LC_MESSAGES, LANG) when it names fa or en, else Persian. A `--lang` that is
 * neither is reported, in the language the rest would have chosen. (tests/e2e/cli.test.ts runs a few of these.)
 */
import { describe, expect, it } from "vitest";
import { chooseLang } from "../../src/cli/lang.ts";

describe("chooseLang", () => {
  it("is Persian with no flag and a locale that names no language", () => {
    expect(chooseLang([], {})).toEqual({ lang: "fa" });
    expect(chooseLang(["build"], { LANG: "C.UTF-8" })).toEqual({ lang: "fa" });
    expect(chooseLang(["build"], { LANG: "POSIX", LC_ALL: "C" })).toEqual({ lang: "fa" });
    expect(chooseLang(["build"], { LANG: "de_DE.UTF-8" })).toEqual({ lang: "fa" });
  });

  it("takes --lang en and --lang=en anywhere on the line, the last one winning", () => {
    expect(chooseLang(["--lang", "en", "build"], {}).lang).toBe("en");
    expect(chooseLang(["build", "--lang=en"], {}).lang).toBe("en");
    expect(chooseLang(["build", "--lang=EN"], {}).lang).toBe("en");
    expect(chooseLang(["--lang", "en", "build", "--lang=fa"], {}).lang).toBe("fa");
  });

  it("puts --lang before KETABCHE_LANG, and KETABCHE_LANG before the locale", () => {
    expect(chooseLang(["--lang=fa"], { KETABCHE_LANG: "en", LANG: "en_US.UTF-8" }).lang).toBe("fa");
    expect(chooseLang([], { KETABCHE_LANG: "en", LANG: "fa_IR.UTF-8" }).lang).toBe("en");
    expect(chooseLang([], { KETABCHE_LANG: "fa", LC_ALL: "en_US.UTF-8" }).lang).toBe("fa");
  });

  it("reads the locale as C libraries do: LC_ALL, then LC_MESSAGES, then LANG", () => {
    expect(chooseLang([], { LANG: "en_US.UTF-8" }).lang).toBe("en");
    expect(chooseLang([], { LANG: "fa_IR.UTF-8" }).lang).toBe("fa");
    expect(chooseLang([], { LC_MESSAGES: "en_GB", LANG: "fa_IR.UTF-8" }).lang).toBe("en");
    expect(chooseLang([], { LC_ALL: "fa_IR.UTF-8", LC_MESSAGES: "en_GB", LANG: "en_US.UTF-8" }).lang).toBe("fa");
    expect(chooseLang([], { LANG: "en" }).lang).toBe("en");
  });

  it("reports a --lang that is neither fa nor en, in the language the environment chose", () => {
    expect(chooseLang(["check", "--lang", "de"], {})).toEqual({ lang: "fa", unknown: "de" });
    expect(chooseLang(["check", "--lang=de"], { LANG: "en_US.UTF-8" })).toEqual({ lang: "en", unknown: "de" });
  });
});
