/**
 * Label and field selectors as the API server parses them (equality-based and set-based
 * existence: `a=b`, `a==b`, `a!=b`, `a`, `!a`, `a in (x,y)`, `a notin (x,y)`).
 */
export type Labels = Readonly<Record<string, string>>;

type Requirement = (labels: Labels) => boolean;

function splitTopLevel(selector: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of selector) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  if (current.trim()) parts.push(current);
  return parts.map((p) => p.trim()).filter(Boolean);
}

function requirement(term: string): Requirement {
  const set = /^([\w./-]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(term);
  if (set) {
    const [, key = '', op, list = ''] = set;
    const values = list.split(',').map((v) => v.trim());
    return op === 'in'
      ? (l) => l[key] !== undefined && values.includes(l[key])
      : (l) => l[key] === undefined || !values.includes(l[key]);
  }
  const neq = /^([\w./-]+)\s*!=\s*(.*)$/.exec(term);
  if (neq) return (l) => l[neq[1] ?? ''] !== neq[2];
  const eq = /^([\w./-]+)\s*==?\s*(.*)$/.exec(term);
  if (eq) return (l) => l[eq[1] ?? ''] === eq[2];
  if (term.startsWith('!')) return (l) => l[term.slice(1)] === undefined;
  if (/^[\w./-]+$/.test(term)) return (l) => l[term] !== undefined;
  throw new Error(`unable to parse requirement: ${term}`);
}

export function parseSelector(selector: string | null): (labels: Labels) => boolean {
  if (!selector) return () => true;
  const reqs = splitTopLevel(selector).map(requirement);
  return (labels) => reqs.every((r) => r(labels));
}

export function matchesLabels(selector: Labels | undefined, labels: Labels | undefined): boolean {
  if (!selector || Object.keys(selector).length === 0) return false;
  return Object.entries(selector).every(([k, v]) => labels?.[k] === v);
}

/** Field selectors: only `path=value` / `path!=value` over dotted paths, as the API supports. */
export function parseFieldSelector(selector: string | null): (object: unknown) => boolean {
  if (!selector) return () => true;
  const terms = selector.split(',').map((t) => {
    const m = /^([\w.]+)(!=|==|=)(.*)$/.exec(t.trim());
    if (!m) throw new Error(`invalid field selector: ${t}`);
    const [, path = '', op, value] = m;
    return { path: path.split('.'), negate: op === '!=', value };
  });
  return (object) =>
    terms.every(({ path, negate, value }) => {
      let cur: unknown = object;
      for (const p of path) cur = (cur as Record<string, unknown> | undefined)?.[p];
      const equal = String(cur ?? '') === value;
      return negate ? !equal : equal;
    });
}
