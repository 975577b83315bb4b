export const id = 583;
export const ids = [583];
export const modules = {

/***/ 583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ command)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
// EXTERNAL MODULE: ./src/ops/format-status.ts
var format_status = __webpack_require__(8024);
;// CONCATENATED MODULE: ./src/ops/describe.ts

function get(object, path) {
    let cur = object;
    for (const key of path.split('.')) {
        if (typeof cur !== 'object' || cur === null)
            return undefined;
        cur = cur[key];
    }
    return cur;
}
function str(value) {
    if (value === undefined || value === null || value === '')
        return '<none>';
    if (value instanceof Date)
        return value.toISOString();
    return typeof value === 'string' ? value : JSON.stringify(value);
}
function pairs(map) {
    if (!map || typeof map !== 'object')
        return '<none>';
    const entries = Object.entries(map);
    return entries.length
        ? entries.map(([k, v]) => `${k}=${str(v)}`).join('\n               ')
        : '<none>';
}
function eventsFor(events, kind, name) {
    const mine = events.filter((e) => e.involvedObject?.kind === kind && e.involvedObject?.name === name);
    if (!mine.length)
        return 'Events:        <none>';
    return `Events:\n${(0,format_status/* table */.tp)(['TYPE', 'REASON', 'LAST SEEN', 'COUNT', 'MESSAGE'], mine.map((e) => [
        e.type ?? '',
        e.reason ?? '',
        str(e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp),
        String(e.count ?? 1),
        e.message ?? '',
    ]))
        .split('\n')
        .map((l) => `  ${l}`)
        .join('\n')}`;
}
function header(kind, object) {
    return [
        `Kind:          ${kind}`,
        `Name:          ${str(get(object, 'metadata.name'))}`,
        `Namespace:     ${str(get(object, 'metadata.namespace'))}`,
        `Created:       ${str(get(object, 'metadata.creationTimestamp'))}`,
        `Labels:        ${pairs(get(object, 'metadata.labels'))}`,
        `Annotations:   ${pairs(get(object, 'metadata.annotations'))}`,
    ];
}
function containers(object, path) {
    const list = get(object, path) ?? [];
    return list.flatMap((c) => [
        `  ${str(c.name)}:`,
        `    Image:     ${str(c.image)}`,
        `    Ports:     ${str(c.ports?.map((p) => p.containerPort).join(', '))}`,
        `    Env:       ${(c.env ?? [])
            .map((e) => `${str(e.name)}=${str(e.value ?? e.valueFrom)}`)
            .join('\n               ') || '<none>'}`,
    ]);
}
function conditions(object) {
    const list = get(object, 'status.conditions') ?? [];
    if (!list.length)
        return ['Conditions:    <none>'];
    return [
        'Conditions:',
        ...(0,format_status/* table */.tp)(['TYPE', 'STATUS', 'REASON', 'MESSAGE'], list.map((c) => [
            str(c.type),
            str(c.status),
            c.reason ? str(c.reason) : '',
            c.message ? str(c.message) : '',
        ]))
            .split('\n')
            .map((l) => `  ${l}`),
    ];
}
function describeDeployment(d, events) {
    const s = (k) => str(get(d, `status.${k}`) ?? 0);
    return [
        ...header('Deployment', d),
        `Selector:      ${pairs(get(d, 'spec.selector.matchLabels'))}`,
        `Replicas:      ${str(get(d, 'spec.replicas') ?? 1)} desired | ${s('updatedReplicas')} updated | ${s('readyReplicas')} ready | ${s('availableReplicas')} available`,
        `Generation:    ${str(get(d, 'metadata.generation'))} (observed ${str(get(d, 'status.observedGeneration'))})`,
        'Containers:',
        ...containers(d, 'spec.template.spec.containers'),
        ...conditions(d),
        eventsFor(events, 'Deployment', str(get(d, 'metadata.name'))),
    ].join('\n');
}
function describePod(p, events) {
    const statuses = get(p, 'status.containerStatuses') ?? [];
    return [
        ...header('Pod', p),
        `Status:        ${str(get(p, 'status.phase'))}`,
        `IP:            ${str(get(p, 'status.podIP'))}`,
        `Node:          ${str(get(p, 'spec.nodeName'))}`,
        `Started:       ${str(get(p, 'status.startTime'))}`,
        'Containers:',
        ...containers(p, 'spec.containers'),
        ...statuses.map((c) => `  ${str(c.name)} state: ${str(Object.keys(c.state ?? {})[0])} ready=${str(c.ready)} restarts=${str(c.restartCount ?? 0)}${get(c, 'state.waiting.reason') ? ` reason=${str(get(c, 'state.waiting.reason'))}` : ''}`),
        ...conditions(p),
        eventsFor(events, 'Pod', str(get(p, 'metadata.name'))),
    ].join('\n');
}
function describeService(svc, slices, events) {
    const name = str(get(svc, 'metadata.name'));
    const endpoints = slices
        .filter((sl) => get(sl, 'metadata.labels')?.['kubernetes.io/service-name'] === name)
        .flatMap((sl) => (get(sl, 'endpoints') ?? []).map((e) => ({
        e,
        ready: get(e, 'conditions.ready'),
    })))
        .map(({ e, ready }) => `${str(e.addresses?.join(','))}${ready === false ? ' (not ready)' : ''}`);
    const ports = (get(svc, 'spec.ports') ?? []).map((p) => `${str(p.name ?? '')} ${str(p.port)}→${str(p.targetPort)}/${str(p.protocol ?? 'TCP')}`);
    return [
        ...header('Service', svc),
        `Selector:      ${pairs(get(svc, 'spec.selector'))}`,
        `Type:          ${str(get(svc, 'spec.type'))}`,
        `IP:            ${str(get(svc, 'spec.clusterIP'))}`,
        `Ports:         ${ports.join(', ') || '<none>'}`,
        `Endpoints:     ${endpoints.join(', ') || '<none>'}`,
        eventsFor(events, 'Service', name),
    ].join('\n');
}

