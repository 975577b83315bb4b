export const id = 185;
export const ids = [185];
export const modules = {

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

/***/ 2185:
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
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
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
// EXTERNAL MODULE: ./src/iac/plan-model.ts + 2 modules
var plan_model = __webpack_require__(4903);
// EXTERNAL MODULE: ./src/iac/digest.ts
var iac_digest = __webpack_require__(1051);
;// CONCATENATED MODULE: ./src/iac/plan-redact.ts
/**
 * plan.json is an artifact: before it is written, every value terraform marks sensitive is
 * replaced. terraform's `show -json` prints sensitive values in clear next to the marks that say
 * so (`*_sensitive`, `sensitive_values`, sensitive outputs, sensitive root variables); this
 * collects those values and replaces every string value equal to one of them, anywhere in the
 * document (keys and structure untouched). The tfplan file itself still holds them: it is as
 * secret as the state.
 */
const REDACTED = '(sensitive value)';
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** Add the leaves of `value` that `mask` marks (true = the whole subtree) to `out`. */
function collect(value, mask, out) {
    if (mask === true) {
        leaves(value, out);
        return;
    }
    if (Array.isArray(mask) && Array.isArray(value)) {
        mask.forEach((m, i) => collect(value[i], m, out));
    }
    else if (isObject(mask) && isObject(value)) {
        for (const [k, m] of Object.entries(mask))
            collect(value[k], m, out);
    }
}
function leaves(value, out) {
    if (typeof value === 'string' && value !== '')
        out.add(value);
    else if (typeof value === 'number')
        out.add(String(value));
    else if (Array.isArray(value))
        value.forEach((v) => leaves(v, out));
    else if (isObject(value))
        Object.values(value).forEach((v) => leaves(v, out));
}
function changes(list, out) {
    if (!Array.isArray(list))
        return;
    for (const rc of list) {
        const change = isObject(rc) ? rc.change : undefined;
        if (!isObject(change))
            continue;
        collect(change.before, change.before_sensitive, out);
        collect(change.after, change.after_sensitive, out);
    }
}
function moduleValues(mod, out) {
    if (!isObject(mod))
        return;
    for (const r of Array.isArray(mod.resources) ? mod.resources : []) {
        if (isObject(r))
            collect(r.values, r.sensitive_values, out);
    }
    for (const child of Array.isArray(mod.child_modules) ? mod.child_modules : []) {
        moduleValues(child, out);
    }
}
function valuesDoc(doc, out) {
    if (!isObject(doc))
        return;
    const outputs = doc.outputs;
    if (isObject(outputs)) {
        for (const o of Object.values(outputs))
            if (isObject(o) && o.sensitive === true)
                leaves(o.value, out);
    }
    moduleValues(doc.root_module, out);
}
/** Every sensitive value in a `show -json` plan document. */
function sensitiveValues(plan) {
    const out = new Set();
    if (!isObject(plan))
        return out;
    changes(plan.resource_changes, out);
    changes(plan.resource_drift, out);
    if (isObject(plan.output_changes))
        changes(Object.values(plan.output_changes).map((change) => ({ change })), out);
    valuesDoc(plan.planned_values, out);
    if (isObject(plan.prior_state))
        valuesDoc(plan.prior_state.values, out);
    const config = isObject(plan.configuration) ? plan.configuration.root_module : undefined;
    const declared = isObject(config) && isObject(config.variables) ? config.variables : {};
    const given = isObject(plan.variables) ? plan.variables : {};
    for (const [name, decl] of Object.entries(declared)) {
        if (isObject(decl) && decl.sensitive === true && isObject(given[name]))
            leaves(given[name].value, out);
    }
    return out;
}
function replace(value, secrets) {
    if (typeof value === 'string')
        return secrets.has(value) ? REDACTED : value;
    if (typeof value === 'number')
        return secrets.has(String(value)) ? REDACTED : value;
    if (Array.isArray(value))
        return value.map((v) => replace(v, secrets));
    if (isObject(value)) {
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[k] = replace(v, secrets);
        return out;
    }
    return value;
}
/** The plan document as text with every sensitive value replaced (the input text when none). */
function redactPlanJson(plan, text) {
    const secrets = sensitiveValues(plan);
    if (!secrets.size)
        return text;
    return `${JSON.stringify(replace(plan, secrets))}\n`;
}

// EXTERNAL MODULE: ./src/iac/diagnostics.ts
var diagnostics = __webpack_require__(2147);
// EXTERNAL MODULE: ./src/iac/render.ts + 7 modules
var iac_render = __webpack_require__(2738);
;// CONCATENATED MODULE: ./src/iac/plan-output.ts






/**
 * Diagnostics from terraform's `-json` output, file paths made relative to `root` (the
 * repository, for annotations) — or to the working dir when it lies outside `root`.
 */
function collectDiagnostics(jsonText, dir, root) {
    const base = (0,external_node_path_.relative)(root, dir).startsWith('..') ? dir : root;
    return (0,diagnostics/* parseDiagnostics */.y)(jsonText).map((d) => d.file
        ? { ...d, file: relativePath(base, (0,external_node_path_.isAbsolute)(d.file) ? d.file : (0,external_node_path_.join)(dir, d.file)) }
        : d);
}
function relativePath(root, path) {
    const rel = (0,external_node_path_.relative)(root, (0,external_node_path_.resolve)(path));
    return rel === '' ? '.' : rel;
}
function failureFrom(phase, result) {
    const reason = result.stopped ?? (result.spawnError ? 'spawn-failed' : `${phase}-failed`);
    return { phase, reason, message: `${phase} failed: ${(0,run_tool/* describeRun */.vZ)(result)}` };
}
async function writeFailure(input) {
    const { failure, diagnostics } = input;
    annotate(input.log, diagnostics);
    const render = (form) => (0,iac_render/* renderFailure */.zt)({
        target: input.target,
        tool: input.tool,
        phase: failure.phase,
        toolVersion: input.toolVersion,
        diagnostics,
        outputTail: (0,run_tool/* outputTail */.ci)(input.result.output, form === 'comment' ? 40 : 400),
        form,
        ...(input.options.marker ? { marker: input.options.marker } : {}),
        ...(input.options.runUrl ? { runUrl: input.options.runUrl } : {}),
        ...(input.options.commitSha ? { headSha: input.options.commitSha } : {}),
    });
    const comment = render('comment');
    const summary = render('summary');
    const files = await writeTexts(input.outDir, { 'comment.md': comment, 'summary.md': summary });
    input.log.error(`${input.target}: ${failure.message}`);
    return {
        status: 'failed',
        exitCode: 1,
        target: input.target,
        targetId: input.targetId,
        outDir: input.outDir,
        files,
        comment,
        summary,
        diagnostics,
        failure,
        tool: input.tool,
        toolVersion: input.toolVersion,
        ...(input.result.stopped ? { stopped: input.result.stopped } : {}),
        ...(input.result.escalation ? { escalation: input.result.escalation } : {}),
    };
}
async function writeSuccess(input) {
    const { model, options } = input;
    annotate(input.log, input.diagnostics);
    const manifest = {
        manifestVersion: 1,
        target: input.target,
        targetId: input.targetId,
        tool: input.tool,
        toolVersion: input.toolVersion,
        digest: input.digest,
        planFile: iac_manifest/* PLAN_FILE */.VI,
        planSha256: input.planSha256,
        workingDir: relativePath(input.root, input.dir),
        workspace: input.workspace,
        lockFileSha256: input.lockFileSha256,
        varFiles: [...(options.varFiles ?? [])],
        ...(options.commitSha ? { commitSha: options.commitSha } : {}),
        createdAt: input.createdAt,
        counts: { ...model.counts },
    };
    const render = (form) => (0,iac_render/* renderReview */.Fs)(model, {
        form,
        target: input.target,
        tool: input.tool,
        toolVersion: input.toolVersion,
        digest: input.digest,
        ...(options.runUrl ? { runUrl: options.runUrl } : {}),
        ...(options.commitSha ? { headSha: options.commitSha } : {}),
        ...(options.marker ? { marker: options.marker } : {}),
        ...(input.diagnostics.length ? { diagnostics: input.diagnostics } : {}),
    });
    const comment = render('comment');
    const summary = render('summary');
    const [manifestFile, texts] = await Promise.all([
        (0,iac_manifest/* writeManifest */.HN)(input.outDir, manifest),
        writeTexts(input.outDir, {
            'plan.json': input.planJson,
            'comment.md': comment,
            'summary.md': summary,
        }),
    ]);
    const status = model.hasChanges ? 'changes' : 'no-changes';
    input.log.info(`${input.target}: ${status === 'changes' ? 'changes planned' : 'no changes'} (digest ${input.digest.slice(0, 12)}).`);
    return {
        status,
        exitCode: status === 'changes' ? 2 : 0,
        target: input.target,
        targetId: input.targetId,
        model,
        digest: input.digest,
        manifest,
        outDir: input.outDir,
        files: [(0,external_node_path_.join)(input.outDir, iac_manifest/* PLAN_FILE */.VI), manifestFile, ...texts],
        comment,
        summary,
        diagnostics: input.diagnostics,
        tool: input.tool,
        toolVersion: input.toolVersion,
    };
}
async function writeTexts(dir, files) {
    const paths = Object.keys(files).map((name) => (0,external_node_path_.join)(dir, name));
    await Promise.all(Object.entries(files).map(([name, text]) => (0,promises_.writeFile)((0,external_node_path_.join)(dir, name), text)));
    return paths;
}
/** Each diagnostic as a log error/warning with its place (annotations in GitHub Actions). */
function annotate(log, diagnostics) {
    for (const d of diagnostics) {
        const annotation = d.file
            ? {
                file: d.file,
                ...(d.line ? { startLine: d.line } : {}),
                ...(d.endLine ? { endLine: d.endLine } : {}),
                ...(d.column ? { startColumn: d.column } : {}),
                ...(d.endColumn ? { endColumn: d.endColumn } : {}),
                title: d.summary,
            }
            : { title: d.summary };
        const text = d.detail ? `${d.summary}: ${d.detail}` : d.summary;
        if (d.severity === 'error')
            log.error(text, annotation);
        else
            log.warn(text, annotation);
    }
}

;// CONCATENATED MODULE: ./src/iac/plan-run.ts












/** Every file planTarget writes into the output folder. */
const OUT_FILES = [
    iac_manifest/* PLAN_FILE */.VI,
    'plan.json',
    iac_manifest/* MANIFEST_FILE */.h1,
    'comment.md',
    'summary.md',
];
/**
 * Plan one target, the job `gantry plan` and the plan action share:
 *  1. check the inputs (before anything runs) and choose the tool;
 *  2. init (-json, so failures carry diagnostics) while asking the tool for its version;
 *  3. select the workspace, creating it when missing;
 *  4. plan -out tfplan -detailed-exitcode -json (diagnostics with file ranges, no extra validate);
 *  5. show -json once → plan model → digest;
 *  6. write tfplan, plan.json, manifest.json, comment.md, summary.md.
 */
async function planTarget(options, deps) {
    // 1. inputs and tool
    const dir = (0,external_node_path_.resolve)(options.dir);
    if (!(await (0,fs/* isDirectory */.wd)(dir))) {
        throw new errors/* UserError */.yo(`Working directory ${options.dir} does not exist.`, {
            reason: 'bad-input',
        });
    }
    const root = (0,external_node_path_.resolve)(options.root ?? process.cwd());
    const outDir = (0,external_node_path_.resolve)(options.out ?? (0,external_node_path_.join)(dir, '.gantry'));
    const planFile = (0,external_node_path_.join)(outDir, iac_manifest/* PLAN_FILE */.VI);
    const extraInit = flags(options.initArgs, 'init-args');
    const extraPlan = flags(options.planArgs, 'plan-args');
    const workspace = options.workspace || (await currentWorkspace(dir, options));
    const wsArgs = options.workspace ? (0,args/* workspaceArgs */.dV)(options.workspace) : undefined;
    const planCommand = (0,args/* planArgs */.rC)({
        planFile,
        varFiles: options.varFiles,
        vars: options.vars,
        parallelism: options.parallelism,
        lockTimeout: options.lockTimeout,
        json: true,
        extra: extraPlan,
    });
    const target = options.targetName || defaultTargetName(dir, workspace);
    const targetId = slug(target);
    const choice = await (0,tool/* chooseToolFor */.D9)({
        dir,
        tool: options.tool,
        bin: options.bin,
        env: options.env,
        baseEnv: options.baseEnv,
    });
    // Remove only what a previous run wrote: `--out .` must never wipe a folder.
    await (0,promises_.mkdir)(outDir, { recursive: true });
    await Promise.all(OUT_FILES.map((name) => (0,promises_.rm)((0,external_node_path_.join)(outDir, name), { force: true })));
    const secrets = Object.values(options.vars ?? {});
    const run = (args, echo) => (0,run_tool/* runTool */.qI)({
        bin: choice.bin,
        args,
        cwd: dir,
        env: options.env,
        baseEnv: options.baseEnv,
        secrets,
        timeoutMs: (options.timeoutMinutes ?? 60) * 60_000,
        graceMs: (options.graceSeconds ?? 30) * 1000,
        signal: deps.signal,
        echo,
    }, deps);
    const base = { dir, root, outDir, target, targetId, tool: choice.tool, options, log: deps.log };
    // 2. init, with the version query alongside
    const versionPromise = (0,tool/* toolVersion */.fX)(choice, {
        exec: deps.exec,
        cwd: dir,
        ...(options.env ? { env: options.env } : {}),
        ...(options.baseEnv ? { baseEnv: options.baseEnv } : {}),
    });
    versionPromise.catch(() => undefined);
    const init = await deps.log.group(`${choice.tool} init`, () => run((0,args/* initArgs */.Gt)({ backendConfig: options.backendConfig, extra: extraInit, json: true }), 'json'));
    const version = await versionPromise;
    const fail = (phase, result, extra = []) => writeFailure({
        ...base,
        toolVersion: version,
        failure: failureFrom(phase, result),
        diagnostics: [...extra, ...collectDiagnostics(result.stdout, dir, root)],
        result,
    });
    if (init.exitCode !== 0)
        return fail('init', init);
    // 3. workspace
    if (wsArgs) {
        const ws = await deps.log.group(`${choice.tool} workspace ${workspace}`, () => run(wsArgs, 'raw'));
        if (ws.exitCode !== 0)
            return fail('workspace', ws);
    }
    // 4. plan
    const plan = await deps.log.group(`${choice.tool} plan`, () => run(planCommand, 'json'));
    if (plan.exitCode !== 0 && plan.exitCode !== 2)
        return fail('plan', plan);
    const warnings = collectDiagnostics(plan.stdout, dir, root);
    // 5. show -json → model → digest
    const hashes = Promise.all([(0,fs/* sha256File */.Q3)(planFile), (0,iac_manifest/* lockFileSha256 */.jm)(dir)]);
    hashes.catch(() => undefined);
    const show = await run((0,args/* showArgs */.lS)(planFile), 'none');
    if (show.exitCode !== 0)
        return fail('show', show, warnings);
    const planDoc = JSON.parse(show.stdout);
    const model = (0,plan_model/* parsePlan */.vS)(planDoc);
    const digest = (0,iac_digest/* planDigest */.Gb)(model);
    // 6. files
    const [planSha256, lockSha] = await hashes;
    return writeSuccess({
        ...base,
        toolVersion: version,
        model,
        digest,
        planJson: redactPlanJson(planDoc, show.stdout),
        planSha256,
        lockFileSha256: lockSha,
        workspace,
        diagnostics: warnings,
        createdAt: (deps.now ?? (() => new Date()))().toISOString(),
    });
}
/** The workspace terraform will use without a select: TF_WORKSPACE, else the last selected. */
async function currentWorkspace(dir, options) {
    const fromEnv = options.env?.TF_WORKSPACE ?? (options.baseEnv ?? process.env).TF_WORKSPACE;
    if (fromEnv)
        return fromEnv;
    try {
        return (await (0,promises_.readFile)((0,external_node_path_.join)(dir, '.terraform', 'environment'), 'utf8')).trim() || 'default';
    }
    catch {
        return 'default';
    }
}
function flags(value, what) {
    if (value === undefined)
        return [];
    return typeof value === 'string' ? (0,args/* splitFlags */.g0)(value, what) : [...value];
}
/** `network`, or `network/staging` in a non-default workspace. */
function defaultTargetName(dir, workspace) {
    const name = (0,external_node_path_.basename)((0,external_node_path_.resolve)(dir)) || 'root';
    return workspace && workspace !== 'default' ? `${name}/${workspace}` : name;
}
/** A file- and artifact-safe id for a target name. */
function slug(name) {
    return (name
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^-+|-+$/g, '') || 'target');
}

