/**
 * The date a run publishes for, and the moment that decides which scheduled news are out:
 * `--as-of`, else `site.yaml`'s `asOf`, else today. A given date means the start of that day, so
 * that a build for it is the same whenever it runs; only a run dated by the clock uses the time
 * of day, so that news scheduled for 9.00 today appear in the first build after 9.00.
 */
import { dayProblem } from '@valmistelu/domain/dates';
import type { PublicationMoment } from '@valmistelu/domain/publication';
import type { CommandContext, OptionDeclaration } from './cli-io.ts';
import type { HelsinkiNow } from './helsinki-now.ts';

export interface RunDate {
  asOf: string;
  moment: PublicationMoment;
}

/** `--as-of` as every command that takes it declares it. */
export const asOfDeclaration = {
  type: 'string',
  valueName: 'VVVV-KK-PP',
  description:
    'tilannepäivä (muuten site.yaml:n asOf, muuten tämä päivä Suomen aikaa); ajastetut uutiset julkaistaan sen mukaan',
} as const satisfies OptionDeclaration;

/**
 * `--as-of` when valid, undefined when not given; `false` after printing why it is not valid.
 * Shared by every command that takes it.
 */
export function asOfOption(context: CommandContext): string | undefined | false {
  const value = context.values['as-of'];
  if (typeof value !== 'string') return undefined;
  const problem = dayProblem(value);
  if (!problem) return value;
  context.io.stderr(`--as-of: ${problem}\n`);
  return false;
}

/** @param contentAsOf `site.asOf` as loaded: `site.yaml`'s, or today when it sets none. */
export function runDate(asOf: string | undefined, contentAsOf: string, now: HelsinkiNow): RunDate {
  if (asOf !== undefined) return { asOf, moment: asOf };
  return { asOf: contentAsOf, moment: contentAsOf === now.day ? now.moment : contentAsOf };
}
