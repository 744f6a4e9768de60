/**
 * "Who is late as of 1.6.2018?" for the default content, computed by hand from the groups'
 * reporting schedules and the reports' submission dates in content/.
 */
import { join } from 'node:path';
import { loadContent } from '@valmistelu/content';
import { overallStatus } from '@valmistelu/domain/status';
import { describe, expect, it } from 'vitest';

const contentDir = join(import.meta.dirname, '../../content');

async function groupsIn(state: string, asOf: string): Promise<string[]> {
  const { content } = await loadContent(contentDir);
  return overallStatus(content, asOf)
    .lines.flatMap((line) => line.groups)
    .filter((group) => group.state === state)
    .map((group) => group.group.id)
    .sort();
}

describe('status of the default content', () => {
  it('as of 31.5.2018: eight groups have missed an interim report', async () => {
    expect(await groupsIn('late', '2018-05-31')).toEqual([
      'alueiden-kayton-palvelut', // interim due 31.3., none
      'hallinto-ja-konserniohjaus', // interim due 31.3., none
      'liikennepalvelut', // interim due 31.3., none
      'maaseutu-ja-lomituspalvelut', // interim due 31.3., none
      'paivystys-24h', // interim due 30.4., only a draft
      'tietohallinto-ict', // interim due 31.3., none
      'vammaispalvelut', // interim due 30.4., none
      'ymparistopalvelut', // interim due 31.3., none
    ]);
  });

  it('as of 1.6.2018: the final reports due 31.5. that were not submitted join them', async () => {
    expect(await groupsIn('late', '2018-06-01')).toEqual([
      'alueiden-kayton-palvelut',
      'aluekehityskeskustelut',
      'aluekehityspalvelut',
      'hallinto-ja-konserniohjaus',
      'henkilosto',
      'kasvupalvelut',
      'liikennepalvelut',
      'maakunnan-viestinta',
      'maaseutu-ja-lomituspalvelut',
      'paivystys-24h',
      'rakennerahastoasiat',
      'talous',
      'tietohallinto-ict',
      'vammaispalvelut',
      'ymparistopalvelut',
    ]);
  });

  it('as of 1.6.2018: the property survey is done, its final report approved in May', async () => {
    expect(await groupsIn('done', '2018-06-01')).toEqual(['kiinteistoselvitys']);
  });
});