// EXTERNAL MODULE: ./src/ops/logs.ts
var ops_logs = __webpack_require__(6477);
// EXTERNAL MODULE: ./src/ops/redact.ts
var redact = __webpack_require__(9187);
// EXTERNAL MODULE: ./src/ops/status.ts + 1 modules
var ops_status = __webpack_require__(5738);
;// CONCATENATED MODULE: ./src/ops/support-bundle.ts










/** `20261122T113005Z`: sortable, and safe in a file name on every OS. */
function stamp(now) {
    return now
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
}
function plain(value) {
    return JSON.parse(JSON.stringify(value));
}
function ownedBy(item, app) {
    const meta = item.metadata;
    const labels = meta?.labels ?? {};
    return ((0,ops_status/* belongsToApp */.Fw)(meta?.name ?? '', app) ||
        labels.app === app ||
        labels['app.kubernetes.io/name'] === app ||
        labels['kubernetes.io/service-name']?.startsWith(app) === true);
}
function eventsText(events, secrets) {
    const rows = [...events]
        .map((e) => {
        const at = (e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp);
        return [
            at instanceof Date ? at.toISOString() : (at ?? ''),
            e.type ?? '',
            e.reason ?? '',
            `${e.involvedObject?.kind ?? ''}/${e.involvedObject?.name ?? ''}`,
            String(e.count ?? 1),
            (0,redact/* redactText */.Rd)(e.message ?? '', secrets),
        ];
    })
        .sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
    return rows.length
        ? `${(0,format_status/* table */.tp)(['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'COUNT', 'MESSAGE'], rows)}\n`
        : 'no events\n';
}
/**
 * Collect and pack everything support needs about one app: resources (YAML, redacted),
 * describe-like text, recent logs, events, and the diagnosis. Secrets are redacted first and
 * everything written afterwards is scrubbed of the values found.
 */
