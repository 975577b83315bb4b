export const id = 556;
export const ids = [556];
export const modules = {

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


/***/ })

};
