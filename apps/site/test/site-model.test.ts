/**
 * The site model's lookups give what the domain's functions give over the whole content, on the
 * repository's content: the model only avoids scanning every collection once per page.
 */

import { loadContent } from '@valmistelu/content';
import { groupScheduleItems, reportsDueBefore } from '@valmistelu/domain/schedule';
import { groupStatus, overallStatus } from '@valmistelu/domain/status';
import { beforeAll, describe, expect, test } from 'vitest';
import { defaultContentDir } from '../src/lib/content-dir.ts';
import { createSiteModel, type SiteModel } from '../src/lib/create-site-model.ts';

let model: SiteModel;

beforeAll(async () => {
  model = createSiteModel((await loadContent(defaultContentDir)).content);
});

describe('site model', () => {
  test('has the reports due before every meeting that the domain finds', () => {
    const { content } = model;
    expect(content.meetings.length).toBeGreaterThan(1);
    for (const meeting of content.meetings) {
      expect(model.reportsDueBefore(meeting)).toEqual(reportsDueBefore(content, meeting));
    }
  });

  test("has every group's schedule and status as the domain computes them", () => {
    const { groups, reports, site } = model.content;
    for (const group of groups) {
      expect(model.scheduleOfGroup(group)).toEqual(groupScheduleItems(group, reports));
      expect(model.statusOfGroup(group)).toEqual(groupStatus(group, reports, site.asOf, site.dueSoonDays));
    }
    expect(model.overallStatus()).toEqual(overallStatus(model.content));
  });

  test('finds what is under what in content order', () => {
    const { groups, bodies, lines, reports } = model.content;
    const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
    for (const group of groups) {
      expect(ids(model.subGroups(group.id))).toEqual(
        ids(groups.filter((child) => child.parent === group.id)),
      );
    }
    for (const line of lines) {
      expect(ids(model.groupsOfLine(line.id))).toEqual(ids(groups.filter((group) => group.line === line.id)));
    }
    for (const body of bodies) {
      expect(ids(model.subBodies(body.id))).toEqual(ids(bodies.filter((child) => child.parent === body.id)));
      expect(ids(model.linesOfBody(body.id))).toEqual(ids(lines.filter((line) => line.body === body.id)));
    }
    for (const report of reports) {
      expect(ids(model.answeredBy(report.id))).toEqual(
        ids(reports.filter((other) => other.answers === report.id)),
      );
    }
    expect(reports.some((report) => model.answeredBy(report.id).length > 0)).toBe(true);
    expect(groups.some((group) => model.subGroups(group.id).length > 0)).toBe(true);
  });
});
