import { describe, expect, it } from 'vitest';
import { resolvedAppeal, seatsOf, sectionPresence } from '../src/minutes.ts';
import { bodySchema, type ContentModel, type Meeting } from '../src/schema.ts';
import { validateContent } from '../src/validate.ts';
import { makeContent, makeMeeting } from './make-content.ts';

/** A body of five members and five deputies, with one named seat and three appeal templates. */
const body = bodySchema.parse({
  id: 'vate',
  name: 'VATE',
  kind: 'preparatory',
  composition: [
    { count: 5, role: 'jäsentä', seat: 'jäsen' },
    { count: 5, role: 'varajäsentä', seat: 'varajäsen', deputies: true },
  ],
  members: [{ person: 'terttu', role: 'jäsen', seat: 'jäsen 2' }],
  appealInstructions: [
    { id: 'ei', kind: 'none', title: 'Ei muutoksenhakuoikeutta', text: 'Päätös koskee vain valmistelua.' },
    {
      id: 'oikaisu',
      kind: 'rectification',
      title: 'Oikaisuvaatimusohje',
      text: 'Oikaisuvaatimus 14 päivässä.',
    },
    { id: 'valitus', kind: 'appeal', title: 'Valitusosoitus', text: 'Valitus 30 päivässä.' },
  ],
});

const minutes = {
  chair: 'jäsen 1',
  secretary: 'Sihteeri Projektitoimistosta',
  attendance: {
    absent: ['jäsen 4', 'jäsen 5'],
    deputies: [{ seat: 'varajäsen 4', for: 'jäsen 4' }],
    movements: [{ who: 'jäsen 3', until: 2 }],
    others: [{ who: 'Sihteeri Projektitoimistosta', role: 'sihteeri' }],
  },
  checkers: ['jäsen 2', 'jäsen 3'],
  checked: '2018-04-25',
  publicDisplay: { start: '2018-04-26', end: '2018-06-04' },
  appeal: 'ei',
};

function withMeeting(overrides: Partial<Parameters<typeof makeMeeting>[0]> = {}): ContentModel {
  const meeting = makeMeeting({
    id: 'vate-2018-04',
    date: '2018-04-23',
    minutes,
    agenda: [
      { number: 1, title: 'Avaus', decision: 'Todettiin.' },
      { number: 2, title: 'Raportti', decision: 'Merkittiin tiedoksi.' },
      {
        number: 3,
        title: 'Hankinta',
        decision: 'Hyväksyttiin tarjoajaksi Maija Meikäläinen.',
        disqualified: [{ who: 'jäsen 2', reason: 'HL 28 § 1 mom. 2 k' }],
        privatePersons: ['Maija Meikäläinen'],
        appeal: 'oikaisu',
      },
    ],
    ...overrides,
  });
  return makeContent({ bodies: [body], meetings: [meeting] });
}

const meetingOf = (content: ContentModel): Meeting => {
  const [meeting] = content.meetings;
  if (!meeting) throw new Error('no meeting');
  return meeting;
};

const summary = (content: ContentModel) =>
  validateContent(content).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('seats of the composition', () => {
  it('numbers each part that names its seat, deputies marked', () => {
    const seats = seatsOf(body);
    expect(seats.map((seat) => seat.label)).toEqual([
      'jäsen 1',
      'jäsen 2',
      'jäsen 3',
      'jäsen 4',
      'jäsen 5',
      'varajäsen 1',
      'varajäsen 2',
      'varajäsen 3',
      'varajäsen 4',
      'varajäsen 5',
    ]);
    expect(seats.filter((seat) => seat.deputy)).toHaveLength(5);
    expect(seats[1]?.holder).toBe('terttu');
  });
});

describe('sectionPresence', () => {
  it('counts members present, deputies in place of the absent, departures and disqualifications', () => {
    const presence = sectionPresence(withMeeting(), meetingOf(withMeeting()));
    const names = presence.map((section) => section.voters.map((voter) => voter.name));
    expect(names[0]).toEqual(['Jäsen 1', 'Terttu Nordman', 'Jäsen 3', 'Varajäsen 4']);
    // jäsen 3 left after § 2; jäsen 2 (Terttu Nordman) was disqualified at § 3.
    expect(names[2]).toEqual(['Jäsen 1', 'Varajäsen 4']);
    expect(presence[2]?.disqualified.map((entry) => entry.name)).toEqual(['Terttu Nordman']);
    expect(presence.map((section) => section.quorum)).toEqual([true, true, false]);
  });
});

