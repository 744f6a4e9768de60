/**
 * Synthetic content at k times the organisation: k copies of every person, line, group, report,
 * meeting and news item, each copy's ids suffixed (`lape-k7`) and every reference remapped to the
 * same copy. Bodies, timelines, channels, the site and the report template stay single, so copy 0
 * keeps the original ids and everything single still points at it. Pure: files in, files out.
 */
import { translationFileOf } from '@valmistelu/content';
import { collectionLayouts } from '@valmistelu/content/collections';
import type {
  CollectionName,
  groupSchema,
  lineSchema,
  meetingFrontmatterSchema,
  newsFrontmatterSchema,
  personSchema,
  reportFrontmatterSchema,
} from '@valmistelu/domain/schema';
import { parse, stringify } from 'yaml';
import type { z } from 'zod';
import { type Random, randomFor, randomInt, shuffled } from './prng.ts';
import { remapMdxReferences } from './remap-mdx-references.ts';
import { shuffleParagraphs } from './shuffle-paragraphs.ts';

/** A content folder as text: POSIX path relative to the folder → file contents. */
export type ContentFiles = ReadonlyMap<string, string>;

export interface GenerateOptions {
  /** How many copies of the organisation; 1 is the default content with seeded variation. */
  scale: number;
  seed: number;
}

type Person = z.input<typeof personSchema>;
type Line = z.input<typeof lineSchema>;
type Group = z.input<typeof groupSchema>;
type Report = z.input<typeof reportFrontmatterSchema>;
type Meeting = z.input<typeof meetingFrontmatterSchema>;
type News = z.input<typeof newsFrontmatterSchema>;

/** A list collection's file, from the loader's own layout. */
function listFile(name: CollectionName): string {
  const layout = collectionLayouts[name];
  if (layout.kind !== 'list') throw new Error(`${name} is not a list collection`);
  return layout.file;
}

/** A folder collection's folder and extension, from the loader's own layout. */
function folderOf(name: CollectionName): { folder: string; extension: string } {
  const layout = collectionLayouts[name];
  if (layout.kind !== 'folder') throw new Error(`${name} is not a folder collection`);
  return { folder: `${layout.folder}/`, extension: layout.extension };
}

/** The collections that are copied. */
const lists = { people: listFile('people'), lines: listFile('lines') } as const;
const folders = {
  groups: folderOf('groups'),
  reports: folderOf('reports'),
  meetings: folderOf('meetings'),
  news: folderOf('news'),
} as const;
type Referable = 'people' | 'lines' | 'groups' | 'reports';

/** The id of an item in copy `copy`: copy 0 keeps the original. */
export function copyId(id: string, copy: number): string {
  return copy === 0 ? id : `${id}-k${copy}`;
}

const copyLabel = (text: string, copy: number) => (copy === 0 ? text : `${text} (k${copy})`);

const yamlOptions = { lineWidth: 100 } as const;
const toYaml = (value: unknown) => stringify(value, yamlOptions);

interface FolderItem {
  id: string;
  /** The path of the item's file without the id and extension, e.g. `reports/`. */
  folder: string;
  extension: string;
  data: Record<string, unknown>;
  body?: string;
}

function splitMdx(text: string): { frontmatter: string; body: string } {
  const lines = text.split('\n');
  const close = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (lines[0]?.trim() !== '---' || close === -1) return { frontmatter: '', body: text };
  return { frontmatter: lines.slice(1, close).join('\n'), body: lines.slice(close + 1).join('\n') };
}

