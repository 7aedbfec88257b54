/** classroom.jpg: a classroom with desks, chairs and a chalkboard. */
import { type Scene, grade } from "../engine/core.ts";
import { board, clock, posters, room, seating } from "../engine/interiors.ts";
import { figures } from "../engine/people.ts";

export const classroom: Scene = {
  file: "classroom.jpg",
  aspect: "landscape",
  cam: { horizon: 0.46, focal: 0.7, height: 1.6 },
  haze: "#ece6da",
  fogDist: 400,
  light: -0.5,
  dof: [{ beyond: 7.6, sigma: 2 }],
  grade: grade({ top: "#fff2d8", bottom: "#4a4a5a", amount: 0.25 }),
  layers: [
    room({
      width: 7.6,
      height: 3.3,
      depth: 8.5,
      wall: "#ece6d6",
      back: "#e2dccb",
      floor: "#b8aa92",
      floorFar: "#c8bca6",
      ceiling: "#f4f2ec",
      floorLines: { color: "#8a7e6a", along: 0.5, across: 0.5 },
      windows: {
        side: -1,
        z: [1.2, 8],
        count: 3,
        sill: 1.0,
        top: 2.8,
        sky: "#bcd8ee",
        frame: "#f0f0ee",
        beam: "#fff4d8",
      },
      lights: { rows: 2, z: [3, 7], color: "#ffffff" },
    }),
    board({ x: 0, z: 8.5, y: 0.95, w: 4.6, h: 1.35, color: "#2e5245", frame: "#9a7b55", chalk: "#f0f0e8" }),
    posters({
      side: 1,
      x: 3.8,
      items: [
        { z: 3.2, w: 1.0, y: 1.5, h: 0.8, color: "#3a7ab8" },
        { z: 5.2, w: 0.8, y: 1.6, h: 1.0, color: "#e9c46a" },
      ],
    }),
    clock({ x: 2.9, y: 2.65, z: 8.5, r: 0.2 }),
    figures([{ x: 2.6, z: 7.9, kind: "woman" }]), // the teacher
    seating({
      rows: 4,
      cols: 4,
      z0: 2.4,
      dz: 1.3,
      x0: -2.7,
      dx: 1.25,
      occupancy: 0.85,
      facingAway: true,
      chair: "#3a6ea8",
      kinds: ["child"],
      desk: { w: 0.7, d: 0.45, h: 0.7, color: "#c8a36a" },
      aisle: 2,
    }),
  ],
};
