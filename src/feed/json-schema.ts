/**
 * Writes JSON Schema (2020-12) from the kit's descriptors. Build-time only
 * (`npm run schema`): nothing in the browser bundle imports it.
 */
import type { AnySchema, Shape } from './schema-kit.js';

type Json = Record<string, unknown>;

export function toJsonSchema(root: AnySchema, id: string): Json {
  const defs: Record<string, Json> = {};
  const body = convert(root, defs);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: id,
    ...body,
    $defs: Object.fromEntries(Object.entries(defs).sort(([a], [b]) => a.localeCompare(b))),
  };
}

function convert(schema: AnySchema, defs: Record<string, Json>): Json {
  const described = (json: Json): Json => (schema.d ? { description: schema.d, ...json } : json);
  switch (schema.k) {
    case 'string':
      return described({
        type: 'string',
        ...(schema.pattern && { pattern: schema.pattern.source }),
        ...(schema.format && ['date', 'date-time', 'email', 'uri'].includes(schema.format) && { format: schema.format }),
        ...(schema.minLength !== undefined && { minLength: schema.minLength }),
        ...(schema.maxLength !== undefined && { maxLength: schema.maxLength }),
      });
    case 'number':
      return described({
        type: schema.integer ? 'integer' : 'number',
        ...(schema.min !== undefined && { minimum: schema.min }),
        ...(schema.max !== undefined && { maximum: schema.max }),
      });
    case 'boolean':
      return described({ type: 'boolean' });
    case 'enum':
      return described({ enum: [...schema.values] });
    case 'array':
      return described({
        type: 'array',
        items: convert(schema.item as AnySchema, defs),
        ...(schema.maxItems !== undefined && { maxItems: schema.maxItems }),
      });
    case 'record':
      return described({
        type: 'object',
        propertyNames: { pattern: schema.key.source },
        additionalProperties: convert(schema.value as AnySchema, defs),
      });
    case 'object': {
      const shape: Shape = schema.shape;
      const properties: Json = {};
      const required: string[] = [];
      for (const [key, field] of Object.entries(shape)) {
        if (field.k === 'optional') properties[key] = convert(field.inner as AnySchema, defs);
        else {
          properties[key] = convert(field as AnySchema, defs);
          required.push(key);
        }
      }
      // Unknown fields are allowed (and warned about at run time), so a newer feed still validates.
      return described({ type: 'object', properties, ...(required.length && { required }) });
    }
    case 'union':
      return described({ anyOf: schema.members.map((m) => convert(m as AnySchema, defs)) });
    case 'ref':
      if (!defs[schema.name]) {
        defs[schema.name] = {};
        defs[schema.name] = { ...(schema.d && { description: schema.d }), ...convert(schema.target as AnySchema, defs) };
      }
      return { $ref: `#/$defs/${schema.name}` };
    case 'any':
      return described({});
  }
}