describe('resolvedAppeal', () => {
  it('gives the last day of a claim as display start + 7 + 14 days, and none for no redress', () => {
    const content = withMeeting();
    const meeting = meetingOf(content);
    expect(resolvedAppeal(content, meeting, meeting.agenda[2] as Meeting['agenda'][number])).toMatchObject({
      template: { id: 'oikaisu' },
      lastDay: '2018-05-17',
    });
    const none = resolvedAppeal(content, meeting, meeting.agenda[0] as Meeting['agenda'][number]);
    expect(none?.template.kind).toBe('none');
    expect(none?.lastDay).toBeUndefined();
  });
});

describe('minutes validation', () => {
  it('reports the § without a quorum at its place', () => {
    expect(summary(withMeeting())).toEqual([
      'agenda.2: § 3: toimielin ei ole päätösvaltainen, läsnä 2 / 5 jäsentä (vaaditaan yli puolet)',
    ]);
  });

  it('accepts minutes that add up', () => {
    const content = withMeeting({
      minutes: { ...minutes, attendance: { ...minutes.attendance, movements: [] } },
    });
    const meeting = meetingOf(content);
    content.meetings = [
      { ...meeting, agenda: meeting.agenda.map((item) => ({ ...item, disqualified: [] })) },
    ];
    expect(summary(content)).toEqual([]);
  });

  it('locates unknown participants, a deputy for a member who was there, and unknown §', () => {
    const content = withMeeting({
      minutes: {
        ...minutes,
        chair: 'jasen-1',
        attendance: {
          ...minutes.attendance,
          deputies: [{ seat: 'varajäsen 4', for: 'jäsen 1' }],
          movements: [{ who: 'jäsen 3', from: 9 }],
        },
      },
      agenda: [{ number: 1, title: 'Avaus', decision: 'Todettiin.' }],
    });
    expect(summary(content)).toEqual([
      'minutes.attendance.deputies.0.for: "jäsen 1" ei ole poissa olleiden luettelossa (absent)',
      'minutes.attendance.movements.0.from: kokouksessa ei ole pykälää § 9',
      'minutes.chair: tuntematon osallistuja "jasen-1": kirjoita henkilön tunniste, kokoonpanon paikka (esim. "jäsen 3") tai lisää nimi muihin läsnäolijoihin (attendance.others)',
    ]);
  });

  it('checks votes against the voters, appeal templates and the display period', () => {
    const content = withMeeting({
      minutes: { ...minutes, publicDisplay: { start: '2018-04-26', end: '2018-05-10' }, appeal: 'puuttuu' },
      agenda: [
        {
          number: 1,
          title: 'Avaus',
          decision: 'Todettiin.',
          vote: { question: 'JAA pohjaehdotus, EI muutosehdotus', yes: 3, no: 2, yesNames: ['jäsen 1'] },
          appeal: 'valitus',
          privatePersons: ['Matti Virtanen'],
        },
        { number: 2, title: 'Muut asiat' },
      ],
    });
    expect(summary(content)).toEqual([
      'agenda.0.vote: § 1: äänestys ilman kannatettua muutosehdotusta; pohjaehdotuksesta äänestetään vain kannatettua ehdotusta vastaan (amendments)',
      'minutes.publicDisplay.end: § 1: valitusosoitus on mahdollinen 2018-06-02 asti, mutta pöytäkirja on nähtävillä vain 2018-05-10 asti',
      'agenda.0.vote: § 1: ääniä 5, mutta päättäjiä oli läsnä 4',
      'agenda.0.vote.yesNames: § 1: nimiä 1, ääniä 3',
      'agenda.0.privatePersons.0: § 1: nimeä "Matti Virtanen" ei ole kokouksen teksteissä eikä läsnäolijoissa, joten sitä ei voi poistaa niistä',
      'agenda.1.decision: § 2: päätös puuttuu pöytäkirjasta',
      'minutes.appeal: tuntematon muutoksenhakuohje "puuttuu": ohjeet ovat toimielimen kohdassa appealInstructions',
    ]);
  });

  it('refuses minutes for a body whose composition numbers no seats', () => {
    const content = withMeeting();
    content.bodies = [{ ...body, composition: [{ count: 15, role: 'jäsentä' }] }];
    expect(summary(content)).toEqual([
      'minutes: toimielimen "vate" kokoonpanossa ei ole numeroituja jäsenpaikkoja (seat): pöytäkirjan läsnäoloa ei voi merkitä',
    ]);
  });
});
