export const id = 791;
export const ids = [791];
export const modules = {

/***/ 1791:
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
;// CONCATENATED MODULE: ./src/ops/release-tag.ts

/** `vX.Y.Z` with no leading zeros, no pre-release and no build metadata: a production release. */
const RELEASE_TAG = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
function isReleaseTag(tag) {
    return RELEASE_TAG.test(tag);
}
/**
 * The production gate of `make deploy-production`: accept only a release tag. Accepts a full ref
 * (`refs/tags/v1.2.3`) too, since that is what CI has at hand.
 */
function checkReleaseTag(input) {
    const raw = (input ?? '').trim();
    if (!raw) {
        throw new errors/* UserError */.yo('no release tag given.', {
            reason: 'tag-missing',
            hint: 'Pass the tag to deploy, e.g. TAG=v1.2.3 (a semantic version vX.Y.Z).',
        });
    }
    const tag = raw.startsWith('refs/tags/') ? raw.slice('refs/tags/'.length) : raw;
    if (!isReleaseTag(tag)) {
        throw new errors/* UserError */.yo(`'${tag}' is not a release tag: production deploys only from a semantic version tag vX.Y.Z.`, {
            reason: 'tag-not-release',
            hint: 'Tag the commit (git tag v1.2.3 && git push origin v1.2.3) and pass TAG=v1.2.3.',
        });
    }
    return tag;
}

;// CONCATENATED MODULE: ./src/cli/commands/release-check.ts


const command = {
    name: 'release-check',
    summary: 'Refuse anything but a release tag vX.Y.Z (the production deploy gate)',
    help: `Usage: gantry release-check --tag <vX.Y.Z>

Exits 0 when the tag is a semantic version release tag (v1.2.3; refs/tags/v1.2.3 is accepted too),
else prints why and exits 1. Pre-release tags (v1.2.3-rc.1), 1.2 and latest are refused.

Options:
  --tag <tag>   the tag to check (required)
`,
    async run(ctx) {
        const { values } = (0,external_node_util_.parseArgs)({
            args: ctx.argv,
            options: { tag: { type: 'string' } },
            strict: true,
            allowPositionals: false,
        });
        const tag = checkReleaseTag(values.tag);
        ctx.stdout.write(`${tag} is a release tag\n`);
        return 0;
    },
};


/***/ })

};
