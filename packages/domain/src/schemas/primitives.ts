import { z } from 'zod';
import { dayProblem, momentProblem, partialDateProblem, toPartialDate } from '../dates.ts';
import type { CollectionName } from '../schema.ts';

/** Identifiers are what references use: short, ASCII and stable, so that URLs never change. */
export const idSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'tunniste saa sisältää vain pieniä kirjaimia a–z, numeroita ja väliviivoja',
  );

/**
 * A reference to an item of another collection by its id. The metadata names the collection, so
 * that tools reading the schema (the browser editor) can offer only ids that exist.
 */
export function referenceSchema(collection: CollectionName) {
  return idSchema.meta({ references: collection });
}

/** A calendar day `YYYY-MM-DD`; impossible days such as 2018-02-31 are refused. */
export const daySchema = z
  .string()
  .superRefine((value, context) => {
    const problem = dayProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  })
  // JSON Schema's `date` format is exactly `YYYY-MM-DD`: editors show a date picker for it.
  .meta({ format: 'date' });

/** A month `YYYY-MM` or a day `YYYY-MM-DD`, normalised to its first and last day. */
export const partialDateSchema = z
  .string()
  .superRefine((value, context) => {
    const problem = partialDateProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  })
  .transform(toPartialDate)
  .meta({ pattern: String.raw`^\d{4}-\d{2}(-\d{2})?$`, examples: ['2018-06', '2018-06-15'] });

/** A day `YYYY-MM-DD` or a day and a time `YYYY-MM-DDTHH:MM`, Finnish local time. */
export const momentSchema = z
  .string()
  .superRefine((value, context) => {
    const problem = momentProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  })
  .meta({
    pattern: String.raw`^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$`,
    examples: ['2018-06-01', '2018-06-01T09:00'],
  });

/** Text that must say something: trimmed and non-empty. */
export const textSchema = z.string().trim().min(1, 'teksti puuttuu');

/** Marks material written to show the features, not decisions of the real organisation. */
export const exampleFlagSchema = z
  .boolean()
  .default(false)
  .describe('Esimerkkiaineistoa, joka esittelee ominaisuuksia; ei todellisen organisaation päätöksiä.');

/**
 * Kept out of everything published (site, feeds, search, sitemap, open data, PDFs) and shown
 * only in the preview (`pnpm dev`).
 */
export const draftFlagSchema = z
  .boolean()
  .default(false)
  .describe(
    'Julkaisematon luonnos: ei näy julkisella sivustolla, syötteissä, haussa, avoimessa datassa eikä PDF:issä; näkyy esikatselussa (pnpm dev).',
  );

/** Start and end of a period; the order is checked in `validate.ts` where it can name both fields. */
export const daySpanSchema = z.strictObject({ start: daySchema, end: daySchema });
