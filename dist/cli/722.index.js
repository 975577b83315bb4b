export const id = 722;
export const ids = [722];
export const modules = {

/***/ 3722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _ops_logs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6477);
/* harmony import */ var _ops_status_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5738);
/* harmony import */ var _ops_target_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2115);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8382);





const command = {
    name: 'logs',
    summary: 'Recent logs of the pods of an app',
    help: `Usage: gantry logs --namespace <ns> --app <name> [--color active] [--tail 200]

Prints the last lines of each pod's log, every line prefixed with [pod-name].

Options:
${_ops_target_js__WEBPACK_IMPORTED_MODULE_2__/* .TARGET_HELP */ .aL}
  --color <which>       active (default), previous, blue, green or all
  --tail <n>            lines per pod (default 200)
`,
    async run(ctx) {
        const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: ctx.argv,
            options: {
                ..._ops_target_js__WEBPACK_IMPORTED_MODULE_2__/* .TARGET_OPTIONS */ .FG,
                color: { type: 'string', default: 'active' },
                tail: { type: 'string', default: '200' },
            },
            strict: true,
            allowPositionals: false,
        });
        const target = (0,_ops_target_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTarget */ .hu)(values);
        const choice = values.color;
        if (!_ops_logs_js__WEBPACK_IMPORTED_MODULE_4__/* .COLOR_CHOICES */ .zg.includes(choice)) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`--color '${values.color}' is not one of ${_ops_logs_js__WEBPACK_IMPORTED_MODULE_4__/* .COLOR_CHOICES */ .zg.join(', ')}.`);
        }
        const tailLines = Number(values.tail);
        if (!Number.isInteger(tailLines) || tailLines <= 0) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`--tail '${values.tail}' is not a positive whole number.`);
        }
        const reader = (0,_ops_target_js__WEBPACK_IMPORTED_MODULE_2__/* .readerFor */ .d2)(target, ctx.env);
        const status = await (0,_ops_status_js__WEBPACK_IMPORTED_MODULE_1__/* .collectStatus */ .hB)(reader, { ...target, maxEvents: 0 });
        const pods = (0,_ops_logs_js__WEBPACK_IMPORTED_MODULE_4__/* .podsFor */ .uM)(status, choice);
        if (!pods.length) {
            ctx.stderr.write(`gantry logs: no ${choice} pods for ${target.app} in ${target.namespace}\n`);
            return 1;
        }
        const logs = await (0,_ops_logs_js__WEBPACK_IMPORTED_MODULE_4__/* .readLogs */ .o_)(reader, target.namespace, pods, { tailLines });
        ctx.stdout.write(`${(0,_ops_logs_js__WEBPACK_IMPORTED_MODULE_4__/* .formatLogs */ .l8)(logs)}\n`);
        return logs.every((l) => l.error !== undefined) ? 1 : 0;
    },
};


/***/ }),

/***/ 6477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Is: () => (/* binding */ logName),
/* harmony export */   l8: () => (/* binding */ formatLogs),
/* harmony export */   o_: () => (/* binding */ readLogs),
/* harmony export */   uM: () => (/* binding */ podsFor),
/* harmony export */   zg: () => (/* binding */ COLOR_CHOICES)
/* harmony export */ });
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9187);

const COLOR_CHOICES = ['active', 'previous', 'blue', 'green', 'all'];
/** The pods whose logs a choice means, from a status already collected. */
function podsFor(status, choice) {
    return status.colors
        .filter((c) => {
        if (choice === 'all')
            return true;
        if (choice === 'active' || choice === 'previous')
            return c.role === choice;
        return c.color === choice;
    })
        .flatMap((c) => c.pods);
}
/**
 * Read the tail of each pod's log. A pod whose log cannot be read (not started, API refuses)
 * yields an error entry rather than failing the whole read: on call, partial logs beat none.
 */
async function readLogs(reader, namespace, pods, options) {
    const targets = pods.flatMap((p) => p.containers.length > 1
        ? p.containers.map((container) => ({ pod: p, container }))
        : [{ pod: p, container: undefined }]);
    return Promise.all(targets.map(async ({ pod: p, container }) => {
        const entry = { pod: p.name, color: p.color, ...(container ? { container } : {}) };
        try {
            const text = await reader.podLog(namespace, p.name, {
                tailLines: options.tailLines,
                ...(container ? { container } : {}),
            });
            return { ...entry, text: options.redact ? (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactText */ .Rd)(text, options.redact.secrets) : text };
        }
        catch (error) {
            return { ...entry, error: error.message };
        }
    }));
}
/** Where a log goes in a bundle: `<pod>.log`, or `<pod>_<container>.log` beside a sidecar. */
function logName(log) {
    return log.container ? `${log.pod}_${log.container}` : log.pod;
}
/** `kubectl logs --prefix`-style text: every line prefixed by its pod (and container). */
function formatLogs(logs) {
    return logs
        .map((l) => {
        const prefix = `[${l.container ? `${l.pod}/${l.container}` : l.pod}]`;
        if (l.error !== undefined)
            return `${prefix} (log unavailable: ${l.error})`;
        const lines = (l.text ?? '').replace(/\n$/, '').split('\n');
        return lines.map((line) => `${prefix} ${line}`).join('\n');
    })
        .join('\n');
}


/***/ }),

/***/ 9187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rd: () => (/* binding */ redactText),
/* harmony export */   ll: () => (/* binding */ redactObject)
/* harmony export */ });
/* unused harmony exports REDACTED, isSecretName, looksSecret */
/**
 * Redaction for support bundles: a bundle is attached to tickets and chat threads, so no Secret
 * value, no secret-looking environment value and no credential in a log line may reach it.
 */
