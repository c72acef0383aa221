/**
 * A very small schema kit: schemas are plain data (descriptors), checked by one
 * interpreter (`check`) and turned into JSON Schema by `json-schema.ts` at build
 * time. Keeping the descriptors as data, and the JSON Schema writer in another
 * module, is what keeps the runtime validator small: the browser bundle carries
 * the descriptors and `check`, nothing else.
 *
 * Why not ajv, zod or valibot: ajv and zod compile with `new Function`, which a
 * strict Content-Security-Policy forbids; valibot is CSP-safe but about 3x
 * JSON.parse on a 10 MB feed (see docs/performance.md). The interpreter below
 * never throws, never builds a path string unless it has something to report,
 * and drops an invalid array item while keeping its siblings.
 */

/** How bad a problem is: an `error` means the feed is wrong (something was dropped), a `warning` that it is odd (something was ignored). */
export type Severity = 'error' | 'warning';

/**
 * Problem codes. The message shown to people is built from the code and its
 * `params`, so the interface can say it in the reader's language while the
 * CLI says it in English.
 */
export type ProblemCode =
  | 'type'
  | 'required'
  | 'unknown-field'
  | 'enum'
  | 'pattern'
  | 'min'
  | 'max'
  | 'version'
  | 'duplicate-id'
  | 'reference'
  | 'json'
  | 'custom';

export interface FeedProblem {
  /** JSON Pointer (RFC 6901) to the offending value, `""` for the whole document. */
  path: string;
  severity: Severity;
  code: ProblemCode;
  /** A readable English sentence; the UI localizes from `code` and `params`. */
  message: string;
  params?: Record<string, string | number>;
}

/** Descriptors. `T` is a phantom type: it only exists for `Infer`. */
interface Base<T> {
  readonly _t?: T;
  /** Human description, written into the JSON Schema. */
  readonly d?: string;
}
export interface StringSchema extends Base<string> {
  readonly k: 'string';
  readonly pattern?: RegExp;
  /** A name for the pattern in messages and JSON Schema (`format`), e.g. `date-time`. */
  readonly format?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
}
export interface NumberSchema extends Base<number> {
  readonly k: 'number';
  readonly integer?: boolean;
  readonly min?: number;
  readonly max?: number;
}
export interface BooleanSchema extends Base<boolean> {
  readonly k: 'boolean';
}
export interface EnumSchema<T extends string | number> extends Base<T> {
  readonly k: 'enum';
  readonly values: readonly T[];
}
export interface ArraySchema<T> extends Base<T[]> {
  readonly k: 'array';
  readonly item: Schema<T>;
  readonly maxItems?: number;
  /** A field whose value must be unique among the items (e.g. `id`): a later duplicate is dropped. */
  readonly uniqueBy?: string;
}
export interface RecordSchema<T> extends Base<Record<string, T>> {
  readonly k: 'record';
  readonly key: RegExp;
  readonly keyFormat: string;
  readonly value: Schema<T>;
}
export type Shape = Record<string, Schema<unknown> | OptionalSchema<unknown>>;
export interface ObjectSchema<T> extends Base<T> {
  readonly k: 'object';
  readonly shape: Shape;
}
/** The first member that accepts the value wins; members are tried by JSON type, so keep one per type. */
export interface UnionSchema<T> extends Base<T> {
  readonly k: 'union';
  readonly members: readonly Schema<unknown>[];
}
/** A named definition: `$defs/<name>` in JSON Schema, the same check at run time. */
export interface RefSchema<T> extends Base<T> {
  readonly k: 'ref';
  readonly name: string;
  readonly target: Schema<T>;
}
/** Any JSON value, passed on unchecked (e.g. geometry, which its own code checks). */
export interface AnyValueSchema extends Base<unknown> {
  readonly k: 'any';
}
export interface OptionalSchema<T> {
  readonly k: 'optional';
  readonly inner: Schema<T>;
  readonly _t?: T;
}

/** A descriptor that accepts values of type `T`. */
export type Schema<T> = AnySchema & { readonly _t?: T };

/** Any descriptor, for code that walks schemas without caring about their type. */
export type AnySchema =
  | StringSchema
  | NumberSchema
  | BooleanSchema
  | EnumSchema<string | number>
  | ArraySchema<unknown>
  | RecordSchema<unknown>
  | ObjectSchema<unknown>
  | UnionSchema<unknown>
  | RefSchema<unknown>
  | AnyValueSchema;

/** The TypeScript type a descriptor accepts. */
export type Infer<S> = S extends { readonly _t?: infer T } ? T : never;

type OptionalKeys<S extends Shape> = {
  [K in keyof S]: S[K] extends OptionalSchema<unknown> ? K : never;
}[keyof S];
type RequiredKeys<S extends Shape> = Exclude<keyof S, OptionalKeys<S>>;
type Flatten<T> = { [K in keyof T]: T[K] } & {};
export type InferShape<S extends Shape> = Flatten<
  { readonly [K in RequiredKeys<S>]: Infer<S[K]> } & {
    readonly [K in OptionalKeys<S>]?: Infer<S[K]>;
  }
