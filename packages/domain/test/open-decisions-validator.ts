/**
 * A validator of the 6Aika Open Decisions API files against the specification's structure
 * (fixtures/6aika, see its README), with ajv: each list as its path's 200 response, events as a
 * list of `Event`. `strict` closes every object to the properties the specification names, apart
 * from the two extensions apps/site/docs/avoin-data.md documents. Shared by this package's test
 * and the test over the repository's own content.
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
interface Structure {
  definitions: Record<string, SchemaNode>;
  listResponses: Record<string, SchemaNode>;
}

const structure = JSON.parse(
  readFileSync(join(import.meta.dirname, 'fixtures/6aika/paatos-structure.json'), 'utf8'),
) as Structure;

const paths: Record<OpenDecisionResource, SchemaNode> = {
  organizations: structure.listResponses['/organizations/'] ?? {},
  persons: structure.listResponses['/persons/'] ?? {},
  memberships: structure.listResponses['/memberships/'] ?? {},
  posts: structure.listResponses['/posts/'] ?? {},
  cases: structure.listResponses['/cases/'] ?? {},
  actions: structure.listResponses['/actions/'] ?? {},
  // No /events/ path in the specification: a list of its Event definition.
  events: {
    type: 'object',
    properties: {
      meta: { $ref: '#/definitions/Meta' },
      objects: { type: 'array', items: { $ref: '#/definitions/Event' } },
    },
  },
};

/** The extensions apps/site/docs/avoin-data.md documents, by definition. */
const extensions: Record<string, string[]> = { case: ['id'], action: ['event_id'] };

/** Every object of the schema closed to the properties it names. */
function closed(node: SchemaNode, extra: string[] = []): SchemaNode {
  const copy: SchemaNode = { ...node };
  if (node.properties) {
    copy.properties = Object.fromEntries(
      Object.entries(node.properties).map(([key, value]) => [key, closed(value)]),
    );
    for (const name of extra) copy.properties[name] = {};
    copy.additionalProperties = false;
  }
  if (node.items) copy.items = closed(node.items);
  return copy;
}

export function openDecisionValidator(strict: boolean): (resource: OpenDecisionResource) => ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: true });
  ajv.addFormat('date', (value: string) => dayProblem(value) === undefined);
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  ajv.addFormat('url', (value: string) => URL.canParse(value));
  ajv.addFormat('email', /^[^@\s]+@[^@\s]+$/);
  // Formats the specification names without defining them.
  for (const name of ['data-time', 'semantic-iri', 'html']) ajv.addFormat(name, true);
  const definitions = Object.fromEntries(
    Object.entries(structure.definitions).map(([name, node]) => [
      name,
      strict ? closed(node, extensions[name]) : node,
    ]),
  );
  return (resource) =>
    ajv.compile({ ...(strict ? closed(paths[resource]) : paths[resource]), definitions } as AnySchema);
}
