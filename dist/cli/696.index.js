export const id = 696;
export const ids = [696];
export const modules = {

/***/ 8696:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TARGET_FLAGS: () => (/* binding */ TARGET_FLAGS),
  TARGET_HELP: () => (/* binding */ TARGET_HELP),
  command: () => (/* binding */ command),
  portsFor: () => (/* binding */ portsFor),
  printReport: () => (/* binding */ printReport),
  runReporting: () => (/* binding */ runReporting),
  targetOptions: () => (/* binding */ targetOptions)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
// EXTERNAL MODULE: ./src/shared/exec.ts
var exec = __webpack_require__(7304);
// EXTERNAL MODULE: ./src/rollout/colors.ts
var colors = __webpack_require__(5093);
// EXTERNAL MODULE: ./src/rollout/hold.ts
var rollout_hold = __webpack_require__(3372);
;// CONCATENATED MODULE: ./src/rollout/image-ref.ts

const DIGEST = /^[a-z0-9]+(?:[._-][a-z0-9]+)*(?::\d+)?(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?@sha256:[a-f0-9]{64}$/;
const REFERENCE = /^[a-z0-9]+(?:[._-][a-z0-9]+)*(?::\d+)?(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?$/;
function isDigestReference(image) {
    return DIGEST.test(image.replace(/^([a-z0-9.-]+\.[a-z]+|localhost)(:\d+)?\//i, 'host/'));
}
/**
 * Deploy by digest: `name@sha256:<64 hex>`. A tag is refused unless the user opted in, because a
 * tag can move under a rollout and break idempotent reruns and rollbacks.
 */
function checkImage(image, allowMutableTag) {
    const trimmed = image.trim();
    if (!trimmed) {
        throw new errors/* UserError */.yo('The image input is empty.', {
            reason: 'bad-image',
            hint: 'Pass the digest reference the publish step printed, e.g. ghcr.io/o/app@sha256:….',
        });
    }
    if (isDigestReference(trimmed))
        return;
    const hostless = trimmed.replace(/^([a-z0-9.-]+\.[a-z]+|localhost)(:\d+)?\//i, 'host/');
    if (allowMutableTag && REFERENCE.test(hostless))
        return;
    if (trimmed.includes('@')) {
        throw new errors/* UserError */.yo(`The image '${trimmed}' has a malformed digest.`, {
            reason: 'bad-image',
            hint: 'A digest is @sha256: followed by 64 lowercase hex characters.',
        });
    }
    if (allowMutableTag) {
        throw new errors/* UserError */.yo(`The image '${trimmed}' is not a valid image reference.`, {
            reason: 'bad-image',
        });
    }
    throw new errors/* UserError */.yo(`The image '${trimmed}' is a mutable tag, not a digest.`, {
        reason: 'mutable-tag',
        hint: 'Deploy name@sha256:<digest> (the publish step outputs it), or set allow-mutable-tag: true.',
    });
}

// EXTERNAL MODULE: ./src/rollout/kube.ts
var rollout_kube = __webpack_require__(7404);
// EXTERNAL MODULE: ./src/rollout/lease.ts
var lease = __webpack_require__(959);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/shared/fs.ts
var fs = __webpack_require__(6242);
;// CONCATENATED MODULE: ./src/rollout/manifests.ts





/** Placeholders a template may use; any other `{{…}}` is an error, caught before any change. */
const PLACEHOLDERS = ['app', 'color', 'image', 'namespace', 'name', 'replicas'];
/** The built-in template: one container `app` on 8080 behind a Service on port 80. */
function defaultTemplate(healthPath) {
    return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: "{{name}}"
spec:
  replicas: {{replicas}}
  template:
    spec:
      containers:
        - name: app
          image: "{{image}}"
          ports:
            - containerPort: 8080
          readinessProbe:
            httpGet: { path: "${healthPath}", port: 8080 }
            periodSeconds: 2
---
apiVersion: v1
kind: Service
metadata:
  name: "{{app}}"
spec:
  ports:
    - name: http
      port: 80
      targetPort: 8080
`;
}
function renderTemplate(text, vars, source) {
    return text.replace(/\{\{\s*([\w-]+)\s*\}\}/g, (_match, name) => {
        if (!PLACEHOLDERS.includes(name)) {
            throw new errors/* UserError */.yo(`${source}: unknown placeholder {{${name}}}.`, {
                reason: 'bad-manifests',
                hint: `Valid placeholders: ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}.`,
            });
        }
        return vars[name];
    });
}
/** The argv that renders a Kustomize directory (kubectl's built-in kustomize). */
function kustomizeArgs(dir) {
    return ['kustomize', dir];
}
/** Reads the `manifests` input: a YAML template file, or a Kustomize dir rendered by kubectl. */
async function loadTemplates(manifests, healthPath, ports) {
    if (!manifests)
        return { text: defaultTemplate(healthPath), source: 'built-in template' };
    const path = (0,external_node_path_.resolve)(ports.cwd, manifests);
    if (await (0,fs/* isDirectory */.wd)(path)) {
        const result = await ports.exec({
            command: 'kubectl',
            args: kustomizeArgs(path),
            cwd: ports.cwd,
        });
        if (result.termination === 'spawn-failed') {
            throw new errors/* UserError */.yo(`Rendering ${manifests} needs kubectl: ${result.spawnError ?? 'not found'}.`, {
                reason: 'kubectl-missing',
                hint: 'Install kubectl on the runner (azure/setup-kubectl) or pass a template file.',
            });
        }
        if (result.exitCode !== 0) {
            throw new errors/* UserError */.yo(`kubectl kustomize ${manifests} failed: ${result.stderr.trim()}`, {
                reason: 'bad-manifests',
            });
        }
        return { text: result.stdout, source: `kustomize ${manifests}` };
    }
    try {
        return { text: await (0,promises_.readFile)(path, 'utf8'), source: manifests };
    }
    catch (error) {
        throw new errors/* UserError */.yo(`Cannot read manifests '${manifests}': ${error.message}.`, {
            reason: 'bad-manifests',
        });
    }
}
/** Renders the templates for one color and forces what blue-green relies on. */
function renderColor(templates, input) {
    const name = `${input.app}-${input.color}`;
    const text = renderTemplate(templates.text, { ...input, name, replicas: String(input.replicas) }, templates.source);
    const docs = (0,dist/* parseAllDocuments */.hR)(text).map((d) => {
        if (d.errors.length) {
            throw new errors/* UserError */.yo(`${templates.source}: invalid YAML: ${d.errors[0]?.message ?? ''}`, {
                reason: 'bad-manifests',
            });
        }
        return d.toJSON();
    });
    const deployment = docs.find((d) => d?.kind === 'Deployment');
    const service = docs.find((d) => d?.kind === 'Service');
    if (!deployment || !service) {
        throw new errors/* UserError */.yo(`${templates.source} must contain one Deployment and one Service.`, {
            reason: 'bad-manifests',
        });
    }
    const containers = deployment.spec?.template?.spec?.containers ?? [];
    const app = containers.find((c) => c.name === 'app');
    if (!app) {
        throw new errors/* UserError */.yo(`${templates.source}: the Deployment has no container named 'app' (found: ${containers.map((c) => c.name).join(', ') || 'none'}).`, { reason: 'bad-manifests', hint: 'Name the container that runs the image `app`.' });
    }
    if (!service.spec?.ports?.length) {
        throw new errors/* UserError */.yo(`${templates.source}: the Service declares no ports.`, {
            reason: 'bad-manifests',
        });
    }
    app.image = input.image;
    const selector = { app: input.app, color: input.color };
    const template = deployment.spec?.template ?? { spec: { containers } };
    deployment.metadata = {
        ...deployment.metadata,
        name,
        namespace: input.namespace,
        labels: {
            ...deployment.metadata?.labels,
            ...selector,
            'app.kubernetes.io/managed-by': 'gantry',
        },
    };
    deployment.spec = {
        ...deployment.spec,
        replicas: input.replicas,
        selector: { matchLabels: selector },
        template: {
            ...template,
            metadata: { ...template.metadata, labels: { ...template.metadata?.labels, ...selector } },
        },
    };
    service.metadata = {
        ...service.metadata,
        name: input.app,
        namespace: input.namespace,
        labels: {
            ...service.metadata?.labels,
            app: input.app,
            'app.kubernetes.io/managed-by': 'gantry',
        },
    };
    service.spec = { ...service.spec, selector };
    return { deployment, service };
}

// EXTERNAL MODULE: ./src/rollout/phases.ts
var rollout_phases = __webpack_require__(9554);
// EXTERNAL MODULE: ./src/rollout/prepare.ts
var prepare = __webpack_require__(690);
;// CONCATENATED MODULE: ./src/rollout/probe.ts
/** One HTTP GET: status (and body substring) as expected within the timeout. */
async function httpCheck(url, expect) {
    try {
        const response = await fetch(url, { signal: AbortSignal.timeout(expect.timeoutMs) });
        const text = await response.text();
        if (expect.status === undefined ? !response.ok : response.status !== expect.status) {
            const wanted = expect.status ?? '2xx';
            return {
                ok: false,
                detail: `GET ${url} → ${response.status} (expected ${wanted}): ${text.slice(0, 200)}`,
            };
        }
        if (expect.body !== undefined && !text.includes(expect.body)) {
            return {
                ok: false,
                detail: `GET ${url} → body does not contain '${expect.body}': ${text.slice(0, 200)}`,
            };
        }
        return { ok: true, detail: `GET ${url} → ${response.status}` };
    }
    catch (error) {
        const cause = error.cause?.code;
        return { ok: false, detail: `GET ${url} → ${cause ?? error.message}` };
    }
}
/** Smoke test through the preview: HTTP with retries, or a command with PREVIEW_URL. */
async function smokeTest(previewUrl, smoke, ports) {
    if (smoke.command) {
        const result = await ports.exec({
            command: 'sh',
            args: ['-c', smoke.command],
            cwd: ports.cwd,
            env: { PREVIEW_URL: previewUrl },
            timeoutMs: smoke.timeoutMs,
            graceMs: 2000,
        });
        const ok = result.termination === 'exited' && result.exitCode === 0;
        const output = `${result.stdout}${result.stderr}`.trim().split('\n').slice(-5).join('\n');
        return {
            ok,
            detail: ok
                ? 'smoke command passed'
                : `smoke command ${result.termination === 'timeout' ? 'timed out' : `exited ${result.exitCode ?? result.signal}`}: ${output}`,
        };
    }
    let last = { ok: false, detail: 'not run' };
    for (let attempt = 0; attempt <= smoke.retries; attempt++) {
        if (attempt > 0)
            await ports.clock.sleep(Math.min(2000, 250 * 2 ** (attempt - 1)));
        last = await httpCheck(previewUrl + smoke.path, {
            status: smoke.expectStatus,
            body: smoke.expectBody,
            timeoutMs: smoke.timeoutMs,
        });
        if (last.ok)
            return last;
    }
    return { ok: false, detail: `${last.detail} (after ${smoke.retries + 1} attempts)` };
}
/**
 * Watches the live Service for `windowMs`: a GET of the health path every `intervalMs`; two
 * failures in a row fail the verification (one blip is tolerated), and so does any failure on
 * the last check.
 */
async function verifyLive(url, input, clock) {
    const end = clock.now() + input.windowMs;
    let checks = 0;
    let streak = 0;
    for (;;) {
        const result = await httpCheck(url, { timeoutMs: input.timeoutMs });
        checks++;
        streak = result.ok ? 0 : streak + 1;
        const over = clock.now() >= end;
        if (streak >= 2 || (over && streak > 0))
            return { ...result, ok: false, checks };
        if (over)
            return { ok: true, detail: `${checks} checks passed`, checks };
        await clock.sleep(Math.min(input.intervalMs, Math.max(0, end - clock.now())));
    }
}

// EXTERNAL MODULE: ./src/rollout/readiness.ts
var readiness = __webpack_require__(1521);
// EXTERNAL MODULE: ./src/rollout/state.ts
var rollout_state = __webpack_require__(9988);
// EXTERNAL MODULE: ./src/rollout/switch.ts
var rollout_switch = __webpack_require__(2821);
// EXTERNAL MODULE: ./src/rollout/types.ts
var types = __webpack_require__(2128);
;// CONCATENATED MODULE: ./src/rollout/blue-green.ts













/**
 * Blue-green deploy of one image:
 *  1. check inputs and render the manifests (before any change)
 *  2. discover the live color from the Service and take the lease (bootstrap: create it)
 *  3. apply the idle color's Deployment with the image
 *  4. wait until it is ready behind the preview Service
 *  5. smoke-test it through the preview
 *  6. switch the live Service's selector (one patch, annotations included)
 *  7. verify through the live Service; failure reverts with one patch
 *  8. release the lease, keep the previous color warm for the rollback window, scale it to zero
 */
async function deploy(options, ports) {
    const { kube, log, clock } = ports;
    const { namespace, app, image, run } = options;
    // 1. Inputs, before any side effect.
    checkImage(image, options.allowMutableTag);
    (0,rollout_hold/* checkRollbackWindow */.fI)(options.rollbackWindowMs, options.minRollbackWindowMs);
    const templates = await loadTemplates(options.manifests, options.healthPath, ports);
    const render = (color, replicas) => renderColor(templates, { app, namespace, color, image, replicas });
    const blueprint = render('blue', options.replicas ?? 1);
    const svcPort = blueprint.service.spec?.ports?.[0]?.port ?? 80;
    const url = (template, service) => (0,colors/* serviceUrl */.Rs)(template, { service, namespace, port: svcPort, app });
    const pollMs = options.pollMs ?? 100;
    const phases = new rollout_phases/* Phases */.V(log, clock);
    const report = {
        outcome: 'deployed',
        changed: true,
        image,
        phases: phases.records,
        diagnostics: [],
    };
    const leaseTarget = {
        namespace,
        service: app,
        run,
        ttlMs: options.readyTimeoutMs +
            options.verifyWindowMs +
            (options.smoke.retries + 1) * options.smoke.timeoutMs +
            120_000,
    };
    // 2. Discover + lease.
    const live = await phases.run('Discover the live color and take the lease', () => (0,lease/* acquireLease */.Z)(kube, leaseTarget, clock, () => blueprint.service));
    let hold;
    try {
        const state = (0,rollout_state/* readState */.un)(live.metadata?.annotations);
        const active = state.active;
        report.activeColor = active;
        report.previousColor = state.previous;
        report.switchedAt = state.switchedAt;
        log.info(active
            ? `Live color: ${active} (${state.images[active] ?? 'unknown image'})`
            : 'No live color: this is a bootstrap.');
        if (active && state.images[active] === image) {
            const ready = await (0,readiness/* checkReady */.iF)(kube, {
                namespace,
                deployment: (0,colors/* deploymentName */.pC)(app, active),
                service: app,
                selector: (0,colors/* colorSelector */.t_)(app, active),
                image,
            });
            if (ready.ready) {
                log.info(`${image} is already live on ${active}: nothing to do.`);
                return { ...report, changed: false };
            }
            log.warn(`${image} is recorded live on ${active} but ${ready.waiting}; deploying it to the idle color.`);
        }
        const target = active ? (0,types/* otherColor */.IP)(active) : 'blue';
        const liveDeployment = active
            ? await kube.getDeployment(namespace, (0,colors/* deploymentName */.pC)(app, active))
            : undefined;
        const replicas = options.replicas ??
            Math.max(1, liveDeployment?.spec?.replicas ?? blueprint.deployment.spec?.replicas ?? 1);
        const rendered = render(target, replicas);
        const servicePorts = live.spec?.ports ?? blueprint.service.spec?.ports ?? [];
        const base = () => ({ ...report });
        // 3. Apply the idle color. It replaces the previous color, so that is no rollback target now.
        if (state.previous === target) {
            log.info(`${(0,colors/* deploymentName */.pC)(app, target)} (${state.images[target] ?? '?'}) is replaced: no rollback to it after this.`);
            await kube.patchService(namespace, app, {
                metadata: { annotations: { [rollout_state/* ANNOTATION */.YX.previous]: null } },
            });
            report.previousColor = undefined;
        }
        //    Apply.
        await phases.run(`Apply ${(0,colors/* deploymentName */.pC)(app, target)} (${replicas} replicas)`, () => (0,colors/* applyColor */.oO)(kube, namespace, rendered.deployment));
        // 4. Readiness gate behind the preview.
        await (0,prepare/* readyThroughPreview */.n)(kube, {
            namespace,
            app,
            color: target,
            image,
            ports: servicePorts,
            readyTimeoutMs: options.readyTimeoutMs,
            pollMs,
        }, phases, ports, base);
        // 5. Smoke test through the preview.
        const previewUrl = url(options.previewUrl, (0,colors/* previewName */.gz)(app));
        const smoke = await phases.run(`Smoke-test ${target} through ${(0,colors/* previewName */.gz)(app)}`, () => smokeTest(previewUrl, { ...options.smoke }, ports));
        log.info(smoke.detail);
        if (!smoke.ok) {
            await (0,prepare/* abortColor */.u)(kube, { namespace, app, color: target }, 'aborted-smoke', `Smoke test of ${target} failed: ${smoke.detail}`, base(), ports);
        }
        // 6. Switch: one patch of the live Service.
        const switched = await phases.run(`Switch ${app} to ${target}`, () => (0,rollout_switch/* flip */.U)(kube, {
            namespace,
            app,
            to: target,
            from: active,
            image,
            runUrl: run.url,
            by: 'deploy',
            clearFailed: true,
        }, clock));
        Object.assign(report, {
            switchMs: switched.ms,
            switchedAt: switched.at,
            activeColor: target,
            previousColor: active,
        });
        if (!active)
            return { ...report, outcome: 'bootstrapped' };
        // 7. Verify through the live Service.
        const liveUrl = url(options.liveUrl, app) + options.healthPath;
        const verdict = await phases.run(`Verify ${app} for ${options.verifyWindowMs} ms`, () => verifyLive(liveUrl, {
            windowMs: options.verifyWindowMs,
            intervalMs: options.pollMs ?? 250,
            timeoutMs: options.smoke.timeoutMs,
        }, clock));
        log.info(verdict.detail);
        if (!verdict.ok) {
            const reverted = await phases.run(`Revert ${app} to ${active}`, () => (0,rollout_switch/* flip */.U)(kube, {
                namespace,
                app,
                to: active,
                from: target,
                image: state.images[active] ?? '',
                runUrl: run.url,
                by: 'revert',
                failed: { color: target, image },
            }, clock));
            Object.assign(report, {
                rollbackMs: reverted.ms,
                switchedAt: reverted.at,
                activeColor: active,
                previousColor: target,
            });
            log.error(`Verification failed after the switch; traffic is back on ${active} (${report.rollbackMs} ms). ${target} is marked failed.`);
            await (0,prepare/* abortColor */.u)(kube, { namespace, app, color: target }, 'reverted-after-switch', `Verification of ${target} failed after the switch (${verdict.detail}); reverted to ${active} in ${report.rollbackMs} ms.`, { ...report }, ports);
        }
        hold = { color: active, image: state.images[active] };
        return { ...report, outcome: 'deployed' };
    }
    catch (error) {
        if (error instanceof rollout_kube/* KubeApiError */.W3) {
            const color = report.activeColor ? (0,types/* otherColor */.IP)(report.activeColor) : 'blue';
            throw await (0,rollout_switch/* apiFailure */.t)(kube, error, report, { namespace, app, color });
        }
        throw error;
    }
    finally {
        await (0,lease/* releaseLease */.w)(kube, leaseTarget, log);
        await (0,rollout_hold/* keepWarm */.Fe)(kube, phases, hold, { namespace, app, run, windowMs: options.rollbackWindowMs }, ports);
    }
}

;// CONCATENATED MODULE: ./src/rollout/duration.ts

const UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** `1500ms`, `30s`, `5m`, `1h`, `1m30s`, or a bare number of seconds → milliseconds. */
function parseDuration(input, name) {
    const text = input.trim();
    if (/^\d+(\.\d+)?$/.test(text))
        return Math.round(Number(text) * 1000);
    const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)];
    if (!parts.length || parts.map((p) => p[0]).join('') !== text) {
        throw new errors/* UserError */.yo(`${name}: '${input}' is not a duration.`, {
            reason: 'bad-input',
            hint: 'Use a number of seconds or units like 1500ms, 30s, 5m, 1m30s.',
        });
    }
    return Math.round(parts.reduce((sum, p) => sum + Number(p[1]) * (UNITS[p[2] ?? 's'] ?? 0), 0));
}

// EXTERNAL MODULE: ./src/rollout/failure.ts
var failure = __webpack_require__(5891);
;// CONCATENATED MODULE: ./src/rollout/run-info.ts

/**
 * This run's identity for the lease and the annotations: the Actions run (id, attempt, URL)
 * or, locally, the host and process.
 */
function runInfo(env, host = 'local') {
    if (env.GITHUB_RUN_ID) {
        const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
        return {
            id: `${env.GITHUB_REPOSITORY ?? 'repo'}#${env.GITHUB_RUN_ID}.${env.GITHUB_RUN_ATTEMPT ?? '1'}`,
            url: env.GITHUB_REPOSITORY
                ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
                : undefined,
        };
    }
    return { id: `${host}:${process.pid}:${Date.now().toString(36)}` };
}
/**
 * The enforced minimum rollback window: 30 s. Only an explicit testing variable,
 * GANTRY_MIN_ROLLBACK_WINDOW_MS, lowers it (tests and benchmarks against the fake cluster).
 */
function minRollbackWindowMs(env) {
    const raw = env.GANTRY_MIN_ROLLBACK_WINDOW_MS;
    if (raw === undefined || raw === '')
        return rollout_hold/* MIN_ROLLBACK_WINDOW_MS */.oy;
    const value = Number(raw);
    return Number.isFinite(value) && value >= 0 ? value : rollout_hold/* MIN_ROLLBACK_WINDOW_MS */.oy;
}

;// CONCATENATED MODULE: ./src/cli/commands/rollout.ts











/** Flags shared by `gantry rollout` and `gantry rollback`. */
const TARGET_FLAGS = {
    namespace: { type: 'string' },
    app: { type: 'string' },
    kubeconfig: { type: 'string' },
    replicas: { type: 'string' },
    'health-path': { type: 'string', default: '/health' },
    'ready-timeout': { type: 'string', default: '5m' },
    'rollback-window': { type: 'string', default: '60s' },
    'preview-url': { type: 'string' },
    'live-url': { type: 'string' },
    json: { type: 'boolean', default: false },
};
const TARGET_HELP = `  --namespace <ns>          namespace of the app (required)
  --app <name>              app: Service <app>, Deployments <app>-blue/<app>-green (required)
  --kubeconfig <file>       kubeconfig file (default: KUBECONFIG, then ~/.kube/config)
  --replicas <n>            replicas of the color brought up (default: the live color's)
  --health-path <path>      checked through the live Service after a switch (default /health)
  --ready-timeout <d>       readiness gate timeout, e.g. 90s, 5m (default 5m)
  --rollback-window <d>     keep the color left behind scaled this long, >= 30s (default 60s)
  --preview-url <url>       how this machine reaches the preview Service ({service} {namespace}
                            {port} {app} replaced; default the cluster DNS name)
  --live-url <url>          how this machine reaches the live Service (same placeholders)
  --json                    print the report as JSON`;
const str = (v) => typeof v === 'string' && v.trim() ? v.trim() : undefined;
function targetOptions(values, ctx) {
    const namespace = str(values.namespace);
    const app = str(values.app);
    if (!namespace || !app) {
        throw new errors/* UserError */.yo('--namespace and --app are required.', { hint: 'See --help.' });
    }
    const replicasText = str(values.replicas);
    const replicas = replicasText === undefined ? undefined : Number(replicasText);
    if (replicas !== undefined && (!Number.isInteger(replicas) || replicas < 1)) {
        throw new errors/* UserError */.yo(`--replicas must be a whole number ≥ 1, not '${replicasText}'.`);
    }
    return {
        namespace,
        app,
        replicas,
        healthPath: str(values['health-path']) ?? '/health',
        readyTimeoutMs: parseDuration(str(values['ready-timeout']) ?? '5m', '--ready-timeout'),
        rollbackWindowMs: parseDuration(str(values['rollback-window']) ?? '60s', '--rollback-window'),
        previewUrl: str(values['preview-url']),
        liveUrl: str(values['live-url']),
        run: runInfo(ctx.env, (0,external_node_os_.hostname)()),
        minRollbackWindowMs: minRollbackWindowMs(ctx.env),
    };
}
async function portsFor(values, ctx) {
    const file = str(values.kubeconfig);
    const content = file ? await (0,promises_.readFile)(file, 'utf8').catch(() => undefined) : undefined;
    if (file && content === undefined)
        throw new errors/* UserError */.yo(`Cannot read kubeconfig ${file}.`);
    const kube = (0,rollout_kube/* createKube */.gN)((0,rollout_kube/* loadKubeConfig */.u3)({ content, path: ctx.env.KUBECONFIG }));
    return { kube, exec: exec/* execProcess */.Z, log: ctx.log, clock: types/* systemClock */.ml, cwd: ctx.cwd };
}
function printReport(report, json, ctx) {
    if (json) {
        ctx.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        return;
    }
    const rows = [
        ['outcome', `${report.outcome}${report.changed ? '' : ' (no change)'}`],
        ['active-color', report.activeColor],
        ['previous-color', report.previousColor],
        ['image', report.image],
        ['switched-at', report.switchedAt],
        ['switch-ms', report.switchMs],
        ['rollback-ms', report.rollbackMs],
    ];
    for (const [k, v] of rows)
        if (v !== undefined)
            ctx.stdout.write(`${k.padEnd(15)} ${v}\n`);
}
/** Runs a rollout step; on a planned failure prints the diagnostics, then rethrows (exit 1). */
async function runReporting(ctx, json, step) {
    try {
        printReport(await step(), json, ctx);
        return 0;
    }
    catch (error) {
        if ((0,failure/* isRolloutFailure */.g)(error)) {
            if (json)
                printReport(error.report, true, ctx);
            else
                error.report.diagnostics.forEach((l) => ctx.stderr.write(`  ${l}\n`));
        }
        throw error;
    }
}
const command = {
    name: 'rollout',
    summary: 'Blue-green deploy of an image digest to Kubernetes (readiness-gated, auto-revert)',
    help: `Usage: gantry rollout --namespace <ns> --app <name> --image <name@sha256:…> [options]

Deploys the image to the idle color, waits until it is fully ready behind <app>-preview,
smoke-tests it, switches the Service selector with one patch, verifies through the live
Service (reverting on failure) and keeps the previous color warm for the rollback window.

Options:
  --image <ref>             image by digest (required)
  --allow-mutable-tag       accept a tag instead of a digest
  --manifests <path>        Deployment + Service template (YAML) or a Kustomize directory
  --smoke-path <path>       smoke request path through the preview (default: --health-path)
  --smoke-expect-status <n> expected status (default 200)
  --smoke-expect-body <s>   substring the smoke body must contain
  --smoke-retries <n>       retries after the first smoke attempt (default 3)
  --smoke-timeout <d>       timeout of one smoke request or of --smoke-command (default 10s)
  --smoke-command <cmd>     shell command instead of HTTP; gets PREVIEW_URL
  --verify-window <d>       watch the live Service this long after the switch (default 30s)
${TARGET_HELP}
`,
    async run(ctx) {
        const { values } = (0,external_node_util_.parseArgs)({
            args: ctx.argv,
            options: {
                ...TARGET_FLAGS,
                image: { type: 'string' },
                'allow-mutable-tag': { type: 'boolean', default: false },
                manifests: { type: 'string' },
                'smoke-path': { type: 'string' },
                'smoke-expect-status': { type: 'string', default: '200' },
                'smoke-expect-body': { type: 'string' },
                'smoke-retries': { type: 'string', default: '3' },
                'smoke-timeout': { type: 'string', default: '10s' },
                'smoke-command': { type: 'string' },
                'verify-window': { type: 'string', default: '30s' },
            },
            strict: true,
            allowPositionals: false,
        });
        const target = targetOptions(values, ctx);
        const image = str(values.image);
        if (!image)
            throw new errors/* UserError */.yo('--image is required.', { hint: 'Pass name@sha256:<digest>.' });
        const expectStatus = Number(values['smoke-expect-status']);
        const retries = Number(values['smoke-retries']);
        if (!Number.isInteger(expectStatus) || !Number.isInteger(retries) || retries < 0) {
            throw new errors/* UserError */.yo('--smoke-expect-status and --smoke-retries must be whole numbers.');
        }
        const options = {
            ...target,
            image,
            allowMutableTag: values['allow-mutable-tag'],
            manifests: str(values.manifests),
            smoke: {
                path: str(values['smoke-path']) ?? target.healthPath,
                expectStatus,
                expectBody: str(values['smoke-expect-body']),
                retries,
                timeoutMs: parseDuration(values['smoke-timeout'], '--smoke-timeout'),
                command: str(values['smoke-command']),
            },
            verifyWindowMs: parseDuration(values['verify-window'], '--verify-window'),
        };
        const ports = await portsFor(values, ctx);
        return runReporting(ctx, values.json, () => deploy(options, ports));
    },
};


/***/ }),

/***/ 5093:
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
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8382);
/* harmony import */ var _kube_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7404);


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

