export const id = 985;
export const ids = [985];
export const modules = {

/***/ 96584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHub: () => (/* binding */ createGitHub),
/* harmony export */   createOctokit: () => (/* binding */ createOctokit),
/* harmony export */   httpStatus: () => (/* binding */ httpStatus)
/* harmony export */ });
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11303);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86856);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63251);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The GitHub client: Octokit with retries (5xx) and throttling (primary and secondary rate limits),
 * pointed at GITHUB_API_URL / GITHUB_GRAPHQL_URL, behind the small `GitHubPort` that the rest of
 * Gantry uses. Tests run the same client against the in-process fake GitHub.
 */




const GantryOctokit = _octokit_rest__WEBPACK_IMPORTED_MODULE_1__/* .Octokit */ .E.plugin(_octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
const quiet = () => undefined;
function createOctokit(options) {
    const base = options.backoffBaseMs ?? 1000;
    const retries = options.retries ?? 3;
    const onLimit = (kind) => (retryAfter, request, _o, count) => {
        if (count >= Math.min(retries, 2))
            return false;
        options.onRetry?.(`${kind} on ${request.method} ${request.url}; retrying in ${retryAfter} s`);
        return true;
    };
    return new GantryOctokit({
        auth: options.token,
        baseUrl: (options.apiUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
        userAgent: 'gantry',
        // `retries` belongs in the plugin's state: set on `request` it would retry every status.
        retry: { retries, retryAfterBaseValue: base },
        // Failures come back to the caller as errors; the request log would print them again.
        log: { debug: quiet, info: quiet, warn: (m) => options.onRetry?.(m), error: quiet },
        throttle: {
            retryAfterBaseValue: base,
            fallbackSecondaryRateRetryAfter: 60,
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
            ...(options.writeSpacingMs === undefined ? {} : spacing(options.writeSpacingMs)),
        },
    });
}
/** Own limiter groups (per client) for writes and notifying writes, spaced `ms` apart. */
function spacing(ms) {
    return {
        write: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default().Group)({ maxConcurrent: 1, minTime: ms }),
        notifications: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default().Group)({ maxConcurrent: 1, minTime: ms }),
    };
}
/** The HTTP status of an Octokit error, if it has one. */
function httpStatus(error) {
    if (typeof error === 'object' && error !== null && 'status' in error) {
        const status = error.status;
        if (typeof status === 'number')
            return status;
    }
    return undefined;
}
function toComment(raw) {
    const slug = raw.performed_via_github_app?.slug;
    return {
        id: raw.id,
        nodeId: raw.node_id,
        body: raw.body ?? '',
        user: raw.user ? { login: raw.user.login, id: raw.user.id, type: raw.user.type } : null,
        htmlUrl: raw.html_url,
        ...(slug ? { appSlug: slug } : {}),
        createdAt: raw.created_at,
        updatedAt: raw.updated_at,
    };
}
const MINIMIZE = `mutation($subjectId: ID!, $classifier: ReportedContentClassifiers!) {
  minimizeComment(input: { subjectId: $subjectId, classifier: $classifier }) {
    minimizedComment { isMinimized minimizedReason }
  }
}`;
/** The port backed by a real (or fake) GitHub. */
function createGitHub(options) {
    const octokit = createOctokit(options);
    const graphqlUrl = options.graphqlUrl ?? `${octokit.request.endpoint.DEFAULTS.baseUrl}/graphql`;
    return {
        async authenticatedUser() {
            // Installation tokens (GITHUB_TOKEN is one: `ghs_…`) cannot read /user: GitHub answers 403.
            if (options.token.startsWith('ghs_'))
                return undefined;
            try {
                const { data } = await octokit.rest.users.getAuthenticated();
                return { login: data.login, id: data.id, type: data.type };
            }
            catch (error) {
                if (httpStatus(error) === 403)
                    return undefined;
                throw error;
            }
        },
        async listIssueComments(repo, issue) {
            const raw = await octokit.paginate(octokit.rest.issues.listComments, {
                ...repo,
                issue_number: issue,
                per_page: 100,
            });
            return raw.map((c) => toComment(c));
        },
        async createIssueComment(repo, issue, body) {
            const { data } = await octokit.rest.issues.createComment({
                ...repo,
                issue_number: issue,
                body,
            });
            return toComment(data);
        },
        async updateIssueComment(repo, commentId, body) {
            const { data } = await octokit.rest.issues.updateComment({
                ...repo,
                comment_id: commentId,
                body,
            });
            return toComment(data);
        },
        async minimizeComment(nodeId, classifier) {
            const data = await octokit.graphql({ query: MINIMIZE, url: graphqlUrl, subjectId: nodeId, classifier });
            return data.minimizeComment?.minimizedComment?.isMinimized === true;
        },
    };
}


/***/ }),

/***/ 51985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  defaultTarget: () => (/* binding */ defaultTarget),
  runPlanJob: () => (/* binding */ runPlanJob)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(96584);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(16435);
;// CONCATENATED MODULE: ./src/github/marker.ts
/**
 * The hidden marker that identifies a Gantry comment: an HTML comment carrying JSON, e.g.
 * `<!-- gantry:plan {"v":1,"tool":"terraform","target":"network","digest":"…","sha":"…","status":"changes"} -->`.
 *
 * The JSON is escaped so no value can end the HTML comment early: `<`, `>` and `&` are written as
 * JSON `\u` escapes, so the text between `<!--` and `-->` never contains `>` at all.
 */

