export const id = 601;
export const ids = [601];
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

/***/ 24601:
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
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
;// CONCATENATED MODULE: ./src/image/context.ts
// The event context tag rules are evaluated against: built once, from the runner's env and the
// webhook payload (or from CLI flags), validated at the boundary with zod.


const commitSchema = schemas/* object */.Ikc({ id: schemas/* string */.YjP(), timestamp: schemas/* string */.YjP() });
const payloadSchema = schemas/* object */.Ikc({
    number: schemas/* number */.aig().optional(),
    base_ref: schemas/* string */.YjP().nullish(),
    commits: schemas/* array */.YOg(commitSchema).nullish(),
    head_commit: commitSchema.nullish(),
    pull_request: schemas/* object */.Ikc({
        head: schemas/* object */.Ikc({ sha: schemas/* string */.YjP().optional() }).optional(),
        base: schemas/* object */.Ikc({ ref: schemas/* string */.YjP().optional() }).optional(),
    })
        .optional(),
    repository: schemas/* object */.Ikc({
        name: schemas/* string */.YjP().optional(),
        full_name: schemas/* string */.YjP().optional(),
        description: schemas/* string */.YjP().nullish(),
        html_url: schemas/* string */.YjP().optional(),
        default_branch: schemas/* string */.YjP().optional(),
        license: schemas/* object */.Ikc({ spdx_id: schemas/* string */.YjP().nullish() }).nullish(),
    })
        .optional(),
});
function parsePayload(raw) {
    const parsed = payloadSchema.safeParse(raw ?? {});
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new errors/* UserError */.yo(`The event payload has an unexpected shape at '${issue?.path.join('.')}': ${issue?.message}.`, { reason: 'invalid-event' });
    }
    return parsed.data;
}
function buildRefContext(input) {
    const payload = parsePayload(input.payload);
    let ref = input.ref;
    let sha = input.sha;
    // pull_request_target runs on the base branch; its GITHUB_REF is the base branch, but the tags
    // must name the PR (metadata-action does the same).
    if (/pull_request_target/.test(input.eventName) && payload.number !== undefined) {
        ref = `refs/pull/${payload.number}/merge`;
    }
    if (input.prHeadSha && /pull_request/.test(input.eventName) && payload.pull_request?.head?.sha) {
        sha = payload.pull_request.head.sha;
    }
    const repo = payload.repository ?? {};
    return {
        eventName: input.eventName,
        ref,
        sha,
        commitDate: input.commitDate ?? commitDateFromPayload(payload, sha),
        repository: {
            name: repo.name ?? '',
            description: repo.description ?? '',
            htmlUrl: repo.html_url ?? '',
            license: repo.license?.spdx_id ?? '',
            defaultBranch: input.defaultBranch ?? repo.default_branch ?? '',
        },
        payload,
    };
}
/** The commit's timestamp from a push payload (`commits[]` or `head_commit` matching `sha`). */
function commitDateFromPayload(payload, sha) {
    const found = payload.commits?.find((c) => c.id === sha)?.timestamp ??
        (payload.head_commit?.id === sha ? payload.head_commit.timestamp : undefined);
    if (!found)
        return undefined;
    const date = new Date(found);
    return Number.isNaN(date.getTime()) ? undefined : date;
}
const refKind = (ref) => ref.startsWith('refs/heads/')
    ? 'branch'
    : ref.startsWith('refs/tags/')
        ? 'tag'
        : ref.startsWith('refs/pull/')
            ? 'pr'
            : 'other';
const branchName = (ref) => refKind(ref) === 'branch' ? ref.slice('refs/heads/'.length) : '';
const tagName = (ref) => refKind(ref) === 'tag' ? ref.slice('refs/tags/'.length) : '';
const prNumber = (ref) => refKind(ref) === 'pr' ? ref.slice('refs/pull/'.length).replace(/\/merge$/, '') : '';

