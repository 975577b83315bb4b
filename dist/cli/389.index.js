export const id = 389;
export const ids = [389];
export const modules = {

/***/ 6591:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



/* unused reexport */ __webpack_require__(5335);
exports.parse = __webpack_require__(2696);


/***/ }),

/***/ 2696:
/***/ ((module) => {



/**
 * @import {
 * 	ControlOperator,
 * 	Env,
 * 	GlobPattern,
 * 	ParseEntry,
 * } from './parse' */

// '<(' and '>(' are process substitution operators and
// can be parsed the same as control operator
var CONTROL = /** @type {const} */ ('(?:') + /** @type {const} */ ([
	'\\|\\|',
	'\\&(?:\\&|>>?)', // `&&`, `&>`, and `&>>`
	';;\\&?', // `;;` and `;;&`
	'[;|]\\&', // `;&` and `|&`
	'\\<\\(',
	'\\<\\<\\<',
	'\\<\\<-',
	'\\<\\<(?!\\()', // `<<(` stays `<` and `<(`, as zsh reads it; other shells reject it
	'>>',
	'>[&|(]', // `>&`, `>|`, and `>(`
	'<[&>]', // `<&` and `<>`
	'[&;()|<>]'
]).join(/** @type {const} */ ('|')) + /** @type {const} */ (')');
var controlRE = new RegExp('^' + CONTROL + '$');
var META = /** @type {const} */ ('|&;()<> \\t');
var SINGLE_QUOTE = /** @type {const} */ ('\'([^\']*?)\'');
// bash ANSI-C quoting, `$'...'`: a backslash escapes the next character, including `'`
var ANSI_C_BODY = '(?:\\\\[\\s\\S]|[^\\\\\'])*?';
var ANSI_C_QUOTE = '\\$\'' + ANSI_C_BODY + '\'';
var ansiCAt = new RegExp('\\$\'' + ANSI_C_BODY + '(?:(\')|\\\\?$)', 'g');
var ANSI_C_LETTERS = 'abeEfnrtv';
var ANSI_C_CHARS = '\x07\b\x1B\x1B\f\n\r\t\v';
var hash = /^#$/;

var SQ = /** @type {const} */ ("'");
var DQ = /** @type {const} */ ('"');
var DS = /** @type {const} */ ('$');

var TOKEN = '';
var mult = /** @type {const} */ (0x100000000); // Math.pow(16, 8);
for (var i = 0; i < 4; i++) {
	TOKEN += (mult * Math.random()).toString(16);
}
var startsWithToken = new RegExp('^' + TOKEN);

/**
 * @param {string} s
 * @param {RegExp} r
 */
function matchAll(s, r) {
	var origIndex = r.lastIndex;

	var matches = [];
	var matchObj;

	while ((matchObj = r.exec(s))) {
		matches[matches.length] = matchObj;
		if (r.lastIndex === matchObj.index) {
			r.lastIndex += 1;
		}
	}

	r.lastIndex = origIndex;

	return matches;
}

/**
 * @param {Env} env
 * @param {string} pre
 * @param {string} key
 */
function getVar(env, pre, key) {
	var r = typeof env === 'function' ? env(key) : env[key];
	if (typeof r === 'undefined' && key != '') {
		r = '';
	} else if (typeof r === 'undefined') {
		r = '$';
	}

	if (typeof r === 'object') {
		return pre + TOKEN + JSON.stringify(r) + TOKEN;
	}
	return pre + r;
}

var ansiCEscape = /\\([0-7]{1,3}|x[\dA-Fa-f]{1,2}|u[\dA-Fa-f]{1,4}|U[\dA-Fa-f]{1,8}|c(?:\\\\|[\s\S])|[abeEfnrtv\\'"?])/g;

/**
 * @param {string} m
 * @param {string} escape
 */
function expandAnsiCEscape(m, escape) {
	var kind = escape.charAt(0);
	if (kind === 'c') {
		var ctrl = escape.charAt(1);
		return ctrl === '?' ? '\x7F' : String.fromCharCode(ctrl.charCodeAt(0) & 0x1F);
	}
	if (kind === 'x' || kind === 'u' || kind === 'U') {
		var cp = parseInt(escape.slice(1), 16);
		if (cp > 0x10FFFF) {
			return m;
		}
		return String.fromCharCode.apply(null, cp > 0xFFFF ? [0xD7C0 + (cp >> 10), 0xDC00 + (cp & 0x3FF)] : [cp]);
	}
	if (kind >= '0' && kind <= '7') {
		return String.fromCharCode(parseInt(escape, 8) & 0xFF);
	}
	var letter = ANSI_C_LETTERS.indexOf(escape);
	return letter < 0 ? escape : ANSI_C_CHARS.charAt(letter);
}

/** @param {string} body */
function expandAnsiC(body) {
	return body.replace(ansiCEscape, expandAnsiCEscape).split('\0')[0]; // like bash, a NUL ends the string
}

/**
 * @param {string} s
 * @param {number} i
 */
function closesAnsiC(s, i) {
	ansiCAt.lastIndex = i;
	return !!(/** @type {RegExpExecArray} */ (ansiCAt.exec(s)))[1];
}

/**
 * @param {string} string
 * @param {Env} [env]
 * @param {{ escape?: string, splitUnquoted?: boolean | string }} [opts]
 * @returns {ParseEntry[]}
 */
function parseInternal(string, env, opts) {
	if (!opts) {
		opts = {};
	}
	var BS = opts.escape || '\\';
	var ifs = opts.splitUnquoted === true ? ' \t\n' : (typeof opts.splitUnquoted === 'string' ? opts.splitUnquoted : '');
	var BAREWORD = '(\\' + BS + '[\'"$\\' + BS + META + ']|\\$\\$|\\$(?!' + ANSI_C_QUOTE.slice(2) + ')|[^\\s\'"$' + META + '])+';
	var DOUBLE_QUOTE = '"(?:\\' + BS + '[\\s\\S]|[^"\\' + BS + '])*"';

	var chunker = new RegExp([
		'(' + CONTROL + ')', // control chars
		'(' + ANSI_C_QUOTE + '|' + BAREWORD + '|' + DOUBLE_QUOTE + '|' + SINGLE_QUOTE + ')+'
	].join('|'), 'g');

	var matches = matchAll(string, chunker);

	if (matches.length === 0) {
		return [];
	}
	if (!env) {
		env = {};
	}

	var commented = false;

	return matches.map(function (match) {
		var s = match[0];
		if (!s || commented) {
			return void undefined;
		}
		if (controlRE.test(s)) {
			return /** @type {ControlOperator} */ ({ op: s });
		}

		// Hand-written scanner/parser for Bash quoting rules:
		//
		// 1. inside single quotes, all characters are printed literally.
		// 2. inside double quotes, all characters are printed literally
		//    except variables prefixed by '$' and backslashes followed by
		//    either a double quote or another backslash.
		// 3. outside of any quotes, backslashes are treated as escape
		//    characters and not printed (unless they are themselves escaped)
		// 4. quote context can switch mid-token if there is no whitespace
		//     between the two quote contexts (e.g. all'one'"token" parses as
		//     "allonetoken")
		/** @type {string | boolean} */
		var quote = false;
		var esc = false;
		var out = '';
		/** @type {string[]} */
		var words = [];
		var sawQuote = false;
		/** @type {number | null} */
		var pendingNw = null;
		var isGlob = false;
		/** @type {number} */
		var i;

		function parseEnvVar() {
			i += 1;
			/** @type {number | RegExpMatchArray | null} */
			var varend;
			/** @type {string} */
			var varname;
			var char = s.charAt(i);

			if (char === '{') {
				i += 1;
				if (s.charAt(i) === '}') {
					throw new Error('Bad substitution: ' + s.slice(i - 2, i + 1));
				}
				// match braces by depth so a nested `${` keeps its inner `}` from ending the outer substitution
				var depth = 1;
				varend = i;
				while (depth > 0 && varend < s.length) {
					if (s.charAt(varend) === '{' && s.charAt(varend - 1) === '$') {
						depth += 1;
					} else if (s.charAt(varend) === '}') {
						depth -= 1;
					}
					varend += 1;
				}
				if (depth !== 0) {
					throw new Error('Bad substitution: ' + s.slice(i));
				}
				varend -= 1;
				varname = s.slice(i, varend);
				i = varend;
			} else if ((/[*@#?$!-]/).test(char)) {
				varname = char;
			} else {
				var slicedFromI = s.slice(i);
				varend = slicedFromI.match(/[^\w\d_]/);
				if (!varend) {
					varname = slicedFromI;
					i = s.length;
				} else {
					varname = slicedFromI.slice(0, varend.index);
					i += /** @type {number} */ (varend.index) - 1;
				}
			}
			return getVar(/** @type {NonNullable<typeof env>} */ (env), '', varname);
		}

		function flushRun() {
			if (pendingNw === null) {
				return;
			}
			if (pendingNw === 0) {
				if (out !== '') {
					words[words.length] = out;
					out = '';
				}
			} else {
				words[words.length] = out;
				out = '';
				for (var fe = 1; fe < pendingNw; fe += 1) {
					words[words.length] = '';
				}
			}
			pendingNw = null;
		}

		for (i = 0; i < s.length; i++) {
			var c = s.charAt(i);
			if (ifs && c !== DS) {
				flushRun();
			}
			isGlob = isGlob || (!quote && (c === '*' || c === '?'));
			if (esc) {
				out += c;
				esc = false;
			} else if (quote) {
				if (c === quote) {
					quote = false;
				} else if (quote == SQ) {
					out += c;
				} else { // Double quote
					if (c === BS) {
						i += 1;
						c = s.charAt(i);
						if (c === DQ || c === BS || c === DS) {
							out += c;
						} else {
							out += BS + c;
						}
					} else if (c === DS) {
						out += parseEnvVar();
					} else {
						out += c;
					}
				}
			} else if (c === DQ || c === SQ) {
				quote = c;
				sawQuote = true;
			} else if (controlRE.test(c)) {
				return /** @type {ControlOperator} */ ({ op: s });
			} else if (hash.test(c)) {
				commented = true;
				var commentObj = { comment: string.slice(match.index + i + 1) };
				if (out.length) {
					return /** @type {const} */ ([out, commentObj]);
				}
				return /** @type {const} */ ([commentObj]);
			} else if (c === BS) {
				esc = true;
			} else if (c === DS && s.charAt(i + 1) === SQ && closesAnsiC(s, i)) {
				flushRun();
				sawQuote = true;
				out += expandAnsiC(s.slice(i + 2, ansiCAt.lastIndex - 1));
				i = ansiCAt.lastIndex - 1;
			} else if (c === DS) {
				var value = parseEnvVar();
				if (!ifs) {
					out += value;
				} else {
					for (var vi = 0; vi < value.length; vi += 1) {
						var vc = value.charAt(vi);
						if (ifs.indexOf(vc) < 0) {
							flushRun();
							out += vc;
						} else if (pendingNw === null) {
							pendingNw = vc === ' ' || vc === '\t' || vc === '\n' ? 0 : 1;
						} else if (vc !== ' ' && vc !== '\t' && vc !== '\n') {
							pendingNw += 1;
						}
					}
				}
			} else {
				out += c;
			}
		}

		if (isGlob) {
			return /** @type {GlobPattern} */ ({ op: 'glob', pattern: out });
		}

		if (ifs) {
			if (pendingNw !== null && pendingNw > 0) {
				words[words.length] = out;
				out = '';
				for (var te = 1; te < pendingNw; te += 1) {
					words[words.length] = '';
				}
			}
			if (out !== '' || (sawQuote && words.length === 0)) {
				words[words.length] = out;
			}
			return words;
		}

		return out;
	}).reduce(function (prev, arg) { // finalize parsed arguments
		if (typeof arg === 'undefined') {
			return prev;
		}
		/** @type {ParseEntry[]} */ ([]).concat(arg).forEach(function (entry) {
			prev[prev.length] = entry;
		});
		return prev;
	}, /** @type {ParseEntry[]} */ ([]));
}

/** @type {typeof import('./parse')} */
module.exports = function parse(s, env, opts) {
	var mapped = parseInternal(s, env, opts);
	if (typeof env !== 'function') {
		return mapped;
	}
	return mapped.reduce(function (acc, s) {
		if (typeof s === 'object') {
			acc[acc.length] = s;
			return acc;
		}
		var xs = s.split(RegExp('(' + TOKEN + '.*?' + TOKEN + ')', 'g'));
		if (xs.length === 1) {
			acc[acc.length] = xs[0];
			return acc;
		}
		xs.filter(Boolean).forEach(function (x) {
			acc[acc.length] = startsWithToken.test(x)
				? JSON.parse(x.split(TOKEN)[1])
				: x;
		});
		return acc;
	}, /** @type {ParseEntry[]} */ ([]));
};


/***/ }),

/***/ 5335:
/***/ ((module) => {



/** @import { ControlOperator } from './parse' */

/** @type {ControlOperator['op'][]} */
var OPS = /** @type {const} */ ([
	'||',
	'&&',
	';;&',
	';;',
	';&',
	'|&',
	'<(',
	'>(',
	'<<<',
	'<<-',
	'<<',
	'>>',
	'>&',
	'>|',
	'&>>',
	'&>',
	'<&',
	'<>',
	'&',
	';',
	'(',
	')',
	'|',
	'<',
	'>'
]);
var LINE_TERMINATORS = /[\n\r\u2028\u2029]/;
var GLOB_SHELL_SPECIAL = /[\s#!"$&'():;<=>@\\^`|~]/g;

/** @type {typeof import('./quote')} */
module.exports = function quote(xs) {
	var sawComment = false;
	return xs.map(function (s) {
		if (sawComment && typeof s === 'string' && LINE_TERMINATORS.test(s)) {
			throw new TypeError('a token after a `comment` must not contain line terminators');
		}
		if (s === '') {
			return /** @type {const} */ ('\'\'');
		}
		if (s && typeof s === 'object') {
			if ('op' in s && s.op === 'glob') {
				if (typeof s.pattern !== 'string') {
					throw new TypeError('glob token requires a string `pattern`');
				}
				if (LINE_TERMINATORS.test(s.pattern)) {
					throw new TypeError('glob `pattern` must not contain line terminators');
				}
				if (s.pattern === '') {
					return /** @type {const} */ ('\'\'');
				}
				return s.pattern.replace(GLOB_SHELL_SPECIAL, '\\$&');
			}
			if ('op' in s && typeof s.op === 'string') {
				if (OPS.indexOf(s.op) < 0) {
					throw new TypeError('invalid `op` value: ' + JSON.stringify(s.op));
				}
				return s.op.replace(/[\s\S]/g, '\\$&');
			}
			if ('comment' in s && typeof s.comment === 'string') {
				if (LINE_TERMINATORS.test(s.comment)) {
					throw new TypeError('`comment` must not contain line terminators');
				}
				sawComment = true;
				return '#' + s.comment;
			}
			throw new TypeError('unrecognized object token shape');
		}
		if ((/'/).test(s) && (/!/).test(s)) {
			return "'" + s.replace(/'/g, "'\"'\"'") + "'";
		}
		if ((/["\s\\]/).test(s) && !(/'/).test(s)) {
			return "'" + s + "'";
		}
		if ((/["'\s]/).test(s)) {
			return '"' + s.replace(/(["\\$`])/g, '\\$1') + '"';
		}
		return String(s).replace(/([A-Za-z]:)?([#!"$&'()*,:;<=>?@[\\\]^`{|}~])/g, '$1\\$2');
	}).join(' ');
};


/***/ }),

/***/ 6522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gt: () => (/* binding */ initArgs),
/* harmony export */   Ze: () => (/* binding */ outputArgs),
/* harmony export */   dV: () => (/* binding */ workspaceArgs),
/* harmony export */   g0: () => (/* binding */ splitFlags),
/* harmony export */   kc: () => (/* binding */ displayCommand),
/* harmony export */   ki: () => (/* binding */ applyArgs),
/* harmony export */   lS: () => (/* binding */ showArgs),
/* harmony export */   rC: () => (/* binding */ planArgs)
/* harmony export */ });
/* unused harmony export backendConfigFlags */
/* harmony import */ var shell_quote__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6591);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8382);


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
    const tokens = (0,shell_quote__WEBPACK_IMPORTED_MODULE_0__.parse)(text, (name) => `\u0000$${name}`);
    for (const token of tokens) {
        if (typeof token === 'string') {
            if (token.includes('\u0000$')) {
                throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${what}: '${text}' uses a shell variable ($…), which is not expanded here.`, {
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
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${what}: '${text}' ${problem}, which is shell syntax; flags are not run through a shell.`, { reason: 'bad-input', hint: 'Quote the character if it is part of a value.' });
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
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Workspace name '${name}' is not valid.`, {
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
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`parallelism must be a positive whole number, got ${input.parallelism}.`, {
                reason: 'bad-input',
            });
        }
        out.push(`-parallelism=${input.parallelism}`);
    }
    if (input.lockTimeout !== undefined) {
        if (!Number.isFinite(input.lockTimeout) || input.lockTimeout < 0) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`lock timeout must be ≥ 0 seconds, got ${input.lockTimeout}.`, {
                reason: 'bad-input',
            });
        }
        out.push(`-lock-timeout=${Math.round(input.lockTimeout)}s`);
    }
    return out;
}
function varName(name) {
    if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Variable name '${name}' is not valid.`, {
            reason: 'bad-input',
            hint: 'Pass variables as name=value with a terraform identifier as the name.',
        });
    }
    return name;
}


/***/ }),

/***/ 5331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vZ: () => (/* binding */ describeRun),
  ci: () => (/* binding */ outputTail),
  qI: () => (/* binding */ runTool)
});

// UNUSED EXPORTS: DEFAULT_GRACE_MS, DEFAULT_TIMEOUT_MINUTES

;// CONCATENATED MODULE: ./src/shared/ansi.ts
// ANSI escape sequences (colours, cursor moves) as terraform and builders print them.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007]*\u0007/g;
/** Text for a comment or artifact: the live log keeps colours, documents never do. */
function stripAnsi(text) {
    return text.replace(ANSI, '');
}

// EXTERNAL MODULE: ./src/iac/args.ts
var args = __webpack_require__(6522);
// EXTERNAL MODULE: ./src/iac/tool.ts
var tool = __webpack_require__(8397);
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
    const command = (0,args/* displayCommand */.kc)(request.bin, request.args);
    log.info(`$ ${command}`);
    const echo = request.echo ?? 'raw';
    const pieces = [];
    const json = echo === 'json' ? jsonEcho(log) : undefined;
    const result = await deps.exec({
        command: request.bin,
        args: request.args,
        cwd: request.cwd,
        ...(0,tool/* execEnv */.BX)(request.baseEnv, request.env),
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


/***/ }),

/***/ 8397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BX: () => (/* binding */ execEnv),
/* harmony export */   D9: () => (/* binding */ chooseToolFor),
/* harmony export */   fX: () => (/* binding */ toolVersion)
/* harmony export */ });
/* unused harmony exports BIN_ENV, chooseTool, describeReason, pathLookup, parseVersionJson, resolveTool */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8816);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8382);





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
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${tool} was chosen (${describeReason(reason)}) but is not installed.`, {
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
    throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('Neither terraform nor tofu was found.', {
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
    const dirs = (env.PATH ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter).filter(Boolean);
    const found = {};
    for (const name of ['terraform', 'tofu']) {
        for (const dir of dirs) {
            const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name);
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)(candidate, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK);
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
const versionJson = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    terraform_version: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
    tofu_version: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
    opentofu_version: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
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
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Could not run '${choice.bin} version -json': ${why}.`, {
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
        dirFiles = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(options.dir);
    }
    catch {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Working directory ${options.dir} does not exist or is not readable.`, {
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
    const dirs = bin.includes('/') ? [''] : (env.PATH ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter).filter(Boolean);
    for (const dir of dirs) {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)(dir ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, bin) : bin, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK);
            return;
        }
        catch {
            // keep looking
        }
    }
    throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${bin}: not found or not executable.`, {
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


/***/ }),

/***/ 6242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   t2: () => (/* binding */ exists),
/* harmony export */   wd: () => (/* binding */ isDirectory)
/* harmony export */ });
/* unused harmony export sha256 */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);



async function sha256File(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path))
        hash.update(chunk);
    return hash.digest('hex');
}
function sha256(text) {
    return createHash('sha256').update(text).digest('hex');
}
async function exists(path) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.access)(path);
        return true;
    }
    catch {
        return false;
    }
}
async function isDirectory(path) {
    try {
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(path)).isDirectory();
    }
    catch {
        return false;
    }
}


/***/ })

};
