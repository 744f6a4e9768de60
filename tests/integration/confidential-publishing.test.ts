/**
 * Confidential items and private persons' names, through real `valmistelu` processes on a copy of
 * the repository's content: a § and a single attachment marked `confidential:`, and a private
 * person named in a decision and heard in the meeting (`attendance.others`), whose appeal period
 * has ended. Nothing of them may reach any public file (HTML, PDF text, RSS, iCalendar, JSON, the
 * Pagefind index), while the members' edition, written outside the public output, carries all of
 * it, and a build within the display period still shows the name.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DOMParser } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositoryRoot } from './build-helpers.ts';

const cliMain = join(repositoryRoot, 'packages/cli/src/main.ts');

/** Texts only a member may read: of the confidential § 21, its report, the attachment, a name. */
const secrets = {
  description: 'Kvartsi-7781 kuuluu salassa pidettävään asiaan',
  decision: 'Väliraportti palautettiin täydennettäväksi',
  amendment: 'osalta yhdessä sote-muutosjohtajan kanssa',
  vote: 'Muutosehdotus voitti äänin 9–5',
  report: 'Elinvoimalinjan maku-valmistelijoita',
  attachment: 'Zeta-4420 lastensuojelun asiakasmäärät kunnittain',
  privateName: 'Maija Meikäläinen',
};
const legalBasis = 'JulkL 24 § 1 mom. 20 k';

function insertAfter(text: string, anchor: string, addition: string): string {
  const at = text.indexOf(anchor);
  if (at < 0) throw new Error(`"${anchor}" puuttuu`);
  return text.slice(0, at + anchor.length) + addition + text.slice(at + anchor.length);
}

async function writeCase(dir: string): Promise<void> {
  const file = join(dir, 'meetings/vate-2018-04.yaml');
  let text = await readFile(file, 'utf8');
  text = insertAfter(
    text,
    '    title: Kasvupalvelujen väliraportti\n',
    `    confidential: "${legalBasis}"\n`,
  );
  text = text.replace(
    'description: >-\n      Väliraportissa esitetään',
    `description: >-\n      ${secrets.description}. Väliraportissa esitetään`,
  );
  text = insertAfter(
    text,
    '    title: Lasten ja perheiden muutosohjelman (LAPE) väliraportti\n',
    `    attachments:\n      - title: Asiakasmäärät\n        text: ${secrets.attachment}.\n        confidential: "JulkL 24 § 1 mom. 25 k"\n`,
  );
  text = text.replace(
    '    decision: Kokouksen asioista tiedotetaan satakunta2019.fi-sivulla.\n',
    `    decision: Kokouksen asioista tiedotetaan satakunta2019.fi-sivulla; tiedotteen kuvat ottaa ${secrets.privateName}.\n    privatePersons:\n      - ${secrets.privateName}\n`,
  );
  text = insertAfter(
    text,
    '      - who: Projektitoimiston sihteeri\n        role: sihteeri\n',
    `      - who: ${secrets.privateName}\n        role: kuultava\n        sections: [22]\n`,
  );
  await writeFile(file, text);
}

function run(cwd: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliMain, ...args], {
      cwd,
      env: { ...process.env, INIT_CWD: cwd },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const normalise = (text: string) => text.replace(/\s+/g, ' ');

function jsonStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(jsonStrings);
  return [];
}

/** iCalendar TEXT unfolded and unescaped (RFC 5545 3.1 and 3.3.11). */
function icsText(text: string): string {
  return text
    .replace(/\r?\n[ \t]/g, '')
    .replace(/\\n/gi, ' ')
    .replace(/\\([,;\\])/g, '$1');
}

