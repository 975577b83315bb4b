export const id = 635;
export const ids = [635];
export const modules = {

/***/ 98953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ actionsLogger)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);

/**
 * The Logger port on the Actions runtime: groups, annotations and masks through @actions/core,
 * live tool output straight to stdout (ANSI colours kept). Shared by every action's main.ts.
 */
function actionsLogger() {
    return {
        info: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(m),
        warn: (m, a) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(m, a),
        error: (m, a) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(m, a),
        debug: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(m),
        write: (c) => process.stdout.write(c),
        group: (name, fn) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(name, fn),
        mask: (s) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(s),
    };
}


/***/ }),

/***/ 47635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/shared/exec.ts
var exec = __webpack_require__(87304);
;// CONCATENATED MODULE: ./src/github/comment-mode.ts
/** The comment modes (a leaf module: the action's input parsing loads only this). */
const COMMENT_MODES = ['update', 'changes-only', 'new', 'off'];

// EXTERNAL MODULE: ./src/iac/input-values.ts
var input_values = __webpack_require__(93022);
;// CONCATENATED MODULE: ./src/actions/plan/inputs.ts
// The plan action's inputs and outputs: one table each, mirrored by actions/plan/action.yml, and
// the one place inputs are read.
//
// CONVENTION for every action (test/repo/action-inputs.test.ts holds it for all of them):
//   export const INPUTS = { 'kebab-name': { description, required, default }, … } as const;
//   export const OUTPUTS = { 'kebab-name': { description }, … } as const;
// `actions/<name>/action.yml` declares exactly these inputs (same description, required and
// default) and outputs (same description), in any order; getInputs() reads only names from INPUTS.




const INPUTS = {
    'working-directory': {
        description: 'Directory of the stack to plan, relative to the repository root.',
        required: false,
        default: '.',
    },
    tool: {
        description: 'terraform, tofu, or auto (a .opentofu-version or *.tofu file means tofu, else whichever binary is on PATH, terraform first).',
        required: false,
        default: 'auto',
    },
    'tool-version': {
        description: 'Exact version to install when the binary on PATH differs (official release, SHA256SUMS verified, tool cache). Empty: .terraform-version / .opentofu-version, else required_version in the *.tf files; a constraint is only checked.',
        required: false,
        default: '',
    },
    workspace: {
        description: 'Workspace to select (created when missing). Empty: default.',
        required: false,
        default: '',
    },
    'var-files': {
        description: 'Variable files, one per line, relative to working-directory.',
        required: false,
        default: '',
    },
    variables: {
        description: 'Variables, one name=value per line (values may be HCL, e.g. tags={team="core"}). Values are masked. apply uses them only to re-plan in replan-and-compare mode.',
        required: false,
        default: '',
    },
    'backend-config': {
        description: 'Backend configuration for init, one key=value or file per line (the same in the plan and apply jobs). Values are masked.',
        required: false,
        default: '',
    },
    'init-args': {
        description: 'Extra flags for init, shell-quoted.',
        required: false,
        default: '',
    },
    'plan-args': {
        description: 'Extra flags for plan, shell-quoted.',
        required: false,
        default: '',
    },
    'target-name': {
        description: 'Name of the target: shown in the review, keys the PR comment and names the plan artifact (gantry-plan-<id>); apply refuses a plan of another target. Empty: plan derives it from working-directory, plus /<workspace> outside the default workspace; apply then needs artifact-name or plan-dir.',
        required: false,
        default: '',
    },
    comment: {
        description: 'update: one living comment per target, edited on every push; changes-only: post only when there are changes (an existing comment is updated to say the plan has none now); new: a new comment each run, older ones minimized as outdated; off: job summary only.',
        required: false,
        default: 'update',
    },
    'github-token': {
        description: 'Token for the GitHub API: the PR comment (needs pull-requests: write; a read-only token, as on fork PRs, only skips the comment, with a warning), the deployment and approval check of apply (deployments: write), the commit date for publish when the event and git lack it.',
        required: false,
        default: '${{ github.token }}',
    },
    'upload-plan': {
        description: 'Upload the plan file, plan JSON and manifest as the artifact gantry-plan-<target id>, for an apply job of the same run.',
        required: false,
        default: 'true',
    },
};
const OUTPUTS = {
    'has-changes': { description: 'true when the plan changes something.' },
    'to-add': { description: 'Resources to add (a replace counts here and in to-destroy).' },
    'to-change': { description: 'Resources to change in place.' },
    'to-destroy': { description: 'Resources to destroy (a replace counts here and in to-add).' },
    'to-replace': { description: 'Resources to replace.' },
    'to-import': { description: 'Resources to import.' },
    'plan-digest': {
        description: 'SHA-256 over the planned changes (64 hex characters); give it to the apply job.',
    },
    'plan-dir': {
        description: 'Folder holding tfplan, plan.json, manifest.json, comment.md and summary.md.',
    },
    'artifact-name': {
        description: 'Name of the uploaded plan artifact; empty when nothing was uploaded.',
    },
    'comment-id': { description: 'ID of the PR comment created or updated; empty when none.' },
    'comment-url': { description: 'URL of the PR comment; empty when none.' },
    'exit-code': {
        description: '0 no changes, 2 changes, 1 failed (terraform plan -detailed-exitcode).',
    },
    'failure-reason': {
        description: 'Why the plan failed: init-failed, workspace-failed, plan-failed, show-failed, timeout, cancelled, spawn-failed, or a bad-input / tool reason. Empty on success.',
    },
};
const TOOLS = ['terraform', 'tofu', 'auto'];
const get = (name) => core/* getInput */.V4(name);
const lines = (name) => get(name)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
function oneOf(name, allowed) {
    const value = get(name) || INPUTS[name].default;
    if (!allowed.includes(value)) {
        throw new errors/* UserError */.yo(`${name} must be one of ${allowed.join(', ')}, not '${value}'.`, {
            reason: 'bad-input',
        });
    }
    return value;
}
/** core.getBooleanInput (YAML 1.2 booleans only), its TypeError turned into one clear line. */
function bool(name) {
    try {
        return core/* getBooleanInput */.Vt(name);
    }
    catch {
        throw new errors/* UserError */.yo(`${name} must be true or false, not '${get(name)}'.`, {
            reason: 'bad-input',
        });
    }
}
/** Read and check every input, masking secrets; a UserError before anything runs. */
function getInputs() {
    const token = get('github-token');
    if (token)
        core/* setSecret */.Pq(token);
    const variables = (0,input_values/* parseVariables */.rf)(lines('variables'));
    Object.values(variables).forEach((v) => v && core/* setSecret */.Pq(v));
    const backendConfig = lines('backend-config');
    (0,input_values/* backendConfigSecrets */.u5)(backendConfig).forEach((v) => core/* setSecret */.Pq(v));
    return {
        workingDirectory: get('working-directory') || '.',
        tool: oneOf('tool', TOOLS),
        toolVersion: get('tool-version'),
        workspace: get('workspace'),
        varFiles: lines('var-files'),
        variables,
        backendConfig,
        initArgs: get('init-args'),
        planArgs: get('plan-args'),
        targetName: get('target-name'),
        comment: oneOf('comment', COMMENT_MODES),
        githubToken: token,
        uploadPlan: bool('upload-plan'),
    };
}

