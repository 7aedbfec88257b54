/**
 * The content model: the single source of truth for what editors may write and for the TypeScript types the
 * rest of the pipeline uses. Every field that readers see as prose is a `prose()` field, so Persian typography
 * is applied to it exactly once, here, and never to slugs, paths or numbers.
 */
import path from "node:path";
import { z } from "zod";
import { typeset, toLatinDigits } from "../typography/persian.ts";
import { parseJalali, isoJalali } from "../typography/dates.ts";
import { papers } from "../book/paper.ts";
import { posterSizeNames } from "../book/poster-sizes.ts";
import { actionStatuses, type ActionStatus } from "../book/labels.ts";
import { walkSchema } from "./schema-walk.ts";

export { actionStatuses, type ActionStatus };

/** Every prose schema, so that tools (the typography fixer, the linter) can tell prose from paths and slugs. */
const proseSchemas = new WeakSet<z.ZodType>();

/** Persian prose shown to readers: trimmed, non-empty, typeset. */
const prose = () => {
  const schema = z
    .string()
    .trim()
    .min(1)
    .transform((text) => typeset(text));
  proseSchemas.add(schema);
  return schema;
};

/**
 * The paths, in `data`, of the values that `schema` reads as prose: e.g. ["actions", 0, "title"]. Paths that the
 * schema does not know (typos, extra keys) are not prose.
 */
export function prosePaths(schema: z.ZodType, data: unknown): PropertyKey[][] {
  const paths: PropertyKey[][] = [];
  walkSchema(schema, data, {
    node: (node, value, at) => {
      if (!proseSchemas.has(node)) return false;
      if (typeof value === "string") paths.push(at);
      return true;
    },
  });
  return paths;
}

/** Editors may type numbers with Persian digits ("۱۲۵۰۰"); YAML reads those as strings. */
const count = () =>
  z.preprocess(
    (value) =>
      typeof value === "string" && /^[\s\d\u06F0-\u06F9\u0660-\u0669٬,]+$/.test(value)
        ? Number(toLatinDigits(value).replace(/[\s٬,]/g, ""))
        : value,
    z.number().int().nonnegative(),
  );

const measure = () =>
  z.preprocess(
    (value) =>
      typeof value === "string" &&
      /^\s*-?[\d\u06F0-\u06F9\u0660-\u0669]+([.٫][\d\u06F0-\u06F9\u0660-\u0669]+)?\s*$/.test(value)
        ? Number(toLatinDigits(value).replace("٫", "."))
        : value,
    z.number().finite(),
  );

/** A Jalali date "1403-05-12"; YAML may hand it over as a string or, for "1403", as a number. */
const jalaliDate = () =>
  z
    .preprocess((value) => (typeof value === "number" ? String(value) : value), z.string())
    .transform((text, ctx) => {
      const date = parseJalali(text);
      if (!date) {
        ctx.addIssue({ code: "custom", message: "jalaliDate", input: text });
        return z.NEVER;
      }
      return isoJalali(date);
    });

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * An image path relative to the content folder. Absolute paths, URLs and paths that climb out of the content
 * folder are refused here, so no later stage can read files outside the tree an editor controls.
 */
const imagePath = () =>
  z
    .string()
    .trim()
    .min(1)
    .refine((src) => {
      if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith("/") || src.includes("\\")) return false;
      const normal = path.posix.normalize(src);
      return !normal.startsWith("../") && normal !== "..";
    }, "imagePath")
    .transform((src) => path.posix.normalize(src));

export const imageSchema = z.object({
  src: imagePath(),
  alt: prose(),
  caption: prose().optional(),
});

export const actionSchema = z.object({
  title: prose(),
  agency: prose(),
  status: z.enum(actionStatuses),
  date: jalaliDate(),
});

export const indicatorSchema = z.object({
  label: prose(),
  before: measure(),
  after: measure(),
  unit: prose().optional(),
});

export const networkSchema = z
  .object({
    name: prose(),
    members: count(),
    trained: count(),
  })
  .refine((network) => network.trained <= network.members, { message: "trained", path: ["trained"] });

export const neighbourhoodSchema = z.object({
  name: prose(),
  county: prose(),
  city: prose().optional(),
  district: prose().optional(),
  order: count().optional(),
  population: count(),
  network: networkSchema,
  problems: z.array(prose()).min(1),
  actions: z.array(actionSchema).default([]),
  indicators: z.array(indicatorSchema).default([]),
  cover: imageSchema,
  gallery: z.array(imageSchema).default([]),
});

export const countySchema = z.object({
  slug: z.string().regex(slugPattern, "slug"),
  name: prose(),
});

export const settingsSchema = z.object({
  title: prose(),
  subtitle: prose().optional(),
  organisation: prose(),
  province: prose(),
  year: count().refine((year) => year >= 1300 && year <= 1500, "jalaliYear"),
  baseUrl: z.url({ protocol: /^https?$/, error: "baseUrl" }),
  pathPrefix: z
    .string()
    .regex(/^\/(?:[A-Za-z0-9._~-]+\/)*$/, "pathPrefix")
    .default("/"),
  counties: z.array(countySchema).min(1),
  sample: z.boolean().default(false),
  /** Paper size of the printed booklet. */
  paper: z.enum(papers).default("A5"),
  /*
   * The print shop's files (output/press/). Left unset, their defaults (src/book/press.ts: pressSettings) apply;
   * the press build checks their ranges and explains a value out of range.
   */
  /** Make the press files with every build, as `ketabche pdf --press` does. */
  press: z.boolean().optional(),
  /** Bleed in mm on every side; default 3. */
  bleed: measure().optional(),
  /** Thickness of one leaf of the interior paper in mm, for the spine; default 0.1 (80 g/m² offset). */
  paperThickness: measure().optional(),
  /** An ICC output profile (CMYK), relative to the content folder; default FOGRA39 made with ArgyllCMS. */
  profile: z.string().trim().min(1).optional(),
  /**
   * The exhibition kit (output/exhibit/): a poster and a two-sided A5 handout per neighbourhood, a poster per
   * county and one for the province, each with a QR code to its page. `true` makes A2 posters; `{ poster: A1 }`
   * chooses the size (A2, A1, A3 or 50x70, in cm: 50 × 70). `ketabche exhibit` makes them whatever this says.
   */
  exhibit: z.union([z.boolean(), z.object({ poster: z.enum(posterSizeNames).default("A2") })]).optional(),
});

export const pageSchema = z.object({
  title: prose(),
  order: count(),
});

export type Image = z.output<typeof imageSchema>;
export type Action = z.output<typeof actionSchema>;
export type Indicator = z.output<typeof indicatorSchema>;
export type Network = z.output<typeof networkSchema>;
export type NeighbourhoodFrontMatter = z.output<typeof neighbourhoodSchema>;
export type Settings = z.output<typeof settingsSchema>;
export type PageFrontMatter = z.output<typeof pageSchema>;
