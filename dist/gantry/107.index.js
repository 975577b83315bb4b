export const id = 107;
export const ids = [107,556];
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

/***/ 88107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/shared/exec.ts
var exec = __webpack_require__(87304);
// EXTERNAL MODULE: ./src/github/context.ts
var context = __webpack_require__(19556);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(96584);
// EXTERNAL MODULE: ./src/github/summary.ts
var summary = __webpack_require__(92935);
;// CONCATENATED MODULE: ./src/github/pr-approval.ts
/**
 * Is this PR approved for apply (pure)? The latest review of each reviewer wins (COMMENTED and
 * PENDING never change a reviewer's verdict; DISMISSED clears it). Approved means: at least one
 * reviewer other than the author approves, on the reviewed commit or after its commit time, and
 * no reviewer's latest verdict is CHANGES_REQUESTED.
 */
function evaluateApproval(facts) {
    const { pull } = facts;
    if (!pull) {
        return {
            approved: false,
            detail: 'no pull request is associated with this commit, so nobody reviewed it',
            approvers: [],
            changesRequestedBy: [],
        };
    }
    const latest = new Map();
    const ordered = [...facts.reviews]
        .filter((r) => r.submittedAt && ['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED'].includes(r.state))
        .sort((a, b) => Date.parse(a.submittedAt ?? '') - Date.parse(b.submittedAt ?? ''));
    for (const review of ordered)
        latest.set(review.reviewer.toLowerCase(), review);
    const author = pull.author.toLowerCase();
    const changesRequestedBy = [...latest.values()]
        .filter((r) => r.state === 'CHANGES_REQUESTED')
        .map((r) => r.reviewer);
    const approvals = [...latest.values()].filter((r) => r.state === 'APPROVED');
    const byOthers = approvals.filter((r) => r.reviewer.toLowerCase() !== author);
    const current = byOthers.filter((r) => isCurrent(r, pull.headSha, facts.reviewedCommitTime));
    const approvers = current.map((r) => r.reviewer);
    const pr = `PR #${pull.number}`;
    if (changesRequestedBy.length) {
        return {
            approved: false,
            detail: `${pr} has changes requested by ${changesRequestedBy.join(', ')}`,
            approvers,
            changesRequestedBy,
        };
    }
    if (current.length) {
        return {
            approved: true,
            detail: `${pr} approved by ${approvers.join(', ')}`,
            approvers,
            changesRequestedBy,
        };
    }
    const why = byOthers.length > 0
        ? `its approvals (${byOthers.map((r) => r.reviewer).join(', ')}) predate the reviewed commit ${pull.headSha.slice(0, 7)}`
        : approvals.length > 0
            ? `it is approved only by its author ${pull.author}`
            : 'it has no approving review';
    return {
        approved: false,
        detail: `${pr} is not approved: ${why}`,
        approvers,
        changesRequestedBy,
    };
}
function isCurrent(review, headSha, reviewedCommitTime) {
    if (review.commitId && review.commitId === headSha)
        return true;
    if (!reviewedCommitTime || !review.submittedAt)
        return false;
    return Date.parse(review.submittedAt) >= Date.parse(reviewedCommitTime);
}
/**
 * The PR that produced `sha` (`GET /repos/{o}/{r}/commits/{sha}/pulls`): the one merged as this
 * commit, else the one whose head it is, else the first listed.
 */
async function findPullForCommit(api, repo, sha) {
    const { data } = await api.rest.repos.listPullRequestsAssociatedWithCommit({
        ...repo,
        commit_sha: sha,
    });
    const pick = data.find((p) => p.merge_commit_sha === sha) ?? data.find((p) => p.head.sha === sha) ?? data[0];
    if (!pick)
        return undefined;
    return {
        number: pick.number,
        author: pick.user?.login ?? '',
        headSha: pick.head.sha,
        mergeCommitSha: pick.merge_commit_sha ?? undefined,
        url: pick.html_url,
    };
}
/** Every review of a PR (all pages), as facts. */
async function listReviews(api, repo, pullNumber) {
    const reviews = await api.paginate(api.rest.pulls.listReviews, {
        ...repo,
        pull_number: pullNumber,
        per_page: 100,
    });
    return reviews.map((r) => ({
        reviewer: r.user?.login ?? '',
        state: r.state,
        submittedAt: r.submitted_at ?? undefined,
        commitId: r.commit_id ?? undefined,
    }));
}
/** Fetch the facts for `sha` and judge them (see evaluateApproval). */
async function checkPullApproval(api, repo, sha) {
    const pull = await findPullForCommit(api, repo, sha);
    if (!pull)
        return { ...evaluateApproval({ pull, reviews: [] }), pull };
    const reviews = await listReviews(api, repo, pull.number);
    const needsTime = reviews.some((r) => r.state === 'APPROVED' && r.commitId !== pull.headSha);
    let reviewedCommitTime;
    if (needsTime) {
        const { data } = await api.rest.repos.getCommit({ ...repo, ref: pull.headSha });
        reviewedCommitTime = data.commit.committer?.date ?? data.commit.author?.date ?? undefined;
    }
    return { ...evaluateApproval({ pull, reviews, reviewedCommitTime }), pull };
}

// EXTERNAL MODULE: ./src/iac/plan-run.ts + 2 modules
var plan_run = __webpack_require__(54781);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/iac/run-tool.ts + 1 modules
var run_tool = __webpack_require__(45331);
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

// EXTERNAL MODULE: ./src/iac/args.ts
var args = __webpack_require__(6522);
// EXTERNAL MODULE: ./src/shared/fs.ts
var fs = __webpack_require__(66242);
// EXTERNAL MODULE: ./src/iac/manifest.ts
var iac_manifest = __webpack_require__(58458);
// EXTERNAL MODULE: ./src/iac/tool.ts
var tool = __webpack_require__(88397);
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

// EXTERNAL MODULE: ./src/iac/plan-model.ts + 2 modules
var plan_model = __webpack_require__(64903);
// EXTERNAL MODULE: ./src/iac/digest.ts
var digest = __webpack_require__(71051);
;// CONCATENATED MODULE: ./src/apply/reasons.ts