>;

// ---- builders -----------------------------------------------------------

type Opts<S> = Omit<S, 'k' | '_t' | 'item' | 'shape' | 'values' | 'members' | 'target' | 'name' | 'key' | 'keyFormat' | 'value'>;

export const string = (opts: Opts<StringSchema> = {}): StringSchema => ({ k: 'string', ...opts });
export const number = (opts: Opts<NumberSchema> = {}): NumberSchema => ({ k: 'number', ...opts });
export const integer = (opts: Opts<NumberSchema> = {}): NumberSchema => ({
  k: 'number',
  integer: true,
  ...opts,
});
export const boolean = (d?: string): BooleanSchema => ({ k: 'boolean', d });
export const enumOf = <const T extends string | number>(values: readonly T[], d?: string): EnumSchema<T> => ({
  k: 'enum',
  values,
  d,
});
export const array = <T>(item: Schema<T>, opts: Opts<ArraySchema<T>> | string = {}): ArraySchema<T> => ({
  k: 'array',
  item,
  ...(typeof opts === 'string' ? { d: opts } : opts),
});
export const record = <T>(key: RegExp, keyFormat: string, value: Schema<T>, d?: string): RecordSchema<T> => ({
  k: 'record',
  key,
  keyFormat,
  value,
  d,
});
export const object = <S extends Shape>(shape: S, d?: string): ObjectSchema<InferShape<S>> => ({
  k: 'object',
  shape,
  d,
});
export const union = <M extends readonly Schema<unknown>[]>(members: M, d?: string): UnionSchema<Infer<M[number]>> => ({
  k: 'union',
  members,
  d,
});
export const ref = <T>(name: string, target: Schema<T>, d?: string): RefSchema<T> => ({
  k: 'ref',
  name,
  target,
  d,
});
export const anyValue = (d?: string): AnyValueSchema => ({ k: 'any', d });
export const optional = <T>(inner: Schema<T>): OptionalSchema<T> => ({ k: 'optional', inner });

// ---- the interpreter ----------------------------------------------------

/**
 * The index each kept array item had in the input. Checks that run after
 * validation (references between sections) report paths into the input,
 * which differ from the output's once an item was dropped.
 */
export const inputIndex = new WeakMap<object, number>();

/** Returned by `check` for a value that cannot be used; never part of a result. */
export const INVALID: unique symbol = Symbol('invalid');

/**
 * State of one validation run. The path is a stack of keys, turned into a
 * JSON Pointer only when a problem is recorded: most values have no problem,
 * and building strings for all of them would double the cost.
 */
export class CheckContext {
  readonly problems: FeedProblem[] = [];
  readonly path: (string | number)[] = [];