async function writeSupportBundle(reader, exec, request) {
    const { namespace, app } = request;
    const outDir = (0,external_node_path_.resolve)(request.outDir);
    const name = `gantry-support-${app}-${namespace}-${stamp(request.now)}`;
    const staging = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'gantry-bundle-'));
    const root = (0,external_node_path_.join)(staging, name);
    const files = new Map();
    try {
        // 1. Read everything first: a bundle is a snapshot.
        const status = await (0,ops_status/* collectStatus */.hB)(reader, { namespace, app, maxEvents: 50 });
        const [services, deployments, pods, events, slices, configMaps, secrets] = await Promise.all([
            reader.listServices(namespace),
            reader.listDeployments(namespace, {}),
            reader.listPods(namespace, {}),
            reader.listNamespaceEvents(namespace),
            reader.listAllEndpointSlices(namespace),
            reader.listConfigMaps(namespace),
            reader.listSecrets(namespace),
        ]);
        const listed = [
            { kind: 'Service', apiVersion: 'v1', items: services },
            { kind: 'Deployment', apiVersion: 'apps/v1', items: deployments },
            { kind: 'Pod', apiVersion: 'v1', items: pods },
            { kind: 'EndpointSlice', apiVersion: 'discovery.k8s.io/v1', items: slices },
            { kind: 'ConfigMap', apiVersion: 'v1', items: configMaps },
            { kind: 'Secret', apiVersion: 'v1', items: secrets },
        ];
        // 2. Redact: the secret values found here are scrubbed from every later file.
        const found = new Set();
        const redacted = new Map();
        for (const l of listed) {
            const mine = (l.items ?? []).filter((i) => ownedBy(i, app) || l.kind === 'Secret' || l.kind === 'ConfigMap');
            redacted.set(l.kind, mine.map((item) => {
                const r = (0,redact/* redactObject */.ll)({
                    apiVersion: l.apiVersion,
                    kind: l.kind,
                    ...plain(item),
                });
                r.secrets.forEach((s) => found.add(s));
                return r.object;
            }));
        }
        const secretsFound = [...found];
        const scrub = (text) => (0,redact/* redactText */.Rd)(text, secretsFound);
        const appEvents = events.filter((e) => (0,ops_status/* belongsToApp */.Fw)(e.involvedObject?.name ?? '', app));
        // 3. Resources, describe output, events, diagnosis.
        for (const l of listed) {
            const file = `resources/${l.kind.toLowerCase()}s.yaml`;
            if (l.items === undefined)
                continue;
            files.set(file, scrub((0,dist/* stringify */.As)({ apiVersion: 'v1', kind: 'List', items: redacted.get(l.kind) ?? [] })));
        }
        for (const d of redacted.get('Deployment') ?? []) {
            const n = d.metadata.name;
            files.set(`describe/deployment-${n}.txt`, `${scrub(describeDeployment(d, appEvents))}\n`);
        }
        for (const p of redacted.get('Pod') ?? []) {
            const n = p.metadata.name;
            files.set(`describe/pod-${n}.txt`, `${scrub(describePod(p, appEvents))}\n`);
        }
        for (const s of redacted.get('Service') ?? []) {
            const n = s.metadata.name;
            files.set(`describe/service-${n}.txt`, `${scrub(describeService(s, redacted.get('EndpointSlice') ?? [], appEvents))}\n`);
        }
        files.set('events.txt', eventsText(appEvents, secretsFound));
        files.set('diagnose.txt', `${scrub((0,format_status/* formatDiagnosis */.Nb)(status))}\n`);
        files.set('status.json', `${scrub(JSON.stringify(status, null, 2))}\n`);
        // 4. Logs of every pod of both colors.
        const logs = await (0,ops_logs/* readLogs */.o_)(reader, namespace, (0,ops_logs/* podsFor */.uM)(status, 'all'), {
            tailLines: request.tailLines,
            redact: { secrets: secretsFound },
        });
        for (const l of logs) {
            files.set(`logs/${(0,ops_logs/* logName */.Is)(l)}.log`, l.error !== undefined ? `log unavailable: ${scrub(l.error)}\n` : (l.text ?? ''));
        }
        const unavailable = listed.filter((l) => l.items === undefined).map((l) => l.kind);
        files.set('manifest.json', `${JSON.stringify({
            app,
            namespace,
            createdAt: request.now.toISOString(),
            files: [...files.keys(), 'manifest.json'].sort(),
            unavailable,
            redaction: 'Secret data, ConfigMap and env values with secret-like names or shapes, last-applied annotations, and credentials in logs and events are replaced by <redacted>.',
        }, null, 2)}\n`);
        // 5. Write and pack.
        for (const [path, text] of files) {
            await (0,promises_.mkdir)((0,external_node_path_.dirname)((0,external_node_path_.join)(root, path)), { recursive: true });
            await (0,promises_.writeFile)((0,external_node_path_.join)(root, path), text);
        }
        await (0,promises_.mkdir)(outDir, { recursive: true });
        const file = (0,external_node_path_.join)(outDir, `${name}.tar.gz`);
        const tar = await exec({
            command: 'tar',
            args: ['-czf', file, '-C', staging, name],
            timeoutMs: 120_000,
        });
        if (tar.exitCode !== 0) {
            throw new errors/* UserError */.yo(`could not write ${file}: ${(tar.spawnError ?? tar.stderr).trim()}`, {
                hint: 'Check that tar is installed and the output directory is writable.',
            });
        }
        return { file, entries: [...files.keys()].map((p) => `${name}/${p}`).sort(), unavailable };
    }
    finally {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./src/ops/target.ts
var ops_target = __webpack_require__(2115);
// EXTERNAL MODULE: ./src/shared/exec.ts
var exec = __webpack_require__(7304);
;// CONCATENATED MODULE: ./src/cli/commands/support-bundle.ts





const command = {
    name: 'support-bundle',
    summary: 'Write a tar.gz of resources, describe output, logs and events (secrets redacted)',
    help: `Usage: gantry support-bundle --namespace <ns> --app <name> [--out-dir .] [--tail 500]

Writes gantry-support-<app>-<namespace>-<UTC timestamp>.tar.gz with:
  resources/*.yaml   Services, Deployments, Pods, EndpointSlices, ConfigMaps, Secrets
  describe/*.txt     describe-like text per Deployment, Pod and Service, with their events
  logs/<pod>.log     the last lines of every pod of both colors
  events.txt         the app's events, oldest first
  diagnose.txt       the output of gantry diagnose; status.json its JSON
  manifest.json      what is inside, what the cluster would not serve, how it was redacted
Secret data, secret-looking env and ConfigMap values, and credentials in logs and events are
replaced by <redacted> before anything is written. Prints the path of the archive.

Options:
${ops_target/* TARGET_HELP */.aL}
  --out-dir <dir>       where to write the archive (default: the current directory)
  --tail <n>            log lines per pod (default 500)
`,
    async run(ctx) {
        const { values } = (0,external_node_util_.parseArgs)({
            args: ctx.argv,
            options: {
                ...ops_target/* TARGET_OPTIONS */.FG,
                'out-dir': { type: 'string', default: '.' },
                tail: { type: 'string', default: '500' },
            },
            strict: true,
            allowPositionals: false,
        });
        const target = (0,ops_target/* parseTarget */.hu)(values);
        const tailLines = Number(values.tail);
        if (!Number.isInteger(tailLines) || tailLines <= 0) {
            throw new errors/* UserError */.yo(`--tail '${values.tail}' is not a positive whole number.`);
        }
        const result = await writeSupportBundle((0,ops_target/* readerFor */.d2)(target, ctx.env), exec/* execProcess */.Z, {
            namespace: target.namespace,
            app: target.app,
            outDir: values['out-dir'] ?? '.',
            tailLines,
            now: new Date(),
        });
        if (result.unavailable.length) {
            ctx.log.warn(`the cluster did not serve: ${result.unavailable.join(', ')} (noted in manifest.json)`);
        }
        ctx.log.info(`${result.entries.length} files`);
        ctx.stdout.write(`${result.file}\n`);
        return 0;
    },
};


/***/ }),

