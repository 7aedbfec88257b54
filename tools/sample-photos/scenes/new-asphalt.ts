/** new-asphalt.jpg: a street with new asphalt and freshly painted curbs. */
import { URBAN_STYLE, buildings } from "../engine/buildings.ts";
import { type Scene, grade } from "../engine/core.ts";
import { ground, sky } from "../engine/landscape.ts";
import { figures } from "../engine/people.ts";
import { curb, groundQuad, markings, zebra } from "../engine/streets.ts";
import { GREENS, treeRow } from "../engine/trees.ts";
import { cones, roller } from "../engine/works.ts";

export const newAsphalt: Scene = {
  file: "new-asphalt.jpg",
  aspect: "landscape",
  cam: { horizon: 0.48, focal: 0.8, height: 1.55 },
  haze: "#d8e2ea",
  fogDist: 160,
  light: 0.5,
  dof: [{ beyond: 38, sigma: 3 }],
  grade: grade({ top: "#fff4e0", bottom: "#2a3a4a", amount: 0.25, contrast: 1.1 }),
  layers: [
    sky([
      [0, "#3e82cc"],
      [0.48, "#d6e8f4"],
    ]),
    ground({ far: "#b4b0a8", near: "#a09a90" }),
    groundQuad({ x: [-7, 7], z: [1, 300], color: "#1d1f22", farColor: "#6a6c70" }),
    markings({ x: -2.4, z: [10, 300], dash: 3, gap: 5, width: 0.15, color: "#f4f4ee" }),
    markings({ x: 2.4, z: [10, 300], dash: 3, gap: 5, width: 0.15, color: "#f4f4ee" }),
    markings({ x: -6.6, z: [1, 300], dash: 300, gap: 1, width: 0.15, color: "#f4f4ee" }),
    markings({ x: 6.6, z: [1, 300], dash: 300, gap: 1, width: 0.15, color: "#f4f4ee" }),
    zebra({ x: [-6.3, 6.3], z: 4, length: 3.5, stripe: 0.5, color: "#f4f4ee" }),
    curb({ x: -7, side: -1, z: [1, 100], colors: ["#f2f2ee", "#222222"], seg: 1 }),
    curb({ x: 7, side: 1, z: [1, 100], colors: ["#f2f2ee", "#222222"], seg: 1 }),
    groundQuad({ x: [-13, -7.3], z: [1, 300], color: "#b8a68e", farColor: "#c8bca8", y: 0.18 }),
    groundQuad({ x: [7.3, 13], z: [1, 300], color: "#b8a68e", farColor: "#c8bca8", y: 0.18 }),
    buildings({ side: -1, x: -13, z: [2, 160], height: [9, 18], length: [8, 14], style: URBAN_STYLE }),
    buildings({ side: 1, x: 13, z: [2, 160], height: [9, 18], length: [8, 14], style: URBAN_STYLE }),
    treeRow({ x: -9.5, z: [6, 100], step: 9, h: [6, 8], kind: "round", colors: GREENS }),
    treeRow({ x: 9.5, z: [10, 100], step: 9, h: [6, 8], kind: "round", colors: GREENS }),
    cones({ x: 4.6, z: [14, 40], step: 5 }),
    roller({ x: -3.5, z: 42, body: "#f2b705" }),
    figures([{ x: -1.5, z: 40, vest: "#f07a1a", helmet: "#f4f4f0", kind: "man" }]),
  ],
};
