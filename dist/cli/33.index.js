export const id = 33;
export const ids = [33];
export const modules = {

/***/ 4033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8382);
/* harmony import */ var _iac_digest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1051);
/* harmony import */ var _iac_plan_model_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4903);
/* harmony import */ var _iac_render_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2738);







const help = `Usage: gantry render <plan.json> [options]

Prints the review of a \`terraform show -json <planfile>\` (or \`tofu show -json\`) document.
Needs no terraform. Sensitive values are never printed.

Options:
  --format <f>    comment (default: the PR comment, ≤ 65,536 characters),
                  summary (the job summary, ≤ 1 MiB) or json (the plan model with counts)
  --target <name> the name shown in the header (default: the file's folder name)
  --tool <t>      terraform (default) or tofu
`;
const FORMATS = ['comment', 'summary', 'json'];
const TOOLS = ['terraform', 'tofu'];
function oneOf(name, value, allowed) {
    if (allowed.includes(value))
        return value;
    throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`--${name} must be one of ${allowed.join(', ')}, not '${value}'.`);
}
async function readPlanJson(path) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(code === 'ENOENT' ? 'no such file.' : `cannot read it (${code ?? 'error'}).`, { hint: 'Pass the output of `terraform show -json <planfile>`.' });
    }
    try {
        return JSON.parse(text);
    }
    catch {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('not JSON.', {
            hint: 'Pass the output of `terraform show -json <planfile>` (not the binary plan file).',
        });
    }
}
const command = {
    name: 'render',
    summary: 'Print the review (PR comment, job summary or model) of a plan JSON document',
    help,
    async run(ctx) {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
            args: ctx.argv,
            strict: true,
            allowPositionals: true,
            options: {
                format: { type: 'string', default: 'comment' },
                target: { type: 'string' },
                tool: { type: 'string', default: 'terraform' },
            },
        });
        if (positionals.length !== 1) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('expected exactly one argument: the plan JSON file.', {
                hint: 'Usage: gantry render <plan.json> [--format comment|summary|json].',
            });
        }
        const format = oneOf('format', values.format, FORMATS);
        const tool = oneOf('tool', values.tool, TOOLS);
        const file = positionals[0];
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.cwd, file);
        let model;
        try {
            model = (0,_iac_plan_model_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePlan */ .vS)(await readPlanJson(path));
        }
        catch (error) {
            if (error instanceof _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo)
                throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${file}: ${error.message}`, { hint: error.hint });
            throw error;
        }
        if (format === 'json') {
            ctx.stdout.write(`${JSON.stringify({ ...model, digest: (0,_iac_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .planDigest */ .Gb)(model) }, null, 2)}\n`);
            return 0;
        }
        const target = values.target ?? (path.split(/[\\/]/).slice(-2, -1)[0] || 'plan');
        ctx.stdout.write((0,_iac_render_js__WEBPACK_IMPORTED_MODULE_6__/* .renderReview */ .Fs)(model, { form: format, target, tool, digest: (0,_iac_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .planDigest */ .Gb)(model) }));
        return 0;
    },
};


/***/ })

};