/***/ 8024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nb: () => (/* binding */ formatDiagnosis),
/* harmony export */   me: () => (/* binding */ formatStatus),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5738);

/** Left-aligned columns, two spaces apart; the last column is not padded. */
function table(header, rows) {
    const all = [header, ...rows];
    const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
    return all
        .map((r) => r
        .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd())
        .join('\n');
}
function shortDigest(digest) {
    return digest ? `${digest.slice(0, 'sha256:'.length + 12)}` : '-';
}
function failedMark(c) {
    if (!c.failed)
        return '-';
    const digest = (0,_status_js__WEBPACK_IMPORTED_MODULE_0__/* .digestOf */ .ol)(c.failed);
    return `FAILED${digest ? ` (${shortDigest(digest)})` : ''}`;
}
function colorRows(status) {
    const order = { active: 0, previous: 1, idle: 2 };
    return [...status.colors]
        .sort((a, b) => order[a.role] - order[b.role])
        .map((c) => [
        c.color,
        c.role,
        c.exists ? `${c.ready}/${c.desired}` : 'absent',
        shortDigest(c.digest),
        failedMark(c),
        c.deployedImage ?? c.image ?? '-',
    ]);
}
/** `gantry status`: the colors at a glance. */
function formatStatus(status) {
    const lines = [`${status.app} in namespace ${status.namespace}`];
    if (!status.deployed) {
        lines.push(`not deployed: Service ${status.app} does not exist.`);
        return lines.join('\n');
    }
    lines.push('', table(['COLOR', 'ROLE', 'READY', 'DIGEST', 'FAILED', 'IMAGE'], colorRows(status)), '', `active:      ${status.active ?? 'unknown'}${status.image ? `  ${status.image}` : ''}`, `previous:    ${status.previous ?? 'none'}`, `last switch: ${status.switchedAt ?? 'never (bootstrap only)'}${status.switchedBy ? ` (${status.switchedBy})` : ''}${status.runUrl ? `  ${status.runUrl}` : ''}`);
    if (status.lease) {
        lines.push(`in progress: run ${status.lease.runId} holds the app until ${status.lease.expiresAt}`);
    }
    lines.push(`warnings:    ${status.warnings.length ? `${status.warnings.length} recent (gantry diagnose)` : 'none'}`);
    lines.push(`health:      ${status.healthy ? 'ok' : `${status.problems.length} problem(s)`}`);
    return lines.join('\n');
}
/** `gantry diagnose`: status, then every pod, then the recent warning events and findings. */
function formatDiagnosis(status) {
    const pods = status.colors.flatMap((c) => c.pods);
    const sections = [formatStatus(status)];
    sections.push(pods.length
        ? `Pods\n${table(['POD', 'COLOR', 'PHASE', 'READY', 'RESTARTS', 'REASON'], pods.map((p) => [
            p.name,
            p.color,
            p.phase,
            p.ready ? 'yes' : 'no',
            String(p.restarts),
            p.reason ?? '',
        ]))}`
        : 'Pods\nnone');
    sections.push(status.warnings.length
        ? `Recent warning events\n${table(['LAST SEEN', 'OBJECT', 'REASON', 'COUNT', 'MESSAGE'], status.warnings.map((w) => [
            w.at ?? '-',
            w.object,
            w.reason ?? '',
            String(w.count),
            w.message ?? '',
        ]))}`
        : 'Recent warning events\nnone');
    sections.push(status.problems.length
        ? `Problems\n${status.problems.map((p) => `- ${p}`).join('\n')}`
        : 'Problems\nnone found');
    return sections.join('\n\n');
}


