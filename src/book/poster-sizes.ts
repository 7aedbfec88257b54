/**
 * Geometry of the exhibition kit (posters and handouts), in millimetres and points: the one place that knows the
 * poster sizes, how type grows with them, and how large a poster's photograph prints. Pure arithmetic.
 */
export const posterSizes = {
  A1: { width: 594, height: 841 },
  A2: { width: 420, height: 594 },
  A3: { width: 297, height: 420 },
  "50x70": { width: 500, height: 700 },
} as const;
export type PosterSize = keyof typeof posterSizes;
export const posterSizeNames = ["A2", "A1", "A3", "50x70"] as const satisfies readonly PosterSize[];
export const DEFAULT_POSTER: PosterSize = "A2";

/** Handouts: A5 portrait, printed on both sides. */
export const HANDOUT = { width: 148, height: 210 } as const;

/**
 * Body text on an A2 poster, in points: read from a metre or two away (a poster's body text wants 24 pt or more
 * at A2). Other sizes scale it with their width, so every poster looks the same, only nearer or farther.
 */
export const POSTER_BODY_PT_A2 = 24;
/** Photographs on a poster must print at this resolution or better; below it the build warns. */
export const POSTER_MIN_PPI = 150;

export interface PosterGeometry {
  size: PosterSize;
  width: number;
  height: number;
  /** Width over the A2 poster's: everything on the page (type, margins, charts) grows with it. */
  scale: number;
  /** Body text, in points. */
  bodyPt: number;
  /** Margin on every side. */
  margin: number;
  /** The photograph's frame on a neighbourhood poster (landscape photograph: full width; portrait: a column). */
  photo: { landscape: Frame; portrait: Frame };
}

export interface Frame {
  width: number;
  height: number;
}

const round = (mm: number) => Math.round(mm * 10) / 10;

export function posterGeometry(size: PosterSize): PosterGeometry {
  const { width, height } = posterSizes[size];
  const scale = width / posterSizes.A2.width;
  const margin = round(24 * scale);
  const inner = width - 2 * margin;
  return {
    size,
    width,
    height,
    scale,
    bodyPt: round(POSTER_BODY_PT_A2 * scale),
    margin,
    photo: {
      // Landscape photographs across the whole measure, 2:1 (wider than the camera's 3:2) so that the story
      // keeps its room; portrait ones 3:4 in a column of under half the measure, the facts beside them.
      landscape: { width: round(inner), height: round(inner / 2) },
      portrait: { width: round(inner * 0.44), height: round((inner * 0.44 * 4) / 3) },
    },
  };
}

/** How to read `exhibit:` in booklet.yml: unset or false is off; true is the default poster; or an object. */
export interface ExhibitChoice {
  enabled: boolean;
  poster: PosterSize;
}

export function exhibitChoice(setting: boolean | { poster?: PosterSize } | undefined): ExhibitChoice {
  if (!setting) return { enabled: false, poster: DEFAULT_POSTER };
  if (setting === true) return { enabled: true, poster: DEFAULT_POSTER };
  return { enabled: true, poster: setting.poster ?? DEFAULT_POSTER };
}