/** Every way an apply can end without applying (or fail while applying); the action's output. */
const FAILURE_REASONS = [
    'plan-missing',
    'digest-mismatch',
    'tool-mismatch',
    'commit-mismatch',
    'plan-stale',
    'plan-changed',
    'state-locked',
    'apply-failed',
    'timeout',
    'cancelled',
    'not-approved',
];
/** What to do about each refusal: printed after the message, in the log and the summary. */
const REASON_HINTS = {
    'plan-missing': 'Re-run the workflow so the plan job uploads the plan for this target, and check that target-name matches the plan job.',
    'digest-mismatch': 'The plan is not the one that was reviewed; nothing was applied. Re-run the plan job and review the new plan.',
    'tool-mismatch': 'Apply with the same terraform/tofu version and provider lock file the plan was made with (set tool-version in both jobs), or re-run the plan job.',
    'commit-mismatch': 'The plan belongs to another commit; re-run the whole workflow for this commit.',
    'plan-stale': 'The state changed after planning (someone applied in between). Re-run the plan job, review the new plan and approve again.',
    'plan-changed': 'Re-planning now gives different changes than the approved plan. Review the difference, re-run the plan job and approve again.',
    'state-locked': 'Another run holds the state lock. Wait for it to finish (or, if it died, run `terraform force-unlock <ID>`), then re-run this job.',
    'apply-failed': 'Read the terraform output above; fix the cause and re-run the plan job.',
    timeout: 'terraform was stopped (SIGINT, state saved) after timeout-minutes. Raise timeout-minutes or find what hangs, then plan again.',
    cancelled: 'The run was cancelled; terraform stopped gracefully and saved the state. Plan again.',
    'not-approved': 'Get an approving review from someone other than the PR author on the latest commit (and resolve change requests), then re-run.',
};
/** A refusal or failure with its reason; the action sets `failure-reason` from it. */
class ApplyRefused extends errors/* UserError */.yo {
    failure;
    /** Extra Markdown for the summary (e.g. the diff of approved vs new changes). */
    details;
    constructor(failure, message, details) {
        super(message, { reason: failure, hint: REASON_HINTS[failure] });
        this.name = 'ApplyRefused';
        this.failure = failure;
        this.details = details;
    }
}
function isFailureReason(value) {
    return FAILURE_REASONS.includes(value);
}

;// CONCATENATED MODULE: ./src/apply/gate.ts




/** The engine's manifest checks, renamed to the apply action's failure reasons. */
const VERIFY_TO_FAILURE = {
    'plan-missing': { name: 'plan file present', reason: 'plan-missing' },
    'plan-hash-mismatch': { name: 'plan file SHA-256', reason: 'digest-mismatch' },
    'tool-mismatch': { name: 'tool and version', reason: 'tool-mismatch' },
    'digest-mismatch': { name: 'expected digest', reason: 'digest-mismatch' },
    'commit-mismatch': { name: 'commit', reason: 'commit-mismatch' },
    'lock-file-mismatch': { name: 'provider lock file', reason: 'tool-mismatch' },
};
const engineRows = iac_manifest/* PLAN_CHECKS */.k.map((row) => ({
    ...VERIFY_TO_FAILURE[row.reason],
    run: (ctx) => row.run(ctx),
}));
const targetRow = {
    name: 'target',
    reason: 'plan-missing',
    run: ({ manifest, expect }) => expect.targetId && expect.targetId !== manifest.targetId
        ? `The plan folder holds the plan of target '${manifest.targetId}', not '${expect.targetId}'.`
        : undefined,
};
/** The manifest must name the commit when the run knows its own (the engine skips it then). */
const commitKnownRow = {
    name: 'commit recorded',
    reason: 'commit-mismatch',
    run: ({ manifest, expect }) => expect.commitSha && !manifest.commitSha
        ? `The plan manifest records no commit, so it cannot be tied to ${expect.commitSha.slice(0, 12)}.`
        : undefined,
};
const GATE_CHECKS = [
    engineRows[0],
    targetRow,
    ...engineRows.slice(1),
    commitKnownRow,
];
/**
 * Run the checks in order; the first failure throws ApplyRefused with its reason. Returns the
 * rows that passed (for the summary).
 */
async function runGate(ctx, checks = GATE_CHECKS) {
    const rows = [];
    for (const check of checks) {
        const message = await check.run(ctx);
        if (message !== undefined)
            throw new ApplyRefused(check.reason, message);
        rows.push({ name: check.name, ok: true });
    }
    return rows;
}
/**
 * The model and digest of the plan file itself (`show -json` of tfplan): what will be applied.
 * The artifact's plan.json is only a redacted copy for people and is never trusted; the digest
 * is recomputed from the plan file and must equal the reviewed one.
 */
function modelOfShowJson(text) {
    const model = (0,plan_model/* parsePlan */.vS)(JSON.parse(text));
    return { model, digest: (0,digest/* planDigest */.Gb)(model) };
}

;// CONCATENATED MODULE: ./src/apply/outcome.ts


