import { z } from 'zod';
import { idSchema, referenceSchema, textSchema } from './primitives.ts';
import { translatable, translationKey } from './translatable.ts';

const lineBase = {
  id: translationKey(idSchema),
  name: translatable(textSchema),
  shortName: translatable(textSchema),
  /** The body the line reports to. */
  body: referenceSchema('bodies').describe('Toimielin, jolle linja raportoi.'),
  description: translatable(textSchema).optional(),
  /** Position in lists and charts; lines without one follow in file order. */
  order: z
    .int()
    .optional()
    .describe(
      'Järjestys listoissa ja kaavioissa; linjat ilman järjestystä tulevat perässä tiedoston järjestyksessä.',
    ),
};

/** A preparation line (toimintalinja) led by a change director. */
export const preparationLineSchema = z.strictObject({
  ...lineBase,
  kind: z.literal('line'),
  number: z.int().positive(),
  changeDirector: referenceSchema('people'),
});

/** Cross-cutting preparation (läpäisevä valmistelu): serves every line, has no change director. */
export const crossCuttingLineSchema = z.strictObject({
  ...lineBase,
  kind: z.literal('cross-cutting'),
});

export const lineSchema = z.discriminatedUnion('kind', [preparationLineSchema, crossCuttingLineSchema]);
