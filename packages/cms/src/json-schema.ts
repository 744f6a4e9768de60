/**
 * The domain's zod schemas as JSON Schema, as a writer fills them in (`io: 'input'`: defaults make
 * a field optional, transforms are not applied). Zod keeps the Finnish message of a `regex` check
 * only in the schema; it is copied into `patternMessage` so the editor can show the same words.
 */
import { z } from 'zod';

/** The part of JSON Schema that zod produces for the content model, plus our metadata. */
export interface SchemaNode {
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  enum?: (string | number)[];
  const?: string | number | boolean;
  default?: unknown;
  description?: string;
  title?: string;
  format?: string;
  pattern?: string;
  patternMessage?: string;
  examples?: unknown[];
  minLength?: number;
  minItems?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  /** The collection whose ids a reference field holds (`referenceSchema` in the domain). */
  references?: string;
  /** A file in the content folder's `kuvat/` beside the item (a news item's `image`). */
  contentImage?: boolean;
  /** An editor widget the domain asks for where the type alone does not say (`color`). */
  widget?: 'color';
}

interface RegexCheckDef {
  check: string;
  format?: string;
  error?: (issue?: unknown) => unknown;
}

function regexMessage(schema: z.core.$ZodType): string | undefined {
  const checks = (schema._zod.def as { checks?: z.core.$ZodCheck[] }).checks ?? [];
  for (const check of checks) {
    const def = check._zod.def as RegexCheckDef;
    if (def.check !== 'string_format' || def.format !== 'regex') continue;
    const message = def.error?.();
    if (typeof message === 'string') return message;
  }
  return undefined;
}

export function toSchemaNode(schema: z.ZodType): SchemaNode {
  return z.toJSONSchema(schema, {
    io: 'input',
    // Recursive or shared schemas are inlined: the editor needs each field in place.
    reused: 'inline',
    override(context) {
      const message = regexMessage(context.zodSchema);
      if (message) context.jsonSchema.patternMessage = message;
    },
  }) as SchemaNode;
}
