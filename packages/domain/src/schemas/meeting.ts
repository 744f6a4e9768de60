import { z } from 'zod';
import { agendaItemMinutesShape, minutesSchema } from './minutes.ts';
import {
  daySchema,
  draftFlagSchema,
  exampleFlagSchema,
  idSchema,
  referenceSchema,
  textSchema,
} from './primitives.ts';
import { translatable, translationKey } from './translatable.ts';

export const agendaItemSchema = z.strictObject({
  /** The § number, unique and increasing within the meeting. */
  number: translationKey(z.int().positive()).describe(
    'Pykälän numero; yksilöllinen ja kasvava kokouksen sisällä.',
  ),
  title: translatable(textSchema),
  reports: z.array(referenceSchema('reports')).default([]),
  presenter: referenceSchema('people').optional(),
  description: translatable(textSchema).optional(),
  proposal: translatable(textSchema).optional(),
  decision: translatable(textSchema).optional(),
  ...agendaItemMinutesShape,
});

export const meetingFrontmatterSchema = z.strictObject({
  body: referenceSchema('bodies'),
  /** Meeting number within the year, e.g. "3/2018". */
  number: textSchema.optional().describe('Kokouksen numero vuoden sisällä, esim. 3/2018.'),
  date: daySchema,
  time: z
    .string()
    .regex(/^([01]\d|2[0-3])\.[0-5]\d$/, 'kellonajan muoto on HH.MM, esim. 13.00')
    .optional()
    .describe('Kellonaika muodossa HH.MM, esim. 13.00.'),
  place: translatable(textSchema),
  chair: referenceSchema('people').optional(),
  secretary: referenceSchema('people').optional(),
  agenda: z.array(agendaItemSchema).min(1, 'esityslistalla pitää olla vähintään yksi asia'),
  example: exampleFlagSchema,
  draft: draftFlagSchema,
  minutes: minutesSchema
    .optional()
    .describe(
      'Pöytäkirja: läsnäolo, tarkastus ja nähtävilläolo. Pykälien käsittely kirjataan esityslistan pykäliin.',
    ),
});

export const meetingSchema = meetingFrontmatterSchema.extend({ id: idSchema });
