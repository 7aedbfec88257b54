/** volunteers.jpg: volunteers with brooms and sacks cleaning a street verge (portrait). */
import { OLD_STYLE, buildings } from "../engine/buildings.ts";
import { type Scene, grade } from "../engine/core.ts";
import { ground, scatter, sky } from "../engine/landscape.ts";
import { crowd, figures } from "../engine/people.ts";
import { curb, groundQuad, props } from "../engine/streets.ts";
import { treeRow } from "../engine/trees.ts";
import { mounds } from "../engine/works.ts";

export const volunteers: Scene = {
  file: "volunteers.jpg",
  aspect: "portrait",
  cam: { horizon: 0.52, focal: 0.85, height: 1.6, x: -0.5 },
  haze: "#e8dcc4",
  fogDist: 90,
  light: 0.5,
  dof: [
    { beyond: 16, sigma: 4 },
    { beyond: 8, sigma: 1.5 },
  ],
  grade: grade({ top: "#ffe0a8", bottom: "#3a4a3a", amount: 0.32 }),
  layers: [
    sky([
      [0, "#6a9ccc"],
      [0.46, "#eae6da"],
    ]),
    ground({ far: "#b0a894", near: "#8a8272" }),
    groundQuad({ x: [-5, 1.5], z: [1, 200], color: "#4f5054", farColor: "#8a8a8c" }),
    curb({ x: 1.5, side: 1, z: [1, 80], colors: ["#e8c94a", "#2a2a2a"], seg: 1 }),
    groundQuad({ x: [1.8, 7], z: [1, 200], color: "#bca88c", farColor: "#c8bca8", y: 0.18 }),
    buildings({ side: -1, x: -6, z: [3, 100], height: [6, 12], length: [6, 10], style: OLD_STYLE }),
    buildings({ side: 1, x: 7, z: [3, 100], height: [6, 12], length: [6, 10], style: OLD_STYLE }),
    treeRow({
      x: 3.6,
      z: [7, 80],
      step: 7,
      h: [8, 11],
      kind: "round",
      colors: ["#c9a23a", "#d08a2e", "#b8862a", "#9a9a3a"],
    }),
    scatter({
      n: 700,
      x: [-4, 6],
      z: [1.6, 20],
      colors: ["#d08a2e", "#c9a23a", "#b05a2a", "#e0b050"],
      size: 0.03,
      kind: "leaf",
    }),
    mounds({
      items: [
        [0.3, 2.8, 0.8, 0.14],
        [-1.2, 9, 0.8, 0.14],
      ],
      color: "#c07a2e",
    }),
    figures([
      { x: -0.45, z: 3.0, pose: "bend", tool: "broom", vest: "#9ad840", kind: "man", top: "#2f4a6d" },
      { x: -1.6, z: 6.2, tool: "sack", vest: "#9ad840", kind: "woman" },
      { x: 2.3, y: 0.18, z: 8, tool: "broom", vest: "#9ad840", kind: "man", flip: true },
      { x: -0.6, z: 11, pose: "bend", tool: "broom", vest: "#f07a1a", kind: "woman", flip: true },
      { x: 0.9, z: 14, tool: "sack", vest: "#9ad840", kind: "child" },
    ]),
    props([
      { kind: "sack", x: 1.1, z: 6.8 },
      { kind: "sack", x: 1.4, z: 7.1 },
      { kind: "sack", x: 0.9, z: 7.3 },
    ]),
    crowd({ n: 3, x: [-3, 3], z: [18, 30], vest: ["#9ad840"], tools: ["broom", "sack"], poses: ["stand", "bend"] }),
  ],
};
