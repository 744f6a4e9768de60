import { describe, expect, it } from 'vitest';
import { bodySchema, lineSchema, meetingFrontmatterSchema, newsFrontmatterSchema } from '../src/schema.ts';
import {
  itemShapeOf,
  mergeTranslation,
  translatableText,
  translationSchemaOf,
  untranslatedPaths,
} from '../src/translation.ts';

const meetingShape = itemShapeOf(meetingFrontmatterSchema);

const meeting = meetingFrontmatterSchema.parse({
  body: 'vate',
  date: '2018-04-27',
  place: 'Porin kaupungintalo',
  agenda: [
    { number: 1, title: 'Kokouksen avaus', decision: 'Avattiin.' },
    { number: 2, title: 'Talousarvio', proposal: 'Hyväksytään.', decision: 'Hyväksyttiin.' },
  ],
});

describe('translation shape', () => {
  it('holds the marked text fields and the keys, nothing else', () => {
    expect(Object.keys(meetingShape.fields).sort()).toEqual(['agenda', 'minutes', 'place']);
    const agenda = meetingShape.fields.agenda;
    expect(agenda?.kind === 'array' && agenda.key).toBe('number');
    expect(agenda?.kind === 'array' && Object.keys(agenda.element.fields).sort()).toEqual([
      'amendments',
      'attachments',
      'confidential',
      'decision',
      'description',
      'disqualified',
      'number',
      'proposal',
      'title',
      'vote',
    ]);
    expect(Object.keys(itemShapeOf(newsFrontmatterSchema).fields).sort()).toEqual(['summary', 'title']);
    expect(Object.keys(itemShapeOf(bodySchema).fields).sort()).toEqual([
      'appealInstructions',
      'description',
      'id',
      'name',
      'shortName',
    ]);
    // Both kinds of line share their text fields.
    expect(Object.keys(itemShapeOf(lineSchema).fields).sort()).toEqual([
      'description',
      'id',
      'name',
      'shortName',
    ]);
  });

  it("the translation's schema refuses a non-text field", () => {
    const result = translationSchemaOf(meetingShape).safeParse({ date: '2018-05-01', place: 'Björneborg' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });
});

describe('mergeTranslation', () => {
  it('lays the text over the original by § number and keeps the rest', () => {
    const { value, issues } = mergeTranslation(meetingShape, meeting, {
      place: 'Björneborgs rådhus',
      agenda: [{ number: 2, title: 'Budget', decision: 'Godkändes.' }],
    });
    expect(issues).toEqual([]);
    expect(value.place).toBe('Björneborgs rådhus');
    expect(value.date).toBe('2018-04-27');
    expect(value.agenda.map((item) => item.title)).toEqual(['Kokouksen avaus', 'Budget']);
    expect(value.agenda[1]?.decision).toBe('Godkändes.');
    expect(value.agenda[1]?.proposal).toBe('Hyväksytään.');
    // The original is not changed.
    expect(meeting.agenda[1]?.title).toBe('Talousarvio');
  });

  it('refuses a § and a field the original lacks', () => {
    const { value, issues } = mergeTranslation(meetingShape, meeting, {
      agenda: [
        { number: 3, title: 'Övriga ärenden' },
        { number: 1, proposal: 'Mötet öppnas.' },
      ],
    });
    expect(issues).toEqual([
      { path: ['agenda', 0], message: 'alkuperäisessä ei ole pykälää 3 §: käännös ei voi lisätä sitä' },
      {
        path: ['agenda', 1, 'proposal'],
        message: 'alkuperäisessä ei ole kenttää "proposal": käännös ei voi lisätä sitä',
      },
    ]);
    expect(value.agenda).toHaveLength(2);
    expect(value.agenda[0]?.proposal).toBeUndefined();
  });
});

describe('untranslatedPaths', () => {
  it("names each of the original's texts the translation leaves out", () => {
    expect(
      untranslatedPaths(meetingShape, meeting, {
        place: 'Björneborgs rådhus',
        agenda: [{ number: 2, title: 'Budget', proposal: 'Godkänns.', decision: 'Godkändes.' }],
      }),
    ).toEqual([
      ['agenda', 0, 'title'],
      ['agenda', 0, 'decision'],
    ]);
  });
});

describe('translatableText', () => {
  it('changes with a text and not with a date', () => {
    const text = translatableText(meetingShape, meeting);
    expect(translatableText(meetingShape, { ...meeting, date: '2018-05-01' })).toBe(text);
    const retitled = { ...meeting, agenda: [{ ...meeting.agenda[0], title: 'Avaus' }, meeting.agenda[1]] };
    expect(translatableText(meetingShape, retitled)).not.toBe(text);
    expect(translatableText(meetingShape, meeting, 'Teksti')).not.toBe(text);
  });

  it('does not change when a paragraph is only wrapped differently', () => {
    const wrapped = 'Strategiatyöryhmät työskentelevät\nhelmi–kesäkuussa 2018.\n';
    const unwrapped = 'Strategiatyöryhmät työskentelevät helmi–kesäkuussa 2018.';
    expect(translatableText(meetingShape, meeting, wrapped)).toBe(
      translatableText(meetingShape, meeting, unwrapped),
    );
    const refolded = {
      ...meeting,
      agenda: [{ ...meeting.agenda[0], title: ' Kokouksen  avaus\n' }, meeting.agenda[1]],
    };
    const plain = {
      ...meeting,
      agenda: [{ ...meeting.agenda[0], title: 'Kokouksen avaus' }, meeting.agenda[1]],
    };
    expect(translatableText(meetingShape, refolded)).toBe(translatableText(meetingShape, plain));
    expect(
      translatableText(meetingShape, meeting, 'Strategiatyöryhmät työskentelevät kesäkuussa 2018.'),
    ).not.toBe(translatableText(meetingShape, meeting, unwrapped));
  });
});