// EXTERNAL MODULE: ./src/actions/actions-logger.ts
var actions_logger = __webpack_require__(98953);
;// CONCATENATED MODULE: ./src/actions/plan/main.ts
// The edge of the plan action: read inputs and the run's context, build the ports (exec, GitHub,
// tool cache, artifacts, summary), run the plan job, set outputs. The one try/catch is here.






/** @actions/tool-cache, loaded only when the install step needs it (keeps start-up fast). */
const toolCache = {
    find: async (tool, version) => (await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(805)]).then(__webpack_require__.bind(__webpack_require__, 59805))).find(tool, version),
    downloadTool: async (url) => (await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(805)]).then(__webpack_require__.bind(__webpack_require__, 59805))).downloadTool(url),
    extractZip: async (file) => (await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(805)]).then(__webpack_require__.bind(__webpack_require__, 59805))).extractZip(file),
    cacheDir: async (dir, tool, version) => (await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(805)]).then(__webpack_require__.bind(__webpack_require__, 59805))).cacheDir(dir, tool, version),
};
/** The run's artifact service through @actions/artifact; absent outside GitHub Actions. */
function artifactUploader(env) {
    if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL)
        return undefined;
    return {
        async upload(name, files, rootDir) {
            const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(101), __webpack_require__.e(737), __webpack_require__.e(479)]).then(__webpack_require__.bind(__webpack_require__, 33479));
            const result = await new DefaultArtifactClient().uploadArtifact(name, files, rootDir, {
                retentionDays: 7,
            });
            return {
                ...(result.id ? { id: result.id } : {}),
                ...(result.size ? { size: result.size } : {}),
            };
        },
    };
}
/** Cancellation as the runner does it: SIGINT (then SIGTERM) to this process. */
function cancellation(log) {
    const controller = new AbortController();
    const stop = (signal) => {
        if (controller.signal.aborted)
            return;
        log.warn(`Received ${signal}: asking the tool to stop gracefully so the state is saved.`);
        controller.abort();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    return controller.signal;
}
const setOutput = (name, value) => core/* setOutput */.uH(name, value);
async function run() {
    const log = (0,actions_logger/* actionsLogger */.M)();
    const env = process.env;
    log.info('Gantry plan');
    const signal = cancellation(log);
    try {
        const inputs = getInputs();
        // The engine and the GitHub client load after the first log line: the step shows life at
        // once, and a bad input fails without loading them.
        const [{ buildContext }, { createGitHub }, { runPlanJob }, { planOutputs }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(556)]).then(__webpack_require__.bind(__webpack_require__, 19556)),
            Promise.all(/* import() */[__webpack_require__.e(101), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 96584)),
            Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(101), __webpack_require__.e(88), __webpack_require__.e(140), __webpack_require__.e(171), __webpack_require__.e(398)]).then(__webpack_require__.bind(__webpack_require__, 47398)),
            __webpack_require__.e(/* import() */ 875).then(__webpack_require__.bind(__webpack_require__, 87875)),
        ]);
        const context = buildContext(env);
        // Tests set this to make GitHub back-off and write spacing milliseconds instead of seconds.
        const pacing = env.GANTRY_GITHUB_PACING_MS ? Number(env.GANTRY_GITHUB_PACING_MS) : undefined;
        const result = await runPlanJob(inputs, {
            exec: exec/* execProcess */.Z,
            log,
            context,
            github: (token) => createGitHub({
                token,
                apiUrl: context.apiUrl,
                graphqlUrl: context.graphqlUrl,
                ...(pacing === undefined ? {} : { backoffBaseMs: pacing, writeSpacingMs: pacing }),
                onRetry: (m) => log.info(m),
            }),
            summary: {
                append: async (markdown) => void (await core/* summary */.z.addRaw(markdown, true).write()),
            },
            toolCache,
            addPath: (dir) => core/* addPath */.fM(dir),
            artifacts: artifactUploader(env),
            workspaceRoot: env.GITHUB_WORKSPACE || process.cwd(),
            tempDir: env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(),
            env,
            signal,
        });
        const outputs = planOutputs(result);
        for (const [name, value] of Object.entries(outputs))
            setOutput(name, value);
        const { outcome } = result;
        // The failure is already annotated (diagnostics at file and line, then the phase that
        // failed); only the step's result is left to set.
        if (outcome.status === 'failed')
            process.exitCode = core/* ExitCode */.yU.Failure;
    }
    catch (error) {
        setOutput('exit-code', '1');
        setOutput('failure-reason', (0,errors/* isUserError */.iU)(error) ? (error.reason ?? 'bad-input') : 'internal-error');
        core/* setFailed */.C1((0,errors/* describeError */.Uc)(error));
    }
}


