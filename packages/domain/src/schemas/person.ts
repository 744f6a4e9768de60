import { z } from 'zod';
import { idSchema, textSchema } from './primitives.ts';

export const personSchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  /** Job title in Finnish, as the organisation uses it. */
  title: textSchema.optional().describe('Tehtävänimike suomeksi, kuten organisaatio sitä käyttää.'),
  organisation: textSchema.optional(),
  email: z.email('sähköpostiosoite ei ole kelvollinen').optional(),
});