/***/ 5891:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ RolloutFailure),
/* harmony export */   g: () => (/* binding */ isRolloutFailure)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8382);

/**
 * A rollout that stopped on purpose (not ready, smoke failed, verification failed → reverted):
 * one clear line for the user, the report (outcome, phases) and the diagnostics (pod
 * conditions and events) for the log and the job summary.
 */
class RolloutFailure extends _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    report;
    constructor(message, report, options = {}) {
        super(message, { reason: report.outcome, ...options });
        this.report = report;
        this.name = 'RolloutFailure';
    }
}
function isRolloutFailure(error) {
    return error instanceof RolloutFailure;
}


/***/ }),

/***/ 3372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fe: () => (/* binding */ keepWarm),
/* harmony export */   fI: () => (/* binding */ checkRollbackWindow),
/* harmony export */   oy: () => (/* binding */ MIN_ROLLBACK_WINDOW_MS)
/* harmony export */ });
/* unused harmony export holdThenScaleDown */
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8382);
/* harmony import */ var _colors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5093);
/* harmony import */ var _lease_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(959);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9988);




/** The smallest rollback window allowed (Argo Rollouts' bar); tests may lower it explicitly. */
const MIN_ROLLBACK_WINDOW_MS = 30_000;
function checkRollbackWindow(windowMs, minimumMs) {
    if (windowMs < minimumMs) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`rollback-window ${windowMs} ms is below the minimum of ${minimumMs} ms.`, {
            reason: 'bad-input',
            hint: 'Keep the previous color warm for at least 30s so a rollback is one patch.',
        });
    }
}
/**
 * After a switch the previous color stays scaled for the rollback window (so a rollback is one
 * patch), then goes to zero replicas (the object is kept). The lease is not held while waiting,
 * so a rollback can run during the window; the scale-down re-takes the lease and only happens if
 * the state is still the one this run left (the color is neither active nor re-deployed).
 */
