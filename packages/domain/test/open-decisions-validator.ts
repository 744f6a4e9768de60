/**
 * A validator of the 6Aika Open Decisions API files against the specification's definitions
 * (fixtures/6aika, see its README), with ajv: every list as `{ meta: Meta, objects: [definition] }`,
 * the form of the specification's person and membership lists. `strict` also closes every object
 * to the properties the specification names, apart from the one extension
 * apps/site/docs/avoin-data.md documents, and requires an absolute URL wherever the
 * specification's descriptions (left out of the fixture) say a property holds a URL.
 * Shared by this package's test and the test over the repository's own content.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type AnySchema, type ValidateFunction } from 'ajv';
import { dayProblem } from '../src/dates.ts';
import type { OpenDecisionResource } from '../src/open-decisions.ts';

interface SchemaNode {
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  additionalProperties?: boolean;
  [key: string]: unknown;
}

const structure = JSON.parse(
  readFileSync(join(import.meta.dirname, 'fixtures/6aika/paatos-structure.json'), 'utf8'),
) as { definitions: Record<string, SchemaNode> };

/** The definition of each resource's objects. */
const definitionOf: Record<OpenDecisionResource, string> = {
  organizations: 'Organization',
  persons: 'Person',
  memberships: 'Membership',
  posts: 'Post',
  events: 'Event',
  cases: 'case',
  actions: 'action',
};

/** The extension apps/site/docs/avoin-data.md documents, by definition. */
const extensions: Record<string, Record<string, SchemaNode>> = {
  action: { votes: { type: 'array', items: { $ref: '#/definitions/Vote_event' } } },
};

/**
 * The properties whose description in paatos.swagger.yaml says they hold a URL (or an array of
 * URLs) while their type is a plain string.
 */
const urlProperties: Record<string, string[]> = {
  case: ['url', 'actions', 'function'],
  action: ['url', 'case', 'post', 'event'],
  Event: ['url', 'actions', 'organization'],
  Organization: ['url', 'events', 'posts', 'parent'],
  function: ['url', 'parent'],
};

function withUrlFormat(node: SchemaNode): SchemaNode {
  if (node.type === 'array' && node.items) return { ...node, items: withUrlFormat(node.items) };
  return { ...node, format: 'url' };
}

/** Every object of the schema closed to the properties it names (and the extensions). */
function closed(node: SchemaNode, extra: Record<string, SchemaNode> = {}, urls: string[] = []): SchemaNode {
  const copy: SchemaNode = { ...node };
  if (node.properties) {
    copy.properties = Object.fromEntries(
      Object.entries(node.properties).map(([key, value]) => [
        key,
        urls.includes(key) ? withUrlFormat(closed(value)) : closed(value),
      ]),
    );
    Object.assign(copy.properties, extra);
    copy.additionalProperties = false;
  }
  if (node.items) copy.items = closed(node.items);
  return copy;
}

const listOf = (definition: string): SchemaNode => ({
  type: 'object',
  required: ['meta', 'objects'],
  properties: {
    meta: { $ref: '#/definitions/Meta' },
    objects: { type: 'array', items: { $ref: `#/definitions/${definition}` } },
  },
});

export function openDecisionValidator(strict: boolean): (resource: OpenDecisionResource) => ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: true });
  ajv.addFormat('date', (value: string) => dayProblem(value) === undefined);
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
  // An absolute URL: `new URL` without a base refuses a relative one.
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  ajv.addFormat('url', (value: string) => URL.canParse(value));
  ajv.addFormat('email', /^[^@\s]+@[^@\s]+$/);
  // int64, within what a JSON number carries exactly in every consumer.
  ajv.addFormat('int64', { type: 'number', validate: (value: number) => Number.isSafeInteger(value) });
  const definitions = Object.fromEntries(
    Object.entries(structure.definitions).map(([name, node]) => [
      name,
      strict ? closed(node, extensions[name], urlProperties[name]) : node,
    ]),
  );
  return (resource) => {
    const list = listOf(definitionOf[resource]);
    return ajv.compile({ ...(strict ? closed(list) : list), definitions } as AnySchema);
  };
}
