export const id = 398;
export const ids = [398];
export const modules = {

/***/ 47398:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  defaultTarget: () => (/* binding */ defaultTarget),
  runPlanJob: () => (/* binding */ runPlanJob)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/github/comments.ts
var comments = __webpack_require__(66645);
// EXTERNAL MODULE: ./src/github/marker.ts
var github_marker = __webpack_require__(14329);
// EXTERNAL MODULE: ./src/github/summary.ts
var github_summary = __webpack_require__(92935);
// EXTERNAL MODULE: ./src/iac/manifest.ts
var manifest = __webpack_require__(58458);
// EXTERNAL MODULE: ./src/iac/plan-run.ts + 2 modules
var plan_run = __webpack_require__(54781);
// EXTERNAL MODULE: ./src/shared/fs.ts
var fs = __webpack_require__(66242);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/iac/args.ts
var args = __webpack_require__(6522);
;// CONCATENATED MODULE: ./src/plan-job/check.ts
/**
 * Checks that need the file system or the event, run before any tool starts: one clear
 * UserError for the first problem.
 */




async function checkBeforeRun(inputs, context, workspaceRoot) {
    const dir = (0,external_node_path_.resolve)(workspaceRoot, inputs.workingDirectory || '.');
    if (!(await (0,fs/* isDirectory */.wd)(dir))) {
        throw new errors/* UserError */.yo(`working-directory '${inputs.workingDirectory}' does not exist in the checkout.`, {
            reason: 'bad-input',
            hint: 'Check the path (relative to the repository root) and that actions/checkout ran first.',
        });
    }
    // Flags are split again when the tool runs; splitting now reports bad quoting before any install.
    (0,args/* splitFlags */.g0)(inputs.initArgs, 'init-args');
    (0,args/* splitFlags */.g0)(inputs.planArgs, 'plan-args');
    for (const file of inputs.varFiles) {
        if (!(await (0,fs/* exists */.t2)((0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.resolve)(dir, file)))) {
            throw new errors/* UserError */.yo(`var-files: '${file}' does not exist (paths are relative to working-directory).`, {
                reason: 'bad-input',
            });
        }
    }
    if (inputs.comment !== 'off' && !context.pullRequest) {
        throw new errors/* UserError */.yo(`comment: ${inputs.comment} needs a pull request, but this run is a '${context.eventName || 'unknown'}' event.`, {
            reason: 'bad-input',
            hint: 'Run on pull_request, or set comment: off (the job summary still shows the plan).',
        });
    }
    if (inputs.comment !== 'off' && !inputs.githubToken) {
        throw new errors/* UserError */.yo('github-token is empty, so no comment can be posted.', {
            reason: 'bad-input',
            hint: 'Leave github-token at its default (${{ github.token }}) or set comment: off.',
        });
    }
    return dir;
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/iac/install.ts
/**
 * Install terraform or OpenTofu at an exact version: download the official release zip and its
 * SHA256SUMS, verify the checksum (a mismatch installs nothing), extract, cache (tool cache) and
 * return the binary. No wrapper script: the real binary goes on PATH.
 */





const RELEASES = {
    terraform: {
        env: 'GANTRY_TERRAFORM_RELEASES_URL',
        base: 'https://releases.hashicorp.com/terraform',
    },
    tofu: {
        env: 'GANTRY_TOFU_RELEASES_URL',
        base: 'https://github.com/opentofu/opentofu/releases/download',
    },
};
const OS = {
    linux: 'linux',
    darwin: 'darwin',
    win32: 'windows',
    freebsd: 'freebsd',
};
const ARCH = { x64: 'amd64', arm64: 'arm64', arm: 'arm', ia32: '386' };
/** Where the release of `tool` at `version` lives (pure). */
function releaseFiles(tool, version, env = {}, platform = process.platform, arch = process.arch) {
    const os = OS[platform];
    const cpu = ARCH[arch];
    if (!os || !cpu) {
        throw new errors/* UserError */.yo(`No ${tool} release exists for ${platform}/${arch}.`, {
            reason: 'tool-missing',
        });
    }
    const base = (env[RELEASES[tool].env] || RELEASES[tool].base).replace(/\/+$/, '');
    const zipName = `${tool}_${version}_${os}_${cpu}.zip`;
    const dir = tool === 'tofu' ? `${base}/v${version}` : `${base}/${version}`;
    return { zipUrl: `${dir}/${zipName}`, sumsUrl: `${dir}/${tool}_${version}_SHA256SUMS`, zipName };
}
/** The expected SHA-256 of `file` in a SHA256SUMS text, or undefined. */
function expectedSum(sums, file) {
    for (const line of sums.split('\n')) {
        const m = /^([0-9a-f]{64})\s+\*?(\S+)\s*$/i.exec(line.trim());
        if (m && m[2] === file)
            return m[1]?.toLowerCase();
    }
    return undefined;
}
async function sha256Of(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}
/** The directory holding the binary of `tool` at `version`, installing it when not cached. */
async function installTool(request, deps) {
    const { tool, version } = request;
    const exe = process.platform === 'win32' ? `${tool}.exe` : tool;
    const found = await deps.cache.find(tool, version);
    if (found)
        return { dir: found, bin: (0,external_node_path_.join)(found, exe), cached: true };
    const files = releaseFiles(tool, version, request.env ?? process.env);
    deps.log.info(`Downloading ${tool} ${version} from ${files.zipUrl}`);
    const download = async (url) => {
        try {
            return await deps.cache.downloadTool(url);
        }
        catch (error) {
            throw new errors/* UserError */.yo(`Could not download ${url}: ${error.message}`, {
                reason: 'tool-download-failed',
                hint: `Check that ${tool} ${version} exists (tool-version input or the version files).`,
            });
        }
    };
    const [zip, sumsFile] = await Promise.all([download(files.zipUrl), download(files.sumsUrl)]);
    const expected = expectedSum(await (0,promises_.readFile)(sumsFile, 'utf8'), files.zipName);
    if (!expected) {
        throw new errors/* UserError */.yo(`${files.sumsUrl} lists no checksum for ${files.zipName}; nothing installed.`, {
            reason: 'checksum-mismatch',
        });
    }
    const actual = await sha256Of(zip);
    if (actual !== expected) {
        throw new errors/* UserError */.yo(`Checksum mismatch for ${files.zipName}: SHA256SUMS says ${expected}, the download is ${actual}; nothing installed.`, {
            reason: 'checksum-mismatch',
            hint: 'The download or the release mirror was tampered with or corrupted.',
        });
    }
    const extracted = await deps.cache.extractZip(zip);
    const dir = await deps.cache.cacheDir(extracted, tool, version);
    deps.log.info(`Installed ${tool} ${version} (SHA-256 verified) in ${dir}`);
    return { dir, bin: (0,external_node_path_.join)(dir, exe), cached: false };
}

;// CONCATENATED MODULE: ./src/iac/install-version.ts
/**
 * Which tool version a directory wants: the `tool-version` input, else `.terraform-version` /
 * `.opentofu-version`, else `required_version` in the *.tf files. Pure apart from reading files.
 */




const VERSION_FILES = {
    terraform: '.terraform-version',
    tofu: '.opentofu-version',
};
/** terraform constraint syntax (`~> 1.5`, `>= 1.2, < 2`, `= 1.11.4`) → an npm semver range. */
function constraintToRange(constraint) {
    const parts = constraint
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean);
    const ranges = [];
    for (const part of parts) {
        const m = /^(~>|>=|<=|!=|>|<|=)?\s*v?(\d+(?:\.\d+){0,2}(?:-[0-9A-Za-z.-]+)?)$/.exec(part);
        if (!m)
            return undefined;
        const op = m[1] ?? '=';
        const version = m[2] ?? '';
        if (op === '~>') {
            // ~> 1.5 allows 1.x ≥ 1.5; ~> 1.5.2 allows 1.5.x ≥ 1.5.2 (the rightmost part moves).
            const pieces = version.split('.');
            ranges.push(pieces.length >= 3 ? `~${version}` : `^${semver_default().coerce(version)?.version ?? version}`);
        }
        else if (op === '!=') {
            ranges.push(`<${version} || >${version}`);
        }
        else {
            ranges.push(`${op === '=' ? '' : op}${version}`);
        }
    }
    const range = ranges.join(' ');
    return semver_default().validRange(range) ? range : undefined;
}
function classify(text, source) {
    const value = text.trim().replace(/^v/, '');
    if (semver_default().valid(value))
        return { kind: 'exact', value, source };
    const exact = /^=\s*v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/.exec(value)?.[1];
    if (exact)
        return { kind: 'exact', value: exact, source };
    const range = constraintToRange(value);
    if (!range) {
        throw new errors/* UserError */.yo(`${source} holds "${text.trim()}", which is not a version or a version constraint.`, {
            reason: 'bad-input',
            hint: 'Use an exact version such as 1.11.4, or a constraint such as ">= 1.5.0".',
        });
    }
    return { kind: 'constraint', value: range, source };
}
/** The `required_version` of the `terraform {}` block in one file's text, if any. */
function requiredVersionIn(text) {
    const block = /\bterraform\s*\{([\s\S]*?)^\}/m.exec(text)?.[1];
    return block ? /^\s*required_version\s*=\s*"([^"]*)"/m.exec(block)?.[1] : undefined;
}
/** The version `dir` wants for `tool`, or undefined when nothing asks for one. */
async function wantedVersion(dir, tool, input) {
    if (input?.trim())
        return classify(input, 'the tool-version input');
    const files = await (0,promises_.readdir)(dir);
    const versionFile = VERSION_FILES[tool];
    if (files.includes(versionFile)) {
        const line = (await (0,promises_.readFile)((0,external_node_path_.join)(dir, versionFile), 'utf8')).split('\n')[0] ?? '';
        if (line.trim() && line.trim() !== 'latest')
            return classify(line, versionFile);
    }
    for (const file of files.filter((f) => f.endsWith('.tf') || f.endsWith('.tofu')).sort()) {
        const required = requiredVersionIn(await (0,promises_.readFile)((0,external_node_path_.join)(dir, file), 'utf8'));
        if (required)
            return classify(required, `required_version in ${file}`);
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/iac/tool.ts
var iac_tool = __webpack_require__(88397);
;// CONCATENATED MODULE: ./src/plan-job/tool-step.ts
/**
 * The install step: make sure the binary that will plan is the version the directory asks for.
 * Exact versions (tool-version input, .terraform-version, `required_version = "1.11.4"`) are
 * installed when the binary on PATH differs; constraints are checked against it.
 */






async function toolForInstall(dir, option) {
    if (option !== 'auto')
        return option;
    const files = await (0,promises_.readdir)(dir);
    return files.includes('.opentofu-version') || files.some((f) => f.endsWith('.tofu'))
        ? 'tofu'
        : 'terraform';
}
async function prepareTool(request, deps) {
    let choice;
    try {
        choice = await (0,iac_tool/* chooseToolFor */.D9)({ dir: request.dir, tool: request.tool, baseEnv: request.env });
    }
    catch (error) {
        if (!(0,errors/* isUserError */.iU)(error) || error.reason !== 'tool-missing')
            throw error;
    }
    const tool = choice?.tool ?? (await toolForInstall(request.dir, request.tool));
    const wanted = await wantedVersion(request.dir, tool, request.toolVersion);
    const current = choice
        ? await (0,iac_tool/* toolVersion */.fX)(choice, { exec: deps.exec, cwd: request.dir, baseEnv: request.env }).catch(() => undefined)
        : undefined;
    if (!wanted) {
        if (!choice)
            await (0,iac_tool/* chooseToolFor */.D9)({ dir: request.dir, tool: request.tool, baseEnv: request.env });
        deps.log.info(`Using ${tool} ${current ?? ''} at ${choice?.bin} (no version asked for).`);
        return {
            tool,
            ...(choice ? { bin: choice.bin } : {}),
            ...(current ? { version: current } : {}),
            installed: false,
        };
    }
    if (wanted.kind === 'constraint') {
        if (current && semver_default().satisfies(current, wanted.value)) {
            deps.log.info(`Using ${tool} ${current} at ${choice?.bin}: satisfies ${wanted.source} (${wanted.value}).`);
            return { tool, bin: choice?.bin ?? tool, version: current, installed: false };
        }
        throw new errors/* UserError */.yo(`${wanted.source} asks for ${tool} ${wanted.value}, but ${current ? `${choice?.bin} is ${current}` : `${tool} is not installed`}.`, {
            reason: 'tool-version-mismatch',
            hint: 'Set the tool-version input to an exact version to install it.',
        });
    }
    if (current === wanted.value && choice) {
        deps.log.info(`Using ${tool} ${current} at ${choice.bin} (${wanted.source}).`);
        return { tool, bin: choice.bin, version: current, installed: false };
    }
    deps.log.info(`${wanted.source} asks for ${tool} ${wanted.value}; ${current ? `PATH has ${current}` : 'none on PATH'}: installing.`);
    const installed = await installTool({ tool, version: wanted.value, env: request.env }, { cache: deps.cache, log: deps.log });
    deps.addPath(installed.dir);
    return { tool, bin: installed.bin, version: wanted.value, installed: true };
}

;// CONCATENATED MODULE: ./src/plan-job/job.ts
/**
 * The plan job, as the plan action runs it on a pull request:
 *  1. check    — inputs, directory, var files, the event (before any tool runs)
 *  2. install  — the tool version the directory asks for (tool cache, checksum verified)
 *  3. plan     — init, workspace, plan, show -json, model, digest (src/iac/plan-run.ts)
 *  4. render   — the comment with its marker (target, digest, head SHA, status)
 *  5. summary  — the full review in the job summary, always
 *  6. comment  — the living comment (update / changes-only / new / off); never fails the job
 *  7. upload   — plan file, plan JSON and manifest as one artifact named from the target
 */









/** `examples/stacks/network`, plus `/staging` in a non-default workspace; the repo name for `.`. */
function defaultTarget(workspaceRoot, dir, workspace, repo) {
    const path = (0,external_node_path_.relative)(workspaceRoot, dir).split('\\').join('/') || repo;
    return workspace && workspace !== 'default' ? `${path}/${workspace}` : path;
}
// Reserved in the rendered comment, then replaced by the real marker once the digest and status
// are known. As long as the longest real marker, so the size the renderer fitted stays right.
function placeholderFor(tool, target, sha) {
    const longest = (0,github_marker/* formatMarker */.gJ)({ tool, target, digest: 'f'.repeat(64), sha, status: 'no-changes' });
    return `<!-- gantry:pending ${'x'.repeat(Math.max(0, longest.length - 25))} -->`;
}
async function runPlanJob(inputs, ports) {
    const { log, context } = ports;
    // 1. check
    const dir = await checkBeforeRun(inputs, context, ports.workspaceRoot);
    const target = inputs.targetName || defaultTarget(ports.workspaceRoot, dir, inputs.workspace, context.repo);
    const targetId = (0,plan_run/* slug */.yR)(target);
    // 2. install
    const tool = await log.group('install', () => prepareTool({ dir, tool: inputs.tool, toolVersion: inputs.toolVersion, env: ports.env }, { exec: ports.exec, log, cache: ports.toolCache, addPath: ports.addPath }));
    // 3. plan (planTarget groups init and plan itself)
    const placeholder = placeholderFor(tool.tool, target, context.sha);
    const outcome = await (0,plan_run/* planTarget */.hB)({
        dir,
        out: (0,external_node_path_.join)((0,external_node_path_.resolve)(ports.tempDir), 'gantry-plan', targetId),
        root: ports.workspaceRoot,
        tool: tool.tool,
        bin: tool.bin,
        baseEnv: ports.env,
        varFiles: inputs.varFiles,
        vars: inputs.variables,
        backendConfig: inputs.backendConfig,
        initArgs: inputs.initArgs,
        planArgs: inputs.planArgs,
        workspace: inputs.workspace || undefined,
        targetName: target,
        commitSha: context.sha,
        marker: placeholder,
        runUrl: context.runUrl,
    }, { exec: ports.exec, log, signal: ports.signal });
    // 4. render: the real marker in the comment; none in the summary
    const { comment, summary } = await log.group('render', async () => {
        const marker = (0,github_marker/* formatMarker */.gJ)({
            tool: outcome.tool,
            target,
            ...(outcome.digest ? { digest: outcome.digest } : {}),
            sha: context.sha,
            status: outcome.status,
        });
        log.info(`${target}: ${outcome.model?.summaryLine ?? outcome.failure?.message ?? outcome.status}`);
        const texts = {
            comment: outcome.comment.replace(placeholder, marker),
            summary: outcome.summary.replace(placeholder, '').replace(/^\s+/, ''),
        };
        await rewrite(outcome, texts);
        return texts;
    });
    // 5. summary, always
    await (0,github_summary/* writeSummary */.Sy)(ports.summary, summary);
    // 6. comment
    const published = await log.group('comment', () => postComment(inputs, ports, target, outcome, comment));
    // 7. upload
    const artifactName = await upload(inputs, ports, outcome, targetId);
    return { outcome, comment: published, ...(artifactName ? { artifactName } : {}) };
}
/** Keep comment.md and summary.md in the plan folder equal to what was posted. */
async function rewrite(outcome, texts) {
    for (const [name, text] of [
        ['comment.md', texts.comment],
        ['summary.md', texts.summary],
    ]) {
        const file = (0,external_node_path_.join)(outcome.outDir, name);
        if (outcome.files.includes(file))
            await (0,promises_.writeFile)(file, text);
    }
}
async function postComment(inputs, ports, target, outcome, body) {
    const pr = ports.context.pullRequest;
    if (inputs.comment === 'off' || !pr) {
        ports.log.info('Commenting is off (comment: off); the plan is in the job summary.');
        return { outcome: 'skipped', message: 'Commenting is off.', minimized: 0, warnings: [] };
    }
    const result = await (0,comments/* publishComment */.It)(ports.github(inputs.githubToken), {
        repo: { owner: ports.context.owner, repo: ports.context.repo },
        issue: pr.number,
        target,
        mode: inputs.comment,
        body,
        // A failed plan is news for the reviewer too: changes-only still posts it.
        hasChanges: outcome.status !== 'no-changes',
    });
    if (result.outcome === 'forbidden' || result.outcome === 'failed')
        ports.log.warn(result.message);
    else
        ports.log.info(result.message);
    for (const warning of result.warnings)
        ports.log.warn(warning);
    return result;
}
async function upload(inputs, ports, outcome, targetId) {
    if (!inputs.uploadPlan || outcome.status === 'failed')
        return undefined;
    const name = (0,manifest/* planArtifactName */.nU)(targetId);
    if (!ports.artifacts) {
        ports.log.warn(`upload-plan: the runner offers no artifact service (ACTIONS_RUNTIME_TOKEN is not set), so '${name}' was not uploaded. The plan folder is ${outcome.outDir}.`);
        return undefined;
    }
    const artifacts = ports.artifacts;
    return ports.log.group('upload', async () => {
        const result = await artifacts.upload(name, outcome.files, outcome.outDir);
        ports.log.info(`Uploaded artifact ${name} (${outcome.files.length} files${result.size ? `, ${result.size} bytes` : ''}).`);
        return name;
    });
}


/***/ })

};