  pointer(extra?: string | number): string {
    const keys = extra === undefined ? this.path : [...this.path, extra];
    return keys.map((key) => '/' + String(key).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
  }

  report(
    code: ProblemCode,
    message: string,
    params?: Record<string, string | number>,
    severity: Severity = 'error',
    key?: string | number,
  ): void {
    this.problems.push({ path: this.pointer(key), severity, code, message, params });
  }
}

const typeOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

const expected = (schema: AnySchema): string => {
  switch (schema.k) {
    case 'ref':
      return expected(schema.target as AnySchema);
    case 'union':
      return schema.members.map((m) => expected(m as AnySchema)).join(' or ');
    case 'enum':
      return 'one of ' + schema.values.join(', ');
    case 'number':
      return schema.integer ? 'integer' : 'number';
    case 'string':
      return schema.format ? `string (${schema.format})` : 'string';
    default:
      return schema.k;
  }
};

/** JSON type a schema accepts at its top, used to choose a union member without trying each. */
const jsonType = (schema: AnySchema): string =>
  schema.k === 'ref' ? jsonType(schema.target as AnySchema) : schema.k === 'record' ? 'object' : schema.k === 'enum' ? typeof schema.values[0] : schema.k;

/**
 * Checks `value` against `schema`. Returns the usable value (objects are copied
 * with unknown and invalid optional fields left out, arrays with invalid items
 * left out) or `INVALID`. Never throws for any JSON input.
 */
export function check<T>(schema: Schema<T>, value: unknown, ctx: CheckContext): T | typeof INVALID {
  const s = schema as AnySchema;
  switch (s.k) {
    case 'string': {
      if (typeof value !== 'string') return mismatch(s, value, ctx);
      if (s.minLength !== undefined && value.length < s.minLength) {
        ctx.report('min', `Text must be at least ${s.minLength} characters long.`, { min: s.minLength });
        return INVALID;
      }
      if (s.maxLength !== undefined && value.length > s.maxLength) {
        ctx.report('max', `Text must be at most ${s.maxLength} characters long.`, { max: s.maxLength });
        return INVALID;
      }
      if (s.pattern && !s.pattern.test(value)) {
        ctx.report('pattern', `"${clip(value)}" is not a valid ${s.format ?? 'value'}.`, {
          format: s.format ?? 'pattern',
          value: clip(value),
        });
        return INVALID;
      }
      return value as T;
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value) || (s.integer && !Number.isInteger(value))) {
        return mismatch(s, value, ctx);
      }
      if (s.min !== undefined && value < s.min) {
        ctx.report('min', `${value} is below the minimum ${s.min}.`, { min: s.min, value });
        return INVALID;
      }
      if (s.max !== undefined && value > s.max) {
        ctx.report('max', `${value} is above the maximum ${s.max}.`, { max: s.max, value });
        return INVALID;
      }
      return value as T;
    }
    case 'boolean':
      return typeof value === 'boolean' ? (value as T) : mismatch(s, value, ctx);
    case 'enum':
      if (!(s.values as readonly unknown[]).includes(value)) {
        ctx.report('enum', `${JSON.stringify(value) ?? 'undefined'} is not one of: ${s.values.join(', ')}.`, {
          value: clip(String(value)),
          allowed: s.values.join(', '),
        });
        return INVALID;
      }
      return value as T;
    case 'array': {
      if (!Array.isArray(value)) return mismatch(s, value, ctx);
      const out: unknown[] = [];
      const { path } = ctx;
      const limit = s.maxItems === undefined ? value.length : Math.min(value.length, s.maxItems);
      if (limit < value.length) {
        ctx.report('max', `Only the first ${limit} items are used.`, { max: limit }, 'warning');
      }
      const seen = s.uniqueBy ? new Set<unknown>() : undefined;
      for (let i = 0; i < limit; i++) {
        path.push(i);
        const item = check(s.item as Schema<unknown>, value[i], ctx);
        if (item !== INVALID && seen) {
          const key = (item as Record<string, unknown>)[s.uniqueBy!];
          if (seen.has(key)) {
            ctx.report('duplicate-id', `${s.uniqueBy} "${String(key)}" is used twice; this item is dropped.`, { id: String(key) }, 'error', s.uniqueBy);
            path.pop();
            continue;
          }
          seen.add(key);
        }
        path.pop();
        if (item !== INVALID) {
          if (item !== null && typeof item === 'object') inputIndex.set(item, i);
          out.push(item);
        }
      }
      return out as T;
    }
    case 'record': {
      if (typeOf(value) !== 'object') return mismatch(s, value, ctx);
      const out: Record<string, unknown> = {};
      const { path } = ctx;
      for (const key in value as Record<string, unknown>) {
        if (!s.key.test(key)) {
          ctx.report('pattern', `Key "${clip(key)}" is not a valid ${s.keyFormat}; it is ignored.`, {
            format: s.keyFormat,
            value: clip(key),
          }, 'warning', key);
          continue;
        }
        path.push(key);
        const item = check(s.value as Schema<unknown>, (value as Record<string, unknown>)[key], ctx);
        path.pop();
        if (item !== INVALID) out[key] = item;
      }
      return out as T;
    }
    case 'object': {
      if (typeOf(value) !== 'object') return mismatch(s, value, ctx);
      const input = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      const { path } = ctx;
      let ok = true;
      for (const key in s.shape) {
        const field = s.shape[key];
        const optional = field.k === 'optional';
        const v = input[key];
        if (v === undefined) {
          if (!optional) {
            ctx.report('required', `Required field "${key}" is missing.`, { field: key }, 'error', key);
            ok = false;
          }
          continue;
        }
        path.push(key);
        const result = check((optional ? field.inner : field) as Schema<unknown>, v, ctx);
        path.pop();
        if (result !== INVALID) out[key] = result;
        else if (!optional) ok = false;
      }
      // Unknown fields are a warning, not an error: a newer publisher tool may
      // add fields an older widget does not know, and the feed must still show.
      for (const key in input) {
        if (!(key in s.shape)) {
          ctx.report('unknown-field', `Unknown field "${clip(key)}" is ignored.`, { field: clip(key) }, 'warning', key);
        }
      }
      return ok ? (out as T) : INVALID;
    }
    case 'union': {
      const type = typeOf(value);
      for (const member of s.members) {
        if (jsonType(member as AnySchema) === type) return check(member as Schema<T>, value, ctx);
      }
      return mismatch(s, value, ctx);
    }
    case 'ref':
      return check(s.target as Schema<T>, value, ctx);
    case 'any':
      return value as T;
  }
}

function mismatch(schema: AnySchema, value: unknown, ctx: CheckContext): typeof INVALID {
  ctx.report('type', `Expected ${expected(schema)}, found ${typeOf(value)}.`, {
    expected: expected(schema),
    found: typeOf(value),
  });
  return INVALID;
}

const clip = (text: string): string => (text.length > 60 ? text.slice(0, 57) + '…' : text);