function folderItems(files: ContentFiles, folder: string, extension: string): FolderItem[] {
  return (
    [...files.keys()]
      // A translation (`x.sv.mdx`) is not an item of its own.
      .filter((path) => path.startsWith(folder) && path.endsWith(extension) && !translationFileOf(path))
      .sort()
      .map((path) => {
        const name = path.slice(path.lastIndexOf('/') + 1, -extension.length);
        const text = files.get(path) ?? '';
        const prefix = path.slice(0, path.length - name.length - extension.length);
        if (extension === '.mdx') {
          const { frontmatter, body } = splitMdx(text);
          return { id: name, folder: prefix, extension, data: parse(frontmatter) ?? {}, body };
        }
        return { id: name, folder: prefix, extension, data: parse(text) ?? {} };
      })
  );
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Remaps one copy's references; ids the copied collections do not hold (bodies…) are kept. */
function referencesFor(known: Record<Referable, ReadonlySet<string>>, copy: number) {
  const ref = (collection: Referable, id: string) => (known[collection].has(id) ? copyId(id, copy) : id);
  const optional = (collection: Referable, id: string | undefined) =>
    id === undefined ? undefined : ref(collection, id);
  return { ref, optional };
}

/** Drops keys whose value is undefined, so YAML never gets `key: null` for an absent field. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

function copyPerson(person: Person, copy: number): Person {
  return defined({
    ...person,
    id: copyId(person.id, copy),
    name: copyLabel(person.name, copy),
    email: person.email && copy > 0 ? person.email.replace('@', `.k${copy}@`) : person.email,
  });
}

function copyLine(line: Line, copy: number, refs: ReturnType<typeof referencesFor>, stride: number): Line {
  const base = { ...line, id: copyId(line.id, copy), shortName: copyLabel(line.shortName, copy) };
  if (line.kind === 'cross-cutting') return { ...base, kind: 'cross-cutting' };
  return {
    ...base,
    kind: 'line',
    number: line.number + copy * stride,
    changeDirector: refs.ref('people', line.changeDirector),
  };
}

function copyGroup(group: Group, copy: number, refs: ReturnType<typeof referencesFor>): Group {
  return defined({
    ...group,
    name: copyLabel(group.name, copy),
    line: refs.ref('lines', group.line),
    parent: refs.optional('groups', group.parent),
    responsible: refs.optional('people', group.responsible),
    chair: refs.optional('people', group.chair),
    members: group.members?.map((member) => ({ ...member, person: refs.ref('people', member.person) })),
    actions: group.actions?.map((action) =>
      defined({ ...action, owner: refs.optional('people', action.owner) }),
    ),
  });
}

function copyReport(report: Report, copy: number, refs: ReturnType<typeof referencesFor>): Report {
  return defined({
    ...report,
    title: copyLabel(report.title, copy),
    group: refs.ref('groups', report.group),
    author: refs.optional('people', report.author),
    answers: refs.optional('reports', report.answers),
  });
}

function copyMeeting(meeting: Meeting, refs: ReturnType<typeof referencesFor>): Meeting {
  return defined({
    ...meeting,
    chair: refs.optional('people', meeting.chair),
    secretary: refs.optional('people', meeting.secretary),
    agenda: meeting.agenda.map((item) =>
      defined({
        ...item,
        reports: item.reports?.map((id) => refs.ref('reports', id)),
        presenter: refs.optional('people', item.presenter),
      }),
    ),
  });
}

/** The seeded variation: news dates move back up to four weeks, tags and paragraphs reorder. */
function copyNews(news: News, copy: number, refs: ReturnType<typeof referencesFor>, random: Random): News {
  return defined({
    ...news,
    title: copyLabel(news.title, copy),
    date: addDays(news.date, -randomInt(random, 0, 28)),
    tags: news.tags && shuffled(random, news.tags),
    author: refs.optional('people', news.author),
  });
}

const frontmatterFile = (data: unknown, body: string) => `---\n${toYaml(data)}---\n${body}`;

/** k copies of the organisation in `source`; the same source, scale and seed give the same bytes. */
export function generateContent(source: ContentFiles, { scale, seed }: GenerateOptions): Map<string, string> {
  if (!Number.isInteger(scale) || scale < 1)
    throw new RangeError(`scale must be a positive integer, got ${scale}`);
  const people = (parse(source.get(lists.people) ?? '') ?? []) as Person[];
  const lines = (parse(source.get(lists.lines) ?? '') ?? []) as Line[];
  const items = Object.fromEntries(
    Object.entries(folders).map(([name, { folder, extension }]) => [
      name,
      folderItems(source, folder, extension),
    ]),
  ) as Record<keyof typeof folders, FolderItem[]>;
  const known: Record<Referable, ReadonlySet<string>> = {
    people: new Set(people.map((person) => person.id)),
    lines: new Set(lines.map((line) => line.id)),
    groups: new Set(items.groups.map((item) => item.id)),
    reports: new Set(items.reports.map((item) => item.id)),
  };
  const stride = Math.max(0, ...lines.map((line) => (line.kind === 'line' ? line.number : 0)));

  const copied = new Set<string>([...Object.values(lists)]);
  for (const list of Object.values(items)) {
    for (const item of list) copied.add(`${item.folder}${item.id}${item.extension}`);
  }
  const output = new Map<string, string>();
  for (const [path, text] of [...source].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    // Translations of copied items are left out: the copies reword their originals' text.
    const translated = translationFileOf(path);
    if (!copied.has(path) && !(translated && copied.has(translated.original))) output.set(path, text);
  }

  const copies = Array.from({ length: scale }, (_, copy) => copy);
  const allPeople = copies.flatMap((copy) => people.map((person) => copyPerson(person, copy)));
  const allLines = copies.flatMap((copy) =>
    lines.map((line) => copyLine(line, copy, referencesFor(known, copy), stride)),
  );
  if (source.has(lists.people)) output.set(lists.people, toYaml(allPeople));
  if (source.has(lists.lines)) output.set(lists.lines, toYaml(allLines));

  for (const copy of copies) {
    const refs = referencesFor(known, copy);
    const remapBody = (body: string) =>
      remapMdxReferences(body, {
        group: (id) => refs.ref('groups', id),
        report: (id) => refs.ref('reports', id),
        person: (id) => refs.ref('people', id),
      });
    const path = (item: FolderItem) => `${item.folder}${copyId(item.id, copy)}${item.extension}`;
    for (const item of items.groups)
      output.set(path(item), toYaml(copyGroup(item.data as Group, copy, refs)));
    for (const item of items.meetings) {
      output.set(path(item), toYaml(copyMeeting(item.data as Meeting, refs)));
    }
    for (const item of items.reports) {
      const data = copyReport(item.data as Report, copy, refs);
      output.set(path(item), frontmatterFile(data, remapBody(item.body ?? '')));
    }
    for (const item of items.news) {
      const random = randomFor(seed, `news/${item.id}/${copy}`);
      const data = copyNews(item.data as News, copy, refs, random);
      output.set(path(item), frontmatterFile(data, shuffleParagraphs(remapBody(item.body ?? ''), random)));
    }
  }
  return new Map([...output].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
