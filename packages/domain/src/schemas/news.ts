import { z } from 'zod';
import {
  daySchema,
  draftFlagSchema,
  exampleFlagSchema,
  idSchema,
  momentSchema,
  referenceSchema,
  textSchema,
} from './primitives.ts';
import { translatable } from './translatable.ts';

export const newsFrontmatterSchema = z.strictObject({
  title: translatable(textSchema),
  date: daySchema,
  summary: translatable(textSchema).describe('Yksi tai kaksi virkettä, jotka kertovat uutisen ytimen.'),
  tags: z.array(textSchema).default([]).describe('Aiheet, joiden mukaan uutiset ryhmitellään.'),
  author: referenceSchema('people').optional(),
  example: exampleFlagSchema,
  draft: draftFlagSchema,
  /** A news item waits for its moment: until then it is published nowhere, as if it were a draft. */
  publishAt: momentSchema
    .optional()
    .describe(
      'Ajastettu julkaisu: uutinen tulee sivustolle, syötteisiin ja hakuun vasta tänä päivänä (VVVV-KK-PP) tai hetkenä (VVVV-KK-PPTHH:MM, Suomen aikaa), ensimmäisessä koonnissa sen jälkeen; esikatselussa se näkyy heti.',
    ),
});

export const newsItemSchema = newsFrontmatterSchema.extend({
  id: idSchema,
  body: z.string(),
});
