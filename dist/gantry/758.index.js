export const id = 758;
export const ids = [758];
export const modules = {

/***/ 6758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/rollout/colors.ts
var rollout_colors = __webpack_require__(95093);
// EXTERNAL MODULE: ./src/rollout/status.ts
var rollout_status = __webpack_require__(74803);
// EXTERNAL MODULE: ./node_modules/@kubernetes/client-node/dist/index.js + 875 modules
var dist = __webpack_require__(87010);
// EXTERNAL MODULE: ./src/rollout/kube.ts
var rollout_kube = __webpack_require__(57404);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
;// CONCATENATED MODULE: ./src/ops/cluster.ts



function statusOf(error) {
    const code = error.code;
    return typeof code === 'number' ? code : undefined;
}
/** Turn an API failure into one line that says what we were reading and what the server said. */
function apiError(what, error) {
    if (error instanceof errors/* UserError */.yo)
        return error;
    if (error instanceof rollout_kube/* KubeApiError */.W3) {
        const hint = error.status === 401 || error.status === 403
            ? 'Check that the kubeconfig user may read this resource in the namespace.'
            : error.status === 0
                ? 'Check the kubeconfig (KUBECONFIG or --kubeconfig) and that the API server is reachable.'
                : undefined;
        return new errors/* UserError */.yo(error.message, { reason: 'kube-api', hint, cause: error });
    }
    const code = statusOf(error);
    let detail = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    const body = error.body;
    if (typeof body === 'string') {
        try {
            detail = JSON.parse(body).message ?? detail;
        }
        catch {
            detail = body.slice(0, 200) || detail;
        }
    }
    const hint = code === 401 || code === 403
        ? 'Check that the kubeconfig user may get/list this resource in the namespace.'
        : !code
            ? 'Check the kubeconfig (KUBECONFIG or --kubeconfig) and that the API server is reachable.'
            : undefined;
    return new errors/* UserError */.yo(`${what}: ${code ? `HTTP ${code}: ` : ''}${detail}`, {
        reason: 'kube-api',
        hint,
        cause: error,
    });
}
async function orMissing(what, call) {
    try {
        return await call();
    }
    catch (error) {
        if (statusOf(error) === 404)
            return undefined;
        throw apiError(what, error);
    }
}
async function must(what, call) {
    try {
        return await call();
    }
    catch (error) {
        throw apiError(what, error);
    }
}
function cluster_createClusterReader(kc) {
    const kube = createKube(kc);
    const core = kc.makeApiClient(CoreV1Api);
    const discovery = kc.makeApiClient(DiscoveryV1Api);
    return {
        ...kube,
        listServices: async (namespace) => (await must(`listing Services in ${namespace}`, () => core.listNamespacedService({ namespace }))).items,
        listNamespaceEvents: async (namespace) => (await must(`listing Events in ${namespace}`, () => core.listNamespacedEvent({ namespace })))
            .items,
        listAllEndpointSlices: async (namespace) => (await orMissing(`listing EndpointSlices in ${namespace}`, () => discovery.listNamespacedEndpointSlice({ namespace })))?.items,
        listConfigMaps: async (namespace) => (await orMissing(`listing ConfigMaps in ${namespace}`, () => core.listNamespacedConfigMap({ namespace })))?.items,
        listSecrets: async (namespace) => (await orMissing(`listing Secrets in ${namespace}`, () => core.listNamespacedSecret({ namespace })))?.items,
        podLog: (namespace, name, options) => must(`reading the log of Pod ${namespace}/${name}`, () => core.readNamespacedPodLog({ namespace, name, ...options })),
    };
}

;// CONCATENATED MODULE: ./src/ops/status.ts



function digestOf(image) {
    const at = image?.indexOf('@sha256:') ?? -1;
    return image && at >= 0 ? image.slice(at + 1) : undefined;
}
function podStatus(pod, color) {
    const statuses = pod.status?.containerStatuses ?? [];
    const waiting = statuses.find((c) => c.state?.waiting?.reason)?.state?.waiting?.reason;
    const terminated = statuses.find((c) => c.state?.terminated?.reason)?.state?.terminated?.reason;
    return {
        name: pod.metadata?.name ?? '',
        color,
        phase: pod.metadata?.deletionTimestamp ? 'Terminating' : (pod.status?.phase ?? 'Unknown'),
        ready: pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false,
        restarts: statuses.reduce((n, c) => n + (c.restartCount ?? 0), 0),
        reason: waiting ?? terminated,
        ip: pod.status?.podIP,
        containers: (pod.spec?.containers ?? []).map((c) => c.name),
    };
}
function eventTime(e) {
    const t = (e.lastTimestamp ??
        e.eventTime ??
        e.firstTimestamp ??
        e.metadata?.creationTimestamp);
    return t instanceof Date ? t.toISOString() : t;
}
/** Names that belong to the app: its Services, Deployments, their ReplicaSets and Pods. */
function belongsToApp(name, app) {
    return name === app || name.startsWith(`${app}-`);
}
function recentWarnings(events, max) {
    const seen = new Set();
    return events
        .filter((e) => e.type === 'Warning')
        .filter((e) => {
        const key = e.metadata?.uid || `${e.metadata?.name}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    })
        .map((e) => ({
        at: eventTime(e),
        object: `${e.involvedObject?.kind ?? 'Object'}/${e.involvedObject?.name ?? '?'}`,
        reason: e.reason,
        message: e.message,
        count: e.count ?? 1,
    }))
        .sort((a, b) => (b.at ?? '').localeCompare(a.at ?? ''))
        .slice(0, max);
}
/** What a person on call would want pointed out first. */
function findProblems(d) {
    if (!d.deployed) {
        return [
            `Service ${d.app} does not exist: the app was never deployed (the first rollout bootstraps it).`,
        ];
    }
    const problems = [];
    if (!d.active)
        problems.push(`Service ${d.app} records no active color.`);
    if (d.selectorColor && d.active && d.selectorColor !== d.active) {
        problems.push(`the Service selector points at ${d.selectorColor} but the record says ${d.active} is active.`);
    }
    for (const c of d.colors) {
        if (c.role === 'active' && !c.exists)
            problems.push(`active color ${c.color} has no Deployment.`);
        if (c.role === 'active' && c.exists && c.ready < c.desired) {
            problems.push(`active color ${c.color} has ${c.ready}/${c.desired} pods ready.`);
        }
        if (c.role === 'active' && c.failed)
            problems.push(`active color ${c.color} is marked failed.`);
        for (const p of c.pods.filter((x) => x.reason || x.restarts > 0)) {
            problems.push(`pod ${p.name} (${c.color}): ${p.reason ?? 'restarted'}, ${p.restarts} restarts.`);
        }
    }
    const previous = d.colors.find((c) => c.role === 'previous');
    if (d.active && (!previous || previous.failed || !previous.exists)) {
        problems.push('no known-good previous color: a rollback has nothing to flip back to.');
    }
    return problems;
}
/**
 * Status through the rollout's own reader (so both agree on colors, roles and failed marks),
 * then each color's pods and the warning events of the Service, Deployments and pods.
 */
async function collectStatus(kube, request) {
    const { namespace, app } = request;
    try {
        // 1. The rollout's record and the Deployments, read by the rollout's own reader.
        const base = await (0,rollout_status/* readStatus */.r)(kube, namespace, app);
        // 2. Each color's pods.
        const colors = await Promise.all(base.colors.map(async (c) => {
            const pods = c.exists ? await kube.listPods(namespace, (0,rollout_colors/* colorSelector */.t_)(app, c.color)) : [];
            return {
                ...c,
                digest: digestOf(c.deployedImage ?? c.image),
                pods: pods.map((p) => podStatus(p, c.color)).sort((a, b) => a.name.localeCompare(b.name)),
            };
        }));
        // 3. Warning events of the Service, the Deployments and the pods.
        const objects = [
            { name: app, kind: 'Service' },
            ...colors
                .filter((c) => c.exists)
                .map((c) => ({ name: (0,rollout_colors/* deploymentName */.pC)(app, c.color), kind: 'Deployment' })),
            ...colors.flatMap((c) => c.pods.map((p) => ({ name: p.name, kind: 'Pod' }))),
        ];
        const maxEvents = request.maxEvents ?? 10;
        const events = maxEvents > 0 && base.deployed
            ? (await Promise.all(objects.map((o) => kube.listEvents(namespace, o)))).flat()
            : [];
        // 4. Findings.
        const active = colors.find((c) => c.color === base.active);
        const diagnosis = {
            schemaVersion: 1,
            namespace,
            app,
            deployed: base.deployed,
            active: base.active,
            previous: base.previous,
            image: active?.image ?? active?.deployedImage,
            switchedAt: base.switchedAt,
            switchedBy: base.switchedBy,
            runUrl: base.runUrl,
            lease: base.lease && Date.parse(base.lease.expiresAt) > Date.now() ? base.lease : undefined,
            selectorColor: base.selectorColor,
            colors,
            warnings: recentWarnings(events, maxEvents),
        };
        const problems = findProblems(diagnosis);
        return { ...diagnosis, problems, healthy: problems.length === 0 };
    }
    catch (error) {
        throw apiError(`reading the status of ${namespace}/${app}`, error);
    }
}

;// CONCATENATED MODULE: ./src/ops/format-status.ts

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
    const digest = digestOf(c.failed);
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

;// CONCATENATED MODULE: ./src/ops/target.ts



/** Options every cluster-reading command shares (parseArgs shape). */
const TARGET_OPTIONS = {
    namespace: { type: 'string', short: 'n' },
    app: { type: 'string' },
    kubeconfig: { type: 'string' },
};
const TARGET_HELP = (/* unused pure expression or super */ null && (`  -n, --namespace <ns>  namespace of the app (required)
  --app <name>          app name: Service <app>, Deployments <app>-blue / <app>-green (required)
  --kubeconfig <file>   kubeconfig file (default: KUBECONFIG, then ~/.kube/config)`));
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
/** Validate before any API call: both names must be DNS labels, as Kubernetes requires. */
function parseTarget(values) {
    for (const [flag, value] of [
        ['--namespace', values.namespace],
        ['--app', values.app],
    ]) {
        if (!value)
            throw new errors/* UserError */.yo(`${flag} is required.`, { hint: 'See --help.' });
        if (!DNS_LABEL.test(value)) {
            throw new errors/* UserError */.yo(`${flag} '${value}' is not a valid Kubernetes name.`, {
                hint: 'Use lower-case letters, digits and dashes (at most 63 characters).',
            });
        }
    }
    return {
        namespace: values.namespace ?? '',
        app: values.app ?? '',
        kubeconfig: values.kubeconfig,
    };
}
function readerFor(target, env) {
    return createClusterReader(loadKubeConfig({ path: target.kubeconfig ?? env.KUBECONFIG }));
}

// EXTERNAL MODULE: ./src/actions/gantry/inputs.ts
var gantry_inputs = __webpack_require__(42410);
;// CONCATENATED MODULE: ./src/actions/gantry/status.ts
// The root action's `status` command: the same report as `gantry status`, as outputs and a job
// summary. Read-only; an unhealthy app is reported (healthy=false), not failed.







async function run() {
    try {
        // 1. Inputs, validated before any call to the cluster.
        const inputs = (0,gantry_inputs/* getStatusInputs */.wD)();
        const target = parseTarget(inputs);
        // 2. Read.
        const kube = (0,rollout_kube/* createKube */.gN)((0,rollout_kube/* loadKubeConfig */.u3)({ content: inputs.kubeconfig, path: process.env.KUBECONFIG }));
        const status = await collectStatus(kube, target);
        // 3. Outputs and summary.
        const report = formatDiagnosis(status);
        core/* info */.pq(report);
        core/* setOutput */.uH('active-color', status.active ?? '');
        core/* setOutput */.uH('previous-color', status.previous ?? '');
        core/* setOutput */.uH('image', status.image ?? '');
        core/* setOutput */.uH('switched-at', status.switchedAt ?? '');
        core/* setOutput */.uH('healthy', String(status.healthy));
        core/* setOutput */.uH('status-json', JSON.stringify(status));
        if (!status.healthy)
            core/* warning */.$e(`${target.namespace}/${target.app}: ${status.problems[0]}`);
        if (process.env.GITHUB_STEP_SUMMARY) {
            await core/* summary */.z
                .addHeading(`Gantry status: ${target.namespace}/${target.app}`, 3)
                .addCodeBlock(report)
                .write();
        }
    }
    catch (error) {
        core/* setFailed */.C1((0,errors/* describeError */.Uc)(error));
    }
}


/***/ }),

/***/ 95093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JT: () => (/* binding */ pointPreview),
/* harmony export */   Rs: () => (/* binding */ serviceUrl),
/* harmony export */   UR: () => (/* binding */ scaleTo),
/* harmony export */   gz: () => (/* binding */ previewName),
/* harmony export */   oO: () => (/* binding */ applyColor),
/* harmony export */   pC: () => (/* binding */ deploymentName),
/* harmony export */   t_: () => (/* binding */ colorSelector)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);
/* harmony import */ var _kube_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57404);


const deploymentName = (app, color) => `${app}-${color}`;
const previewName = (app) => `${app}-preview`;
const colorSelector = (app, color) => ({
    app,
    color,
});
/**
 * Creates or updates `<app>-<color>`. The selector is set at creation and never edited (it is
 * immutable); an existing Deployment with another selector is refused before any write. The
 * update is a replace conditional on the resourceVersion just read; a 409 re-reads once.
 */
async function applyColor(kube, namespace, body) {
    const name = body.metadata?.name ?? '';
    for (let attempt = 1;; attempt++) {
        const existing = await kube.getDeployment(namespace, name);
        if (!existing)
            return kube.createDeployment(namespace, body);
        const have = existing.spec?.selector;
        if (JSON.stringify(have?.matchLabels ?? {}) !==
            JSON.stringify(body.spec?.selector?.matchLabels) ||
            have?.matchExpressions?.length) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Deployment ${namespace}/${name} exists with selector ${JSON.stringify(have)}, not ${JSON.stringify(body.spec?.selector)}.`, {
                reason: 'selector-mismatch',
                hint: 'A selector is immutable and Gantry never edits it: delete that Deployment or use another app name.',
            });
        }
        const next = {
            ...body,
            metadata: { ...body.metadata, resourceVersion: existing.metadata?.resourceVersion },
            spec: {
                ...body.spec,
                selector: have,
                template: body.spec?.template ?? {},
            },
        };
        try {
            return await kube.replaceDeployment(namespace, name, next);
        }
        catch (error) {
            if (!(0,_kube_js__WEBPACK_IMPORTED_MODULE_1__/* .isConflict */ .dh)(error) || attempt >= 2)
                throw error;
        }
    }
}
async function scaleTo(kube, namespace, name, replicas) {
    await kube.patchDeployment(namespace, name, { spec: { replicas } });
}
/** Points `<app>-preview` at a color (creating it with the live Service's ports). */
async function pointPreview(kube, namespace, app, color, ports) {
    const name = previewName(app);
    const selector = colorSelector(app, color);
    const existing = await kube.getService(namespace, name);
    if (!existing) {
        await kube.createService(namespace, {
            apiVersion: 'v1',
            kind: 'Service',
            metadata: { name, namespace, labels: { app, 'app.kubernetes.io/managed-by': 'gantry' } },
            spec: {
                selector,
                ports: ports.map((p) => ({
                    name: p.name,
                    port: p.port,
                    targetPort: p.targetPort,
                    protocol: p.protocol,
                })),
            },
        });
        return;
    }
    if (existing.spec?.selector?.color === color && existing.spec.selector.app === app)
        return;
    await kube.patchService(namespace, name, { spec: { selector } });
}
/** Fills a URL template; the default is the Service's cluster DNS name. */
function serviceUrl(template, vars) {
    const t = template || 'http://{service}.{namespace}.svc.cluster.local:{port}';
    return t
        .replace(/\{service\}/g, vars.service)
        .replace(/\{namespace\}/g, vars.namespace)
        .replace(/\{port\}/g, String(vars.port))
        .replace(/\{app\}/g, vars.app)
        .replace(/\/$/, '');
}


