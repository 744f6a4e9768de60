import { z } from 'zod';
import { idSchema, textSchema } from './primitives.ts';

const lineBase = {
  id: idSchema,
  name: textSchema,
  shortName: textSchema,
  /** The body the line reports to. */
  body: idSchema,
  description: textSchema.optional(),
  /** Position in lists and charts; lines without one follow in file order. */
  order: z.int().optional(),
};

/** A preparation line (toimintalinja) led by a change director. */
export const preparationLineSchema = z.strictObject({
  ...lineBase,
  kind: z.literal('line'),
  number: z.int().positive(),
  changeDirector: idSchema,
});

/** Cross-cutting preparation (läpäisevä valmistelu): serves every line, has no change director. */
export const crossCuttingLineSchema = z.strictObject({
  ...lineBase,
  kind: z.literal('cross-cutting'),
});

export const lineSchema = z.discriminatedUnion('kind', [preparationLineSchema, crossCuttingLineSchema]);
