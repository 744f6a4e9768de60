import { describe, expect, it } from 'vitest';
import { bodiesUnder, flattenTree, organisationTree } from '../src/org-tree.ts';
import { makeContent, makeGroup } from './make-content.ts';

describe('organisationTree', () => {
  it('nests lines under their body, groups under lines and sub-groups under groups', () => {
    const content = makeContent({
      groups: [
        makeGroup({ id: 'alue', name: 'Aluekehitys' }),
        makeGroup({ id: 'rr', name: 'Rakennerahastot', parent: 'alue' }),
      ],
    });
    content.bodies.push({
      id: 'ohry',
      name: 'Ohjausryhmä',
      kind: 'political',
      composition: [],
      members: [],
      appealInstructions: [],
    });
    const tree = organisationTree(content);
    expect(tree.map((node) => node.id)).toEqual(['vate', 'ohry']);
    const [vate] = tree;
    expect(vate?.detail).toBe('15 jäsentä');
    expect(vate?.children[0]).toMatchObject({
      kind: 'line',
      label: 'TL1 Sote',
      detail: 'Muutosjohtaja Terttu Nordman',
    });
    expect(vate?.children[0]?.children.map((node) => node.id)).toEqual(['alue']);
    expect(vate?.children[0]?.children[0]?.children.map((node) => node.id)).toEqual(['rr']);
    expect(flattenTree(tree).map((node) => node.id)).toEqual(['vate', 'tl1', 'alue', 'rr', 'ohry']);
  });

  it('says the change director and a composition in the words it is given', () => {
    const content = makeContent();
    content.bodies = content.bodies.map((body) => ({ ...body, composition: [{ count: 15 }, { count: 2 }] }));
    const [vate] = organisationTree(content, {
      changeDirector: (name) => `Förändringsdirektör ${name}`,
      members: (counts) => `${counts} medlemmar`,
    });
    expect(vate?.detail).toBe('15 + 2 medlemmar');
    expect(vate?.children[0]?.detail).toBe('Förändringsdirektör Terttu Nordman');
  });
});

describe('bodiesUnder', () => {
  const body = (id: string, parent?: string) => ({
    id,
    name: id,
    kind: 'office' as const,
    composition: [],
    members: [],
    appealInstructions: [],
    ...(parent && { parent }),
  });

  it('lists the body and every body below it, the body first, and none beside or above it', () => {
    const content = makeContent();
    content.bodies = [
      body('ohry'),
      body('vate', 'ohry'),
      body('toimisto', 'vate'),
      body('tiimi', 'toimisto'),
      body('yt-elin'),
    ];
    expect(bodiesUnder(content, 'vate')).toEqual(['vate', 'toimisto', 'tiimi']);
    expect(bodiesUnder(content, 'yt-elin')).toEqual(['yt-elin']);
  });

  it('stops at a cycle in parent instead of looping', () => {
    const content = makeContent();
    content.bodies = [body('a', 'b'), body('b', 'a')];
    expect(bodiesUnder(content, 'a')).toEqual(['a', 'b']);
  });
});
