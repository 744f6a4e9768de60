/** A preparation line's page: change director, the body it reports to, its groups and reports. */
import { lineKindLabels } from '@valmistelu/domain/labels';
import type { Group, Line } from '@valmistelu/domain/schema';
import { urls } from '@valmistelu/domain/urls';
import type { SiteModel } from '../site-model.ts';
import { type Link, personLabel } from './links.ts';
import { type ReportRow, reportRow } from './report-rows.ts';

export interface GroupTreeItem extends Link {
  responsible: string | undefined;
  children: GroupTreeItem[];
}

export interface LinePage {
  title: string;
  kindText: string;
  description: string | undefined;
  changeDirector: string | undefined;
  body: Link | undefined;
  groups: GroupTreeItem[];
  reports: ReportRow[];
}

function groupItem(model: SiteModel, group: Group): GroupTreeItem {
  return {
    href: urls.group(group.id),
    text: group.name,
    responsible: personLabel(model.person(group.responsible)),
    children: model.subGroups(group.id).map((child) => groupItem(model, child)),
  };
}

export function linePage(model: SiteModel, line: Line): LinePage {
  const body = model.body(line.body);
  const groups = model.groupsOfLine(line.id);
  return {
    title: line.kind === 'line' ? `${line.shortName} ${line.name}` : line.name,
    kindText: lineKindLabels[line.kind],
    description: line.description,
    changeDirector: line.kind === 'line' ? personLabel(model.person(line.changeDirector)) : undefined,
    body: body && { href: urls.body(body.id), text: body.name },
    groups: groups.filter((group) => group.parent === undefined).map((group) => groupItem(model, group)),
    reports: groups
      .flatMap((group) => model.reportsOfGroup(group.id))
      .map((report) => reportRow(model, report)),
  };
}
