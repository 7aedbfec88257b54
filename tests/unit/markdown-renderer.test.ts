import { describe, expect, it } from "vitest";
import { createMarkdown, createMarkdownRenderer, renderMarkdown } from "../../src/content/markdown.ts";

describe("createMarkdownRenderer: each text rendered once, never a stale render", () => {
  const md = createMarkdown();
  const story = "## بازارچه\n\nاين محله 12 خانه دارد.";

  it("gives what markdown-it gives, the same for the same text", () => {
    const render = createMarkdownRenderer();
    expect(render(story)).toBe(md.render(story, { headingShift: 0 }));
    expect(render(story)).toBe(md.render(story, { headingShift: 0 }));
  });

  it("renders an edited text anew", () => {
    const render = createMarkdownRenderer();
    render(story);
    const edited = story.replace("12", "13");
    expect(render(edited)).toBe(md.render(edited));
    expect(render(edited)).toContain("۱۳ خانه");
  });

  it("keeps the heading shift apart: the print page's h3 is not the site's h2", () => {
    const render = createMarkdownRenderer();
    expect(render(story)).toContain("<h2>");
    expect(render(story, 1)).toContain("<h3>");
    expect(render(story)).toContain("<h2>");
  });

  it("forgets the oldest renders beyond its limit and renders them again, the same", () => {
    const render = createMarkdownRenderer(2);
    const texts = ["یک", "دو", "سه", "چهار"];
    for (const text of texts) render(text);
    for (const text of texts) expect(render(text)).toBe(md.render(text));
  });

  it("is shared by the site's filters and search index as renderMarkdown", () => {
    expect(renderMarkdown(story)).toBe(md.render(story));
  });
});
