/**
 * Editor fields from a schema's JSON Schema: enumerations become selects, days date pickers,
 * references relation fields over the collection they name, objects and lists nest, and a
 * discriminated union becomes a list of typed items. Labels come from `field-labels.ts`, help
 * texts from the schema's descriptions, defaults and required-ness from the schema itself.
 */
import type { CmsField, CmsVariant } from './cms-field.ts';
import { enumOptions } from './enum-options.ts';
import { fieldLabels, multilineFields } from './field-labels.ts';
import type { SchemaNode } from './json-schema.ts';

/** How a relation field finds the items of a collection and which of their fields it shows. */
export interface RelationTarget {
  collection: string;
  file?: string;
  value_field: string;
  display_fields: string[];
  search_fields: string[];
}

export type RelationTargets = Readonly<Record<string, RelationTarget>>;

/** The storage format of a day, in Day.js tokens: the content writes `2018-05-31`. */
export const dayFormat = 'YYYY-MM-DD';

export function labelOf(name: string, node?: SchemaNode): string {
  return fieldLabels[name] ?? node?.title ?? name;
}

function variants(node: SchemaNode): SchemaNode[] | undefined {
  const options = node.oneOf ?? node.anyOf;
  return options?.every((option) => option.type === 'object') ? options : undefined;
}

/** The property every variant fixes to a constant: the union's discriminator. */
function discriminator(options: SchemaNode[]): string | undefined {
  const first = options[0]?.properties ?? {};
  return Object.keys(first).find((key) =>
    options.every((option) => option.properties?.[key]?.const !== undefined),
  );
}

/**
 * A schema's default is what leaving the field out means, and the content writes it only where it
 * says something else (`state: planned` where a file chose it). Given to Sveltia as `default`, it
 * would be filled into every existing file that lacks it and written back on the next save
 * (`blank: 0` into every vote): saving would not be lossless. So the field starts empty, is left
 * out when empty (`omit_empty_optional_fields`), and its help text says what empty means. A switch
 * keeps its `default`: Sveltia writes a switch whatever its default (`unset-switches.ts`).
 */
function defaultHint(node: SchemaNode): string | undefined {
  const value = node.default;
  if (value === undefined || node.type === 'boolean') return undefined;
  const values = Array.isArray(value) ? value : [value];
  if (values.length === 0) return undefined;
  const options = enumOptions((node.enum ?? node.items?.enum ?? []) as (string | number)[]);
  const shown = values.map(
    (entry) => options.find((option) => option.value === String(entry))?.label ?? String(entry),
  );
  return `Tyhjänä: ${shown.join(', ')}.`;
}

function common(
  name: string,
  node: SchemaNode,
  required: boolean,
): Pick<CmsField, 'name' | 'label'> & Partial<CmsField> {
  const hint = [node.description, defaultHint(node)].filter(Boolean).join(' ');
  return {
    name,
    label: labelOf(name, node),
    ...(required ? {} : { required: false }),
    ...(hint && { hint }),
    ...(node.type === 'boolean' && node.default !== undefined && { default: node.default }),
  };
}

function relation(
  name: string,
  node: SchemaNode,
  required: boolean,
  targets: RelationTargets,
  multiple: boolean,
) {
  const target = node.references ? targets[node.references] : undefined;
  if (!target) return undefined;
  return {
    ...common(name, node, required),
    widget: 'relation',
    ...target,
    ...(multiple && { multiple: true }),
    dropdown_threshold: 0,
  } satisfies CmsField;
}

