export const id = 195;
export const ids = [195];
export const modules = {

/***/ 9195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ command)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
;// CONCATENATED MODULE: ./src/ops/health.ts

/** Parse and normalize the application's base URL before any request is made. */
function parseBaseUrl(raw) {
    if (!raw?.trim()) {
        throw new errors/* UserError */.yo('no application URL given.', {
            hint: 'Pass the base URL of the app, e.g. --url https://staging.example.com.',
        });
    }
    let url;
    try {
        url = new URL(raw.trim());
    }
    catch {
        throw new errors/* UserError */.yo(`'${raw}' is not a URL.`, {
            hint: 'Pass an absolute http(s) URL, e.g. --url http://127.0.0.1:8080.',
        });
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new errors/* UserError */.yo(`'${raw}' is not an http(s) URL.`, {
            hint: 'Pass an absolute http(s) URL, e.g. --url http://127.0.0.1:8080.',
        });
    }
    return url;
}
function join(base, path) {
    const prefix = base.pathname.replace(/\/+$/, '');
    const url = new URL(base.toString());
    url.pathname = `${prefix}/${path.replace(/^\/+/, '')}`;
    return url.toString();
}
async function probe(base, path, timeoutMs, fetchImpl) {
    const url = join(base, path);
    const started = Date.now();
    try {
        const response = await fetchImpl(url, {
            signal: AbortSignal.timeout(timeoutMs),
            redirect: 'manual',
        });
        await response.arrayBuffer().catch(() => undefined);
        const ok = response.status >= 200 && response.status < 300;
        return { path, url, ok, status: response.status, ms: Date.now() - started };
    }
    catch (error) {
        const cause = error.cause;
        const why = error.name === 'TimeoutError'
            ? `no answer within ${timeoutMs} ms`
            : (cause?.code ?? cause?.message ?? error.message);
        return { path, url, ok: false, error: why, ms: Date.now() - started };
    }
}
/** Probe every path concurrently; the app is healthy when each answers 2xx. */
async function checkHealth(options) {
    const base = parseBaseUrl(options.baseUrl);
    const fetchImpl = options.fetchImpl ?? fetch;
    return Promise.all(options.paths.map((p) => probe(base, p, options.timeoutMs, fetchImpl)));
}
function formatHealth(results) {
    const width = Math.max(...results.map((r) => r.path.length), 4);
    return results
        .map((r) => {
        const mark = r.ok ? 'ok  ' : 'FAIL';
        const what = r.status !== undefined ? `HTTP ${r.status}` : (r.error ?? 'no response');
        return `${mark}  ${r.path.padEnd(width)}  ${what}  (${r.ms} ms)  ${r.url}`;
    })
        .join('\n');
}

;// CONCATENATED MODULE: ./src/cli/commands/health-check.ts



const command = {
    name: 'health-check',
    summary: "Check an app's /health and /ready endpoints (exit 1 unless all answer 2xx)",
    help: `Usage: gantry health-check --url <base-url> [--path /health --path /ready] [--timeout-ms 5000] [--json]

Requests each path under the base URL and prints one line per endpoint. Exits 0 when every
endpoint answers 2xx, 1 otherwise (non-2xx, refused connection or timeout).

Options:
  --url <url>          base URL of the application (required)
  --path <path>        endpoint to check; repeatable (default: /health and /ready)
  --timeout-ms <ms>    per-request timeout (default 5000)
  --json               print the results as JSON
`,
    async run(ctx) {
        const { values } = (0,external_node_util_.parseArgs)({
            args: ctx.argv,
            options: {
                url: { type: 'string' },
                path: { type: 'string', multiple: true },
                'timeout-ms': { type: 'string', default: '5000' },
                json: { type: 'boolean', default: false },
            },
            strict: true,
            allowPositionals: false,
        });
        parseBaseUrl(values.url);
        const timeoutMs = Number(values['timeout-ms']);
        if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) {
            throw new errors/* UserError */.yo(`--timeout-ms '${values['timeout-ms']}' is not a positive integer.`);
        }
        const results = await checkHealth({
            baseUrl: values.url ?? '',
            paths: values.path?.length ? values.path : ['/health', '/ready'],
            timeoutMs,
        });
        const healthy = results.every((r) => r.ok);
        if (values.json) {
            ctx.stdout.write(`${JSON.stringify({ healthy, endpoints: results }, null, 2)}\n`);
        }
        else {
            ctx.stdout.write(`${formatHealth(results)}\n`);
            const failed = results.filter((r) => !r.ok).map((r) => r.path);
            if (failed.length)
                ctx.stderr.write(`gantry health-check: unhealthy: ${failed.join(', ')}\n`);
        }
        return healthy ? 0 : 1;
    },
};


/***/ })

};