async function holdThenScaleDown(kube, input, ports) {
    const { namespace, app, color, run } = input;
    ports.log.info(`${(0,_colors_js__WEBPACK_IMPORTED_MODULE_1__/* .deploymentName */ .pC)(app, color)} stays warm for ${input.windowMs} ms (rollback window).`);
    await ports.clock.sleep(input.windowMs);
    const target = { namespace, service: app, run, ttlMs: 60_000 };
    let svc;
    try {
        svc = await (0,_lease_js__WEBPACK_IMPORTED_MODULE_2__/* .acquireLease */ .Z)(kube, target, ports.clock);
    }
    catch (error) {
        ports.log.warn(`Leaving ${(0,_colors_js__WEBPACK_IMPORTED_MODULE_1__/* .deploymentName */ .pC)(app, color)} scaled: ${error.message}`);
        return 'left-alone';
    }
    try {
        const state = (0,_state_js__WEBPACK_IMPORTED_MODULE_3__/* .readState */ .un)(svc.metadata?.annotations);
        if (state.active === color || state.images[color] !== input.image) {
            ports.log.info(`${(0,_colors_js__WEBPACK_IMPORTED_MODULE_1__/* .deploymentName */ .pC)(app, color)} changed role during the window; leaving it scaled.`);
            return 'left-alone';
        }
        await (0,_colors_js__WEBPACK_IMPORTED_MODULE_1__/* .scaleTo */ .UR)(kube, namespace, (0,_colors_js__WEBPACK_IMPORTED_MODULE_1__/* .deploymentName */ .pC)(app, color), 0);
        ports.log.info(`Scaled ${(0,_colors_js__WEBPACK_IMPORTED_MODULE_1__/* .deploymentName */ .pC)(app, color)} to zero (object kept for the next deploy).`);
        return 'scaled-down';
    }
    finally {
        await (0,_lease_js__WEBPACK_IMPORTED_MODULE_2__/* .releaseLease */ .w)(kube, target, ports.log);
    }
}
/**
 * How a deploy and a rollback both end: the color traffic just left (if any) stays warm for the
 * rollback window as a logged phase, then goes to zero.
 */