/***/ }),

/***/ 57404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W3: () => (/* binding */ KubeApiError),
/* harmony export */   dh: () => (/* binding */ isConflict),
/* harmony export */   gN: () => (/* binding */ createKube),
/* harmony export */   u3: () => (/* binding */ loadKubeConfig)
/* harmony export */ });
/* unused harmony exports isNotFound, labelSelector */
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87010);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58382);


/** A failed Kubernetes API call, with what it was about: verb, object, status, server message. */
class KubeApiError extends Error {
    verb;
    target;
    status;
    reason;
    apiMessage;
    constructor(verb, target, 
    /** HTTP status (0 when the server could not be reached). */
    status, reason, apiMessage) {
        const what = `${target.kind} ${target.namespace}/${target.name ?? '*'}`;
        super(`Kubernetes API: ${verb} ${what} failed: ${status ? `HTTP ${status}` : 'no response'}` +
            `${reason ? ` ${reason}` : ''}: ${apiMessage}`);
        this.verb = verb;
        this.target = target;
        this.status = status;
        this.reason = reason;
        this.apiMessage = apiMessage;
        this.name = 'KubeApiError';
    }
}
const isConflict = (e) => e instanceof KubeApiError && e.status === 409;
const isNotFound = (e) => e instanceof KubeApiError && e.status === 404;
function labelSelector(labels) {
    return Object.entries(labels)
        .map(([k, v]) => `${k}=${v}`)
        .join(',');
}
function messageOf(body, fallback) {
    let parsed = body;
    if (typeof body === 'string') {
        try {
            parsed = JSON.parse(body);
        }
        catch {
            return { reason: '', message: body.slice(0, 500) || fallback };
        }
    }
    const status = parsed;
    return { reason: status?.reason ?? '', message: status?.message ?? fallback };
}
async function call(verb, target, fn) {
    try {
        return await fn();
    }
    catch (error) {
        if (error instanceof _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .ApiException */ .UJ4) {
            const { reason, message } = messageOf(error.body, error.message.split('\n')[0] ?? '');
            throw new KubeApiError(verb, target, error.code, reason, message);
        }
        const cause = error.cause;
        const detail = cause?.code ?? cause?.message ?? error.message;
        throw new KubeApiError(verb, target, 0, '', detail);
    }
}
async function orUndefined(promise) {
    try {
        return await promise;
    }
    catch (error) {
        if (isNotFound(error))
            return undefined;
        throw error;
    }
}
/**
 * Loads a kubeconfig: `content` (e.g. the action's masked `kubeconfig` input) wins, then the
 * file at `path` (KUBECONFIG). A plain http:// server needs `insecure-skip-tls-verify: true`
 * in its cluster entry — client-node 2.x refuses it otherwise.
 */
