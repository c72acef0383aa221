/** Writes schema/feed.schema.json from the descriptors in src/feed (the one source of truth). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { FeedSchema } from '../src/feed/feed.js';
import { toJsonSchema } from '../src/feed/json-schema.js';
import type { AnySchema } from '../src/feed/schema-kit.js';

const schema = toJsonSchema(FeedSchema as AnySchema, 'https://samverkan.example/schema/feed.schema.json');
mkdirSync(new URL('../schema/', import.meta.url), { recursive: true });
writeFileSync(new URL('../schema/feed.schema.json', import.meta.url), JSON.stringify(schema, null, 2) + '\n');
console.log('schema/feed.schema.json written');
