import { z } from 'zod';
import { idSchema, textSchema } from './primitives.ts';
import { translatable, translationKey } from './translatable.ts';

export const channelSchema = z.strictObject({
  id: translationKey(idSchema),
  name: translatable(textSchema),
  kind: z.enum(['website', 'facebook', 'twitter', 'email', 'other']),
  url: z.url({ protocol: /^https?$/, error: 'osoitteen pitää alkaa http:// tai https://' }),
  description: translatable(textSchema).optional(),
});