/** Engine reasons (manifest, tool, apply classification) → the apply action's failure reasons. */
const ENGINE_REASONS = {
    'manifest-missing': 'plan-missing',
    'manifest-corrupt': 'digest-mismatch',
    'working-dir-missing': 'plan-missing',
    'plan-hash-mismatch': 'digest-mismatch',
    'lock-file-mismatch': 'tool-mismatch',
    'tool-missing': 'tool-mismatch',
    'init-failed': 'apply-failed',
};
function failureReasonOf(engineReason) {
    if (!engineReason)
        return 'apply-failed';
    if (isFailureReason(engineReason))
        return engineReason;
    return ENGINE_REASONS[engineReason] ?? 'apply-failed';
}
/** A UserError from the engine (manifest, tool, verification) as a named refusal. */
function fromUserError(error) {
    return new ApplyRefused(failureReasonOf(error.reason), error.message);
}
/** How long ago terraform's lock `Created:` time was (e.g. `2026-11-22 11:08:59.76 +0000 UTC`). */
function lockAge(created, nowMs) {
    if (!created)
        return undefined;
    const iso = created
        .replace(/^(\d{4}-\d{2}-\d{2}) /, '$1T')
        .replace(/(\.\d{3})\d*/, '$1')
        .replace(/ \+0000 UTC$/, 'Z')
        .replace(/ ([+-]\d{2})(\d{2}) \w+$/, '$1:$2');
    const at = Date.parse(iso);
    if (Number.isNaN(at))
        return undefined;
    const seconds = Math.max(0, Math.round((nowMs - at) / 1000));
    if (seconds < 120)
        return `${seconds} s`;
    if (seconds < 7200)
        return `${Math.round(seconds / 60)} min`;
    return `${Math.round(seconds / 3600)} h`;
}
/** The holder line for a state-locked refusal (who, what, how long, lock ID). */
function describeLock(lock, nowMs) {
    if (!lock)
        return 'The state is locked by another run (terraform printed no lock details).';
    const age = lockAge(lock.created, nowMs);
    return (`The state is locked by ${lock.who ?? 'an unknown holder'}` +
        (lock.operation ? ` (${lock.operation})` : '') +
        (age ? `, held for ${age}` : '') +
        (lock.created ? ` since ${lock.created}` : '') +
        `; lock ID ${lock.id ?? 'unknown'}.`);
}
/** An engine apply failure as a named refusal with what to do. */
function fromApplyFailure(failure, manifest, nowMs = Date.now()) {
    const reason = failureReasonOf(failure.reason);
    switch (reason) {
        case 'state-locked':
            return new ApplyRefused(reason, describeLock(failure.lock, nowMs));
        case 'plan-stale':
            return new ApplyRefused(reason, `The plan of ${manifest.target} (digest ${manifest.digest.slice(0, 12)}) is stale: the state changed after it was planned, so terraform refused it. Nothing was applied.`);
        default:
            return new ApplyRefused(reason, failure.message);
    }
}
/** A refusal (or an engine UserError) as the result's failure; anything else is a bug: rethrown. */
function toFailure(error) {
    const refused = error instanceof ApplyRefused ? error : (0,errors/* isUserError */.iU)(error) ? fromUserError(error) : undefined;
    if (!refused)
        throw error;
    return {
        reason: refused.failure,
        message: refused.message,
        hint: REASON_HINTS[refused.failure],
        ...(refused.details ? { details: refused.details } : {}),
    };
}

;// CONCATENATED MODULE: ./src/apply/verify.ts









/**
 * Steps 1–3 of an apply: read the manifest, find the tool it names and ask the binary for its
 * version, then run the gate. `onManifest` sees the manifest as soon as it is read (for the
 * summary of a refusal). Throws ApplyRefused; changes nothing.
 */
async function loadAndVerify(input, deps) {
    const planDir = (0,external_node_path_.resolve)(input.planDir);
    const manifest = await (0,iac_manifest/* readManifest */.WI)(planDir);
    deps.onManifest?.(manifest);
    const workingDir = (0,external_node_path_.resolve)(input.workingDir || (0,external_node_path_.resolve)(input.root, manifest.workingDir));
    if (!(await (0,fs/* isDirectory */.wd)(workingDir))) {
        throw new ApplyRefused('plan-missing', `The working directory ${workingDir} of the plan does not exist in this checkout.`);
    }
    const env = input.env ? { env: input.env } : {};
    const choice = await (0,tool/* chooseToolFor */.D9)({
        dir: workingDir,
        tool: manifest.tool,
        bin: input.bin,
        ...env,
    });
    const version = await (0,tool/* toolVersion */.fX)(choice, { exec: deps.exec, cwd: workingDir, ...env });
    const checks = await runGate({
        dir: planDir,
        manifest,
        expect: {
            tool: choice.tool,
            toolVersion: version,
            digest: input.expectedDigest || undefined,
            commitSha: input.commitSha || undefined,
            lockFileSha256: await (0,iac_manifest/* lockFileSha256 */.jm)(workingDir),
            targetId: input.targetId || undefined,
        },
    });
    return { planDir, manifest, workingDir, choice, toolVersion: version, checks };
}
/**
 * The last check, after init: the plan file itself (`show -json`) must carry the reviewed
 * digest. Its model — never the artifact's plan.json — is what the comment and summary show.
 */
async function verifyPlanFile(run, planDir, manifest) {
    const show = await run((0,args/* showArgs */.lS)((0,external_node_path_.join)(planDir, iac_manifest/* PLAN_FILE */.VI)), 'none');
    if (show.exitCode !== 0)
        throw fromApplyFailure(classifyApplyFailure(show), manifest);
    const { model, digest } = modelOfShowJson(show.stdout);
    if (digest !== manifest.digest) {
        throw new ApplyRefused('digest-mismatch', `The plan file's changes have digest ${digest.slice(0, 12)}…, but the manifest (and review) say ${manifest.digest.slice(0, 12)}….`);
    }
    return model;
}

;// CONCATENATED MODULE: ./src/apply/replan.ts






/**
 * Plan again the way the plan job did (same var files, variables, workspace, tool) and return
 * the new plan folder when its normalized digest equals the approved one. Otherwise refuse with
 * `plan-changed` and a readable diff of approved vs new planned changes (logged and returned for
 * the summary).
 */
async function replanAndCompare(input, deps) {
    const { manifest, options } = input;
    const out = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'gantry-replan-'));
    const outcome = await deps.log.group('re-plan to compare with the approved plan', () => (0,plan_run/* planTarget */.hB)({
        dir: input.workingDir,
        out,
        root: options.root,
        tool: input.choice.tool,
        bin: input.choice.bin,
        env: options.env,
        varFiles: manifest.varFiles,
        vars: options.vars,
        backendConfig: options.backendConfig,
        workspace: manifest.workspace === 'default' ? undefined : manifest.workspace,
        lockTimeout: options.lockTimeoutSeconds,
        timeoutMinutes: options.timeoutMinutes,
        graceSeconds: options.graceSeconds,
        targetName: manifest.target,
        commitSha: options.commitSha || manifest.commitSha,
    }, deps));
    if (outcome.status === 'failed' || !outcome.model || !outcome.digest) {
        const reason = outcome.stopped ?? 'apply-failed';
        throw new ApplyRefused(reason, `Re-planning ${manifest.target} failed: ${outcome.failure?.message ?? 'no plan was produced'}.`);
    }
    if (outcome.digest === manifest.digest) {
        deps.log.info(`Re-plan gives the approved change set (digest ${manifest.digest.slice(0, 12)}); applying the new plan file.`);
        return outcome.outDir;
    }
    const diff = (0,digest/* diffChanges */.Xw)((0,digest/* canonicalChanges */.UG)(input.model), (0,digest/* canonicalChanges */.UG)(outcome.model));
    deps.log.info(`Approved vs re-planned changes:\n${diff}`);
    throw new ApplyRefused('plan-changed', `Re-planning ${manifest.target} gives different changes (digest ${outcome.digest.slice(0, 12)}…) than the approved plan (${manifest.digest.slice(0, 12)}…). Nothing was applied.`, `<details open><summary>Approved vs re-planned changes</summary>\n\n\`\`\`diff\n${diff.replace(/```/g, '`\u200b``')}\n\`\`\`\n</details>`);
}

