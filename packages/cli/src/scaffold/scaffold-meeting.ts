/**
 * A new meeting: the standard opening and closing items, and one item for every report
 * submitted since the body's previous meeting, ready to be handled. The plan is the domain's,
 * shared with the browser editor; this writes it as a file.
 */
import { planMeeting } from '@valmistelu/domain/meeting-scaffold';
import type { ContentModel } from '@valmistelu/domain/schema';
import { stringify } from 'yaml';
import type { ScaffoldResult } from './scaffold-result.ts';

export function scaffoldMeeting(content: ContentModel, bodyId: string, date: string): ScaffoldResult {
  const plan = planMeeting(content, bodyId, date);
  if (!plan.ok) return plan;
  return { ok: true, path: `meetings/${plan.id}.yaml`, text: stringify(plan.data) };
}
