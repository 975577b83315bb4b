// Regenerates the root action.yml (`uses: <owner>/gantry@v1` with `command:`) and the
// dispatcher's routing table from actions/*/action.yml, so the root can never drift from the
// actions it forwards to.
//
//   node scripts/sync-root-action.mjs          # rewrite action.yml and src/actions/gantry/routes.json
//   node scripts/sync-root-action.mjs --check  # exit 1 and list the differences instead
//
// The rules (also in the header of action.yml):
// - Every input of every sub-action is declared in the root with the same name, description and
//   default. Inputs are all optional in the root: `command` decides which are needed, and the
//   sub-action itself still rejects a missing required one ("Input required and not supplied").
// - An input that several sub-actions declare with the SAME default is declared once. When their
//   descriptions differ, the root's description is each one in turn, prefixed by its command.
// - An input that sub-actions declare with DIFFERENT defaults cannot be one input: each is
//   declared as `<action>-<input>` (e.g. plan-comment, apply-comment) and the dispatcher hands
//   it to the sub-action under its own name.
// - Outputs are the union of the sub-actions' outputs (merged the same way) plus the `status`
//   command's own.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import * as prettier from 'prettier';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** command → the action whose code runs it, and inputs the command fixes. */
export const COMMANDS = {
  plan: { action: 'plan' },
  apply: { action: 'apply' },
  publish: { action: 'publish' },
  rollout: { action: 'rollout' },
  rollback: { action: 'rollout', fixed: { action: 'rollback' } },
  status: { action: 'status' },
};

/** The `status` command is the root's own (gantry status): rollout's target inputs, these outputs. */
const STATUS = {
  inputs: ['namespace', 'app', 'kubeconfig'],
  outputs: {
    healthy: {
      description:
        'status: true when no problem was found (active color fully ready, a known-good previous color, no crash loops).',
    },
    'status-json': {
      description:
        'status: the whole status as JSON (the shape of `gantry status --json`, schemaVersion 1).',
    },
  },
};

function load(action) {
  const file = join(root, 'actions', action, 'action.yml');
  return parse(readFileSync(file, 'utf8'));
}

function merged(entries) {
  const descriptions = [...new Set(entries.map((e) => e.description))];
  if (descriptions.length === 1) return descriptions[0];
  return entries.map((e) => `${e.action}: ${e.description}`).join(' | ');
}

export function buildRoot() {
  const actions = [...new Set(Object.values(COMMANDS).map((c) => c.action))].filter(
    (a) => a !== 'status' && existsSync(join(root, 'actions', a, 'action.yml')),
  );
  const missing = [...new Set(Object.values(COMMANDS).map((c) => c.action))].filter(
    (a) => a !== 'status' && !actions.includes(a),
  );
  const defs = Object.fromEntries(actions.map((a) => [a, load(a)]));
  // 1. Inputs, grouped by name in the order they first appear.
  const byName = new Map();
  for (const action of actions) {
    for (const [name, input] of Object.entries(defs[action].inputs ?? {})) {
      const list = byName.get(name) ?? [];
      list.push({
        action,
        description: String(input.description ?? ''),
        default: input.default === undefined ? undefined : String(input.default),
      });
      byName.set(name, list);
    }
  }
  const inputs = {
    command: {
      description: `What to run: ${Object.keys(COMMANDS).join(', ')}. Each command forwards to the action of the same name (rollback: rollout with action rollback; status: gantry status). Inputs named <action>-<input> are that action's own where two actions disagree on a default.`,
      required: true,
    },
  };
  const namespaced = {};
  for (const [name, list] of byName) {
    const defaults = new Set(list.map((e) => e.default ?? '\u0000none'));
    if (defaults.size === 1) {
      const d = list[0].default;
      inputs[name] = {
        description: merged(list),
        required: false,
        ...(d === undefined ? {} : { default: d }),
      };
      continue;
    }
    for (const e of list) {
      const alias = `${e.action}-${name}`;
      inputs[alias] = {
        description: e.description,
        required: false,
        ...(e.default === undefined ? {} : { default: e.default }),
      };
      (namespaced[e.action] ??= {})[alias] = name;
    }
  }
  // 2. Outputs: the union, then status's own.
  const outputsByName = new Map();
  for (const action of actions) {
    for (const [name, output] of Object.entries(defs[action].outputs ?? {})) {
      const list = outputsByName.get(name) ?? [];
      list.push({ action, description: String(output.description ?? '') });
      outputsByName.set(name, list);
    }
  }
  const outputs = {};
  for (const [name, list] of outputsByName) outputs[name] = { description: merged(list) };
  for (const [name, output] of Object.entries(STATUS.outputs)) outputs[name] ??= output;
  const action = {
    name: 'Gantry',
    description:
      'Plan, apply, publish and roll out from one action: `command` picks plan, apply, publish, rollout, rollback or status; every input of the actions/<name> actions is accepted here too.',
    author: 'Gantry',
    inputs,
    outputs,
    runs: { using: 'node24', main: 'dist/gantry/index.js' },
    branding: { icon: 'anchor', color: 'blue' },
  };
  const routes = { commands: COMMANDS, namespaced, statusInputs: STATUS.inputs };
  return { action, routes, missing };
}

const HEADER = `# Generated by scripts/sync-root-action.mjs from actions/*/action.yml: do not edit by hand.
# Every sub-action input is declared here with the same name, description and default; inputs
# that sub-actions declare with different defaults are namespaced <action>-<input>. A test
# (test/repo/root-action.test.ts) fails when this file drifts from the sub-actions.
`;

async function format(text, parser) {
  const options = (await prettier.resolveConfig(join(root, 'action.yml'))) ?? {};
  return prettier.format(text, { ...options, parser });
}

export async function render() {
  const { action, routes, missing } = buildRoot();
  const yml = await format(
    HEADER +
      stringify(action, {
        lineWidth: 0,
        defaultStringType: 'QUOTE_SINGLE',
        defaultKeyType: 'PLAIN',
      }),
    'yaml',
  );
  const json = await format(JSON.stringify(routes, null, 2), 'json');
  return { files: { 'action.yml': yml, 'src/actions/gantry/routes.json': json }, missing };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const { files, missing } = await render();
  if (missing.length) console.warn(`warning: no action.yml yet for: ${missing.join(', ')}`);
  let stale = 0;
  for (const [path, text] of Object.entries(files)) {
    const full = join(root, path);
    const current = existsSync(full) ? readFileSync(full, 'utf8') : '';
    if (current === text) continue;
    if (check) {
      stale++;
      console.error(`${path} is out of date: run node scripts/sync-root-action.mjs`);
    } else {
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, text);
      console.log(`wrote ${path}`);
    }
  }
  process.exitCode = stale ? 1 : 0;
}
