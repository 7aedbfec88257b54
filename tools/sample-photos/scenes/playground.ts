/** playground.jpg: a children's playground with swings and a colourful slide. */
import { URBAN_STYLE, facadeRow } from "../engine/buildings.ts";
import { type Scene, grade } from "../engine/core.ts";
import { clouds, ground, sky } from "../engine/landscape.ts";
import { crowd, figures } from "../engine/people.ts";
import { groundMarks, slide, swingSet } from "../engine/play.ts";
import { benches, fence, groundQuad } from "../engine/streets.ts";
import { GREENS, grove } from "../engine/trees.ts";

export const playground: Scene = {
  file: "playground.jpg",
  aspect: "landscape",
  cam: { horizon: 0.48, focal: 0.9, height: 1.4 },
  haze: "#d6e4ec",
  fogDist: 120,
  light: 0.5,
  dof: [{ beyond: 18, sigma: 5 }],
  grade: grade({ top: "#fff4d0", bottom: "#3a5a7a", amount: 0.25 }),
  layers: [
    sky([
      [0, "#4a8fd4"],
      [0.48, "#cfe6f4"],
    ]),
    clouds({ n: 5, y: [0.05, 0.28], size: 0.17, color: "#ffffff", shadow: "#dde4ec", opacity: 0.9 }),
    facadeRow({ z: 60, x: [-50, 50], height: [9, 18], width: [10, 18], style: URBAN_STYLE }),
    grove({ n: 14, x: [-25, 25], z: [24, 40], h: [7, 11], kinds: ["round"], colors: GREENS }),
    ground({ far: "#86a860", near: "#5a8a3a" }),
    groundQuad({ x: [-9, 9], z: [1, 20], color: "#b6553f", farColor: "#c2674c" }),
    groundMarks([
      { kind: "ring", x: 3, z: 4.5, r: 1.2, width: 0.25, color: "#2f8f6a" },
      { kind: "ring", x: -5, z: 13, r: 1.6, width: 0.25, color: "#e0b040" },
    ]),
    fence({ from: [-20, 21], to: [20, 21], h: 1.2, step: 2.5, post: "#2f6fa8", rails: 2 }),
    swingSet({ x: [-5.5, -1.8], z: 9, h: 2.5, frame: "#2f6db5", seat: "#e63b2e" }),
    slide({ x: 3.2, z: 11, h: 1.5, frame: "#2f6db5", chute: "#f2c230", roof: "#e63b2e" }),
    figures([{ x: -2.725, y: 0.05, z: 9.01, pose: "sit", kind: "child", h: 1.2 }]), // on the swing seat
    crowd({ n: 6, x: [-6, 6], z: [5, 16], kinds: ["child"], poses: ["walk", "stand", "walk"] }),
    benches([{ x: 6, z: 15, alongZ: false }]),
    figures([{ x: 6.4, z: 15, pose: "sit", kind: "woman" }]),
  ],
};
