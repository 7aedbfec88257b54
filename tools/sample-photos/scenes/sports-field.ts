/** sports-field.jpg: an artificial-turf sports field with floodlights. */
import { URBAN_STYLE, facadeRow } from "../engine/buildings.ts";
import { type Pt, type Scene, grade } from "../engine/core.ts";
import { ground, sky, sun } from "../engine/landscape.ts";
import { crowd } from "../engine/people.ts";
import { type GroundMark, floodlight, goal, groundMarks, turf } from "../engine/play.ts";
import { fence, props } from "../engine/streets.ts";
import { GREENS, grove } from "../engine/trees.ts";

export const sportsField: Scene = {
  file: "sports-field.jpg",
  aspect: "landscape",
  cam: { horizon: 0.4, focal: 0.9, height: 5 },
  haze: "#f0c89a",
  fogDist: 220,
  light: -0.7,
  dof: [{ beyond: 56, sigma: 4 }],
  grade: grade({ top: "#ffb870", bottom: "#2a4a3a", amount: 0.38 }),
  layers: [
    sky([
      [0, "#5a7fb0"],
      [0.25, "#e8a878"],
      [0.4, "#ffd8a0"],
    ]),
    sun({ x: 0.1, y: 0.33, r: 0.025, color: "#fff2d0", glow: 0.3, glowColor: "#ffa050" }),
    facadeRow({ z: 80, x: [-70, 70], height: [12, 24], width: [10, 20], style: { ...URBAN_STYLE, lit: 0.12 } }),
    grove({ n: 14, x: [-50, 50], z: [60, 72], h: [9, 14], kinds: ["round", "poplar"], colors: GREENS }),
    ground({ far: "#4f6f3a", near: "#3a5a2e" }),
    turf({ x: [-13, 13], z: [5, 52], band: 3.5, colors: ["#4a9c44", "#3f8f3c"] }),
    groundMarks(
      [
        ...(
          [
            [
              [-10, 8],
              [-10, 50],
            ],
            [
              [10, 8],
              [10, 50],
            ],
            [
              [-10, 8],
              [10, 8],
            ],
            [
              [-10, 50],
              [10, 50],
            ],
            [
              [-10, 29],
              [10, 29],
            ],
            [
              [-5, 43],
              [-5, 50],
            ],
            [
              [5, 43],
              [5, 50],
            ],
            [
              [-5, 43],
              [5, 43],
            ],
          ] as Array<[Pt, Pt]>
        ).map(([from, to]): GroundMark => ({ kind: "line", from, to, width: 0.12, color: "#f2f2ea" })),
        { kind: "ring", x: 0, z: 29, r: 3, width: 0.12, color: "#f2f2ea" },
      ],
      1e6 - 1,
    ),
    goal({ x: 0, z: 50, w: 5, h: 2 }),
    fence({ from: [-13, 52], to: [13, 52], h: 4, step: 3.25, post: "#2f4a3a", mesh: "#3a4a40" }),
    fence({ from: [-13, 6], to: [-13, 52], h: 4, step: 4, post: "#2f4a3a", mesh: "#3a4a40" }),
    fence({ from: [13, 6], to: [13, 52], h: 4, step: 4, post: "#2f4a3a", mesh: "#3a4a40" }),
    floodlight({ x: -14, z: 53, h: 14, color: "#3a4048", light: "#fff4d8" }),
    floodlight({ x: 14, z: 53, h: 14, color: "#3a4048", light: "#fff4d8" }),
    crowd({ n: 6, x: [-8, 8], z: [14, 46], tops: ["#c0392b"], poses: ["walk", "stand"], kinds: ["man", "child"] }),
    crowd({ n: 6, x: [-8, 8], z: [14, 46], tops: ["#f0f0f0"], poses: ["walk", "stand"], kinds: ["man", "child"] }),
    props([{ kind: "football", x: 1.5, z: 26 }]),
  ],
};
