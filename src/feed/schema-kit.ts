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
 * The index each kept item of an id-keyed array (`uniqueBy`) had in the input, for the items whose
 * index changed (an item before them was dropped); any other item's input index is its output index.
 * Checks that run after validation (references between sections) report paths into the input.
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
  /**
   * The key of a scalar being checked. Scalars (strings, numbers, enums) are
   * most of a feed's values; setting one field is cheaper than a push and a
   * pop on the path for each of them.
   */
  leaf: string | number | undefined = undefined;

  pointer(extra?: string | number): string {
    const keys = [...this.path];
    if (this.leaf !== undefined) keys.push(this.leaf);
    if (extra !== undefined) keys.push(extra);
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

type Checker = (value: unknown, ctx: CheckContext) => unknown;

/**
 * Each descriptor is turned once into a closure (cached), so a feed of 30,000
 * items pays for the descriptor's shape once, not per value. Plain closures,
 * no `new Function`: this stays allowed under a strict CSP.
 */
const compiled = new WeakMap<AnySchema, Checker>();

function compile(schema: AnySchema): Checker {
  let checker = compiled.get(schema);
  if (!checker) {
    // Set a forwarder first, so a schema that refers to itself compiles.
    const forward: { to?: Checker } = {};
    compiled.set(schema, (v, c) => forward.to!(v, c));
    checker = forward.to = build(schema);
    compiled.set(schema, checker);
  }
  return checker;
}

const isScalar = (s: AnySchema): boolean =>
  s.k === 'string' || s.k === 'number' || s.k === 'boolean' || s.k === 'enum' || (s.k === 'ref' && isScalar(s.target as AnySchema));

function build(s: AnySchema): Checker {
  switch (s.k) {
    case 'string': {
      const { pattern, minLength, maxLength, format } = s;
      return (value, ctx) => {
        if (typeof value !== 'string') return mismatch(s, value, ctx);
        if (minLength !== undefined && value.length < minLength) {
          ctx.report('min', `Text must be at least ${minLength} characters long.`, { min: minLength });
          return INVALID;
        }
        if (maxLength !== undefined && value.length > maxLength) {
          ctx.report('max', `Text must be at most ${maxLength} characters long.`, { max: maxLength });
          return INVALID;
        }
        if (pattern && !pattern.test(value)) {
          ctx.report('pattern', `"${clip(value)}" is not a valid ${format ?? 'value'}.`, { format: format ?? 'pattern', value: clip(value) });
          return INVALID;
        }
        return value;
      };
    }
    case 'number': {
      const { integer, min, max } = s;
      return (value, ctx) => {
        if (typeof value !== 'number' || !Number.isFinite(value) || (integer && !Number.isInteger(value))) return mismatch(s, value, ctx);
        if (min !== undefined && value < min) {
          ctx.report('min', `${value} is below the minimum ${min}.`, { min, value });
          return INVALID;
        }
        if (max !== undefined && value > max) {
          ctx.report('max', `${value} is above the maximum ${max}.`, { max, value });
          return INVALID;
        }
        return value;
      };
    }
    case 'boolean':
      return (value, ctx) => (typeof value === 'boolean' ? value : mismatch(s, value, ctx));
    case 'enum': {
      const values = s.values as readonly unknown[];
      return (value, ctx) => {
        if (values.includes(value)) return value;
        ctx.report('enum', `${JSON.stringify(value) ?? 'undefined'} is not one of: ${values.join(', ')}.`, { value: clip(String(value)), allowed: values.join(', ') });
        return INVALID;
      };
    }
    case 'array': {
      const item = compile(s.item as AnySchema);
      const scalar = isScalar(s.item as AnySchema);
      const { maxItems, uniqueBy } = s;
      return (value, ctx) => {
        if (!Array.isArray(value)) return mismatch(s, value, ctx);
        // The input is returned as it is when every item came through unchanged:
        // copying 30,000 valid items would double the garbage of a large feed.
        let out: unknown[] | undefined;
        const { path } = ctx;
        const limit = maxItems === undefined ? value.length : Math.min(value.length, maxItems);
        if (limit < value.length) ctx.report('max', `Only the first ${limit} items are used.`, { max: limit }, 'warning');
        const seen = uniqueBy ? new Set<unknown>() : undefined;
        for (let i = 0; i < limit; i++) {
          let result: unknown;
          if (scalar) {
            ctx.leaf = i;
            result = item(value[i], ctx);
            ctx.leaf = undefined;
          } else {
            path.push(i);
            result = item(value[i], ctx);
            path.pop();
          }
          if (result !== INVALID && seen) {
            const key = (result as Record<string, unknown>)[uniqueBy!];
            if (seen.has(key)) {
              path.push(i);
              ctx.report('duplicate-id', `${uniqueBy} "${String(key)}" is used twice; this item is dropped.`, { id: String(key) }, 'error', uniqueBy);
              path.pop();
              out ??= value.slice(0, i);
              continue;
            }
            seen.add(key);
          }
          if (result !== INVALID) {
            // Only an item that moved (an item before it was dropped) needs its input index kept:
            // thousands of WeakMap entries cost time and, as ephemerons, garbage-collection work.
            if (seen && out && out.length !== i) inputIndex.set(result as object, i);
            if (out) out.push(result);
            else if (result !== value[i]) (out = value.slice(0, i)).push(result);
          } else out ??= value.slice(0, i);
        }
        return out ?? (limit < value.length ? value.slice(0, limit) : value);
      };
    }
    case 'record': {
      const { key: keyPattern, keyFormat } = s;
      const check = compile(s.value as AnySchema);
      return (value, ctx) => {
        if (typeOf(value) !== 'object') return mismatch(s, value, ctx);
        const input = value as Record<string, unknown>;
        const out: Record<string, unknown> = {};
        const { path } = ctx;
        let changed = false;
        for (const key in input) {
          if (!keyPattern.test(key)) {
            ctx.report('pattern', `Key "${clip(key)}" is not a valid ${keyFormat}; it is ignored.`, { format: keyFormat, value: clip(key) }, 'warning', key);
            changed = true;
            continue;
          }
          path.push(key);
          const result = check(input[key], ctx);
          path.pop();
          if (result !== INVALID) out[key] = result;
          if (result !== input[key]) changed = true;
        }
        return changed ? out : input;
      };
    }
    case 'object': {
      interface Field {
        readonly check: Checker;
        readonly optional: boolean;
        readonly scalar: boolean;
      }
      const fields = new Map<string, Field>();
      const required: string[] = [];
      for (const [key, field] of Object.entries(s.shape)) {
        const inner = (field.k === 'optional' ? field.inner : field) as AnySchema;
        fields.set(key, { check: compile(inner), optional: field.k === 'optional', scalar: isScalar(inner) });
        if (field.k !== 'optional') required.push(key);
      }
      // Before the first difference every known field was taken over as it is: copy those.
      const copyBefore = (input: Record<string, unknown>, stop: string) => {
        const copy: Record<string, unknown> = {};
        for (const key in input) {
          if (key === stop) break;
          if (fields.has(key)) copy[key] = input[key];
        }
        return copy;
      };
      return (value, ctx) => {
        if (value === null || typeof value !== 'object' || Array.isArray(value)) return mismatch(s, value, ctx);
        const input = value as Record<string, unknown>;
        const { path } = ctx;
        let ok = true;
        let requiredSeen = 0;
        // The copy is made only once something differs from the input.
        let out: Record<string, unknown> | undefined;
        // The input's own keys drive the loop, not the shape's: a feed item sets a few of its many
        // optional fields, and items with different sets of fields have different hidden classes,
        // so a lookup per shape key would be a slow, megamorphic one for every absent field too.
        for (const key in input) {
          const field = fields.get(key);
          if (field === undefined) {
            // Unknown fields are a warning, not an error: a newer publisher tool may add fields an
            // older widget does not know, and the feed must still show.
            ctx.report('unknown-field', `Unknown field "${clip(key)}" is ignored.`, { field: clip(key) }, 'warning', key);
            out ??= copyBefore(input, key);
            continue;
          }
          const v = input[key];
          // Not in JSON, but a `.feed` set from script may hold { field: undefined }: the field is absent.
          if (v === undefined) continue;
          if (!field.optional) requiredSeen++;
          let result: unknown;
          if (field.scalar) {
            ctx.leaf = key;
            result = field.check(v, ctx);
            ctx.leaf = undefined;
          } else {
            path.push(key);
            result = field.check(v, ctx);
            path.pop();
          }
          if (result === INVALID) {
            if (!field.optional) ok = false;
            out ??= copyBefore(input, key);
          } else if (out) out[key] = result;
          else if (result !== v) (out = copyBefore(input, key))[key] = result;
        }
        if (requiredSeen < required.length) {
          for (const key of required) {
            if (input[key] === undefined) {
              ctx.report('required', `Required field "${key}" is missing.`, { field: key }, 'error', key);
              ok = false;
            }
          }
        }
        return ok ? (out ?? input) : INVALID;
      };
    }
    case 'union': {
      // Parallel arrays and an index loop: `for (const [type, check] of members)` goes through the
      // iterator protocol twice per value, which cost as much as the checks themselves on a cold
      // page (a localized text, a union, is the most common value in a feed).
      const types = s.members.map((m) => jsonType(m as AnySchema));
      const checks = s.members.map((m) => compile(m as AnySchema));
      return (value, ctx) => {
        const type = typeOf(value);
        for (let i = 0; i < types.length; i++) if (types[i] === type) return checks[i](value, ctx);
        return mismatch(s, value, ctx);
      };
    }
    case 'ref':
      return compile(s.target as AnySchema);
    case 'any':
      return (value) => value;
  }
}

/**
 * Checks `value` against `schema`. Returns the usable value (objects are copied, only when needed,
 * with unknown and invalid optional fields left out, arrays with invalid items
 * left out) or `INVALID`. Never throws for any JSON input.
 */
export function check<T>(schema: Schema<T>, value: unknown, ctx: CheckContext): T | typeof INVALID {
  return compile(schema as AnySchema)(value, ctx) as T | typeof INVALID;
}

function mismatch(schema: AnySchema, value: unknown, ctx: CheckContext): typeof INVALID {
  ctx.report('type', `Expected ${expected(schema)}, found ${typeOf(value)}.`, {
    expected: expected(schema),
    found: typeOf(value),
  });
  return INVALID;
}

const clip = (text: string): string => (text.length > 60 ? text.slice(0, 57) + '…' : text);
