/**
 * `check` warns, with the place, about characters the PDFs' fonts cannot draw: they would vanish
 * from the PDFs while the site shows them.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentWithOverlay } from '@valmistelu/content/test-fixtures';
import { afterEach, expect, it } from 'vitest';
import { run } from './run.ts';

let dir: string;
afterEach(() => rm(dir, { recursive: true, force: true }));

it('warns about an emoji in a report and a Chinese name in a YAML file, and exits 0', async () => {
  dir = await contentWithOverlay();
  const report = join(dir, 'reports', 'lape-vali.mdx');
  const text = await readFile(report, 'utf8');
  await writeFile(report, text.replace('lokakuussa 2017.', 'lokakuussa 2017 🎉.'));
  const people = join(dir, 'people.yaml');
  const yaml = await readFile(people, 'utf8');
  const [first] = /name: .*/.exec(yaml) ?? [];
  if (!first) throw new Error('minimal content has no name');
  await writeFile(people, yaml.replace(first, `${first} 王`));
  const result = await run(dir, 'check', '--content', '.');
  expect(result.code).toBe(0);
  const lines = result.stdout.split('\n');
  expect(lines).toContain(
    'reports/lape-vali.mdx:14:52  varoitus: merkki "🎉" (U+1F389) puuttuu PDF:n fonteista eikä näy PDF:ssä',
  );
  expect(
    lines.some((line) =>
      /^people\.yaml:\d+:\d+ {2}varoitus: kenttä "name": merkki "王" \(U\+738B\)/.test(line),
    ),
  ).toBe(true);
  expect(lines).toContain('Sisältö kunnossa: 11 tiedostoa, 1 ryhmä, 1 raportti, 1 kokous, 2 varoitusta.');
});

it('finds the same in YAML fields on a second run, whose files come from the parse cache', async () => {
  dir = await contentWithOverlay();
  const cache = `${dir}-cache`;
  const people = join(dir, 'people.yaml');
  const yaml = await readFile(people, 'utf8');
  const [first] = /name: .*/.exec(yaml) ?? [];
  if (!first) throw new Error('minimal content has no name');
  await writeFile(people, yaml.replace(first, `${first} 王`));
  const report = join(dir, 'reports', 'lape-vali.mdx');
  // Guidance left in a YAML field: an error, which the build must not publish.
  await writeFile(
    report,
    (await readFile(report, 'utf8')).replace(/^title: .*$/m, 'title: "Ohje: kirjoita otsikko"'),
  );
  try {
    const cold = await run(dir, 'check', '--content', '.', '--cache', cache);
    const warm = await run(dir, 'check', '--content', '.', '--cache', cache);
    expect(cold.code).toBe(1);
    expect(cold.stdout).toMatch(/^reports\/lape-vali\.mdx:2:8 {2}ohjeteksti on yhä paikallaan/m);
    expect(cold.stdout).toMatch(/^people\.yaml:\d+:\d+ {2}varoitus: kenttä "name": merkki "王"/m);
    expect(warm).toEqual(cold);
  } finally {
    await rm(cache, { recursive: true, force: true });
  }
});
