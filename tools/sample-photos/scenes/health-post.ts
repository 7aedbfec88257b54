/** health-post.jpg: a small two-storey clinic with a teal band and a cross on its sign. */
import { clinic } from "../engine/buildings.ts";
import { type Scene, grade } from "../engine/core.ts";
import { clouds, ground, sky } from "../engine/landscape.ts";
import { crowd } from "../engine/people.ts";
import { benches, groundQuad, ledge, paving } from "../engine/streets.ts";
import { GREENS, grove, treeRow, trees } from "../engine/trees.ts";

export const healthPost: Scene = {
  file: "health-post.jpg",
  aspect: "landscape",
  cam: { horizon: 0.56, focal: 0.72, x: -7, cx: 0.3 },
  haze: "#d4e2ea",
  fogDist: 160,
  light: 0.6,
  dof: [{ beyond: 26, sigma: 4 }],
  grade: grade({ top: "#fff6e0", bottom: "#3a6a7a", amount: 0.22 }),
  layers: [
    sky([
      [0, "#3c84cc"],
      [0.56, "#cde3f2"],
    ]),
    clouds({ n: 4, y: [0.04, 0.2], size: 0.16, color: "#ffffff", shadow: "#dde6ee", opacity: 0.85 }),
    grove({ n: 10, x: [-40, 30], z: [28, 44], h: [8, 14], kinds: ["round", "poplar"], colors: GREENS }),
    ground({ far: "#c2bdb2", near: "#aca596" }),
    groundQuad({ x: [-60, 60], z: [1, 4.6], color: "#55565a", farColor: "#66676b" }),
    ledge({ x: [-60, 60], z: [4.6, 4.9], h: 0.15, color: "#c8c2b6" }),
    paving({ x: [-20, 20], z: [4.9, 14], step: 1, y: 0.005, color: "#9a9386" }),
    clinic({ x: [-6, 6], z: 14, height: 7.2, accent: "#1f8a86", wall: "#f2eee6" }),
    trees([-5.3, -3.9, -2.5].map((x) => ({ x, z: 13.5, h: 0.9, kind: "shrub" as const, color: "#4f8a3a" }))),
    treeRow({ x: -9.5, z: [11, 30], step: 8, h: [8, 10], kind: "round", colors: GREENS }),
    treeRow({ x: 8.5, z: [12, 24], step: 9, h: [7, 9], kind: "round", colors: GREENS }),
    benches([{ x: -8.6, z: 8.5, alongZ: false }]),
    crowd({ n: 5, x: [-7, 3], z: [6, 12.5], poses: ["walk", "walk", "stand"] }),
  ],
};
