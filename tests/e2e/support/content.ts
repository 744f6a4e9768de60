/** The content the site under test was built from, for expectations derived from the model. */
import { type LoadedContent, loadContent } from '@valmistelu/content';
import { inject } from 'vitest';

let loaded: Promise<LoadedContent> | undefined;

export function testedContent(): Promise<LoadedContent> {
  loaded ??= loadContent(inject('contentDir'));
  return loaded;
}