const REDACTED = '<redacted>';
/** Names of variables and keys that hold secrets by convention. */
const SECRET_NAME = /(pass(word|wd)?|secret|token|api[-_]?key|access[-_]?key|private[-_]?key|credential|auth|session|cookie|signing|dsn|salt|cert)/i;
/** Values that are secrets whatever their name. */
const SECRET_VALUE = [
    /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
    /\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:[^\s@/]+@/i, // URL with user:password@
    /\beyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]{8,}/, // JWT
    /\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})/, // GitHub tokens
    /\b(AKIA|ASIA)[A-Z0-9]{16}\b/, // AWS access key id
    /\bxox[abprs]-[A-Za-z0-9-]{10,}/, // Slack tokens
    /\bsk_(live|test)_[A-Za-z0-9]{10,}/, // Stripe keys
];
function isSecretName(name) {
    return SECRET_NAME.test(name);
}
function looksSecret(value) {
    return SECRET_VALUE.some((re) => re.test(value));
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Replace every value of a map (Secret `data`/`stringData`) by a length-free marker. */
function redactMap(map) {
    if (!isRecord(map))
        return map;
    return Object.fromEntries(Object.keys(map).map((k) => [k, REDACTED]));
}
/** ConfigMap data: keep values unless the key or the value looks secret. */
function redactConfigData(map, found) {
    if (!isRecord(map))
        return map;
    return Object.fromEntries(Object.entries(map).map(([k, v]) => {
        const text = typeof v === 'string' ? v : JSON.stringify(v);
        if (isSecretName(k) || looksSecret(text)) {
            if (text)
                found.add(text);
            return [k, REDACTED];
        }
        return [k, v];
    }));
}
/** Container env: `value` of a secret-named or secret-looking variable is replaced. */
function redactEnv(env, found) {
    if (!Array.isArray(env))
        return env;
    return env.map((entry) => {
        if (!isRecord(entry) || typeof entry.value !== 'string')
            return entry;
        const name = typeof entry.name === 'string' ? entry.name : '';
        if (!isSecretName(name) && !looksSecret(entry.value))
            return entry;
        if (entry.value)
            found.add(entry.value);
        return { ...entry, value: REDACTED };
    });
}
/**
 * Redact a Kubernetes object (any kind) for a bundle. Returns the redacted copy and the secret
 * values that were found, so the same strings can be scrubbed from logs and events.
 */
function redactObject(object) {
    const found = new Set();
    const kind = isRecord(object) ? object.kind : undefined;
    const walk = (value, key) => {
        if (Array.isArray(value))
            return value.map((v) => walk(v, undefined));
        if (!isRecord(value))
            return value;
        const out = {};
        for (const [k, v] of Object.entries(value)) {
            if (kind === 'Secret' && (k === 'data' || k === 'stringData') && key === undefined) {
                if (isRecord(v))
                    Object.values(v).forEach((s) => typeof s === 'string' && s && found.add(s));
                out[k] = redactMap(v);
            }
            else if (kind === 'ConfigMap' &&
                (k === 'data' || k === 'binaryData') &&
                key === undefined) {
                out[k] = redactConfigData(v, found);
            }
            else if (k === 'env') {
                out[k] = redactEnv(v, found);
            }
            else if (k === 'kubectl.kubernetes.io/last-applied-configuration') {
                out[k] = REDACTED; // a full copy of the object as applied, Secret data and env included
            }
            else {
                out[k] = walk(v, k);
            }
        }
        return out;
    };
    return { object: walk(object, undefined), secrets: [...found] };
}
/** Also decoded forms: Secret data is base64, and a log may print the decoded value. */
function variants(secret) {
    const out = [secret];
    if (/^[A-Za-z0-9+/]+={0,2}$/.test(secret) && secret.length >= 8) {
        const decoded = Buffer.from(secret, 'base64').toString('utf8');
        if (decoded.length >= 4 && !decoded.includes('\uFFFD'))
            out.push(decoded);
    }
    return out;
}
/** Scrub known secret values and credential-shaped text out of free text (logs, events). */
function redactText(text, secrets = []) {
    let out = text;
    const known = secrets
        .flatMap(variants)
        .filter((s) => s.length >= 4)
        .sort((a, b) => b.length - a.length);
    for (const s of known)
        out = out.split(s).join(REDACTED);
    return out
        .replace(/(-----BEGIN [A-Z ]*PRIVATE KEY-----)[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----)/g, `$1${REDACTED}$2`)
        .replace(/\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:)[^\s@/]+@/gi, `$1${REDACTED}@`)
        .replace(/\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi, `$1 ${REDACTED}`)
        .replace(/\beyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]{8,}/g, REDACTED)
        .replace(/\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})/g, REDACTED)
        .replace(/\b(AKIA|ASIA)[A-Z0-9]{16}\b/g, REDACTED)
        .replace(/\bxox[abprs]-[A-Za-z0-9-]{10,}/g, REDACTED)
        .replace(/\bsk_(live|test)_[A-Za-z0-9]{10,}/g, REDACTED)
        .replace(/\b([A-Za-z_][A-Za-z0-9_]*(?:PASSWORD|PASSWD|SECRET|TOKEN|API_KEY|APIKEY)[A-Za-z0-9_]*)([ \t]*[=:][ \t]*)("[^"]*"|'[^']*'|[^\s"',;]+)/gi, (_m, name, sep) => `${name}${sep}${REDACTED}`);
}


/***/ })

};
