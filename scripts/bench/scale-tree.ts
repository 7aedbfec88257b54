/**
 * A content tree N times the size of another, for the scale benchmarks: every neighbourhood copied N times with a
 * slug, a name and a story of its own (the same photographs, which are copied once), the settings and front pages
 * as they are. `npx tsx scripts/bench/scale-tree.ts 10 /tmp/ketabche-670` makes the 670-neighbourhood tree from the
 * sample; `--from DIR` takes another tree.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { formatNumber } from "../../src/typography/numbers.ts";
import { parse } from "yaml";
import { splitMarkdownFile } from "../../src/content/front-matter.ts";

export async function makeScaleTree(from: string, to: string, times: number): Promise<number> {
  await fs.rm(to, { recursive: true, force: true });
  await fs.mkdir(path.join(to, "neighbourhoods"), { recursive: true });
  // Everything but the neighbourhoods as it is: settings, front pages, photographs.
  for (const entry of await fs.readdir(from, { withFileTypes: true })) {
    if (entry.name === "neighbourhoods") continue;
    await fs.cp(path.join(from, entry.name), path.join(to, entry.name), { recursive: true });
  }
  const dir = path.join(from, "neighbourhoods");
  const files = (await fs.readdir(dir)).filter((name) => name.endsWith(".md")).sort();
  let written = 0;
  for (const file of files) {
    const source = await fs.readFile(path.join(dir, file), "utf8");
    const data = parse(splitMarkdownFile(source).frontMatter) as { name?: unknown } | null;
    const name = typeof data?.name === "string" ? data.name : undefined;
    if (!name) throw new Error(`${file}: no name in its front matter`);
    for (let copy = 1; copy <= times; copy++) {
      const slug = copy === 1 ? file : file.replace(/\.md$/, `-${copy}.md`);
      // The front matter's own `name:` and `order:` lines change (an order is unique in its county: the copies
      // come after every original), and the story gets a last paragraph of its own: no two stories are the same
      // text, as in a real booklet, so nothing that remembers a render by its text is flattered by the copies.
      const text =
        copy === 1
          ? source
          : `${source
              .replace(/^name: .*$/m, `name: ${name} ${formatNumber(copy)}`)
              .replace(/^order: (\d+)$/m, (_line, order: string) => `order: ${Number(order) + 1000 * (copy - 1)}`)
              .trimEnd()}\n\nنسخه ${formatNumber(copy)} از ${name}، ساخته برای سنجش سرعت ساخت.\n`;
      await fs.writeFile(path.join(to, "neighbourhoods", slug), text);
      written++;
    }
  }
  return written;
}

if (import.meta.filename === process.argv[1]) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { from: { type: "string" } } });
  const [times, to] = positionals;
  if (!times || !to || !/^\d+$/.test(times)) {
    console.error("usage: scale-tree.ts <times> <output dir> [--from content]");
    process.exit(2);
  }
  const count = await makeScaleTree(values.from ?? "content", to, Number(times));
  console.log(`${count} neighbourhoods in ${to}`);
}
