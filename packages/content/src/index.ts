export type { BodyImage } from './body-images.ts';
export { type CollectionLayout, collectionLayouts, reportTemplateFile, siteFile } from './collections.ts';
export * from './load-content.ts';
export type { LogoFile, LogoMime } from './logo-file.ts';
export * from './messages.ts';
export type { LeadImage } from './news-image.ts';
export { contentCacheFile } from './parse-cache.ts';
export { type PublicationOptions, publicationOf } from './publication.ts';
export { maxContentFileBytes } from './read-text-file.ts';
