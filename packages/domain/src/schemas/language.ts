import { z } from 'zod';

/** The languages content can be written in: the site's UI texts exist for these. */
export const languageCodes = ['fi', 'sv'] as const;

export const languageSchema = z.enum(languageCodes).describe('Kielikoodi: fi (suomi) tai sv (ruotsi).');

/** A list of languages, each once; the first is the main one. */
export const languageListSchema = z
  .array(languageSchema)
  .min(1, 'kieliä pitää olla vähintään yksi')
  .refine((languages) => new Set(languages).size === languages.length, 'sama kieli on luettelossa kahdesti');
