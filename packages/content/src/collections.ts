/**
 * Where each collection lives in a content folder and which schema reads it.
 */
import {
  bodySchema,
  type CollectionName,
  channelSchema,
  groupSchema,
  lineSchema,
  meetingFrontmatterSchema,
  newsFrontmatterSchema,
  personSchema,
  reportFrontmatterSchema,
  timelineSchema,
} from '@valmistelu/domain/schema';
import type { z } from 'zod';

export type CollectionLayout =
  /** One YAML file holding a list of items, each with its own `id`. */
  | { kind: 'list'; file: string; schema: z.ZodType }
  /** A folder with one file per item; the id is the file name without extension. */
  | { kind: 'folder'; folder: string; extension: '.yaml' | '.mdx'; schema: z.ZodType; idFromFile: true };

export const collectionLayouts: Record<CollectionName, CollectionLayout> = {
  people: { kind: 'list', file: 'people.yaml', schema: personSchema },
  bodies: { kind: 'list', file: 'bodies.yaml', schema: bodySchema },
  lines: { kind: 'list', file: 'lines.yaml', schema: lineSchema },
  channels: { kind: 'list', file: 'channels.yaml', schema: channelSchema },
  groups: {
    kind: 'folder',
    folder: 'groups',
    extension: '.yaml',
    schema: groupSchema.omit({ id: true }),
    idFromFile: true,
  },
  timelines: {
    kind: 'folder',
    folder: 'timelines',
    extension: '.yaml',
    schema: timelineSchema.omit({ id: true }),
    idFromFile: true,
  },
  meetings: {
    kind: 'folder',
    folder: 'meetings',
    extension: '.yaml',
    schema: meetingFrontmatterSchema,
    idFromFile: true,
  },
  reports: {
    kind: 'folder',
    folder: 'reports',
    extension: '.mdx',
    schema: reportFrontmatterSchema,
    idFromFile: true,
  },
  news: {
    kind: 'folder',
    folder: 'news',
    extension: '.mdx',
    schema: newsFrontmatterSchema,
    idFromFile: true,
  },
};

export const siteFile = 'site.yaml';
export const reportTemplateFile = 'report-template.yaml';