;// CONCATENATED MODULE: ./src/apply/apply-target.ts








const APPLY_MODES = ['saved-plan', 'replan-and-compare'];
/**
 * Apply exactly the reviewed plan of one target:
 *  1. read the manifest in the plan folder;
 *  2. find the tool it names and ask the binary for its version;
 *  3. run the gate (plan hash, digests, tool, lock file, commit, target) — refuse on a mismatch;
 *  4. check the PR approval when required;
 *  5. init, and recompute the digest from the plan file itself (`show -json`): the model of
 *     what will be applied comes from there, never from the artifact's plan.json;
 *  6. report "applying" (comment, deployment);
 *  7. in replan-and-compare mode, plan again and go on only with an identical change set;
 *  8. apply the saved plan (stale plan, lock, timeout and cancel come back named);
 *  9. report the result.
 * Refusals in 1–5 change nothing: no apply, no status.
 */
async function applyTarget(options, deps) {
    const now = deps.now ?? Date.now;
    const started = now();
    const state = { outputs: {}, checks: [] };
    const finish = (applied, failure) => ({
        ...state,
        applied,
        ...(failure ? { failure } : {}),
        durationMs: now() - started,
    });
    let announced = false;
    let result;
    try {
        // 1–3. manifest, tool and version now, the gate
        const verified = await loadAndVerify(options, {
            exec: deps.exec,
            onManifest: (m) => {
                state.manifest = m;
                state.digest = m.digest;
            },
        });
        const { planDir, manifest, workingDir, choice } = verified;
        state.toolVersion = verified.toolVersion;
        state.checks = verified.checks;
        // 4. PR approval
        if (deps.approval) {
            const verdict = await deps.approval();
            if (!verdict.approved)
                throw new ApplyRefused('not-approved', `${verdict.detail}.`);
            deps.log.info(`${verdict.detail}.`);
            state.checks.push({ name: 'pull request approval', ok: true });
        }
        // 5. init, then the digest of the plan file itself
        const tool = toolRunner(choice, workingDir, manifest, options, deps);
        const init = await deps.log.group(`${choice.tool} init`, () => tool((0,args/* initArgs */.Gt)({ backendConfig: options.backendConfig, extra: ['-lockfile=readonly'] })));
        if (init.exitCode !== 0)
            throw fromApplyFailure(classifyApplyFailure(init), manifest);
        const model = await verifyPlanFile(tool, planDir, manifest);
        state.model = model;
        state.checks.push({ name: 'plan digest (from the plan file)', ok: true });
        if (deps.signal?.aborted)
            throw new ApplyRefused('cancelled', 'Cancelled before applying.');
        // 6. applying
        announced = true;
        await report(deps, 'applying', () => deps.status?.applying({ manifest, model }));
        // 7. replan and compare
        let dirToApply = planDir;
        if (options.mode === 'replan-and-compare') {
            dirToApply = await replanAndCompare({ workingDir, manifest, model, options, choice }, { exec: deps.exec, log: deps.log, signal: deps.signal });
            state.checks.push({ name: 'replan gives the approved changes', ok: true });
        }
        // 8. apply
        const outcome = await applyPlanDir(dirToApply, {
            workingDir,
            bin: choice.bin,
            env: options.env,
            lockTimeout: options.lockTimeoutSeconds,
            timeoutMinutes: options.timeoutMinutes,
            graceSeconds: options.graceSeconds,
            init: 'never',
            expect: { digest: manifest.digest },
        }, { exec: deps.exec, log: deps.log, signal: deps.signal });
        if (outcome.status !== 'applied') {
            const failure = outcome.failure ?? {
                reason: 'apply-failed',
                message: 'apply failed.',
            };
            throw fromApplyFailure(failure, manifest, now());
        }
        state.outputs = outcome.outputs ?? {};
        result = finish(true);
    }
    catch (error) {
        const failure = toFailure(error);
        deps.log.error(`${failure.message} ${failure.hint}`);
        result = finish(false, failure);
    }
    // 9. result (only when "applying" was announced: refusals before it leave no trace)
    if (announced) {
        await report(deps, 'result', () => deps.status?.finished(result));
    }
    return result;
}
async function report(deps, what, fn) {
    try {
        await fn();
    }
    catch (error) {
        deps.log.warn(`Could not report the ${what} status: ${error.message}`);
    }
}

;// CONCATENATED MODULE: ./src/apply/plan-source.ts





/**
 * Where the plan folder is: `plan-dir` when given (a step already downloaded it), else the
 * run's artifact (by name, default from the target) downloaded now. The folder is the one
 * holding manifest.json, at the top or one level down.
 */
async function locatePlanDir(input, artifacts) {
    let root;
    if (input.planDir) {
        root = input.planDir;
    }
    else {
        const name = input.artifactName || (input.targetId ? (0,iac_manifest/* planArtifactName */.nU)(input.targetId) : '');
        if (!name) {
            throw new ApplyRefused('plan-missing', 'No plan to apply: set plan-dir, artifact-name or target-name.');
        }
        if (!(await artifacts.download(name, input.downloadDir))) {
            throw new ApplyRefused('plan-missing', `This run has no artifact named '${name}'.`);
        }
        root = input.downloadDir;
    }
    if (await (0,fs/* exists */.t2)((0,external_node_path_.join)(root, iac_manifest/* MANIFEST_FILE */.h1)))
        return root;
    const entries = await (0,promises_.readdir)(root, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
        if (entry.isDirectory() && (await (0,fs/* exists */.t2)((0,external_node_path_.join)(root, entry.name, iac_manifest/* MANIFEST_FILE */.h1)))) {
            return (0,external_node_path_.join)(root, entry.name);
        }
    }
    throw new ApplyRefused('plan-missing', `No plan manifest (${iac_manifest/* MANIFEST_FILE */.h1}) in ${root}.`);
}