async function keepWarm(kube, phases, hold, input, ports) {
    if (!hold)
        return;
    const { color, image } = hold;
    await phases.run(`Keep ${(0,_colors_js__WEBPACK_IMPORTED_MODULE_1__/* .deploymentName */ .pC)(input.app, color)} warm for the rollback window`, () => holdThenScaleDown(kube, { ...input, color, image }, ports));
}


/***/ }),

/***/ 7404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W3: () => (/* binding */ KubeApiError),
/* harmony export */   dh: () => (/* binding */ isConflict),
/* harmony export */   gN: () => (/* binding */ createKube),
/* harmony export */   u3: () => (/* binding */ loadKubeConfig)
/* harmony export */ });
/* unused harmony exports isNotFound, labelSelector */
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7010);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8382);


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

/***/ 959:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ acquireLease),
/* harmony export */   w: () => (/* binding */ releaseLease)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8382);
/* harmony import */ var _kube_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7404);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9988);



const ATTEMPTS = 3;
/**
 * Takes the app's lease: an annotation on the live Service with this run's id and an expiry,
 * written with the Service's resourceVersion so two runs cannot both win (409 → re-read). A
 * live lease held by another run is a clear error naming that run. With `create`, a missing
 * Service is created already holding the lease (the bootstrap case).
 */
