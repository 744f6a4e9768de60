export * from './load-content.ts';
export * from './messages.ts';
export { maxContentFileBytes } from './read-text-file.ts';
