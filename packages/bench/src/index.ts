export {
  type GenerateFolderOptions,
  generateContentFolder,
  readContentFolder,
  writeContentFolder,
} from './content-folder.ts';
export { type ContentFiles, copyId, type GenerateOptions, generateContent } from './generate-content.ts';
export { mulberry32, type Random, randomFor } from './prng.ts';
