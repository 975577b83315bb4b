export const id = 804;
export const ids = [804];
export const modules = {

/***/ 6804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ command)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
// EXTERNAL MODULE: ./src/shared/exec.ts
var exec = __webpack_require__(7304);
// EXTERNAL MODULE: ./src/shared/fs.ts
var fs = __webpack_require__(6242);
// EXTERNAL MODULE: ./src/iac/args.ts
var args = __webpack_require__(6522);
// EXTERNAL MODULE: ./src/iac/manifest.ts
var iac_manifest = __webpack_require__(8458);
// EXTERNAL MODULE: ./src/iac/tool.ts
var tool = __webpack_require__(8397);
// EXTERNAL MODULE: ./src/iac/run-tool.ts + 1 modules
var run_tool = __webpack_require__(5331);
;// CONCATENATED MODULE: ./src/iac/tool-runner.ts

/**
 * Run a saved plan's tool in its working dir and workspace: TF_WORKSPACE goes into the unmasked
 * base environment (a workspace name is not a secret), with the timeout and SIGINT-first
 * cancellation. Used by `gantry apply` and the apply action alike.
 */
function toolRunner(choice, workingDir, manifest, options, deps) {
    return (args, echo = 'raw') => (0,run_tool/* runTool */.qI)({
        bin: choice.bin,
        args,
        cwd: workingDir,
        env: options.env,
        baseEnv: {
            ...(options.baseEnv ?? process.env),
            ...(manifest.workspace !== 'default' ? { TF_WORKSPACE: manifest.workspace } : {}),
        },
        timeoutMs: (options.timeoutMinutes ?? 60) * 60_000,
        graceMs: (options.graceSeconds ?? 30) * 1000,
        signal: deps.signal,
        echo,
    }, deps);
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
;// CONCATENATED MODULE: ./src/iac/apply-failure.ts


const LOCK_FIELDS = {
    ID: 'id',
    Path: 'path',
    Operation: 'operation',
    Who: 'who',
    Version: 'version',
    Created: 'created',
    Info: 'info',
};
/** Parse terraform's "Lock Info:" block (ANSI-free text); undefined when there is none. */
function parseLockInfo(text) {
    const start = text.indexOf('Lock Info:');
    if (start < 0)
        return undefined;
    const info = {};
    for (const raw of text.slice(start).split('\n').slice(1, 12)) {
        const line = raw.replace(/^[│|\s]+/, '');
        const m = /^(ID|Path|Operation|Who|Version|Created|Info):\s*(.*)$/.exec(line);
        if (!m)
            continue;
        const key = LOCK_FIELDS[m[1]];
        const value = (m[2] ?? '').trim();
        if (key && value)
            info[key] = value;
    }
    return Object.keys(info).length ? info : undefined;
}
/** Name what went wrong with an apply, from how it ended and what terraform said. */
function classifyApplyFailure(result) {
    const text = result.output;
    if (result.stopped) {
        return {
            reason: result.stopped,
            message: `apply ${(0,run_tool/* describeRun */.vZ)(result)}; terraform was asked to stop gracefully and persist state.`,
        };
    }
    if (/Saved plan is stale/i.test(text)) {
        return {
            reason: 'plan-stale',
            message: 'The saved plan is stale: the state changed since it was planned. Plan again.',
        };
    }
    if (/Error acquiring the state lock/i.test(text)) {
        const lock = parseLockInfo(text);
        const holder = lock
            ? ` (held by ${lock.who ?? 'unknown'}${lock.operation ? ` for ${lock.operation}` : ''}${lock.created ? ` since ${lock.created}` : ''}, lock ID ${lock.id ?? 'unknown'})`
            : '';
        return {
            reason: 'state-locked',
            message: `The state is locked by another run${holder}. Wait for it, or raise lock-timeout.`,
            ...(lock ? { lock } : {}),
        };
    }
    const errorLine = /Error: (.+)/.exec(text)?.[1]?.trim();
    return {
        reason: 'apply-failed',
        message: `apply failed (${(0,run_tool/* describeRun */.vZ)(result)})${errorLine ? `: ${errorLine}` : ''}`,
    };
}
const outputsSchema = schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* object */.Ikc({ sensitive: schemas/* boolean */.zMY(), type: schemas/* unknown */.L5J().optional(), value: schemas/* unknown */.L5J() }));
/** `output -json`: name → {sensitive, type, value}. Callers must mask sensitive values. */
function parseOutputs(jsonText) {
    const parsed = outputsSchema.parse(JSON.parse(jsonText || '{}'));
    return Object.fromEntries(Object.entries(parsed).map(([k, v]) => [
        k,
        { sensitive: v.sensitive, type: v.type, value: v.value },
    ]));
}
/** Every string inside a value (for masking a sensitive output). */
function stringsIn(value) {
    if (typeof value === 'string')
        return [value];
    if (typeof value === 'number')
        return [String(value)];
    if (Array.isArray(value))
        return value.flatMap(stringsIn);
    if (value && typeof value === 'object')
        return Object.values(value).flatMap(stringsIn);
    return [];
}