const MARKER_VERSION = 1;
const planMarkerSchema = schemas/* object */.Ikc({
    v: schemas/* literal */.euz(MARKER_VERSION),
    tool: schemas/* string */.YjP(),
    target: schemas/* string */.YjP().min(1),
    digest: schemas/* string */.YjP().optional(),
    sha: schemas/* string */.YjP().optional(),
    status: schemas/* string */.YjP().optional(),
});
const MARKER_PATTERN = /<!-- gantry:([a-z][a-z0-9-]*) (\{[^>]*\}) -->/g;
function escapeJson(json) {
    return json.replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** The marker line for a plan comment. `kind` lets other actions (apply) use their own. */
function formatMarker(fields, kind = 'plan') {
    const data = { v: MARKER_VERSION, ...fields };
    return `<!-- gantry:${kind} ${escapeJson(JSON.stringify(data))} -->`;
}
/** Every well-formed marker of `kind` in a comment body (a body normally has one). */
function parseMarkers(body, kind = 'plan') {
    if (!body)
        return [];
    const found = [];
    for (const match of body.matchAll(MARKER_PATTERN)) {
        if (match[1] !== kind)
            continue;
        let json;
        try {
            json = JSON.parse(match[2] ?? '');
        }
        catch {
            continue;
        }
        const parsed = planMarkerSchema.safeParse(json);
        if (parsed.success)
            found.push(parsed.data);
    }
    return found;
}
/** The first marker of `kind` in a body, or undefined. */
function parseMarker(body, kind = 'plan') {
    return parseMarkers(body, kind)[0];
}

;// CONCATENATED MODULE: ./src/github/comments.ts
/**
 * The living comment: one comment per target per pull request, found by its hidden marker AND by
 * being written by the token's own account. A comment by anyone else that carries a copied marker
 * is never edited or minimized. Failures never throw: they come back as an outcome so the plan
 * result is never hidden by a comment problem.
 */



/** The account GITHUB_TOKEN writes as; /user is not readable with that token. */
const ACTIONS_BOT = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
/** Whether `comment` was written by `self` (the token's account, or the Actions bot). */
function isOwnComment(comment, self) {
    const author = comment.user;
    if (!author)
        return false;
    if (author.login !== self.login || author.type !== self.type)
        return false;
    // GITHUB_TOKEN comments are attributed to the github-actions app; another app's bot account
    // never has this login, so the login check is the identity, the app slug a consistency check.
    if (self === ACTIONS_BOT && comment.appSlug && comment.appSlug !== 'github-actions')
        return false;
    return true;
}
/** Comments of `target` (by marker) that the token's own account wrote, oldest first. */
async function findOwnComments(port, request) {
    const all = await port.listIssueComments(request.repo, request.issue);
    const marked = all.filter((c) => parseMarkers(c.body, request.kind).some((m) => m.target === request.target));
    // Only ask who we are when there is something to match: saves a call on a fresh PR.
    if (!marked.length)
        return [];
    const self = (await port.authenticatedUser()) ?? ACTIONS_BOT;
    return marked.filter((c) => isOwnComment(c, self)).sort((a, b) => a.id - b.id);
}
function describeFailure(error) {
    const status = (0,client.httpStatus)(error);
    const detail = error instanceof Error ? error.message : String(error);
    if (status === 403) {
        return {
            outcome: 'forbidden',
            message: 'No plan comment posted: the token may not write comments here (403: ' +
                `${detail}). Pull requests from forks get a read-only GITHUB_TOKEN; the plan is in the job summary.`,
        };
    }
    return {
        outcome: 'failed',
        message: `No plan comment posted: GitHub answered ${status ?? 'an error'} (${detail}). The plan is in the job summary.`,
    };
}
/** Create, update or skip the target's comment according to `mode`. Never throws for API errors. */
async function publishComment(port, request) {
    const result = (outcome, message, comment, extra = {}) => ({
        outcome,
        message,
        minimized: 0,
        warnings: [],
        ...(comment ? { comment: { id: comment.id, url: comment.htmlUrl } } : {}),
        ...extra,
    });
    if (request.mode === 'off')
        return result('skipped', 'Commenting is off (comment: off).');
    try {
        const own = await findOwnComments(port, request);
        const latest = own.at(-1);
        if (request.mode === 'new') {
            const created = await port.createIssueComment(request.repo, request.issue, request.body);
            const warnings = [];
            let minimized = 0;
            for (const old of own) {
                try {
                    if (await port.minimizeComment(old.nodeId, 'OUTDATED'))
                        minimized += 1;
                }
                catch (error) {
                    warnings.push(`Could not minimize comment ${old.id}: ${error.message}`);
                }
            }
            return result('created', `Posted ${created.htmlUrl}; minimized ${minimized} older.`, created, {
                minimized,
                warnings,
            });
        }
        if (request.mode === 'changes-only' && !request.hasChanges && !latest) {
            return result('skipped', 'No changes and no earlier comment: nothing posted (changes-only).');
        }
        if (latest) {
            const updated = await port.updateIssueComment(request.repo, latest.id, request.body);
            return result('updated', `Updated ${updated.htmlUrl}.`, updated);
        }
        const created = await port.createIssueComment(request.repo, request.issue, request.body);
        return result('created', `Posted ${created.htmlUrl}.`, created);
    }
    catch (error) {
        const failure = describeFailure(error);
        return result(failure.outcome, failure.message);
    }
}

;// CONCATENATED MODULE: ./src/github/summary.ts
/**
 * The job summary (GITHUB_STEP_SUMMARY): at most 1 MiB per step. Written through a port so domain
 * code never touches @actions/core; the action backs it with core.summary.
 */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
const NOTE = '\n\n> Summary truncated: GitHub keeps at most 1 MiB per step.\n';
/** Cut `markdown` so it fits in `limit` bytes (UTF-8), on a line boundary, with a note. */
function fitSummary(markdown, limit = SUMMARY_LIMIT_BYTES) {
    if (Buffer.byteLength(markdown, 'utf8') <= limit)
        return markdown;
    const budget = limit - Buffer.byteLength(NOTE, 'utf8');
    let cut = Buffer.from(markdown, 'utf8').subarray(0, budget).toString('utf8');
    // A partial multi-byte character decodes to U+FFFD: drop it, then end on a whole line.
    cut = cut.replace(/\uFFFD+$/, '');
    const newline = cut.lastIndexOf('\n');
    if (newline > 0)
        cut = cut.slice(0, newline);
    return cut + NOTE;
}
/** Write the summary, fitted to GitHub's limit. */
async function writeSummary(port, markdown) {
    await port.append(fitSummary(markdown));
}

// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/shared/fs.ts



async function sha256File(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(path))
        hash.update(chunk);
    return hash.digest('hex');
}
function sha256(text) {
    return createHash('sha256').update(text).digest('hex');
}
async function exists(path) {
    try {
        await (0,promises_.access)(path);
        return true;
    }
    catch {
        return false;
    }
}
async function isDirectory(path) {
    try {
        return (await (0,promises_.stat)(path)).isDirectory();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/iac/manifest.ts





const MANIFEST_FILE = 'manifest.json';
const PLAN_FILE = 'tfplan';
const count = schemas/* number */.aig().int().nonnegative();
const sha = schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in hex');
const manifestSchema = schemas/* object */.Ikc({
    manifestVersion: schemas/* literal */.euz(1),
    target: schemas/* string */.YjP().min(1),
    targetId: schemas/* string */.YjP().min(1),
    tool: schemas/* enum */.k5n(['terraform', 'tofu']),
    toolVersion: schemas/* string */.YjP().min(1),
    digest: sha,
    planFile: schemas/* literal */.euz(PLAN_FILE),
    planSha256: sha,
    /** Relative to the root the plan was made from (the repository or the CLI's cwd). */
    workingDir: schemas/* string */.YjP().min(1),
    workspace: schemas/* string */.YjP().min(1),
    lockFileSha256: sha.nullable(),
    varFiles: schemas/* array */.YOg(schemas/* string */.YjP()),
    commitSha: schemas/* string */.YjP().optional(),
    createdAt: schemas/* string */.YjP().datetime(),
    counts: schemas/* object */.Ikc({
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
    const file = (0,external_node_path_.join)(dir, MANIFEST_FILE);
    await (0,promises_.writeFile)(file, `${JSON.stringify(manifestSchema.parse(manifest), null, 2)}\n`);
    return file;
}
/** Read and validate `<dir>/manifest.json`; a clear UserError when it is missing or corrupt. */
async function readManifest(dir) {
    const file = join(dir, MANIFEST_FILE);
    let text;
    try {
        text = await readFile(file, 'utf8');
    }
    catch {
        throw new UserError(`No plan manifest at ${file}.`, {
            reason: 'manifest-missing',
            hint: 'Point at the folder `gantry plan` wrote (it holds tfplan and manifest.json).',
        });
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new UserError(`The plan manifest ${file} is not valid JSON.`, {
            reason: 'manifest-corrupt',
            hint: 'Plan again; do not edit manifest.json by hand.',
        });
    }
    const parsed = manifestSchema.safeParse(json);
    if (!parsed.success) {
        const first = parsed.error.issues[0];
        const where = first?.path.length ? first.path.join('.') : 'manifest';
        throw new UserError(`The plan manifest ${file} is invalid: ${where}: ${first?.message}.`, {
            reason: 'manifest-corrupt',
            hint: 'Plan again; do not edit manifest.json by hand.',
        });
    }
    return parsed.data;
}
/** SHA-256 of the provider lock file, null when the stack has none. */
async function lockFileSha256(workingDir) {
    const file = (0,external_node_path_.join)(workingDir, '.terraform.lock.hcl');
    return (await exists(file)) ? sha256File(file) : null;
}
const PLAN_CHECKS = [
    {
        reason: 'plan-missing',
        run: async ({ dir }) => (await exists((0,external_node_path_.join)(dir, PLAN_FILE)))
            ? undefined
            : `The plan file ${(0,external_node_path_.join)(dir, PLAN_FILE)} is missing.`,
    },
    {
        reason: 'plan-hash-mismatch',
        run: async ({ dir, manifest }) => {
            const actual = await sha256File((0,external_node_path_.join)(dir, PLAN_FILE));
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

// EXTERNAL MODULE: ./node_modules/shell-quote/index.js
var shell_quote = __webpack_require__(26591);
;// CONCATENATED MODULE: ./src/iac/args.ts


/**
 * "What command will we run": pure builders for every terraform/tofu invocation Gantry makes.
 * Flags given as one string (init-args, plan-args) are split with POSIX shell quoting rules;
 * anything a shell would treat as an operator, glob, comment or variable is refused, because
 * nothing here runs through a shell and silently passing `|` or `*` along would mislead.
 */
function splitFlags(text, what = 'flags') {
    if (!text || !text.trim())
        return [];
    const found = [];
    const tokens = (0,shell_quote.parse)(text, (name) => `\u0000$${name}`);
    for (const token of tokens) {
        if (typeof token === 'string') {
            if (token.includes('\u0000$')) {
                throw new errors/* UserError */.yo(`${what}: '${text}' uses a shell variable ($…), which is not expanded here.`, {
                    reason: 'bad-input',
                    hint: 'Write the value itself, or quote the $ with single quotes.',
                });
            }
            found.push(token);
            continue;
        }
        const problem = 'op' in token
            ? token.op === 'glob'
                ? `has the unquoted glob '${token.pattern}'`
                : `contains '${token.op}'`
            : `contains the comment '#${token.comment}'`;
        throw new errors/* UserError */.yo(`${what}: '${text}' ${problem}, which is shell syntax; flags are not run through a shell.`, { reason: 'bad-input', hint: 'Quote the character if it is part of a value.' });
    }
    return found;
}
/** Backend config given as lines (`key=value` or a file path), one `-backend-config=` each. */
function backendConfigFlags(lines) {
    const all = typeof lines === 'string' ? lines.split(/\r?\n/) : (lines ?? []);
    return all
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'))
        .map((l) => `-backend-config=${l}`);
}
function initArgs(input = {}) {
    return [
        'init',
        '-input=false',
        ...(input.json ? ['-json'] : []),
        ...backendConfigFlags(input.backendConfig),
        ...(input.extra ?? []),
    ];
}
const WORKSPACE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
/** Select the workspace, creating it when missing (`-or-create`, terraform ≥ 1.4, tofu ≥ 1.6). */
function workspaceArgs(name) {
    if (!WORKSPACE_NAME.test(name) || name.length > 90) {
        throw new errors/* UserError */.yo(`Workspace name '${name}' is not valid.`, {
            reason: 'bad-input',
            hint: 'Use letters, digits, -, _ and . only.',
        });
    }
    return ['workspace', 'select', '-or-create=true', name];
}
function planArgs(input) {
    return [
        'plan',
        '-input=false',
        `-out=${input.planFile}`,
        ...(input.detailedExitcode === false ? [] : ['-detailed-exitcode']),
        ...(input.json ? ['-json'] : []),
        ...(input.varFiles ?? []).map((f) => `-var-file=${f}`),
        ...Object.entries(input.vars ?? {}).map(([k, v]) => `-var=${varName(k)}=${v}`),
        ...commonFlags(input),
        ...(input.extra ?? []),
    ];
}
/** Apply exactly a saved plan: no variables, no -auto-approve needed (a saved plan never asks). */
function applyArgs(input) {
    return ['apply', '-input=false', ...commonFlags(input), ...(input.extra ?? []), input.planFile];
}
function showArgs(planFile) {
    return ['show', '-json', planFile];
}
function outputArgs() {
    return ['output', '-json'];
}
/** The command line for the log: -var values replaced so a secret is never printed. */
function displayCommand(bin, args) {
    const shown = args.map((a) => a.replace(/^(-var=[^=]+=)[\s\S]*$/, '$1***'));
    return [bin, ...shown].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a}'`)).join(' ');
}
function commonFlags(input) {
    const out = [];
    if (input.parallelism !== undefined) {
        if (!Number.isInteger(input.parallelism) || input.parallelism < 1) {
            throw new errors/* UserError */.yo(`parallelism must be a positive whole number, got ${input.parallelism}.`, {
                reason: 'bad-input',
            });
        }
        out.push(`-parallelism=${input.parallelism}`);
    }
    if (input.lockTimeout !== undefined) {
        if (!Number.isFinite(input.lockTimeout) || input.lockTimeout < 0) {
            throw new errors/* UserError */.yo(`lock timeout must be ≥ 0 seconds, got ${input.lockTimeout}.`, {
                reason: 'bad-input',
            });
        }
        out.push(`-lock-timeout=${Math.round(input.lockTimeout)}s`);
    }
    return out;
}
function varName(name) {
    if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) {
        throw new errors/* UserError */.yo(`Variable name '${name}' is not valid.`, {
            reason: 'bad-input',
            hint: 'Pass variables as name=value with a terraform identifier as the name.',
        });
    }
    return name;
}

;// CONCATENATED MODULE: ./src/iac/tool.ts





const BIN_ENV = {
    terraform: 'GANTRY_TERRAFORM_BIN',
    tofu: 'GANTRY_TOFU_BIN',
};
/**
 * Which tool, and which binary (pure): the `tool` option, then the directory's own say
 * (`.opentofu-version` or `*.tofu` files mean OpenTofu), then whichever binary exists
 * (terraform first). The binary is the `bin` option, else GANTRY_<TOOL>_BIN, else PATH.
 */
function chooseTool(input) {
    const binFor = (tool) => input.bin || input.env[BIN_ENV[tool]] || input.which(tool);
    const pick = (tool, reason) => {
        const bin = binFor(tool);
        if (!bin) {
            throw new errors/* UserError */.yo(`${tool} was chosen (${describeReason(reason)}) but is not installed.`, {
                reason: 'tool-missing',
                hint: `Install ${tool}, put it on PATH or set ${BIN_ENV[tool]} to its path.`,
            });
        }
        return { tool, bin, reason };
    };
    if (input.option && input.option !== 'auto')
        return pick(input.option, 'option');
    if (input.dirFiles.includes('.opentofu-version'))
        return pick('tofu', 'opentofu-version');
    if (input.dirFiles.some((f) => f.endsWith('.tofu') || f.endsWith('.tofu.json'))) {
        return pick('tofu', 'tofu-files');
    }
    for (const tool of ['terraform', 'tofu']) {
        const bin = binFor(tool);
        if (bin)
            return { tool, bin, reason: 'path' };
    }
    throw new errors/* UserError */.yo('Neither terraform nor tofu was found.', {
        reason: 'tool-missing',
        hint: 'Install one of them, put it on PATH, or set GANTRY_TERRAFORM_BIN / GANTRY_TOFU_BIN.',
    });
}
function describeReason(reason) {
    return {
        option: 'the tool option',
        'opentofu-version': 'a .opentofu-version file',
        'tofu-files': '*.tofu files in the directory',
        path: 'the first binary found on PATH',
    }[reason];
}
/** A `which` over the PATH of `env` (executables only). */
async function pathLookup(env) {
    const dirs = (env.PATH ?? '').split(external_node_path_.delimiter).filter(Boolean);
    const found = {};
    for (const name of ['terraform', 'tofu']) {
        for (const dir of dirs) {
            const candidate = (0,external_node_path_.join)(dir, name);
            try {
                await (0,promises_.access)(candidate, external_node_fs_.constants.X_OK);
                found[name] = candidate;
                break;
            }
            catch {
                // not here; keep looking
            }
        }
    }
    return (name) => found[name];
}
const versionJson = schemas/* object */.Ikc({
    terraform_version: schemas/* string */.YjP().optional(),
    tofu_version: schemas/* string */.YjP().optional(),
    opentofu_version: schemas/* string */.YjP().optional(),
});
/** The version a binary reports with `version -json` (terraform and OpenTofu both support it). */
function parseVersionJson(text) {
    try {
        const parsed = versionJson.parse(JSON.parse(text));
        return parsed.terraform_version ?? parsed.tofu_version ?? parsed.opentofu_version;
    }
    catch {
        return undefined;
    }
}
/** Exec env fields: `env` over `baseEnv` (default: over process.env). */
function execEnv(baseEnv, env) {
    if (!baseEnv)
        return env ? { env: { ...env } } : {};
    const merged = {};
    for (const [k, v] of Object.entries(baseEnv))
        if (v !== undefined)
            merged[k] = v;
    return { env: { ...merged, ...(env ?? {}) }, replaceEnv: true };
}
async function toolVersion(choice, deps) {
    const result = await deps.exec({
        command: choice.bin,
        args: ['version', '-json'],
        ...(deps.cwd ? { cwd: deps.cwd } : {}),
        ...execEnv(deps.baseEnv, deps.env),
        timeoutMs: 60_000,
    });
    const version = result.exitCode === 0 ? parseVersionJson(result.stdout) : undefined;
    if (!version) {
        const why = result.spawnError ?? (result.stderr.trim().split('\n')[0] || 'no version in output');
        throw new errors/* UserError */.yo(`Could not run '${choice.bin} version -json': ${why}.`, {
            reason: 'tool-missing',
            hint: `Check that ${choice.bin} is a working ${choice.tool} binary.`,
        });
    }
    return version;
}
/** Choose the tool for a directory (no process started); see chooseTool. */
async function chooseToolFor(options) {
    const env = { ...(options.baseEnv ?? process.env), ...(options.env ?? {}) };
    let dirFiles;
    try {
        dirFiles = await (0,promises_.readdir)(options.dir);
    }
    catch {
        throw new errors/* UserError */.yo(`Working directory ${options.dir} does not exist or is not readable.`, {
            reason: 'bad-input',
        });
    }
    const choice = chooseTool({
        option: options.tool,
        bin: options.bin,
        dirFiles,
        env,
        which: await pathLookup(env),
    });
    await assertRunnable(choice.bin, env);
    return choice;
}
/** A missing binary is a user mistake found before anything runs (not a failed spawn later). */
async function assertRunnable(bin, env) {
    const dirs = bin.includes('/') ? [''] : (env.PATH ?? '').split(external_node_path_.delimiter).filter(Boolean);
    for (const dir of dirs) {
        try {
            await (0,promises_.access)(dir ? (0,external_node_path_.join)(dir, bin) : bin, external_node_fs_.constants.X_OK);
            return;
        }
        catch {
            // keep looking
        }
    }
    throw new errors/* UserError */.yo(`${bin}: not found or not executable.`, {
        reason: 'tool-missing',
        hint: 'Check the binary path (bin option, GANTRY_TERRAFORM_BIN / GANTRY_TOFU_BIN) or PATH.',
    });
}
/** Choose the tool for a directory and ask the binary for its version. */
async function resolveTool(options, deps) {
    const choice = await chooseToolFor(options);
    const version = await toolVersion(choice, {
        exec: deps.exec,
        cwd: options.dir,
        ...(options.env ? { env: options.env } : {}),
        ...(options.baseEnv ? { baseEnv: options.baseEnv } : {}),
    });
    return { ...choice, version };
}

;// CONCATENATED MODULE: ./src/shared/ansi.ts
// ANSI escape sequences (colours, cursor moves) as terraform and builders print them.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007]*\u0007/g;
/** Text for a comment or artifact: the live log keeps colours, documents never do. */
function stripAnsi(text) {
    return text.replace(ANSI, '');
}

;// CONCATENATED MODULE: ./src/iac/run-tool.ts



const DEFAULT_TIMEOUT_MINUTES = 60;
/** Time terraform gets after SIGINT to persist state and release the lock before SIGTERM. */
const DEFAULT_GRACE_MS = 30_000;
/** Run terraform/tofu once: live log, captured output, timeout and cancellation by SIGINT first. */
async function runTool(request, deps) {
    const { log } = deps;
    for (const value of Object.values(request.env ?? {}))
        log.mask(value);
    for (const value of request.secrets ?? [])
        log.mask(value);
    const command = displayCommand(request.bin, request.args);
    log.info(`$ ${command}`);
    const echo = request.echo ?? 'raw';
    const pieces = [];
    const json = echo === 'json' ? jsonEcho(log) : undefined;
    const result = await deps.exec({
        command: request.bin,
        args: request.args,
        cwd: request.cwd,
        ...execEnv(request.baseEnv, request.env),
        timeoutMs: request.timeoutMs ?? DEFAULT_TIMEOUT_MINUTES * 60_000,
        graceMs: request.graceMs ?? DEFAULT_GRACE_MS,
        ...(request.signal ? { signal: request.signal } : {}),
        onStdout: (chunk) => {
            pieces.push(chunk);
            if (echo === 'raw')
                log.write(chunk);
            json?.push(chunk);
        },
        onStderr: (chunk) => {
            pieces.push(chunk);
            if (echo !== 'none')
                log.write(chunk);
        },
    });
    json?.flush();
    const stopped = result.termination === 'timeout' || result.termination === 'cancelled'
        ? result.termination
        : undefined;
    if (stopped) {
        log.warn(`${command}: ${stopped === 'timeout' ? 'timed out' : 'cancelled'}; sent ${result.escalation}.`);
    }
    return {
        command,
        exitCode: result.exitCode,
        stdout: result.stdout,
        stderr: result.stderr,
        output: stripAnsi(pieces.join('')),
        durationMs: result.durationMs,
        ...(stopped ? { stopped } : {}),
        ...(result.escalation !== 'none' ? { escalation: result.escalation } : {}),
        ...(result.spawnError ? { spawnError: result.spawnError } : {}),
    };
}
/** Streams the `@message` of each complete JSON line; non-JSON lines pass through unchanged. */
function jsonEcho(log) {
    let partial = '';
    const emit = (line) => {
        if (!line.trim())
            return;
        let message;
        try {
            const parsed = JSON.parse(line);
            if (parsed.type === 'version')
                return;
            if (typeof parsed['@message'] === 'string')
                message = parsed['@message'];
        }
        catch {
            message = line;
        }
        if (message !== undefined)
            log.write(`${message}\n`);
    };
    return {
        push(chunk) {
            const lines = (partial + chunk).split('\n');
            partial = lines.pop() ?? '';
            lines.forEach(emit);
        },
        flush() {
            emit(partial);
            partial = '';
        },
    };
}
/** One line saying how a run ended, for failure messages. */
function describeRun(result) {
    if (result.spawnError)
        return result.spawnError;
    if (result.stopped === 'timeout')
        return `timed out; stopped with ${result.escalation ?? 'SIGINT'}`;
    if (result.stopped === 'cancelled')
        return `cancelled; stopped with ${result.escalation ?? 'SIGINT'}`;
    return `exit code ${result.exitCode ?? 'none (killed)'}`;
}
/** The last lines of captured output (ANSI-free), for failure comments. */
function outputTail(output, lines = 40) {
    const all = output.trimEnd().split('\n');
    return all.slice(-lines).join('\n');
}

;// CONCATENATED MODULE: ./src/iac/plan-counts.ts
/** Whether terraform would render this change in its plan output. */
function isShownChange(r) {
    if (r.action === 'no-op' && r.previousAddress === undefined && r.importing === undefined) {
        return false;
    }
    return !(r.action === 'delete' && r.mode !== 'managed');
}
function countChanges(resources, drift, outputs) {
    const c = {
        add: 0,
        change: 0,
        destroy: 0,
        replace: 0,
        import: 0,
        move: 0,
        forget: 0,
        read: 0,
        drift: 0,
        outputs: 0,
    };
    for (const r of resources) {
        if (!isShownChange(r))
            continue;
        if (r.importing !== undefined)
            c.import++;
        if (r.previousAddress !== undefined)
            c.move++;
        switch (r.action) {
            case 'create':
                c.add++;
                break;
            case 'update':
                c.change++;
                break;
            case 'delete':
                c.destroy++;
                break;
            case 'replace':
                c.replace++;
                if (r.forgetsPrevious) {
                    c.forget++;
                }
                else {
                    c.add++;
                    c.destroy++;
                }
                break;
            case 'forget':
                c.forget++;
                break;
            case 'read':
                c.read++;
                break;
            case 'no-op':
                break;
        }
    }
    c.drift = drift.filter((d) => d.relevant || d.reverted).length;
    c.outputs = outputs.filter((o) => o.action !== 'no-op').length;
    return c;
}
/** terraform's `Changes.Empty()` negated: what `plan -detailed-exitcode` reports as 2. */
function hasPlannedChanges(resources, outputs) {
    return (resources.some((r) => r.action !== 'no-op' || r.previousAddress !== undefined || r.importing !== undefined) || outputs.some((o) => o.action !== 'no-op'));
}
/**
 * The line printed after the resource changes, in the tool's exact wording. terraform 1.11 has
 * no forget count in it (checked against its output); OpenTofu appends ", N to forget".
 */
function planLine(counts, tool = 'terraform') {
    const forget = tool === 'tofu' && counts.forget > 0 ? `, ${counts.forget} to forget` : '';
    const base = `${counts.add} to add, ${counts.change} to change, ${counts.destroy} to destroy${forget}.`;
    return counts.import > 0 ? `Plan: ${counts.import} to import, ${base}` : `Plan: ${base}`;
}
/**
 * What terraform says about the plan as a whole: the "Plan:" line when any resource change is
 * shown, the outputs-only sentence, or "No changes.".
 */
function summaryLine(resources, counts) {
    if (resources.some(isShownChange))
        return planLine(counts);
    if (counts.outputs > 0) {
        return 'You can apply this plan to save these new output values to the Terraform state, without changing any real infrastructure.';
    }
    return 'No changes. Your infrastructure matches the configuration.';
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/iac/plan-values.ts


/** What terraform prints in place of a sensitive value; the only form a secret ever takes here. */
const SENSITIVE_TEXT = '(sensitive value)';
const UNKNOWN_TEXT = '(known after apply)';
/** Fingerprints of sensitive strings already hashed: the same secret recurs across resources. */
const fingerprints = new Map();
function fingerprintOf(raw) {
    const text = typeof raw === 'string' ? `s${raw}` : `j${plan_values_canonicalJson(raw)}`;
    let hex = fingerprints.get(text);
    if (hex === undefined) {
        hex = (0,external_node_crypto_.createHash)('sha256').update('gantry-sensitive-v1\0').update(text).digest('hex');
        if (fingerprints.size > 100_000)
            fingerprints.clear();
        fingerprints.set(text, hex);
    }
    return hex;
}
/**
 * A sensitive value, replaced at the parsing boundary. Its fingerprint (SHA-256 of the value,
 * domain-separated, computed on first use) lets the plan digest tell "changed" from "unchanged";
 * the value itself sits in a private field no serializer can see. Every printable form is
 * `(sensitive value)`.
 */
class SensitiveValue {
    #raw;
    #fingerprint;
    constructor(raw) {
        this.#raw = raw;
    }
    /** Only for digests and equality: never print it. */
    get fingerprint() {
        this.#fingerprint ??= fingerprintOf(this.#raw);
        return this.#fingerprint;
    }
    toJSON() {
        return SENSITIVE_TEXT;
    }
    toString() {
        return SENSITIVE_TEXT;
    }
    [external_node_util_.inspect.custom]() {
        return SENSITIVE_TEXT;
    }
}
function plan_values_isPlainObject(value) {
    return (typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        !(value instanceof SensitiveValue));
}
/**
 * Replace every value marked sensitive by terraform's `*_sensitive` structure (true, false, or a
 * nested object/array of the same shape as the value) with a SensitiveValue. Unmarked parts are
 * returned as they are (shared, not copied: the raw document is never mutated).
 */
function redact(value, marks) {
    if (value === undefined)
        return null;
    if (marks === true)
        return new SensitiveValue(value);
    if (typeof marks !== 'object' || marks === null)
        return value;
    if (Array.isArray(value)) {
        if (!Array.isArray(marks))
            return value;
        let out;
        for (let i = 0; i < value.length; i++) {
            const m = marks[i];
            if (m === true || (typeof m === 'object' && m !== null)) {
                out ??= value.slice();
                out[i] = redact(value[i], m);
            }
        }
        return out ?? value;
    }
    if (plan_values_isPlainObject(value)) {
        if (Array.isArray(marks))
            return value;
        const markObject = marks;
        let out;
        for (const key in markObject) {
            const m = markObject[key];
            if (!(key in value))
                continue;
            if (m === true || (typeof m === 'object' && m !== null)) {
                out ??= { ...value };
                out[key] = redact(value[key], m);
            }
        }
        return out ?? value;
    }
    return value;
}
/** True when a marks structure (after_unknown, *_sensitive) says "all of this" at this node. */
function markAt(marks, key) {
    if (typeof marks !== 'object' || marks === null)
        return undefined;
    return marks[key];
}
/** Deep equality of plan values; sensitive values compare by fingerprint. */
function plan_values_valuesEqual(a, b) {
    if (a === b)
        return true;
    if (a instanceof SensitiveValue || b instanceof SensitiveValue) {
        return (a instanceof SensitiveValue && b instanceof SensitiveValue && a.fingerprint === b.fingerprint);
    }
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
        return false;
    if (Array.isArray(a) || Array.isArray(b)) {
        if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length)
            return false;
        for (let i = 0; i < a.length; i++)
            if (!plan_values_valuesEqual(a[i], b[i]))
                return false;
        return true;
    }
    const ak = Object.keys(a);
    const bo = b;
    if (ak.length !== Object.keys(bo).length)
        return false;
    for (const k of ak) {
        if (!(k in bo) || !plan_values_valuesEqual(a[k], bo[k]))
            return false;
    }
    return true;
}
/**
 * JSON with sorted object keys and no whitespace: the canonical form hashed by digests.
 * Sensitive values become `{"$sensitive":"<fingerprint>"}` (a hash, never the value).
 */
function plan_values_canonicalJson(value) {
    return JSON.stringify(plainCanonical(value)) ?? 'null';
}
/**
 * The value as plain JSON data in canonical shape: sensitive values become their fingerprint
 * object, objects with unsorted keys are rebuilt sorted. Copy on write: canonical subtrees (all
 * of terraform's output, whose keys come sorted) are returned as they are, so the native
 * serializer then writes them on its fast path.
 */
function plainCanonical(value) {
    if (value === null || typeof value !== 'object')
        return value;
    if (value instanceof SensitiveValue)
        return { $sensitive: value.fingerprint };
    if (Array.isArray(value)) {
        let out;
        for (let i = 0; i < value.length; i++) {
            const v = value[i];
            const p = plainCanonical(v);
            if (p !== v)
                (out ??= value.slice())[i] = p;
        }
        return out ?? value;
    }
    const obj = value;
    let out;
    let previous;
    let sorted = true;
    for (const k in obj) {
        if (previous !== undefined && !(previous < k))
            sorted = false;
        previous = k;
        const v = obj[k];
        const p = plainCanonical(v);
        if (p !== v)
            (out ??= { ...obj })[k] = p;
    }
    if (sorted)
        return out ?? obj;
    // (Integer-like keys always enumerate in numeric order in JavaScript: deterministic too.)
    const source = out ?? obj;
    const rebuilt = {};
    for (const k of Object.keys(source).sort())
        rebuilt[k] = source[k];
    return rebuilt;
}

;// CONCATENATED MODULE: ./src/iac/plan-drift.ts

function relevantPaths(raw) {
    const map = new Map();
    for (const r of raw ?? []) {
        const list = map.get(r.resource);
        if (list)
            list.push(r.attribute);
        else
            map.set(r.resource, [r.attribute]);
    }
    return map;
}
function valueAt(value, path) {
    let v = value;
    for (const step of path) {
        if (Array.isArray(v) && typeof step === 'number')
            v = v[step];
        else if (plan_values_isPlainObject(v) && typeof step === 'string')
            v = v[step];
        else
            return undefined;
    }
    return v;
}
function setAt(target, path, value) {
    const [step, ...rest] = path;
    if (step === undefined)
        return value ?? null;
    if (Array.isArray(target) && typeof step === 'number') {
        const copy = target.slice();
        copy[step] = setAt(target[step] ?? null, rest, value);
        return copy;
    }
    if (plan_values_isPlainObject(target) && typeof step === 'string') {
        const copy = { ...target };
        const next = setAt(copy[step] ?? null, rest, value);
        if (value === undefined && rest.length === 0)
            delete copy[step];
        else
            copy[step] = next;
        return copy;
    }
    return target;
}
/** Top-level attributes whose value differs between two sides (or is unknown after). */
function changedKeys(before, after, afterUnknown) {
    const keys = new Set();
    const b = plan_values_isPlainObject(before) ? before : {};
    const a = plan_values_isPlainObject(after) ? after : {};
    for (const k of new Set([...Object.keys(b), ...Object.keys(a)])) {
        if (!plan_values_valuesEqual(b[k] ?? null, a[k] ?? null))
            keys.add(k);
    }
    if (plan_values_isPlainObject(afterUnknown)) {
        for (const [k, v] of Object.entries(afterUnknown))
            if (v === true)
                keys.add(k);
    }
    return keys;
}
/**
 * Mark what the review shows of each drift entry:
 * - `relevant`: terraform's own rule (the object is gone, or an attribute the plan depends on
 *   changed) — exactly the drift terraform prints;
 * - `reverted`: beyond terraform, a drifted attribute that this plan changes again (someone
 *   edited it outside Terraform and the plan puts it back). terraform shows only the update;
 *   the review also says it was changed outside. Provider noise (an attribute that drifts and
 *   that the plan leaves alone, e.g. `tags = null → {}`) stays hidden either way.
 */
function markRelevantDrift(drift, resources, relevant, showAny) {
    const planned = new Map(resources.map((r) => [r.address, r]));
    for (const d of drift) {
        if (!showAny || d.action === 'no-op')
            continue;
        const paths = relevant.get(d.address) ?? [];
        d.relevant =
            d.action === 'delete' ||
                d.after === null ||
                paths.some((p) => !plan_values_valuesEqual(valueAt(d.before, p) ?? null, valueAt(d.after, p) ?? null));
        const plan = planned.get(d.address);
        const drifted = changedKeys(d.before, d.after, undefined);
        const replanned = plan && (plan.action === 'update' || plan.action === 'replace')
            ? changedKeys(plan.before, plan.after, plan.afterUnknown)
            : new Set();
        const reverted = [...drifted].filter((k) => replanned.has(k));
        if (reverted.length)
            d.reverted = true;
        const shownPaths = [
            ...(d.relevant ? paths : []),
            ...reverted.filter((k) => !paths.some((p) => p.length === 1 && p[0] === k)).map((k) => [k]),
        ];
        if (shownPaths.length && d.after !== null)
            d.relevantPaths = shownPaths;
    }
}
/** Whether the review shows a drift entry (see markRelevantDrift). */
function isShownDrift(d) {
    return d.relevant === true || d.reverted === true;
}
/** A drift entry as the review shows it: only its relevant and reverted attributes changed. */
function relevantView(d) {
    if (!d.relevantPaths || d.after === null || !plan_values_isPlainObject(d.before))
        return d;
    let after = d.before;
    for (const p of d.relevantPaths)
        after = setAt(after, p, valueAt(d.after, p));
    return { ...d, after };
}
/** The drift entries the review shows, as it shows them. */
function shownDrift(model) {
    return model.drift.filter(isShownDrift).map(relevantView);
}

;// CONCATENATED MODULE: ./src/iac/plan-schema.ts

/**
 * The parts of `terraform show -json <planfile>` (format 1.x) Gantry reads, validated at the
 * boundary. Attribute values stay `unknown` (any JSON); everything else is checked. Unknown keys
 * are allowed so newer terraform/tofu versions still parse.
 */
const action = schemas/* enum */.k5n(['no-op', 'create', 'read', 'update', 'delete', 'forget']);
const change = schemas/* object */.Ikc({
    actions: schemas/* array */.YOg(action).min(1).max(2),
    before: schemas/* unknown */.L5J().optional(),
    after: schemas/* unknown */.L5J().optional(),
    after_unknown: schemas/* unknown */.L5J().optional(),
    before_sensitive: schemas/* unknown */.L5J().optional(),
    after_sensitive: schemas/* unknown */.L5J().optional(),
    replace_paths: schemas/* array */.YOg(schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]))).optional(),
    importing: schemas/* object */.Ikc({ id: schemas/* string */.YjP().optional(), unknown: schemas/* boolean */.zMY().optional() })
        .loose()
        .optional(),
    generated_config: schemas/* string */.YjP().optional(),
});
const rawResourceChange = schemas/* object */.Ikc({
    address: schemas/* string */.YjP(),
    previous_address: schemas/* string */.YjP().optional(),
    module_address: schemas/* string */.YjP().optional(),
    mode: schemas/* enum */.k5n(['managed', 'data']),
    type: schemas/* string */.YjP(),
    name: schemas/* string */.YjP(),
    index: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]).optional(),
    deposed: schemas/* string */.YjP().optional(),
    provider_name: schemas/* string */.YjP(),
    change,
    action_reason: schemas/* string */.YjP().optional(),
});
const outputChange = schemas/* object */.Ikc({
    actions: schemas/* array */.YOg(action).min(1).max(2),
    before: schemas/* unknown */.L5J().optional(),
    after: schemas/* unknown */.L5J().optional(),
    after_unknown: schemas/* unknown */.L5J().optional(),
    before_sensitive: schemas/* unknown */.L5J().optional(),
    after_sensitive: schemas/* unknown */.L5J().optional(),
});
const checkAddress = schemas/* object */.Ikc({ kind: schemas/* string */.YjP().optional(), to_display: schemas/* string */.YjP().optional() })
    .loose();
const check = schemas/* object */.Ikc({
    address: checkAddress,
    status: schemas/* string */.YjP(),
    instances: schemas/* array */.YOg(schemas/* object */.Ikc({
        address: checkAddress.optional(),
        status: schemas/* string */.YjP(),
        problems: schemas/* array */.YOg(schemas/* object */.Ikc({ message: schemas/* string */.YjP() }).loose()).optional(),
    }))
        .optional(),
});
const rawPlan = schemas/* object */.Ikc({
    format_version: schemas/* string */.YjP(),
    terraform_version: schemas/* string */.YjP().optional(),
    planned_values: schemas/* unknown */.L5J().optional(),
    resource_changes: schemas/* array */.YOg(rawResourceChange).optional(),
    resource_drift: schemas/* array */.YOg(rawResourceChange).optional(),
    output_changes: schemas/* record */.g1P(schemas/* string */.YjP(), outputChange).optional(),
    deferred_changes: schemas/* array */.YOg(schemas/* object */.Ikc({ reason: schemas/* string */.YjP(), resource_change: rawResourceChange }))
        .optional(),
    checks: schemas/* array */.YOg(check).optional(),
    relevant_attributes: schemas/* array */.YOg(schemas/* object */.Ikc({
        resource: schemas/* string */.YjP(),
        attribute: schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()])),
    }))
        .optional(),
    errored: schemas/* boolean */.zMY().optional(),
    applyable: schemas/* boolean */.zMY().optional(),
    complete: schemas/* boolean */.zMY().optional(),
    timestamp: schemas/* string */.YjP().optional(),
});

