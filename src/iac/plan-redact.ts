/**
 * plan.json is an artifact: before it is written, every value terraform marks sensitive is
 * replaced. terraform's `show -json` prints sensitive values in clear next to the marks that say
 * so (`*_sensitive`, `sensitive_values`, sensitive outputs, sensitive root variables); this
 * collects those values and replaces every string value equal to one of them, anywhere in the
 * document (keys and structure untouched). The tfplan file itself still holds them: it is as
 * secret as the state.
 */
import { isRecord } from '../shared/json.js';

export const REDACTED = '(sensitive value)';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Add the leaves of `value` that `mask` marks (true = the whole subtree) to `out`. */
function collect(value: unknown, mask: unknown, out: Set<string>): void {
  if (mask === true) {
    leaves(value, out);
    return;
  }
  if (Array.isArray(mask) && Array.isArray(value)) {
    mask.forEach((m, i) => collect(value[i], m, out));
  } else if (isRecord<Json>(mask) && isRecord<Json>(value)) {
    for (const [k, m] of Object.entries(mask)) collect(value[k], m, out);
  }
}

function leaves(value: unknown, out: Set<string>): void {
  if (typeof value === 'string' && value !== '') out.add(value);
  else if (typeof value === 'number') out.add(String(value));
  else if (Array.isArray(value)) value.forEach((v) => leaves(v, out));
  else if (isRecord<Json>(value)) Object.values(value).forEach((v) => leaves(v, out));
}

function changes(list: unknown, out: Set<string>): void {
  if (!Array.isArray(list)) return;
  for (const rc of list) {
    const change = isRecord<Json>(rc) ? rc.change : undefined;
    if (!isRecord<Json>(change)) continue;
    collect(change.before, change.before_sensitive, out);
    collect(change.after, change.after_sensitive, out);
  }
}

function moduleValues(mod: unknown, out: Set<string>): void {
  if (!isRecord<Json>(mod)) return;
  for (const r of Array.isArray(mod.resources) ? mod.resources : []) {
    if (isRecord<Json>(r)) collect(r.values, r.sensitive_values, out);
  }
  for (const child of Array.isArray(mod.child_modules) ? mod.child_modules : []) {
    moduleValues(child, out);
  }
}

function valuesDoc(doc: unknown, out: Set<string>): void {
  if (!isRecord<Json>(doc)) return;
  const outputs = doc.outputs;
  if (isRecord<Json>(outputs)) {
    for (const o of Object.values(outputs))
      if (isRecord<Json>(o) && o.sensitive === true) leaves(o.value, out);
  }
  moduleValues(doc.root_module, out);
}

/** Every sensitive value in a `show -json` plan document. */
export function sensitiveValues(plan: unknown): Set<string> {
  const out = new Set<string>();
  if (!isRecord<Json>(plan)) return out;
  changes(plan.resource_changes, out);
  changes(plan.resource_drift, out);
  if (isRecord<Json>(plan.output_changes))
    changes(
      Object.values(plan.output_changes).map((change) => ({ change })),
      out,
    );
  valuesDoc(plan.planned_values, out);
  if (isRecord<Json>(plan.prior_state)) valuesDoc(plan.prior_state.values, out);
  const config = isRecord<Json>(plan.configuration) ? plan.configuration.root_module : undefined;
  const declared =
    isRecord<Json>(config) && isRecord<Json>(config.variables) ? config.variables : {};
  const given = isRecord<Json>(plan.variables) ? plan.variables : {};
  for (const [name, decl] of Object.entries(declared)) {
    if (isRecord<Json>(decl) && decl.sensitive === true && isRecord<Json>(given[name]))
      leaves(given[name].value, out);
  }
  return out;
}

function replace(value: Json, secrets: Set<string>): Json {
  if (typeof value === 'string') return secrets.has(value) ? REDACTED : value;
  if (typeof value === 'number') return secrets.has(String(value)) ? REDACTED : value;
  if (Array.isArray(value)) return value.map((v) => replace(v, secrets));
  if (isRecord<Json>(value)) {
    const out: Record<string, Json> = {};
    for (const [k, v] of Object.entries(value)) out[k] = replace(v, secrets);
    return out;
  }
  return value;
}

/** The plan document as text with every sensitive value replaced (the input text when none). */
export function redactPlanJson(plan: unknown, text: string): string {
  const secrets = sensitiveValues(plan);
  if (!secrets.size) return text;
  return `${JSON.stringify(replace(plan as Json, secrets))}\n`;
}
