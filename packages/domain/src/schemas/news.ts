import { z } from 'zod';
import { daySchema, exampleFlagSchema, idSchema, textSchema } from './primitives.ts';

export const newsFrontmatterSchema = z.strictObject({
  title: textSchema,
  date: daySchema,
  summary: textSchema,
  tags: z.array(textSchema).default([]),
  author: idSchema.optional(),
  example: exampleFlagSchema,
});

export const newsItemSchema = newsFrontmatterSchema.extend({
  id: idSchema,
  body: z.string(),
});