/***/ }),

/***/ 6477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Is: () => (/* binding */ logName),
/* harmony export */   l8: () => (/* binding */ formatLogs),
/* harmony export */   o_: () => (/* binding */ readLogs),
/* harmony export */   uM: () => (/* binding */ podsFor),
/* harmony export */   zg: () => (/* binding */ COLOR_CHOICES)
/* harmony export */ });
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9187);

const COLOR_CHOICES = ['active', 'previous', 'blue', 'green', 'all'];
/** The pods whose logs a choice means, from a status already collected. */
function podsFor(status, choice) {
    return status.colors
        .filter((c) => {
        if (choice === 'all')
            return true;
        if (choice === 'active' || choice === 'previous')
            return c.role === choice;
        return c.color === choice;
    })
        .flatMap((c) => c.pods);
}
/**
 * Read the tail of each pod's log. A pod whose log cannot be read (not started, API refuses)
 * yields an error entry rather than failing the whole read: on call, partial logs beat none.
 */
async function readLogs(reader, namespace, pods, options) {
    const targets = pods.flatMap((p) => p.containers.length > 1
        ? p.containers.map((container) => ({ pod: p, container }))
        : [{ pod: p, container: undefined }]);
    return Promise.all(targets.map(async ({ pod: p, container }) => {
        const entry = { pod: p.name, color: p.color, ...(container ? { container } : {}) };
        try {
            const text = await reader.podLog(namespace, p.name, {
                tailLines: options.tailLines,
                ...(container ? { container } : {}),
            });
            return { ...entry, text: options.redact ? (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactText */ .Rd)(text, options.redact.secrets) : text };
        }
        catch (error) {
            return { ...entry, error: error.message };
        }
    }));
}
/** Where a log goes in a bundle: `<pod>.log`, or `<pod>_<container>.log` beside a sidecar. */
function logName(log) {
    return log.container ? `${log.pod}_${log.container}` : log.pod;
}
/** `kubectl logs --prefix`-style text: every line prefixed by its pod (and container). */
function formatLogs(logs) {
    return logs
        .map((l) => {
        const prefix = `[${l.container ? `${l.pod}/${l.container}` : l.pod}]`;
        if (l.error !== undefined)
            return `${prefix} (log unavailable: ${l.error})`;
        const lines = (l.text ?? '').replace(/\n$/, '').split('\n');
        return lines.map((line) => `${prefix} ${line}`).join('\n');
    })
        .join('\n');
}


