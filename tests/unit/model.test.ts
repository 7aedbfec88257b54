import { describe, expect, it } from "vitest";
import { bookletOrder, computeTotals, type Neighbourhood } from "../../src/content/model.ts";
import type { Action } from "../../src/content/schema.ts";

/** A neighbourhood with only the fields that totals and ordering read; the rest is never looked at. */
function neighbourhood(fields: {
  name?: string;
  county?: string;
  order?: number;
  population?: number;
  members?: number;
  trained?: number;
  actions?: [Action["status"], string][];
}): Neighbourhood {
  return {
    name: fields.name ?? "محله",
    countySlug: fields.county ?? "karaj",
    order: fields.order,
    population: fields.population ?? 0,
    network: { name: "شبکه", members: fields.members ?? 0, trained: fields.trained ?? 0 },
    actions: (fields.actions ?? []).map(([status, agency]) => ({ title: "اقدام", agency, status, date: "1403-01-01" })),
  } as Neighbourhood;
}

describe("computeTotals: the booklet's figures, derived from the neighbourhoods", () => {
  it("adds up population, network and actions, and counts distinct agencies", () => {
    const totals = computeTotals([
      neighbourhood({
        population: 100,
        members: 10,
        trained: 4,
        actions: [
          ["done", "شهرداری"],
          ["ongoing", "بهزیستی"],
          ["done", "شهرداری"],
        ],
      }),
      neighbourhood({
        population: 250,
        members: 5,
        trained: 5,
        actions: [
          ["planned", "آموزش و پرورش"],
          ["done", "بهزیستی"],
        ],
      }),
      neighbourhood({ county: "fardis" }),
    ]);
    // population 100 + 250 + 0; members 10 + 5; trained 4 + 5; done 2 + 1; agencies شهرداری, بهزیستی, آموزش و پرورش;
    // counties karaj (twice) and fardis.
    expect(totals).toEqual({
      neighbourhoods: 3,
      population: 350,
      actions: { done: 3, ongoing: 1, planned: 1 },
      networkMembers: 15,
      networkTrained: 9,
      agencies: 3,
      counties: 2,
    });
  });

  it("is all zeros for no neighbourhoods, with every status present", () => {
    expect(computeTotals([])).toEqual({
      neighbourhoods: 0,
      population: 0,
      actions: { done: 0, ongoing: 0, planned: 0 },
      networkMembers: 0,
      networkTrained: 0,
      agencies: 0,
      counties: 0,
    });
  });

  it("does not share counters between calls", () => {
    const one = neighbourhood({ actions: [["done", "شهرداری"]] });
    computeTotals([one]);
    expect(computeTotals([one]).actions.done).toBe(1);
  });
});

describe("bookletOrder: by `order`, then by name in Persian alphabetical order", () => {
  const names = (list: Neighbourhood[]) => [...list].sort(bookletOrder).map((n) => n.name);

  it("puts lower orders first and neighbourhoods without an order last", () => {
    expect(
      names([
        neighbourhood({ name: "الف" }),
        neighbourhood({ name: "ب", order: 2 }),
        neighbourhood({ name: "پ", order: 1 }),
        neighbourhood({ name: "ت", order: 10 }),
      ]),
    ).toEqual(["پ", "ب", "ت", "الف"]);
  });

  it("sorts names in the Persian alphabet, not by code point", () => {
    // Code points put پ (U+067E) after ت (U+062A), چ (U+0686) after ح (U+062D), and ک گ (U+06A9, U+06AF) after
    // ل (U+0644); the Persian alphabet is ب پ ت … ج چ ح … ک گ ل … ی.
    expect(names(["ل", "گ", "ک", "ح", "چ", "ج", "ت", "پ", "ب", "ی"].map((name) => neighbourhood({ name })))).toEqual([
      "ب",
      "پ",
      "ت",
      "ج",
      "چ",
      "ح",
      "ک",
      "گ",
      "ل",
      "ی",
    ]);
  });

  it("breaks ties in order by name", () => {
    expect(
      names([
        neighbourhood({ name: "گلسار", order: 1 }),
        neighbourhood({ name: "کلاک", order: 1 }),
        neighbourhood({ name: "باغستان" }),
        neighbourhood({ name: "آسارا" }),
      ]),
    ).toEqual(["کلاک", "گلسار", "آسارا", "باغستان"]);
  });
});
