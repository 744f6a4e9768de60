import { z } from 'zod';
import { idSchema, textSchema } from './primitives.ts';

/** One part of a body's composition, e.g. 15 members and 15 alternates. */
export const compositionPartSchema = z.strictObject({
  count: z.int().positive('lukumäärän pitää olla positiivinen'),
  /** Omitted where the sources give only the numbers, such as "15 + 2". */
  role: textSchema.optional(),
});

export const bodyKindSchema = z.enum([
  'political',
  'preparatory',
  'office',
  'cooperation',
  'subgroup',
  'organisation',
]);

export const bodySchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  shortName: textSchema.optional(),
  kind: bodyKindSchema,
  /** The body this one works under; roots of the organisation chart have none. */
  parent: idSchema.optional(),
  composition: z.array(compositionPartSchema).default([]),
  description: textSchema.optional(),
  members: z.array(z.strictObject({ person: idSchema, role: textSchema })).default([]),
});
