/** school-yard.jpg: a school yard with colourfully painted walls. */
import { buildings, paintedWall } from "../engine/buildings.ts";
import { type Scene, grade } from "../engine/core.ts";
import { clouds, ground, sky } from "../engine/landscape.ts";
import { crowd } from "../engine/people.ts";
import { groundMarks, hoop } from "../engine/play.ts";
import { props } from "../engine/streets.ts";
import { GREENS, grove } from "../engine/trees.ts";

export const schoolYard: Scene = {
  file: "school-yard.jpg",
  aspect: "landscape",
  cam: { horizon: 0.52, focal: 0.85, height: 1.55 },
  haze: "#d8e6ef",
  fogDist: 140,
  light: 0.5,
  dof: [{ beyond: 24, sigma: 4 }],
  grade: grade({ top: "#fff4d8", bottom: "#40608a", amount: 0.25 }),
  layers: [
    sky([
      [0, "#3f86d0"],
      [0.52, "#bfe0f4"],
    ]),
    clouds({ n: 4, y: [0.05, 0.25], size: 0.16, color: "#ffffff", shadow: "#dfe6ee", opacity: 0.85 }),
    grove({ n: 14, x: [-20, 8], z: [27, 33], h: [8, 12], kinds: ["poplar", "poplar", "round"], colors: GREENS }),
    ground({ far: "#b5b2aa", near: "#8e8b85" }),
    paintedWall({
      x: [-24, 8],
      z: 24,
      h: 3.2,
      colors: ["#e63946", "#f4a261", "#e9c46a", "#2a9d8f", "#457b9d", "#8e5ea2"],
    }),
    buildings({
      side: 1,
      x: 8,
      z: [4, 24],
      height: [9, 9],
      length: [20, 20],
      style: { colors: ["#ead9b5"], glass: "#4d6e8a", frame: "#2f6fa8", doors: ["#2f6fa8"] },
    }),
    groundMarks([
      { kind: "ring", x: -2, z: 14, r: 2.2, width: 0.08, color: "#f2d24a" },
      { kind: "line", from: [-8, 14], to: [6, 14], width: 0.08, color: "#f2d24a" },
      { kind: "tiles", x: 2.5, z: 5, size: 0.6, colors: ["#e63946", "#457b9d", "#2a9d8f", "#f4a261", "#8e5ea2"] },
    ]),
    hoop({ x: -2, z: 20, pole: "#2f6fa8" }),
    crowd({ n: 10, x: [-6, 6], z: [8, 20], kinds: ["child"], poses: ["walk", "stand", "walk"] }),
    crowd({ n: 4, x: [-4, 4], z: [3.5, 7], kinds: ["child"], poses: ["walk", "stand"] }),
    props([{ kind: "basketball", x: 0.8, z: 5.2 }]),
  ],
};
