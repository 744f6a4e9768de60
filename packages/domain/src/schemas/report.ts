import { z } from 'zod';
import {
  daySchema,
  daySpanSchema,
  draftFlagSchema,
  exampleFlagSchema,
  idSchema,
  referenceSchema,
  textSchema,
} from './primitives.ts';
import { reportKindSchema } from './report-kind.ts';
import { translatable } from './translatable.ts';

/** draft → submitted → handled (in a meeting) → approved or noted. */
export const reportStateSchema = z.enum(['draft', 'submitted', 'handled', 'approved', 'noted']);

/** Frontmatter of a report; the body is MDX structured by the seven tasks. */
export const reportFrontmatterSchema = z.strictObject({
  title: translatable(textSchema),
  group: referenceSchema('groups'),
  kind: reportKindSchema,
  period: daySpanSchema,
  /** Defaults to the group's scheduled due date for this kind. */
  due: daySchema.optional().describe('Oletuksena ryhmän aikataulun määräpäivä tälle raporttilajille.'),
  state: reportStateSchema
    .default('draft')
    .describe('Luonnos → jätetty → käsitelty kokouksessa → hyväksytty tai merkitty tiedoksi.'),
  submitted: daySchema.optional().describe('Päivä, jona raportti jätettiin.'),
  author: referenceSchema('people').optional(),
  summary: translatable(textSchema).optional(),
  /** Items the interim report leaves open; the final report must answer them. */
  openItems: z
    .array(textSchema)
    .default([])
    .describe('Väliraportin avoimet kohdat; loppuraportin pitää vastata niihin.'),
  /** For a final report: the interim report whose open items it answers. */
  answers: referenceSchema('reports')
    .optional()
    .describe('Loppuraportissa: väliraportti, jonka avoimiin kohtiin se vastaa.'),
  example: exampleFlagSchema,
  /** Unlike `state: draft`, which is published with its state shown, this keeps the report unpublished. */
  draft: draftFlagSchema.describe(
    'Julkaisematon: raportti ei näy julkisella sivustolla, syötteissä, haussa, avoimessa datassa eikä PDF:issä; näkyy esikatselussa (pnpm dev). Eri asia kuin tila "luonnos", joka julkaistaan tilatietoineen.',
  ),
});

export const reportSchema = reportFrontmatterSchema.extend({
  id: idSchema,
  /** The MDX body as written, without frontmatter. */
  body: z.string(),
});
