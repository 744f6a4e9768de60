/**
 * The project's MDX components as Sveltia editor components: the writer inserts `<Action>`,
 * `<Note>`, `<GroupRef>` and `<ReportRef>` from the editor's menu and edits their attributes as
 * form fields; and an image (`imageComponent`), in place of Sveltia's own, with its text
 * alternative required. This module runs in the browser too (its types stripped, see `admin-files.ts`),
 * so it imports nothing at run time: what it knows of each component comes in as data.
 *
 * What it writes is MDX the content guard accepts: attributes are literal strings, never `{…}`
 * expressions, and the text inside a component has its braces and angle brackets escaped.
 */
import type { CmsField } from './cms-field.ts';

/** What the browser needs to know of one component: built in Node from `contentComponents`. */
export interface EditorComponentData {
  id: string;
  label: string;
  /** One field per attribute, then `children` for a component that wraps text. */
  fields: CmsField[];
  hasChildren: boolean;
  /** How the preview shows attribute values: ids by name, days in Finnish, states by label. */
  display?: ComponentDisplay;
}

export interface ComponentDisplay {
  /** Attribute → id → the name the site shows for it (a person's name, a group's name). */
  names?: Record<string, Record<string, string>>;
  /** Attribute → value → its Finnish label (an action's state). */
  labels?: Record<string, Record<string, string>>;
  /** Attributes holding days, shown as `31.5.2018`. */
  days?: string[];
  /** Attribute → what the preview writes before its value (`Vastuu`, `Määräpäivä`). */
  captions?: Record<string, string>;
  /** The attribute that heads the preview, as a note's title does on the site. */
  heading?: string;
}

/** `YYYY-MM-DD` as the site writes it: the domain's `formatFinnishDate`, passed in by the start script. */
export type DayFormatter = (day: string) => string;

/** The shape Sveltia's `CMS.registerEditorComponent` takes. */
export interface EditorComponentDefinition {
  id: string;
  label: string;
  icon?: string;
  fields: CmsField[];
  pattern: RegExp;
  fromBlock: (match: RegExpMatchArray) => Record<string, string>;
  toBlock: (values: Record<string, unknown>) => string;
  toPreview: (values: Record<string, unknown>) => string;
}

export const childrenField = 'children';

const attributePattern = /([A-Za-z][\w-]*)=(?:"([^"]*)"|'([^']*)')/g;

/** A literal JSX attribute; a value holding both quote kinds gets typographic double quotes. */
export function formatAttribute(name: string, value: string): string {
  if (!value.includes('"')) return `${name}="${value}"`;
  if (!value.includes("'")) return `${name}='${value}'`;
  return `${name}="${value.replaceAll('"', '”')}"`;
}

export function parseAttributes(source: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const match of source.matchAll(attributePattern)) {
    const [, name = '', double, single] = match;
    values[name] = double ?? single ?? '';
  }
  return values;
}

/** Text inside a component: MDX would read `{` as code and `<` as a tag, so both are escaped. */
export function escapeChildren(text: string): string {
  return text.replace(/\\?([{}<])/g, (_match, char: string) => `\\${char}`);
}