/** What a reader of the file gets: parsed text for pages, feeds, data, PDFs and search fragments. */
async function readable(file: string): Promise<string | undefined> {
  const bytes = await readFile(file);
  if (file.includes('/pagefind/fragment/')) return jsonStrings(JSON.parse(gunzip(bytes))).join(' ');
  if (file.endsWith('.html')) {
    const document = new DOMParser().parseFromString(bytes.toString('utf8'), 'text/html');
    const attributes = [...document.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes].map((attribute) => attribute.value),
    );
    return [document.documentElement.textContent ?? '', ...attributes].join(' ');
  }
  if (file.endsWith('.xml')) {
    return (
      new DOMParser().parseFromString(bytes.toString('utf8'), 'text/xml').documentElement.textContent ?? ''
    );
  }
  if (file.endsWith('.ics')) return icsText(bytes.toString('utf8'));
  if (file.endsWith('.json')) return jsonStrings(JSON.parse(bytes.toString('utf8'))).join(' ');
  if (file.endsWith('.pdf')) return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  if (/\.(txt|js|css|svg)$/.test(file)) return bytes.toString('utf8');
  return undefined;
}

function gunzip(bytes: Buffer): string {
  const text = gunzipSync(bytes).toString('utf8');
  // A fragment is JSON after pagefind's own marker.
  return text.slice(text.indexOf('{'));
}

let work: string;
let content: string;
let out: string;
let members: string;
const files = new Map<string, string>();

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'valmistelu-salassa-'));
  content = join(work, 'sisalto');
  await cp(join(repositoryRoot, 'content'), content, { recursive: true });
  await writeCase(content);
  out = join(work, 'dist');
  const build = await run(work, ['build', '--content', content, '--out', out]);
  // The writer is told, once, that the report on the confidential § stays unpublished. (The case
  // edits the meeting's texts, so its example Swedish translation is rightly reported stale.)
  const warnings = build.stderr
    .trim()
    .split('\n')
    .filter((line) => !line.includes('käännös on vanhentunut'));
  expect(warnings).toEqual([
    expect.stringMatching(
      /varoitus: § 21 on salassa pidettävä .*raporttia "kasvupalvelut-valiraportti" ei julkaista/,
    ),
  ]);
  expect(build.code, build.stdout).toBe(0);
  members = join(work, 'jasenet');
  const pack = await run(work, [
    'pack',
    'vate-2018-04',
    '--edition',
    'members',
    '--content',
    content,
    '--out',
    members,
  ]);
  expect(pack.stderr).toBe('');
  expect(pack.code, pack.stdout).toBe(0);
  const entries = await readdir(out, { recursive: true, withFileTypes: true });
  for (const entry of entries.filter((candidate) => candidate.isFile())) {
    const file = join(entry.parentPath, entry.name);
    const text = await readable(file);
    if (text !== undefined) files.set(relative(out, file), normalise(text));
  }
}, 600_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('public outputs of a meeting with a confidential § and attachment', () => {
  it('read every kind of public file', () => {
    const kinds = new Set(
      [...files.keys()].map((file) =>
        file.includes('pagefind/fragment') ? 'pagefind' : file.split('.').at(-1),
      ),
    );
    for (const kind of ['html', 'pdf', 'xml', 'ics', 'json', 'pagefind']) expect(kinds).toContain(kind);
    expect(files.has('pdf/poytakirjat/vate-2018-04.pdf')).toBe(true);
    expect(files.has('pdf/kokoukset/vate-2018-04.pdf')).toBe(true);
  });

  it('carry none of the confidential texts, the report on the § or the expired name', () => {
    const leaks = [...files].flatMap(([file, text]) =>
      Object.entries(secrets)
        .filter(([, secret]) => text.includes(normalise(secret)))
        .map(([name]) => `${file}: ${name}`),
    );
    expect(leaks).toEqual([]);
    expect(files.has('raportit/kasvupalvelut-valiraportti/index.html')).toBe(false);
    expect(files.has('pdf/raportit/kasvupalvelut-valiraportti.pdf')).toBe(false);
  });

  it('show the § number, its title and the legal basis instead', () => {
    for (const file of ['pdf/poytakirjat/vate-2018-04.pdf', 'pdf/kokoukset/vate-2018-04.pdf']) {
      const text = files.get(file) ?? '';
      expect(text, file).toContain('§ 21 Kasvupalvelujen väliraportti');
      expect(text, file).toContain(`Salassa pidettävä (${legalBasis})`);
    }
    const data = files.get('data/meetings.json') ?? '';
    expect(data).toContain(legalBasis);
  });
});

