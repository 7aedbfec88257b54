import { describe, expect, it } from "vitest";
import { cutAtSentence } from "../../src/print/exhibit/text.ts";
import { statusBar } from "../../src/print/exhibit/status-bar.ts";

describe("cutAtSentence: a poster's excerpt of the story", () => {
  const story = "جمله نخست کوتاه است. جمله دوم کمی بلندتر از نخستین جمله است؟ و جمله سوم!";

  it("keeps text that fits as it is", () => {
    expect(cutAtSentence(story, 500)).toBe(story);
  });

  it("stops after the last whole sentence that fits", () => {
    expect(cutAtSentence(story, 30)).toBe("جمله نخست کوتاه است.");
    expect(cutAtSentence(story, 64)).toBe("جمله نخست کوتاه است. جمله دوم کمی بلندتر از نخستین جمله است؟");
  });

  it("cuts a first sentence too long at a word, with an ellipsis, never inside a word", () => {
    const cut = cutAtSentence("واژه‌های بسیار زیادی در این جمله بلند پشت سر هم آمده‌اند.", 20);
    expect(cut).toBe("واژه‌های بسیار…");
    expect([...cut].length).toBeLessThanOrEqual(20);
  });
});

describe("statusBar: actions by status as one bar", () => {
  const colours = { done: "#111111", ongoing: "#222222", planned: "#333333" };

  it("gives each status its share, from the right", () => {
    const svg = statusBar({ done: 2, ongoing: 1, planned: 1 }, colours);
    expect(svg).toContain('<rect x="50.00" width="50.00" height="10" fill="#111111"/>');
    expect(svg).toContain('<rect x="25.00" width="25.00" height="10" fill="#222222"/>');
    expect(svg).toContain('<rect x="0.00" width="25.00" height="10" fill="#333333"/>');
  });

  it("is an empty track with no actions", () => {
    expect(statusBar({ done: 0, ongoing: 0, planned: 0 }, colours)).not.toContain("#111111");
  });
});
