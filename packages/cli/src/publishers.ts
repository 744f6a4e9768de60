/**
 * The parts of the main job, in order. Each writes into the temporary output folder; they are
 * imported lazily so that `check` never pays for loading Astro or pdfmake.
 */
import type { LoadedContent } from '@valmistelu/content';
import type { CliIo } from './cli-io.ts';

export interface Publisher {
  name: string;
  /** Writes its part into `outDir`; returns false (after printing why) when it cannot. */
  publish(loaded: LoadedContent, outDir: string, io: CliIo): Promise<boolean>;
}

export const publishers: Publisher[] = [];
