/**
 * Walks written data alongside the schema that reads it, through zod's public API (`unwrap`, `in`/`out`,
 * `element`, `shape`). Two tools need this and share it: the typography fixer (which values are prose?) and
 * `ketabche check` (which keys does the schema not know?).
 */
import { z } from "zod";

export interface SchemaVisitor {
  /** Every schema reached, with the value it reads; return true to stop looking inside it. */
  node?(schema: z.ZodType, data: unknown, path: PropertyKey[]): boolean | void;
  /** A key written in an object whose schema does not know it. */
  unknownKey?(path: PropertyKey[], key: string, known: string[]): void;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export function walkSchema(schema: z.ZodType, data: unknown, visitor: SchemaVisitor, at: PropertyKey[] = []): void {
  if (visitor.node?.(schema, data, at)) return;
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) {
    walkSchema(schema.unwrap() as z.ZodType, data, visitor, at);
  } else if (schema instanceof z.ZodPipe) {
    // A preprocess is a pipe from a transform into the schema that validates: the data's shape is the latter's.
    walkSchema((schema.in instanceof z.ZodTransform ? schema.out : schema.in) as z.ZodType, data, visitor, at);
  } else if (schema instanceof z.ZodArray) {
    if (Array.isArray(data))
      data.forEach((item, i) => walkSchema(schema.element as z.ZodType, item, visitor, [...at, i]));
  } else if (schema instanceof z.ZodObject) {
    if (!isRecord(data)) return;
    const shape = schema.shape as Record<string, z.ZodType>;
    for (const [key, value] of Object.entries(data)) {
      const field = shape[key];
      if (field) walkSchema(field, value, visitor, [...at, key]);
      else visitor.unknownKey?.([...at, key], key, Object.keys(shape));
    }
  }
}