;// CONCATENATED MODULE: ./src/image/commit-date.ts
// Last resort for the commit time: GET /repos/{owner}/{repo}/commits/{ref} (committer date).
// Used when neither the event payload nor a local checkout knows the commit.
async function apiCommitDate(req, fetchImpl = fetch) {
    if (!req.apiUrl || !req.repo || !req.sha || !req.token)
        return undefined;
    try {
        const res = await fetchImpl(`${req.apiUrl}/repos/${req.repo}/commits/${req.sha}`, {
            headers: {
                accept: 'application/vnd.github+json',
                authorization: `Bearer ${req.token}`,
                'x-github-api-version': '2022-11-28',
            },
            signal: AbortSignal.timeout(10_000),
        });
        if (!res.ok)
            return undefined;
        const body = (await res.json());
        const date = new Date(body.commit?.committer?.date ?? '');
        return Number.isNaN(date.getTime()) ? undefined : date;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/image/credentials.ts
// Credentials a previous step stored (docker/login-action, `docker login`, `buildah login`), so
// the digest check can read a private registry the action itself did not log in to. Only inline
// `auths.<host>.auth` entries are read; credential helpers (credsStore) are not run.



/** The files the builders keep logins in, in the order they consult them. */
function authFiles(env) {
    const files = [];
    if (env.REGISTRY_AUTH_FILE)
        files.push(env.REGISTRY_AUTH_FILE);
    if (env.XDG_RUNTIME_DIR)
        files.push((0,external_node_path_.join)(env.XDG_RUNTIME_DIR, 'containers/auth.json'));
    files.push((0,external_node_path_.join)(env.DOCKER_CONFIG ?? (0,external_node_path_.join)(env.HOME ?? (0,external_node_os_.homedir)(), '.docker'), 'config.json'));
    return files;
}
const hostKeys = (registry) => registry === 'docker.io'
    ? ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io']
    : [registry, `https://${registry}`, `http://${registry}`];
async function storedCredentials(registry, files) {
    for (const file of files) {
        let auths;
        try {
            auths = JSON.parse(await (0,promises_.readFile)(file, 'utf8')).auths;
        }
        catch {
            continue; // missing or unreadable: try the next file
        }
        for (const key of hostKeys(registry)) {
            const encoded = auths?.[key]?.auth;
            if (!encoded)
                continue;
            const decoded = Buffer.from(encoded, 'base64').toString('utf8');
            const at = decoded.indexOf(':');
            if (at > 0)
                return { username: decoded.slice(0, at), password: decoded.slice(at + 1) };
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/image/git.ts
/** `git log -1 --format=%cI <sha>`; undefined outside a repository or for an unknown commit. */
async function gitCommitDate(exec, cwd, sha) {
    const r = await exec({
        command: 'git',
        args: ['log', '-1', '--format=%cI', sha || 'HEAD'],
        cwd,
        timeoutMs: 15_000,
    });
    if (r.exitCode !== 0)
        return undefined;
    const date = new Date(r.stdout.trim());
    return Number.isNaN(date.getTime()) ? undefined : date;
}
/** `git tag --list`: the releases `latest=highest` compares against. */
async function gitTags(exec, cwd) {
    const r = await exec({ command: 'git', args: ['tag', '--list'], cwd, timeoutMs: 15_000 });
    if (r.exitCode !== 0)
        return [];
    return r.stdout
        .split('\n')
        .map((t) => t.trim())
        .filter(Boolean);
}

;// CONCATENATED MODULE: ./src/image/existing.ts
// Where `latest=highest` learns which releases exist: the registry's tag list, or `git tag`.


const EXISTING_SOURCES = ['registry', 'git', 'none'];
function parseExistingSource(value) {
    const v = (value || 'git').trim();
    if (!EXISTING_SOURCES.includes(v)) {
        throw new errors/* UserError */.yo(`existing-tags-from must be registry, git or none, not '${value}'.`, {
            reason: 'invalid-input',
        });
    }
    return v;
}
async function existingTags(source, images, deps) {
    if (source === 'none')
        return [];
    if (source === 'git')
        return gitTags(deps.exec, deps.cwd);
    const all = new Set();
    for (const image of images) {
        for (const tag of await deps.registry.listTags(image, await deps.auth(image)))
            all.add(tag);
    }
    return [...all];
}

// EXTERNAL MODULE: ./node_modules/handlebars/lib/index.js
var lib = __webpack_require__(88508);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
// EXTERNAL MODULE: ./node_modules/moment-timezone/index.js
var moment_timezone = __webpack_require__(79856);
var moment_timezone_default = /*#__PURE__*/__webpack_require__.n(moment_timezone);
;// CONCATENATED MODULE: ./src/image/expressions.ts
// metadata-action's global expressions for `prefix`, `suffix`, `value`, `enable` and labels:
// {{branch}} {{tag}} {{sha}} {{base_ref}} {{is_default_branch}} {{is_not_default_branch}}
// {{date 'FORMAT' tz='Zone'}} {{commit_date 'FORMAT' tz='Zone'}}. Handlebars, HTML escaping kept
// (as metadata-action), moment-timezone for dates.




/** metadata-action's DOCKER_METADATA_SHORT_SHA_LENGTH (default 7). */
function shortShaLengthFrom(raw) {
    if (!raw)
        return 7;
    const n = Number(raw);
    if (!Number.isInteger(n) || n <= 0) {
        throw new errors/* UserError */.yo(`DOCKER_METADATA_SHORT_SHA_LENGTH is not a valid number: ${raw}.`, {
            reason: 'invalid-input',
        });
    }
    return n;
}
function shortSha(sha, length) {
    return length >= sha.length ? sha : sha.slice(0, length);
}
function dateHelper(date, what) {
    return (format, options) => {
        let tz = 'UTC';
        for (const [key, value] of Object.entries(options?.hash ?? {})) {
            if (key !== 'tz')
                throw new errors/* UserError */.yo(`Unknown ${key} attribute in {{${what}}}.`);
            tz = String(value);
        }
        if (!moment_timezone_default().tz.zone(tz)) {
            throw new errors/* UserError */.yo(`Unknown time zone '${tz}' in {{${what}}}.`, {
                reason: 'invalid-tags',
                hint: "Use an IANA zone name such as tz='Europe/Paris'.",
            });
        }
        return moment_timezone_default()(date)
            .tz(tz)
            .format(typeof format === 'string' ? format : undefined);
    };
}
function isDefaultBranch(ctx) {
    const branch = ctx.ref.replace(/^refs\/heads\//, '');
    if (!branch)
        return false;
    if (ctx.repository.defaultBranch && ctx.repository.defaultBranch === branch)
        return true;
    // These events always run on the last commit of the default branch.
    return /create|discussion|issues|schedule/.test(ctx.eventName);
}
/** The data object handed to every template. */
function expressionData(ctx, opts) {
    const isDefault = isDefaultBranch(ctx);
    return {
        branch: () => branchName(ctx.ref),
        tag: () => tagName(ctx.ref),
        sha: () => shortSha(ctx.sha, opts.shortShaLength),
        base_ref: () => {
            if (refKind(ctx.ref) === 'tag' && ctx.payload.base_ref) {
                return ctx.payload.base_ref.replace(/^refs\/heads\//, '');
            }
            if (refKind(ctx.ref) === 'pr')
                return ctx.payload.pull_request?.base?.ref ?? '';
            return '';
        },
        is_default_branch: () => String(isDefault),
        is_not_default_branch: () => String(!isDefault),
        date: dateHelper(opts.now, 'date'),
        commit_date: dateHelper(ctx.commitDate ?? opts.now, 'commit_date'),
    };
}
const cache = new Map();
/** Renders one template against `data`; a template that does not parse or calls an unknown
 * helper is a user error (an unknown plain `{{name}}` renders empty, as in metadata-action). */
function render(template, data) {
    let compiled = cache.get(template);
    if (!compiled) {
        try {
            lib_default().parse(template);
        }
        catch (error) {
            throw new errors/* UserError */.yo(`Invalid expression in '${template}': ${firstLine(error)}.`, {
                reason: 'invalid-tags',
            });
        }
        compiled = lib_default().compile(template);
        cache.set(template, compiled);
    }
    try {
        return compiled(data);
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo)
            throw error;
        throw new errors/* UserError */.yo(`Cannot evaluate '${template}': ${firstLine(error)}.`, {
            reason: 'invalid-tags',
        });
    }
}
function firstLine(error) {
    const text = error instanceof Error ? error.message : String(error);
    return (text.split('\n')[0] ?? text).replace(/\.$/, '');
}
/** Evaluates a global expression (a `value`, `prefix`, `suffix`, `enable` or label). */
function evaluate(template, ctx, opts) {
    return render(template, expressionData(ctx, opts));
}

// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 9 modules
var sync = __webpack_require__(25175);
;// CONCATENATED MODULE: ./src/image/rules.ts
// The `tags:` / `flavor:` / `images:` grammar of docker/metadata-action: one CSV line of
// `key=value` fields per entry. Parsing is pure; every mistake is a UserError naming the line.


const TAG_TYPES = [
    'schedule',
    'semver',
    'pep440',
    'match',
    'edge',
    'ref',
    'raw',
    'sha',
];
const REF_EVENTS = ['branch', 'tag', 'pr'];
/** Default priorities: the highest rule that yields a value gives `version` and decides `latest`. */
const DEFAULT_PRIORITIES = {
    schedule: 1000,
    semver: 900,
    pep440: 900,
    match: 800,
    edge: 700,
    ref: 600,
    raw: 200,
    sha: 100,
};
/** metadata-action's rule set when `tags` is empty. */
const DEFAULT_TAG_RULES = [
    'type=schedule',
    'type=ref,event=branch',
    'type=ref,event=tag',
    'type=ref,event=pr',
];
/** Splits a multi-line input: trims, drops blank lines and `#` comment lines (not `#` inside). */
function inputLines(text) {
    return (text ?? '')
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l.length > 0 && !l.startsWith('#'));
}
function csvFields(line, what) {
    // Without quotes a CSV line is its comma-separated fields; csv-parse is ~60 µs a call.
    if (!line.includes('"'))
        return line.split(',');
    try {
        const rows = (0,sync/* parse */.qg)(line, { relaxColumnCount: true, skipEmptyLines: true });
        return (rows[0] ?? []).map(String);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`${what} entry is not valid CSV: ${line} (${error.message}).`, {
            reason: 'invalid-input',
            hint: 'Quote a field that contains a comma, e.g. "pattern=\\d{1,3}".',
        });
    }
}
const has = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
function bad(line, why) {
    return new errors/* UserError */.yo(`Invalid tags entry '${line}': ${why}.`, {
        reason: 'invalid-tags',
        hint: 'See the tag grammar in the publish action README (same as docker/metadata-action).',
    });
}
function parseTagRule(line) {
    const attrs = {};
    let type;
    for (const field of csvFields(line, 'tags')) {
        // Split on the first `=` only: values may contain `=` (e.g. a regex).
        const at = field.indexOf('=');
        if (at <= 0) {
            attrs.value = field.trim();
            continue;
        }
        const key = field.slice(0, at).trim().toLowerCase();
        const value = field.slice(at + 1).trim();
        if (key === 'type') {
            if (!TAG_TYPES.includes(value)) {
                throw bad(line, `unknown type '${value}' (valid: ${TAG_TYPES.join(', ')})`);
            }
            type = value;
        }
        else
            attrs[key] = value;
    }
    const t = type ?? 'raw';
    const defaults = (k, v) => {
        if (!has(attrs, k))
            attrs[k] = v;
    };
    switch (t) {
        case 'schedule':
            defaults('pattern', 'nightly');
            break;
        case 'semver':
        case 'pep440':
            if (!has(attrs, 'pattern'))
                throw bad(line, 'missing pattern attribute');
            defaults('value', '');
            defaults('match', '');
            break;
        case 'match':
            if (!has(attrs, 'pattern'))
                throw bad(line, 'missing pattern attribute');
            defaults('group', '0');
            if (Number.isNaN(Number(attrs.group)))
                throw bad(line, `invalid match group '${attrs.group}'`);
            defaults('value', '');
            break;
        case 'edge':
            defaults('branch', '');
            break;
        case 'ref':
            if (!has(attrs, 'event'))
                throw bad(line, 'missing event attribute (branch, tag or pr)');
            if (!REF_EVENTS.includes(attrs.event ?? '')) {
                throw bad(line, `invalid event '${attrs.event}' (valid: ${REF_EVENTS.join(', ')})`);
            }
            if (attrs.event === 'pr')
                defaults('prefix', 'pr-');
            break;
        case 'raw':
            if (!has(attrs, 'value'))
                throw bad(line, 'missing value attribute');
            break;
        case 'sha':
            defaults('prefix', 'sha-');
            defaults('format', 'short');
            if (!['short', 'long'].includes(attrs.format ?? '')) {
                throw bad(line, `invalid format '${attrs.format}' (valid: short, long)`);
            }
            break;
    }
    defaults('enable', 'true');
    const priority = has(attrs, 'priority') ? Number(attrs.priority) : DEFAULT_PRIORITIES[t];
    if (!Number.isFinite(priority))
        throw bad(line, `priority '${attrs.priority}' is not a number`);
    return { type: t, attrs, priority, line };
}
/** Parses the rules (the default set when empty) and orders them by priority, highest first;
 * equal priorities keep their written order (a stable sort, as metadata-action's). */
function parseTagRules(lines) {
    const source = lines.length ? lines : DEFAULT_TAG_RULES;
    return source.map(parseTagRule).sort((a, b) => b.priority - a.priority);
}
function parseFlavor(lines) {
    const flavor = {
        latest: 'auto',
        prefix: '',
        prefixLatest: false,
        suffix: '',
        suffixLatest: false,
    };
    const invalid = (line, why) => new errors/* UserError */.yo(`Invalid flavor entry '${line}': ${why}.`, {
        reason: 'invalid-flavor',
        hint: 'Valid: latest=auto|true|false|highest, prefix=<s>[,onlatest=true], suffix=<s>[,onlatest=true].',
    });
    for (const line of lines) {
        let onlatestFor = '';
        for (const field of csvFields(line, 'flavor')) {
            const at = field.indexOf('=');
            if (at <= 0)
                throw invalid(line, `'${field}' is not key=value`);
            const key = field.slice(0, at).trim().toLowerCase();
            const value = field.slice(at + 1).trim();
            if (key === 'latest') {
                if (!['auto', 'true', 'false', 'highest'].includes(value)) {
                    throw invalid(line, `latest must be auto, true, false or highest, not '${value}'`);
                }
                flavor.latest = value;
            }
            else if (key === 'prefix' || key === 'suffix') {
                flavor[key] = value;
                onlatestFor = key;
            }
            else if (key === 'onlatest') {
                if (!['true', 'false'].includes(value))
                    throw invalid(line, 'onlatest must be true or false');
                if (onlatestFor === 'prefix')
                    flavor.prefixLatest = value === 'true';
                if (onlatestFor === 'suffix')
                    flavor.suffixLatest = value === 'true';
            }
            else {
                throw invalid(line, `unknown key '${key}'`);
            }
        }
    }
    return flavor;
}

;// CONCATENATED MODULE: ./src/image/images.ts
// The `images:` input: `name/app`, or `name=name/app,enable=false` per line.


/** `images:` entries: `name/app`, or `name=name/app,enable=false`; a single CSV line of bare
 * names is also accepted (metadata-action's old format). Names are lower-cased. */
function parseImages(lines) {
    if (lines.length === 1) {
        const fields = csvFields(lines[0] ?? '', 'images');
        if (fields.every((f) => !f.includes('='))) {
            return fields
                .map((f) => f.trim())
                .filter(Boolean)
                .map((name) => checkImage(name, true));
        }
    }
    return lines.map((line) => {
        let name = '';
        let enable = true;
        for (const field of csvFields(line, 'images')) {
            const at = field.indexOf('=');
            if (at <= 0) {
                name = field.trim();
                continue;
            }
            const key = field.slice(0, at).trim().toLowerCase();
            const value = field.slice(at + 1).trim();
            if (key === 'name')
                name = value;
            else if (key === 'enable' && ['true', 'false'].includes(value))
                enable = value === 'true';
            else {
                throw new errors/* UserError */.yo(`Invalid images entry '${line}': unknown or bad '${key}'.`, {
                    reason: 'invalid-images',
                    hint: 'Write one image per line: name=<registry/name>[,enable=true|false].',
                });
            }
        }
        if (!name)
            throw new errors/* UserError */.yo(`Invalid images entry '${line}': empty name.`, {
                reason: 'invalid-images',
            });
        return checkImage(name, enable);
    });
}
function checkImage(raw, enable) {
    const name = raw.toLowerCase();
    // registry[:port]/path components of [a-z0-9] joined by . _ __ or -; no tag or digest here.
    const re = /^([a-z0-9.-]+(:[0-9]+)?\/)?[a-z0-9]+([._-]{1,2}[a-z0-9]+)*(\/[a-z0-9]+([._-]{1,2}[a-z0-9]+)*)*$/;
    if (!re.test(name)) {
        throw new errors/* UserError */.yo(`Invalid image name '${raw}'.`, {
            reason: 'invalid-images',
            hint: 'Use registry/namespace/name without a tag, e.g. ghcr.io/acme/app.',
        });
    }
    return { name, enable };
}

// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js + 4 modules
var pep440 = __webpack_require__(99687);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/image/versions.ts
// Version parsing for the semver / pep440 rules and for `latest=highest`.


/** A tag name is sanitised like metadata-action (runs of invalid characters become `-`), and
 * beyond it: at most 128 characters and no leading `.` or `-` (registries refuse both). */
function sanitizeTag(tag) {
    return tag
        .replace(/[^a-zA-Z0-9._-]+/g, '-')
        .replace(/^[.-]+/, '')
        .slice(0, 128);
}
/** Reads a git tag or registry tag as a version: semver first (a leading `v` is allowed, as
 * `semver.valid` does), then PEP 440. `undefined` for anything else (`latest`, `sha-…`, `1.2`). */
function readVersion(text) {
    const sv = semver_default().valid(text);
    if (sv)
        return { scheme: 'semver', version: sv, prerelease: semver_default().prerelease(sv) !== null };
    if (pep440.valid(text)) {
        const explained = pep440.explain(text);
        if (explained) {
            return {
                scheme: 'pep440',
                version: pep440.clean(text) ?? text,
                prerelease: explained.is_prerelease || explained.is_devrelease || explained.is_postrelease,
            };
        }
    }
    return undefined;
}
/** True when `candidate` is at least as high as every release (non pre-release) among
 * `existing` of the same scheme. Pre-releases and non-version tags in `existing` are ignored. */
function isHighestRelease(candidate, existing) {
    if (candidate.prerelease)
        return false;
    for (const tag of existing) {
        const other = readVersion(tag);
        if (!other || other.prerelease || other.scheme !== candidate.scheme)
            continue;
        const higher = candidate.scheme === 'semver'
            ? semver_default().gt(other.version, candidate.version)
            : pep440.gt(other.version, candidate.version);
        if (higher)
            return false;
    }
    return true;
}


;// CONCATENATED MODULE: ./src/image/rule-values.ts
// One tag rule against the event context: the value it yields (before sanitising), what
// `latest=auto` says for it, and the release it read. metadata-action's per-type semantics.





function isRawStatement(pattern) {
    try {
        const body = lib_default().parseWithoutProcessing(pattern).body;
        const first = body[0];
        return (body.length === 1 &&
            first?.type === 'MustacheStatement' &&
            first.path?.parts?.join('.') === 'raw');
    }
    catch {
        return false;
    }
}
/** A user's regular expression against `text`; an invalid one is a user error naming the rule. */
function safeMatch(text, make, rule) {
    let re;
    try {
        re = make();
    }
    catch (error) {
        throw new errors/* UserError */.yo(`Invalid regular expression in '${rule.line}': ${error.message}.`, {
            reason: 'invalid-tags',
        });
    }
    return text.match(re);
}
function ruleValue(rule, flavor, ctx, opts, warnings) {
    const expr = (t) => evaluate(t, ctx, opts);
    const affix = (value, rule) => {
        const has = (k) => Object.prototype.hasOwnProperty.call(rule.attrs, k);
        const prefix = has('prefix')
            ? expr(rule.attrs.prefix ?? '')
            : flavor.prefix
                ? expr(flavor.prefix)
                : '';
        const suffix = has('suffix')
            ? expr(rule.attrs.suffix ?? '')
            : flavor.suffix
                ? expr(flavor.suffix)
                : '';
        return `${prefix}${value}${suffix}`;
    };
    // The git tag, or the rule's own `value`, narrowed by `match` (semver/pep440), `/` → `-`.
    const versionSource = (rule) => {
        const value = rule.attrs.value ?? '';
        if (refKind(ctx.ref) !== 'tag' && value.length === 0)
            return undefined;
        let raw = value.length > 0 ? expr(value) : tagName(ctx.ref);
        const match = rule.attrs.match ?? '';
        if (rule.type !== 'match' && match.length > 0) {
            const m = safeMatch(raw, () => new RegExp(match), rule);
            if (!m)
                warnings.push(`${match} does not match ${raw}.`);
            else
                raw = m[1] ?? m[0];
        }
        return rule.type === 'match' ? raw : raw.replace(/\//g, '-');
    };
    const kind = refKind(ctx.ref);
    switch (rule.type) {
        case 'schedule': {
            if (!/schedule/.test(ctx.eventName))
                return undefined;
            return {
                value: affix(evaluate(rule.attrs.pattern ?? 'nightly', ctx, opts), rule),
                autoLatest: false,
            };
        }
        case 'semver': {
            const raw = versionSource(rule);
            if (raw === undefined)
                return undefined;
            if (!semver_default().valid(raw)) {
                warnings.push(`${raw} is not a valid semver. More info: https://semver.org/`);
                return undefined;
            }
            const parsed = semver_default().parse(raw, { loose: true });
            const pre = semver_default().prerelease(raw) !== null;
            const pattern = pre && !isRawStatement(rule.attrs.pattern ?? '')
                ? '{{version}}'
                : (rule.attrs.pattern ?? '');
            return { value: affix(render(pattern, parsed), rule), autoLatest: !pre, release: raw };
        }
        case 'pep440': {
            const raw = versionSource(rule);
            if (raw === undefined)
                return undefined;
            if (!pep440.valid(raw)) {
                warnings.push(`${raw} does not conform to PEP 440. More info: https://www.python.org/dev/peps/pep-0440`);
                return undefined;
            }
            const ex = pep440.explain(raw);
            const clean = pep440.clean(raw) ?? raw;
            if (ex?.is_prerelease || ex?.is_postrelease || ex?.is_devrelease) {
                return {
                    value: affix(isRawStatement(rule.attrs.pattern ?? '') ? raw : clean, rule),
                    autoLatest: false,
                };
            }
            const data = {
                raw: () => raw,
                version: () => clean,
                major: () => pep440.major(raw),
                minor: () => pep440.minor(raw),
                patch: () => pep440.patch(raw),
            };
            return {
                value: affix(render(rule.attrs.pattern ?? '', data), rule),
                autoLatest: true,
                release: raw,
            };
        }
        case 'match': {
            const raw = versionSource(rule);
            if (raw === undefined)
                return undefined;
            const pattern = rule.attrs.pattern ?? '';
            const asRegex = pattern.match(/^\/(.+)\/(.*)$/);
            const m = safeMatch(raw, () => (asRegex ? new RegExp(asRegex[1] ?? '', asRegex[2]) : new RegExp(pattern)), rule);
            if (!m) {
                warnings.push(`${pattern} does not match ${raw}.`);
                return undefined;
            }
            const group = m[Number(rule.attrs.group ?? '0')];
            if (group === undefined) {
                warnings.push(`Group ${rule.attrs.group} does not exist for ${pattern} pattern.`);
                return undefined;
            }
            return { value: affix(group, rule), autoLatest: true, release: group };
        }
        case 'ref': {
            const event = rule.attrs.event;
            if (event === 'branch' && kind === 'branch')
                return { value: affix(branchName(ctx.ref), rule), autoLatest: false };
            if (event === 'tag' && kind === 'tag') {
                const tag = tagName(ctx.ref);
                return { value: affix(tag, rule), autoLatest: true, release: tag };
            }
            if (event === 'pr' && kind === 'pr')
                return { value: affix(prNumber(ctx.ref), rule), autoLatest: false };
            return undefined;
        }
        case 'edge': {
            if (kind !== 'branch')
                return undefined;
            const branch = rule.attrs.branch || ctx.repository.defaultBranch;
            if (branch !== branchName(ctx.ref))
                return undefined;
            return { value: affix('edge', rule), autoLatest: false };
        }
        case 'raw':
            return { value: affix(expr(rule.attrs.value ?? ''), rule), autoLatest: false };
        case 'sha': {
            if (!ctx.sha)
                return undefined;
            const sha = rule.attrs.format === 'long' ? ctx.sha : shortSha(ctx.sha, opts.shortShaLength);
            return { value: affix(sha, rule), autoLatest: false };
        }
    }
}

;// CONCATENATED MODULE: ./src/image/tags.ts
// Tag rules → version and tags, with docker/metadata-action's semantics (rules by priority; the
// first rule that yields a value gives `version` and decides `latest`), plus what its users ask
// for: no duplicates, `latest=highest`, and a failure when a git tag yields no version tag.





const VERSION_TYPES = new Set(['semver', 'pep440', 'match']);
function computeVersion(rules, flavor, ctx, opts) {
    const warnings = [];
    const result = {
        main: undefined,
        partial: [],
        latest: false,
        fromGitTag: false,
        warnings,
    };
    let latestDecided;
    for (const rule of rules) {
        const enabled = evaluate(rule.attrs.enable ?? 'true', ctx, opts);
        if (enabled !== 'true' && enabled !== 'false') {
            throw new errors/* UserError */.yo(`Invalid value for enable attribute: '${enabled}' in '${rule.line}'.`, {
                reason: 'invalid-tags',
                hint: 'enable= must evaluate to true or false.',
            });
        }
        if (enabled === 'false')
            continue;
        const y = ruleValue(rule, flavor, ctx, opts, warnings);
        if (!y || y.value.length === 0)
            continue;
        const isVersionRule = VERSION_TYPES.has(rule.type) || (rule.type === 'ref' && rule.attrs.event === 'tag');
        if (isVersionRule)
            result.fromGitTag = true;
        const value = sanitizeTag(y.value);
        if (!value)
            continue;
        if (result.main === undefined)
            result.main = value;
        else if (value !== result.main && !result.partial.includes(value))
            result.partial.push(value);
        if (latestDecided === undefined) {
            latestDecided = decideLatest(flavor, y, opts, warnings);
        }
    }
    result.latest = latestDecided ?? false;
    return result;
}
function decideLatest(flavor, y, opts, warnings) {
    if (flavor.latest === 'true')
        return true;
    if (flavor.latest === 'false')
        return false;
    if (flavor.latest === 'auto' || !y.autoLatest)
        return y.autoLatest;
    // latest=highest: auto's answer, and only when no existing release is higher.
    const candidate = y.release === undefined ? undefined : readVersion(y.release);
    if (!candidate) {
        warnings.push(`latest=highest: '${y.release ?? y.value}' is not a version; latest not set.`);
        return false;
    }
    const highest = isHighestRelease(candidate, opts.existingTags ?? []);
    if (!highest)
        warnings.push(`latest=highest: a higher release than ${candidate.version} exists; latest not set.`);
    return highest;
}
/** Image references for the version: main, partials, then latest; duplicates removed. */
function imageTags(version, flavor, images) {
    if (!version.main)
        return [];
    const names = [version.main, ...version.partial];
    if (version.latest) {
        names.push(sanitizeTag(`${flavor.prefixLatest ? flavor.prefix : ''}latest${flavor.suffixLatest ? flavor.suffix : ''}`));
    }
    const enabled = images.filter((i) => i.enable).map((i) => i.name);
    const refs = enabled.length
        ? enabled.flatMap((image) => names.map((n) => `${image}:${n}`))
        : names;
    return [...new Set(refs)];
}
/** A git tag that gave no version tag fails the run unless the caller allows it. */
function assertVersionFromTag(version, ctx) {
    if (refKind(ctx.ref) !== 'tag' || version.fromGitTag)
        return;
    const detail = version.warnings.length ? ` (${version.warnings.join(' ')})` : '';
    throw new errors/* UserError */.yo(`Git tag '${tagName(ctx.ref)}' produced no version tag${detail}.`, {
        reason: 'no-version-tag',
        hint: 'Fix the tag or the semver/pep440/match rules, or set require-version: false (CLI: --allow-no-version) to publish without one.',
    });
}

;// CONCATENATED MODULE: ./src/image/metadata.ts
// Everything the tag step outputs: version, tags, OCI labels and annotations, and the `json`
// object metadata-action users already read with fromJSON().





const OCI = 'org.opencontainers.image';
/** The eight standard labels. `created` is the commit time (reproducible across rebuilds); the
 * run's own time is used only when the commit time is unknown. */
function standardLabels(ctx, version, now) {
    const repo = ctx.repository;
    return [
        `${OCI}.created=${(ctx.commitDate ?? now).toISOString()}`,
        `${OCI}.description=${repo.description}`,
        `${OCI}.licenses=${repo.license}`,
        `${OCI}.revision=${ctx.sha}`,
        `${OCI}.source=${repo.htmlUrl}`,
        `${OCI}.title=${repo.name}`,
        `${OCI}.url=${repo.htmlUrl}`,
        `${OCI}.version=${version}`,
    ];
}
/** Standard labels overlaid with the user's (expressions evaluated; the user wins), sorted. */
function mergeLabels(standard, extra, ctx, opts) {
    const map = new Map();
    for (const line of [...standard, ...extra.map((l) => evaluate(l, ctx, opts))]) {
        const at = line.indexOf('=');
        if (at <= 0)
            continue; // metadata-action drops entries without a value
        map.set(line.slice(0, at), line.slice(at + 1));
    }
    return [...map.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([k, v]) => `${k}=${v}`);
}
function labelsToRecord(lines) {
    const out = {};
    for (const line of lines) {
        const at = line.indexOf('=');
        if (at > 0)
            out[line.slice(0, at)] = line.slice(at + 1);
    }
    return out;
}
function computeMetadata(inputs, ctx, opts) {
    const rules = parseTagRules(inputs.tags);
    const flavor = parseFlavor(inputs.flavor);
    const images = parseImages(inputs.images);
    const levels = inputs.annotationLevels?.length ? inputs.annotationLevels : ['manifest'];
    for (const level of levels) {
        if (!/^[a-z-]+(\[[^\]]+\])?$/.test(level)) {
            throw new errors/* UserError */.yo(`Invalid annotation level '${level}'.`, {
                reason: 'invalid-input',
                hint: 'Use manifest, index, manifest-descriptor or index-descriptor.',
            });
        }
    }
    const version = computeVersion(rules, flavor, ctx, opts);
    if (inputs.requireVersion ?? true)
        assertVersionFromTag(version, ctx);
    const tags = imageTags(version, flavor, images);
    const tagNames = imageTags(version, flavor, []);
    const standard = standardLabels(ctx, version.main ?? '', opts.now);
    const labels = mergeLabels(standard, inputs.labels, ctx, opts);
    const plainAnnotations = mergeLabels(standard, inputs.annotations, ctx, opts);
    const annotations = levels.flatMap((level) => plainAnnotations.map((a) => `${level}:${a}`));
    const warnings = [...version.warnings];
    if (!version.main)
        warnings.push('No image version has been generated. Check the tags input.');
    return {
        version: version.main ?? '',
        tags,
        tagNames,
        latest: version.latest,
        labels,
        annotations,
        json: { tags, 'tag-names': tagNames, labels: labelsToRecord(labels), annotations },
        warnings,
    };
}

;// CONCATENATED MODULE: ./src/image/builder.ts
// "What command will we run": pure functions from typed inputs to argv, one per builder.
// docker buildx builds and pushes in one step; buildah and podman build, then push each tag with
// --digestfile so the digest comes from the push itself.

const BUILDERS = ['docker', 'buildah', 'podman'];
/** The first builder present, unless one was asked for. */
function pickBuilder(choice, present) {
    if (choice !== 'auto') {
        if (!present[choice]) {
            throw new errors/* UserError */.yo(`Builder '${choice}' is not available on this machine.`, {
                reason: 'builder-missing',
                hint: choice === 'docker'
                    ? 'docker buildx must work (docker buildx version).'
                    : `Install ${choice}.`,
            });
        }
        return choice;
    }
    const found = BUILDERS.find((b) => present[b]);
    if (!found) {
        throw new errors/* UserError */.yo('No image builder found: none of docker buildx, buildah, podman works.', {
            reason: 'builder-missing',
            hint: 'Install one (apt-get install -y buildah) or use a GitHub-hosted runner.',
        });
    }
    return found;
}
/** The argv prefix that selects storage for buildah/podman (global options go first). */
function globalArgs(builder, s) {
    if (builder === 'docker')
        return [];
    return [
        ...(s.root ? ['--root', s.root] : []),
        ...(s.runroot ? ['--runroot', s.runroot] : []),
        ...(s.driver ? ['--storage-driver', s.driver] : []),
    ];
}
const many = (flag, values) => values.flatMap((v) => [flag, v]);
const stripLevel = (a) => a.replace(/^[a-z-]+(\[[^\]]*\])?:/, '');
function buildArgs(spec, builder) {
    const common = [
        ...(spec.file ? ['--file', spec.file] : []),
        ...many('--build-arg', spec.buildArgs),
        ...(spec.target ? ['--target', spec.target] : []),
        ...(spec.platforms.length ? ['--platform', spec.platforms.join(',')] : []),
        ...many('--cache-from', spec.cacheFrom),
        ...many('--cache-to', spec.cacheTo),
        ...many('--label', spec.labels),
    ];
    if (builder === 'docker') {
        return {
            command: 'docker',
            args: [
                'buildx',
                'build',
                ...common,
                ...many('--annotation', spec.annotations),
                ...many('--tag', spec.tags),
                ...(spec.metadataFile ? ['--metadata-file', spec.metadataFile] : []),
                ...(spec.push ? ['--push'] : []),
                spec.context,
            ],
        };
    }
    // buildah/podman take plain key=value annotations for the image manifest only.
    const manifestAnnotations = spec.annotations.filter((a) => /^manifest(\[|:)/.test(a) || !a.includes(':'));
    const multi = spec.platforms.length > 1;
    const sub = builder === 'buildah' ? 'bud' : 'build';
    return {
        command: builder,
        args: [
            ...globalArgs(builder, spec.storage),
            sub,
            ...(spec.storage.isolation ? ['--isolation', spec.storage.isolation] : []),
            ...(spec.tlsVerify ? [] : ['--tls-verify=false']),
            // buildah/podman only read or write a cache with layers on.
            ...(spec.cacheFrom.length || spec.cacheTo.length ? ['--layers'] : []),
            ...common,
            ...many('--annotation', manifestAnnotations.map(stripLevel)),
            ...(multi
                ? ['--manifest', spec.manifestName ?? 'localhost/gantry-build']
                : many('--tag', spec.tags)),
            spec.context,
        ],
    };
}
/** buildah/podman: one push per tag, each writing the pushed manifest's digest to a file.
 * docker pushes during the build: no extra commands. */
function pushArgs(spec, builder, digestFile) {
    if (builder === 'docker' || !spec.push)
        return [];
    const multi = spec.platforms.length > 1;
    const local = multi ? (spec.manifestName ?? 'localhost/gantry-build') : (spec.tags[0] ?? '');
    return spec.tags.map((tag, i) => ({
        command: builder,
        args: [
            ...globalArgs(builder, spec.storage),
            ...(multi ? ['manifest', 'push', '--all'] : ['push']),
            ...(spec.tlsVerify ? [] : ['--tls-verify=false']),
            ...(spec.authFile ? ['--authfile', spec.authFile] : []),
            '--digestfile',
            digestFile(i),
            local,
            `docker://${tag}`,
        ],
    }));
}
function loginArgs(spec, builder) {
    const extra = builder === 'docker'
        ? []
        : [
            ...(spec.tlsVerify ? [] : ['--tls-verify=false']),
            ...(spec.authFile ? ['--authfile', spec.authFile] : []),
        ];
    return {
        command: builder,
        args: ['login', '--username', spec.username, '--password-stdin', ...extra, spec.registry],
        input: spec.password,
    };
}
function logoutArgs(spec, builder) {
    const extra = builder !== 'docker' && spec.authFile ? ['--authfile', spec.authFile] : [];
    return { command: builder, args: ['logout', ...extra, spec.registry] };
}
/** How to ask whether a builder is present. */
const PROBES = {
    docker: { command: 'docker', args: ['buildx', 'version'] },
    buildah: { command: 'buildah', args: ['--version'] },
    podman: { command: 'podman', args: ['--version'] },
};

;// CONCATENATED MODULE: ./src/image/registry.ts
// A small OCI distribution client: the pushed manifest's digest (Docker-Content-Digest) and a
// repository's tag list, with Basic and Bearer-token auth (docker.io, ghcr.io, registry:2).

/** A registry answer we could not use; `status` tells an auth problem (401/403) from others. */
class RegistryError extends errors/* UserError */.yo {
    status;
    constructor(message, status) {
        super(message, { reason: 'registry-error' });
        this.status = status;
    }
}
function parseImageRef(ref) {
    const at = ref.indexOf('@');
    const noDigest = at >= 0 ? ref.slice(0, at) : ref;
    const slash = noDigest.indexOf('/');
    const first = slash >= 0 ? noDigest.slice(0, slash) : '';
    const hasRegistry = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
    const registry = hasRegistry ? first : 'docker.io';
    let rest = hasRegistry ? noDigest.slice(slash + 1) : noDigest;
    const colon = rest.lastIndexOf(':');
    let tag;
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
    }
    const repository = registry === 'docker.io' && !rest.includes('/') ? `library/${rest}` : rest;
    return { registry, repository, tag };
}
const MANIFEST_ACCEPT = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');
function baseUrl(registry, insecure) {
    const host = registry === 'docker.io' ? 'registry-1.docker.io' : registry;
    return `${insecure ? 'http' : 'https'}://${host}`;
}
/** Parses `Bearer realm="…",service="…",scope="…"`. */
function challenge(header) {
    const scheme = header.split(' ')[0]?.toLowerCase() ?? '';
    const params = {};
    for (const m of header.matchAll(/(\w+)="([^"]*)"/g))
        params[m[1] ?? ''] = m[2] ?? '';
    return { scheme, params };
}
function createRegistryClient(fetchImpl = fetch) {
    async function request(url, init, auth, scope) {
        const first = await fetchImpl(url, init);
        if (first.status !== 401)
            return first;
        const www = first.headers.get('www-authenticate') ?? '';
        const { scheme, params } = challenge(www);
        const basic = auth.username !== undefined
            ? `Basic ${Buffer.from(`${auth.username}:${auth.password ?? ''}`).toString('base64')}`
            : undefined;
        const headers = new Headers(init.headers);
        if (scheme === 'basic') {
            if (!basic)
                return first;
            headers.set('authorization', basic);
        }
        else if (scheme === 'bearer' && params.realm) {
            const tokenUrl = new URL(params.realm);
            if (params.service)
                tokenUrl.searchParams.set('service', params.service);
            tokenUrl.searchParams.set('scope', params.scope ?? scope);
            const tokenRes = await fetchImpl(tokenUrl, {
                headers: basic ? { authorization: basic } : {},
            });
            if (!tokenRes.ok)
                return first;
            const body = (await tokenRes.json());
            headers.set('authorization', `Bearer ${body.token ?? body.access_token ?? ''}`);
        }
        else
            return first;
        return fetchImpl(url, { ...init, headers });
    }
    return {
        async manifestDigest(ref, auth) {
            const r = parseImageRef(ref);
            const url = `${baseUrl(r.registry, auth.insecure)}/v2/${r.repository}/manifests/${r.tag ?? 'latest'}`;
            const init = { method: 'HEAD', headers: { accept: MANIFEST_ACCEPT } };
            const res = await request(url, init, auth, `repository:${r.repository}:pull`);
            if (res.status === 404)
                return undefined;
            if (!res.ok) {
                throw new RegistryError(`Registry answered ${res.status} for the manifest of ${ref}.`, res.status);
            }
            return res.headers.get('docker-content-digest') ?? undefined;
        },
        async listTags(image, auth) {
            const r = parseImageRef(image);
            const base = baseUrl(r.registry, auth.insecure);
            const tags = [];
            let next = `${base}/v2/${r.repository}/tags/list?n=1000`;
            while (next) {
                const res = await request(next, { headers: { accept: 'application/json' } }, auth, `repository:${r.repository}:pull`);
                if (res.status === 404)
                    return tags; // a repository that does not exist yet has no tags
                if (!res.ok) {
                    throw new RegistryError(`Registry answered ${res.status} listing the tags of ${image}.`, res.status);
                }
                const body = (await res.json());
                tags.push(...(body.tags ?? []));
                const link = res.headers.get('link')?.match(/<([^>]+)>;\s*rel="next"/)?.[1];
                next = link ? new URL(link, base).toString() : undefined;
            }
            return tags;
        },
    };
}

;// CONCATENATED MODULE: ./src/image/publish.ts
// Build and push, as a numbered list of steps over ports (exec, registry, logger). The digest a
// run reports is the registry's own Docker-Content-Digest for what was pushed.





function lastLine(text) {
    const lines = text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    return lines[lines.length - 1] ?? '';
}
async function detectBuilder(choice, exec) {
    const wanted = choice === 'auto' ? BUILDERS : [choice];
    const present = { docker: false, buildah: false, podman: false };
    for (const b of wanted) {
        const probe = PROBES[b];
        const r = await exec({ command: probe.command, args: probe.args, timeoutMs: 20_000 });
        present[b] = r.termination === 'exited' && r.exitCode === 0;
        if (present[b] && choice === 'auto')
            break;
    }
    return pickBuilder(choice, present);
}
/** Runs one builder command, streaming its output; a failure is one line: the step and the
 * builder's last error line. */
function runner(exec, log, env) {
    return async (cmd, step) => {
        log.info(`$ ${[cmd.command, ...cmd.args].join(' ')}`);
        const r = await exec({
            command: cmd.command,
            args: cmd.args,
            input: cmd.input,
            env,
            onStderr: (c) => log.write(c),
            onStdout: (c) => log.write(c),
        });
        if (r.termination !== 'exited' || r.exitCode !== 0) {
            const why = r.spawnError ?? (lastLine(r.stderr) || lastLine(r.stdout) || `exit ${r.exitCode}`);
            throw new errors/* UserError */.yo(`${step} failed: ${why}`, { reason: `${step.split(' ')[0]}-failed` });
        }
    };
}
/** The digest each push wrote (buildah/podman --digestfile) or buildx's metadata file. */
async function reportedDigests(builder, tags, files) {
    if (builder === 'docker') {
        const digest = await readBuildxDigest(files.metadata);
        return tags.map(() => digest);
    }
    return Promise.all(tags.map(async (_, i) => (await (0,promises_.readFile)(files.digest(i), 'utf8').catch(() => '')).trim() || undefined));
}
/** Every tag's manifest digest as the registry reports it; it must match what the push said.
 * A registry that will not let us read (401/403: the push used credentials we were not given)
 * leaves the pushed digest standing, with a warning; no digest at all fails. */
async function confirmDigests(tags, reported, registry, auth, log) {
    const confirmed = [];
    for (const [i, tag] of tags.entries()) {
        const pushed = reported[i];
        let digest;
        try {
            digest = await registry.manifestDigest(tag, await auth(tag));
        }
        catch (error) {
            const denied = error instanceof RegistryError && [401, 403].includes(error.status);
            if (!denied || !pushed)
                throw error;
            log.warn(`Cannot read ${tag} back (${error.message}); using the digest the push reported.`);
            digest = pushed;
        }
        if (!digest) {
            throw new errors/* UserError */.yo(`Pushed ${tag}, but the registry has no manifest for it.`, {
                reason: 'no-digest',
            });
        }
        if (pushed && digest !== pushed) {
            throw new errors/* UserError */.yo(`Registry digest ${digest} for ${tag} differs from the pushed ${pushed}.`, {
                reason: 'digest-mismatch',
            });
        }
        confirmed.push({ tag, digest });
    }
    return confirmed;
}
/** `registry/name:tag` → `registry/name`. */
const imageName = (ref) => ref.lastIndexOf(':') > ref.lastIndexOf('/') ? ref.slice(0, ref.lastIndexOf(':')) : ref;
async function publish(req, ports) {
    const { log, exec } = ports;
    const authFile = (0,external_node_path_.join)(req.workDir, 'auth.json');
    const spec = { ...req.spec, authFile };
    if (req.login?.password)
        log.mask(req.login.password);
    // 1. Refuse what cannot work before any side effect.
    if (spec.push && spec.tags.length === 0) {
        throw new errors/* UserError */.yo('Nothing to push: the tag rules produced no tags for this ref.', {
            reason: 'no-tags',
            hint: 'Check the tags input, or set push: false.',
        });
    }
    // 2. Pick the builder; a private, empty credentials file for buildah/podman.
    await (0,promises_.writeFile)(authFile, '{"auths":{}}\n', { mode: 0o600 });
    const builder = await detectBuilder(req.builder, exec);
    log.info(`Builder: ${builder}`);
    const run = runner(exec, log, { ...ports.env, REGISTRY_AUTH_FILE: authFile });
    // 3. Log in (password on stdin only); log out afterwards whatever happens.
    const registry = req.login
        ? req.login.registry || parseImageRef(spec.tags[0] ?? '').registry
        : undefined;
    const login = req.login && registry
        ? { ...req.login, registry, tlsVerify: spec.tlsVerify, authFile }
        : undefined;
    if (login)
        await run(loginArgs(login, builder), `login to ${registry} as ${login.username}`);
    try {
        // 4. Build (docker buildx pushes here too).
        const files = {
            metadata: (0,external_node_path_.join)(req.workDir, 'build-metadata.json'),
            digest: (i) => (0,external_node_path_.join)(req.workDir, `digest-${i}`),
        };
        await log.group('Build', () => run(buildArgs({ ...spec, metadataFile: files.metadata }, builder), 'build'));
        if (!spec.push) {
            return {
                builder,
                digest: undefined,
                image: undefined,
                metadata: { builder, pushed: false, tags: spec.tags },
            };
        }
        // 5. Push each tag (buildah/podman), each writing its digest.
        await log.group('Push', async () => {
            for (const cmd of pushArgs(spec, builder, files.digest)) {
                await run(cmd, `push ${cmd.args[cmd.args.length - 1] ?? ''}`);
            }
        });
        // 6. Confirm against the registry: its Docker-Content-Digest is the one that counts.
        const auth = async (tag) => {
            const host = parseImageRef(tag).registry;
            const creds = login && host === login.registry
                ? { username: login.username, password: login.password }
                : await ports.credentials?.(host);
            return { insecure: !spec.tlsVerify, ...creds };
        };
        const reported = await reportedDigests(builder, spec.tags, files);
        const confirmed = await confirmDigests(spec.tags, reported, ports.registry, auth, log);
        const digest = confirmed[0]?.digest;
        if (!digest)
            throw new errors/* UserError */.yo('The push reported no digest.', { reason: 'no-digest' });
        const image = `${imageName(spec.tags[0] ?? '')}@${digest}`;
        log.info(`Pushed ${image}`);
        return {
            builder,
            digest,
            image,
            metadata: { builder, pushed: true, digest, image, tags: confirmed },
        };
    }
    finally {
        if (login) {
            const out = logoutArgs(login, builder);
            await exec({
                command: out.command,
                args: out.args,
                env: { ...ports.env, REGISTRY_AUTH_FILE: authFile },
            }).catch(() => undefined);
        }
    }
}
async function readBuildxDigest(file) {
    try {
        const data = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
        const digest = data['containerimage.digest'];
        return typeof digest === 'string' ? digest : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/actions/publish/inputs.ts
// The publish action's inputs and outputs: one table each, mirrored by actions/publish/action.yml
// (a test holds the two together), and the one place inputs are read.





const INPUTS = {
    images: { description: 'Image names, one per line (name=…,enable=… accepted).', required: true },
    tags: {
        description: 'Tag rules, one per line, docker/metadata-action grammar. Empty: schedule, ref branch/tag/pr.',
        required: false,
        default: '',
    },
    flavor: {
        description: 'Flavor lines: latest=auto|true|false|highest, prefix=…[,onlatest=true], suffix=…[,onlatest=true].',
        required: false,
        default: '',
    },
    labels: {
        description: 'Extra labels key=value, one per line; they win over the standard OCI labels.',
        required: false,
        default: '',
    },
    annotations: {
        description: 'Extra manifest annotations key=value, one per line.',
        required: false,
        default: '',
    },
    'annotation-levels': {
        description: 'Comma-separated annotation levels (manifest, index, …).',
        required: false,
        default: 'manifest',
    },
    'require-version': {
        description: 'Fail when a pushed git tag yields no version tag.',
        required: false,
        default: 'true',
    },
    'pr-head-sha': {
        description: 'On pull_request events use the head commit instead of the merge commit.',
        required: false,
        default: 'false',
    },
    context: { description: 'Build context directory.', required: false, default: '.' },
    file: {
        description: 'Dockerfile path (default: <context>/Dockerfile).',
        required: false,
        default: '',
    },
    'build-args': {
        description: 'Build arguments KEY=value, one per line.',
        required: false,
        default: '',
    },
    target: { description: 'Target stage to build.', required: false, default: '' },
    platforms: {
        description: 'Target platforms, comma or newline separated (e.g. linux/amd64,linux/arm64).',
        required: false,
        default: '',
    },
    'cache-from': {
        description: 'Cache sources, one per line (passed to the builder).',
        required: false,
        default: '',
    },
    'cache-to': {
        description: 'Cache destinations, one per line (passed to the builder).',
        required: false,
        default: '',
    },
    push: {
        description: 'Push the image; without a push there is no digest.',
        required: false,
        default: 'true',
    },
    builder: {
        description: 'auto (docker buildx, else buildah, else podman), docker, buildah or podman.',
        required: false,
        default: 'auto',
    },
    registry: {
        description: 'Registry to log in to (default: the first image’s registry).',
        required: false,
        default: '',
    },
    username: { description: 'Registry user name.', required: false, default: '' },
    password: {
        description: 'Registry password or token (masked; sent on stdin only).',
        required: false,
        default: '',
    },
    'tls-verify': {
        description: 'Verify the registry’s TLS certificate; false also allows plain HTTP.',
        required: false,
        default: 'true',
    },
    'existing-tags-from': {
        description: 'Where latest=highest finds existing releases: registry, git or none.',
        required: false,
        default: 'registry',
    },
    'storage-driver': {
        description: 'buildah/podman storage driver.',
        required: false,
        default: 'vfs',
    },
    'storage-root': {
        description: 'buildah/podman storage root (default: the builder’s own).',
        required: false,
        default: '',
    },
    'storage-runroot': {
        description: 'buildah/podman run root (default: the builder’s own).',
        required: false,
        default: '',
    },
    isolation: {
        description: 'buildah/podman RUN isolation (chroot works in unprivileged containers).',
        required: false,
        default: 'chroot',
    },
    'github-token': {
        description: 'Token for the GitHub API: the PR comment (needs pull-requests: write; a read-only token, as on fork PRs, only skips the comment, with a warning), the deployment and approval check of apply (deployments: write), the commit date for publish when the event and git lack it.',
        required: false,
        default: '${{ github.token }}',
    },
};
const OUTPUTS = {
    version: { description: 'Image version (the highest-priority tag).' },
    tags: { description: 'Image references, one per line.' },
    labels: { description: 'Labels key=value, one per line.' },
    annotations: { description: 'Annotations <level>:key=value, one per line.' },
    json: { description: 'JSON {tags, tag-names, labels, annotations}, like metadata-action.' },
    digest: { description: 'The registry digest of the pushed manifest (sha256:…).' },
    image: { description: 'First image by digest: name@sha256:… (deploy this).' },
    metadata: { description: 'JSON: builder, digest, image and every pushed tag with its digest.' },
    'failure-reason': {
        description: 'Stable code of a user error (no-version-tag, login-failed, …).',
    },
};
const get = (name) => core/* getInput */.V4(name);
const bool = (name) => {
    try {
        return core/* getBooleanInput */.Vt(name);
    }
    catch {
        throw new errors/* UserError */.yo(`Input '${name}' must be true or false, not '${core/* getInput */.V4(name)}'.`, {
            reason: 'invalid-input',
        });
    }
};
const lines = (name) => inputLines(get(name));
const list = (name) => lines(name)
    .flatMap((l) => l.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
function getInputs() {
    const builder = get('builder') || 'auto';
    if (builder !== 'auto' && !BUILDERS.includes(builder)) {
        throw new errors/* UserError */.yo(`builder must be auto, docker, buildah or podman, not '${builder}'.`, {
            reason: 'invalid-input',
        });
    }
    const password = get('password');
    if (password)
        core/* setSecret */.Pq(password);
    return {
        images: lines('images'),
        tags: lines('tags'),
        flavor: lines('flavor'),
        labels: lines('labels'),
        annotations: lines('annotations'),
        annotationLevels: list('annotation-levels'),
        requireVersion: bool('require-version'),
        prHeadSha: bool('pr-head-sha'),
        context: get('context') || '.',
        file: get('file'),
        buildArgs: lines('build-args'),
        target: get('target'),
        platforms: list('platforms'),
        cacheFrom: lines('cache-from'),
        cacheTo: lines('cache-to'),
        push: bool('push'),
        builder: builder,
        registry: get('registry'),
        username: get('username'),
        password,
        tlsVerify: bool('tls-verify'),
        existingTagsFrom: parseExistingSource(get('existing-tags-from') || 'registry'),
        storage: {
            driver: get('storage-driver'),
            root: get('storage-root'),
            runroot: get('storage-runroot'),
            isolation: get('isolation'),
        },
        githubToken: get('github-token'),
    };
}

// EXTERNAL MODULE: ./src/actions/actions-logger.ts
var actions_logger = __webpack_require__(98953);
;// CONCATENATED MODULE: ./src/actions/publish/main.ts
// The edge of the publish action: read inputs and the event, build the ports, compute the tags,
// build and push, set outputs. The one try/catch that fails the action lives here.



















async function readEvent(path) {
    if (!path)
        return {};
    try {
        return JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch (error) {
        throw new errors/* UserError */.yo(`Cannot read the event payload ${path}: ${error.message}.`, {
            reason: 'invalid-event',
        });
    }
}
const imageNames = (lines) => parseImages(lines)
    .filter((i) => i.enable)
    .map((i) => i.name);
async function run() {
    const log = (0,actions_logger/* actionsLogger */.M)();
    const env = process.env;
    let workDir;
    try {
        // 1. Inputs and event context.
        const inputs = getInputs();
        const cwd = env.GITHUB_WORKSPACE ?? process.cwd();
        const ctx = buildRefContext({
            eventName: env.GITHUB_EVENT_NAME ?? '',
            ref: env.GITHUB_REF ?? '',
            sha: env.GITHUB_SHA ?? '',
            payload: await readEvent(env.GITHUB_EVENT_PATH),
            prHeadSha: inputs.prHeadSha || /true/i.test(env.DOCKER_METADATA_PR_HEAD_SHA ?? ''),
        });
        // 2. Commit time for `created`: the payload, else git, else the API.
        ctx.commitDate ??=
            (await gitCommitDate(exec/* execProcess */.Z, cwd, ctx.sha)) ??
                (await apiCommitDate({
                    apiUrl: env.GITHUB_API_URL,
                    repo: env.GITHUB_REPOSITORY,
                    sha: ctx.sha,
                    token: inputs.githubToken,
                }));
        if (!ctx.commitDate)
            log.warn('Commit date unknown: the created label uses the current time.');
        // 3. Existing releases, only for latest=highest.
        const registry = createRegistryClient();
        const auth = async (image) => {
            const host = parseImageRef(image).registry;
            const given = inputs.username && (!inputs.registry || host === inputs.registry);
            const creds = given
                ? { username: inputs.username, password: inputs.password }
                : await storedCredentials(host, authFiles(process.env));
            return { insecure: !inputs.tlsVerify, ...creds };
        };
        const highest = parseFlavor(inputs.flavor).latest === 'highest';
        const existing = highest
            ? await existingTags(inputs.existingTagsFrom, imageNames(inputs.images), {
                exec: exec/* execProcess */.Z,
                cwd,
                registry,
                auth,
            })
            : [];
        // 4. Tags, labels, annotations.
        const meta = computeMetadata(inputs, ctx, {
            now: new Date(),
            shortShaLength: shortShaLengthFrom(env.DOCKER_METADATA_SHORT_SHA_LENGTH),
            existingTags: existing,
        });
        meta.warnings.forEach((w) => log.warn(w));
        core/* setOutput */.uH('version', meta.version);
        core/* setOutput */.uH('tags', meta.tags.join('\n'));
        core/* setOutput */.uH('labels', meta.labels.join('\n'));
        core/* setOutput */.uH('annotations', meta.annotations.join('\n'));
        core/* setOutput */.uH('json', JSON.stringify(meta.json));
        await log.group('Tags', async () => meta.tags.forEach((t) => log.info(t)));
        // 5. Build and push.
        workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'gantry-publish-'));
        const storage = inputs.storage;
        const result = await publish({
            builder: inputs.builder,
            spec: {
                context: inputs.context,
                file: inputs.file || undefined,
                buildArgs: inputs.buildArgs,
                target: inputs.target || undefined,
                platforms: inputs.platforms,
                cacheFrom: inputs.cacheFrom,
                cacheTo: inputs.cacheTo,
                labels: meta.labels,
                annotations: meta.annotations,
                tags: meta.tags,
                push: inputs.push,
                tlsVerify: inputs.tlsVerify,
                storage: {
                    driver: storage.driver || undefined,
                    root: storage.root || undefined,
                    runroot: storage.runroot || undefined,
                    isolation: storage.isolation || undefined,
                },
            },
            login: inputs.username
                ? {
                    registry: inputs.registry || undefined,
                    username: inputs.username,
                    password: inputs.password,
                }
                : undefined,
            workDir,
        }, {
            exec: exec/* execProcess */.Z,
            log,
            registry,
            credentials: (host) => storedCredentials(host, authFiles(process.env)),
        });
        // 6. Outputs: deploy by digest.
        core/* setOutput */.uH('digest', result.digest ?? '');
        core/* setOutput */.uH('image', result.image ?? '');
        core/* setOutput */.uH('metadata', JSON.stringify({ ...result.metadata, version: meta.version }));
    }
    catch (error) {
        if ((0,errors/* isUserError */.iU)(error))
            core/* setOutput */.uH('failure-reason', error.reason ?? 'user-error');
        core/* setFailed */.C1((0,errors/* describeError */.Uc)(error));
    }
    finally {
        if (workDir)
            await (0,promises_.rm)(workDir, { recursive: true, force: true });
    }
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
