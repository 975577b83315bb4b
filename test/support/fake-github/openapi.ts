/**
 * GitHub's OpenAPI description (@octokit/openapi, api.github.com.json), loaded once per process,
 * with ajv validators compiled lazily per operation and status. OpenAPI 3.0 `nullable` is handled
 * by ajv natively; unknown keywords (`x-github`, `example`, `discriminator`) are ignored
 * (strict: false).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

const require = createRequire(import.meta.url);
// ajv-formats is CommonJS with a default export; under ESM interop it is the module namespace.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: Ajv) => Ajv;

type Json = Record<string, unknown>;

let spec: Json | undefined;
let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction | null>();

function load(): { spec: Json; ajv: Ajv } {
  if (!spec || !ajv) {
    const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
    spec = JSON.parse(readFileSync(file, 'utf8')) as Json;
    nullableWithoutType(spec);
    ajv = new Ajv({ strict: false, validateSchema: false, allErrors: true, logger: false });
    addFormats(ajv);
    ajv.addSchema({ $id: 'gh', paths: spec.paths, components: spec.components });
  }
  return { spec, ajv };
}

const escape = (segment: string): string => segment.replace(/~/g, '~0').replace(/\//g, '~1');

function at(root: Json, pointer: string[]): unknown {
  let node: unknown = root;
  for (const part of pointer) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Json)[part];
  }
  return node;
}

/** Follow `$ref`s to `#/components/...` so the pointer reaches a concrete object. */
function resolve(pointer: string[]): string[] | undefined {
  const { spec: root } = load();
  let current = pointer;
  for (let i = 0; i < 10; i += 1) {
    const node = at(root, current);
    if (node === undefined) return undefined;
    const ref = (node as Json).$ref;
    if (typeof ref !== 'string') return current;
    current = ref
      .replace(/^#\//, '')
      .split('/')
      .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  }
  return undefined;
}

export interface Operation {
  operationId: string;
  parameters: { name: string; in: string }[];
  statuses: string[];
}

/** The operation for an OpenAPI path template and method, or undefined when GitHub has none. */
export function operation(path: string, method: string): Operation | undefined {
  const { spec: root } = load();
  const op = at(root, ['paths', path, method.toLowerCase()]) as Json | undefined;
  if (!op) return undefined;
  const parameters = ((op.parameters as Json[] | undefined) ?? []).map((p, i) => {
    const resolved = resolve(['paths', path, method.toLowerCase(), 'parameters', String(i)]);
    const param = (resolved ? at(root, resolved) : p) as Json;
    return { name: String(param.name), in: String(param.in) };
  });
  return {
    operationId: String(op.operationId),
    parameters,
    statuses: Object.keys((op.responses as Json | undefined) ?? {}),
  };
}

function validator(key: string, pointer: string[] | undefined): ValidateFunction | null {
  if (validators.has(key)) return validators.get(key) ?? null;
  const { ajv: instance, spec: root } = load();
  let fn: ValidateFunction | null = null;
  if (pointer) {
    const base = resolve(pointer);
    const schemaPointer = base && [...base, 'content', 'application/json', 'schema'];
    if (schemaPointer && at(root, schemaPointer) !== undefined) {
      fn = instance.compile({ $ref: `gh#/${schemaPointer.map(escape).join('/')}` });
    }
  }
  validators.set(key, fn);
  return fn;
}

function format(fn: ValidateFunction): string {
  return (fn.errors ?? [])
    .slice(0, 5)
    .map((e) => `${e.instancePath || '(root)'} ${e.message ?? ''}`)
    .join('; ');
}

/** Problems with a request body for this operation ([] when it matches). */
export function checkRequestBody(path: string, method: string, body: unknown): string[] {
  const m = method.toLowerCase();
  const fn = validator(`req ${m} ${path}`, ['paths', path, m, 'requestBody']);
  if (!fn) return body === undefined ? [] : [`${method} ${path} takes no JSON body`];
  return fn(body) ? [] : [`request body of ${method} ${path}: ${format(fn)}`];
}

/** Problems with a response body for this operation and status ([] when it matches). */
export function checkResponseBody(
  path: string,
  method: string,
  status: number,
  body: unknown,
): string[] {
  const m = method.toLowerCase();
  const fn = validator(`res ${m} ${path} ${status}`, [
    'paths',
    path,
    m,
    'responses',
    String(status),
  ]);
  if (!fn) return [];
  return fn(body) ? [] : [`response ${status} of ${method} ${path}: ${format(fn)}`];
}

/**
 * OpenAPI 3.0 allows `nullable: true` beside `oneOf`/`anyOf` without a `type` (e.g. the commit
 * schema's `author`), which ajv refuses to compile; rewrite it as one more `{ enum: [null] }` branch.
 * (Added by the apply helper for GET /repos/{owner}/{repo}/commits/{ref}.)
 */
function nullableWithoutType(node: unknown): void {
  if (typeof node !== 'object' || node === null) return;
  const n = node as Json;
  const branches = (n.oneOf ?? n.anyOf) as unknown[] | undefined;
  if (n.nullable === true && n.type === undefined && Array.isArray(branches)) {
    delete n.nullable;
    branches.push({ enum: [null] });
  }
  for (const value of Object.values(n)) nullableWithoutType(value);
}