;// CONCATENATED MODULE: ./src/iac/plan-secrets.ts

/**
 * Defence in depth for sensitive values. terraform marks sensitive paths, but a value can lose
 * its mark on the way (e.g. `terraform_data.output` echoes a sensitive `input` unmarked in the
 * prior state, and terraform's own text output then prints it). So every string terraform marks
 * sensitive anywhere in the document (resource attributes, outputs, sensitive variables) is
 * collected, and any other string equal to it, or containing it when it is long enough to be
 * distinctive, is redacted too.
 */
const MIN_SUBSTRING = 6;
class Secrets {
    exact = new Set();
    long = [];
    shortest = Infinity;
    get size() {
        return this.exact.size;
    }
    add(secret) {
        if (secret === '' || this.exact.has(secret))
            return;
        this.exact.add(secret);
        this.shortest = Math.min(this.shortest, secret.length);
        if (secret.length >= MIN_SUBSTRING)
            this.long.push(secret);
    }
    matches(text) {
        if (text.length < this.shortest)
            return false;
        if (this.exact.has(text))
            return true;
        for (let i = 0; i < this.long.length; i++) {
            if (text.includes(this.long[i]))
                return true;
        }
        return false;
    }
}
/** Every string leaf of `value`. */
function addLeaves(value, secrets) {
    if (typeof value === 'string')
        secrets.add(value);
    // Short numbers (ports, counts) would redact half the plan; long ones are distinctive.
    else if (typeof value === 'number' && String(value).length >= 4)
        secrets.add(String(value));
    else if (Array.isArray(value))
        for (const v of value)
            addLeaves(v, secrets);
    else if (plan_values_isPlainObject(value))
        for (const k in value)
            addLeaves(value[k], secrets);
}
/** Collect the values under `marks === true` paths (terraform's *_sensitive structure). */
function collectMarked(value, marks, secrets) {
    if (marks === true)
        return addLeaves(value, secrets);
    if (typeof marks !== 'object' || marks === null || value === null || typeof value !== 'object') {
        return;
    }
    if (Array.isArray(value)) {
        if (!Array.isArray(marks))
            return;
        for (let i = 0; i < value.length && i < marks.length; i++) {
            collectMarked(value[i], marks[i], secrets);
        }
        return;
    }
    if (Array.isArray(marks))
        return;
    const obj = value;
    const markObject = marks;
    for (const k in markObject)
        if (k in obj)
            collectMarked(obj[k], markObject[k], secrets);
}
/**
 * Sensitive input variables: `configuration.root_module.variables.<name>.sensitive` marks them,
 * `variables.<name>.value` holds the value (in clear, in the plan JSON).
 */