// EXTERNAL MODULE: ./src/github/comments.ts
var comments = __webpack_require__(66645);
// EXTERNAL MODULE: ./src/github/marker.ts
var github_marker = __webpack_require__(14329);
;// CONCATENATED MODULE: ./src/github/deployments.ts
/** The body of `POST /repos/{o}/{r}/deployments` (pure, tested by table). */
function deploymentBody(request) {
    return {
        ref: request.sha,
        environment: request.environment,
        description: request.description.slice(0, 140),
        auto_merge: false,
        required_contexts: [],
        payload: { ...(request.payload ?? {}) },
        transient_environment: request.transient ?? false,
        production_environment: request.production ?? /^prod(uction)?$/i.test(request.environment),
    };
}
/** Create the deployment for a sha + environment; statuses are then posted on the result. */
async function createDeployment(api, repo, request) {
    const response = await api.rest.repos.createDeployment({ ...repo, ...deploymentBody(request) });
    if (response.status !== 201 || !('id' in response.data)) {
        const message = 'message' in response.data ? String(response.data.message) : 'no deployment';
        throw new Error(`GitHub did not create the deployment: ${message}`);
    }
    const id = response.data.id;
    return {
        id,
        async status(state, options) {
            await api.rest.repos.createDeploymentStatus({
                ...repo,
                deployment_id: id,
                state,
                environment: request.environment,
                ...(options.logUrl ? { log_url: options.logUrl } : {}),
                ...(options.description ? { description: options.description.slice(0, 140) } : {}),
                auto_inactive: true,
            });
        },
    };
}

// EXTERNAL MODULE: ./src/iac/markdown.ts
var markdown = __webpack_require__(30398);
// EXTERNAL MODULE: ./src/iac/render.ts + 6 modules
var render = __webpack_require__(21186);
;// CONCATENATED MODULE: ./src/apply/status.ts






/**
 * Status where people look: the target's PR comment (planned → applying → applied / failed) and
 * a Deployment for the environment (in_progress → success / failure), both linking the run.
 * Every problem is a warning: reporting never fails an apply.
 */
function githubApplyStatus(options, deps) {
    let pull = null;
    let deployment;
    let planned;
    const findPull = async () => {
        if (pull === null) {
            pull = await findPullForCommit(deps.api, options.repo, options.sha).catch((error) => {
                deps.log.warn(`Could not find the pull request of ${options.sha.slice(0, 7)}: ${error.message}`);
                return undefined;
            });
            if (!pull)
                deps.log.info(`No pull request produced ${options.sha.slice(0, 7)}; no comment to update.`);
        }
        return pull;
    };
    const comment = async (status, note) => {
        if (!options.comment || !planned)
            return;
        const pr = await findPull();
        if (!pr)
            return;
        const { manifest, model } = planned;
        // Same key as the plan job's comment: the target name (src/plan-job/job.ts).
        const marker = (0,github_marker/* formatMarker */.gJ)({
            tool: manifest.tool,
            target: manifest.target,
            digest: manifest.digest,
            sha: options.sha,
            status,
        });
        const body = (0,render/* renderReview */.Fs)(model, {
            form: 'comment',
            target: manifest.target,
            tool: manifest.tool,
            toolVersion: manifest.toolVersion,
            digest: manifest.digest,
            runUrl: options.runUrl,
            headSha: options.sha,
            status,
            marker,
            ...(note ? { note } : {}),
        });
        const published = await (0,comments/* publishComment */.It)(deps.port, {
            repo: options.repo,
            issue: pr.number,
            target: manifest.target,
            mode: 'update',
            body,
            hasChanges: true,
        });
        if (published.outcome === 'forbidden' || published.outcome === 'failed') {
            deps.log.warn(published.message);
        }
        else {
            deps.log.info(`PR #${pr.number} comment: ${status} (${published.outcome}).`);
        }
    };
    return {
        async applying(info) {
            planned = info;
            const { manifest } = info;
            if (options.environment) {
                deployment = await createDeployment(deps.api, options.repo, {
                    sha: options.sha,
                    environment: options.environment,
                    description: `${manifest.target}: plan ${manifest.digest.slice(0, 12)}`,
                    payload: { target: manifest.targetId, digest: manifest.digest },
                }).catch((error) => {
                    deps.log.warn(`Could not create the deployment: ${error.message}`);
                    return undefined;
                });
                await deployment
                    ?.status('in_progress', {
                    logUrl: options.runUrl,
                    description: `Applying ${manifest.target}`,
                })
                    .catch((error) => deps.log.warn(`Could not set the deployment status: ${error.message}`));
            }
            await comment('applying', `Applying the approved plan in [this run](${options.runUrl}).`);
        },
        async finished(result) {
            if (!planned && result.manifest && result.model)
                planned = { manifest: result.manifest, model: result.model };
            const note = result.applied
                ? `Applied by [this run](${options.runUrl}).`
                : `Not applied (\`${result.failure?.reason ?? 'apply-failed'}\`): ${(0,markdown/* inlineText */.ln)(result.failure?.message ?? '', 600)} See [the run](${options.runUrl}).`;
            if (deployment) {
                await deployment
                    .status(result.applied ? 'success' : 'failure', {
                    logUrl: options.runUrl,
                    description: result.applied
                        ? 'Applied'
                        : `Not applied: ${result.failure?.reason ?? 'apply-failed'}`,
                })
                    .catch((error) => deps.log.warn(`Could not set the deployment status: ${error.message}`));
            }
            await comment(result.applied ? 'applied' : 'failed', note);
        },
    };
}

// EXTERNAL MODULE: ./src/iac/plan-counts.ts
var plan_counts = __webpack_require__(80017);
;// CONCATENATED MODULE: ./src/apply/summary.ts


