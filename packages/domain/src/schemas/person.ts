import { z } from 'zod';
import { idSchema, textSchema } from './primitives.ts';
import { translatable, translationKey } from './translatable.ts';

export const personSchema = z.strictObject({
  id: translationKey(idSchema),
  name: textSchema,
  /** Job title in Finnish, as the organisation uses it. */
  title: translatable(textSchema)
    .optional()
    .describe('Tehtävänimike suomeksi, kuten organisaatio sitä käyttää.'),
  organisation: textSchema.optional(),
  email: z.email('sähköpostiosoite ei ole kelvollinen').optional(),
});
