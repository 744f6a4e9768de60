/**
 * A preparation line's page: change director, the body it reports to, its groups and reports.
 * Groups and reports have pages in the main language only: another language's page links there.
 */
import type { Group, Line } from '@valmistelu/domain/schema';
import { texts } from '../i18n/texts.ts';
import type { SiteModel } from '../site-model.ts';
import { itemLink, type Link, mainPageLink, personLabel } from './links.ts';
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
    ...mainPageLink(model, 'groups', group.id, group.name, (urls) => urls.group(group.id)),
    responsible: personLabel(model.person(group.responsible)),
    children: model.subGroups(group.id).map((child) => groupItem(model, child)),
  };
}

export function linePage(model: SiteModel, line: Line): LinePage {
  const body = model.body(line.body);
  const groups = model.groupsOfLine(line.id);
  return {
    title: line.kind === 'line' ? `${line.shortName} ${line.name}` : line.name,
    kindText: texts[model.language].labels.lineKinds[line.kind],
    description: line.description,
    changeDirector: line.kind === 'line' ? personLabel(model.person(line.changeDirector)) : undefined,
    body: body && itemLink(model, 'bodies', body.id, body.name, (urls) => urls.body(body.id)),
    groups: groups.filter((group) => group.parent === undefined).map((group) => groupItem(model, group)),
    reports: groups
      .flatMap((group) => model.reportsOfGroup(group.id))
      .map((report) => reportRow(model, report)),
  };
}
