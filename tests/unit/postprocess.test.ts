import { afterEach, describe, expect, it, vi } from "vitest";
import { publicationDate } from "../../src/print/postprocess.ts";

describe("publicationDate: Nowruz of the booklet's year, so the PDF's dates come from the content", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("is 1 Farvardin at midnight UTC", () => {
    expect(publicationDate(1403).toISOString()).toBe("2024-03-20T00:00:00.000Z");
    expect(publicationDate(1404).toISOString()).toBe("2025-03-21T00:00:00.000Z");
  });

  it("follows the calendar from year to year (Nowruz falls on 20 or 21 March)", () => {
    expect(publicationDate(1399).toISOString()).toBe("2020-03-20T00:00:00.000Z");
    expect(publicationDate(1402).toISOString()).toBe("2023-03-21T00:00:00.000Z");
  });

  it("does not depend on the machine's time zone", () => {
    // Tehran is UTC+3:30: a local midnight there would be 20:30 UTC the day before.
    vi.stubEnv("TZ", "Asia/Tehran");
    expect(new Date(2024, 2, 20).toISOString()).toBe("2024-03-19T20:30:00.000Z"); // the stub took effect
    expect(publicationDate(1403).toISOString()).toBe("2024-03-20T00:00:00.000Z");
  });
});
