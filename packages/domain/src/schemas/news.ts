import { z } from 'zod';
import {
  daySchema,
  draftFlagSchema,
  exampleFlagSchema,
  idSchema,
  momentSchema,
  referenceSchema,
  textSchema,
} from './primitives.ts';
import { translatable } from './translatable.ts';

export const newsFrontmatterSchema = z.strictObject({
  title: translatable(textSchema),
  date: daySchema,
  summary: translatable(textSchema).describe('Yksi tai kaksi virkettä, jotka kertovat uutisen ytimen.'),
  tags: z.array(textSchema).default([]).describe('Aiheet, joiden mukaan uutiset ryhmitellään.'),
  author: referenceSchema('people').optional(),
  /**
   * The item's own picture, in its card and at the top of its page, and cropped as its share image.
   * The same kind of file as a body image (`@valmistelu/content` checks it and that `imageAlt` is given).
   */
  image: textSchema
    .optional()
    .describe(
      'Uutisen kuva: PNG- tai JPEG-tiedosto uutisen vieressä olevassa kansiossa kuvat/, esim. kuvat/tyopaja.jpg. Näkyy uutislistoissa, uutisen sivulla ja jakokuvana (vähintään 1200 × 630 pikseliä).',
    )
    .meta({ contentImage: true }),
  imageAlt: textSchema
    .optional()
    .describe('Kuvan tekstivastine: lyhyesti, mitä kuvassa on. Pakollinen, kun uutisella on kuva.'),
  /** The front page opens with the featured item; without one, with the newest. */
  featured: z
    .boolean()
    .default(false)
    .describe(
      'Nosto: uutinen näytetään etusivulla ensimmäisenä kuvineen. Jos nostoja on useita, uusin niistä.',
    ),
  example: exampleFlagSchema,
  draft: draftFlagSchema,
  /** A news item waits for its moment: until then it is published nowhere, as if it were a draft. */
  publishAt: momentSchema
    .optional()
    .describe(
      'Ajastettu julkaisu: uutinen tulee sivustolle, syötteisiin ja hakuun vasta tänä päivänä (VVVV-KK-PP) tai hetkenä (VVVV-KK-PPTHH:MM, Suomen aikaa), ensimmäisessä koonnissa sen jälkeen; esikatselussa se näkyy heti.',
    ),
});

export const newsItemSchema = newsFrontmatterSchema.extend({
  id: idSchema,
  body: z.string(),
});
