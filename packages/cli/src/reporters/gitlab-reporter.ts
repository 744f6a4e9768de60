/**
 * A GitLab Code Quality report (the subset of the Code Climate format that GitLab reads): a JSON
 * array that the merge request shows as findings on their lines. The fingerprint leaves the line
 * out, so that a problem keeps its identity when lines above it move, and counts repeats of the
 * same problem in the same file, so that no two findings share one.
 */
import { createHash } from 'node:crypto';
import type { ContentMessage } from '@valmistelu/content';
import { workspacePath } from './workspace-path.ts';

export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: { path: string; lines: { begin: number } };
}

/** An error stops publishing; a warning does not. */
const severities = { error: 'major', warning: 'minor' } as const;

/** @param root The repository's root (`CI_PROJECT_DIR` in a pipeline). */
export function gitlabIssues(messages: readonly ContentMessage[], root: string): CodeQualityIssue[] {
  const seen = new Map<string, number>();
  return messages.map((message) => {
    const path = workspacePath(message.file, root);
    const identity = [path, message.ruleId, message.message].join('\0');
    const occurrence = seen.get(identity) ?? 0;
    seen.set(identity, occurrence + 1);
    return {
      description: message.message,
      check_name: `valmistelu/${message.ruleId}`,
      fingerprint: createHash('md5').update(`${identity}\0${occurrence}`).digest('hex'),
      severity: severities[message.severity],
      location: { path, lines: { begin: message.line } },
    };
  });
}

export function gitlabReport(messages: readonly ContentMessage[], root: string): string {
  return `${JSON.stringify(gitlabIssues(messages, root), null, 2)}\n`;
}