;// CONCATENATED MODULE: ./src/iac/apply-run.ts








/**
 * Apply exactly the reviewed plan in `planDir`:
 *  1. read the manifest and find the tool it names; ask the binary for its version;
 *  2. verify the folder (plan file hash, tool version, and `expect`) — refuse with a named reason;
 *  3. init when the working dir is not initialised, select the recorded workspace;
 *  4. apply the saved plan file; classify a failure (stale plan, lock, timeout, cancel);
 *  5. read the outputs (`output -json`).
 */
async function applyPlanDir(planDir, options, deps) {
    // 1. manifest, tool
    const dir = (0,external_node_path_.resolve)(planDir);
    const manifest = await (0,iac_manifest/* readManifest */.WI)(dir);
    const workingDir = (0,external_node_path_.resolve)(options.workingDir ?? (0,external_node_path_.resolve)(options.root ?? process.cwd(), manifest.workingDir));
    if (!(await (0,fs/* isDirectory */.wd)(workingDir))) {
        throw new errors/* UserError */.yo(`The working directory ${workingDir} recorded in the manifest does not exist.`, {
            reason: 'working-dir-missing',
            hint: 'Run from the same root the plan was made from, or pass the working directory.',
        });
    }
    const extraApply = typeof options.applyArgs === 'string'
        ? (0,args/* splitFlags */.g0)(options.applyArgs, 'apply-args')
        : [...(options.applyArgs ?? [])];
    const extraInit = typeof options.initArgs === 'string'
        ? (0,args/* splitFlags */.g0)(options.initArgs, 'init-args')
        : [...(options.initArgs ?? [])];
    const choice = await (0,tool/* chooseToolFor */.D9)({
        dir: workingDir,
        tool: manifest.tool,
        bin: options.bin,
        env: options.env,
        baseEnv: options.baseEnv,
    });
    const version = await (0,tool/* toolVersion */.fX)(choice, {
        exec: deps.exec,
        cwd: workingDir,
        ...(options.env ? { env: options.env } : {}),
        ...(options.baseEnv ? { baseEnv: options.baseEnv } : {}),
    });
    // 2. verify
    const verdict = await (0,iac_manifest/* verifyPlanDir */.mz)(dir, { ...options.expect, tool: choice.tool, toolVersion: version }, { manifest });
    if (!verdict.ok)
        throw new errors/* UserError */.yo(verdict.message, { reason: verdict.reason });
    deps.log.info(`Applying ${manifest.target} (digest ${manifest.digest.slice(0, 12)}) with ${choice.tool} ${version}.`);
    const run = toolRunner(choice, workingDir, manifest, options, deps);
    const base = { manifest, tool: choice.tool, toolVersion: version };
    // 3. init when needed (the workspace is selected by TF_WORKSPACE, which init also honours)
    const mode = options.init ?? 'auto';
    if (mode === 'always' ||
        (mode === 'auto' && !(await (0,fs/* isDirectory */.wd)((0,external_node_path_.join)(workingDir, '.terraform'))))) {
        const init = await deps.log.group(`${choice.tool} init`, () => run((0,args/* initArgs */.Gt)({ backendConfig: options.backendConfig, extra: extraInit })));
        if (init.exitCode !== 0) {
            const failure = init.stopped
                ? classifyApplyFailure(init)
                : {
                    reason: 'init-failed',
                    message: `init failed before apply: ${classifyApplyFailure(init).message}`,
                };
            return { ...base, status: 'failed', output: init.output, failure, ...stopInfo(init) };
        }
    }
    // 4. apply exactly the saved plan
    const apply = await deps.log.group(`${choice.tool} apply`, () => run((0,args/* applyArgs */.ki)({
        planFile: (0,external_node_path_.join)(dir, iac_manifest/* PLAN_FILE */.VI),
        parallelism: options.parallelism,
        lockTimeout: options.lockTimeout,
        extra: extraApply,
    })));
    if (apply.exitCode !== 0) {
        const failure = classifyApplyFailure(apply);
        deps.log.error(`${manifest.target}: ${failure.message}`);
        return { ...base, status: 'failed', output: apply.output, failure, ...stopInfo(apply) };
    }
    // 5. outputs
    const out = await run((0,args/* outputArgs */.Ze)(), 'none');
    const outputs = out.exitCode === 0 ? parseOutputs(out.stdout) : {};
    for (const value of Object.values(outputs)) {
        if (value.sensitive)
            stringsIn(value.value).forEach((s) => deps.log.mask(s));
    }
    return { ...base, status: 'applied', output: apply.output, outputs };
}
function stopInfo(result) {
    return {
        ...(result.stopped ? { stopped: result.stopped } : {}),
        ...(result.escalation ? { escalation: result.escalation } : {}),
    };
}

