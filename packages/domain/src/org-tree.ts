/**
 * The organisation as a tree: bodies, the lines under the body they report to, groups under
 * their line, sub-groups under their group. Charts and nested lists are drawn from this one tree.
 */
import { formatComposition } from './format.ts';
import type { ContentModel } from './schema.ts';

export type OrgNodeKind = 'body' | 'line' | 'cross-cutting' | 'group';

export interface OrgNode {
  kind: OrgNodeKind;
  id: string;
  label: string;
  /** Second line of the box: composition, change director or responsible preparer. */
  detail?: string;
  children: OrgNode[];
}

/** The words the tree adds to the content's texts, in the language of the chart. */
export interface OrgTreeWords {
  /** A line's detail: "Muutosjohtaja N.N.". */
  changeDirector(name: string): string;
  /** A composition without roles: "9 + 2 jäsentä" (`formatComposition`). */
  members?(counts: string): string;
}

const finnishWords: OrgTreeWords = { changeDirector: (name) => `Muutosjohtaja ${name}` };

export function organisationTree(
  content: Pick<ContentModel, 'bodies' | 'lines' | 'groups' | 'people'>,
  words: OrgTreeWords = finnishWords,
): OrgNode[] {
  const personName = new Map(content.people.map((person) => [person.id, person.name]));
  // Looked up, not searched: a search per group makes the tree quadratic in the organisation.
  const groupsById = new Map(content.groups.map((group) => [group.id, group]));
  const childGroups = new Map<string, ContentModel['groups']>();
  for (const group of content.groups) {
    if (group.parent === undefined) continue;
    const siblings = childGroups.get(group.parent);
    if (siblings) siblings.push(group);
    else childGroups.set(group.parent, [group]);
  }

  const groupNode = (groupId: string): OrgNode => {
    const group = groupsById.get(groupId);
    if (!group) throw new Error(`unknown group ${groupId}`);
    const responsible = group.responsible && personName.get(group.responsible);
    return {
      kind: 'group',
      id: group.id,
      label: group.name,
      ...(responsible && { detail: responsible }),
      children: (childGroups.get(group.id) ?? []).map((child) => groupNode(child.id)),
    };
  };

  const bodyNode = (bodyId: string, seen: Set<string>): OrgNode => {
    const body = content.bodies.find((candidate) => candidate.id === bodyId);
    if (!body) throw new Error(`unknown body ${bodyId}`);
    seen.add(body.id);
    const composition = formatComposition(body.composition, words.members);
    const lines = content.lines
      .filter((line) => line.body === body.id)
      .map((line): OrgNode => {
        const director = line.kind === 'line' ? personName.get(line.changeDirector) : undefined;
        return {
          kind: line.kind,
          id: line.id,
          label: line.kind === 'line' ? `${line.shortName} ${line.name}` : line.name,
          ...(director && { detail: words.changeDirector(director) }),
          children: content.groups
            .filter((group) => group.line === line.id && group.parent === undefined)
            .map((group) => groupNode(group.id)),
        };
      });
    const subBodies = content.bodies
      .filter((child) => child.parent === body.id && !seen.has(child.id))
      .map((child) => bodyNode(child.id, seen));
    return {
      kind: 'body',
      id: body.id,
      label: body.name,
      ...(composition && { detail: composition }),
      children: [...subBodies, ...lines],
    };
  };

  const seen = new Set<string>();
  return content.bodies.filter((body) => body.parent === undefined).map((body) => bodyNode(body.id, seen));
}

/** Depth-first list of every node, for checks such as "every group is in the chart". */
export function flattenTree(nodes: readonly OrgNode[]): OrgNode[] {
  return nodes.flatMap((node) => [node, ...flattenTree(node.children)]);
}

/**
 * The body and every body under it, the body first: the part of the organisation a meeting of
 * the body oversees. A cycle in `parent` (a content mistake `check` reports) ends the walk.
 */
export function bodiesUnder(content: Pick<ContentModel, 'bodies'>, bodyId: string): string[] {
  const found: string[] = [];
  const visit = (id: string) => {
    if (found.includes(id)) return;
    found.push(id);
    for (const child of content.bodies) if (child.parent === id) visit(child.id);
  };
  visit(bodyId);
  return found;
}
