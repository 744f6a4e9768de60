import { join } from 'node:path';

/**
 * The small content folder the renderer's suite uses too (`@valmistelu/pdf`'s test fixtures):
 * one copy, so that a document that changes there is tested through both packages.
 */
export const fixtureContent = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'pdf',
  'test',
  'fixtures',
  'content',
);
