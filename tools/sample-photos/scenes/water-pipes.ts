/** water-pipes.jpg: workers laying water pipes in a street. */
import { BRICK, OLD_STYLE, PLASTER, buildings } from "../engine/buildings.ts";
import { type Scene, grade } from "../engine/core.ts";
import { ground, sky } from "../engine/landscape.ts";
import { crowd, figures } from "../engine/people.ts";
import { barriers, cut, mounds, pipes } from "../engine/works.ts";

export const waterPipes: Scene = {
  file: "water-pipes.jpg",
  aspect: "landscape",
  cam: { horizon: 0.5, focal: 0.85, height: 1.7 },
  haze: "#e2d6c4",
  fogDist: 90,
  light: 0.5,
  dof: [{ beyond: 24, sigma: 4 }],
  grade: grade({ top: "#ffe8c0", bottom: "#4a4a5a", amount: 0.3 }),
  layers: [
    sky([
      [0, "#6a9fcf"],
      [0.5, "#e8e4dc"],
    ]),
    ground({ far: "#c4b49a", near: "#9a8a74" }),
    buildings({
      side: -1,
      x: -3.2,
      z: [1.5, 90],
      height: [6, 12],
      length: [5, 10],
      style: { ...OLD_STYLE, colors: [...PLASTER, ...BRICK] },
    }),
    buildings({
      side: 1,
      x: 3.2,
      z: [1.5, 90],
      height: [6, 12],
      length: [5, 10],
      style: { ...OLD_STYLE, colors: [...PLASTER, ...BRICK] },
    }),
    cut({ x: [-1.1, -0.3], z: [2.5, 21], depth: 1.1, wall: "#8a6a4a", floor: "#4a3a2a" }),
    mounds({
      items: [
        [-1.75, 4, 1.2, 0.5],
        [-1.8, 7.5, 1.4, 0.55],
        [-1.7, 11, 1.1, 0.45],
        [-1.8, 15, 1.3, 0.5],
        [-1.7, 19, 1.1, 0.45],
      ],
      color: "#8a6a4a",
    }),
    pipes({ x: 0.35, z: 2.5, len: 6, r: 0.11, count: 3, color: "#2b6fc0" }),
    pipes({ x: 0.4, z: 10, len: 6, r: 0.11, count: 2, color: "#2b6fc0" }),
    barriers({
      items: [
        [-1.4, 23],
        [0.1, 23],
      ],
      colors: ["#d63a2f", "#f4f4f0"],
    }),
    figures([
      { x: 1.3, z: 5.5, tool: "shovel", vest: "#f07a1a", helmet: "#f4f4f0", kind: "man" },
      { x: -0.7, z: 9, pose: "bend", tool: "shovel", vest: "#f07a1a", helmet: "#f2c12e", kind: "man" },
      { x: 1.6, z: 13, vest: "#f07a1a", helmet: "#f4f4f0", kind: "man", back: true },
    ]),
    crowd({ n: 2, x: [-2, 2], z: [26, 40], poses: ["walk"] }),
  ],
};
