/**
 * Every content component as the browser editor writes it, read back by the project's own MDX
 * parser and content guard: no messages, the right attributes, the text inside intact. The same
 * module is served to the browser with its types stripped; that copy is tested too.
 */

import { collectionLayouts } from '@valmistelu/content/collections';
import { contentComponents } from '@valmistelu/markdown/components';
import { parseMdx } from '@valmistelu/markdown/parse';
import { DOMParser } from 'linkedom';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { adminFiles } from '../src/admin-files.ts';
import { relationTargets } from '../src/cms-config.ts';
import { attributeKinds, editorComponentData, imageComponentData } from '../src/editor-component-data.ts';
import {
  type EditorComponentDefinition,
  editorComponent,
  imageComponent,
  missingAltText,
} from '../src/editor-components.ts';

const data = editorComponentData(relationTargets(collectionLayouts));

function definition(id: string): EditorComponentDefinition {
  const found = data.find((component) => component.id === id);
  if (!found) throw new Error(`no component ${id}`);
  return editorComponent(found);
}

type Element = MdxJsxFlowElement | MdxJsxTextElement;

function parsedElements(source: string): { elements: Element[]; messages: string[]; text: string } {
  const { tree, messages } = parseMdx(source);
  const elements: Element[] = [];
  const texts: string[] = [];
  if (tree) {
    visit(tree, (node) => {
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') elements.push(node);
      if (node.type === 'text') texts.push(node.value);
    });
  }
  return { elements, messages: messages.map((message) => message.message), text: texts.join('') };
}

function attributesOf(element: Element): Record<string, unknown> {
  return Object.fromEntries(
    element.attributes.map((attribute) => [
      attribute.type === 'mdxJsxAttribute' ? attribute.name : '',
      attribute.value,
    ]),
  );
}

const samples: Record<string, Record<string, string>> = {
  Action: {
    owner: 'terttu-nordman',
    due: '2018-10-31',
    state: 'in-progress',
    children: 'Palvelumallin kuvaus.',
  },
  Note: { title: 'Huomaa', children: 'Tärkeä asia.' },
  GroupRef: { id: 'lape' },
  ReportRef: { id: 'lape-valiraportti' },
};

describe('editor components', () => {
  test('there is one for every content component, with a field per attribute', () => {
    expect(data.map((component) => component.id).sort()).toEqual(Object.keys(contentComponents).sort());
    for (const component of data) {
      const spec = contentComponents[component.id as keyof typeof contentComponents];
      const names = component.fields.map((field) => field.name).filter((name) => name !== 'children');
      expect(names).toEqual(Object.keys(spec.attributes));
    }
  });

  test('an attribute that holds an id or a day has a relation field or a date picker', () => {
    for (const [component, spec] of Object.entries(contentComponents)) {
      for (const [name, attribute] of Object.entries(spec.attributes)) {
        if ('pattern' in attribute || 'problem' in attribute)
          expect(attributeKinds[`${component}.${name}`]).toBeDefined();
      }
    }
    const owner = definition('Action').fields.find((field) => field.name === 'owner');
    expect(owner).toMatchObject({ widget: 'relation', collection: 'people' });
    expect(definition('GroupRef').fields[0]).toMatchObject({
      widget: 'relation',
      collection: 'groups',
      label: 'Valmisteluryhmä',
    });
    expect(definition('ReportRef').fields[0]).toMatchObject({ widget: 'relation', collection: 'reports' });
    expect(definition('Action').fields.find((field) => field.name === 'due')).toMatchObject({
      widget: 'datetime',
      format: 'YYYY-MM-DD',
    });
  });

  test.each(Object.entries(samples))(
    '%s is written as MDX the guard accepts, and read back',
    (id, values) => {
      const component = definition(id);
      const block = component.toBlock(values);
      const source =
        component.pattern.flags.includes('m') || /\[\\s\\S\]/.test(component.pattern.source)
          ? `Ennen.\n\n${block}\n\nJälkeen.\n`
          : `Katso ${block} tarkemmin.\n`;
      const { elements, messages, text } = parsedElements(source);
      expect(messages).toEqual([]);
      expect(elements).toHaveLength(1);
      const { children, ...attributes } = values;
      expect(elements[0]?.name).toBe(id);
      expect(attributesOf(elements[0] as Element)).toEqual(attributes);
      if (children) expect(text).toContain(children);
      const match = block.match(component.pattern);
      expect(match).not.toBeNull();
      expect(component.fromBlock(match as RegExpMatchArray)).toEqual(values);
    },
  );

  test('empty attributes are left out', () => {
    expect(definition('Action').toBlock({ owner: '', state: 'done', children: 'Tehty.' })).toBe(
      '<Action state="done">\nTehty.\n</Action>',
    );
  });

  test('braces and angle brackets in the text stay text, quotes in an attribute stay inside it', () => {
    const note = definition('Note');
    const values = { title: 'Niin sanottu "malli" ja {x}', children: 'Arvo {a} < 5 ja <b>' };
    const block = note.toBlock(values);
    const { elements, messages, text } = parsedElements(`${block}\n`);
    expect(messages).toEqual([]);
    expect(attributesOf(elements[0] as Element)).toEqual({ title: values.title });
    expect(text).toBe(values.children);
    expect(note.fromBlock(block.match(note.pattern) as RegExpMatchArray)).toEqual(values);
  });

  test('the copy served to the browser behaves the same', async () => {
    const files = await adminFiles({ backend: { name: 'test-repo' } });
    const source = String(files.get('editor-components.js'));
    const served = (await import(`data:text/javascript,${encodeURIComponent(source)}`)) as {
      editorComponent: typeof editorComponent;
      imageComponent: typeof imageComponent;
    };
    for (const component of data) {
      const values = samples[component.id] ?? {};
      expect(served.editorComponent(component).toBlock(values)).toBe(
        editorComponent(component).toBlock(values),
      );
    }
    const values = { src: 'kuvat/a b.png', alt: 'Kaavio', title: '' };
    expect(served.imageComponent(imageComponentData).toBlock(values)).toBe(image.toBlock(values));
  });
});

