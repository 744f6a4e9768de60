import { z } from 'zod';
import { idSchema, partialDateSchema, textSchema } from './primitives.ts';

/** A phase or activity drawn as a bar from start to end. */
export const timelineSpanSchema = z.strictObject({
  id: idSchema,
  label: textSchema,
  start: partialDateSchema,
  end: partialDateSchema,
  /** The date is uncertain (the sources' "?"). */
  tentative: z.boolean().default(false),
  /** The span was reconstructed, not read from a source. */
  estimate: z.boolean().default(false),
  /** Runs through the whole period ("koko prosessin ajan"). */
  continuous: z.boolean().default(false),
  note: textSchema.optional(),
  group: idSchema.optional(),
});

export const timelineMilestoneSchema = z.strictObject({
  id: idSchema,
  label: textSchema,
  date: partialDateSchema,
  tentative: z.boolean().default(false),
  estimate: z.boolean().default(false),
  /** `row`: a diamond on its own row; `line`: a vertical line across the chart, like elections. */
  display: z.enum(['row', 'line']).default('row'),
  note: textSchema.optional(),
});

export const timelineSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  description: textSchema.optional(),
  source: textSchema.optional(),
  /** The chart's first and last month. */
  start: partialDateSchema,
  end: partialDateSchema,
  spans: z.array(timelineSpanSchema).default([]),
  milestones: z.array(timelineMilestoneSchema).default([]),
});
