/** Hand-made content for unit tests: small, complete, and valid unless a test breaks it. */
import type { z } from 'zod';
import type { ContentModel, Group, Meeting, Report } from '../src/schema.ts';
import { groupSchema, meetingSchema, reportSchema, siteSchema } from '../src/schema.ts';

export function makeGroup(overrides: Partial<z.input<typeof groupSchema>> & { id: string }): Group {
  return groupSchema.parse({
    name: `Ryhmä ${overrides.id}`,
    line: 'tl1',
    mandate: { start: '2017-10-01', end: '2018-10-31' },
    reporting: [
      { kind: 'interim', due: '2018-03-31' },
      { kind: 'final', due: '2018-10-31' },
    ],
    ...overrides,
  });
}

export function makeReport(
  overrides: Partial<z.input<typeof reportSchema>> & { id: string; group: string },
): Report {
  return reportSchema.parse({
    title: `Raportti ${overrides.id}`,
    kind: 'interim',
    period: { start: '2017-10-01', end: '2018-03-31' },
    body: '',
    ...overrides,
  });
}

export function makeMeeting(
  overrides: Partial<z.input<typeof meetingSchema>> & { id: string; date: string },
): Meeting {
  return meetingSchema.parse({
    body: 'vate',
    place: 'Pori',
    agenda: [{ number: 1, title: 'Kokouksen avaus' }],
    ...overrides,
  });
}

export function makeContent(overrides: Partial<ContentModel> = {}): ContentModel {
  return {
    site: siteSchema.parse({
      name: 'Testimaakunta',
      shortName: 'Testi',
      description: 'Testisisältö',
      url: 'https://example.fi',
      region: 'Testi',
      asOf: '2018-05-31',
      feedbackEmail: 'palaute@example.fi',
      steeringBody: 'vate',
    }),
    reportTemplate: {
      tasks: [{ number: 1, title: 'Organisoituminen', prompt: 'Kuka ja miten', requiredIn: ['interim'] }],
    },
    people: [{ id: 'terttu', name: 'Terttu Nordman' }],
    bodies: [
      {
        id: 'vate',
        name: 'VATE',
        kind: 'preparatory',
        composition: [{ count: 15, role: 'jäsentä' }],
        members: [],
        appealInstructions: [],
      },
    ],
    lines: [
      {
        id: 'tl1',
        kind: 'line',
        number: 1,
        name: 'Sote',
        shortName: 'TL1',
        body: 'vate',
        changeDirector: 'terttu',
      },
    ],
    groups: [makeGroup({ id: 'lape' })],
    reports: [],
    meetings: [],
    timelines: [],
    news: [],
    channels: [],
    ...overrides,
  };
}
