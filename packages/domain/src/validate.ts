/**
 * Cross-reference validation over a schema-valid model. Returns issues as data that point at an
 * item of a collection and a path inside it; the loader turns them into file:line:column.
 */
import { collectionLabels, reportKindLabels } from './labels.ts';
import { findParentCycles } from './parent-cycles.ts';
import { unpublishedReferenceIssues } from './publication.ts';
import { scheduleOf } from './schedule.ts';
import type { CollectionName, ContentModel } from './schema.ts';
import { findTagSlugProblems } from './tag-slugs.ts';
import { minutesIssues } from './validate-minutes.ts';

export type IssuePath = (string | number)[];

export interface ModelIssue {
  collection: CollectionName;
  index: number;
  path: IssuePath;
  message: string;
  severity: 'error' | 'warning';
  /** Another item the issue concerns, such as the first holder of a duplicate id. */
  related?: { collection: CollectionName; index: number; path: IssuePath };
  /** For an unknown reference: what was referred to, so callers can tell it from a failed load. */
  reference?: { collection: CollectionName; id: string };
  /** The kind of check, when it is not a reference check: `slug`. */
  ruleId?: string;
}

type Indexed = Map<string, number>;

function indexById(items: readonly { id: string }[]): Indexed {
  const index: Indexed = new Map();
  items.forEach((item, position) => {
    if (!index.has(item.id)) index.set(item.id, position);
  });
  return index;
}

