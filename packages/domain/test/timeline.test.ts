import { describe, expect, it } from 'vitest';
import { timelineSchema } from '../src/schema.ts';
import { currentPosition, timelineModel } from '../src/timeline.ts';

const timeline = timelineSchema.parse({
  id: 'tp',
  title: 'Työohjelma',
  start: '2018-06',
  end: '2019-12',
  spans: [
    { id: 'a', label: 'Nykytilan analyysi', start: '2018-06', end: '2018-09', estimate: true },
    { id: 'b', label: 'Seminaari', start: '2019-02', end: '2019-02', tentative: true },
    { id: 'c', label: 'Vanha', start: '2017-01-15', end: '2018-06-15' },
  ],
  milestones: [
    { id: 'valmis', label: 'Strategia valmis', date: '2019-06' },
    { id: 'vaalit', label: 'Maakuntavaalit', date: '2019-05', tentative: true, display: 'line' },
  ],
});

describe('timelineModel', () => {
  const model = timelineModel(timeline, '2018-07-16');

  it('has one column per month', () => {
    expect(model.months).toHaveLength(19);
    expect(model.months[0]).toEqual({ offset: 0, year: 2018, month: 6 });
    expect(model.months.at(-1)).toEqual({ offset: 18, year: 2019, month: 12 });
  });

  it('places month spans on whole months and clamps spans that start before the chart', () => {
    expect(model.rows.find((row) => row.id === 'a')).toMatchObject({
      start: 0,
      end: 4,
      estimate: true,
      when: '6/2018–9/2018',
    });
    expect(model.rows.find((row) => row.id === 'b')).toMatchObject({ start: 8, end: 9, tentative: true });
    const early = model.rows.find((row) => row.id === 'c');
    expect(early?.start).toBe(0);
    expect(early?.end).toBeCloseTo(0.5, 5);
  });

  it('puts month milestones mid-month and line milestones in markers', () => {
    expect(model.rows.find((row) => row.id === 'valmis')).toMatchObject({ kind: 'milestone', start: 12.5 });
    expect(model.markers).toEqual([
      { id: 'vaalit', label: 'Maakuntavaalit', at: 11.5, when: '5/2019', tentative: true },
    ]);
  });

  it('knows where the as-of date falls and what comes next', () => {
    expect(model.asOf?.at).toBeCloseTo(1 + 15 / 31, 5);
    const position = currentPosition(model, 2);
    expect(position.current.map((row) => row.id)).toEqual(['a']);
    expect(position.upcoming.map((row) => row.id)).toEqual(['b', 'valmis']);
  });
});
