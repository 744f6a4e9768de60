/**
 * Public or members' edition. The members' edition carries confidential content, so every page
 * says it is not public: the footer, which pdfmake draws on every page including covers and
 * landscape chart pages, and the cover's kicker.
 */
import { notPublicText } from '@valmistelu/domain/minutes-text';
import type { DynamicContent } from '../pdfmake-types.ts';
import { pageFooter } from './base.ts';

export type Edition = 'public' | 'members';

export function editionFooter(edition: Edition, name: string): DynamicContent {
  return pageFooter(edition === 'members' ? `${notPublicText} – jäsenten versio · ${name}` : name);
}

/** "PÖYTÄKIRJA" or "PÖYTÄKIRJA · EI JULKINEN". */
export function editionKicker(edition: Edition, kicker: string): string {
  return edition === 'members' ? `${kicker} · ${notPublicText}` : kicker;
}
