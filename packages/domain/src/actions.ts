/**
 * Actions across meetings: every `<Action>` of every report, rolled up by owner and by due day,
 * the late ones flagged as of the run's date. Pure over plain data: the entries come from the
 * reports' syntax trees at the edge (`@valmistelu/markdown` `collectActions`).
 */
import type { ContentModel } from './schema.ts';

export interface ActionEntryFields {
  title: string;
  /** A person's id, as the `owner` attribute gives it. */
  owner?: string;
  due?: string;
  state: 'planned' | 'in-progress' | 'done';
  /** Line in the report's file. */
  line?: number;
}

export interface ActionEntry extends ActionEntryFields {
  report: string;
}

export interface RolledAction extends ActionEntry {
  reportTitle: string;
  group: string;
  /** The owner's name, the id where the content names nobody, or "ei vastuuhenkilöä". */
  ownerName: string;
  late: boolean;
}

export interface ActionGroup {
  key: string;
  label: string;
  actions: RolledAction[];
}

export interface ActionRollup {
  asOf: string;
  /** Every action, open or done, in report order. */
  all: RolledAction[];
  /** Open actions (not done), earliest due first, undated last. */
  open: RolledAction[];
  byOwner: ActionGroup[];
  byDue: ActionGroup[];
  late: number;
}

export const noOwnerLabel = 'ei vastuuhenkilöä';
export const noDueLabel = 'ei määräpäivää';

function groupBy(
  actions: readonly RolledAction[],
  key: (action: RolledAction) => [string, string],
): ActionGroup[] {
  const groups = new Map<string, ActionGroup>();
  for (const action of actions) {
    const [id, label] = key(action);
    const group = groups.get(id) ?? { key: id, label, actions: [] };
    group.actions.push(action);
    groups.set(id, group);
  }
  return [...groups.values()];
}

const byDueThenTitle = (a: RolledAction, b: RolledAction) =>
  (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.title.localeCompare(b.title, 'fi');

/** @param entries the actions of the reports in `content`, from their bodies. */
export function actionRollup(
  content: ContentModel,
  entries: readonly ActionEntry[],
  asOf: string,
): ActionRollup {
  const reports = new Map(content.reports.map((report) => [report.id, report]));
  const people = new Map(content.people.map((person) => [person.id, person.name]));
  const all = entries.flatMap((entry): RolledAction[] => {
    const report = reports.get(entry.report);
    if (!report) return [];
    return [
      {
        ...entry,
        reportTitle: report.title,
        group: report.group,
        ownerName: entry.owner === undefined ? noOwnerLabel : (people.get(entry.owner) ?? entry.owner),
        late: entry.state !== 'done' && entry.due !== undefined && entry.due < asOf,
      },
    ];
  });
  const open = all.filter((action) => action.state !== 'done').sort(byDueThenTitle);
  const byOwner = groupBy(open, (action) => [action.owner ?? '', action.ownerName]).sort((a, b) =>
    a.key === '' ? 1 : b.key === '' ? -1 : a.label.localeCompare(b.label, 'fi'),
  );
  const byDue = groupBy(open, (action) => [action.due ?? '', action.due ?? noDueLabel]);
  return { asOf, all, open, byOwner, byDue, late: open.filter((action) => action.late).length };
}
