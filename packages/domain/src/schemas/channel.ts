import { z } from 'zod';
import { idSchema, textSchema } from './primitives.ts';

export const channelSchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  kind: z.enum(['website', 'facebook', 'twitter', 'email', 'other']),
  url: z.url({ protocol: /^https?$/, error: 'osoitteen pitää alkaa http:// tai https://' }),
  description: textSchema.optional(),
});
