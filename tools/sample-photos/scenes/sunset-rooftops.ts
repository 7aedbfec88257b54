/** sunset-rooftops.jpg: the flat roofs of single-storey houses in the evening light. */
import { skyline } from "../engine/buildings.ts";
import { type Scene, grade } from "../engine/core.ts";
import { birds, clouds, ridge, sky, sun } from "../engine/landscape.ts";

export const sunsetRooftops: Scene = {
  file: "sunset-rooftops.jpg",
  aspect: "landscape",
  cam: { horizon: 0.62 },
  haze: "#e89a70",
  fogDist: 300,
  light: -1,
  dof: [],
  grade: grade({ top: "#ff9050", bottom: "#3a2050", amount: 0.35, vignette: 0.4 }),
  layers: [
    sky([
      [0, "#2f2a5a"],
      [0.3, "#b85a7a"],
      [0.5, "#f39a5a"],
      [0.62, "#ffd08a"],
    ]),
    sun({ x: 0.68, y: 0.57, r: 0.028, color: "#fff0c0", glow: 0.45, glowColor: "#ff9a50" }),
    clouds({ n: 5, y: [0.1, 0.35], size: 0.22, color: "#f7a98a", shadow: "#9a5a7a", opacity: 0.7, soft: 0.008 }),
    ridge({ base: 0.64, amp: 0.17, color: "#6a4a74", top: "#8a6488", sharp: true, octaves: 5 }),
    skyline({ base: 0.7, height: [0.03, 0.08], width: [0.02, 0.05], color: "#5a3c5e", lit: 0.04, dome: 0.3 }),
    birds({ n: 7, x: [0.35, 0.6], y: [0.25, 0.4], size: 0.008, color: "#2a1a2a" }),
    skyline({ base: 0.82, height: [0.05, 0.12], width: [0.05, 0.1], color: "#3a2840", clutter: true, lit: 0.05 }),
    skyline({
      base: 1.0,
      height: [0.12, 0.24],
      width: [0.12, 0.24],
      color: "#1f1624",
      clutter: true,
      lit: 0.06,
      edge: "#c8704a",
    }),
  ],
};
