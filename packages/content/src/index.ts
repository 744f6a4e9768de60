export type { BodyImage } from './body-images.ts';
export { type CollectionLayout, collectionLayouts, reportTemplateFile, siteFile } from './collections.ts';
export * from './load-content.ts';
export type { TranslatedContent, TranslationRecord, TranslationState } from './load-translations.ts';
export * from './messages.ts';
export { contentCacheFile } from './parse-cache.ts';
export { type PublicationOptions, publicationOf } from './publication.ts';
export { maxContentFileBytes } from './read-text-file.ts';
export { translationFileOf, translationPathOf, translationSourceHash } from './translation-file.ts';
