/**
 * The three patch types the API server accepts and @kubernetes/client-node sends:
 * RFC 7386 merge patch, RFC 6902 JSON patch, and strategic merge patch (lists merged by their
 * patchMergeKey — `name` for containers/ports/env, `type` for conditions — as the server does).
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (v: Json | undefined): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function mergePatch(target: Json, patch: Json): Json {
  if (!isObject(patch)) return patch;
  const result: JsonObject = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key] ?? null, value);
  }
  return result;
}

const MERGE_KEYS: Record<string, string> = {
  containers: 'name',
  initContainers: 'name',
  ports: 'containerPort',
  env: 'name',
  volumes: 'name',
  volumeMounts: 'mountPath',
  conditions: 'type',
};

export function strategicMergePatch(target: Json, patch: Json, field = ''): Json {
  if (Array.isArray(patch)) {
    const key = MERGE_KEYS[field];
    if (!key || !Array.isArray(target)) return patch;
    const result = [...target];
    for (const item of patch) {
      if (!isObject(item)) return patch;
      const index = result.findIndex((t) => isObject(t) && t[key] === item[key]);
      if (index < 0) result.push(item);
      else result[index] = strategicMergePatch(result[index] ?? null, item);
    }
    return result;
  }
  if (!isObject(patch)) return patch;
  const result: JsonObject = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (key.startsWith('$')) continue;
    if (value === null) delete result[key];
    else result[key] = strategicMergePatch(result[key] ?? null, value, key);
  }
  return result;
}

export class PatchError extends Error {}

function pointer(path: string): string[] {
  if (path === '') return [];
  if (!path.startsWith('/')) throw new PatchError(`invalid JSON pointer ${path}`);
  return path
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function jsonPatch(target: Json, ops: Json): Json {
  if (!Array.isArray(ops)) throw new PatchError('json patch must be an array of operations');
  let doc = structuredClone(target);
  for (const raw of ops) {
    if (!isObject(raw)) throw new PatchError('invalid operation');
    const op = String(raw.op);
    const parts = pointer(String(raw.path));
    const last = parts.pop();
    if (last === undefined) {
      if (op === 'replace' || op === 'add') doc = structuredClone(raw.value ?? null);
      continue;
    }
    let parent: Json = doc;
    for (const p of parts) {
      const next: Json | undefined = Array.isArray(parent)
        ? parent[Number(p)]
        : isObject(parent)
          ? parent[p]
          : undefined;
      if (next === undefined) throw new PatchError(`path ${String(raw.path)} does not exist`);
      parent = next;
    }
    const value = structuredClone(raw.value ?? null);
    if (Array.isArray(parent)) {
      const i = last === '-' ? parent.length : Number(last);
      if (op === 'add') parent.splice(i, 0, value);
      else if (op === 'remove') parent.splice(i, 1);
      else if (op === 'replace') parent[i] = value;
      else if (op === 'test' && JSON.stringify(parent[i]) !== JSON.stringify(value))
        throw new PatchError(`test failed at ${String(raw.path)}`);
    } else if (isObject(parent)) {
      if ((op === 'replace' || op === 'remove') && !(last in parent))
        throw new PatchError(`path ${String(raw.path)} does not exist`);
      if (op === 'add' || op === 'replace') parent[last] = value;
      else if (op === 'remove') delete parent[last];
      else if (op === 'test' && JSON.stringify(parent[last]) !== JSON.stringify(value))
        throw new PatchError(`test failed at ${String(raw.path)}`);
    } else throw new PatchError(`path ${String(raw.path)} does not exist`);
  }
  return doc;
}

export function applyPatch(contentType: string, target: Json, patch: Json): Json {
  const type = contentType.split(';')[0]?.trim();
  if (type === 'application/merge-patch+json') return mergePatch(target, patch);
  if (type === 'application/strategic-merge-patch+json') return strategicMergePatch(target, patch);
  if (type === 'application/json-patch+json') return jsonPatch(target, patch);
  throw new PatchError(`415: unsupported patch content type ${contentType}`);
}