async function acquireLease(kube, target, clock, create) {
    const { namespace, service, run } = target;
    for (let attempt = 1;; attempt++) {
        const lease = (0,_state_js__WEBPACK_IMPORTED_MODULE_2__/* .leaseValue */ .WR)({
            runId: run.id,
            expiresAt: new Date(clock.now() + target.ttlMs).toISOString(),
        });
        try {
            const current = await kube.getService(namespace, service);
            if (!current) {
                if (!create) {
                    throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Service ${namespace}/${service} does not exist: nothing is deployed.`, {
                        reason: 'not-deployed',
                        hint: 'Run a deploy first (action: deploy).',
                    });
                }
                const body = create();
                body.metadata = {
                    ...body.metadata,
                    annotations: { ...body.metadata?.annotations, [_state_js__WEBPACK_IMPORTED_MODULE_2__/* .ANNOTATION */ .YX.lease]: lease },
                };
                return await kube.createService(namespace, body);
            }
            const other = (0,_state_js__WEBPACK_IMPORTED_MODULE_2__/* .foreignLease */ .tt)((0,_state_js__WEBPACK_IMPORTED_MODULE_2__/* .readState */ .un)(current.metadata?.annotations), run.id, clock.now());
            if (other) {
                throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Another rollout of ${namespace}/${service} is in progress: run ${other.runId} holds the lease until ${other.expiresAt}.`, {
                    reason: 'locked',
                    hint: 'Wait for that run to finish (or for the lease to expire) and run again.',
                });
            }
            return await kube.patchService(namespace, service, {
                metadata: {
                    resourceVersion: current.metadata?.resourceVersion,
                    annotations: { [_state_js__WEBPACK_IMPORTED_MODULE_2__/* .ANNOTATION */ .YX.lease]: lease },
                },
            });
        }
        catch (error) {
            if (!(0,_kube_js__WEBPACK_IMPORTED_MODULE_1__/* .isConflict */ .dh)(error) || attempt >= ATTEMPTS)
                throw error;
        }
    }
}
/** Gives the lease back if this run still holds it; a failure only warns (the lease expires). */
async function releaseLease(kube, target, log) {
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
        try {
            const current = await kube.getService(target.namespace, target.service);
            if ((0,_state_js__WEBPACK_IMPORTED_MODULE_2__/* .readState */ .un)(current?.metadata?.annotations).lease?.runId !== target.run.id)
                return;
            await kube.patchService(target.namespace, target.service, {
                metadata: {
                    resourceVersion: current?.metadata?.resourceVersion,
                    annotations: { [_state_js__WEBPACK_IMPORTED_MODULE_2__/* .ANNOTATION */ .YX.lease]: null },
                },
            });
            return;
        }
        catch (error) {
            if ((0,_kube_js__WEBPACK_IMPORTED_MODULE_1__/* .isConflict */ .dh)(error) && attempt < ATTEMPTS)
                continue;
            log.warn(`Could not release the lease (it will expire): ${error.message}`);
            return;
        }
    }
}