function scalarField(name: string, node: SchemaNode, required: boolean, targets: RelationTargets): CmsField {
  const base = common(name, node, required);
  const linked = relation(name, node, required, targets, false);
  if (linked) return linked;
  if (node.enum) return { ...base, widget: 'select', options: enumOptions(node.enum), dropdown_threshold: 4 };
  // The same files as a body's images: PNG or JPEG from the writer's computer, no web address.
  if (node.contentImage)
    return { ...base, widget: 'image', accept: 'image/png,image/jpeg', choose_url: false };
  if (node.const !== undefined) return { ...base, widget: 'hidden', default: node.const };
  switch (node.type) {
    case 'boolean':
      return { ...base, widget: 'boolean' };
    case 'integer':
    case 'number': {
      const min = node.exclusiveMinimum !== undefined ? node.exclusiveMinimum + 1 : node.minimum;
      return {
        ...base,
        widget: 'number',
        ...(node.type === 'integer' && { value_type: 'int' }),
        ...(min !== undefined && Number.isSafeInteger(min) && min > Number.MIN_SAFE_INTEGER && { min }),
        ...(node.maximum !== undefined && node.maximum < Number.MAX_SAFE_INTEGER && { max: node.maximum }),
      };
    }
    default:
      break;
  }
  if (node.format === 'date') return { ...base, widget: 'datetime', type: 'date', format: dayFormat };
  if (node.widget === 'color') return { ...base, widget: 'color', allowInput: true };
  const inputType = node.format === 'email' ? 'email' : node.format === 'uri' ? 'url' : undefined;
  const pattern: [string, string] | undefined =
    node.pattern && !inputType
      ? [node.pattern, node.patternMessage ?? exampleMessage(node.examples) ?? 'tarkista muoto']
      : undefined;
  return {
    ...base,
    widget: multilineFields.has(name) ? 'text' : 'string',
    ...(inputType && { type: inputType }),
    ...(pattern && { pattern }),
  };
}

function exampleMessage(examples: unknown[] | undefined): string | undefined {
  return examples?.length ? `muoto kuten ${examples.join(' tai ')}` : undefined;
}

function listField(name: string, node: SchemaNode, required: boolean, targets: RelationTargets): CmsField {
  const items = node.items ?? {};
  const minimum = node.minItems ? { min: node.minItems } : {};
  const linked = relation(name, items, required, targets, true);
  if (linked) return { ...linked, ...common(name, node, required), ...minimum };
  const base = { ...common(name, node, required), ...minimum };
  if (items.enum) {
    return {
      ...base,
      widget: 'select',
      multiple: true,
      options: enumOptions(items.enum),
      dropdown_threshold: 4,
    };
  }
  const shapes = variants(items);
  if (shapes) return { ...base, widget: 'list', ...typedItems(shapes, targets) };
  if (items.type === 'object') {
    return { ...base, widget: 'list', fields: fieldsOf(items, targets), collapsed: 'auto' };
  }
  // A list of plain strings: Sveltia's simple list, one item per line.
  return { ...base, widget: 'list' };
}

function typedItems(shapes: SchemaNode[], targets: RelationTargets): Pick<CmsField, 'types' | 'typeKey'> {
  const key = discriminator(shapes);
  if (!key) throw new Error('a union in the content model has no discriminator the editor could use');
  const values = shapes.map((shape) => String(shape.properties?.[key]?.const));
  const labels = new Map(enumOptions(values).map((option) => [option.value, option.label]));
  const types: CmsVariant[] = shapes.map((shape, index) => {
    const value = values[index] ?? '';
    const { [key]: _discriminator, ...properties } = shape.properties ?? {};
    return {
      name: value,
      label: labels.get(value) ?? value,
      widget: 'object',
      fields: fieldsOf({ ...shape, properties }, targets),
    };
  });
  return { types, typeKey: key };
}

/** One field for each property of an object schema, in the schema's order. */
export function fieldsOf(node: SchemaNode, targets: RelationTargets): CmsField[] {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).map(([name, property]) =>
    fieldOf(name, property, required.has(name), targets),
  );
}

export function fieldOf(
  name: string,
  node: SchemaNode,
  required: boolean,
  targets: RelationTargets,
): CmsField {
  if (node.type === 'array') return listField(name, node, required, targets);
  if (node.type === 'object') {
    return { ...common(name, node, required), widget: 'object', fields: fieldsOf(node, targets) };
  }
  return scalarField(name, node, required, targets);
}