// EXTERNAL MODULE: ./src/cli/commands/iac-flags.ts
var iac_flags = __webpack_require__(8080);
;// CONCATENATED MODULE: ./src/cli/commands/apply.ts






const help = `Usage: gantry apply <plan-dir> [options]

Apply exactly the plan in <plan-dir> (the folder \`gantry plan\` wrote). Refuses, naming the
reason, when the plan file's SHA-256 or the tool version differs from manifest.json.

Options:
  --working-dir DIR       the stack directory (default: the one recorded in the manifest,
                          relative to the current directory)
  --bin PATH              the tool binary (also GANTRY_TERRAFORM_BIN / GANTRY_TOFU_BIN)
  --digest SHA256         also refuse unless the plan digest is this (the reviewed one)
  --apply-args "FLAGS"    extra apply flags (shell quoting rules, no shell operators)
  --parallelism N         terraform -parallelism
  --lock-timeout SECONDS  terraform -lock-timeout
  --timeout MINUTES       stop the tool (SIGINT first) after this long (default 60)
  --help                  this text

Exit codes: 0 applied, 1 refused or failed (one line on stderr names the reason).`;
const command = {
    name: 'apply',
    summary: 'Apply exactly a reviewed plan folder, refusing when it changed',
    help,
    async run(ctx) {
        const { values, positionals } = (0,external_node_util_.parseArgs)({
            args: ctx.argv,
            allowPositionals: true,
            strict: true,
            options: {
                'working-dir': { type: 'string' },
                bin: { type: 'string' },
                digest: { type: 'string' },
                'apply-args': { type: 'string' },
                parallelism: { type: 'string' },
                'lock-timeout': { type: 'string' },
                timeout: { type: 'string' },
            },
        });
        if (positionals.length !== 1) {
            throw new errors/* UserError */.yo('expected exactly one plan folder.', {
                hint: 'Usage: gantry apply <plan-dir> (the folder `gantry plan --out` wrote).',
            });
        }
        let outcome;
        try {
            outcome = await applyPlanDir((0,external_node_path_.resolve)(ctx.cwd, positionals[0]), {
                root: ctx.cwd,
                workingDir: values['working-dir'] === undefined
                    ? undefined
                    : (0,external_node_path_.resolve)(ctx.cwd, values['working-dir']),
                bin: values.bin,
                baseEnv: ctx.env,
                applyArgs: values['apply-args'],
                parallelism: (0,iac_flags/* parseNumber */.$J)(values.parallelism, '--parallelism'),
                lockTimeout: (0,iac_flags/* parseNumber */.$J)(values['lock-timeout'], '--lock-timeout'),
                timeoutMinutes: (0,iac_flags/* parseNumber */.$J)(values.timeout, '--timeout', { positive: true }),
                ...(values.digest ? { expect: { digest: values.digest } } : {}),
            }, { exec: exec/* execProcess */.Z, log: ctx.log, signal: ctx.signal });
        }
        catch (error) {
            if ((0,errors/* isUserError */.iU)(error) && error.reason) {
                throw new errors/* UserError */.yo(`refused (${error.reason}): ${error.message}`, {
                    reason: error.reason,
                    ...(error.hint ? { hint: error.hint } : {}),
                });
            }
            throw error;
        }
        if (outcome.status === 'failed' && outcome.failure) {
            ctx.stderr.write(`gantry apply: failed (${outcome.failure.reason}): ${outcome.failure.message}\n`);
            return 1;
        }
        ctx.stdout.write(`Applied ${outcome.manifest.target} (digest ${outcome.manifest.digest}).\n`);
        for (const [name, out] of Object.entries(outcome.outputs ?? {})) {
            ctx.stdout.write(`  ${name} = ${out.sensitive ? '(sensitive)' : JSON.stringify(out.value)}\n`);
        }
        return 0;
    },
};


