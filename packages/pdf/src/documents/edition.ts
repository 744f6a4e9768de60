/**
 * Public or members' edition. The members' edition carries confidential content, so every page
 * says it is not public: the footer, which pdfmake draws on every page including covers and
 * landscape chart pages, and the cover's kicker.
 */
import { documentWords } from '@valmistelu/domain/document-words';
import type { Language } from '@valmistelu/domain/schema';
import type { DynamicContent } from '../pdfmake-types.ts';
import { pageFooter } from './base.ts';

export type Edition = 'public' | 'members';

export function editionFooter(edition: Edition, name: string, language: Language = 'fi'): DynamicContent {
  const words = documentWords[language];
  return pageFooter(edition === 'members' ? `${words.membersEdition} · ${name}` : name, language);
}

/** "PÖYTÄKIRJA" or "PÖYTÄKIRJA · EI JULKINEN". */
export function editionKicker(edition: Edition, kicker: string, language: Language = 'fi'): string {
  return edition === 'members' ? `${kicker} · ${documentWords[language].notPublic}` : kicker;
}