/** The attendance of vate-2018-04 as the built minutes page and meetings.json show it. */
async function publishedAttendance(dir: string) {
  const html = await readFile(join(dir, 'kokoukset/vate-2018-04/poytakirja/index.html'), 'utf8');
  const document = new DOMParser().parseFromString(html, 'text/html');
  const table = [...document.querySelectorAll('main table')].find(
    (candidate) =>
      normalise(candidate.querySelector('caption')?.textContent ?? '').trim() === 'Muut läsnä olleet',
  );
  const pageRows = [...(table?.querySelectorAll('tbody tr') ?? [])].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => normalise(cell.textContent ?? '').trim()),
  );
  const meetings = JSON.parse(await readFile(join(dir, 'data/meetings.json'), 'utf8')) as {
    id: string;
    minutes?: { attendance: { others: { who: string; role: string }[] } };
  }[];
  const data = meetings.find((meeting) => meeting.id === 'vate-2018-04')?.minutes?.attendance.others;
  const pdf = normalise(
    execFileSync('pdftotext', [join(dir, 'pdf/poytakirjat/vate-2018-04.pdf'), '-'], { encoding: 'utf8' }),
  );
  return { pageRows, data, pdf };
}

describe('a private person heard in the meeting', () => {
  it('is a removed name, with the role, after the display period', async () => {
    const { pageRows, data, pdf } = await publishedAttendance(out);
    expect(pageRows).toContainEqual(['[nimi poistettu]', 'kuultava', '§ 22']);
    expect(data).toContainEqual({ who: '[nimi poistettu]', role: 'kuultava', sections: [22] });
    expect(pdf).toContain('[nimi poistettu] kuultava');
    expect(pdf).not.toContain(secrets.privateName);
  });

  it('is named during the display period (kuntalaki 140 §)', async () => {
    const during = join(work, 'nahtavilla');
    const build = await run(work, ['build', '--content', content, '--out', during, '--as-of', '2018-05-10']);
    expect(build.code, build.stderr).toBe(0);
    const { pageRows, data, pdf } = await publishedAttendance(during);
    expect(pageRows).toContainEqual([secrets.privateName, 'kuultava', '§ 22']);
    expect(data).toContainEqual({ who: secrets.privateName, role: 'kuultava', sections: [22] });
    expect(pdf).toContain(`${secrets.privateName} kuultava`);
    expect(pdf).toContain(`tiedotteen kuvat ottaa ${secrets.privateName}`);
  }, 600_000);
});

describe("the members' edition", () => {
  it('is written outside the public output and carries everything', async () => {
    const written = (await readdir(members)).sort();
    expect(written).toEqual([
      'vate-2018-04-kokousaineisto-ei-julkinen.pdf',
      'vate-2018-04-poytakirja-ei-julkinen.pdf',
    ]);
    const pack = normalise(
      execFileSync('pdftotext', [join(members, written[0] ?? ''), '-'], { encoding: 'utf8' }),
    );
    const minutes = normalise(
      execFileSync('pdftotext', [join(members, written[1] ?? ''), '-'], { encoding: 'utf8' }),
    );
    for (const [name, secret] of Object.entries(secrets)) {
      const inEdition = name === 'report' ? pack : minutes;
      expect(inEdition, name).toContain(normalise(secret));
    }
    expect(pack).toContain('EI JULKINEN');
  });

  it('is refused inside the public output folder, before anything is written', async () => {
    const before = (await readdir(out, { recursive: true })).length;
    const result = await run(work, [
      'pack',
      'vate-2018-04',
      '--edition',
      'members',
      '--content',
      content,
      '--out',
      join(out, 'jasenet'),
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^Jäsenten versiota ei kirjoiteta kansioon .+: se on julkisen tuloskansion .+ sisällä/,
    );
    expect((await readdir(out, { recursive: true })).length).toBe(before);
  });
});
