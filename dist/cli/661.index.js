export const id = 661;
export const ids = [661];
export const modules = {

/***/ 5661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ command)
});

// EXTERNAL MODULE: ./src/shared/exec.ts
var exec = __webpack_require__(7304);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./src/shared/fs.ts
var fs = __webpack_require__(6242);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
// EXTERNAL MODULE: ./src/iac/tool.ts
var tool = __webpack_require__(8397);
// EXTERNAL MODULE: ./src/iac/run-tool.ts + 1 modules
var run_tool = __webpack_require__(5331);
;// CONCATENATED MODULE: ./src/iac/runner-protocol.ts





/**
 * The original iac-runner protocol: one JSON request in, one JSON response out.
 * Non-interactive by design: init/plan/apply/destroy get `-input=false`, apply/destroy also
 * `-auto-approve` (unless the caller already passed them). `plan` with `-detailed-exitcode`
 * counts exit code 2 (changes) as success.
 */
const RUNNER_COMMANDS = [
    'init',
    'plan',
    'apply',
    'destroy',
    'validate',
    'show',
    'output',
];
const runnerRequestSchema = schemas/* object */.Ikc({
    tool: schemas/* enum */.k5n(['terraform', 'tofu'], { error: 'tool must be "terraform" or "tofu"' }),
    work_dir: schemas/* string */.YjP({ error: 'work_dir is required (a directory path)' })
        .min(1, 'work_dir is required (a directory path)'),
    command: schemas/* enum */.k5n(RUNNER_COMMANDS, {
        error: `command must be one of ${RUNNER_COMMANDS.join(', ')}`,
    }),
    args: schemas/* array */.YOg(schemas/* string */.YjP({ error: 'every entry of args must be a string' }), {
        error: 'args must be an array of strings',
    })
        .default([]),
    env_vars: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP({ error: 'every env_vars value must be a string' }), {
        error: 'env_vars must be an object of strings',
    })
        .default({}),
    timeout: schemas/* number */.aig({ error: 'timeout must be a number of minutes' })
        .positive('timeout must be a positive number of minutes')
        .max(7 * 24 * 60, 'timeout must be at most 10080 minutes (7 days)')
        .default(60),
})
    .strict();
const NON_INTERACTIVE = {
    init: ['-input=false'],
    plan: ['-input=false'],
    apply: ['-auto-approve', '-input=false'],
    destroy: ['-auto-approve', '-input=false'],
    validate: [],
    show: [],
    output: [],
};
/** The argv for a request (pure): the command, the non-interactive flags, then the caller's args. */
function runnerArgs(request) {
    const forced = NON_INTERACTIVE[request.command].filter((flag) => !request.args.some((a) => a === flag || a.startsWith(`${flag.split('=')[0]}=`)));
    return [request.command, ...forced, ...request.args];
}
/** Parse and check a request; a one-line message when it is bad. */
async function parseRunnerRequest(text) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        return { ok: false, error: `request is not valid JSON: ${error.message}` };
    }
    if (!json || typeof json !== 'object' || Array.isArray(json)) {
        return { ok: false, error: 'request must be a JSON object' };
    }
    const parsed = runnerRequestSchema.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
        return { ok: false, error: `invalid request: ${where}${issue?.message ?? 'unknown problem'}` };
    }
    if (!(await (0,fs/* isDirectory */.wd)(parsed.data.work_dir))) {
        return {
            ok: false,
            error: `invalid request: work_dir ${parsed.data.work_dir} does not exist or is not a directory`,
        };
    }
    return { ok: true, request: parsed.data };
}
/** Handle one request; never throws. The response's output is ANSI-free. */
async function handleRunnerRequest(text, deps) {
    const now = deps.now ?? (() => new Date());
    const startedAt = now().toISOString();
    const fail = (error, exitCode = -1, output = '') => ({
        success: false,
        output,
        exit_code: exitCode,
        error_msg: error,
        started_at: startedAt,
        ended_at: now().toISOString(),
    });
    const parsed = await parseRunnerRequest(text);
    if (!parsed.ok)
        return fail(parsed.error);
    const { request } = parsed;
    try {
        const env = request.env_vars;
        const choice = await (0,tool/* chooseToolFor */.D9)({
            dir: request.work_dir,
            tool: request.tool,
            env,
            baseEnv: deps.baseEnv,
        });
        const args = runnerArgs(request);
        const result = await (0,run_tool/* runTool */.qI)({
            bin: choice.bin,
            args,
            cwd: request.work_dir,
            env,
            baseEnv: deps.baseEnv,
            timeoutMs: request.timeout * 60_000,
            ...(deps.signal ? { signal: deps.signal } : {}),
        }, deps);
        const exitCode = result.exitCode ?? -1;
        const detailed = request.command === 'plan' && args.includes('-detailed-exitcode');
        const success = exitCode === 0 || (detailed && exitCode === 2);
        if (success) {
            return {
                success,
                output: result.output,
                exit_code: exitCode,
                error_msg: '',
                started_at: startedAt,
                ended_at: now().toISOString(),
            };
        }
        const why = result.spawnError
            ? result.spawnError
            : result.stopped === 'timeout'
                ? `${request.tool} ${request.command} timed out after ${request.timeout} minutes (stopped with ${result.escalation ?? 'SIGINT'})`
                : result.stopped === 'cancelled'
                    ? `${request.tool} ${request.command} was cancelled (stopped with ${result.escalation ?? 'SIGINT'})`
                    : `${request.tool} ${request.command} failed with exit code ${exitCode}`;
        return fail(why, exitCode, result.output);
    }
    catch (error) {
        return fail((0,errors/* describeError */.Uc)(error).split('\n')[0] ?? 'unexpected error');
    }
}

;// CONCATENATED MODULE: ./src/cli/commands/runner.ts


const help = `Usage: gantry runner < request.json

The iac-runner protocol: one JSON request on stdin, one JSON response on stdout.

Request:  {"tool": "terraform"|"tofu", "work_dir": DIR, "command": ${RUNNER_COMMANDS.join('|')},
           "args": [strings], "env_vars": {NAME: value}, "timeout": minutes (default 60)}
Response: {"success", "output" (ANSI-free), "exit_code" (-1 when nothing ran),
           "error_msg", "started_at", "ended_at"} (RFC 3339 times)

Non-interactive: init, plan, apply and destroy get -input=false; apply and destroy also get
-auto-approve. A bad request runs nothing. The tool's live output goes to stderr.
Exit codes: 0 success, 1 otherwise.`;
async function readAll(stream) {
    const chunks = [];
    for await (const chunk of stream) {
        chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
}
const command = {
    name: 'runner',
    summary: 'Run one terraform/tofu command from a JSON request on stdin (iac-runner protocol)',
    help,
    async run(ctx) {
        const response = await handleRunnerRequest(await readAll(ctx.stdin), {
            exec: exec/* execProcess */.Z,
            log: ctx.log,
            signal: ctx.signal,
            baseEnv: ctx.env,
        });
        ctx.stdout.write(`${JSON.stringify(response)}\n`);
        return response.success ? 0 : 1;
    },
};


/***/ })

};
