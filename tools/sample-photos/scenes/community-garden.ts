/** community-garden.jpg: the residents' shared garden with raised vegetable beds. */
import { URBAN_STYLE, facadeRow } from "../engine/buildings.ts";
import { type Scene, grade } from "../engine/core.ts";
import { clouds, ground, sky } from "../engine/landscape.ts";
import { figures } from "../engine/people.ts";
import { raisedBeds } from "../engine/play.ts";
import { fence, groundQuad, props } from "../engine/streets.ts";
import { GREENS, grove } from "../engine/trees.ts";

export const communityGarden: Scene = {
  file: "community-garden.jpg",
  aspect: "landscape",
  cam: { horizon: 0.46, focal: 0.85, height: 1.7 },
  haze: "#e0e6dc",
  fogDist: 110,
  light: 0.6,
  dof: [
    { beyond: 27, sigma: 5 },
    { beyond: 13, sigma: 1.5 },
  ],
  grade: grade({ top: "#fff2cc", bottom: "#2f4a2a", amount: 0.3 }),
  layers: [
    sky([
      [0, "#5a9ad4"],
      [0.46, "#dcecf4"],
    ]),
    clouds({ n: 5, y: [0.05, 0.25], size: 0.16, color: "#ffffff", shadow: "#dce4ec", opacity: 0.85 }),
    facadeRow({ z: 42, x: [-40, 40], height: [9, 15], width: [8, 14], style: URBAN_STYLE }),
    grove({ n: 8, x: [-30, 30], z: [33, 40], h: [7, 10], kinds: ["round"], colors: GREENS }),
    ground({ far: "#7a9a52", near: "#5a7a3a" }),
    groundQuad({ x: [-1, 1], z: [1, 30], color: "#b8a07a", farColor: "#c8b48e" }),
    fence({ from: [-20, 30], to: [20, 30], h: 1.1, step: 2, post: "#8a6a44", rails: 2 }),
    raisedBeds({
      beds: [
        [-4.3, -1.3, 3, 6.5, "lettuce"],
        [1.3, 4.3, 3, 6.5, "herb"],
        [-4.3, -1.3, 8, 11.5, "tomato"],
        [1.3, 4.3, 8, 11.5, "lettuce"],
        [-4.3, -1.3, 13, 16.5, "herb"],
        [1.3, 4.3, 13, 16.5, "tomato"],
        [-4.3, -1.3, 18, 21.5, "sunflower"],
        [1.3, 4.3, 18, 21.5, "sunflower"],
      ],
      wood: "#9a6a3a",
      soil: "#4a3527",
    }),
    figures([
      { x: -0.55, z: 9.5, pose: "bend", kind: "woman", flip: true },
      { x: 0.6, z: 15, tool: "can", kind: "man" },
      { x: 5.2, z: 12, kind: "child", tool: "can" },
    ]),
    props([{ kind: "barrel", x: 5.4, z: 5 }]),
  ],
};