/** Validates references, uniqueness and date order. Pure: the same content gives the same list. */
export function validateContent(content: ContentModel): ModelIssue[] {
  const issues: ModelIssue[] = [];
  const error = (
    collection: CollectionName,
    index: number,
    path: IssuePath,
    message: string,
    reference?: ModelIssue['reference'],
  ) => {
    issues.push({ collection, index, path, message, severity: 'error', ...(reference && { reference }) });
  };

  const ids = {} as Record<CollectionName, Indexed>;
  for (const collection of Object.keys(collectionLabels) as CollectionName[]) {
    const items = content[collection];
    ids[collection] = indexById(items);
    items.forEach((item, index) => {
      const first = ids[collection].get(item.id);
      if (first !== undefined && first !== index) {
        issues.push({
          collection,
          index,
          path: ['id'],
          severity: 'error',
          message: `tunniste "${item.id}" on jo toisella kohteella (${collectionLabels[collection]})`,
          related: { collection, index: first, path: ['id'] },
        });
      }
    });
  }

  const expect = (
    collection: CollectionName,
    index: number,
    path: IssuePath,
    target: CollectionName,
    id: string | undefined,
  ) => {
    if (id === undefined || ids[target].has(id)) return;
    error(collection, index, path, `tuntematon ${collectionLabels[target]} "${id}"`, {
      collection: target,
      id,
    });
  };
  const expectOrder = (
    collection: CollectionName,
    index: number,
    path: IssuePath,
    start: string,
    end: string,
  ) => {
    if (end < start) error(collection, index, path, `loppupäivä ${end} on ennen alkupäivää ${start}`);
  };

  content.bodies.forEach((body, index) => {
    expect('bodies', index, ['parent'], 'bodies', body.parent);
    body.members.forEach((member, at) => {
      expect('bodies', index, ['members', at, 'person'], 'people', member.person);
    });
  });

  content.lines.forEach((line, index) => {
    expect('lines', index, ['body'], 'bodies', line.body);
    if (line.kind === 'line' && !ids.people.has(line.changeDirector)) {
      error(
        'lines',
        index,
        ['changeDirector'],
        `muutosjohtaja "${line.changeDirector}" ei ole tunnettu henkilö: lisää hänet henkilöihin (people.yaml)`,
        { collection: 'people', id: line.changeDirector },
      );
    }
  });

  content.groups.forEach((group, index) => {
    expect('groups', index, ['line'], 'lines', group.line);
    expect('groups', index, ['parent'], 'groups', group.parent);
    expect('groups', index, ['responsible'], 'people', group.responsible);
    expect('groups', index, ['chair'], 'people', group.chair);
    group.members.forEach((member, at) => {
      expect('groups', index, ['members', at, 'person'], 'people', member.person);
    });
    group.actions.forEach((action, at) => {
      expect('groups', index, ['actions', at, 'owner'], 'people', action.owner);
    });
    expectOrder('groups', index, ['mandate', 'end'], group.mandate.start, group.mandate.end);
  });

  for (const collection of ['bodies', 'groups'] as const) {
    const items = content[collection];
    for (const cycle of findParentCycles(items)) {
      cycle.forEach((position, at) => {
        const id = items[position]?.id;
        const label = collectionLabels[collection];
        // Each item's message starts the loop from itself, so the reader can follow it from there.
        const loop = [...cycle.slice(at), ...cycle.slice(0, at), position].map((other) => items[other]?.id);
        error(
          collection,
          position,
          ['parent'],
          cycle.length === 1
            ? `${label} "${id}" ei voi olla itsensä yläpuolella (parent): se jäisi pois organisaatiokaaviosta`
            : `parent-kentät kiertävät kehää ${loop.join(' → ')}: ${label} "${id}" jäisi pois organisaatiokaaviosta`,
        );
      });
    }
  }

  content.reports.forEach((report, index) => {
    expect('reports', index, ['group'], 'groups', report.group);
    expect('reports', index, ['author'], 'people', report.author);
    expect('reports', index, ['answers'], 'reports', report.answers);
    const answered = content.reports[ids.reports.get(report.answers ?? '') ?? -1];
    if (report.answers === report.id) {
      error(
        'reports',
        index,
        ['answers'],
        'raportti ei voi vastata itseensä: answers-kenttään kuuluu väliraportin tunniste',
      );
    } else if (answered && answered.kind !== 'interim') {
      error(
        'reports',
        index,
        ['answers'],
        `answers-kenttään kuuluu väliraportin tunniste, mutta "${answered.id}" on ${reportKindLabels[answered.kind].toLowerCase()}`,
      );
    }
    expectOrder('reports', index, ['period', 'end'], report.period.start, report.period.end);
    const group = content.groups[ids.groups.get(report.group) ?? -1];
    const mandateValid = group && group.mandate.start <= group.mandate.end;
    if (
      group &&
      mandateValid &&
      (report.period.start < group.mandate.start || report.period.end > group.mandate.end)
    ) {
      error(
        'reports',
        index,
        ['period'],
        `raportin kausi ${report.period.start}–${report.period.end} on ryhmän "${group.id}" toimikauden ${group.mandate.start}–${group.mandate.end} ulkopuolella`,
      );
    }
    if (group && report.due === undefined && !scheduleOf(group).some((item) => item.kind === report.kind)) {
      error(
        'reports',
        index,
        ['kind'],
        `ryhmän "${group.id}" raportointiaikataulussa (reporting) ei ole lajia "${report.kind}": lisää raporttiin due-päivä tai ryhmälle aikataulu`,
      );
    }
  });

  content.meetings.forEach((meeting, index) => {
    expect('meetings', index, ['body'], 'bodies', meeting.body);
    expect('meetings', index, ['chair'], 'people', meeting.chair);
    expect('meetings', index, ['secretary'], 'people', meeting.secretary);
    meeting.agenda.forEach((item, at) => {
      const previous = meeting.agenda[at - 1];
      if (previous && item.number <= previous.number) {
        error(
          'meetings',
          index,
          ['agenda', at, 'number'],
          `§ ${item.number} ei ole suurempi kuin edellinen § ${previous.number}`,
        );
      }
      expect('meetings', index, ['agenda', at, 'presenter'], 'people', item.presenter);
      item.reports.forEach((reportId, position) => {
        if (!ids.reports.has(reportId)) {
          error(
            'meetings',
            index,
            ['agenda', at, 'reports', position],
            `§ ${item.number} viittaa raporttiin "${reportId}", jota ei ole`,
            { collection: 'reports', id: reportId },
          );
        }
      });
    });
  });

  const handledReports = new Set(
    content.meetings.flatMap((meeting) => meeting.agenda.flatMap((item) => item.reports)),
  );
  content.reports.forEach((report, index) => {
    if (['handled', 'approved', 'noted'].includes(report.state) && !handledReports.has(report.id)) {
      error(
        'reports',
        index,
        ['state'],
        `tila "${report.state}" vaatii kokouksen, jonka esityslistalla raportti on`,
      );
    }
    if (report.state !== 'draft' && report.submitted === undefined) {
      error('reports', index, ['state'], `tila "${report.state}" vaatii jättöpäivän (submitted)`);
    }
  });

  content.timelines.forEach((timeline, index) => {
    expectOrder('timelines', index, ['end'], timeline.start.first, timeline.end.first);
    timeline.spans.forEach((span, at) => {
      expectOrder('timelines', index, ['spans', at, 'end'], span.start.first, span.end.first);
      expect('timelines', index, ['spans', at, 'group'], 'groups', span.group);
    });
    const rowIds = indexById([...timeline.spans, ...timeline.milestones]);
    [...timeline.spans, ...timeline.milestones].forEach((row, at) => {
      if (rowIds.get(row.id) !== at) {
        const path =
          at < timeline.spans.length ? ['spans', at, 'id'] : ['milestones', at - timeline.spans.length, 'id'];
        error('timelines', index, path, `aikajanan rivin tunniste "${row.id}" on jo käytössä`);
      }
    });
  });

  content.news.forEach((item, index) => {
    expect('news', index, ['author'], 'people', item.author);
  });
  for (const problem of findTagSlugProblems(content.news)) {
    issues.push({
      collection: 'news',
      index: problem.item,
      path: ['tags', problem.tag],
      message: problem.message,
      severity: 'error',
      ruleId: 'slug',
    });
  }
  issues.push(...unpublishedReferenceIssues(content));
  issues.push(...minutesIssues(content));

  return issues;
}
