import { z } from 'zod';
import { textSchema } from './primitives.ts';

/** One of the seven tasks of a preparation group: a section of every report. */
export const reportTaskSchema = z.strictObject({
  number: z.int().min(1),
  title: textSchema,
  /** One line telling the preparer what belongs in the section. */
  prompt: textSchema.describe('Yhden rivin ohje valmistelijalle siitä, mitä osioon kuuluu.'),
  /** Report kinds that must contain the section. */
  requiredIn: z
    .array(z.enum(['interim', 'final']))
    .default(['interim', 'final'])
    .describe('Raporttilajit, joissa osion pitää olla.'),
});

export const reportTemplateSchema = z.strictObject({
  tasks: z.array(reportTaskSchema).min(1),
});