export function unescapeChildren(text: string): string {
  return text.replace(/\\([{}<])/g, '$1');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

function stringValue(value: unknown): string {
  return typeof value === 'string'
    ? value.trim()
    : value === undefined || value === null
      ? ''
      : String(value);
}

function shownValue(display: ComponentDisplay, formatDay: DayFormatter, name: string, value: string): string {
  if (display.days?.includes(name) && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDay(value);
  return display.names?.[name]?.[value] ?? display.labels?.[name]?.[value] ?? value;
}

export function editorComponent(
  data: EditorComponentData,
  formatDay: DayFormatter = (day) => day,
): EditorComponentDefinition {
  const display = data.display ?? {};
  const attributeNames = data.fields.map((field) => field.name).filter((name) => name !== childrenField);
  const opening = `<${data.id}((?:\\s+[A-Za-z][\\w-]*=(?:"[^"]*"|'[^']*'))*)\\s*`;
  // A block component for Sveltia (`[\s\S]`, the `m` flag): it matches the lines from where the
  // component starts, and in the preview anywhere in the body, so `^` and `$` are line bounds.
  const pattern = data.hasChildren
    ? new RegExp(`^${opening}>\\n?([\\s\\S]*?)\\n?</${data.id}>$`, 'm')
    : new RegExp(`${opening}/>`);
  const attributes = (values: Record<string, unknown>) =>
    attributeNames
      .map((name) => [name, stringValue(values[name])] as const)
      .filter(([, value]) => value !== '')
      .map(([name, value]) => ` ${formatAttribute(name, value)}`)
      .join('');
  return {
    id: data.id,
    label: data.label,
    fields: data.fields,
    pattern,
    fromBlock(match) {
      const values = parseAttributes(match[1] ?? '');
      if (data.hasChildren) values[childrenField] = unescapeChildren((match[2] ?? '').trim());
      return values;
    },
    toBlock(values) {
      if (!data.hasChildren) return `<${data.id}${attributes(values)} />`;
      const children = escapeChildren(stringValue(values[childrenField]));
      return `<${data.id}${attributes(values)}>\n${children}\n</${data.id}>`;
    },
    toPreview(values) {
      const shownOf = (name: string) => {
        const value = stringValue(values[name]);
        if (!value) return '';
        const text = escapeHtml(shownValue(display, formatDay, name, value));
        const caption = display.captions?.[name];
        return caption ? `${escapeHtml(caption)} ${text}` : text;
      };
      const shown = attributeNames
        .filter((name) => name !== display.heading)
        .map(shownOf)
        .filter(Boolean);
      if (!data.hasChildren) return `<a href="#">${shown.join(' ') || escapeHtml(data.label)}</a>`;
      // The site's markup (`mdx-component-handlers.ts`), which the site's stylesheet in the preview
      // draws as on the page: a note headed by its title, an action with its facts below.
      const text = `<p>${escapeHtml(stringValue(values[childrenField]))}</p>`;
      const className = data.id.toLowerCase();
      const heading = display.heading ? shownOf(display.heading) : '';
      const title = heading ? `<p class="${className}-title"><strong>${heading}</strong></p>` : '';
      const details = shown.length ? `<p class="${className}-meta">${shown.join(' · ')}</p>` : '';
      const state = stringValue(values.state);
      return `<div class="${className}" role="note"${state ? ` data-state="${escapeHtml(state)}"` : ''}>${title}${text}${details}</div>`;
    },
  };
}

/**
 * Sveltia's own pattern for a Markdown image (its built-in `image` component), so that the
 * images already in a body open in this component.
 */
const imagePattern =
  /!\[(?<alt>(?:[^\]\\]|\\.)*)\]\((?<src>(?:[^"()\\]|\\.|\([^)]*\)|"[^"]*")*?)(?:\s+"(?<title>(?:[^"\\]|\\.)*)")?\)/;

/** Shown in the preview of an image without a text alternative. */
export const missingAltText =
  'Kuvalta puuttuu tekstivastine. Kirjoita se kenttään Tekstivastine: ilman sitä uutinen tai raportti ei läpäise tarkistusta.';

/** Text in an image's brackets: MDX reads `{` as code and `<` as a tag, Markdown `[` `]` as a link. */
function escapeAlt(text: string): string {
  return text.replace(/\\?([{}<[\]])/g, (_match, char: string) => `\\${char}`);
}

/**
 * An image as Markdown, `![text alternative](address "caption")`: the same Markdown Sveltia's
 * own image component writes, but the text alternative is a required field (the site and the PDFs
 * need one, and `valmistelu check` refuses an image without). Registered under Sveltia's own id,
 * `image`, it takes that component's place in the editor.
 */
export function imageComponent(
  data: Omit<EditorComponentData, 'id' | 'hasChildren'>,
): EditorComponentDefinition {
  return {
    id: 'image',
    label: data.label,
    icon: 'image',
    fields: data.fields,
    pattern: imagePattern,
    fromBlock(match) {
      const { alt = '', src = '', title = '' } = match.groups ?? {};
      return {
        src: src.trim().replace(/^<(.*)>$/, '$1'),
        alt: alt.replace(/\\(.)/g, '$1'),
        title: title.replace(/\\(.)/g, '$1'),
      };
    },
    toBlock(values) {
      const src = stringValue(values.src);
      if (!src) return '';
      // An address with spaces or brackets goes between < and > (CommonMark).
      const address = /[\s()<>]/.test(src) ? `<${src}>` : src;
      const title = stringValue(values.title).replaceAll('"', '”');
      return `![${escapeAlt(stringValue(values.alt))}](${address}${title ? ` "${title}"` : ''})`;
    },
    toPreview(values) {
      const alt = stringValue(values.alt);
      const image = `<img src="${escapeHtml(stringValue(values.src))}" alt="${escapeHtml(alt)}" style="max-width: 100%">`;
      // Sveltia saves a component whatever its required fields hold: the preview says what is missing.
      return alt ? image : `<p><strong>${missingAltText}</strong></p>${image}`;
    },
  };
}
