/** orchard.jpg: a dirt track between rows of fruit trees below a ridge. */
import { type Scene, grade } from "../engine/core.ts";
import { ground, ridge, scatter, sky, sun } from "../engine/landscape.ts";
import { figures } from "../engine/people.ts";
import { crates, groundQuad } from "../engine/streets.ts";
import { GREENS, treeRow } from "../engine/trees.ts";

export const orchard: Scene = {
  file: "orchard.jpg",
  aspect: "landscape",
  cam: { horizon: 0.5, focal: 0.85, height: 1.6 },
  haze: "#e8d4a8",
  fogDist: 120,
  light: -0.6,
  dof: [
    { beyond: 30, sigma: 4 },
    { beyond: 15, sigma: 1.5 },
  ],
  grade: grade({ top: "#ffc070", bottom: "#3a4a2a", amount: 0.38 }),
  layers: [
    sky([
      [0, "#7aa4cc"],
      [0.5, "#f4e0b8"],
    ]),
    sun({ x: 0.16, y: 0.2, r: 0.02, color: "#fff6e0", glow: 0.35, glowColor: "#ffc070", strength: 0.6 }),
    ridge({ base: 0.5, amp: 0.1, color: "#9a9cae", top: "#b4b4c2", sharp: true }),
    ground({ far: "#a8a860", near: "#6a7a34" }),
    groundQuad({ x: [-0.9, 0.9], z: [1, 200], color: "#a58a62", farColor: "#c8b088" }),
    scatter({
      n: 600,
      x: [-12, 12],
      z: [1.5, 25],
      colors: ["#4f6a2a", "#6a8a3a", "#8a9a4a"],
      size: 0.06,
      kind: "tuft",
    }),
    ...[-2.7, 2.7, -8, 8, -13.3, 13.3].map((x, i) =>
      treeRow({
        x,
        z: [3 + (i % 2) * 1.5, 100],
        step: 4.5,
        h: [3.2, 4.2],
        kind: "fruit",
        colors: GREENS,
        fruit: i < 2 ? "#c8372d" : "#e8962f",
        whitewash: true,
        jitter: 0.08,
      }),
    ),
    figures([{ x: -1.5, z: 12, kind: "man", back: false }]),
    crates({ x: -1.2, z: [11.2, 12.5], step: 0.7, wood: "#a47a4a", fruit: ["#c8372d"] }),
  ],
};
