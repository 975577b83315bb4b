export const id = 573;
export const ids = [573];
export const modules = {

/***/ 1573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ command)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
// EXTERNAL MODULE: ./src/shared/exec.ts
var exec = __webpack_require__(7304);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
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

// EXTERNAL MODULE: ./node_modules/handlebars/lib/index.js
var lib = __webpack_require__(8508);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
// EXTERNAL MODULE: ./node_modules/moment-timezone/index.js
var moment_timezone = __webpack_require__(9856);
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
var sync = __webpack_require__(5175);
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
var pep440 = __webpack_require__(9687);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
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

;// CONCATENATED MODULE: ./src/cli/commands/tags.ts









const help = `Usage: gantry tags --ref <ref> [options]

Prints the image tags docker/metadata-action's grammar gives for a git ref, one per line.

Options:
  --ref <ref>              refs/heads/<b>, refs/tags/<t> or refs/pull/<n>/merge (default $GITHUB_REF)
  --sha <sha>              commit (default $GITHUB_SHA, else git rev-parse HEAD)
  --event <name>           event name: push, pull_request, schedule, … (default push)
  --event-path <file>      webhook payload JSON (default $GITHUB_EVENT_PATH when set)
  --default-branch <name>  the repository's default branch (else the payload's)
  --images <lines>         image names, one per line (repeatable)
  --tags <lines>           tag rules, one per line (metadata-action grammar; default set when empty)
  --flavor <lines>         flavor lines: latest=auto|true|false|highest, prefix=, suffix=
  --labels <lines>         extra labels key=value (shown with --json)
  --existing-tags <list>   releases that exist already (comma or newline list) for latest=highest;
                           'git' reads git tag --list
  --commit-date <iso>      commit time (default: payload, else git log -1 --format=%cI <sha>)
  --pr-head-sha            use the PR head commit, not the merge commit, on pull_request events
  --allow-no-version       do not fail when a git tag yields no version tag
  --json                   print {version, tags, tag-names, labels, annotations} as JSON
`;
const command = {
    name: 'tags',
    summary: 'Compute image tags and labels from a git ref (metadata-action grammar)',
    help,
    async run(ctx) {
        const { values } = (0,external_node_util_.parseArgs)({
            args: ctx.argv,
            strict: true,
            options: {
                ref: { type: 'string' },
                sha: { type: 'string' },
                event: { type: 'string' },
                'event-path': { type: 'string' },
                'default-branch': { type: 'string' },
                images: { type: 'string', multiple: true },
                tags: { type: 'string', multiple: true },
                flavor: { type: 'string', multiple: true },
                labels: { type: 'string', multiple: true },
                'existing-tags': { type: 'string' },
                'commit-date': { type: 'string' },
                'pr-head-sha': { type: 'boolean' },
                'allow-no-version': { type: 'boolean' },
                json: { type: 'boolean' },
            },
        });
        const ref = values.ref ?? ctx.env.GITHUB_REF;
        if (!ref)
            throw new errors/* UserError */.yo('--ref is required (e.g. --ref refs/tags/v1.2.3).');
        let sha = values.sha ?? ctx.env.GITHUB_SHA ?? '';
        if (!sha) {
            const r = await (0,exec/* execProcess */.Z)({ command: 'git', args: ['rev-parse', 'HEAD'], cwd: ctx.cwd });
            sha = r.exitCode === 0 ? r.stdout.trim() : '';
        }
        const eventPath = values['event-path'] ?? ctx.env.GITHUB_EVENT_PATH;
        let payload = {};
        if (eventPath) {
            try {
                payload = JSON.parse(await (0,promises_.readFile)(eventPath, 'utf8'));
            }
            catch (error) {
                throw new errors/* UserError */.yo(`Cannot read the event payload ${eventPath}: ${error.message}.`);
            }
        }
        let commitDate;
        if (values['commit-date']) {
            commitDate = new Date(values['commit-date']);
            if (Number.isNaN(commitDate.getTime())) {
                throw new errors/* UserError */.yo(`--commit-date '${values['commit-date']}' is not a date (use ISO 8601).`);
            }
        }
        const refCtx = buildRefContext({
            eventName: values.event ?? ctx.env.GITHUB_EVENT_NAME ?? 'push',
            ref,
            sha,
            payload,
            prHeadSha: values['pr-head-sha'] ?? /true/i.test(ctx.env.DOCKER_METADATA_PR_HEAD_SHA ?? ''),
            defaultBranch: values['default-branch'],
            commitDate,
        });
        if (!refCtx.commitDate && sha)
            refCtx.commitDate = await gitCommitDate(exec/* execProcess */.Z, ctx.cwd, sha);
        const lines = (list) => (list ?? []).flatMap(inputLines);
        const existingArg = values['existing-tags'];
        const existingTags = existingArg === 'git'
            ? await gitTags(exec/* execProcess */.Z, ctx.cwd)
            : (existingArg ?? '')
                .split(/[,\n]/)
                .map((s) => s.trim())
                .filter(Boolean);
        const meta = computeMetadata({
            images: lines(values.images),
            tags: lines(values.tags),
            flavor: lines(values.flavor),
            labels: lines(values.labels),
            annotations: [],
            requireVersion: !values['allow-no-version'],
        }, refCtx, {
            now: new Date(),
            shortShaLength: shortShaLengthFrom(ctx.env.DOCKER_METADATA_SHORT_SHA_LENGTH),
            existingTags,
        });
        for (const w of meta.warnings)
            ctx.log.warn(w);
        if (values.json)
            ctx.stdout.write(`${JSON.stringify({ version: meta.version, ...meta.json }, null, 2)}\n`);
        else if (meta.tags.length)
            ctx.stdout.write(`${meta.tags.join('\n')}\n`);
        return 0;
    },
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


/***/ })

};
