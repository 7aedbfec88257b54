/** river-valley.jpg: a green valley with a river, fields and rows of poplars (wide). */
import { type Scene, grade } from "../engine/core.ts";
import { clouds, fields, ground, mist, ridge, sky, strip } from "../engine/landscape.ts";
import { GREENS, grove, treeRow } from "../engine/trees.ts";

export const riverValley: Scene = {
  file: "river-valley.jpg",
  aspect: "wide",
  cam: { horizon: 0.4, height: 28, focal: 1.0 },
  haze: "#c8d8e4",
  fogDist: 900,
  light: 0.4,
  dof: [],
  grade: grade({ top: "#fff2d8", bottom: "#2f5a3a", amount: 0.28, vignette: 0.3 }),
  layers: [
    sky([
      [0, "#4f8ccc"],
      [0.4, "#d4e4ee"],
    ]),
    clouds({ n: 6, y: [0.05, 0.22], size: 0.14, color: "#ffffff", shadow: "#d8e0ea", opacity: 0.85 }),
    ridge({ base: 0.41, amp: 0.2, color: "#8195ae", top: "#aab8ca", sharp: true, snow: 0.28 }),
    ground({ far: "#9cb07a", near: "#5a8a3a" }),
    fields({ n: 90, x: [-400, 400], z: [60, 1500], colors: ["#8fb05a", "#6f9a45", "#a8aa62", "#5d8a3c", "#94ac64"] }),
    grove({ n: 30, x: [-160, 160], z: [90, 320], h: [9, 15], kinds: ["round", "round", "poplar"], colors: GREENS }),
    ridge({
      base: 0.56,
      amp: 0.3,
      color: "#4d6e45",
      top: "#7a9478",
      envelope: (t) => Math.abs(t - 0.5) ** 1.4 * 2.6,
      octaves: 5,
      texture: { n: 600, size: 0.004, colors: ["#58764e", "#4a6a44", "#62805a"] },
    }),
    ridge({
      base: 0.8,
      amp: 0.5,
      color: "#3a5a32",
      top: "#567a4a",
      envelope: (t) => Math.max(0, Math.abs(t - 0.5) * 2 - 0.45) ** 1.2 * 2.4,
      octaves: 4,
      texture: { n: 900, size: 0.006, colors: ["#2f4f2a", "#3a5e32", "#46683a"] },
    }),
    strip({
      x: (z) => 40 * Math.sin(z / 120) + 10 * Math.sin(z / 31),
      width: (z) => 12 + z * 0.004,
      z: [40, 2000],
      color: "#5f8fb0",
      farColor: "#c8dcea",
      segments: 1,
      edge: "#3f5a3a",
    }),
    treeRow({
      x: (z) => 40 * Math.sin(z / 120) + 10 * Math.sin(z / 31) - 10,
      z: [50, 700],
      step: 18,
      h: [12, 18],
      kind: "poplar",
      colors: GREENS,
      jitter: 0.4,
      skip: 0.2,
    }),
    treeRow({
      x: (z) => 40 * Math.sin(z / 120) + 10 * Math.sin(z / 31) + 10,
      z: [55, 700],
      step: 22,
      h: [10, 15],
      kind: "round",
      colors: GREENS,
      jitter: 0.4,
      skip: 0.2,
    }),
    mist({ y: 0.415, h: 0.035, color: "#eef4f8", opacity: 0.45 }),
  ],
};