function collectSensitiveVariables(doc, secrets) {
    const config = doc.configuration;
    const declared = config?.root_module?.variables;
    const values = doc.variables;
    if (!plan_values_isPlainObject(declared) || !plan_values_isPlainObject(values))
        return;
    for (const [name, decl] of Object.entries(declared)) {
        if (!plan_values_isPlainObject(decl) || decl.sensitive !== true)
            continue;
        const v = values[name];
        if (plan_values_isPlainObject(v))
            addLeaves(v.value, secrets);
    }
}
/** Replace string leaves that match a known secret (copy on write; numbers compared as text). */
function redactKnown(value, secrets) {
    if (secrets.size === 0 || value === null || value instanceof SensitiveValue)
        return value;
    if (typeof value === 'string' || typeof value === 'number') {
        return secrets.matches(String(value)) ? new SensitiveValue(value) : value;
    }
    if (typeof value !== 'object')
        return value;
    if (Array.isArray(value)) {
        let out;
        for (let i = 0; i < value.length; i++) {
            const v = value[i];
            const r = redactKnown(v, secrets);
            if (r !== v)
                (out ??= value.slice())[i] = r;
        }
        return out ?? value;
    }
    let out;
    for (const k in value) {
        const v = value[k];
        const r = redactKnown(v, secrets);
        if (r !== v)
            (out ??= { ...value })[k] = r;
    }
    return out ?? value;
}

;// CONCATENATED MODULE: ./src/iac/plan-model.ts







/**
 * Read a `terraform show -json <planfile>` (or `tofu show -json`) document into the model.
 * Throws UserError when the document is not a plan.
 */
