export const id = 171;
export const ids = [171];
export const modules = {

/***/ 6171:
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




const command = {
    name: 'status',
    summary: 'Live and previous colors, digests, replicas and failed marks of an app',
    help: `Usage: gantry status --namespace <ns> --app <name> [--json]

Reads the app's Service and its blue/green Deployments and prints the active (live) and previous colors,
their image digests, ready/desired replicas, failed-color marks, the last switch (time and run
URL) and how many warning events are recent. Read-only.

Options:
${_ops_target_js__WEBPACK_IMPORTED_MODULE_3__/* .TARGET_HELP */ .aL}
  --json                print the status as JSON (stable shape, schemaVersion 1)
  --strict              exit 2 when a problem is found (for scripts and alerts)
`,
    async run(ctx) {
        const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: ctx.argv,
            options: {
                ..._ops_target_js__WEBPACK_IMPORTED_MODULE_3__/* .TARGET_OPTIONS */ .FG,
                json: { type: 'boolean', default: false },
                strict: { type: 'boolean', default: false },
            },
            strict: true,
            allowPositionals: false,
        });
        const target = (0,_ops_target_js__WEBPACK_IMPORTED_MODULE_3__/* .parseTarget */ .hu)(values);
        const status = await (0,_ops_status_js__WEBPACK_IMPORTED_MODULE_2__/* .collectStatus */ .hB)((0,_ops_target_js__WEBPACK_IMPORTED_MODULE_3__/* .readerFor */ .d2)(target, ctx.env), target);
        ctx.stdout.write(values.json ? `${JSON.stringify(status, null, 2)}\n` : `${(0,_ops_format_status_js__WEBPACK_IMPORTED_MODULE_1__/* .formatStatus */ .me)(status)}\n`);
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
