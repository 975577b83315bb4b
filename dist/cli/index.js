import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(598);

process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 598:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: parseArgs

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/cli/commands.ts
/**
 * Every `gantry` subcommand, loaded lazily so `gantry tags` never pays for the Kubernetes client.
 * Each domain adds its own line here and its own file under ./commands/.
 */
const COMMANDS = {};

;// CONCATENATED MODULE: ./src/shared/errors.ts
/**
 * A mistake the user can fix (bad input, refused gate, missing tool). Printed as one line with
 * no stack trace; `reason` is a stable machine-readable code (e.g. `digest-mismatch`) that
 * actions expose as `failure-reason`.
 */
class UserError extends Error {
    reason;
    hint;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'UserError';
        this.reason = options.reason;
        this.hint = options.hint;
    }
    /** The one line a user sees: what was wrong, then what to do. */
    describe() {
        return this.hint ? `${this.message} ${this.hint}` : this.message;
    }
}
function isUserError(error) {
    return error instanceof UserError;
}
/** One line for a user mistake; the stack for a bug. */
function describeError(error) {
    if (isUserError(error))
        return error.describe();
    if (error instanceof Error)
        return error.stack ?? error.message;
    return String(error);
}

;// CONCATENATED MODULE: ./src/shared/log.ts
/** A logger for the CLI: human text on stderr, live output on stderr too, masks applied. */
function createConsoleLogger(options = {}) {
    const out = options.stream ?? process.stderr;
    const secrets = [];
    const redact = (text) => secrets.reduce((acc, s) => acc.split(s).join('***'), text);
    const line = (text) => {
        out.write(`${redact(text)}\n`);
    };
    return {
        info: line,
        warn: (m, a) => line(`warning: ${a?.file ? `${a.file}:${a.startLine ?? 0}: ` : ''}${m}`),
        error: (m, a) => line(`error: ${a?.file ? `${a.file}:${a.startLine ?? 0}: ` : ''}${m}`),
        debug: (m) => {
            if (options.verbose)
                line(`debug: ${m}`);
        },
        write: (chunk) => {
            out.write(redact(chunk));
        },
        async group(name, fn) {
            const started = Date.now();
            line(`── ${name}`);
            try {
                return await fn();
            }
            finally {
                options.verbose && line(`── ${name} done in ${Date.now() - started} ms`);
            }
        },
        mask(secret) {
            if (secret && secret.length >= 3 && !secrets.includes(secret))
                secrets.push(secret);
        },
    };
}
/** A logger that records everything; for tests and for capturing output. */
function createMemoryLogger() {
    const lines = [];
    const secrets = [];
    const redact = (text) => secrets.reduce((acc, s) => acc.split(s).join('***'), text);
    return {
        lines,
        text: () => lines.join('\n'),
        info: (m) => lines.push(redact(m)),
        warn: (m) => lines.push(redact(`warning: ${m}`)),
        error: (m) => lines.push(redact(`error: ${m}`)),
        debug: (m) => lines.push(redact(`debug: ${m}`)),
        write: (c) => lines.push(redact(c)),
        async group(name, fn) {
            lines.push(`::group::${name}`);
            try {
                return await fn();
            }
            finally {
                lines.push('::endgroup::');
            }
        },
        mask(secret) {
            if (secret)
                secrets.push(secret);
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/main.ts




function topHelp() {
    const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length), 8);
    const rows = Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(width)}  ${c.summary}`);
    return [
        'gantry — plan, apply, publish and roll out, locally or in GitHub Actions',
        '',
        'Usage: gantry <command> [options]',
        '',
        'Commands:',
        ...rows,
        '',
        'Run `gantry <command> --help` for the options of one command.',
    ].join('\n');
}
async function main(argv, io = {}) {
    const stdout = io.stdout ?? process.stdout;
    const stderr = io.stderr ?? process.stderr;
    const [name, ...rest] = argv;
    if (!name || name === '--help' || name === '-h' || name === 'help') {
        stdout.write(`${topHelp()}\n`);
        return name ? 0 : 1;
    }
    if (name === '--version' || name === '-v') {
        stdout.write('gantry 0.1.0\n');
        return 0;
    }
    const entry = COMMANDS[name];
    if (!entry) {
        stderr.write(`gantry: unknown command '${name}'. Valid commands: ${Object.keys(COMMANDS).join(', ')}.\n`);
        return 1;
    }
    let command;
    try {
        command = await entry.load();
    }
    catch (error) {
        stderr.write(`gantry ${name}: ${describeError(error)}\n`);
        return 1;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
        stdout.write(`${command.help.trimEnd()}\n`);
        return 0;
    }
    const controller = new AbortController();
    const onSignal = () => controller.abort();
    if (!io.signal) {
        process.once('SIGINT', onSignal);
        process.once('SIGTERM', onSignal);
    }
    try {
        return await command.run({
            argv: rest,
            stdout,
            stderr,
            stdin: io.stdin ?? process.stdin,
            env: io.env ?? process.env,
            cwd: io.cwd ?? process.cwd(),
            log: io.log ?? createConsoleLogger({ stream: stderr, verbose: Boolean(process.env.GANTRY_DEBUG) }),
            signal: io.signal ?? controller.signal,
        });
    }
    catch (error) {
        // parseArgs throws TypeErrors with codes like ERR_PARSE_ARGS_UNKNOWN_OPTION for bad flags.
        const code = error.code ?? '';
        if (isUserError(error) || code.startsWith('ERR_PARSE_ARGS')) {
            const message = isUserError(error) ? error.describe() : error.message;
            stderr.write(`gantry ${name}: ${message}\n`);
        }
        else {
            stderr.write(`gantry ${name}: internal error: ${describeError(error)}\n`);
        }
        return 1;
    }
    finally {
        process.removeListener('SIGINT', onSignal);
        process.removeListener('SIGTERM', onSignal);
    }
}
/** Re-exported so commands share one flag parser with strict unknown-option errors. */



/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