function parsePlan(json) {
    const raw = validate(json);
    const secrets = collectSecrets(raw, json);
    const toChange = (r) => toResourceChange(r, secrets);
    const clean = (value, marks) => redactKnown(redact(value, marks), secrets);
    const resources = (raw.resource_changes ?? []).map(toChange);
    const drift = (raw.resource_drift ?? []).map(toChange);
    const outputs = Object.entries(raw.output_changes ?? {})
        .map(([name, o]) => {
        const sensitive = o.before_sensitive === true || o.after_sensitive === true;
        return {
            name,
            action: toAction(o.actions).action,
            sensitive,
            before: clean(o.before, sensitive ? true : o.before_sensitive),
            after: clean(o.after, sensitive ? true : o.after_sensitive),
            afterUnknown: o.after_unknown ?? false,
        };
    })
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const checks = (raw.checks ?? []).flatMap((c) => {
        if (c.status !== 'fail' && c.status !== 'error' && c.status !== 'unknown')
            return [];
        const address = c.address.to_display ?? '(unnamed check)';
        return [
            {
                address,
                kind: c.address.kind ?? 'check',
                status: c.status,
                instances: (c.instances ?? [])
                    .filter((i) => i.status !== 'pass')
                    .map((i) => ({
                    address: i.address?.to_display ?? address,
                    status: i.status,
                    messages: (i.problems ?? []).map((p) => p.message),
                })),
            },
        ];
    });
    const deferred = (raw.deferred_changes ?? []).map((d) => ({
        reason: d.reason,
        change: toChange(d.resource_change),
    }));
    const hasChanges = hasPlannedChanges(resources, outputs) || raw.applyable === true;
    markRelevantDrift(drift, resources, relevantPaths(raw.relevant_attributes), hasChanges);
    const counts = countChanges(resources, drift, outputs);
    const model = {
        formatVersion: raw.format_version,
        errored: raw.errored ?? false,
        resources,
        drift,
        outputs,
        checks,
        deferred,
        counts,
        hasChanges,
        summaryLine: summaryLine(resources, counts),
    };
    if (raw.terraform_version !== undefined)
        model.toolVersion = raw.terraform_version;
    return model;
}
function validate(json) {
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
        throw new errors/* UserError */.yo('The document is not a terraform plan: expected a JSON object.', {
            reason: 'not-a-plan',
            hint: 'Produce one with `terraform show -json <planfile>`.',
        });
    }
    const doc = json;
    if (!('planned_values' in doc) && !('resource_changes' in doc)) {
        const what = 'values' in doc ? 'a state (show -json without a plan file)' : 'not a plan';
        throw new errors/* UserError */.yo(`The document is ${what}: it has no planned_values or resource_changes.`, {
            reason: 'not-a-plan',
            hint: 'Produce one with `terraform show -json <planfile>`.',
        });
    }
    const parsed = rawPlan.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue?.path.length ? issue.path.join('.') : '(root)';
        throw new errors/* UserError */.yo(`The document is not a valid terraform plan: ${where}: ${issue?.message ?? 'invalid'}.`, { reason: 'not-a-plan', hint: 'Produce one with `terraform show -json <planfile>`.' });
    }
    return parsed.data;
}
function toAction(actions) {
    const [first, second] = actions;
    if (second === undefined)
        return { action: first };
    if (first === 'delete' && second === 'create') {
        return { action: 'replace', replaceOrder: 'delete-first' };
    }
    if (first === 'create' && second === 'delete') {
        return { action: 'replace', replaceOrder: 'create-first' };
    }
    if (first === 'create' && second === 'forget') {
        return { action: 'replace', replaceOrder: 'create-first', forgetsPrevious: true };
    }
    throw new errors/* UserError */.yo(`The plan has an unknown action pair ${JSON.stringify(actions)}.`, {
        reason: 'not-a-plan',
    });
}
/** Every value terraform marks sensitive anywhere in the document (see plan-secrets.ts). */
function collectSecrets(raw, doc) {
    const secrets = new Secrets();
    const all = [
        ...(raw.resource_changes ?? []),
        ...(raw.resource_drift ?? []),
        ...(raw.deferred_changes ?? []).map((d) => d.resource_change),
    ];
    for (const r of all) {
        collectMarked(r.change.before, r.change.before_sensitive, secrets);
        collectMarked(r.change.after, r.change.after_sensitive, secrets);
    }
    for (const o of Object.values(raw.output_changes ?? {})) {
        const whole = o.before_sensitive === true || o.after_sensitive === true;
        collectMarked(o.before, whole ? true : o.before_sensitive, secrets);
        collectMarked(o.after, whole ? true : o.after_sensitive, secrets);
    }
    collectSensitiveVariables(doc, secrets);
    return secrets;
}
function toResourceChange(r, secrets) {
    const c = r.change;
    const out = {
        address: r.address,
        mode: r.mode,
        type: r.type,
        name: r.name,
        providerName: r.provider_name,
        ...toAction(c.actions),
        before: redactKnown(redact(c.before, c.before_sensitive), secrets),
        after: redactKnown(redact(c.after, c.after_sensitive), secrets),
        afterUnknown: c.after_unknown ?? false,
        beforeSensitive: c.before_sensitive ?? false,
        afterSensitive: c.after_sensitive ?? false,
    };
    if (r.previous_address !== undefined && r.previous_address !== r.address) {
        out.previousAddress = r.previous_address;
    }
    if (r.module_address !== undefined)
        out.moduleAddress = r.module_address;
    if (r.index !== undefined)
        out.index = r.index;
    if (r.deposed !== undefined)
        out.deposed = r.deposed;
    if (r.action_reason !== undefined)
        out.actionReason = r.action_reason;
    if (c.replace_paths !== undefined)
        out.replacePaths = c.replace_paths;
    if (c.importing !== undefined) {
        out.importing = {};
        if (c.importing.id !== undefined)
            out.importing.id = c.importing.id;
        if (c.importing.unknown !== undefined)
            out.importing.unknown = c.importing.unknown;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/iac/digest.ts



function key(r) {
    return r.deposed ? `${r.address} (deposed ${r.deposed})` : r.address;
}
/** Keys are added in sorted order, so an all-plain resource is canonical JSON as it stands. */
function canonicalResource(r) {
    const c = { action: r.action };
    if (r.actionReason !== undefined)
        c.actionReason = r.actionReason;
    c.address = r.address;
    c.after = r.after;
    c.afterUnknown = r.afterUnknown;
    c.before = r.before;
    if (r.deposed !== undefined)
        c.deposed = r.deposed;
    if (r.forgetsPrevious)
        c.forgetsPrevious = true;
    if (r.importing !== undefined)
        c.importing = r.importing;
    if (r.previousAddress !== undefined)
        c.previousAddress = r.previousAddress;
    if (r.replaceOrder !== undefined)
        c.replaceOrder = r.replaceOrder;
    if (r.replacePaths?.length) {
        c.replacePaths = r.replacePaths
            .map((p) => ({ p, k: JSON.stringify(p) }))
            .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
            .map((x) => x.p);
    }
    return c;
}
const byKey = (a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0);
/** The normalized change set: shown resource changes sorted by address, changed outputs by name. */
function canonicalChanges(model) {
    const resources = model.resources
        .filter(isShownChange)
        .map((r) => ({ k: key(r), c: canonicalResource(r) }))
        .sort(byKey)
        .map((x) => x.c);
    const outputs = model.outputs
        .filter((o) => o.action !== 'no-op')
        .map((o) => ({
        k: o.name,
        c: {
            action: o.action,
            after: o.after,
            afterUnknown: o.afterUnknown,
            before: o.before,
            name: o.name,
            sensitive: o.sensitive,
        },
    }))
        .sort(byKey)
        .map((x) => x.c);
    return { resources, outputs };
}
/** 64 lowercase hex characters. */
function planDigest(model) {
    const hash = (0,external_node_crypto_.createHash)('sha256').update('gantry-plan-digest-v1\n');
    const changes = canonicalChanges(model);
    // Hash resource by resource so a 50,000-resource plan never builds one giant string.
    hash.update(`resources ${changes.resources.length}\n`);
    for (const r of changes.resources)
        hash.update(plan_values_canonicalJson(r)).update('\n');
    hash.update(`outputs ${changes.outputs.length}\n`);
    for (const o of changes.outputs)
        hash.update(plan_values_canonicalJson(o)).update('\n');
    return hash.digest('hex');
}
/** Top-level attribute names whose planned value differs between two changes (values hidden). */
function differingAttributes(a, b) {
    const names = new Set();
    for (const side of ['before', 'after']) {
        const x = a[side];
        const y = b[side];
        if (isPlainObject(x) && isPlainObject(y)) {
            const xo = x;
            const yo = y;
            for (const k of new Set([...Object.keys(xo), ...Object.keys(yo)])) {
                if (!valuesEqual(xo[k] ?? null, yo[k] ?? null))
                    names.add(k);
            }
        }
        else if (!valuesEqual(x, y)) {
            names.add(`(${side})`);
        }
    }
    if (canonicalJson(a.afterUnknown) !== canonicalJson(b.afterUnknown))
        names.add('(known after apply)');
    return [...names].sort();
}
function describeAction(c) {
    return c.action === 'replace' ? `replace (${c.replaceOrder ?? 'delete-first'})` : c.action;
}
/**
 * What differs between two change sets (e.g. the approved plan and a new one), one line per
 * difference; '' when they are the same. Values are never printed, only attribute names.
 */
function diffChanges(a, b) {
    const lines = [];
    const left = new Map(a.resources.map((r) => [key(r), r]));
    const right = new Map(b.resources.map((r) => [key(r), r]));
    for (const [k, r] of left) {
        const other = right.get(k);
        if (!other) {
            lines.push(`- ${k}: ${describeAction(r)} is no longer planned`);
            continue;
        }
        if (canonicalJson(r) === canonicalJson(other))
            continue;
        if (describeAction(r) !== describeAction(other)) {
            lines.push(`~ ${k}: action ${describeAction(r)} → ${describeAction(other)}`);
            continue;
        }
        const attrs = differingAttributes(r, other);
        const rest = [];
        for (const f of [
            'previousAddress',
            'actionReason',
            'replacePaths',
            'importing',
            'forgetsPrevious',
        ]) {
            if (canonicalJson(r[f]) !== canonicalJson(other[f]))
                rest.push(f);
        }
        lines.push(`~ ${k}: ${describeAction(r)} differs in ${[...attrs, ...rest].join(', ') || 'details'}`);
    }
    for (const [k, r] of right) {
        if (!left.has(k))
            lines.push(`+ ${k}: ${describeAction(r)} is newly planned`);
    }
    const lo = new Map(a.outputs.map((o) => [o.name, o]));
    const ro = new Map(b.outputs.map((o) => [o.name, o]));
    for (const [name, o] of lo) {
        const other = ro.get(name);
        if (!other)
            lines.push(`- output ${name}: ${o.action} is no longer planned`);
        else if (canonicalJson(o) !== canonicalJson(other)) {
            lines.push(o.action !== other.action
                ? `~ output ${name}: action ${o.action} → ${other.action}`
                : `~ output ${name}: ${o.sensitive || other.sensitive ? 'sensitive value' : 'value'} differs`);
        }
    }
    for (const [name, o] of ro)
        if (!lo.has(name))
            lines.push(`+ output ${name}: ${o.action} is newly planned`);
    return lines.join('\n');
}

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

;// CONCATENATED MODULE: ./src/iac/diagnostics.ts

const pos = schemas/* object */.Ikc({ line: schemas/* number */.aig(), column: schemas/* number */.aig() }).loose();
const rawDiagnostic = schemas/* object */.Ikc({
    severity: schemas/* enum */.k5n(['error', 'warning']),
    summary: schemas/* string */.YjP(),
    detail: schemas/* string */.YjP().optional(),
    address: schemas/* string */.YjP().optional(),
    range: schemas/* object */.Ikc({ filename: schemas/* string */.YjP(), start: pos, end: pos.optional() }).loose().optional(),
    snippet: schemas/* object */.Ikc({
        context: schemas/* string */.YjP().nullable().optional(),
        code: schemas/* string */.YjP(),
        start_line: schemas/* number */.aig(),
        values: schemas/* array */.YOg(schemas/* object */.Ikc({ traversal: schemas/* string */.YjP(), statement: schemas/* string */.YjP() }).loose())
            .optional(),
    })
        .loose()
        .optional(),
})
    .loose();
function toDiagnostic(raw) {
    const d = { severity: raw.severity, summary: raw.summary };
    if (raw.detail)
        d.detail = raw.detail;
    if (raw.address)
        d.address = raw.address;
    if (raw.range) {
        d.file = raw.range.filename;
        d.line = raw.range.start.line;
        d.column = raw.range.start.column;
        if (raw.range.end) {
            d.endLine = raw.range.end.line;
            d.endColumn = raw.range.end.column;
        }
    }
    if (raw.snippet) {
        const s = raw.snippet;
        const lines = s.code
            .split('\n')
            .map((code, i) => `${String(s.start_line + i).padStart(4)}: ${code}`);
        if (s.context)
            lines.unshift(`in ${s.context}:`);
        for (const v of s.values ?? [])
            lines.push(`    ${v.traversal} ${v.statement}`);
        d.snippet = lines.join('\n');
    }
    return d;
}
function fromObject(value, out) {
    if (typeof value !== 'object' || value === null)
        return;
    const obj = value;
    // `validate -json`: { valid, error_count, warning_count, diagnostics: [...] }
    if (Array.isArray(obj.diagnostics)) {
        for (const item of obj.diagnostics) {
            const parsed = rawDiagnostic.safeParse(item);
            if (parsed.success)
                out.push(toDiagnostic(parsed.data));
        }
        return;
    }
    // `plan -json` / `apply -json` stream: { "@level", "@message", "type": "diagnostic", diagnostic }
    if (obj.type === 'diagnostic') {
        const parsed = rawDiagnostic.safeParse(obj.diagnostic);
        if (parsed.success)
            out.push(toDiagnostic(parsed.data));
    }
}
/**
 * Diagnostics from terraform's machine-readable output: a whole `validate -json` document, or
 * the line-delimited `plan -json` UI stream (non-diagnostic messages and non-JSON lines are
 * skipped). Duplicates (same severity, summary, place) are reported once.
 */
function parseDiagnostics(jsonLines) {
    const out = [];
    const trimmed = jsonLines.trim();
    if (trimmed.startsWith('{') && !trimmed.includes('\n{')) {
        try {
            fromObject(JSON.parse(trimmed), out);
            return dedupe(out);
        }
        catch {
            // not one document: fall through to line-by-line
        }
    }
    for (const line of jsonLines.split(/\r?\n/)) {
        const text = line.trim();
        if (!text.startsWith('{'))
            continue;
        try {
            fromObject(JSON.parse(text), out);
        }
        catch {
            // a line of plain text between JSON messages: not a diagnostic
        }
    }
    return dedupe(out);
}
function dedupe(list) {
    const seen = new Set();
    return list.filter((d) => {
        const key = JSON.stringify([
            d.severity,
            d.summary,
            d.detail,
            d.file,
            d.line,
            d.column,
            d.address,
        ]);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/** `main.tf:3:5` or '' when the diagnostic has no place. */
function diagnosticPlace(d) {
    if (!d.file)
        return '';
    return `${d.file}${d.line ? `:${d.line}` : ''}${d.line && d.column ? `:${d.column}` : ''}`;
}

;// CONCATENATED MODULE: ./src/iac/markdown.ts
/**
 * Making untrusted strings (addresses, values, output names, diagnostics) inert in GitHub
 * Markdown: no HTML, no mentions, no issue references, no escaping out of code.
 */
const ZWJ = '\u200d';
/** Longest untrusted string shown outside the diff (addresses, names, messages). */
const MAX_INLINE = 300;
/** Cut a string to `max` characters (never splitting a surrogate pair), marking the cut. */
function truncate(text, max) {
    if (text.length <= max)
        return text;
    let end = max;
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        end--;
    return `${text.slice(0, end)}… (${text.length - end} more characters)`;
}
/** Break `@user`, `@org/team` mentions and `#123` / `GH-123` references with a zero-width joiner. */
function breakReferences(text) {
    return text
        .replace(/([@#])(?=[\p{L}\p{N}_-])/gu, `$1${ZWJ}`)
        .replace(/\b(GH)-(\d)/gi, `$1-${ZWJ}$2`);
}
const HTML_ESCAPES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}
/**
 * Untrusted text as inline Markdown: one line, HTML escaped, Markdown punctuation
 * backslash-escaped, mentions/references broken.
 */
function inlineText(text, max = MAX_INLINE) {
    const oneLine = truncate(text.replace(/[\r\n\u2028\u2029]+/g, ' '), max);
    // References first: escaping adds `&#39;`-style entities whose `#` must stay intact.
    return escapeHtml(breakReferences(oneLine)).replace(/[\\`*_[\]()~|!{}]/g, '\\$&');
}
/** Untrusted text as an inline code span, delimited by more backticks than it contains. */
function markdown_inlineCode(text, max = MAX_INLINE) {
    const oneLine = truncate(text.replace(/[\r\n\u2028\u2029]+/g, ' '), max);
    const fence = '`'.repeat(longestRun(oneLine, '`') + 1);
    const pad = oneLine.startsWith('`') || oneLine.endsWith('`') || oneLine === '' ? ' ' : '';
    return `${fence}${pad}${oneLine}${pad}${fence}`;
}
/** Length of the longest run of `char` in `text`. */
function longestRun(text, char) {
    if (!text.includes(char))
        return 0;
    let best = 0;
    let run = 0;
    for (let i = 0; i < text.length; i++) {
        if (text[i] === char) {
            run++;
            if (run > best)
                best = run;
        }
        else {
            run = 0;
        }
    }
    return best;
}
/** A fence (≥ 3 backticks) longer than any backtick run in the lines, so they cannot close it. */
function fenceFor(lines) {
    let best = 0;
    for (const line of lines) {
        if (line.includes('`'))
            best = Math.max(best, longestRun(line, '`'));
    }
    return '`'.repeat(Math.max(3, best + 1));
}
/** A fenced code block holding untrusted lines verbatim (inert: code is never parsed). */
function codeBlock(lines, language = '') {
    const fence = fenceFor(lines);
    const body = lines.join('\n').replace(/\r\n?/g, '\n');
    return `${fence}${language}\n${body}\n${fence}`;
}
/** `1 item` / `2 items`. */
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}

;// CONCATENATED MODULE: ./src/iac/render-values.ts

/**
 * Values in terraform-style diff lines, generated from the plan JSON for a ```diff block: the
 * first column is the highlight marker (`+` create, `-` delete, `!` change, space otherwise),
 * comments start with `#`. Sensitive values only ever appear as `(sensitive value)`, unknown
 * ones as `(known after apply)`.
 */
const MAX_STRING = 500;
const MAX_LINE = 2000;
function emit(ctx, marker, depth, text) {
    ctx.count++;
    if (!ctx.out)
        return;
    const line = `${marker} ${'  '.repeat(depth)}${text}`;
    ctx.out.push(line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)} …` : line);
}
function scalarText(v) {
    if (v instanceof SensitiveValue)
        return SENSITIVE_TEXT;
    if (typeof v === 'string') {
        if (v.length <= MAX_STRING)
            return JSON.stringify(v);
        return `${JSON.stringify(v.slice(0, MAX_STRING))}… (${v.length - MAX_STRING} more characters)`;
    }
    if (v === null)
        return 'null';
    if (typeof v === 'object')
        return Array.isArray(v) ? '[…]' : '{…}';
    return String(v);
}
function keyText(key) {
    return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? key : JSON.stringify(key);
}
/** The widest key as displayed (a loop: maps can have more keys than call arguments allow). */
function maxKeyWidth(keys) {
    let width = 0;
    for (const k of keys)
        width = Math.max(width, keyText(k).length);
    return width;
}
function isAbsent(v) {
    return v === null || v === undefined;
}
function forces(ctx, path) {
    return ctx.forces && path && ctx.forces.has(JSON.stringify(path)) ? ' # forces replacement' : '';
}
/** The lines writeValue would write for a value, counted without building any text. */
function countValue(v, unknown) {
    if (unknown === true || v === null || typeof v !== 'object' || v instanceof SensitiveValue) {
        return 1;
    }
    if (Array.isArray(v)) {
        if (v.length === 0)
            return 1;
        let n = 2;
        for (let i = 0; i < v.length; i++)
            n += countValue(v[i], markAt(unknown, i));
        return n;
    }
    let n = 0;
    for (const k in v) {
        const u = markAt(unknown, k);
        if (!isAbsent(v[k]) || u === true)
            n += countValue(v[k] ?? null, u);
    }
    if (typeof unknown === 'object' && unknown !== null && !Array.isArray(unknown)) {
        for (const k in unknown)
            if (unknown[k] === true && !(k in v))
                n++;
    }
    return n === 0 ? 1 : n + 2;
}
/** A whole value on one side (create or delete), nested values expanded. */
function writeValue(ctx, marker, depth, label, v, unknown, suffix) {
    if (!ctx.out) {
        ctx.count += countValue(v, unknown);
        return;
    }
    if (unknown === true)
        return emit(ctx, marker, depth, `${label}${UNKNOWN_TEXT}${suffix}`);
    if (v instanceof SensitiveValue || v === null || typeof v !== 'object') {
        return emit(ctx, marker, depth, `${label}${scalarText(v)}${suffix}`);
    }
    if (Array.isArray(v)) {
        if (v.length === 0)
            return emit(ctx, marker, depth, `${label}[]${suffix}`);
        emit(ctx, marker, depth, `${label}[`);
        v.forEach((item, i) => writeValue(ctx, marker, depth + 1, '', item, markAt(unknown, i), ','));
        return emit(ctx, marker, depth, `]${suffix}`);
    }
    const keys = Object.keys(v).filter((k) => !isAbsent(v[k]) || markAt(unknown, k) === true);
    if (typeof unknown === 'object' && unknown !== null && !Array.isArray(unknown)) {
        for (const k of Object.keys(unknown)) {
            if (markAt(unknown, k) === true && !(k in v))
                keys.push(k);
        }
    }
    if (keys.length === 0)
        return emit(ctx, marker, depth, `${label}{}${suffix}`);
    keys.sort();
    const width = ctx.out ? maxKeyWidth(keys) : 0;
    emit(ctx, marker, depth, `${label}{`);
    for (const k of keys) {
        const child = v[k] ?? null;
        writeValue(ctx, marker, depth + 1, ctx.out ? `${keyText(k).padEnd(width)} = ` : '', child, markAt(unknown, k), '');
    }
    emit(ctx, marker, depth, `}${suffix}`);
}
function kind(v) {
    if (Array.isArray(v))
        return 'array';
    return plan_values_isPlainObject(v) ? 'object' : 'scalar';
}
/** Whether an attribute would produce any line in an update diff. */
function changed(b, a, unknown) {
    if (unknown === true)
        return true;
    if (isAbsent(b) && isAbsent(a))
        return false;
    if (isAbsent(b) || isAbsent(a))
        return true;
    if (hasTrue(unknown))
        return true;
    return !plan_values_valuesEqual(b, a);
}
/** Whether a marks structure has any `true` leaf. */
function hasTrue(marks) {
    if (marks === true)
        return true;
    if (typeof marks !== 'object' || marks === null)
        return false;
    for (const v of Object.values(marks))
        if (hasTrue(v))
            return true;
    return false;
}
/** One attribute (or list element) whose before and after are both known to the caller. */
function diffAttr(ctx, depth, label, b, a, unknown, path, suffix = '') {
    const note = forces(ctx, path);
    if (unknown === true) {
        if (isAbsent(b))
            return emit(ctx, '+', depth, `${label}${UNKNOWN_TEXT}${suffix}${note}`);
        return emit(ctx, '!', depth, `${label}${inline(b)} -> ${UNKNOWN_TEXT}${suffix}${note}`);
    }
    if (isAbsent(b))
        return writeValue(ctx, '+', depth, label, a ?? null, unknown, suffix + note);
    if (isAbsent(a))
        return writeValue(ctx, '-', depth, label, b, undefined, suffix + note);
    if (b instanceof SensitiveValue || a instanceof SensitiveValue) {
        return emit(ctx, '!', depth, `${label}${SENSITIVE_TEXT}${suffix}${note}`);
    }
    const kb = kind(b);
    if (kb !== kind(a)) {
        writeValue(ctx, '-', depth, label, b, undefined, suffix + note);
        return writeValue(ctx, '+', depth, label, a, unknown, suffix);
    }
    if (kb === 'scalar') {
        return emit(ctx, '!', depth, `${label}${scalarText(b)} -> ${scalarText(a)}${suffix}${note}`);
    }
    if (kb === 'array') {
        const bl = b;
        const al = a;
        emit(ctx, '!', depth, `${label}[${note}`);
        const n = Math.max(bl.length, al.length);
        let same = 0;
        for (let i = 0; i < n; i++) {
            const u = markAt(unknown, i);
            if (i < bl.length && i < al.length && !changed(bl[i], al[i], u)) {
                same++;
                continue;
            }
            const p = path ? [...path, i] : null;
            if (i >= al.length)
                writeValue(ctx, '-', depth + 1, '', bl[i] ?? null, undefined, ',');
            else if (i >= bl.length)
                writeValue(ctx, '+', depth + 1, '', al[i] ?? null, u, ',');
            else
                diffAttr(ctx, depth + 1, '', bl[i], al[i], u, p, ',');
        }
        if (same)
            emit(ctx, ' ', depth + 1, `# (${same} unchanged element${same === 1 ? '' : 's'} hidden)`);
        return emit(ctx, ' ', depth, `]${suffix}`);
    }
    emit(ctx, '!', depth, `${label}{${note}`);
    diffObject(ctx, depth + 1, b, a, unknown, path, []);
    emit(ctx, ' ', depth, `}${suffix}`);
}
function inline(v) {
    if (kind(v) === 'scalar')
        return scalarText(v);
    const text = JSON.stringify(v);
    return text.length > MAX_STRING ? `${text.slice(0, MAX_STRING)}…` : text;
}
/** The attributes of an updated object: changed ones, `keep` ones, and a hidden count. */
function diffObject(ctx, depth, b, a, unknown, path, keep) {
    const keys = new Set([...Object.keys(b), ...Object.keys(a)]);
    if (typeof unknown === 'object' && unknown !== null && !Array.isArray(unknown)) {
        for (const k of Object.keys(unknown))
            keys.add(k);
    }
    const shown = [];
    const kept = [];
    let hidden = 0;
    for (const k of ctx.out ? [...keys].sort() : keys) {
        if (changed(b[k], a[k], markAt(unknown, k)))
            shown.push(k);
        else if (keep.includes(k) && !isAbsent(a[k]))
            kept.push(k);
        else if (!isAbsent(b[k]))
            hidden++;
    }
    const width = ctx.out ? Math.max(maxKeyWidth(shown), maxKeyWidth(kept)) : 0;
    for (const k of kept)
        emit(ctx, ' ', depth, `${keyText(k).padEnd(width)} = ${scalarOrInline(a[k])}`);
    for (const k of shown) {
        const p = path ? [...path, k] : null;
        const label = ctx.out ? `${keyText(k).padEnd(width)} = ` : '';
        diffAttr(ctx, depth, label, b[k], a[k], markAt(unknown, k), p);
    }
    if (hidden)
        emit(ctx, ' ', depth, `# (${hidden} unchanged attribute${hidden === 1 ? '' : 's'} hidden)`);
}
function scalarOrInline(v) {
    return inline(v ?? null);
}

;// CONCATENATED MODULE: ./src/iac/render-diff.ts


/** Resource-level diff: terraform's headline comments, the resource header and its body. */
function asObject(v) {
    return plan_values_isPlainObject(v) ? v : null;
}
function headline(r, cause) {
    const addr = r.deposed ? `${r.address} (deposed object ${r.deposed})` : r.address;
    const lines = [];
    if (cause === 'drift') {
        if (r.action === 'delete')
            lines.push(`# ${addr} has been deleted`);
        else if (r.action === 'no-op' && r.previousAddress)
            lines.push(`# ${r.previousAddress} has moved to ${addr}`);
        else
            lines.push(`# ${addr} has changed`);
        return lines;
    }
    switch (r.action) {
        case 'create':
            lines.push(`# ${addr} will be created`);
            break;
        case 'update':
            lines.push(`# ${addr} will be updated in-place`);
            break;
        case 'delete':
            lines.push(`# ${addr} will be destroyed`);
            break;
        case 'replace':
            lines.push(r.forgetsPrevious
                ? `# ${addr} must be replaced, but the existing object will not be destroyed`
                : `# ${addr} must be replaced (${r.replaceOrder === 'create-first' ? 'create before destroy' : 'destroy before create'})`);
            break;
        case 'read':
            lines.push(`# ${addr} will be read during apply`);
            break;
        case 'forget':
            lines.push(`# ${addr} will no longer be managed by Terraform, but will not be destroyed`);
            break;
        case 'no-op':
            if (r.previousAddress)
                lines.push(`# ${r.previousAddress} has moved to ${addr}`);
            else if (r.importing)
                lines.push(`# ${addr} will be imported`);
            else
                lines.push(`# ${addr} is unchanged`);
            break;
    }
    if (r.previousAddress && r.action !== 'no-op')
        lines.push(`# (moved from ${r.previousAddress})`);
    if (r.importing) {
        lines.push(`# (imported from ${r.importing.id === undefined ? 'an unknown id' : JSON.stringify(r.importing.id)})`);
    }
    if (r.actionReason)
        lines.push(`# (reason: ${r.actionReason})`);
    return lines;
}
const HEADER_MARKER = {
    create: '+',
    update: '!',
    delete: '-',
    replace: '!',
    read: ' ',
    'no-op': ' ',
    forget: ' ',
};
/** Append the diff lines of one resource change to `out`. */
/**
 * Append the diff lines of one resource change to `out` (or, with `out` null, only count them:
 * the same walk without building text). Returns the number of lines.
 */
function resourceDiff(r, cause, out) {
    const ctx = {
        out,
        count: 0,
        forces: r.replacePaths?.length ? new Set(r.replacePaths.map((p) => JSON.stringify(p))) : null,
    };
    for (const line of headline(r, cause)) {
        ctx.count++;
        out?.push(line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)} …` : line);
    }
    const marker = cause === 'drift' && r.action === 'update' ? '!' : HEADER_MARKER[r.action];
    const kindWord = r.mode === 'data' ? 'data' : 'resource';
    emit(ctx, marker, 0, `${kindWord} ${JSON.stringify(r.type)} ${JSON.stringify(r.name)} {`);
    const before = asObject(r.before);
    const after = asObject(r.after);
    const path = ctx.forces ? [] : null;
    if (r.action === 'create' || (r.action === 'read' && !before)) {
        writeBody(ctx, '+', after, r.afterUnknown);
    }
    else if (r.action === 'delete' || r.action === 'forget' || !after) {
        if (r.action === 'forget')
            diffObject(ctx, 2, before ?? {}, before ?? {}, false, null, ['id', 'name']);
        else
            writeBody(ctx, '-', before, undefined);
    }
    else {
        diffObject(ctx, 2, before ?? {}, after, r.afterUnknown, path, ['id', 'name']);
    }
    emit(ctx, ' ', 0, '}');
    return ctx.count;
}
function writeBody(ctx, marker, v, unknown) {
    if (!v)
        return;
    const inner = { out: ctx.out ? [] : null, count: 0, forces: null };
    writeValue(inner, marker, 1, '', v, unknown, '');
    // writeValue wraps the object in `{`/`}`; the resource header already opened it.
    if (inner.count <= 1)
        return;
    ctx.count += inner.count - 2;
    const lines = inner.out;
    if (ctx.out && lines)
        for (let i = 1; i < lines.length - 1; i++)
            ctx.out.push(lines[i]);
}
/** Diff lines for the root output changes (no-ops skipped), names aligned like terraform. */
function outputDiff(outputs) {
    const shown = outputs.filter((o) => o.action !== 'no-op');
    const width = maxKeyWidth(shown.map((o) => o.name));
    const ctx = { out: [], count: 0, forces: null };
    for (const o of shown) {
        const label = `${keyText(o.name).padEnd(width)} = `;
        if (o.action === 'delete')
            writeValue(ctx, '-', 0, label, o.before, undefined, '');
        else if (o.action === 'create')
            writeValue(ctx, '+', 0, label, o.after, o.afterUnknown, '');
        else
            diffAttr(ctx, 0, label, o.before, o.after, o.afterUnknown, null);
    }
    return ctx.out ?? [];
}

;// CONCATENATED MODULE: ./src/iac/render-blocks.ts
/**
 * The plan diff of a large plan without holding it. Lines are counted in one pass that builds no
 * text; a render then generates only the blocks that fit its budget: from the head (60%) and
 * from the tail. 50,000 resources make about a million diff lines, so this is what keeps
 * rendering fast and memory flat.
 */


function countBlocks(changes, cause) {
    let totalLines = Math.max(0, changes.length - 1);
    for (const r of changes)
        totalLines += resourceDiff(r, cause, null);
    return { changes, cause, totalLines };
}
function block(blocks, i) {
    const out = [];
    resourceDiff(blocks.changes[i], blocks.cause, out);
    return out;
}
function size(lines, measure) {
    let total = 0;
    for (const line of lines)
        total += measure(line) + 1;
    return total;
}
/**
 * A ```diff block within `budget`: every block when they fit, else whole blocks from the head
 * and the tail (the head's next block line by line) around "… N lines omitted, <whereFull> …".
 */
function fitDiff(blocks, budget, measure, whereFull) {
    const n = blocks.changes.length;
    const room = budget - 64;
    const head = [];
    let used = 0;
    let next = 0;
    for (; next < n; next++) {
        const lines = block(blocks, next);
        const s = size(lines, measure) + (next ? 1 : 0);
        if (used + s > room)
            break;
        if (next)
            head.push('');
        head.push(...lines);
        used += s;
    }
    if (next === n)
        return { text: codeBlock(head, 'diff'), omitted: 0 };
    const notice = (omitted) => `… ${omitted} lines omitted, ${whereFull} …`;
    const available = room - measure(notice(blocks.totalLines)) - 4;
    const headRoom = Math.floor(available * 0.6);
    // Keep the head within its share, then as much of the next block as fits, line by line (so a
    // single huge resource still shows its start).
    let trimmed = false;
    while (used > headRoom && head.length) {
        used -= measure(head.pop()) + 1;
        trimmed = true;
    }
    let partial = false;
    if (!trimmed && used < headRoom) {
        const lines = block(blocks, next);
        if (head.length)
            lines.unshift('');
        for (const line of lines) {
            const s = measure(line) + 1;
            if (used + s > headRoom)
                break;
            head.push(line);
            used += s;
            partial = true;
        }
    }
    const tail = [];
    let tailLines = 0;
    for (let i = n - 1; i > next || (i === next && !partial); i--) {
        const lines = block(blocks, i);
        const s = size(lines, measure) + 1;
        if (used + s > available)
            break;
        tail.unshift(lines);
        tailLines += lines.length + 1;
        used += s;
    }
    const headKept = head[head.length - 1] === '' ? head.slice(0, -1) : head;
    const omitted = blocks.totalLines - headKept.length - tailLines;
    const kept = [...headKept, '', notice(omitted), ...tail.flatMap((lines) => ['', ...lines])];
    return { text: codeBlock(kept, 'diff'), omitted };
}

;// CONCATENATED MODULE: ./src/iac/render-fit.ts
/**
 * Fitting content into a size budget: lists capped with "and N more", code blocks cut to head +
 * tail with "… N lines omitted …". Sizes are measured by the form's own measure (characters for
 * comments, UTF-8 bytes for the job summary).
 */

const measureChars = (text) => text.length;
const measureBytes = (text) => Buffer.byteLength(text, 'utf8');
/** GitHub's limit for an issue/PR comment body, in characters. */
const COMMENT_LIMIT = 65_536;
/** GitHub's limit for one step's job summary, in bytes. */
const SUMMARY_LIMIT = 1_048_576;
/** The size limit of a form and how it is measured. */
function formLimit(form) {
    return form === 'comment'
        ? { limit: COMMENT_LIMIT, measure: measureChars }
        : { limit: SUMMARY_LIMIT, measure: measureBytes };
}
function itemList(title, items) {
    return { title, length: items.length, item: (i) => items[i] };
}
/** A list formatting `values` lazily (each at most once). */
function lazyList(title, values, format) {
    const cache = [];
    return { title, length: values.length, item: (i) => (cache[i] ??= format(values[i])) };
}
/**
 * Render lists as `**title** (n)` + bullet items within `budget`. Every list gets its title and
 * at least its first item when the budget allows; the rest are shown round-robin; a list that
 * does not fit ends with "- … and N more".
 */
function fitLists(lists, budget, measure) {
    const nonEmpty = lists.filter((l) => l.length > 0);
    const titles = nonEmpty.map((l) => `**${l.title}** (${l.length})`);
    const reserve = 40; // room for the "and N more" line of each list
    let used = titles.reduce((n, t) => n + measure(t) + 2 + reserve, 0);
    const shown = nonEmpty.map(() => 0);
    let progress = true;
    while (progress) {
        progress = false;
        for (let i = 0; i < nonEmpty.length; i++) {
            const list = nonEmpty[i];
            const index = shown[i];
            if (index >= list.length)
                continue;
            const next = list.item(index);
            const size = measure(next) + 3;
            if (used + size > budget)
                continue;
            used += size;
            shown[i] = shown[i] + 1;
            progress = true;
        }
    }
    return nonEmpty
        .map((list, i) => {
        const n = shown[i];
        const lines = [titles[i]];
        for (let k = 0; k < n; k++)
            lines.push(`- ${list.item(k)}`);
        if (n < list.length)
            lines.push(`- … and ${list.length - n} more`);
        return lines.join('\n');
    })
        .join('\n\n');
}
/**
 * A fenced code block of `lines` within `budget`: all of them when they fit, else the head and
 * the tail around one line saying how many were omitted and where the full text is.
 */
function fitCodeBlock(lines, budget, measure, language, 
/** Where the full text is, e.g. 'full plan in the job summary'. */
whereFull) {
    const overhead = 2 * (fenceFor(lines).length + 1) + language.length + 16;
    const room = budget - overhead;
    let total = 0;
    let fits = true;
    for (const line of lines) {
        total += measure(line) + 1;
        if (total > room) {
            fits = false;
            break;
        }
    }
    if (fits)
        return { text: codeBlock(lines, language), omitted: 0 };
    const notice = (n) => `… ${n} lines omitted, ${whereFull} …`;
    const available = room - measure(notice(lines.length)) - 2;
    let head = 0;
    let used = 0;
    const headRoom = Math.floor(available * 0.6);
    while (head < lines.length) {
        const size = measure(lines[head]) + 1;
        if (used + size > headRoom)
            break;
        used += size;
        head++;
    }
    let tail = 0;
    while (tail < lines.length - head) {
        const size = measure(lines[lines.length - 1 - tail]) + 1;
        if (used + size > available)
            break;
        used += size;
        tail++;
    }
    const omitted = lines.length - head - tail;
    const kept = [...lines.slice(0, head), notice(omitted), ...lines.slice(lines.length - tail)];
    return { text: codeBlock(kept, language), omitted };
}

;// CONCATENATED MODULE: ./src/iac/render-sections.ts




const STATUS_ICON = {
    planned: '📝',
    applying: '⏳',
    applied: '✅',
    failed: '❌',
    'no-changes': '✅',
};
function toolName(tool) {
    return tool === 'tofu' ? 'OpenTofu' : 'Terraform';
}
function header(options) {
    const facts = [
        `${options.tool}${options.toolVersion ? ` ${markdown_inlineCode(options.toolVersion, 40)}` : ''}`,
        `status: **${options.status}**`,
    ];
    if (options.headSha)
        facts.push(`commit ${markdown_inlineCode(options.headSha.slice(0, 12), 12)}`);
    return [
        `### ${STATUS_ICON[options.status]} ${toolName(options.tool)} ${options.title} for ${markdown_inlineCode(options.target, 120)}`,
        '',
        facts.join(' · '),
    ].join('\n');
}
function countsBlock(model, tool) {
    const c = model.counts;
    const extra = [
        `${c.replace} to replace`,
        `${c.import} to import`,
        `${c.move} to move`,
        `${c.forget} to forget`,
    ];
    if (c.read)
        extra.push(`${c.read} to read`);
    if (c.outputs)
        extra.push(plural(c.outputs, 'output change'));
    if (c.drift)
        extra.push(`${c.drift} changed outside ${toolName(tool)}`);
    const line = model.summaryLine.startsWith('Plan: ') ? planLine(c, tool) : model.summaryLine;
    return `**${line}**\n\n${extra.join(' · ')}`;
}
function describe(r) {
    const addr = markdown_inlineCode(r.deposed ? `${r.address} (deposed ${r.deposed})` : r.address);
    if (r.action !== 'replace')
        return addr;
    if (r.forgetsPrevious)
        return `${addr} (replace, old object kept)`;
    return `${addr} (${r.replaceOrder === 'create-first' ? 'create before destroy' : 'destroy before create'})`;
}
/** The `[!CAUTION]` alert naming what is destroyed or replaced, capped at `cap` addresses. */
function destroyWarning(model, cap) {
    const doomed = model.resources.filter((r) => isShownChange(r) &&
        ((r.action === 'delete' && r.mode === 'managed') ||
            (r.action === 'replace' && !r.forgetsPrevious)));
    if (doomed.length === 0)
        return '';
    const destroys = doomed.filter((r) => r.action === 'delete').length;
    const replaces = doomed.length - destroys;
    const what = [
        destroys ? `destroys **${destroys}**` : '',
        replaces ? `replaces **${replaces}**` : '',
    ]
        .filter(Boolean)
        .join(' and ');
    const lines = [
        '> [!CAUTION]',
        `> This plan ${what} ${doomed.length === 1 ? 'resource' : 'resources'}:`,
    ];
    for (const r of doomed.slice(0, cap))
        lines.push(`> - ${describe(r)}${r.action === 'delete' ? ' (destroy)' : ''}`);
    if (doomed.length > cap)
        lines.push(`> - … and ${doomed.length - cap} more`);
    return lines.join('\n');
}
function erroredWarning(model) {
    if (!model.errored)
        return '';
    return [
        '> [!CAUTION]',
        '> **Planning failed.** The tool reported an error while planning; this plan is incomplete and cannot be applied.',
    ].join('\n');
}
const listCache = new WeakMap();
/** Resource addresses grouped by action (computed once per model: both forms use them). */
function resourceLists(model) {
    let lists = listCache.get(model);
    if (!lists) {
        lists = groupResources(model);
        listCache.set(model, lists);
    }
    return lists;
}
const importItem = (r) => `${markdown_inlineCode(r.address)}${r.importing?.id !== undefined ? ` (id ${markdown_inlineCode(r.importing.id, 120)})` : ''}`;
const moveItem = (r) => `${markdown_inlineCode(r.previousAddress ?? '')} → ${markdown_inlineCode(r.address)}`;
/** In the order a reviewer should read them: what is lost first. */
function groupResources(model) {
    const groups = {
        Replace: [],
        Destroy: [],
        Create: [],
        Update: [],
        Import: [],
        Move: [],
        Forget: [],
        Read: [],
    };
    const byAction = {
        replace: 'Replace',
        delete: 'Destroy',
        create: 'Create',
        update: 'Update',
        forget: 'Forget',
        read: 'Read',
        'no-op': '',
    };
    for (const r of model.resources) {
        if (!isShownChange(r))
            continue;
        groups[byAction[r.action]]?.push(r);
        if (r.importing)
            groups.Import?.push(r);
        if (r.previousAddress)
            groups.Move?.push(r);
    }
    return Object.entries(groups).map(([title, changes]) => lazyList(title, changes, title === 'Import' ? importItem : title === 'Move' ? moveItem : describe));
}
function resourcesSection(model, budget, measure) {
    const lists = resourceLists(model);
    if (lists.every((l) => l.length === 0))
        return '';
    const head = '#### Resources\n\n';
    return head + fitLists(lists, budget - measure(head), measure);
}
/** Failed checks as a warning alert, checks not yet known as a note. */
function checksSection(model, budget, measure) {
    if (model.checks.length === 0)
        return '';
    const items = (status) => model.checks
        .filter((c) => status.includes(c.status))
        .flatMap((c) => {
        const messages = c.instances.flatMap((i) => i.messages.map((m) => `${markdown_inlineCode(i.address)}: ${inlineText(m)}`));
        return messages.length ? messages : [`${markdown_inlineCode(c.address)} (${c.status})`];
    });
    const failed = items(['fail', 'error']);
    const unknown = items(['unknown']);
    const lists = [
        itemList('Failed checks', failed),
        itemList('Checks known only after apply', unknown),
    ];
    const body = fitLists(lists, budget - 40, measure);
    const prefix = failed.length ? '> [!WARNING]\n' : '> [!NOTE]\n';
    return (prefix +
        body
            .split('\n')
            .map((l) => `> ${l}`.trimEnd())
            .join('\n'));
}
function diagnosticLines(d) {
    const lines = [`${d.severity === 'error' ? 'Error' : 'Warning'}: ${d.summary}`];
    const place = diagnosticPlace(d);
    if (place)
        lines.push(`  on ${place}`);
    if (d.address)
        lines.push(`  with ${d.address}`);
    if (d.snippet)
        lines.push(...d.snippet.split('\n').map((l) => `  ${l}`));
    if (d.detail)
        lines.push('', ...d.detail.split('\n'));
    return lines.map((l) => truncate(l, 1000));
}
/** Diagnostics, each a heading line and a code block (detail and snippet are untrusted). */
function diagnosticsBlock(diags, budget, measure) {
    const parts = [];
    let used = 0;
    for (let i = 0; i < diags.length; i++) {
        const d = diags[i];
        const place = diagnosticPlace(d);
        const title = `**${d.severity === 'error' ? 'Error' : 'Warning'}:** ${inlineText(d.summary)}${place ? ` (${markdown_inlineCode(place)})` : ''}`;
        let lines = diagnosticLines(d);
        let block = `${title}\n\n${codeBlock(lines, 'text')}`;
        if (used + measure(block) > budget && lines.length > 12) {
            lines = [...lines.slice(0, 10), `… ${lines.length - 10} lines omitted …`];
            block = `${title}\n\n${codeBlock(lines, 'text')}`;
        }
        if (used + measure(block) > budget) {
            parts.push(`… and ${diags.length - i} more`);
            break;
        }
        used += measure(block) + 2;
        parts.push(block);
    }
    return parts.join('\n\n');
}
function details(summary, body, open = false) {
    return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
function deferredSection(model, budget, measure) {
    if (model.deferred.length === 0)
        return '';
    const items = model.deferred.map((d) => `${markdown_inlineCode(d.change.address)} (${d.change.action}): ${inlineText(d.reason)}`);
    const body = fitLists([itemList('Deferred to a later plan', items)], budget - 120, measure);
    return details(`Deferred changes (${model.deferred.length})`, body);
}
/** A run link only for a plain http(s) URL; anything else is shown as inert code. */
function footer(options) {
    const bits = [];
    if (options.digest)
        bits.push(`plan digest ${markdown_inlineCode(options.digest.slice(0, 12), 12)}`);
    if (options.runUrl) {
        bits.push(/^https?:\/\/[^\s<>()[\]"'`\\]+$/.test(options.runUrl) && options.runUrl.length < 500
            ? `[workflow run](${options.runUrl})`
            : `run ${markdown_inlineCode(options.runUrl, 200)}`);
    }
    return bits.length ? `<sub>${bits.join(' · ')}</sub>` : '';
}

;// CONCATENATED MODULE: ./src/iac/render-failure.ts


/**
 * The review of a plan that could not be made: the error instead of a plan. Errors first, then
 * warnings, then the output tail; the same size limits as renderReview.
 */
function renderFailure(options) {
    const { limit, measure } = formLimit(options.form);
    const phase = options.phase.replace(/[^a-z0-9 -]/gi, '').slice(0, 40);
    const errors = options.diagnostics.filter((d) => d.severity === 'error');
    const warnings = options.diagnostics.filter((d) => d.severity === 'warning');
    for (let scale = 1; scale > 0.01; scale *= 0.75) {
        const fixed = [
            options.marker ?? '',
            header({ ...options, status: 'failed', title: `${phase} failed` }),
            options.note ?? '',
            [
                '> [!CAUTION]',
                `> \`${options.tool} ${phase}\` failed${errors.length ? ` with ${errors.length === 1 ? '1 error' : `${errors.length} errors`}` : ''}. Nothing was planned.`,
            ].join('\n'),
        ].filter(Boolean);
        const end = footer(options);
        let remaining = Math.floor(limit * scale) - measure(fixed.join('\n\n')) - measure(end) - 64;
        const sections = [];
        const add = (text) => {
            if (!text)
                return;
            sections.push(text);
            remaining -= measure(text) + 2;
        };
        if (errors.length)
            add(diagnosticsBlock(errors, Math.floor(remaining * 0.6), measure));
        if (warnings.length) {
            add(details(`Warnings (${warnings.length})`, diagnosticsBlock(warnings, Math.floor(remaining * 0.3) - 80, measure)));
        }
        if (options.outputTail?.trim()) {
            const lines = options.outputTail.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
            const fit = fitCodeBlock(lines, remaining - 120, measure, 'text', 'full output in the job log');
            add(details(`Output of ${options.tool} ${phase}`, fit.text, errors.length === 0));
        }
        const doc = [...fixed, ...sections, end].filter(Boolean).join('\n\n') + '\n';
        if (measure(doc) <= limit)
            return doc;
    }
    // Only an oversized marker or note gets here.
    const minimal = `${options.marker ?? ''}\n\n**${options.tool} ${phase} failed.** See the job log.\n`;
    return measure(minimal) <= limit ? minimal : `**${options.tool} ${phase} failed.**\n`;
}

;// CONCATENATED MODULE: ./src/iac/render.ts










const diffCache = new WeakMap();
/** The measured diff blocks of a model, computed once (the comment and the summary share them). */
function modelDiffs(model) {
    let cached = diffCache.get(model);
    if (!cached) {
        cached = {
            plan: countBlocks(model.resources.filter(isShownChange), 'plan'),
            drift: countBlocks(shownDrift(model), 'drift'),
            outputs: outputDiff(model.outputs),
        };
        diffCache.set(model, cached);
    }
    return cached;
}
/**
 * The review of a plan as one Markdown document: the PR comment (≤ 65,536 characters) or the
 * job summary (≤ 1 MiB). Header, counts and warnings always stay; lists and diffs shrink.
 */
function renderReview(model, options) {
    const { limit, measure } = formLimit(options.form);
    // Sections are sized from shares of the budget; if the assembled document still exceeds the
    // limit (many tiny items, long fences), shrink the budget and assemble again.
    for (let scale = 1; scale > 0.01; scale *= 0.75) {
        const doc = assemble(model, options, Math.floor(limit * scale), measure);
        if (measure(doc) <= limit)
            return doc;
    }
    // Only an oversized marker or note gets here: fall back to the counts alone.
    const minimal = [
        options.marker ?? '',
        `**${model.summaryLine}**`,
        `The review does not fit in ${options.form === 'comment' ? 'a comment' : 'a job summary'}.`,
    ].join('\n\n');
    return measure(minimal) <= limit ? `${minimal}\n` : `**${model.summaryLine}**\n`;
}
function assemble(model, options, budget, measure) {
    const comment = options.form === 'comment';
    const status = options.status ?? (model.errored ? 'failed' : model.hasChanges ? 'planned' : 'no-changes');
    const fixed = [
        options.marker ?? '',
        header({
            ...options,
            toolVersion: options.toolVersion ?? model.toolVersion,
            status,
            title: 'plan',
        }),
        options.note ?? '',
        erroredWarning(model),
        countsBlock(model, options.tool),
        destroyWarning(model, comment ? 20 : 200),
    ].filter(Boolean);
    const end = footer(options);
    let remaining = budget - measure(fixed.join('\n\n')) - measure(end) - 64;
    const sections = [];
    const add = (text) => {
        if (!text)
            return;
        sections.push(text);
        remaining -= measure(text) + 2;
    };
    const share = (fraction) => Math.max(0, Math.floor(remaining * fraction));
    add(resourcesSection(model, share(0.3), measure));
    add(checksSection(model, share(0.1), measure));
    if (options.diagnostics?.length) {
        const warnings = options.diagnostics.filter((d) => d.severity === 'warning');
        const body = diagnosticsBlock(warnings, share(0.1) - 80, measure);
        if (warnings.length)
            add(details(`Warnings (${warnings.length})`, body));
    }
    add(deferredSection(model, share(0.1), measure));
    const lines = modelDiffs(model);
    if (lines.outputs.length) {
        const fit = fitCodeBlock(lines.outputs, share(0.15) - 40, measure, 'diff', whereFull(comment));
        add(`#### Changes to outputs\n\n${fit.text}`);
    }
    const diffShare = lines.drift.totalLines ? 0.75 : 1;
    const planBudget = share(diffShare) - 120;
    if (lines.plan.totalLines) {
        const fit = fitDiff(lines.plan, planBudget, measure, whereFull(comment));
        const note = fit.omitted ? `, ${fit.omitted} omitted` : '';
        add(details(`Plan diff (${lines.plan.totalLines} lines${note})`, fit.text));
    }
    if (lines.drift.totalLines) {
        const fit = fitDiff(lines.drift, share(1) - 160, measure, whereFull(comment));
        add(details(`Changes outside ${toolName(options.tool)} (${model.counts.drift})`, `Objects changed outside ${toolName(options.tool)} since the last apply; the plan may undo or respond to them.\n\n${fit.text}`));
    }
    return [...fixed, ...sections, end].filter(Boolean).join('\n\n') + '\n';
}
function whereFull(comment) {
    return comment ? 'full plan in the job summary' : 'full plan in the plan artifact (plan.json)';
}
/** The short form of a digest as the review shows it. */
function shortDigest(digest) {
    return inlineCode(digest.slice(0, 12), 12);
}

;// CONCATENATED MODULE: ./src/iac/plan-output.ts






/**
 * Diagnostics from terraform's `-json` output, file paths made relative to `root` (the
 * repository, for annotations) — or to the working dir when it lies outside `root`.
 */
function collectDiagnostics(jsonText, dir, root) {
    const base = (0,external_node_path_.relative)(root, dir).startsWith('..') ? dir : root;
    return parseDiagnostics(jsonText).map((d) => d.file
        ? { ...d, file: relativePath(base, (0,external_node_path_.isAbsolute)(d.file) ? d.file : (0,external_node_path_.join)(dir, d.file)) }
        : d);
}
function relativePath(root, path) {
    const rel = (0,external_node_path_.relative)(root, (0,external_node_path_.resolve)(path));
    return rel === '' ? '.' : rel;
}
function failureFrom(phase, result) {
    const reason = result.stopped ?? (result.spawnError ? 'spawn-failed' : `${phase}-failed`);
    return { phase, reason, message: `${phase} failed: ${describeRun(result)}` };
}
async function writeFailure(input) {
    const { failure, diagnostics } = input;
    annotate(input.log, diagnostics);
    const render = (form) => renderFailure({
        target: input.target,
        tool: input.tool,
        phase: failure.phase,
        toolVersion: input.toolVersion,
        diagnostics,
        outputTail: outputTail(input.result.output, form === 'comment' ? 40 : 400),
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
        planFile: PLAN_FILE,
        planSha256: input.planSha256,
        workingDir: relativePath(input.root, input.dir),
        workspace: input.workspace,
        lockFileSha256: input.lockFileSha256,
        varFiles: [...(options.varFiles ?? [])],
        ...(options.commitSha ? { commitSha: options.commitSha } : {}),
        createdAt: input.createdAt,
        counts: { ...model.counts },
    };
    const render = (form) => renderReview(model, {
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
        writeManifest(input.outDir, manifest),
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
        files: [(0,external_node_path_.join)(input.outDir, PLAN_FILE), manifestFile, ...texts],
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
    PLAN_FILE,
    'plan.json',
    MANIFEST_FILE,
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
    if (!(await isDirectory(dir))) {
        throw new errors/* UserError */.yo(`Working directory ${options.dir} does not exist.`, {
            reason: 'bad-input',
        });
    }
    const root = (0,external_node_path_.resolve)(options.root ?? process.cwd());
    const outDir = (0,external_node_path_.resolve)(options.out ?? (0,external_node_path_.join)(dir, '.gantry'));
    const planFile = (0,external_node_path_.join)(outDir, PLAN_FILE);
    const extraInit = flags(options.initArgs, 'init-args');
    const extraPlan = flags(options.planArgs, 'plan-args');
    const workspace = options.workspace || (await currentWorkspace(dir, options));
    const wsArgs = options.workspace ? workspaceArgs(options.workspace) : undefined;
    const planCommand = planArgs({
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
    const choice = await chooseToolFor({
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
    const run = (args, echo) => runTool({
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
    const versionPromise = toolVersion(choice, {
        exec: deps.exec,
        cwd: dir,
        ...(options.env ? { env: options.env } : {}),
        ...(options.baseEnv ? { baseEnv: options.baseEnv } : {}),
    });
    versionPromise.catch(() => undefined);
    const init = await deps.log.group(`${choice.tool} init`, () => run(initArgs({ backendConfig: options.backendConfig, extra: extraInit, json: true }), 'json'));
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
    const hashes = Promise.all([sha256File(planFile), lockFileSha256(dir)]);
    hashes.catch(() => undefined);
    const show = await run(showArgs(planFile), 'none');
    if (show.exitCode !== 0)
        return fail('show', show, warnings);
    const planDoc = JSON.parse(show.stdout);
    const model = parsePlan(planDoc);
    const digest = planDigest(model);
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
    return typeof value === 'string' ? splitFlags(value, what) : [...value];
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

;// CONCATENATED MODULE: ./src/plan-job/check.ts
/**
 * Checks that need the file system or the event, run before any tool starts: one clear
 * UserError for the first problem.
 */




async function checkBeforeRun(inputs, context, workspaceRoot) {
    const dir = (0,external_node_path_.resolve)(workspaceRoot, inputs.workingDirectory || '.');
    if (!(await isDirectory(dir))) {
        throw new errors/* UserError */.yo(`working-directory '${inputs.workingDirectory}' does not exist in the checkout.`, {
            reason: 'bad-input',
            hint: 'Check the path (relative to the repository root) and that actions/checkout ran first.',
        });
    }
    // Flags are split again when the tool runs; splitting now reports bad quoting before any install.
    splitFlags(inputs.initArgs, 'init-args');
    splitFlags(inputs.planArgs, 'plan-args');
    for (const file of inputs.varFiles) {
        if (!(await exists((0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.resolve)(dir, file)))) {
            throw new errors/* UserError */.yo(`var-files: '${file}' does not exist (paths are relative to working-directory).`, {
                reason: 'bad-input',
            });
        }
    }
    if (inputs.comment !== 'off' && !context.pullRequest) {
        throw new errors/* UserError */.yo(`comment: ${inputs.comment} needs a pull request, but this run is a '${context.eventName || 'unknown'}' event.`, {
            reason: 'bad-input',
            hint: 'Run on pull_request, or set comment: off (the job summary still shows the plan).',
        });
    }
    if (inputs.comment !== 'off' && !inputs.githubToken) {
        throw new errors/* UserError */.yo('github-token is empty, so no comment can be posted.', {
            reason: 'bad-input',
            hint: 'Leave github-token at its default (${{ github.token }}) or set comment: off.',
        });
    }
    return dir;
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/iac/install.ts
/**
 * Install terraform or OpenTofu at an exact version: download the official release zip and its
 * SHA256SUMS, verify the checksum (a mismatch installs nothing), extract, cache (tool cache) and
 * return the binary. No wrapper script: the real binary goes on PATH.
 */





const RELEASES = {
    terraform: {
        env: 'GANTRY_TERRAFORM_RELEASES_URL',
        base: 'https://releases.hashicorp.com/terraform',
    },
    tofu: {
        env: 'GANTRY_TOFU_RELEASES_URL',
        base: 'https://github.com/opentofu/opentofu/releases/download',
    },
};
const OS = {
    linux: 'linux',
    darwin: 'darwin',
    win32: 'windows',
    freebsd: 'freebsd',
};
const ARCH = { x64: 'amd64', arm64: 'arm64', arm: 'arm', ia32: '386' };
/** Where the release of `tool` at `version` lives (pure). */
function releaseFiles(tool, version, env = {}, platform = process.platform, arch = process.arch) {
    const os = OS[platform];
    const cpu = ARCH[arch];
    if (!os || !cpu) {
        throw new errors/* UserError */.yo(`No ${tool} release exists for ${platform}/${arch}.`, {
            reason: 'tool-missing',
        });
    }
    const base = (env[RELEASES[tool].env] || RELEASES[tool].base).replace(/\/+$/, '');
    const zipName = `${tool}_${version}_${os}_${cpu}.zip`;
    const dir = tool === 'tofu' ? `${base}/v${version}` : `${base}/${version}`;
    return { zipUrl: `${dir}/${zipName}`, sumsUrl: `${dir}/${tool}_${version}_SHA256SUMS`, zipName };
}
/** The expected SHA-256 of `file` in a SHA256SUMS text, or undefined. */
function expectedSum(sums, file) {
    for (const line of sums.split('\n')) {
        const m = /^([0-9a-f]{64})\s+\*?(\S+)\s*$/i.exec(line.trim());
        if (m && m[2] === file)
            return m[1]?.toLowerCase();
    }
    return undefined;
}
async function sha256Of(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}
/** The directory holding the binary of `tool` at `version`, installing it when not cached. */
async function installTool(request, deps) {
    const { tool, version } = request;
    const exe = process.platform === 'win32' ? `${tool}.exe` : tool;
    const found = await deps.cache.find(tool, version);
    if (found)
        return { dir: found, bin: (0,external_node_path_.join)(found, exe), cached: true };
    const files = releaseFiles(tool, version, request.env ?? process.env);
    deps.log.info(`Downloading ${tool} ${version} from ${files.zipUrl}`);
    const download = async (url) => {
        try {
            return await deps.cache.downloadTool(url);
        }
        catch (error) {
            throw new errors/* UserError */.yo(`Could not download ${url}: ${error.message}`, {
                reason: 'tool-download-failed',
                hint: `Check that ${tool} ${version} exists (tool-version input or the version files).`,
            });
        }
    };
    const [zip, sumsFile] = await Promise.all([download(files.zipUrl), download(files.sumsUrl)]);
    const expected = expectedSum(await (0,promises_.readFile)(sumsFile, 'utf8'), files.zipName);
    if (!expected) {
        throw new errors/* UserError */.yo(`${files.sumsUrl} lists no checksum for ${files.zipName}; nothing installed.`, {
            reason: 'checksum-mismatch',
        });
    }
    const actual = await sha256Of(zip);
    if (actual !== expected) {
        throw new errors/* UserError */.yo(`Checksum mismatch for ${files.zipName}: SHA256SUMS says ${expected}, the download is ${actual}; nothing installed.`, {
            reason: 'checksum-mismatch',
            hint: 'The download or the release mirror was tampered with or corrupted.',
        });
    }
    const extracted = await deps.cache.extractZip(zip);
    const dir = await deps.cache.cacheDir(extracted, tool, version);
    deps.log.info(`Installed ${tool} ${version} (SHA-256 verified) in ${dir}`);
    return { dir, bin: (0,external_node_path_.join)(dir, exe), cached: false };
}

;// CONCATENATED MODULE: ./src/iac/install-version.ts
/**
 * Which tool version a directory wants: the `tool-version` input, else `.terraform-version` /
 * `.opentofu-version`, else `required_version` in the *.tf files. Pure apart from reading files.
 */




const VERSION_FILES = {
    terraform: '.terraform-version',
    tofu: '.opentofu-version',
};
/** terraform constraint syntax (`~> 1.5`, `>= 1.2, < 2`, `= 1.11.4`) → an npm semver range. */
function constraintToRange(constraint) {
    const parts = constraint
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean);
    const ranges = [];
    for (const part of parts) {
        const m = /^(~>|>=|<=|!=|>|<|=)?\s*v?(\d+(?:\.\d+){0,2}(?:-[0-9A-Za-z.-]+)?)$/.exec(part);
        if (!m)
            return undefined;
        const op = m[1] ?? '=';
        const version = m[2] ?? '';
        if (op === '~>') {
            // ~> 1.5 allows 1.x ≥ 1.5; ~> 1.5.2 allows 1.5.x ≥ 1.5.2 (the rightmost part moves).
            const pieces = version.split('.');
            ranges.push(pieces.length >= 3 ? `~${version}` : `^${semver_default().coerce(version)?.version ?? version}`);
        }
        else if (op === '!=') {
            ranges.push(`<${version} || >${version}`);
        }
        else {
            ranges.push(`${op === '=' ? '' : op}${version}`);
        }
    }
    const range = ranges.join(' ');
    return semver_default().validRange(range) ? range : undefined;
}
function classify(text, source) {
    const value = text.trim().replace(/^v/, '');
    if (semver_default().valid(value))
        return { kind: 'exact', value, source };
    const exact = /^=\s*v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/.exec(value)?.[1];
    if (exact)
        return { kind: 'exact', value: exact, source };
    const range = constraintToRange(value);
    if (!range) {
        throw new errors/* UserError */.yo(`${source} holds "${text.trim()}", which is not a version or a version constraint.`, {
            reason: 'bad-input',
            hint: 'Use an exact version such as 1.11.4, or a constraint such as ">= 1.5.0".',
        });
    }
    return { kind: 'constraint', value: range, source };
}
/** The `required_version` of the `terraform {}` block in one file's text, if any. */
function requiredVersionIn(text) {
    const block = /\bterraform\s*\{([\s\S]*?)^\}/m.exec(text)?.[1];
    return block ? /^\s*required_version\s*=\s*"([^"]*)"/m.exec(block)?.[1] : undefined;
}
/** The version `dir` wants for `tool`, or undefined when nothing asks for one. */
async function wantedVersion(dir, tool, input) {
    if (input?.trim())
        return classify(input, 'the tool-version input');
    const files = await (0,promises_.readdir)(dir);
    const versionFile = VERSION_FILES[tool];
    if (files.includes(versionFile)) {
        const line = (await (0,promises_.readFile)((0,external_node_path_.join)(dir, versionFile), 'utf8')).split('\n')[0] ?? '';
        if (line.trim() && line.trim() !== 'latest')
            return classify(line, versionFile);
    }
    for (const file of files.filter((f) => f.endsWith('.tf') || f.endsWith('.tofu')).sort()) {
        const required = requiredVersionIn(await (0,promises_.readFile)((0,external_node_path_.join)(dir, file), 'utf8'));
        if (required)
            return classify(required, `required_version in ${file}`);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/plan-job/tool-step.ts
/**
 * The install step: make sure the binary that will plan is the version the directory asks for.
 * Exact versions (tool-version input, .terraform-version, `required_version = "1.11.4"`) are
 * installed when the binary on PATH differs; constraints are checked against it.
 */






async function toolForInstall(dir, option) {
    if (option !== 'auto')
        return option;
    const files = await (0,promises_.readdir)(dir);
    return files.includes('.opentofu-version') || files.some((f) => f.endsWith('.tofu'))
        ? 'tofu'
        : 'terraform';
}
async function prepareTool(request, deps) {
    let choice;
    try {
        choice = await chooseToolFor({ dir: request.dir, tool: request.tool, baseEnv: request.env });
    }
    catch (error) {
        if (!(0,errors/* isUserError */.iU)(error) || error.reason !== 'tool-missing')
            throw error;
    }
    const tool = choice?.tool ?? (await toolForInstall(request.dir, request.tool));
    const wanted = await wantedVersion(request.dir, tool, request.toolVersion);
    const current = choice
        ? await toolVersion(choice, { exec: deps.exec, cwd: request.dir, baseEnv: request.env }).catch(() => undefined)
        : undefined;
    if (!wanted) {
        if (!choice)
            await chooseToolFor({ dir: request.dir, tool: request.tool, baseEnv: request.env });
        deps.log.info(`Using ${tool} ${current ?? ''} at ${choice?.bin} (no version asked for).`);
        return {
            tool,
            ...(choice ? { bin: choice.bin } : {}),
            ...(current ? { version: current } : {}),
            installed: false,
        };
    }
    if (wanted.kind === 'constraint') {
        if (current && semver_default().satisfies(current, wanted.value)) {
            deps.log.info(`Using ${tool} ${current} at ${choice?.bin}: satisfies ${wanted.source} (${wanted.value}).`);
            return { tool, bin: choice?.bin ?? tool, version: current, installed: false };
        }
        throw new errors/* UserError */.yo(`${wanted.source} asks for ${tool} ${wanted.value}, but ${current ? `${choice?.bin} is ${current}` : `${tool} is not installed`}.`, {
            reason: 'tool-version-mismatch',
            hint: 'Set the tool-version input to an exact version to install it.',
        });
    }
    if (current === wanted.value && choice) {
        deps.log.info(`Using ${tool} ${current} at ${choice.bin} (${wanted.source}).`);
        return { tool, bin: choice.bin, version: current, installed: false };
    }
    deps.log.info(`${wanted.source} asks for ${tool} ${wanted.value}; ${current ? `PATH has ${current}` : 'none on PATH'}: installing.`);
    const installed = await installTool({ tool, version: wanted.value, env: request.env }, { cache: deps.cache, log: deps.log });
    deps.addPath(installed.dir);
    return { tool, bin: installed.bin, version: wanted.value, installed: true };
}

;// CONCATENATED MODULE: ./src/plan-job/job.ts
/**
 * The plan job, as the plan action runs it on a pull request:
 *  1. check    — inputs, directory, var files, the event (before any tool runs)
 *  2. install  — the tool version the directory asks for (tool cache, checksum verified)
 *  3. plan     — init, workspace, plan, show -json, model, digest (src/iac/plan-run.ts)
 *  4. render   — the comment with its marker (target, digest, head SHA, status)
 *  5. summary  — the full review in the job summary, always
 *  6. comment  — the living comment (update / changes-only / new / off); never fails the job
 *  7. upload   — plan file, plan JSON and manifest as one artifact named from the target
 */









/** `examples/stacks/network`, plus `/staging` in a non-default workspace; the repo name for `.`. */
function defaultTarget(workspaceRoot, dir, workspace, repo) {
    const path = (0,external_node_path_.relative)(workspaceRoot, dir).split('\\').join('/') || repo;
    return workspace && workspace !== 'default' ? `${path}/${workspace}` : path;
}
// Reserved in the rendered comment, then replaced by the real marker once the digest and status
// are known. As long as the longest real marker, so the size the renderer fitted stays right.
function placeholderFor(tool, target, sha) {
    const longest = formatMarker({ tool, target, digest: 'f'.repeat(64), sha, status: 'no-changes' });
    return `<!-- gantry:pending ${'x'.repeat(Math.max(0, longest.length - 25))} -->`;
}
async function runPlanJob(inputs, ports) {
    const { log, context } = ports;
    // 1. check
    const dir = await checkBeforeRun(inputs, context, ports.workspaceRoot);
    const target = inputs.targetName || defaultTarget(ports.workspaceRoot, dir, inputs.workspace, context.repo);
    const targetId = slug(target);
    // 2. install
    const tool = await log.group('install', () => prepareTool({ dir, tool: inputs.tool, toolVersion: inputs.toolVersion, env: ports.env }, { exec: ports.exec, log, cache: ports.toolCache, addPath: ports.addPath }));
    // 3. plan (planTarget groups init and plan itself)
    const placeholder = placeholderFor(tool.tool, target, context.sha);
    const outcome = await planTarget({
        dir,
        out: (0,external_node_path_.join)((0,external_node_path_.resolve)(ports.tempDir), 'gantry-plan', targetId),
        root: ports.workspaceRoot,
        tool: tool.tool,
        bin: tool.bin,
        baseEnv: ports.env,
        varFiles: inputs.varFiles,
        vars: inputs.variables,
        backendConfig: inputs.backendConfig,
        initArgs: inputs.initArgs,
        planArgs: inputs.planArgs,
        workspace: inputs.workspace || undefined,
        targetName: target,
        commitSha: context.sha,
        marker: placeholder,
        runUrl: context.runUrl,
    }, { exec: ports.exec, log, signal: ports.signal });
    // 4. render: the real marker in the comment; none in the summary
    const { comment, summary } = await log.group('render', async () => {
        const marker = formatMarker({
            tool: outcome.tool,
            target,
            ...(outcome.digest ? { digest: outcome.digest } : {}),
            sha: context.sha,
            status: outcome.status,
        });
        log.info(`${target}: ${outcome.model?.summaryLine ?? outcome.failure?.message ?? outcome.status}`);
        const texts = {
            comment: outcome.comment.replace(placeholder, marker),
            summary: outcome.summary.replace(placeholder, '').replace(/^\s+/, ''),
        };
        await rewrite(outcome, texts);
        return texts;
    });
    // 5. summary, always
    await writeSummary(ports.summary, summary);
    // 6. comment
    const published = await log.group('comment', () => postComment(inputs, ports, target, outcome, comment));
    // 7. upload
    const artifactName = await upload(inputs, ports, outcome, targetId);
    return { outcome, comment: published, ...(artifactName ? { artifactName } : {}) };
}
/** Keep comment.md and summary.md in the plan folder equal to what was posted. */
async function rewrite(outcome, texts) {
    for (const [name, text] of [
        ['comment.md', texts.comment],
        ['summary.md', texts.summary],
    ]) {
        const file = (0,external_node_path_.join)(outcome.outDir, name);
        if (outcome.files.includes(file))
            await (0,promises_.writeFile)(file, text);
    }
}
async function postComment(inputs, ports, target, outcome, body) {
    const pr = ports.context.pullRequest;
    if (inputs.comment === 'off' || !pr) {
        ports.log.info('Commenting is off (comment: off); the plan is in the job summary.');
        return { outcome: 'skipped', message: 'Commenting is off.', minimized: 0, warnings: [] };
    }
    const result = await publishComment(ports.github(inputs.githubToken), {
        repo: { owner: ports.context.owner, repo: ports.context.repo },
        issue: pr.number,
        target,
        mode: inputs.comment,
        body,
        // A failed plan is news for the reviewer too: changes-only still posts it.
        hasChanges: outcome.status !== 'no-changes',
    });
    if (result.outcome === 'forbidden' || result.outcome === 'failed')
        ports.log.warn(result.message);
    else
        ports.log.info(result.message);
    for (const warning of result.warnings)
        ports.log.warn(warning);
    return result;
}
async function upload(inputs, ports, outcome, targetId) {
    if (!inputs.uploadPlan || outcome.status === 'failed')
        return undefined;
    const name = planArtifactName(targetId);
    if (!ports.artifacts) {
        ports.log.warn(`upload-plan: the runner offers no artifact service (ACTIONS_RUNTIME_TOKEN is not set), so '${name}' was not uploaded. The plan folder is ${outcome.outDir}.`);
        return undefined;
    }
    const artifacts = ports.artifacts;
    return ports.log.group('upload', async () => {
        const result = await artifacts.upload(name, outcome.files, outcome.outDir);
        ports.log.info(`Uploaded artifact ${name} (${outcome.files.length} files${result.size ? `, ${result.size} bytes` : ''}).`);
        return name;
    });
}


/***/ })

};