// EXTERNAL MODULE: ./src/cli/commands/iac-flags.ts
var iac_flags = __webpack_require__(8080);
;// CONCATENATED MODULE: ./src/cli/commands/plan.ts






const help = `Usage: gantry plan [dir] [options]

Init, plan and show one terraform/OpenTofu stack; write tfplan, plan.json, manifest.json,
comment.md and summary.md; print the pull-request comment Gantry would post.

Options:
  --out DIR               output folder (default: <dir>/.gantry)
  --tool NAME             terraform | tofu | auto (default auto: .opentofu-version or *.tofu
                          files mean tofu, else the first of terraform, tofu on PATH)
  --bin PATH              the tool binary (also GANTRY_TERRAFORM_BIN / GANTRY_TOFU_BIN)
  --var NAME=VALUE        a variable (repeatable; values are masked in the log)
  --var-file FILE         a variable file (repeatable)
  --backend-config X      backend config key=value or file (repeatable)
  --workspace NAME        select this workspace, creating it when missing
  --init-args "FLAGS"     extra init flags (shell quoting rules, no shell operators)
  --plan-args "FLAGS"     extra plan flags (same rules); a value starting with - needs the
                          = form: --plan-args="-refresh=false -target=a.b"
  --parallelism N         terraform -parallelism
  --lock-timeout SECONDS  terraform -lock-timeout
  --target-name NAME      the name in the review header (default: dir name [/workspace])
  --commit-sha SHA        record the commit in the manifest
  --timeout MINUTES       stop the tool (SIGINT first) after this long (default 60)
  --no-detailed-exitcode  exit 0 when there are changes
  --help                  this text

Exit codes: 0 no changes, 2 changes, 1 error (including a failed plan).`;
const command = {
    name: 'plan',
    summary: 'Plan a terraform/OpenTofu stack and print the review comment',
    help,
    async run(ctx) {
        const { values, positionals } = (0,external_node_util_.parseArgs)({
            args: ctx.argv,
            allowPositionals: true,
            strict: true,
            options: {
                out: { type: 'string' },
                tool: { type: 'string' },
                bin: { type: 'string' },
                var: { type: 'string', multiple: true },
                'var-file': { type: 'string', multiple: true },
                'backend-config': { type: 'string', multiple: true },
                workspace: { type: 'string' },
                'init-args': { type: 'string' },
                'plan-args': { type: 'string' },
                parallelism: { type: 'string' },
                'lock-timeout': { type: 'string' },
                'target-name': { type: 'string' },
                'commit-sha': { type: 'string' },
                timeout: { type: 'string' },
                'no-detailed-exitcode': { type: 'boolean' },
            },
        });
        if (positionals.length > 1) {
            throw new errors/* UserError */.yo(`expected at most one directory, got ${positionals.length}.`, {
                hint: 'Usage: gantry plan [dir] [options].',
            });
        }
        const outcome = await planTarget({
            dir: (0,external_node_path_.resolve)(ctx.cwd, positionals[0] ?? '.'),
            out: values.out === undefined ? undefined : (0,external_node_path_.resolve)(ctx.cwd, values.out),
            root: ctx.cwd,
            tool: (0,iac_flags/* parseToolOption */.Vt)(values.tool),
            bin: values.bin,
            baseEnv: ctx.env,
            varFiles: values['var-file'],
            vars: (0,iac_flags/* parseVarPairs */._H)(values.var ?? []),
            backendConfig: values['backend-config'],
            initArgs: values['init-args'],
            planArgs: values['plan-args'],
            workspace: values.workspace,
            parallelism: (0,iac_flags/* parseNumber */.$J)(values.parallelism, '--parallelism'),
            lockTimeout: (0,iac_flags/* parseNumber */.$J)(values['lock-timeout'], '--lock-timeout'),
            timeoutMinutes: (0,iac_flags/* parseNumber */.$J)(values.timeout, '--timeout', { positive: true }),
            targetName: values['target-name'],
            commitSha: values['commit-sha'],
        }, { exec: exec/* execProcess */.Z, log: ctx.log, signal: ctx.signal });
        ctx.stdout.write(outcome.comment.endsWith('\n') ? outcome.comment : `${outcome.comment}\n`);
        ctx.log.info(`Wrote ${outcome.files.length} files to ${outcome.outDir}.`);
        if (outcome.status === 'failed')
            return 1;
        return values['no-detailed-exitcode'] ? 0 : outcome.exitCode;
    },
};


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
