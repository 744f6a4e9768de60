/**
 * A private person's name, put in each field of a meeting that can hold one, is public during the
 * display period and gone from the public meeting, and from every minutes text made of it, after.
 * The table must list every text field of the meeting schema: a field added later fails here until
 * it is listed, and so until it is known to be redacted.
 */

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { removedNameText } from '../src/labels.ts';
import {
  attendanceOf,
  checkingText,
  legalityText,
  participantName,
  proceedingsOf,
} from '../src/minutes-text.ts';
import { publicContent } from '../src/publication.ts';
import { bodySchema, type ContentModel, meetingSchema } from '../src/schema.ts';
import { makeContent } from './make-content.ts';

const name = 'Maija Meikäläinen';
const lastDay = '2018-06-04';
const dayAfter = '2018-06-05';

const body = bodySchema.parse({
  id: 'vate',
  name: 'VATE',
  kind: 'preparatory',
  composition: [
    { count: 5, role: 'jäsentä', seat: 'jäsen' },
    { count: 5, role: 'varajäsentä', seat: 'varajäsen', deputies: true },
  ],
  appealInstructions: [{ id: 'ei', kind: 'none', title: 'Ei muutoksenhakuoikeutta', text: 'Valmistelua.' }],
});

/** A meeting with every optional field filled, the name listed as private in its only §. */
function meetingInput(): Record<string, unknown> {
  return {
    id: 'vate-2018-04',
    body: 'vate',
    number: '4/2018',
    date: '2018-04-23',
    time: '13.00',
    place: 'Pori',
    agenda: [
      {
        number: 1,
        title: 'Avustus',
        description: 'Hakemus.',
        proposal: 'Myönnetään.',
        decision: 'Myönnettiin.',
        attachments: [{ title: 'Hakemus', text: 'Hakemuksen teksti.' }],
        privatePersons: [name],
        amendments: [{ by: 'jäsen 1', seconded: 'jäsen 2', text: 'Hylätään.' }],
        vote: {
          question: 'JAA pohjaehdotus, EI muutosehdotus.',
          yes: 1,
          no: 1,
          blank: 1,
          yesNames: ['jäsen 3'],
          noNames: ['jäsen 1'],
          blankNames: ['jäsen 2'],
          result: 'Ratkaisi arpa.',
        },
        disqualified: [{ who: 'jäsen 5', reason: 'HL 28 § 1 mom. 2 k' }],
      },
    ],
    minutes: {
      ended: '15.00',
      chair: 'jäsen 1',
      secretary: 'Sihteeri',
      attendance: {
        absent: ['jäsen 4'],
        deputies: [{ seat: 'varajäsen 4', for: 'jäsen 4' }],
        movements: [{ who: 'jäsen 3', until: 1 }],
        others: [{ who: 'Sihteeri', role: 'sihteeri' }],
      },
      checkers: ['jäsen 2'],
      checked: '2018-04-25',
      publicDisplay: { start: '2018-04-26', end: lastDay },
      appeal: 'ei',
    },
  };
}

/** Every field of a meeting that can hold a name: the texts, and the minutes' participants. */
const fields = [
  ['number'],
  ['place'],
  ['agenda', 0, 'title'],
  ['agenda', 0, 'description'],
  ['agenda', 0, 'proposal'],
  ['agenda', 0, 'decision'],
  ['agenda', 0, 'confidential'],
  ['agenda', 0, 'attachments', 0, 'title'],
  ['agenda', 0, 'attachments', 0, 'text'],
  ['agenda', 0, 'attachments', 0, 'confidential'],
  ['agenda', 0, 'privatePersons', 0],
  ['agenda', 0, 'amendments', 0, 'by'],
  ['agenda', 0, 'amendments', 0, 'seconded'],
  ['agenda', 0, 'amendments', 0, 'text'],
  ['agenda', 0, 'vote', 'question'],
  ['agenda', 0, 'vote', 'yesNames', 0],
  ['agenda', 0, 'vote', 'noNames', 0],
  ['agenda', 0, 'vote', 'blankNames', 0],
  ['agenda', 0, 'vote', 'result'],
  ['agenda', 0, 'disqualified', 0, 'who'],
  ['agenda', 0, 'disqualified', 0, 'reason'],
  ['minutes', 'chair'],
  ['minutes', 'secretary'],
  ['minutes', 'attendance', 'absent', 0],
  ['minutes', 'attendance', 'deputies', 0, 'seat'],
  ['minutes', 'attendance', 'deputies', 0, 'for'],
  ['minutes', 'attendance', 'movements', 0, 'who'],
  ['minutes', 'attendance', 'others', 0, 'who'],
  ['minutes', 'attendance', 'others', 0, 'role'],
  ['minutes', 'checkers', 0],
] as const satisfies readonly (readonly (string | number)[])[];

