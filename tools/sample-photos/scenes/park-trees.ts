/** park-trees.jpg: the neighbourhood park with green trees and benches. */
import { URBAN_STYLE, facadeRow } from "../engine/buildings.ts";
import { type Scene, grade } from "../engine/core.ts";
import { clouds, ground, scatter, sky, strip } from "../engine/landscape.ts";
import { crowd, figures } from "../engine/people.ts";
import { benches } from "../engine/streets.ts";
import { GREENS, grove, treeRow } from "../engine/trees.ts";

export const parkTrees: Scene = {
  file: "park-trees.jpg",
  aspect: "landscape",
  cam: { horizon: 0.5, focal: 0.9 },
  haze: "#c8dbe6",
  fogDist: 90,
  light: 0.6,
  dof: [
    { beyond: 35, sigma: 6 },
    { beyond: 16, sigma: 2 },
  ],
  grade: grade({ top: "#fff0c8", bottom: "#2f5a3a", amount: 0.3 }),
  layers: [
    sky([
      [0, "#4f8fd0"],
      [0.5, "#cfe4f2"],
    ]),
    clouds({ n: 6, y: [0.06, 0.3], size: 0.2, color: "#ffffff", shadow: "#d5dde8", opacity: 0.9 }),
    facadeRow({ z: 90, x: [-80, 80], height: [15, 36], width: [10, 22], style: URBAN_STYLE }),
    ground({ far: "#8bab62", near: "#4e7a33" }),
    strip({
      x: (z) => 2.2 * Math.sin(z / 9) - 0.5,
      width: 2.2,
      z: [1.2, 80],
      color: "#cbb896",
      farColor: "#d8ccb0",
      segments: 8,
      edge: "#6b5a40",
    }),
    grove({ n: 14, x: [-40, 40], z: [40, 75], h: [9, 14], kinds: ["round", "round", "poplar"], colors: GREENS }),
    treeRow({ x: -7, z: [5, 70], step: 10, h: [9, 13], kind: "round", colors: GREENS, jitter: 0.3 }),
    treeRow({ x: 8.5, z: [9, 70], step: 11, h: [9, 13], kind: "round", colors: GREENS, jitter: 0.3 }),
    scatter({
      n: 1400,
      x: [-8, 8],
      z: [1.5, 20],
      colors: ["#46762e", "#558636", "#4a7a30"],
      size: 0.04,
      kind: "tuft",
    }),
    benches([
      { x: 2.6, z: 5.5, alongZ: true },
      { x: -3.8, z: 20, alongZ: true },
    ]),
    figures([{ x: 2.55, z: 6.4, pose: "sit", kind: "man", top: "#6b2e3a" }]),
    crowd({ n: 5, x: [-2, 2], z: [11, 35], poses: ["walk", "walk", "stand"] }),
    crowd({ n: 2, x: [-1, 1], z: [9, 14], poses: ["walk"], kinds: ["child"] }),
  ],
};