/***/ }),

/***/ 9554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ Phases)
/* harmony export */ });
/** Runs each lifecycle phase as a log group and records its duration for outputs and summary. */
class Phases {
    log;
    clock;
    records = [];
    constructor(log, clock) {
        this.log = log;
        this.clock = clock;
    }
    async run(name, fn) {
        const title = `${this.records.length + 1}. ${name}`;
        return this.log.group(title, async () => {
            const started = this.clock.now();
            try {
                const result = await fn();
                const ms = this.clock.now() - started;
                this.records.push({ name, ms, ok: true });
                this.log.info(`✓ ${name} (${ms} ms)`);
                return result;
            }
            catch (error) {
                const ms = this.clock.now() - started;
                this.records.push({ name, ms, ok: false });
                this.log.info(`✗ ${name} failed after ${ms} ms`);
                throw error;
            }
        });
    }
}


/***/ }),

/***/ 690:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ readyThroughPreview),
/* harmony export */   u: () => (/* binding */ abortColor)
/* harmony export */ });
/* harmony import */ var _colors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5093);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5891);
/* harmony import */ var _readiness_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1521);



/**
 * Stops a color that must not take traffic: scale it to zero (live untouched), gather the pods'
 * conditions and events, and fail with them.
 */
async function abortColor(kube, input, outcome, message, report, ports) {
    const name = (0,_colors_js__WEBPACK_IMPORTED_MODULE_0__/* .deploymentName */ .pC)(input.app, input.color);
    const diagnostics = await (0,_readiness_js__WEBPACK_IMPORTED_MODULE_2__/* .describePods */ .sT)(kube, input.namespace, name, (0,_colors_js__WEBPACK_IMPORTED_MODULE_0__/* .colorSelector */ .t_)(input.app, input.color));
    try {
        await (0,_colors_js__WEBPACK_IMPORTED_MODULE_0__/* .scaleTo */ .UR)(kube, input.namespace, name, 0);
        ports.log.info(`Scaled ${name} to zero; the live color was not touched.`);
    }
    catch (error) {
        diagnostics.push(`could not scale ${name} to zero: ${error.message}`);
    }
    diagnostics.forEach((line) => ports.log.info(line));
    throw new _failure_js__WEBPACK_IMPORTED_MODULE_1__/* .RolloutFailure */ .a(message, { ...report, outcome, diagnostics });
}
/** Points the preview at the color and waits for the full readiness gate (or aborts). */
async function readyThroughPreview(kube, input, phases, ports, report) {
    const name = (0,_colors_js__WEBPACK_IMPORTED_MODULE_0__/* .deploymentName */ .pC)(input.app, input.color);
    const state = await phases.run(`Wait until ${name} is ready behind ${(0,_colors_js__WEBPACK_IMPORTED_MODULE_0__/* .previewName */ .gz)(input.app)}`, async () => {
        await (0,_colors_js__WEBPACK_IMPORTED_MODULE_0__/* .pointPreview */ .JT)(kube, input.namespace, input.app, input.color, input.ports);
        return (0,_readiness_js__WEBPACK_IMPORTED_MODULE_2__/* .waitReady */ .N9)(kube, {
            namespace: input.namespace,
            deployment: name,
            service: (0,_colors_js__WEBPACK_IMPORTED_MODULE_0__/* .previewName */ .gz)(input.app),
            selector: (0,_colors_js__WEBPACK_IMPORTED_MODULE_0__/* .colorSelector */ .t_)(input.app, input.color),
            image: input.image,
        }, {
            timeoutMs: input.readyTimeoutMs,
            pollMs: input.pollMs,
            clock: ports.clock,
            onProgress: (w) => ports.log.info(`waiting: ${w}`),
        });
    });
    if (!state.ready) {
        await abortColor(kube, input, 'aborted-not-ready', `${name} did not become ready within ${input.readyTimeoutMs} ms (${state.waiting}).`, report(), ports);
    }
}


