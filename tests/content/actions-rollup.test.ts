/**
 * The actions roll-up over the repository's own content, against a count made by hand from the
 * example reports' `<Action>` elements (12 in 9 reports; 5 done; 7 open, 2 of them late on
 * 31.5.2018: the property query of the property study and the §13 negotiation simulation).
 */
import { join } from 'node:path';
import { loadContent } from '@valmistelu/content';
import { reportActions } from '@valmistelu/content/report-actions';
import { actionRollup } from '@valmistelu/domain/actions';
import { describe, expect, it } from 'vitest';

const contentDir = join(import.meta.dirname, '../../content');

describe('actions roll-up of the example reports', async () => {
  const loaded = await loadContent(contentDir);
  const rollup = actionRollup(loaded.content, reportActions(loaded), '2018-05-31');

  it('lists every action of every report', () => {
    const perReport = Object.fromEntries(
      Object.entries(Object.groupBy(rollup.all, (action) => action.report)).map(([id, list]) => [
        id,
        list?.length,
      ]),
    );
    expect(perReport).toEqual({
      'henkilosto-valiraportti': 2,
      'ikaantyneiden-palvelut-valiraportti': 1,
      'kasvupalvelut-valiraportti': 1,
      'kiinteistoselvitys-valiraportti': 1,
      'lape-valiraportti': 1,
      'maakunnan-viestinta-valiraportti': 2,
      'sopimusten-hallinta-loppuraportti': 1,
      'sopimusten-hallinta-valiraportti': 2,
      'talous-valiraportti': 1,
    });
    expect(rollup.all).toHaveLength(12);
  });

  it('keeps the 7 open ones, earliest due first, and flags the 2 late ones', () => {
    expect(rollup.open.map((action) => [action.due, action.ownerName, action.late])).toEqual([
      ['2018-03-31', 'Mia Hietapakka', true],
      ['2018-04-30', 'Tuomas Hatanpää', true],
      // Same day: by the action's text, "Sote- ja kasvupalvelujen…" before "Vaihe II…".
      ['2018-05-31', 'Timo Vesiluoma', false],
      ['2018-05-31', 'Kaisa Kausto-Uski', false],
      ['2018-10-31', 'Mari Niemi', false],
      ['2018-10-31', 'Mari Niemi', false],
      ['2019-12-31', 'Päivi Vuorinen', false],
    ]);
    expect(rollup.late).toBe(2);
    expect(rollup.open[0]?.title).toBe('Muiden vuokrattavien tilojen kysely kunnille.');
  });

  it('groups them by owner and by due day', () => {
    expect(rollup.byOwner.map((group) => [group.label, group.actions.length])).toEqual([
      ['Kaisa Kausto-Uski', 1],
      ['Mari Niemi', 2],
      ['Mia Hietapakka', 1],
      ['Päivi Vuorinen', 1],
      ['Timo Vesiluoma', 1],
      ['Tuomas Hatanpää', 1],
    ]);
    expect(rollup.byDue.map((group) => [group.key, group.actions.length])).toEqual([
      ['2018-03-31', 1],
      ['2018-04-30', 1],
      ['2018-05-31', 2],
      ['2018-10-31', 2],
      ['2019-12-31', 1],
    ]);
  });

  it('flags nothing late before the earliest due day', () => {
    expect(actionRollup(loaded.content, reportActions(loaded), '2018-03-31').late).toBe(0);
  });
});
