/**
 * Translations from the command line: a body that must publish in Swedish stops `check` (and so
 * `build`) at the meeting whose translation is gone, and `status --translations` names a
 * translation whose original has changed, with the `source` it should record once updated.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentWithCase } from '@valmistelu/content/test-fixtures';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from './run.ts';

let dir: string;
afterEach(() => rm(dir, { recursive: true, force: true }));

/** The minimal content in Finnish and Swedish, its meeting, news item, site and body translated. */
const translatedContent = () => contentWithCase('valid-translations');

describe('a body that publishes in Swedish', () => {
  it('fails check at the meeting file once the meeting loses its translation', async () => {
    dir = await translatedContent();
    const bodies = join(dir, 'bodies.yaml');
    await writeFile(bodies, `${await readFile(bodies, 'utf8')}  languages: [fi, sv]\n`);
    const before = await run(dir, 'check', '--content', '.');
    expect(before.code).toBe(0);

    await rm(join(dir, 'meetings/vate-2018-04.sv.yaml'));
    const after = await run(dir, 'check', '--content', '.');
    expect(after.code).toBe(1);
    expect(after.stdout.split('\n').filter((line) => line.includes('  '))).toEqual([
      'meetings/vate-2018-04.yaml:1:7  toimielin "vate" julkaisee esityslistat ja pöytäkirjat myös kielellä sv (ruotsi) (kielilaki 29 §): ruotsinkielinen käännös vate-2018-04.sv.yaml puuttuu',
    ]);
  });
});

describe('valmistelu status --translations', () => {
  it('lists a translation whose original has changed, with the source to record', async () => {
    dir = await translatedContent();
    const current = await run(dir, 'status', '--content', '.', '--translations', '--format', 'json');
    expect(current.code).toBe(0);
    expect(JSON.parse(current.stdout).filter((todo: { id?: string }) => todo.id === 'avaus')).toEqual([]);

    const news = join(dir, 'news/avaus.mdx');
    await writeFile(news, (await readFile(news, 'utf8')).replace('Sivusto avattu', 'Sivusto on avattu'));
    const stale = await run(dir, 'status', '--content', '.', '--translations');
    expect(stale.code).toBe(0);
    const lines = stale.stdout.split('\n');
    expect(lines[0]).toMatch(/^Käännökset kielelle sv \(ruotsi\): \d+ kohdetta kesken$/);
    const staleLine = lines.find((line) => line.includes('news/avaus.sv.mdx'));
    const recorded = /^ {2}vanhentunut {4}news\/avaus\.sv\.mdx {2}source: (sha256-[0-9a-f]{12})$/.exec(
      staleLine ?? '',
    )?.[1];
    expect(recorded, staleLine).toBeDefined();

    // The hash it names is the one that makes the translation current again.
    const translation = join(dir, 'news/avaus.sv.mdx');
    await writeFile(
      translation,
      (await readFile(translation, 'utf8')).replace(/source: sha256-[0-9a-f]+/, `source: ${recorded}`),
    );
    const updated = await run(dir, 'status', '--content', '.', '--translations');
    expect(updated.stdout).not.toContain('news/avaus.sv.mdx');
  });

  it('lists the items that have no translation', async () => {
    dir = await translatedContent();
    const result = await run(dir, 'status', '--content', '.', '--translations');
    expect(result.stdout.split('\n')).toContain('  puuttuu        reports/lape-vali.sv.mdx');
  });
});

describe('valmistelu new translation', () => {
  it('writes the keys, the texts to replace as comments and the source; until replaced they count as missing', async () => {
    dir = await translatedContent();
    const bodies = join(dir, 'bodies.yaml');
    await writeFile(bodies, `${await readFile(bodies, 'utf8')}  languages: [fi, sv]\n`);
    await rm(join(dir, 'meetings/vate-2018-04.sv.yaml'));
    const created = await run(
      dir,
      'new',
      'translation',
      '--content',
      '.',
      '--file',
      'meetings/vate-2018-04.yaml',
    );
    expect(created.code).toBe(0);
    expect(created.stdout).toBe('meetings/vate-2018-04.sv.yaml\n');
    const text = await readFile(join(dir, 'meetings/vate-2018-04.sv.yaml'), 'utf8');
    expect(text.split('\n').slice(2)).toEqual([
      '# place: Satakuntaliitto, Pori',
      'agenda:',
      '  - number: 1',
      '    # title: Kokouksen avaus',
      '  - number: 2',
      '    # title: Väliraportit',
      '    # proposal: Merkitään tiedoksi.',
      'source: sha256-99ab81b8a9ca',
      '',
    ]);
    const check = await run(dir, 'check', '--content', '.');
    expect(check.code).toBe(1);
    expect(check.stdout.split('\n').filter((line) => line.includes('  '))).toEqual([
      'meetings/vate-2018-04.yaml:3:8  ruotsinkielinen käännös vate-2018-04.sv.yaml ei anna kenttää "place"; toimielin "vate" julkaisee kokouksensa myös kielellä sv (ruotsi) (kielilaki 29 §)',
      'meetings/vate-2018-04.yaml:6:12  ruotsinkielinen käännös vate-2018-04.sv.yaml ei anna pykälän 1 § kenttää "title"; toimielin "vate" julkaisee kokouksensa myös kielellä sv (ruotsi) (kielilaki 29 §)',
      'meetings/vate-2018-04.yaml:8:12  ruotsinkielinen käännös vate-2018-04.sv.yaml ei anna pykälän 2 § kenttää "title"; toimielin "vate" julkaisee kokouksensa myös kielellä sv (ruotsi) (kielilaki 29 §)',
      'meetings/vate-2018-04.yaml:11:15  ruotsinkielinen käännös vate-2018-04.sv.yaml ei anna pykälän 2 § kenttää "proposal"; toimielin "vate" julkaisee kokouksensa myös kielellä sv (ruotsi) (kielilaki 29 §)',
    ]);
  });
});