/***/ }),

/***/ 1521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N9: () => (/* binding */ waitReady),
/* harmony export */   iF: () => (/* binding */ checkReady),
/* harmony export */   sT: () => (/* binding */ describePods)
/* harmony export */ });
const podReady = (pod) => pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
/** One look at the gate: Deployment status, the pods running the image, the Service endpoints. */
async function checkReady(kube, target) {
    const d = await kube.getDeployment(target.namespace, target.deployment);
    if (!d)
        return { ready: false, waiting: `Deployment ${target.deployment} does not exist` };
    const want = d.spec?.replicas ?? 1;
    const s = d.status ?? {};
    if ((s.observedGeneration ?? 0) < (d.metadata?.generation ?? 1)) {
        return {
            ready: false,
            waiting: `observedGeneration ${s.observedGeneration ?? 0} < generation ${d.metadata?.generation ?? 1}`,
        };
    }
    if (want === 0)
        return { ready: false, waiting: 'the Deployment is scaled to zero' };
    const counts = {
        updated: s.updatedReplicas ?? 0,
        available: s.availableReplicas ?? 0,
        ready: s.readyReplicas ?? 0,
        total: s.replicas ?? 0,
    };
    if (counts.updated !== want || counts.available !== want || counts.total !== want) {
        return {
            ready: false,
            waiting: `${counts.available}/${want} available, ${counts.updated}/${want} updated, ${counts.total} total`,
        };
    }
    const pods = (await kube.listPods(target.namespace, target.selector)).filter((p) => !p.metadata?.deletionTimestamp);
    const current = pods.filter((p) => p.spec?.containers?.some((c) => c.name === 'app' && c.image === target.image) ?? false);
    if (current.length !== want || pods.length !== want || !current.every(podReady)) {
        return {
            ready: false,
            waiting: `${current.filter(podReady).length}/${want} pods with the new image ready (${pods.length} pods)`,
        };
    }
    const podIps = new Set(current.map((p) => p.status?.podIP ?? ''));
    const slices = await kube.listEndpointSlices(target.namespace, target.service);
    const endpointIps = new Set(slices.flatMap((sl) => (sl.endpoints ?? []).filter((e) => e.conditions?.ready !== false).flatMap((e) => e.addresses)));
    const same = endpointIps.size === podIps.size && [...podIps].every((ip) => endpointIps.has(ip));
    if (!same) {
        return {
            ready: false,
            waiting: `Service ${target.service} endpoints [${[...endpointIps].join(', ')}] are not the new pods [${[...podIps].join(', ')}]`,
        };
    }
    return { ready: true, waiting: '' };
}
/** Polls the gate until it holds or the timeout passes; never a fixed sleep. */
async function waitReady(kube, target, options) {
    const deadline = options.clock.now() + options.timeoutMs;
    let last = '';
    for (;;) {
        const state = await checkReady(kube, target);
        if (state.ready)
            return state;
        if (state.waiting !== last)
            options.onProgress?.(state.waiting);
        last = state.waiting;
        if (options.clock.now() >= deadline)
            return state;
        await options.clock.sleep(Math.min(options.pollMs, Math.max(1, deadline - options.clock.now())));
    }
}
function conditionLines(d) {
    return (d?.status?.conditions ?? [])
        .filter((c) => c.status !== 'True')
        .map((c) => `Deployment ${d?.metadata?.name}: ${c.type}=${c.status} ${c.reason ?? ''} ${c.message ?? ''}`.trim());
}
/** The pods' conditions, container states and events (warnings first): why a color is not ready. */
async function describePods(kube, namespace, deployment, selector) {
    const lines = [];
    const d = await kube.getDeployment(namespace, deployment).catch(() => undefined);
    lines.push(...conditionLines(d));
    const pods = await kube.listPods(namespace, selector).catch(() => []);
    if (!pods.length)
        lines.push(`no pods match ${Object.entries(selector)
            .map(([k, v]) => `${k}=${v}`)
            .join(',')}`);
    for (const pod of pods.slice(0, 10)) {
        const name = pod.metadata?.name ?? '?';
        const bad = (pod.status?.conditions ?? []).filter((c) => c.status !== 'True');
        const containers = (pod.status?.containerStatuses ?? []).map((c) => {
            const waiting = c.state?.waiting;
            return `${c.name} ready=${c.ready} restarts=${c.restartCount}${waiting ? ` waiting=${waiting.reason ?? ''}` : ''}`;
        });
        lines.push(`Pod ${name}: phase=${pod.status?.phase ?? '?'}; ${containers.join('; ')}${bad.length ? `; ${bad.map((c) => `${c.type}=False${c.reason ? ` (${c.reason})` : ''}`).join(', ')}` : ''}`);
        const events = await kube.listEvents(namespace, { name, kind: 'Pod' }).catch(() => []);
        events
            .sort((a, b) => (a.type === b.type ? 0 : a.type === 'Warning' ? -1 : 1))
            .slice(0, 8)
            .forEach((e) => lines.push(`  event ${e.type ?? ''} ${e.reason ?? ''}${(e.count ?? 1) > 1 ? ` (x${e.count})` : ''}: ${e.message ?? ''}`));
    }
    return lines;
}