/***/ }),

/***/ 9187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rd: () => (/* binding */ redactText),
/* harmony export */   ll: () => (/* binding */ redactObject)
/* harmony export */ });
/* unused harmony exports REDACTED, isSecretName, looksSecret */
/**
 * Redaction for support bundles: a bundle is attached to tickets and chat threads, so no Secret
 * value, no secret-looking environment value and no credential in a log line may reach it.
 */
const REDACTED = '<redacted>';
/** Names of variables and keys that hold secrets by convention. */
const SECRET_NAME = /(pass(word|wd)?|secret|token|api[-_]?key|access[-_]?key|private[-_]?key|credential|auth|session|cookie|signing|dsn|salt|cert)/i;
/** Values that are secrets whatever their name. */
const SECRET_VALUE = [
    /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
    /\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:[^\s@/]+@/i, // URL with user:password@
    /\beyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]{8,}/, // JWT
    /\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})/, // GitHub tokens
    /\b(AKIA|ASIA)[A-Z0-9]{16}\b/, // AWS access key id
    /\bxox[abprs]-[A-Za-z0-9-]{10,}/, // Slack tokens
    /\bsk_(live|test)_[A-Za-z0-9]{10,}/, // Stripe keys
];
function isSecretName(name) {
    return SECRET_NAME.test(name);
}
function looksSecret(value) {
    return SECRET_VALUE.some((re) => re.test(value));
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Replace every value of a map (Secret `data`/`stringData`) by a length-free marker. */
function redactMap(map) {
    if (!isRecord(map))
        return map;
    return Object.fromEntries(Object.keys(map).map((k) => [k, REDACTED]));
}
/** ConfigMap data: keep values unless the key or the value looks secret. */
function redactConfigData(map, found) {
    if (!isRecord(map))
        return map;
    return Object.fromEntries(Object.entries(map).map(([k, v]) => {
        const text = typeof v === 'string' ? v : JSON.stringify(v);
        if (isSecretName(k) || looksSecret(text)) {
            if (text)
                found.add(text);
            return [k, REDACTED];
        }
        return [k, v];
    }));
}
/** Container env: `value` of a secret-named or secret-looking variable is replaced. */
function redactEnv(env, found) {
    if (!Array.isArray(env))
        return env;
    return env.map((entry) => {
        if (!isRecord(entry) || typeof entry.value !== 'string')
            return entry;
        const name = typeof entry.name === 'string' ? entry.name : '';
        if (!isSecretName(name) && !looksSecret(entry.value))
            return entry;
        if (entry.value)
            found.add(entry.value);
        return { ...entry, value: REDACTED };
    });
}
/**
 * Redact a Kubernetes object (any kind) for a bundle. Returns the redacted copy and the secret
 * values that were found, so the same strings can be scrubbed from logs and events.
 */
function redactObject(object) {
    const found = new Set();
    const kind = isRecord(object) ? object.kind : undefined;
    const walk = (value, key) => {
        if (Array.isArray(value))
            return value.map((v) => walk(v, undefined));
        if (!isRecord(value))
            return value;
        const out = {};
        for (const [k, v] of Object.entries(value)) {
            if (kind === 'Secret' && (k === 'data' || k === 'stringData') && key === undefined) {
                if (isRecord(v))
                    Object.values(v).forEach((s) => typeof s === 'string' && s && found.add(s));
                out[k] = redactMap(v);
            }
            else if (kind === 'ConfigMap' &&
                (k === 'data' || k === 'binaryData') &&
                key === undefined) {
                out[k] = redactConfigData(v, found);
            }
            else if (k === 'env') {
                out[k] = redactEnv(v, found);
            }
            else if (k === 'kubectl.kubernetes.io/last-applied-configuration') {
                out[k] = REDACTED; // a full copy of the object as applied, Secret data and env included
            }
            else {
                out[k] = walk(v, k);
            }
        }
        return out;
    };
    return { object: walk(object, undefined), secrets: [...found] };
}
/** Also decoded forms: Secret data is base64, and a log may print the decoded value. */
function variants(secret) {
    const out = [secret];
    if (/^[A-Za-z0-9+/]+={0,2}$/.test(secret) && secret.length >= 8) {
        const decoded = Buffer.from(secret, 'base64').toString('utf8');
        if (decoded.length >= 4 && !decoded.includes('\uFFFD'))
            out.push(decoded);
    }
    return out;
}
/** Scrub known secret values and credential-shaped text out of free text (logs, events). */
function redactText(text, secrets = []) {
    let out = text;
    const known = secrets
        .flatMap(variants)
        .filter((s) => s.length >= 4)
        .sort((a, b) => b.length - a.length);
    for (const s of known)
        out = out.split(s).join(REDACTED);
    return out
        .replace(/(-----BEGIN [A-Z ]*PRIVATE KEY-----)[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----)/g, `$1${REDACTED}$2`)
        .replace(/\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:)[^\s@/]+@/gi, `$1${REDACTED}@`)
        .replace(/\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi, `$1 ${REDACTED}`)
        .replace(/\beyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]{8,}/g, REDACTED)
        .replace(/\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})/g, REDACTED)
        .replace(/\b(AKIA|ASIA)[A-Z0-9]{16}\b/g, REDACTED)
        .replace(/\bxox[abprs]-[A-Za-z0-9-]{10,}/g, REDACTED)
        .replace(/\bsk_(live|test)_[A-Za-z0-9]{10,}/g, REDACTED)
        .replace(/\b([A-Za-z_][A-Za-z0-9_]*(?:PASSWORD|PASSWD|SECRET|TOKEN|API_KEY|APIKEY)[A-Za-z0-9_]*)([ \t]*[=:][ \t]*)("[^"]*"|'[^']*'|[^\s"',;]+)/gi, (_m, name, sep) => `${name}${sep}${REDACTED}`);
}