const ACTION_TITLES = {
    create: 'Created',
    update: 'Updated',
    replace: 'Replaced',
    delete: 'Destroyed',
    forget: 'Forgotten (removed from state, not destroyed)',
    read: 'Read',
    'no-op': 'Moved or imported',
};
function duration(ms) {
    const s = Math.round(ms / 100) / 10;
    return s < 120 ? `${s} s` : `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}
/**
 * The job summary of an apply (pure): outcome, what was applied (counts and resources), the
 * outputs (sensitive ones only named, never shown), the checks passed and the duration; on a
 * refusal, the reason, what to do and any details (e.g. the diff of approved vs new changes).
 */
function renderApplySummary(result, info = {}) {
    const m = result.manifest;
    const target = m ? (0,markdown/* inlineText */.ln)(m.target) : 'the target';
    const lines = [];
    if (result.applied)
        lines.push(`## ✅ Applied ${target}`);
    else
        lines.push(`## ⛔ Not applied: ${target} (\`${result.failure?.reason ?? 'apply-failed'}\`)`);
    lines.push('');
    const facts = [
        m ? `Plan digest \`${m.digest.slice(0, 12)}\`` : undefined,
        m?.commitSha ? `commit \`${m.commitSha.slice(0, 7)}\`` : undefined,
        m ? `${m.tool} ${(0,markdown/* inlineText */.ln)(result.toolVersion ?? m.toolVersion)}` : undefined,
        info.environment ? `environment ${(0,markdown/* inlineCode */.ti)(info.environment)}` : undefined,
        `duration ${duration(result.durationMs)}`,
        info.runUrl ? `[workflow run](${info.runUrl})` : undefined,
    ].filter(Boolean);
    lines.push(facts.join(' · '), '');
    if (result.failure) {
        lines.push(`**${(0,markdown/* inlineText */.ln)(result.failure.message, 2000)}**`, '', (0,markdown/* inlineText */.ln)(result.failure.hint, 2000), '');
        if (result.failure.details)
            lines.push(result.failure.details, '');
    }
    if (result.model) {
        const c = result.model.counts;
        const verb = result.applied ? 'Applied' : 'Planned (not applied)';
        lines.push(`### ${verb}: ${c.add} to add, ${c.change} to change, ${c.destroy} to destroy` +
            (c.replace ? ` (${c.replace} replaced)` : ''), '');
        lines.push(...resourceLists(result, info.maxResources ?? 200));
    }
    const outputs = Object.entries(result.outputs);
    if (outputs.length) {
        lines.push('### Outputs', '', '| Name | Value |', '| --- | --- |');
        for (const [name, out] of outputs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
            const value = out.sensitive
                ? '*(sensitive)*'
                : (0,markdown/* inlineCode */.ti)((0,markdown/* truncate */.xv)(JSON.stringify(out.value), 300));
            lines.push(`| ${(0,markdown/* inlineCode */.ti)(name)} | ${value.replace(/\|/g, '\\|')} |`);
        }
        lines.push('');
    }
    if (result.checks.length) {
        lines.push('<details><summary>Checks passed before applying</summary>', '', ...result.checks.map((c) => `- ✓ ${c.name}`), '', '</details>');
    }
    return `${lines.join('\n').trimEnd()}\n`;
}
function resourceLists(result, max) {
    const groups = new Map();
    for (const r of result.model?.resources ?? []) {
        if (!(0,plan_counts/* isShownChange */.m3)(r))
            continue;
        const list = groups.get(r.action) ?? [];
        list.push(r.address);
        groups.set(r.action, list);
    }
    const out = [];
    for (const [action, addresses] of groups) {
        out.push(`<details><summary>${ACTION_TITLES[action] ?? action}: ${addresses.length}</summary>`, '');
        for (const a of addresses.slice(0, max))
            out.push(`- ${(0,markdown/* inlineCode */.ti)(a)}`);
        if (addresses.length > max)
            out.push(`- … and ${addresses.length - max} more`);
        out.push('', '</details>', '');
    }
    return out;
}

// EXTERNAL MODULE: ./src/iac/input-values.ts
var input_values = __webpack_require__(93022);
;// CONCATENATED MODULE: ./src/actions/apply/inputs.ts
// The apply action's inputs and outputs: one table each, mirrored by actions/apply/action.yml
// (a repo test holds the two together), and the one place inputs are read.




