/** tree-planting.jpg: residents planting saplings along a street. */
import { URBAN_STYLE, buildings } from "../engine/buildings.ts";
import { type Scene, grade } from "../engine/core.ts";
import { clouds, ground, sky } from "../engine/landscape.ts";
import { figures } from "../engine/people.ts";
import { curb, groundQuad, markings } from "../engine/streets.ts";
import { GREENS, saplings, treeRow } from "../engine/trees.ts";
import { mounds } from "../engine/works.ts";

export const treePlanting: Scene = {
  file: "tree-planting.jpg",
  aspect: "landscape",
  cam: { horizon: 0.47, focal: 0.9, height: 1.5, x: 1.4, cx: 0.64 },
  haze: "#dce6e4",
  fogDist: 110,
  light: 0.6,
  dof: [
    { beyond: 22, sigma: 5 },
    { beyond: 11, sigma: 2 },
  ],
  grade: grade({ top: "#fff6d8", bottom: "#3a5a4a", amount: 0.28 }),
  layers: [
    sky([
      [0, "#5b97d0"],
      [0.47, "#dcebf2"],
    ]),
    clouds({ n: 5, y: [0.05, 0.26], size: 0.17, color: "#ffffff", shadow: "#dce3ea", opacity: 0.85 }),
    ground({ far: "#a9a69c", near: "#8a8680" }),
    groundQuad({ x: [0.5, 9], z: [1, 200], color: "#55575b", farColor: "#8a8b8e" }),
    markings({ x: 5, z: [2, 200], dash: 3, gap: 5, width: 0.15, color: "#e8e8e0" }),
    curb({ x: 0.5, side: -1, z: [1, 80], colors: ["#e8c94a", "#2a2a2a"], seg: 1 }),
    groundQuad({ x: [-9, 0.2], z: [1, 200], color: "#b8aa94", farColor: "#c8bca8", y: 0.18 }),
    buildings({ side: -1, x: -9, z: [8, 120], height: [9, 18], length: [8, 14], style: URBAN_STYLE }),
    curb({ x: 9, side: 1, z: [1, 80], colors: ["#e8c94a", "#2a2a2a"], seg: 1 }),
    groundQuad({ x: [9.3, 13], z: [1, 200], color: "#b8aa94", farColor: "#c8bca8", y: 0.18 }),
    buildings({ side: 1, x: 13, z: [10, 120], height: [9, 18], length: [8, 14], style: URBAN_STYLE }),
    treeRow({ x: 11, z: [8, 80], step: 9, h: [7, 10], kind: "round", colors: GREENS }),
    saplings({ x: -1, z: [6.5, 60], step: 5, y: 0.18, h: 2.2, leaf: "#6aa844", soil: "#4a3526" }),
    mounds({
      items: [
        [-2.2, 7.6, 1.2, 0.45],
        [-2.3, 12.5, 1.0, 0.35],
      ],
      color: "#5a4030",
    }),
    figures([
      { x: -1.9, y: 0.18, z: 6.2, pose: "bend", tool: "shovel", kind: "man", top: "#3a6a9a" },
      { x: -0.2, y: 0.18, z: 9.6, pose: "sit", kind: "woman" },
      { x: -2.6, y: 0.18, z: 8.4, tool: "can", kind: "child" },
      { x: -2.4, y: 0.18, z: 16, pose: "bend", tool: "shovel", kind: "man" },
      { x: -3.5, y: 0.18, z: 19, kind: "woman" },
    ]),
  ],
};
