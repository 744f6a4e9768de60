import { z } from 'zod';
import { daySchema, idSchema, textSchema } from './primitives.ts';

/** Settings of the organisation that owns the content folder. */
export const siteSchema = z.strictObject({
  name: textSchema,
  shortName: textSchema,
  description: textSchema,
  /** Public address of the site, used for canonical links and feeds. */
  url: z.url({ protocol: /^https?$/ }),
  region: textSchema,
  /** "Today" for status and timelines, so that builds are reproducible. */
  asOf: daySchema,
  /** Address for accessibility feedback. */
  feedbackEmail: z.email(),
  /** The body whose meetings get meeting packs. */
  steeringBody: idSchema,
  /** Days before a due date when a report counts as due soon. */
  dueSoonDays: z.int().min(0).default(30),
});