const INPUTS = {
    'working-directory': {
        description: 'Directory of the stack. Default: the one recorded in the plan manifest (relative to the repository root).',
        required: false,
        default: '',
    },
    'target-name': {
        description: 'Name of the target: shown in the review, keys the PR comment and names the plan artifact (gantry-plan-<id>); apply refuses a plan of another target. Empty: plan derives it from working-directory, plus /<workspace> outside the default workspace; apply then needs artifact-name or plan-dir.',
        required: false,
        default: '',
    },
    'artifact-name': {
        description: 'Name of the plan artifact uploaded by the plan job of this run (downloaded with @actions/artifact). Default: gantry-plan-<target id>. Ignored when plan-dir is set.',
        required: false,
        default: '',
    },
    'plan-dir': {
        description: 'A folder that already holds the plan (tfplan, plan.json, manifest.json), e.g. downloaded by actions/download-artifact in an earlier step. Wins over artifact-name.',
        required: false,
        default: '',
    },
    'expected-digest': {
        description: 'The plan digest the plan job reported (its plan-digest output). When set, a plan with any other digest is refused.',
        required: false,
        default: '',
    },
    mode: {
        description: 'saved-plan applies the reviewed plan file; replan-and-compare plans again and applies the new plan only when its changes equal the approved ones.',
        required: false,
        default: 'saved-plan',
    },
    'lock-timeout': {
        description: 'How long to wait for the state lock (terraform -lock-timeout), e.g. 30s, 5m, 0.',
        required: false,
        default: '2m',
    },
    'timeout-minutes': {
        description: 'Stop terraform gracefully (SIGINT, state saved) after this many minutes.',
        required: false,
        default: '60',
    },
    comment: {
        description: "Update the target's PR comment (applying → applied / failed) when a pull request produced this commit.",
        required: false,
        default: 'true',
    },
    'github-token': {
        description: 'Token for the GitHub API: the PR comment (needs pull-requests: write; a read-only token, as on fork PRs, only skips the comment, with a warning), the deployment and approval check of apply (deployments: write), the commit date for publish when the event and git lack it.',
        required: false,
        default: '${{ github.token }}',
    },
    'require-pr-approval': {
        description: 'Refuse (not-approved) unless the PR that produced this commit has an approving review by someone other than its author, on its latest commit, and no outstanding change requests. For repositories whose environments cannot have required reviewers.',
        required: false,
        default: 'false',
    },
    environment: {
        description: "Environment of the GitHub Deployment this apply records (in_progress, then success / failure, with the run URL). Use the job's environment name; empty: no deployment.",
        required: false,
        default: '',
    },
    'backend-config': {
        description: 'Backend configuration for init, one key=value or file per line (the same in the plan and apply jobs). Values are masked.',
        required: false,
        default: '',
    },
    variables: {
        description: 'Variables, one name=value per line (values may be HCL, e.g. tags={team="core"}). Values are masked. apply uses them only to re-plan in replan-and-compare mode.',
        required: false,
        default: '',
    },
};
const OUTPUTS = {
    applied: { description: 'true when the plan was applied.' },
    'outputs-json': {
        description: 'terraform outputs as a JSON object name → value. Sensitive values are included but masked in logs, and never shown in the summary.',
    },
    'plan-digest': { description: 'The digest of the plan that was applied (or refused).' },
    'failure-reason': {
        description: 'Why nothing (or not all) was applied: plan-missing, digest-mismatch, tool-mismatch, commit-mismatch, plan-stale, plan-changed, state-locked, apply-failed, timeout, cancelled, not-approved. Empty on success.',
    },
};
const get = (name) => core/* getInput */.V4(name);
const lines = (name) => get(name)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
/** Read and check every input; a UserError (before anything runs) for a bad one. */
function getInputs() {
    const mode = get('mode') || 'saved-plan';
    if (!APPLY_MODES.includes(mode)) {
        throw new errors/* UserError */.yo(`mode must be saved-plan or replan-and-compare, not '${mode}'.`, {
            reason: 'bad-input',
        });
    }
    const timeout = Number(get('timeout-minutes') || '60');
    if (!Number.isFinite(timeout) || timeout <= 0) {
        throw new errors/* UserError */.yo(`timeout-minutes must be a positive number, not '${get('timeout-minutes')}'.`, {
            reason: 'bad-input',
        });
    }
    const digest = get('expected-digest').trim().toLowerCase();
    if (digest && !/^[0-9a-f]{64}$/.test(digest)) {
        throw new errors/* UserError */.yo(`expected-digest must be the plan job's 64-character plan-digest, not '${digest}'.`, {
            reason: 'bad-input',
        });
    }
    const variables = (0,input_values/* parseVariables */.rf)(lines('variables'));
    Object.values(variables).forEach((v) => core/* setSecret */.Pq(v));
    const backendConfig = lines('backend-config');
    (0,input_values/* backendConfigSecrets */.u5)(backendConfig).forEach((v) => core/* setSecret */.Pq(v));
    const token = get('github-token');
    if (token)
        core/* setSecret */.Pq(token);
    return {
        workingDirectory: get('working-directory'),
        targetName: get('target-name'),
        artifactName: get('artifact-name'),
        planDir: get('plan-dir'),
        expectedDigest: digest,
        mode: mode,
        lockTimeoutSeconds: (0,input_values/* parseDuration */.E9)(get('lock-timeout') || '0', 'lock-timeout'),
        timeoutMinutes: timeout,
        comment: core/* getBooleanInput */.Vt('comment'),
        githubToken: token,
        requirePrApproval: core/* getBooleanInput */.Vt('require-pr-approval'),
        environment: get('environment'),
        backendConfig,
        variables,
    };
}

// EXTERNAL MODULE: ./src/actions/actions-logger.ts
var actions_logger = __webpack_require__(98953);
;// CONCATENATED MODULE: ./src/actions/apply/main.ts
// The edge of the apply action: read inputs and the run's context, build the ports (exec,
// GitHub, artifacts, summary), apply the target, set outputs. The one try/catch is here.



















/**
 * The run's artifacts through @actions/artifact (same run: no token or run id needed); loaded
 * only when used, so a plan-dir run never pays for the Azure storage client it bundles.
 */
