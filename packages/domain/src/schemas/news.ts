import { z } from 'zod';
import { daySchema, exampleFlagSchema, idSchema, referenceSchema, textSchema } from './primitives.ts';

export const newsFrontmatterSchema = z.strictObject({
  title: textSchema,
  date: daySchema,
  summary: textSchema.describe('Yksi tai kaksi virkettä, jotka kertovat uutisen ytimen.'),
  tags: z.array(textSchema).default([]).describe('Aiheet, joiden mukaan uutiset ryhmitellään.'),
  author: referenceSchema('people').optional(),
  example: exampleFlagSchema,
});

export const newsItemSchema = newsFrontmatterSchema.extend({
  id: idSchema,
  body: z.string(),
});
