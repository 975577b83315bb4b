/**
 * A large `terraform show -json` document built by program, with the shape terraform gives real
 * plans (module addresses with for_each keys, nested blocks, tags maps, unknown and sensitive
 * marks, a sensitive variable, moves, imports, replaces), for size tests and the benchmark.
 * Applying thousands of real resources takes minutes here; planning the JSON shape is what the
 * renderer sees, so this stands in for a 5,000- or 50,000-resource plan.
 */
export const SYNTHETIC_SECRET = 'synthetic-db-password-123';

function attrs(i: number, version: number): Record<string, unknown> {
  return {
    id: `i-${(1_000_000 + i).toString(16)}`,
    name: `service-${i}`,
    input: {
      image: `registry.example.com/app/service-${i % 97}:v${version}`,
      replicas: (i % 5) + 1 + version,
      env: [
        { name: 'LOG_LEVEL', value: version > 1 ? 'debug' : 'info' },
        { name: 'DB_PASSWORD', value: SYNTHETIC_SECRET },
      ],
      tags: { team: `team-${i % 13}`, cost_center: `cc-${i % 7}`, env: 'production' },
    },
    triggers_replace: null,
  };
}

const sensitiveMarks = { input: { env: [{}, { value: true }] } };

function change(i: number, everyNth: number): Record<string, unknown> {
  const module = `module.region["r${i % 50}"]`;
  const address = `${module}.terraform_data.svc["s${i}"]`;
  const base = {
    address,
    module_address: module,
    mode: 'managed',
    type: 'terraform_data',
    name: 'svc',
    index: `s${i}`,
    provider_name: 'terraform.io/builtin/terraform',
  };
  // Only every Nth resource changes; the rest are no-ops (kind 19).
  const kind = i % everyNth === 0 ? Math.floor(i / everyNth) % 20 : 19;
  const before = attrs(i, 1);
  const after = attrs(i, 2);
  const common = { before_sensitive: sensitiveMarks, after_sensitive: sensitiveMarks };
  if (kind < 10) {
    const { id: _id, ...created } = after;
    return {
      ...base,
      change: {
        actions: ['create'],
        before: null,
        after: created,
        after_unknown: { id: true, output: true },
        before_sensitive: false,
        after_sensitive: sensitiveMarks,
      },
    };
  }
  if (kind < 15) {
    return {
      ...base,
      change: { actions: ['update'], before, after, after_unknown: { output: true }, ...common },
    };
  }
  if (kind === 15) {
    return {
      ...base,
      previous_address: `${module}.terraform_data.old["s${i}"]`,
      change: { actions: ['no-op'], before, after: before, after_unknown: {}, ...common },
    };
  }
  if (kind === 16) {
    return {
      ...base,
      change: {
        actions: ['no-op'],
        before,
        after: before,
        after_unknown: {},
        importing: { id: `i-${i}` },
        ...common,
      },
    };
  }
  if (kind === 17) {
    return {
      ...base,
      action_reason: 'replace_because_cannot_update',
      change: {
        actions: i % 2 ? ['create', 'delete'] : ['delete', 'create'],
        before,
        after: { ...after, triggers_replace: `v${i}` },
        after_unknown: { id: true, output: true },
        replace_paths: [['triggers_replace']],
        ...common,
      },
    };
  }
  if (kind === 18) {
    return {
      ...base,
      action_reason: 'delete_because_no_resource_config',
      change: {
        actions: ['delete'],
        before,
        after: null,
        after_unknown: {},
        before_sensitive: sensitiveMarks,
        after_sensitive: false,
      },
    };
  }
  return {
    ...base,
    change: { actions: ['no-op'], before, after: before, after_unknown: {}, ...common },
  };
}

/**
 * A plan document with `n` resource changes: by default every kind round-robin (50% create, 25%
 * update, 5% each of replace, delete, move, import, no-op); with `everyNth`, only every Nth
 * resource changes (that mix) and the rest are no-ops, the shape of a typical PR on a big stack.
 */
export function syntheticPlan(n: number, everyNth = 1): Record<string, unknown> {
  const resource_changes: unknown[] = [];
  for (let i = 0; i < n; i++) resource_changes.push(change(i, everyNth));
  const output_changes: Record<string, unknown> = {};
  for (let i = 0; i < 20; i++) {
    output_changes[`endpoint_${i}`] = {
      actions: ['update'],
      before: `https://old-${i}.example.com`,
      after: `https://new-${i}.example.com`,
      after_unknown: false,
      before_sensitive: false,
      after_sensitive: false,
    };
  }
  output_changes.db_password = {
    actions: ['update'],
    before: `old-${SYNTHETIC_SECRET}`,
    after: SYNTHETIC_SECRET,
    after_unknown: false,
    before_sensitive: true,
    after_sensitive: true,
  };
  return {
    format_version: '1.2',
    terraform_version: '1.11.4',
    variables: { db_password: { value: SYNTHETIC_SECRET } },
    planned_values: { root_module: {} },
    resource_changes,
    output_changes,
    configuration: {
      root_module: { variables: { db_password: { sensitive: true } } },
    },
    timestamp: '2026-01-01T00:00:00Z',
    applyable: true,
    complete: true,
    errored: false,
  };
}