/***/ }),

/***/ 8080:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ parseNumber),
/* harmony export */   Vt: () => (/* binding */ parseToolOption),
/* harmony export */   _H: () => (/* binding */ parseVarPairs)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8382);

/** Shared flag parsing for the terraform commands (plan, apply). */
function parseToolOption(value) {
    if (value === undefined)
        return undefined;
    if (value === 'terraform' || value === 'tofu' || value === 'auto')
        return value;
    throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`--tool must be terraform, tofu or auto, got '${value}'.`);
}
function parseNumber(value, flag, options = {}) {
    if (value === undefined)
        return undefined;
    const n = Number(value);
    if (!value.trim() || !Number.isFinite(n) || n < 0 || (options.positive && n === 0)) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${flag} must be a ${options.positive ? 'positive' : 'non-negative'} number, got '${value}'.`);
    }
    return n;
}
/** `--var name=value` pairs → a map (later wins, as in terraform). */
function parseVarPairs(pairs) {
    const vars = {};
    for (const pair of pairs) {
        const eq = pair.indexOf('=');
        if (eq <= 0) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('--var expects NAME=VALUE, got an argument without a name and =.');
        }
        vars[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
    return vars;
}


/***/ }),

/***/ 8458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HN: () => (/* binding */ writeManifest),
/* harmony export */   VI: () => (/* binding */ PLAN_FILE),
/* harmony export */   WI: () => (/* binding */ readManifest),
/* harmony export */   h1: () => (/* binding */ MANIFEST_FILE),
/* harmony export */   jm: () => (/* binding */ lockFileSha256),
/* harmony export */   mz: () => (/* binding */ verifyPlanDir)
/* harmony export */ });
/* unused harmony exports manifestSchema, PLAN_CHECKS, planArtifactName */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8816);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8382);
/* harmony import */ var _shared_fs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6242);





const MANIFEST_FILE = 'manifest.json';
const PLAN_FILE = 'tfplan';
const count = zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().nonnegative();
const sha = zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in hex');
const manifestSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    manifestVersion: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(1),
    target: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1),
    targetId: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1),
    tool: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(['terraform', 'tofu']),
    toolVersion: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1),
    digest: sha,
    planFile: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(PLAN_FILE),
    planSha256: sha,
    /** Relative to the root the plan was made from (the repository or the CLI's cwd). */
    workingDir: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1),
    workspace: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1),
    lockFileSha256: sha.nullable(),
    varFiles: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()),
    commitSha: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
    createdAt: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().datetime(),
    counts: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
        add: count,
        change: count,
        destroy: count,
        replace: count,
        import: count,
        move: count,
        forget: count,
        read: count,
        drift: count,
        outputs: count,
    }),
});
async function writeManifest(dir, manifest) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, MANIFEST_FILE);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, `${JSON.stringify(manifestSchema.parse(manifest), null, 2)}\n`);
    return file;
}
/** Read and validate `<dir>/manifest.json`; a clear UserError when it is missing or corrupt. */
async function readManifest(dir) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, MANIFEST_FILE);
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`No plan manifest at ${file}.`, {
            reason: 'manifest-missing',
            hint: 'Point at the folder `gantry plan` wrote (it holds tfplan and manifest.json).',
        });
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`The plan manifest ${file} is not valid JSON.`, {
            reason: 'manifest-corrupt',
            hint: 'Plan again; do not edit manifest.json by hand.',
        });
    }
    const parsed = manifestSchema.safeParse(json);
    if (!parsed.success) {
        const first = parsed.error.issues[0];
        const where = first?.path.length ? first.path.join('.') : 'manifest';
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`The plan manifest ${file} is invalid: ${where}: ${first?.message}.`, {
            reason: 'manifest-corrupt',
            hint: 'Plan again; do not edit manifest.json by hand.',
        });
    }
    return parsed.data;
}
/** SHA-256 of the provider lock file, null when the stack has none. */
async function lockFileSha256(workingDir) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(workingDir, '.terraform.lock.hcl');
    return (await (0,_shared_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .exists */ .t2)(file)) ? (0,_shared_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256File */ .Q3)(file) : null;
}
const PLAN_CHECKS = [
    {
        reason: 'plan-missing',
        run: async ({ dir }) => (await (0,_shared_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .exists */ .t2)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, PLAN_FILE)))
            ? undefined
            : `The plan file ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, PLAN_FILE)} is missing.`,
    },
    {
        reason: 'plan-hash-mismatch',
        run: async ({ dir, manifest }) => {
            const actual = await (0,_shared_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256File */ .Q3)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, PLAN_FILE));
            return actual === manifest.planSha256
                ? undefined
                : `The plan file's SHA-256 is ${actual.slice(0, 12)}…, the manifest recorded ${manifest.planSha256.slice(0, 12)}…: the plan file was changed after planning.`;
        },
    },
    {
        reason: 'tool-mismatch',
        run: ({ manifest, expect }) => {
            if (expect.tool && expect.tool !== manifest.tool) {
                return `The plan was made with ${manifest.tool}, but ${expect.tool} would apply it.`;
            }
            if (expect.toolVersion && expect.toolVersion !== manifest.toolVersion) {
                return `The plan was made with ${manifest.tool} ${manifest.toolVersion}, but ${expect.toolVersion} would apply it.`;
            }
            return undefined;
        },
    },
    {
        reason: 'digest-mismatch',
        run: ({ manifest, expect }) => expect.digest && expect.digest !== manifest.digest
            ? `The plan digest is ${manifest.digest.slice(0, 12)}…, but ${expect.digest.slice(0, 12)}… was reviewed.`
            : undefined,
    },
    {
        reason: 'commit-mismatch',
        run: ({ manifest, expect }) => expect.commitSha && manifest.commitSha && expect.commitSha !== manifest.commitSha
            ? `The plan was made at commit ${manifest.commitSha.slice(0, 12)}, not ${expect.commitSha.slice(0, 12)}.`
            : undefined,
    },
    {
        reason: 'lock-file-mismatch',
        run: ({ manifest, expect }) => expect.lockFileSha256 !== undefined && expect.lockFileSha256 !== manifest.lockFileSha256
            ? 'The provider lock file (.terraform.lock.hcl) differs from the one the plan was made with.'
            : undefined,
    },
];
/**
 * Check that a plan folder is what was reviewed: the plan file is there and unchanged, and the
 * tool (and anything else given in `expect`) matches the manifest. Stops at the first failure.
 */
async function verifyPlanDir(dir, expect = {}, options = {}) {
    const manifest = options.manifest ?? (await readManifest(dir));
    for (const check of options.checks ?? PLAN_CHECKS) {
        const message = await check.run({ dir, manifest, expect });
        if (message !== undefined)
            return { ok: false, reason: check.reason, message };
    }
    return { ok: true };
}
/**
 * The workflow artifact that carries a target's plan folder from the plan job to the apply job
 * of the same run: one name, used by both sides.
 */
function planArtifactName(targetId) {
    return `gantry-plan-${targetId}`;
}


/***/ })

};
