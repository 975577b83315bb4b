export const id = 875;
export const ids = [875];
export const modules = {

/***/ 87875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planOutputs: () => (/* binding */ planOutputs)
/* harmony export */ });
function planOutputs(result) {
    const { outcome, comment } = result;
    const counts = outcome.model?.counts;
    const n = (value) => (counts ? String(value ?? 0) : '');
    return {
        'has-changes': String(outcome.status === 'changes'),
        'to-add': n(counts?.add),
        'to-change': n(counts?.change),
        'to-destroy': n(counts?.destroy),
        'to-replace': n(counts?.replace),
        'to-import': n(counts?.import),
        'plan-digest': outcome.digest ?? '',
        'plan-dir': outcome.outDir,
        'artifact-name': result.artifactName ?? '',
        'comment-id': comment.comment ? String(comment.comment.id) : '',
        'comment-url': comment.comment?.url ?? '',
        'exit-code': String(outcome.exitCode),
        'failure-reason': outcome.failure?.reason ?? '',
    };
}


/***/ })

};