type JsonSchema = {
  type?: string;
  pattern?: string;
  format?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
};

/** Paths of the string fields a name passes the schema in: no pattern, no format (ids, dates, times). */
function textFieldPaths(schema: JsonSchema, path: (string | number)[] = []): string[] {
  if (schema.anyOf) return schema.anyOf.flatMap((option) => textFieldPaths(option, path));
  if (schema.type === 'string')
    return schema.pattern === undefined && schema.format === undefined ? [path.join('.')] : [];
  if (schema.type === 'array' && schema.items) return textFieldPaths(schema.items, [...path, 0]);
  return Object.entries(schema.properties ?? {}).flatMap(([key, value]) =>
    textFieldPaths(value, [...path, key]),
  );
}

function withNameAt(path: readonly (string | number)[]): ContentModel {
  const input = meetingInput();
  let parent: Record<string | number, unknown> = input;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[path.at(-1) as string | number] = name;
  return makeContent({ bodies: [body], meetings: [meetingSchema.parse(input)] });
}

/** The public meeting and every minutes text the site and the PDF print from it. */
function published(content: ContentModel, day: string): string {
  const shown = publicContent(content, day);
  const meeting = shown.meetings[0];
  if (!meeting) throw new Error('no meeting');
  const texts = [
    meeting,
    attendanceOf(shown, meeting),
    legalityText(shown, meeting),
    checkingText(shown, meeting),
    meeting.agenda.map((item) => proceedingsOf(shown, meeting, item)),
    meeting.minutes && participantName(shown, meeting, meeting.minutes.chair),
    meeting.minutes && participantName(shown, meeting, meeting.minutes.secretary),
  ];
  return JSON.stringify(texts);
}

describe('a private person’s name in a meeting', () => {
  it('lists every text field of the meeting schema', () => {
    const schema = z.toJSONSchema(meetingSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
    expect(textFieldPaths(schema).sort()).toEqual(fields.map((path) => path.join('.')).sort());
  });

  it.each(fields.map((path) => [path.join('.'), path] as const))(
    '%s: public until the display period ends, gone from the day after',
    (_label, path) => {
      const content = withNameAt(path);
      expect(published(content, lastDay)).toContain(name);
      const after = published(content, dayAfter);
      expect(after).not.toContain(name);
      // The list of names itself is emptied rather than rewritten.
      if (path[2] !== 'privatePersons') expect(after).toContain(removedNameText);
    },
  );

  it('leaves the written content as it is: the members’ edition has every name', () => {
    const content = withNameAt(['minutes', 'attendance', 'others', 0, 'who']);
    publicContent(content, dayAfter);
    expect(content.meetings[0]?.minutes?.attendance.others[0]?.who).toBe(name);
  });

  it('shows a private person heard in the meeting as a removed name with their role', () => {
    const content = withNameAt(['minutes', 'attendance', 'others', 0, 'who']);
    const shown = publicContent(content, dayAfter);
    const meeting = shown.meetings[0];
    if (!meeting) throw new Error('no meeting');
    expect(attendanceOf(shown, meeting)?.others).toEqual([{ name: removedNameText, role: 'sihteeri' }]);
  });
});