const image = imageComponent(imageComponentData);

/** The one image of an MDX body, as the project's parser reads it. */
function parsedImage(source: string) {
  const { tree, messages } = parseMdx(source);
  const images: { url: string; alt: string | null | undefined; title: string | null | undefined }[] = [];
  if (tree)
    visit(tree, 'image', (node) => void images.push({ url: node.url, alt: node.alt, title: node.title }));
  return { images, messages: messages.map((message) => message.message) };
}

describe('editor components in an existing body', () => {
  const body = [
    '## 2. Työsuunnitelma',
    '',
    'Teksti ennen.',
    '',
    '<Action owner="timo-vesiluoma" due="2018-05-31" state="in-progress">',
    'Yhdyspintatyöryhmän perustamisen valmistelu.',
    '</Action>',
    '',
    '<Note title="Kunnat">',
    'Kuntien elinkeinotoimi ei siirry.',
    '</Note>',
    '',
    'Teksti jälkeen.',
  ].join('\n');

  test('a block component is found where it starts, not only as the whole body', () => {
    for (const id of ['Action', 'Note']) {
      const { pattern } = definition(id);
      const lines = body.split('\n');
      const start = lines.findIndex((line) => line.startsWith(`<${id} `));
      // Sveltia's import tries the lines from the component's first line to the end of the body.
      const match = lines.slice(start).join('\n').match(pattern);
      expect(match?.index).toBe(0);
      expect(match?.[0].endsWith(`</${id}>`)).toBe(true);
      // Its preview finds every one of them in the whole body.
      expect([...body.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))]).toHaveLength(1);
    }
  });

  test('previews like the site: the note’s title, the owner by name, the day in Finnish', () => {
    const people = [{ id: 'timo-vesiluoma', name: 'Timo Vesiluoma' }];
    const content = { people, groups: [], reports: [] } as unknown as Parameters<
      typeof editorComponentData
    >[1];
    const withNames = editorComponentData(relationTargets(collectionLayouts), content);
    const component = (id: string) => {
      const found = withNames.find((candidate) => candidate.id === id);
      if (!found) throw new Error(`no component ${id}`);
      return editorComponent(found, (day) => day.split('-').reverse().map(Number).join('.'));
    };
    const action = component('Action');
    const actionValues = action.fromBlock(body.match(action.pattern) as RegExpMatchArray);
    const preview = new DOMParser().parseFromString(action.toPreview(actionValues), 'text/html');
    expect(preview.documentElement.textContent).toContain(
      'Vastuu: Timo Vesiluoma · Tavoite: 31.5.2018 · Tila: Käynnissä',
    );
    const note = component('Note');
    const noteValues = note.fromBlock(body.match(note.pattern) as RegExpMatchArray);
    const notePreview = new DOMParser().parseFromString(note.toPreview(noteValues), 'text/html');
    expect(notePreview.querySelector('strong')?.textContent).toBe('Kunnat');
  });
});

describe('image component', () => {
  test('asks for a PNG or JPEG file, not a web address, and requires its text alternative', () => {
    expect(image.id).toBe('image');
    const [src, alt, title] = image.fields;
    expect(src).toMatchObject({
      name: 'src',
      widget: 'image',
      accept: 'image/png,image/jpeg',
      choose_url: false,
    });
    expect(alt).toMatchObject({ name: 'alt', widget: 'string' });
    expect(alt?.required).toBeUndefined();
    expect(title).toMatchObject({ name: 'title', required: false });
  });

  test.each([
    { src: 'kuvat/kaavio.png', alt: 'Kaavio palveluverkosta', title: 'Kuva 1. Palveluverkko' },
    { src: 'kuvat/kuva 1.png', alt: 'Arvo {a} < 5 ja [huom]', title: '' },
    { src: '/kuvat/logo.jpg', alt: 'Logo', title: 'Niin sanottu "logo"' },
  ])('writes $src as Markdown the parser reads back, and reads it again', (values) => {
    const block = image.toBlock(values);
    const { images, messages } = parsedImage(`Teksti.\n\n${block}\n`);
    expect(messages).toEqual([]);
    expect(images).toEqual([
      { url: values.src, alt: values.alt, title: values.title ? values.title.replaceAll('"', '”') : null },
    ]);
    const match = block.match(image.pattern);
    expect(match).not.toBeNull();
    expect(image.fromBlock(match as RegExpMatchArray)).toEqual({
      ...values,
      title: values.title.replaceAll('"', '”'),
    });
  });

  test('its preview says when the text alternative is missing, which Sveltia does not check on save', () => {
    expect(image.toPreview({ src: 'kuvat/a.png', alt: '' })).toContain(missingAltText);
    expect(image.toPreview({ src: 'kuvat/a.png', alt: 'Kaavio' })).not.toContain(missingAltText);
  });

  test('reads an image Sveltia’s own component wrote', () => {
    const match = '![Kaavio](kuvat/kaavio.png "Kuva 1")'.match(image.pattern);
    expect(image.fromBlock(match as RegExpMatchArray)).toEqual({
      src: 'kuvat/kaavio.png',
      alt: 'Kaavio',
      title: 'Kuva 1',
    });
  });
});
