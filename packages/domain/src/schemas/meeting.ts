import { z } from 'zod';
import { daySchema, exampleFlagSchema, idSchema, textSchema } from './primitives.ts';

export const agendaItemSchema = z.strictObject({
  /** The § number, unique and increasing within the meeting. */
  number: z.int().positive(),
  title: textSchema,
  reports: z.array(idSchema).default([]),
  presenter: idSchema.optional(),
  description: textSchema.optional(),
  proposal: textSchema.optional(),
  decision: textSchema.optional(),
});

export const meetingFrontmatterSchema = z.strictObject({
  body: idSchema,
  /** Meeting number within the year, e.g. "3/2018". */
  number: textSchema.optional(),
  date: daySchema,
  time: z
    .string()
    .regex(/^([01]\d|2[0-3])\.[0-5]\d$/, 'kellonajan muoto on HH.MM, esim. 13.00')
    .optional(),
  place: textSchema,
  chair: idSchema.optional(),
  secretary: idSchema.optional(),
  agenda: z.array(agendaItemSchema).min(1, 'esityslistalla pitää olla vähintään yksi asia'),
  example: exampleFlagSchema,
});

export const meetingSchema = meetingFrontmatterSchema.extend({ id: idSchema });
