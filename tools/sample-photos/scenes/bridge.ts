/** bridge.jpg: a footbridge across a stone-lined channel under plane trees. */
import { URBAN_STYLE, facadeRow } from "../engine/buildings.ts";
import { type Scene, grade } from "../engine/core.ts";
import { ground, scatter, sky, strip } from "../engine/landscape.ts";
import { crowd, figures } from "../engine/people.ts";
import { ledge } from "../engine/streets.ts";
import { GREENS, grove, trees } from "../engine/trees.ts";
import { cut, footbridge } from "../engine/works.ts";

export const bridge: Scene = {
  file: "bridge.jpg",
  aspect: "landscape",
  cam: { horizon: 0.52, focal: 0.85, height: 1.9, x: -0.5 },
  haze: "#d8e2d8",
  fogDist: 90,
  light: 0.5,
  dof: [
    { beyond: 26, sigma: 5 },
    { beyond: 14, sigma: 1.5 },
  ],
  grade: grade({ top: "#fff4d0", bottom: "#2a4a3a", amount: 0.3 }),
  layers: [
    sky([
      [0, "#5f98cc"],
      [0.5, "#dfeaf0"],
    ]),
    facadeRow({ z: 48, x: [-50, 50], height: [9, 15], width: [9, 15], style: URBAN_STYLE }),
    grove({ n: 12, x: [-30, 30], z: [30, 44], h: [9, 13], kinds: ["round", "poplar"], colors: GREENS }),
    ground({ far: "#86a060", near: "#5e7e3e" }),
    strip({ x: () => 0, width: 2.4, z: [1, 7.6], color: "#b8ac98", segments: 2 }),
    strip({ x: () => 0, width: 2.4, z: [12.8, 60], color: "#b8ac98", farColor: "#c8c0b0", segments: 4 }),
    scatter({
      n: 400,
      x: [-9, 9],
      z: [1.5, 16],
      colors: ["#4a6a30", "#6a8a40", "#3e5e2a"],
      size: 0.05,
      kind: "tuft",
    }),
    cut({
      x: [-60, 60],
      z: [7.9, 12.4],
      depth: 1.0,
      wall: "#a09888",
      floor: "#3a4a40",
      water: { near: "#3a6068", far: "#9cc0d2", level: 0.3 },
    }),
    ledge({ x: [-60, 60], z: [7.6, 7.9], h: 0.12, color: "#c8c0b0" }), // stone coping on both banks
    ledge({ x: [-60, 60], z: [12.4, 12.7], h: 0.12, color: "#c8c0b0" }),
    footbridge({ x: [-1.3, 1.3], z: [7.5, 12.8], deck: "#c8c2b6", rail: "#2f6b5a" }),
    // plane trees lining both banks of the channel
    trees(
      [-12, -6.5, 5.5, 11].flatMap((x, i) => [
        { x, z: 6.6 + (i % 2) * 0.6, h: 10 + i, kind: "round" as const },
        { x: x * 1.1 + 1, z: 14 + i * 0.4, h: 11, kind: "round" as const },
      ]),
    ),
    figures([{ x: 0.35, y: 0.15, z: 10.4, pose: "walk", kind: "woman", back: true }]),
    crowd({ n: 3, x: [-1, 1], z: [15, 30], poses: ["walk", "stand"] }),
  ],
};