function loadKubeConfig(source) {
    const kc = new _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .KubeConfig */ .ypW();
    try {
        if (source.content)
            kc.loadFromString(source.content);
        else if (source.path)
            kc.loadFromFile(source.path);
        else
            kc.loadFromDefault();
    }
    catch (error) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Could not read the kubeconfig: ${error.message}.`, {
            reason: 'bad-kubeconfig',
            hint: 'Pass a valid kubeconfig through the `kubeconfig` input or the KUBECONFIG variable.',
        });
    }
    if (!kc.getCurrentCluster()) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('The kubeconfig has no current cluster.', {
            reason: 'bad-kubeconfig',
            hint: 'Set current-context to a context whose cluster exists.',
        });
    }
    return kc;
}
/** The real port, backed by @kubernetes/client-node. */
function createKube(kc) {
    const apps = kc.makeApiClient(_kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .AppsV1Api */ .eY6);
    const core = kc.makeApiClient(_kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .CoreV1Api */ .f5Y);
    const discovery = kc.makeApiClient(_kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .DiscoveryV1Api */ .oNq);
    const merge = (0,_kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .setHeaderOptions */ .OkF)('Content-Type', _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .PatchStrategy */ .Qve.MergePatch);
    const dep = (namespace, name) => ({
        kind: 'Deployment',
        namespace,
        name,
    });
    const svc = (namespace, name) => ({
        kind: 'Service',
        namespace,
        name,
    });
    return {
        getDeployment: (namespace, name) => orUndefined(call('get', dep(namespace, name), () => apps.readNamespacedDeployment({ namespace, name }))),
        listDeployments: async (namespace, labels) => (await call('list', dep(namespace), () => apps.listNamespacedDeployment({ namespace, labelSelector: labelSelector(labels) }))).items,
        createDeployment: (namespace, body) => call('create', dep(namespace, body.metadata?.name), () => apps.createNamespacedDeployment({ namespace, body })),
        replaceDeployment: (namespace, name, body) => call('replace', dep(namespace, name), () => apps.replaceNamespacedDeployment({ namespace, name, body })),
        patchDeployment: (namespace, name, body) => call('patch', dep(namespace, name), () => apps.patchNamespacedDeployment({ namespace, name, body }, merge)),
        getService: (namespace, name) => orUndefined(call('get', svc(namespace, name), () => core.readNamespacedService({ namespace, name }))),
        createService: (namespace, body) => call('create', svc(namespace, body.metadata?.name), () => core.createNamespacedService({ namespace, body })),
        patchService: (namespace, name, body) => call('patch', svc(namespace, name), () => core.patchNamespacedService({ namespace, name, body }, merge)),
        listEndpointSlices: async (namespace, service) => (await call('list', { kind: 'EndpointSlice', namespace, name: `(service ${service})` }, () => discovery.listNamespacedEndpointSlice({
            namespace,
            labelSelector: `kubernetes.io/service-name=${service}`,
        }))).items,
        listPods: async (namespace, labels) => (await call('list', { kind: 'Pod', namespace, name: `(${labelSelector(labels)})` }, () => core.listNamespacedPod({ namespace, labelSelector: labelSelector(labels) }))).items,
        listEvents: async (namespace, object) => (await call('list', { kind: 'Event', namespace, name: `(for ${object.name})` }, () => core.listNamespacedEvent({
            namespace,
            fieldSelector: [
                `involvedObject.name=${object.name}`,
                ...(object.kind ? [`involvedObject.kind=${object.kind}`] : []),
            ].join(','),
        }))).items,
    };
}


/***/ }),

/***/ 49988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ switchAnnotations),
/* harmony export */   Ix: () => (/* binding */ isFailed),
/* harmony export */   WR: () => (/* binding */ leaseValue),
/* harmony export */   YX: () => (/* binding */ ANNOTATION),
/* harmony export */   tt: () => (/* binding */ foreignLease),
/* harmony export */   un: () => (/* binding */ readState)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19747);

/** Annotation keys on the live Service: the rollout's whole memory. */
const ANNOTATION = {
    active: 'gantry.dev/active',
    previous: 'gantry.dev/previous',
    image: (color) => `gantry.dev/image-${color}`,
    failed: (color) => `gantry.dev/failed-${color}`,
    switchedAt: 'gantry.dev/switched-at',
    runUrl: 'gantry.dev/run-url',
    /** What made the last switch: deploy, revert (automatic) or rollback. */
    switchedBy: 'gantry.dev/switched-by',
    lease: 'gantry.dev/lease',
};
const asSwitchKind = (value) => value === 'deploy' || value === 'revert' || value === 'rollback' ? value : undefined;
const asColor = (value) => value === 'blue' || value === 'green' ? value : undefined;
function parseLease(value) {
    if (!value)
        return undefined;
    try {
        const lease = JSON.parse(value);
        if (typeof lease.runId === 'string' && typeof lease.expiresAt === 'string') {
            return { runId: lease.runId, expiresAt: lease.expiresAt };
        }
    }
    catch {
        // A hand-edited, unreadable lease is treated as absent.
    }
    return undefined;
}
function readState(annotations) {
    const a = annotations ?? {};
    const images = {};
    const failed = {};
    for (const color of _types_js__WEBPACK_IMPORTED_MODULE_0__/* .COLORS */ .lm) {
        const image = a[ANNOTATION.image(color)];
        if (image)
            images[color] = image;
        const mark = a[ANNOTATION.failed(color)];
        if (mark)
            failed[color] = mark;
    }
    return {
        active: asColor(a[ANNOTATION.active]),
        previous: asColor(a[ANNOTATION.previous]),
        images,
        failed,
        switchedAt: a[ANNOTATION.switchedAt],
        runUrl: a[ANNOTATION.runUrl],
        switchedBy: asSwitchKind(a[ANNOTATION.switchedBy]),
        lease: parseLease(a[ANNOTATION.lease]),
    };
}
/** A color is failed when it was marked failed with the image it still runs. */
function isFailed(state, color) {
    return state.failed[color] !== undefined && state.failed[color] === state.images[color];
}
function leaseValue(lease) {
    return JSON.stringify(lease);
}
/** The live lease held by another run, if any (an expired lease is nobody's). */
function foreignLease(state, runId, now) {
    const lease = state.lease;
    if (!lease || lease.runId === runId)
        return undefined;
    return Date.parse(lease.expiresAt) > now ? lease : undefined;
}
/** Annotations for a switch to `active` (merge-patch values; null removes). */
function switchAnnotations(input) {
    return {
        [ANNOTATION.active]: input.active,
        [ANNOTATION.previous]: input.previous ?? null,
        [ANNOTATION.image(input.active)]: input.image,
        [ANNOTATION.switchedAt]: input.at,
        [ANNOTATION.runUrl]: input.runUrl ?? null,
        [ANNOTATION.switchedBy]: input.by ?? null,
        ...(input.failed ? { [ANNOTATION.failed(input.failed.color)]: input.failed.image } : {}),
    };
}


/***/ }),

/***/ 74803:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ formatStatus),
/* harmony export */   r: () => (/* binding */ readStatus)
/* harmony export */ });
/* harmony import */ var _colors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95093);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49988);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19747);



/** The app's blue-green state as recorded on the Service, and what the Deployments report. */
async function readStatus(kube, namespace, app) {
    const svc = await kube.getService(namespace, app);
    const state = (0,_state_js__WEBPACK_IMPORTED_MODULE_1__/* .readState */ .un)(svc?.metadata?.annotations);
    const colors = await Promise.all(_types_js__WEBPACK_IMPORTED_MODULE_2__/* .COLORS */ .lm.map(async (color) => {
        const d = await kube.getDeployment(namespace, (0,_colors_js__WEBPACK_IMPORTED_MODULE_0__/* .deploymentName */ .pC)(app, color));
        return {
            color,
            role: state.active === color ? 'active' : state.previous === color ? 'previous' : 'idle',
            image: state.images[color],
            deployedImage: d?.spec?.template?.spec?.containers?.find((c) => c.name === 'app')?.image,
            exists: Boolean(d),
            desired: d?.spec?.replicas ?? 0,
            ready: d?.status?.readyReplicas ?? 0,
            available: d?.status?.availableReplicas ?? 0,
            failed: (0,_state_js__WEBPACK_IMPORTED_MODULE_1__/* .isFailed */ .Ix)(state, color) ? state.failed[color] : undefined,
        };
    }));
    return {
        namespace,
        app,
        deployed: Boolean(svc),
        active: state.active,
        previous: state.previous,
        switchedAt: state.switchedAt,
        runUrl: state.runUrl,
        switchedBy: state.switchedBy,
        lease: state.lease,
        selectorColor: svc?.spec?.selector?.color,
        colors,
    };
}
/** A human table of the status (the CLI's default output). */
function formatStatus(status) {
    if (!status.deployed)
        return `${status.namespace}/${status.app}: not deployed (no Service).`;
    const lines = [
        `${status.namespace}/${status.app}: active ${status.active ?? 'none'}, previous ${status.previous ?? 'none'}` +
            (status.switchedAt ? `, switched at ${status.switchedAt}` : ''),
    ];
    if (status.runUrl || status.switchedBy) {
        lines.push(`last switch: ${status.switchedBy ?? 'unknown'}${status.runUrl ? ` by ${status.runUrl}` : ''}`);
    }
    if (status.lease)
        lines.push(`lease held by run ${status.lease.runId} until ${status.lease.expiresAt}`);
    lines.push('COLOR  ROLE      READY  IMAGE');
    for (const c of status.colors) {
        const ready = c.exists ? `${c.ready}/${c.desired}` : '-';
        lines.push(`${c.color.padEnd(6)} ${c.role.padEnd(9)} ${ready.padEnd(6)} ${c.image ?? c.deployedImage ?? '-'}${c.failed ? '  FAILED' : ''}`);
    }
    return lines.join('\n');
}


/***/ }),

/***/ 19747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IP: () => (/* binding */ otherColor),
/* harmony export */   lm: () => (/* binding */ COLORS),
/* harmony export */   ml: () => (/* binding */ systemClock)
/* harmony export */ });
const COLORS = ['blue', 'green'];
const otherColor = (color) => (color === 'blue' ? 'green' : 'blue');
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};


/***/ })

};