/***/ }),

/***/ 9988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ switchAnnotations),
/* harmony export */   Ix: () => (/* binding */ isFailed),
/* harmony export */   WR: () => (/* binding */ leaseValue),
/* harmony export */   YX: () => (/* binding */ ANNOTATION),
/* harmony export */   tt: () => (/* binding */ foreignLease),
/* harmony export */   un: () => (/* binding */ readState)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2128);

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

/***/ 2821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ flip),
/* harmony export */   t: () => (/* binding */ apiFailure)
/* harmony export */ });
/* harmony import */ var _colors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5093);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5891);
/* harmony import */ var _readiness_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1521);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9988);




/**
 * Moves traffic: ONE merge patch of the live Service that changes the selector's color and
 * records the state annotations together, so traffic and state never disagree.
 */
async function flip(kube, input, clock) {
    const started = clock.now();
    const at = new Date(started).toISOString();
    const annotations = (0,_state_js__WEBPACK_IMPORTED_MODULE_2__/* .switchAnnotations */ .$l)({
        active: input.to,
        previous: input.from,
        image: input.image,
        at,
        runUrl: input.runUrl,
        by: input.by,
        failed: input.failed,
    });
    if (input.clearFailed)
        annotations[_state_js__WEBPACK_IMPORTED_MODULE_2__/* .ANNOTATION */ .YX.failed(input.to)] = null;
    await kube.patchService(input.namespace, input.app, {
        metadata: { annotations },
        spec: { selector: (0,_colors_js__WEBPACK_IMPORTED_MODULE_0__/* .colorSelector */ .t_)(input.app, input.to) },
    });
    return { at, ms: clock.now() - started };
}
/** An API error mid-rollout, with the pods of the color involved, as a RolloutFailure. */
async function apiFailure(kube, error, report, target) {
    const diagnostics = await (0,_readiness_js__WEBPACK_IMPORTED_MODULE_3__/* .describePods */ .sT)(kube, target.namespace, (0,_colors_js__WEBPACK_IMPORTED_MODULE_0__/* .deploymentName */ .pC)(target.app, target.color), (0,_colors_js__WEBPACK_IMPORTED_MODULE_0__/* .colorSelector */ .t_)(target.app, target.color)).catch(() => []);
    return new _failure_js__WEBPACK_IMPORTED_MODULE_1__/* .RolloutFailure */ .a(error.message, { ...report, outcome: 'failed', diagnostics }, { cause: error });
}


/***/ }),

/***/ 2128:
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


/***/ }),

/***/ 6242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   t2: () => (/* binding */ exists),
/* harmony export */   wd: () => (/* binding */ isDirectory)
/* harmony export */ });
/* unused harmony export sha256 */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);



async function sha256File(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path))
        hash.update(chunk);
    return hash.digest('hex');
}
function sha256(text) {
    return createHash('sha256').update(text).digest('hex');
}
async function exists(path) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.access)(path);
        return true;
    }
    catch {
        return false;
    }
}
async function isDirectory(path) {
    try {
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(path)).isDirectory();
    }
    catch {
        return false;
    }
}


/***/ })

};
