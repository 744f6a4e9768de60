import { z } from 'zod';
import { idSchema, partialDateSchema, referenceSchema, textSchema } from './primitives.ts';
import { translatable, translationKey } from './translatable.ts';

/** A phase or activity drawn as a bar from start to end. */
export const timelineSpanSchema = z.strictObject({
  id: translationKey(idSchema),
  label: translatable(textSchema),
  start: partialDateSchema,
  end: partialDateSchema,
  /** The date is uncertain (the sources' "?"). */
  tentative: z.boolean().default(false).describe('Päivämäärä on epävarma (lähteiden "?").'),
  /** The span was reconstructed, not read from a source. */
  estimate: z.boolean().default(false).describe('Jakso on arvioitu, ei luettu lähteestä.'),
  /** Runs through the whole period ("koko prosessin ajan"). */
  continuous: z
    .boolean()
    .default(false)
    .describe('Jatkuu koko tarkastelujakson ajan ("koko prosessin ajan").'),
  note: translatable(textSchema).optional(),
  group: referenceSchema('groups').optional(),
});

export const timelineMilestoneSchema = z.strictObject({
  id: translationKey(idSchema),
  label: translatable(textSchema),
  date: partialDateSchema,
  tentative: z.boolean().default(false),
  estimate: z.boolean().default(false),
  /** `row`: a diamond on its own row; `line`: a vertical line across the chart, like elections. */
  display: z
    .enum(['row', 'line'])
    .default('row')
    .describe('Oma rivi: merkki omalla rivillään; pystyviiva: viiva koko kaavion läpi, kuten vaalit.'),
  note: translatable(textSchema).optional(),
});

export const timelineSchema = z.strictObject({
  id: idSchema,
  title: translatable(textSchema),
  description: translatable(textSchema).optional(),
  source: textSchema.optional(),
  /** The chart's first and last month. */
  start: partialDateSchema.describe('Kaavion ensimmäinen kuukausi.'),
  end: partialDateSchema.describe('Kaavion viimeinen kuukausi.'),
  spans: z.array(timelineSpanSchema).default([]),
  milestones: z.array(timelineMilestoneSchema).default([]),
});
