import { z } from 'zod';
import { contactSchema, identitySchema } from './identity.ts';
import { languageListSchema } from './language.ts';
import { daySchema, referenceSchema, textSchema } from './primitives.ts';
import { translatable } from './translatable.ts';

/** Settings of the organisation that owns the content folder, as `site.yaml` holds them. */
export const siteFileSchema = z.strictObject({
  name: translatable(textSchema),
  shortName: translatable(textSchema),
  description: translatable(textSchema),
  /** Public address of the site, used for canonical links and feeds. */
  url: z
    .url({ protocol: /^https?$/ })
    .describe('Sivuston julkinen osoite kanonisiin linkkeihin ja syötteisiin.'),
  region: translatable(textSchema),
  /**
   * "Today" for status, timelines and scheduled news, frozen so that builds are reproducible;
   * without it each run takes the day it runs on.
   */
  asOf: daySchema
    .optional()
    .describe(
      'Jätä yleensä tyhjäksi: silloin tilanne, aikajanat ja ajastetut uutiset lasketaan koontipäivän mukaan. Päivä jäädyttää sivuston tähän päivään, jolloin koosteet ovat toistettavia.',
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
  /** The organisation's look: logo and colours, on every page and PDF cover. */
  identity: identitySchema.optional().describe('Sivuston ilme: tunnus ja värit.'),
  /** Shown in every page's footer. */
  contact: contactSchema.optional().describe('Yhteystiedot, jotka näkyvät jokaisen sivun alatunnisteessa.'),
  /** The first is the main language, in which every item is written; the others are translations. */
  languages: languageListSchema
    .default(['fi'])
    .describe(
      'Sivuston kielet, ensimmäisenä pääkieli (oletus fi). Käännökset ovat alkuperäisen vieressä: X.sv.yaml tai X.sv.mdx.',
    ),
});

/** The site as the model holds it: every run has chosen its date, from `site.yaml` or its own. */
export const siteSchema = siteFileSchema.extend({
  asOf: daySchema.describe('Päivä, jonka mukaan tilanne, aikajanat ja ajastetut uutiset lasketaan.'),
});