const runArtifacts = {
    async download(name, into) {
        if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
            throw new ApplyRefused('plan-missing', `Cannot download the artifact '${name}': this runner offers no artifact service (ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL are not set). Download it in an earlier step and pass plan-dir.`);
        }
        const { ArtifactNotFoundError, DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(737), __webpack_require__.e(479)]).then(__webpack_require__.bind(__webpack_require__, 33479));
        const client = new DefaultArtifactClient();
        try {
            const found = await client.getArtifact(name);
            await client.downloadArtifact(found.artifact.id, { path: into });
            return true;
        }
        catch (error) {
            if (error instanceof ArtifactNotFoundError)
                return false;
            throw error;
        }
    },
};
/** Cancellation as the runner does it: SIGINT (then SIGTERM) to this process. */
function cancellation(log) {
    const controller = new AbortController();
    const stop = (signal) => {
        if (controller.signal.aborted)
            return;
        log.warn(`Received ${signal}: asking terraform to stop gracefully so the state is saved.`);
        controller.abort();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    return controller.signal;
}
const setOutput = (name, value) => core/* setOutput */.uH(name, value);
function setOutputs(result, log) {
    const values = Object.fromEntries(Object.entries(result.outputs).map(([k, v]) => [k, v.value]));
    for (const out of Object.values(result.outputs)) {
        if (!out.sensitive)
            continue;
        for (const s of stringsIn(out.value)) {
            log.mask(s);
            log.mask(JSON.stringify(s).slice(1, -1));
        }
    }
    setOutput('applied', String(result.applied));
    setOutput('outputs-json', JSON.stringify(values));
    setOutput('plan-digest', result.digest ?? '');
    setOutput('failure-reason', result.failure?.reason ?? '');
}
async function run() {
    const log = (0,actions_logger/* actionsLogger */.M)();
    const signal = cancellation(log);
    try {
        // 1. inputs and context (bad input fails here, before anything runs)
        const inputs = getInputs();
        const ctx = (0,context.buildContext)(process.env);
        const root = process.env.GITHUB_WORKSPACE || process.cwd();
        const targetId = inputs.targetName ? (0,plan_run/* slug */.yR)(inputs.targetName) : undefined;
        // 2. the plan folder (downloaded from this run's artifact unless plan-dir is given)
        const downloadDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'gantry-apply-'));
        let planDir;
        try {
            planDir = await locatePlanDir({ planDir: inputs.planDir, artifactName: inputs.artifactName, targetId, downloadDir }, runArtifacts);
        }
        catch (error) {
            if (!(error instanceof ApplyRefused))
                throw error;
            log.error(error.describe());
            setOutput('applied', 'false');
            setOutput('failure-reason', error.failure);
            core/* setFailed */.C1(error.describe());
            return;
        }
        // 3. ports
        const github = { token: inputs.githubToken, apiUrl: ctx.apiUrl, graphqlUrl: ctx.graphqlUrl };
        const port = (0,client.createGitHub)({ ...github, onRetry: (m) => log.info(m) });
        const api = (0,client.createOctokit)({ ...github, onRetry: (m) => log.info(m) });
        const repo = { owner: ctx.owner, repo: ctx.repo };
        const sha = process.env.GITHUB_SHA ?? '';
        // 4. apply
        const result = await applyTarget({
            planDir,
            root,
            workingDir: inputs.workingDirectory ? (0,external_node_path_.resolve)(root, inputs.workingDirectory) : undefined,
            targetId,
            expectedDigest: inputs.expectedDigest,
            commitSha: sha,
            mode: inputs.mode,
            lockTimeoutSeconds: inputs.lockTimeoutSeconds,
            timeoutMinutes: inputs.timeoutMinutes,
            graceSeconds: 20,
            backendConfig: inputs.backendConfig,
            vars: inputs.variables,
        }, {
            exec: exec/* execProcess */.Z,
            log,
            signal,
            approval: inputs.requirePrApproval ? () => checkPullApproval(api, repo, sha) : undefined,
            status: githubApplyStatus({
                repo,
                sha,
                runUrl: ctx.runUrl,
                comment: inputs.comment,
                environment: inputs.environment,
            }, { port, api, log }),
        });
        // 5. outputs and summary
        setOutputs(result, log);
        await (0,summary/* writeSummary */.Sy)({ append: async (md) => void (await core/* summary */.z.addRaw(md).write()) }, renderApplySummary(result, { runUrl: ctx.runUrl, environment: inputs.environment }));
        if (!result.applied) {
            core/* setFailed */.C1(`${result.failure?.reason ?? 'apply-failed'}: ${result.failure?.message ?? ''}`);
        }
    }
    catch (error) {
        if ((0,errors/* isUserError */.iU)(error)) {
            setOutput('applied', 'false');
            core/* setFailed */.C1((0,errors/* describeError */.Uc)(error));
        }
        else {
            core/* setFailed */.C1(`Gantry apply crashed (a bug, please report it): ${(0,errors/* describeError */.Uc)(error)}`);
        }
    }
}


/***/ }),

/***/ 19556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PULL_REQUEST_EVENTS: () => (/* binding */ PULL_REQUEST_EVENTS),
/* harmony export */   buildContext: () => (/* binding */ buildContext),
/* harmony export */   pullRequestFrom: () => (/* binding */ pullRequestFrom),
/* harmony export */   readEventPayload: () => (/* binding */ readEventPayload)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38816);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58382);
/**
 * The run's context, built once from the runner's environment and the event payload (like
 * docker/metadata-action's context.ts). Pure apart from reading the event file, which is a port.
 */



const repoSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ full_name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP() }).passthrough();
const pullRequestSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    number: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int(),
    html_url: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    head: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ sha: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), ref: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), repo: repoSchema.nullable() }),
    base: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ sha: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), ref: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), repo: repoSchema }),
})
    .passthrough();
const payloadSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ pull_request: pullRequestSchema.optional() }).passthrough();
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
function required(env, name) {
    const value = env[name];
    if (!value) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${name} is not set.`, {
            reason: 'bad-environment',
            hint: 'Run this inside a GitHub Actions job (the runner sets it).',
        });
    }
    return value;
}
/** Read the payload JSON at GITHUB_EVENT_PATH; an absent path means an empty payload. */
function readEventPayload(path, read = node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync) {
    if (!path)
        return {};
    try {
        return JSON.parse(read(path, 'utf8'));
    }
    catch (error) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Cannot read the event payload at ${path}: ${error.message}`, {
            reason: 'bad-environment',
        });
    }
}
/** The pull request of a pull_request/pull_request_target payload, or undefined. */
function pullRequestFrom(payload) {
    const parsed = payloadSchema.safeParse(payload);
    const pr = parsed.success ? parsed.data.pull_request : undefined;
    if (!pr)
        return undefined;
    const headRepo = pr.head.repo?.full_name;
    return {
        number: pr.number,
        headSha: pr.head.sha,
        headRef: pr.head.ref,
        baseRef: pr.base.ref,
        baseSha: pr.base.sha,
        fromFork: headRepo === undefined || headRepo !== pr.base.repo.full_name,
        ...(pr.html_url ? { htmlUrl: pr.html_url } : {}),
    };
}
/** Build the context from the runner's environment (GITHUB_*) and its event payload. */
function buildContext(env, payload = readEventPayload(env.GITHUB_EVENT_PATH)) {
    const repository = required(env, 'GITHUB_REPOSITORY');
    const [owner, repo, ...rest] = repository.split('/');
    if (!owner || !repo || rest.length) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`GITHUB_REPOSITORY must be owner/name, got "${repository}".`, {
            reason: 'bad-environment',
        });
    }
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    const graphqlUrl = (env.GITHUB_GRAPHQL_URL || `${apiUrl}/graphql`).replace(/\/+$/, '');
    const runId = env.GITHUB_RUN_ID ?? '0';
    const runAttempt = Number.parseInt(env.GITHUB_RUN_ATTEMPT ?? '1', 10) || 1;
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const pullRequest = PULL_REQUEST_EVENTS.includes(eventName)
        ? pullRequestFrom(payload)
        : undefined;
    const runUrl = `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` +
        (runAttempt > 1 ? `/attempts/${runAttempt}` : '');
    return {
        owner,
        repo,
        eventName,
        sha: pullRequest?.headSha ?? env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        runId,
        runAttempt,
        serverUrl,
        apiUrl,
        graphqlUrl,
        runUrl,
        ...(pullRequest ? { pullRequest } : {}),
    };
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
