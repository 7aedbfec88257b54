/**
 * A small tree for the tests of what is read and written again after a save: two counties, and neighbourhoods
 * in booklet order a, b (Karaj), c and, with four, d (Nazarabad): a's pager links to b, b's to a and c.
 */
import type { TreeOptions } from "./content-tree.ts";

export function twoCountyTree(neighbourhoods: 3 | 4 = 3): TreeOptions {
  return {
    counties: [
      { slug: "karaj", name: "کرج" },
      { slug: "nazarabad", name: "نظرآباد" },
    ],
    neighbourhoods: [
      { slug: "a", name: "الف", county: "کرج", order: 1 },
      { slug: "b", name: "ب", county: "کرج", order: 2 },
      { slug: "c", name: "پ", county: "نظرآباد", order: 3 },
      { slug: "d", name: "ت", county: "نظرآباد", order: 4 },
    ].slice(0, neighbourhoods),
  };
}
