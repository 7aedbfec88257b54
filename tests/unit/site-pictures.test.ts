/**
 * The `picture` shortcode looks each photograph and preset up once per build (the home and county pages show every
 * neighbourhood's card), and never serves the last build's files after the photograph changed.
 */
import path from "node:path";
import type EleventyConfig from "@11ty/eleventy/UserConfig";
import { afterAll, describe, expect, it } from "vitest";
import imagesPlugin from "../../src/site/plugins/images.ts";
import { removeTempDirs, tempDir, writeImage } from "../helpers/content-tree.ts";

afterAll(removeTempDirs);

type Picture = (src: string, alt: string, preset?: string, eager?: boolean) => Promise<string>;

/** The plugin on a stand-in for Eleventy's configuration: its shortcode, and its build-start listeners. */
function pluginFor(contentDir: string, cacheDir: string) {
  let picture: Picture | undefined;
  const before: (() => unknown)[] = [];
  const config = {
    addAsyncShortcode: (_name: string, shortcode: Picture) => (picture = shortcode),
    on: (event: string, listener: () => unknown) => {
      if (event === "eleventy.before") before.push(listener);
    },
  };
  imagesPlugin(config as unknown as EleventyConfig, { contentDir, siteDir: path.join(contentDir, "site"), cacheDir });
  return { picture: picture!, startBuild: () => Promise.all(before.map((listener) => listener())) };
}

describe("the picture shortcode", () => {
  it("gives the same HTML for the same photograph within a build, and the edited photograph's in the next", async () => {
    const dir = await tempDir();
    await writeImage(path.join(dir, "images", "park.jpg"), 1200, 800);
    const { picture, startBuild } = pluginFor(dir, path.join(dir, "cache"));
    await startBuild();
    const first = await picture("images/park.jpg", "", "thumb");
    expect(first).toContain('width="640" height="426"');
    expect(await picture("images/park.jpg", "", "thumb")).toBe(first);

    // The photograph replaced between two builds (the dev server sees the save): new files, new dimensions.
    await writeImage(path.join(dir, "images", "park.jpg"), 1200, 600, { r: 200, g: 40, b: 40 });
    await startBuild();
    const edited = await picture("images/park.jpg", "", "thumb");
    expect(edited).toContain('width="640" height="320"');
    expect(edited).not.toBe(first);
  });
});
