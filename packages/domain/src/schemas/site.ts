import { z } from 'zod';
import { daySchema, referenceSchema, textSchema } from './primitives.ts';

/** Settings of the organisation that owns the content folder. */
export const siteSchema = z.strictObject({
  name: textSchema,
  shortName: textSchema,
  description: textSchema,
  /** Public address of the site, used for canonical links and feeds. */
  url: z
    .url({ protocol: /^https?$/ })
    .describe('Sivuston julkinen osoite kanonisiin linkkeihin ja syötteisiin.'),
  region: textSchema,
  /** "Today" for status and timelines, so that builds are reproducible. */
  asOf: daySchema.describe(
    'Päivä, jonka mukaan tilanne ja aikajanat lasketaan, jotta koosteet ovat toistettavia.',
  ),
  /** Address for accessibility feedback. */
  feedbackEmail: z.email().describe('Saavutettavuuspalautteen osoite.'),
  /** The body whose meetings get meeting packs. */
  steeringBody: referenceSchema('bodies').describe('Toimielin, jonka kokouksille tehdään kokouspaketit.'),
  /** Days before a due date when a report counts as due soon. */
  dueSoonDays: z
    .int()
    .min(0)
    .default(30)
    .describe('Montako päivää ennen määräpäivää raportti näkyy lähestyvänä.'),
});