/***/ }),

/***/ 93022:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   rf: () => (/* binding */ parseVariables),
/* harmony export */   u5: () => (/* binding */ backendConfigSecrets)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);

/** `30s`, `5m`, `1h`, `90` (seconds) or `0` → seconds; terraform's -lock-timeout grammar. */
function parseDuration(text, what) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/.exec(text);
    if (!m) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} must be a duration like 30s, 5m or 0, not '${text}'.`, {
            reason: 'bad-input',
        });
    }
    const n = Number(m[1]);
    const factor = { ms: 0.001, s: 1, m: 60, h: 3600 }[m[2] ?? 's'] ?? 1;
    return Math.round(n * factor);
}
/** `name=value` lines → a map; a clear error for a line without a name. */
function parseVariables(lines) {
    const out = {};
    for (const [i, line] of lines.entries()) {
        const eq = line.indexOf('=');
        const name = eq > 0 ? line.slice(0, eq).trim() : '';
        if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) {
            // The line may hold a secret: name its position, never its text.
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`variables: line ${i + 1} is not a name=value line with a valid name.`, {
                reason: 'bad-input',
                hint: 'Write one variable per line as name=value (values may be HCL).',
            });
        }
        out[name] = line.slice(eq + 1).trim();
    }
    return out;
}
/**
 * The values to mask in `backend-config` lines: the right side of each `key=value` line (a line
 * without `=` names a file, which is not secret).
 */
function backendConfigSecrets(lines) {
    return lines.flatMap((line) => {
        const eq = line.indexOf('=');
        const value = eq > 0 ? line.slice(eq + 1).trim() : '';
        return value ? [value] : [];
    });
}


/***/ }),

/***/ 87304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ execProcess)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
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
