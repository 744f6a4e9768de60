import { z } from 'zod';
import { languageListSchema } from './language.ts';
import { appealTemplateSchema } from './minutes.ts';
import { idSchema, referenceSchema, textSchema } from './primitives.ts';
import { translatable, translationKey } from './translatable.ts';

/** One part of a body's composition, e.g. 15 members and 15 alternates. */
export const compositionPartSchema = z.strictObject({
  count: z.int().positive('lukumäärän pitää olla positiivinen'),
  /** Omitted where the sources give only the numbers, such as "15 + 2". */
  role: textSchema
    .optional()
    .describe('Esim. jäsen tai varajäsen; jätetään pois, kun lähteissä on vain lukumäärät.'),
  /** Numbers the part's seats ("jäsen 1" … "jäsen 15"), so that minutes can record attendance. */
  seat: textSchema
    .optional()
    .describe(
      'Paikan nimi yksikössä, esim. jäsen: paikat numeroidaan "jäsen 1", "jäsen 2" … ja pöytäkirjan läsnäolo merkitään niillä.',
    ),
  /** Deputies count towards the quorum only in place of an absent member. */
  deputies: z
    .boolean()
    .optional()
    .describe('Varajäsenet: lasketaan päätösvaltaisuuteen vain poissa olevan jäsenen sijaisina.'),
});

export const bodyKindSchema = z.enum([
  'political',
  'preparatory',
  'office',
  'cooperation',
  'subgroup',
  'organisation',
]);

export const bodySchema = z.strictObject({
  id: translationKey(idSchema),
  name: translatable(textSchema),
  shortName: translatable(textSchema).optional(),
  kind: bodyKindSchema,
  /** The body this one works under; roots of the organisation chart have none. */
  parent: referenceSchema('bodies')
    .optional()
    .describe('Toimielin, jonka alaisuudessa tämä toimii; organisaatiokaavion ylimmillä ei ole.'),
  composition: z.array(compositionPartSchema).default([]),
  description: translatable(textSchema).optional(),
  members: z
    .array(
      z.strictObject({
        person: referenceSchema('people'),
        role: textSchema,
        seat: textSchema
          .optional()
          .describe(
            'Kokoonpanon paikka, jota henkilö hoitaa, esim. "jäsen 3"; pöytäkirja näyttää hänen nimensä.',
          ),
      }),
    )
    .default([]),
  appealInstructions: z
    .array(appealTemplateSchema)
    .default([])
    .describe('Muutoksenhakuohjeiden pohjat, joista pöytäkirjan pykälät valitsevat omansa.'),
  /** Kielilaki 29 §: a bilingual body publishes its agendas and minutes in every one of these. */
  languages: languageListSchema
    .optional()
    .describe(
      'Kielet, joilla toimielimen esityslistat ja pöytäkirjat on julkaistava (kielilaki 29 §), esim. [fi, sv]: check vaatii jokaiselle kokoukselle käännöksen.',
    ),
});
