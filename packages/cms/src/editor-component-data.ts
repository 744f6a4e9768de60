/**
 * The browser editor's description of each content component, from `contentComponents`: an
 * attribute with listed values is a select, a reference a relation field over the collection it
 * names, a day a date picker, anything else a line of text.
 */
import { actionStateLabels, collectionLabels } from '@valmistelu/domain/labels';
import type { Content } from '@valmistelu/domain/schema';
import { type ComponentSpec, contentComponents } from '@valmistelu/markdown/components';
import type { CmsField } from './cms-field.ts';
import { type ComponentDisplay, childrenField, type EditorComponentData } from './editor-components.ts';
import { enumOptions } from './enum-options.ts';
import { dayFormat, labelOf, type RelationTargets } from './schema-fields.ts';

/**
 * What the component specs do not say: which collection an id attribute refers to and which
 * attributes hold days. A test fails when a component gains an id attribute missing here.
 */
export const attributeKinds: Readonly<Record<string, { references?: string; date?: true }>> = {
  'Action.owner': { references: 'people' },
  'Action.due': { date: true },
  'GroupRef.id': { references: 'groups' },
  'ReportRef.id': { references: 'reports' },
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function attributeField(
  component: string,
  name: string,
  spec: ComponentSpec['attributes'][string],
  targets: RelationTargets,
): CmsField {
  const kind = attributeKinds[`${component}.${name}`];
  const referenced = kind?.references as keyof typeof collectionLabels | undefined;
  const base = {
    name,
    // `id` says little in a form: a reference is labelled with what it points to.
    label: referenced && name === 'id' ? capitalise(collectionLabels[referenced]) : labelOf(name),
    ...(spec.required ? {} : { required: false }),
    ...(spec.hint && { hint: spec.hint }),
  };
  const target = kind?.references ? targets[kind.references] : undefined;
  if (target) return { ...base, widget: 'relation', ...target, dropdown_threshold: 0 };
  if (kind?.date) return { ...base, widget: 'datetime', type: 'date', format: dayFormat };
  if (spec.values) return { ...base, widget: 'select', options: enumOptions(spec.values) };
  return {
    ...base,
    widget: 'string',
    ...(spec.pattern && {
      pattern: [spec.pattern.source, spec.hint ?? 'tarkista muoto'] as [string, string],
    }),
  };
}

/** The site's captions of an action's facts (`mdx-component-handlers.ts`), and the note's title. */
const previewCaptions: Readonly<Record<string, Pick<ComponentDisplay, 'captions' | 'heading'>>> = {
  Action: { captions: { owner: 'Vastuu:', due: 'Tavoite:', state: 'Tila:' } },
  Note: { heading: 'title' },
};

/** Names the site shows for the ids an attribute may hold, from the content as loaded. */
function namesOf(collection: string, content: Content): Record<string, string> {
  const named: readonly { id: string; name?: string; title?: string }[] =
    collection === 'people'
      ? content.people
      : collection === 'groups'
        ? content.groups
        : collection === 'reports'
          ? content.reports
          : [];
  return Object.fromEntries(named.map((item) => [item.id, item.name ?? item.title ?? item.id]));
}

function displayOf(component: string, spec: ComponentSpec, content: Content | undefined): ComponentDisplay {
  const names: Record<string, Record<string, string>> = {};
  const days: string[] = [];
  for (const name of Object.keys(spec.attributes)) {
    const kind = attributeKinds[`${component}.${name}`];
    if (kind?.references && content) names[name] = namesOf(kind.references, content);
    if (kind?.date) days.push(name);
  }
  return {
    names,
    days,
    ...(component === 'Action' && { labels: { state: { ...actionStateLabels } } }),
    ...previewCaptions[component],
  };
}

export function editorComponentData(targets: RelationTargets, content?: Content): EditorComponentData[] {
  return Object.entries(contentComponents as Record<string, ComponentSpec>).map(([id, spec]) => ({
    id,
    label: capitalise(spec.description),
    hasChildren: spec.hasChildren,
    display: displayOf(id, spec, content),
    fields: [
      ...Object.entries(spec.attributes).map(([name, attribute]) =>
        attributeField(id, name, attribute, targets),
      ),
      ...(spec.hasChildren ? [{ name: childrenField, label: 'Teksti', widget: 'text' as const }] : []),
    ],
  }));
}

/**
 * The image component's form (`imageComponent`): a PNG or JPEG file from the writer's computer,
 * no web address (the site and the PDFs show only files in the content folder), and a text
 * alternative that the form requires.
 */
export const imageComponentData: Omit<EditorComponentData, 'id' | 'hasChildren'> = {
  label: 'Kuva',
  fields: [
    {
      name: 'src',
      label: 'Kuvatiedosto',
      widget: 'image',
      accept: 'image/png,image/jpeg',
      choose_url: false,
      hint: 'PNG- tai JPEG-kuva, enintään 10 Mt.',
    },
    {
      name: 'alt',
      label: 'Tekstivastine',
      widget: 'string',
      hint: 'Mitä kuvassa on, lyhyesti: ruudunlukija lukee tämän kuvan paikalla, ja se näkyy, jos kuva ei lataudu.',
    },
    {
      name: 'title',
      label: 'Kuvateksti',
      widget: 'string',
      required: false,
      hint: 'Näkyy PDF-tiedostossa kuvan alla.',
    },
  ],
};
