import { z } from 'zod';
import {
  daySchema,
  daySpanSchema,
  exampleFlagSchema,
  idSchema,
  referenceSchema,
  textSchema,
} from './primitives.ts';
import { reportKindSchema } from './report-kind.ts';
import { translatable } from './translatable.ts';

export const actionStateSchema = z.enum(['planned', 'in-progress', 'done']);

/** An action of the group's work plan; owner and target date are what the linter asks for. */
export const actionSchema = z.strictObject({
  title: textSchema,
  owner: referenceSchema('people').optional(),
  /** An owner that is an organisation or role rather than a person. */
  ownerText: textSchema.optional().describe('Vastuutaho, joka on organisaatio tai rooli eikä henkilö.'),
  due: daySchema.optional(),
  state: actionStateSchema.default('planned'),
});

export const memberSchema = z.strictObject({
  person: referenceSchema('people'),
  role: textSchema.default('jäsen'),
});

/** A report the group owes, with its due date: the group's reporting schedule. */
export const scheduledReportSchema = z.strictObject({
  kind: reportKindSchema,
  due: daySchema,
});

export const groupSchema = z.strictObject({
  id: idSchema,
  name: translatable(textSchema),
  shortName: translatable(textSchema).optional(),
  line: referenceSchema('lines'),
  /** For sub-groups, e.g. the structural-fund group under regional development. */
  parent: referenceSchema('groups')
    .optional()
    .describe('Alaryhmän yläryhmä, esim. rakennerahastoasiat aluekehityspalvelujen alla.'),
  /** Position in lists and charts; groups without one follow in file-name order. */
  order: z
    .int()
    .optional()
    .describe(
      'Järjestys listoissa ja kaavioissa; ryhmät ilman järjestystä tulevat perässä tiedostonimen mukaan.',
    ),
  description: translatable(textSchema).optional(),
  responsible: referenceSchema('people').optional().describe('Vastuuvalmistelija.'),
  /** Share of the responsible preparer's working time, in percent. */
  responsibleAllocation: z
    .int()
    .min(1)
    .max(100)
    .optional()
    .describe('Vastuuvalmistelijan työajan osuus prosentteina.'),
  chair: referenceSchema('people').optional(),
  members: z.array(memberSchema).default([]),
  mandate: daySpanSchema,
  goals: z.array(textSchema).default([]),
  actions: z.array(actionSchema).default([]),
  partners: z.array(textSchema).default([]),
  outputs: z.array(textSchema).default([]),
  reporting: z.array(scheduledReportSchema).default([]),
  example: exampleFlagSchema,
});