/***/ }),

/***/ 7304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ execProcess)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

const execProcess = (request) => new Promise((resolve) => {
    const started = Date.now();
    const graceMs = request.graceMs ?? 30_000;
    const env = request.replaceEnv
        ? { ...request.env }
        : { ...process.env, ...(request.env ?? {}) };
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(request.command, [...request.args], {
        cwd: request.cwd,
        env,
        stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let termination = 'exited';
    let escalation = 'none';
    const timers = [];
    const stop = (why) => {
        if (termination !== 'exited' || child.exitCode !== null)
            return;
        termination = why;
        const steps = ['SIGINT', 'SIGTERM', 'SIGKILL'];
        const send = (i) => {
            if (child.exitCode !== null || child.signalCode !== null)
                return;
            const sig = steps[i];
            escalation = sig;
            child.kill(sig);
            if (i + 1 < steps.length)
                timers.push(setTimeout(() => send(i + 1), graceMs));
        };
        send(0);
    };
    if (request.timeoutMs && request.timeoutMs > 0) {
        timers.push(setTimeout(() => stop('timeout'), request.timeoutMs));
    }
    const onAbort = () => stop('cancelled');
    if (request.signal) {
        if (request.signal.aborted)
            onAbort();
        else
            request.signal.addEventListener('abort', onAbort, { once: true });
    }
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
        stdout += chunk;
        request.onStdout?.(chunk);
    });
    child.stderr.on('data', (chunk) => {
        stderr += chunk;
        request.onStderr?.(chunk);
    });
    child.stdin.on('error', () => undefined);
    if (request.input !== undefined)
        child.stdin.end(request.input);
    else
        child.stdin.end();
    let spawnError;
    child.on('error', (err) => {
        spawnError = `${request.command}: ${err.code === 'ENOENT' ? 'not found' : err.message}`;
    });
    child.on('close', (code, sig) => {
        timers.forEach(clearTimeout);
        request.signal?.removeEventListener('abort', onAbort);
        resolve({
            exitCode: code,
            signal: sig,
            stdout,
            stderr,
            durationMs: Date.now() - started,
            termination: spawnError ? 'spawn-failed' : termination,
            escalation,
            ...(spawnError ? { spawnError } : {}),
        });
    });
});


/***/ })

};
