export const id = 571;
export const ids = [571];
export const modules = {

/***/ 7571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ command)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
;// CONCATENATED MODULE: ./src/ops/local-action.ts

/** `--with name=value` pairs, checked against the action's inputs before anything runs. */
function parseWith(pairs, spec, action) {
    const known = Object.keys(spec.inputs ?? {});
    const values = {};
    for (const pair of pairs) {
        const eq = pair.indexOf('=');
        const name = eq > 0 ? pair.slice(0, eq) : '';
        if (!name) {
            throw new errors/* UserError */.yo(`--with '${pair}' is not name=value.`, {
                hint: 'E.g. --with images=ghcr.io/acme/shop.',
            });
        }
        if (!known.includes(name)) {
            throw new errors/* UserError */.yo(`${action} has no input '${name}'.`, {
                hint: `Its inputs: ${known.join(', ')}.`,
            });
        }
        values[name] = pair.slice(eq + 1);
    }
    for (const [name, input] of Object.entries(spec.inputs ?? {})) {
        if (input.required && input.default === undefined && !values[name]) {
            throw new errors/* UserError */.yo(`${action} needs --with ${name}=….`, { reason: 'invalid-input' });
        }
    }
    return values;
}
const envName = (input) => `INPUT_${input.replace(/ /g, '_').toUpperCase()}`;
/** The environment the runner would give the action's process. */
function actionEnv(spec, given, ctx) {
    const env = {
        GITHUB_ACTIONS: 'true',
        GITHUB_REF: ctx.ref,
        GITHUB_REF_NAME: ctx.ref.replace(/^refs\/(heads|tags)\//, ''),
        GITHUB_SHA: ctx.sha,
        GITHUB_EVENT_NAME: ctx.eventName,
        GITHUB_WORKSPACE: ctx.workspace,
        GITHUB_OUTPUT: ctx.outputFile,
        GITHUB_STEP_SUMMARY: ctx.summaryFile,
        RUNNER_TEMP: ctx.tempDir,
        ...(ctx.repository ? { GITHUB_REPOSITORY: ctx.repository } : {}),
    };
    for (const [name, input] of Object.entries(spec.inputs ?? {})) {
        const fallback = input.default === undefined
            ? ''
            : String(input.default).replace(/\$\{\{\s*github\.token\s*\}\}/g, ctx.token);
        env[envName(name)] = given[name] ?? fallback;
    }
    return env;
}
/** Outputs from a GITHUB_OUTPUT file (`name<<DELIM … DELIM` blocks, or `name=value` lines). */
function parseOutputs(text) {
    const outputs = {};
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i] ?? '';
        const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
        if (heredoc) {
            const [, name = '', delimiter] = heredoc;
            const body = [];
            while (++i < lines.length && lines[i] !== delimiter)
                body.push(lines[i] ?? '');
            outputs[name] = body.join('\n');
        }
        else if (line.includes('=')) {
            outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
        }
    }
    return outputs;
}
/** Decode a workflow command's data (%25 %0D %0A escaping, as @actions/core encodes it). */
function unescapeData(value) {
    return value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
/**
 * What the runner does with an action's stdout, for a terminal: `::add-mask::` values are
 * never shown again (and the command itself is swallowed), workflow commands become readable
 * lines, partial lines wait for their end. Feed chunks; `end()` flushes the last line.
 */
function createRunnerFilter(options = {}) {
    const masks = [];
    let pending = '';
    const redact = (text) => masks.reduce((acc, m) => acc.split(m).join('***'), text);
    const line = (raw) => {
        const cmd = /^::([a-z-]+)(?: [^:]*)?::(.*)$/.exec(raw);
        if (!cmd)
            return redact(raw);
        const [, name = '', data = ''] = cmd;
        const value = unescapeData(data);
        switch (name) {
            case 'add-mask':
                if (value)
                    masks.push(value, ...value.split('\n').filter((l) => l.length >= 4));
                masks.sort((a, b) => b.length - a.length);
                return undefined;
            case 'group':
                return redact(`── ${value}`);
            case 'endgroup':
                return undefined;
            case 'debug':
                return options.debug ? redact(`debug: ${value}`) : undefined;
            case 'error':
            case 'warning':
            case 'notice':
                return redact(`${name}: ${value}`);
            default:
                return undefined; // set-output, save-state, echo, …: not for a terminal
        }
    };
    const take = (text) => text
        .split('\n')
        .map(line)
        .filter((l) => l !== undefined)
        .map((l) => `${l}\n`)
        .join('');
    return {
        write(chunk) {
            const text = pending + chunk;
            const cut = text.lastIndexOf('\n');
            pending = cut < 0 ? text : text.slice(cut + 1);
            return cut < 0 ? '' : take(text.slice(0, cut));
        },
        end() {
            const rest = pending;
            pending = '';
            return rest ? take(rest) : '';
        },
        redact,
    };
}

// EXTERNAL MODULE: ./src/shared/exec.ts
var exec = __webpack_require__(7304);
;// CONCATENATED MODULE: ./src/cli/commands/run-action.ts










/** The gantry package root (where actions/ and action.yml live), from source or the bundle. */
function packageRoot() {
    let dir = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (;;) {
        const pkg = (0,external_node_path_.join)(dir, 'package.json');
        if ((0,external_node_fs_.existsSync)(pkg) && /"name":\s*"gantry"/.test((0,external_node_fs_.readFileSync)(pkg, 'utf8')))
            return dir;
        const up = (0,external_node_path_.dirname)(dir);
        if (up === dir)
            throw new errors/* UserError */.yo('cannot find the gantry package (its package.json).');
        dir = up;
    }
}
async function git(cwd, args) {
    const r = await (0,exec/* execProcess */.Z)({ command: 'git', args, cwd, timeoutMs: 10_000 });
    return r.exitCode === 0 ? r.stdout.trim() || undefined : undefined;
}
const command = {
    name: 'run-action',
    summary: 'Run a Gantry action here as the runner would (inputs, git context, outputs)',
    help: `Usage: gantry run-action <action> [--with name=value …] [--ref <ref>] [--event push]

Runs actions/<action> (or the root action: gantry) from this machine with the runner's
contract: each input in INPUT_<NAME> (given with --with, else its action.yml default;
\${{ github.token }} defaults take GITHUB_TOKEN), GITHUB_REF/SHA from git, outputs collected
from GITHUB_OUTPUT and printed as name=value lines at the end. Exits with the action's code.
Example: gantry run-action publish --with images=ghcr.io/acme/shop --with context=.

Options:
  --with <name=value>   an input (repeatable); unknown names and missing required ones fail first
  --with-env <name=VAR> an input from an environment variable (for passwords: not on the command line)
  --ref <ref>           git ref (default: the current branch, else the tag at HEAD)
  --event <name>        GITHUB_EVENT_NAME (default push)
  --bundle <file>       run this bundle instead of the one action.yml names
`,
    async run(ctx) {
        const { values, positionals } = (0,external_node_util_.parseArgs)({
            args: ctx.argv,
            options: {
                with: { type: 'string', multiple: true },
                'with-env': { type: 'string', multiple: true },
                ref: { type: 'string' },
                event: { type: 'string', default: 'push' },
                bundle: { type: 'string' },
            },
            strict: true,
            allowPositionals: true,
        });
        // 1. The action and its inputs, checked before anything runs.
        const [name, ...extra] = positionals;
        if (!name || extra.length)
            throw new errors/* UserError */.yo('name one action, e.g. gantry run-action publish.');
        const root = packageRoot();
        const dir = name === 'gantry' ? root : (0,external_node_path_.join)(root, 'actions', name);
        const ymlFile = (0,external_node_path_.join)(dir, 'action.yml');
        if (!/^[a-z][a-z0-9-]*$/.test(name) || !(0,external_node_fs_.existsSync)(ymlFile)) {
            throw new errors/* UserError */.yo(`there is no action '${name}'.`, {
                hint: 'Use plan, apply, publish, rollout or gantry.',
            });
        }
        const spec = (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)(ymlFile, 'utf8'));
        // --with-env password=REGISTRY_PASSWORD: the value never appears on a command line.
        const fromEnv = (values['with-env'] ?? []).map((pair) => {
            const [input = '', variable = ''] = pair.split('=', 2);
            const value = ctx.env[variable];
            if (!variable || value === undefined) {
                throw new errors/* UserError */.yo(`--with-env ${pair}: the variable '${variable}' is not set.`);
            }
            return `${input}=${value}`;
        });
        const given = parseWith([...(values.with ?? []), ...fromEnv], spec, name);
        const bundle = (0,external_node_path_.resolve)(ctx.cwd, values.bundle ?? (0,external_node_path_.join)(dir, spec.runs?.main ?? 'index.js'));
        if (!(0,external_node_fs_.existsSync)(bundle)) {
            throw new errors/* UserError */.yo(`${bundle} does not exist.`, {
                hint: `Build it: node scripts/build.mjs ${name}.`,
            });
        }
        // 2. The git context.
        const tagAtHead = async () => {
            const tag = await git(ctx.cwd, ['describe', '--exact-match', '--tags', 'HEAD']);
            return tag ? `refs/tags/${tag}` : undefined;
        };
        const ref = values.ref ?? (await git(ctx.cwd, ['symbolic-ref', '-q', 'HEAD'])) ?? (await tagAtHead());
        const sha = (await git(ctx.cwd, ['rev-parse', 'HEAD'])) ?? '';
        if (!ref)
            throw new errors/* UserError */.yo('no git ref here.', {
                hint: 'Pass --ref refs/heads/<branch> or refs/tags/<tag>.',
            });
        // 3. Run it with the runner's files.
        const temp = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'gantry-run-action-'));
        try {
            const outputFile = (0,external_node_path_.join)(temp, 'output');
            const summaryFile = (0,external_node_path_.join)(temp, 'summary.md');
            await (0,promises_.writeFile)(outputFile, '');
            await (0,promises_.writeFile)(summaryFile, '');
            const inherited = Object.fromEntries(Object.entries(ctx.env).filter((e) => !e[0].startsWith('INPUT_') && e[1] !== undefined));
            const env = actionEnv(spec, given, {
                ref,
                sha,
                eventName: values.event ?? 'push',
                workspace: ctx.cwd,
                outputFile,
                summaryFile,
                tempDir: temp,
                token: ctx.env.GITHUB_TOKEN ?? ctx.env.GH_TOKEN ?? '',
            });
            // The runner's job on stdout: honour ::add-mask::, make workflow commands readable.
            const filter = createRunnerFilter({ debug: Boolean(ctx.env.GANTRY_DEBUG) });
            const result = await (0,exec/* execProcess */.Z)({
                command: process.execPath,
                args: [bundle],
                cwd: ctx.cwd,
                env: { ...inherited, ...env },
                replaceEnv: true,
                signal: ctx.signal,
                onStdout: (c) => ctx.stderr.write(filter.write(c)),
                onStderr: (c) => ctx.stderr.write(filter.redact(c)),
            });
            ctx.stderr.write(filter.end());
            // 4. Outputs on stdout, one name=value per line.
            const outputs = parseOutputs(await (0,promises_.readFile)(outputFile, 'utf8'));
            for (const [key, value] of Object.entries(outputs)) {
                ctx.stdout.write(filter.redact(`${key}=${value.replace(/\n/g, '\\n')}\n`));
            }
            return result.exitCode ?? 1;
        }
        finally {
            await (0,promises_.rm)(temp, { recursive: true, force: true });
        }
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
