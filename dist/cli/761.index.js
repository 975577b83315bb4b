export const id = 761;
export const ids = [761];
export const modules = {

/***/ 8761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _ops_format_status_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8024);
/* harmony import */ var _ops_status_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5738);
/* harmony import */ var _ops_target_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2115);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8382);





const command = {
    name: 'diagnose',
    summary: 'Status plus pod readiness, recent warning events and findings, for an incident',
    help: `Usage: gantry diagnose --namespace <ns> --app <name> [--events 20] [--json]

Everything \`gantry status\` shows, plus every pod of both colors (phase, readiness, restarts,
waiting reason), the most recent warning events of the app's objects, and a list of problems in
plain words (active color not fully ready, no known-good previous color, crash loops, …).
Read-only; exits 0 unless --strict is given and a problem is found (then 2).

Options:
${_ops_target_js__WEBPACK_IMPORTED_MODULE_3__/* .TARGET_HELP */ .aL}
  --events <n>          how many recent warning events to show (default 20)
  --json                print the diagnosis as JSON (the status shape, schemaVersion 1)
  --strict              exit 2 when a problem is found (for scripts and alerts)
`,
    async run(ctx) {
        const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: ctx.argv,
            options: {
                ..._ops_target_js__WEBPACK_IMPORTED_MODULE_3__/* .TARGET_OPTIONS */ .FG,
                events: { type: 'string', default: '20' },
                json: { type: 'boolean', default: false },
                strict: { type: 'boolean', default: false },
            },
            strict: true,
            allowPositionals: false,
        });
        const target = (0,_ops_target_js__WEBPACK_IMPORTED_MODULE_3__/* .parseTarget */ .hu)(values);
        const maxEvents = Number(values.events);
        if (!Number.isInteger(maxEvents) || maxEvents < 0) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`--events '${values.events}' is not a whole number.`);
        }
        const status = await (0,_ops_status_js__WEBPACK_IMPORTED_MODULE_2__/* .collectStatus */ .hB)((0,_ops_target_js__WEBPACK_IMPORTED_MODULE_3__/* .readerFor */ .d2)(target, ctx.env), { ...target, maxEvents });
        ctx.stdout.write(values.json ? `${JSON.stringify(status, null, 2)}\n` : `${(0,_ops_format_status_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDiagnosis */ .Nb)(status)}\n`);
        return values.strict && !status.healthy ? 2 : 0;
    },
};


/***/ }),

/***/ 8024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nb: () => (/* binding */ formatDiagnosis),
/* harmony export */   me: () => (/* binding */ formatStatus),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5738);

/** Left-aligned columns, two spaces apart; the last column is not padded. */
function table(header, rows) {
    const all = [header, ...rows];
    const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
    return all
        .map((r) => r
        .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd())
        .join('\n');
}
function shortDigest(digest) {
    return digest ? `${digest.slice(0, 'sha256:'.length + 12)}` : '-';
}
function failedMark(c) {
    if (!c.failed)
        return '-';
    const digest = (0,_status_js__WEBPACK_IMPORTED_MODULE_0__/* .digestOf */ .ol)(c.failed);
    return `FAILED${digest ? ` (${shortDigest(digest)})` : ''}`;
}
function colorRows(status) {
    const order = { active: 0, previous: 1, idle: 2 };
    return [...status.colors]
        .sort((a, b) => order[a.role] - order[b.role])
        .map((c) => [
        c.color,
        c.role,
        c.exists ? `${c.ready}/${c.desired}` : 'absent',
        shortDigest(c.digest),
        failedMark(c),
        c.deployedImage ?? c.image ?? '-',
    ]);
}
/** `gantry status`: the colors at a glance. */
function formatStatus(status) {
    const lines = [`${status.app} in namespace ${status.namespace}`];
    if (!status.deployed) {
        lines.push(`not deployed: Service ${status.app} does not exist.`);
        return lines.join('\n');
    }
    lines.push('', table(['COLOR', 'ROLE', 'READY', 'DIGEST', 'FAILED', 'IMAGE'], colorRows(status)), '', `active:      ${status.active ?? 'unknown'}${status.image ? `  ${status.image}` : ''}`, `previous:    ${status.previous ?? 'none'}`, `last switch: ${status.switchedAt ?? 'never (bootstrap only)'}${status.switchedBy ? ` (${status.switchedBy})` : ''}${status.runUrl ? `  ${status.runUrl}` : ''}`);
    if (status.lease) {
        lines.push(`in progress: run ${status.lease.runId} holds the app until ${status.lease.expiresAt}`);
    }
    lines.push(`warnings:    ${status.warnings.length ? `${status.warnings.length} recent (gantry diagnose)` : 'none'}`);
    lines.push(`health:      ${status.healthy ? 'ok' : `${status.problems.length} problem(s)`}`);
    return lines.join('\n');
}
/** `gantry diagnose`: status, then every pod, then the recent warning events and findings. */
function formatDiagnosis(status) {
    const pods = status.colors.flatMap((c) => c.pods);
    const sections = [formatStatus(status)];
    sections.push(pods.length
        ? `Pods\n${table(['POD', 'COLOR', 'PHASE', 'READY', 'RESTARTS', 'REASON'], pods.map((p) => [
            p.name,
            p.color,
            p.phase,
            p.ready ? 'yes' : 'no',
            String(p.restarts),
            p.reason ?? '',
        ]))}`
        : 'Pods\nnone');
    sections.push(status.warnings.length
        ? `Recent warning events\n${table(['LAST SEEN', 'OBJECT', 'REASON', 'COUNT', 'MESSAGE'], status.warnings.map((w) => [
            w.at ?? '-',
            w.object,
            w.reason ?? '',
            String(w.count),
            w.message ?? '',
        ]))}`
        : 'Recent warning events\nnone');
    sections.push(status.problems.length
        ? `Problems\n${status.problems.map((p) => `- ${p}`).join('\n')}`
        : 'Problems\nnone found');
    return sections.join('\n\n');
}


/***/ })

};
