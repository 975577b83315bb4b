export const id = 72;
export const ids = [72];
export const modules = {

/***/ 6072:
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
// EXTERNAL MODULE: ./src/rollout/colors.ts
var colors = __webpack_require__(5093);
// EXTERNAL MODULE: ./src/rollout/hold.ts
var rollout_hold = __webpack_require__(3372);
// EXTERNAL MODULE: ./src/rollout/kube.ts
var rollout_kube = __webpack_require__(7404);
// EXTERNAL MODULE: ./src/rollout/lease.ts
var lease = __webpack_require__(959);
// EXTERNAL MODULE: ./src/rollout/phases.ts
var rollout_phases = __webpack_require__(9554);
// EXTERNAL MODULE: ./src/rollout/prepare.ts
var prepare = __webpack_require__(690);
// EXTERNAL MODULE: ./src/rollout/state.ts
var rollout_state = __webpack_require__(9988);
// EXTERNAL MODULE: ./src/rollout/switch.ts
var rollout_switch = __webpack_require__(2821);
;// CONCATENATED MODULE: ./src/rollout/rollback.ts









/** Warm = scaled, every replica available and updated, status current: one patch away. */
function isWarm(d) {
    const want = d?.spec?.replicas ?? 0;
    const s = d?.status;
    return (want > 0 &&
        (s?.observedGeneration ?? 0) >= (d?.metadata?.generation ?? 1) &&
        s?.availableReplicas === want &&
        s?.updatedReplicas === want &&
        s?.replicas === want);
}
const imageOf = (d) => d?.spec?.template?.spec?.containers?.find((c) => c.name === 'app')?.image;
/**
 * Rollback to the previous color:
 *  1. take the lease and read the state; refuse without a known-good previous color
 *  2. if the previous color is warm, go on; else scale it up and wait for the readiness gate
 *  3. flip the live Service's selector back (one patch)
 *  4. release the lease; keep the color we left warm for the rollback window, then scale it down
 */
async function rollback(options, ports) {
    const { kube, log, clock } = ports;
    const { namespace, app, run } = options;
    const started = clock.now();
    const phases = new rollout_phases/* Phases */.V(log, clock);
    const report = {
        outcome: 'rolled-back',
        changed: true,
        phases: phases.records,
        diagnostics: [],
    };
    const leaseTarget = { namespace, service: app, run, ttlMs: options.readyTimeoutMs + 120_000 };
    const live = await phases.run('Read the state and take the lease', () => (0,lease/* acquireLease */.Z)(kube, leaseTarget, clock));
    let hold;
    try {
        const state = (0,rollout_state/* readState */.un)(live.metadata?.annotations);
        const { active, previous } = state;
        if (active && run.url && state.runUrl === run.url && state.switchedBy === 'rollback') {
            // A re-run (new attempt) of the run that already rolled back: do not flip again.
            log.info(`This run already rolled ${app} back to ${active} at ${state.switchedAt ?? '?'}: nothing to do.`);
            return {
                ...report,
                changed: false,
                activeColor: active,
                previousColor: previous,
                image: state.images[active],
                switchedAt: state.switchedAt,
            };
        }
        const previousImage = previous ? state.images[previous] : undefined;
        if (!active || !previous || !previousImage) {
            throw new errors/* UserError */.yo(`${namespace}/${app} has no known-good previous color to roll back to.`, {
                reason: 'no-previous',
                hint: 'A rollback needs an earlier successful deploy; deploy the image you want instead.',
            });
        }
        if ((0,rollout_state/* isFailed */.Ix)(state, previous)) {
            throw new errors/* UserError */.yo(`Refusing to roll back ${app} onto ${previous}: it is marked failed with ${previousImage}.`, {
                reason: 'previous-failed',
                hint: 'Deploy a known-good image instead (the failed color was reverted automatically).',
            });
        }
        const name = (0,colors/* deploymentName */.pC)(app, previous);
        const previousDeployment = await kube.getDeployment(namespace, name);
        if (!previousDeployment || imageOf(previousDeployment) !== previousImage) {
            throw new errors/* UserError */.yo(`${namespace}/${name} no longer runs ${previousImage} (found ${imageOf(previousDeployment) ?? 'nothing'}).`, {
                reason: 'no-previous',
                hint: 'Deploy the image you want instead.',
            });
        }
        Object.assign(report, { image: previousImage, previousColor: active });
        if (!isWarm(previousDeployment)) {
            const activeDeployment = await kube.getDeployment(namespace, (0,colors/* deploymentName */.pC)(app, active));
            const replicas = options.replicas ?? Math.max(1, activeDeployment?.spec?.replicas ?? 1);
            await phases.run(`Scale ${name} up to ${replicas} (it was cold)`, () => (0,colors/* scaleTo */.UR)(kube, namespace, name, replicas));
            await (0,prepare/* readyThroughPreview */.n)(kube, {
                namespace,
                app,
                color: previous,
                image: previousImage,
                ports: live.spec?.ports ?? [],
                readyTimeoutMs: options.readyTimeoutMs,
                pollMs: options.pollMs ?? 100,
            }, phases, ports, () => ({ ...report, activeColor: active }));
        }
        else
            log.info(`${name} is warm: rolling back is one patch.`);
        const flipped = await phases.run(`Switch ${app} back to ${previous}`, () => (0,rollout_switch/* flip */.U)(kube, {
            namespace,
            app,
            to: previous,
            from: active,
            image: previousImage,
            runUrl: run.url,
            by: 'rollback',
        }, clock));
        Object.assign(report, {
            activeColor: previous,
            switchedAt: flipped.at,
            switchMs: flipped.ms,
            rollbackMs: clock.now() - started,
        });
        log.info(`Traffic is on ${previous} (${previousImage}); rollback took ${report.rollbackMs} ms.`);
        hold = { color: active, image: state.images[active] };
        return { ...report };
    }
    catch (error) {
        if (error instanceof rollout_kube/* KubeApiError */.W3) {
            const color = (0,rollout_state/* readState */.un)(live.metadata?.annotations).previous ?? 'blue';
            throw await (0,rollout_switch/* apiFailure */.t)(kube, error, report, { namespace, app, color });
        }
        throw error;
    }
    finally {
        await (0,lease/* releaseLease */.w)(kube, leaseTarget, log);
        await (0,rollout_hold/* keepWarm */.Fe)(kube, phases, hold, { namespace, app, run, windowMs: options.rollbackWindowMs }, ports);
    }
}

// EXTERNAL MODULE: ./src/cli/commands/rollout.ts + 6 modules
var rollout = __webpack_require__(8696);
;// CONCATENATED MODULE: ./src/cli/commands/rollback.ts



const command = {
    name: 'rollback',
    summary: 'Flip an app back to its previous color (one patch when it is still warm)',
    help: `Usage: gantry rollback --namespace <ns> --app <name> [options]

Switches the live Service back to the previous color recorded on it. A warm previous color
is one patch; a cold one is scaled up and must pass the readiness gate first. Refuses when
there is no previous color or it is marked failed.

Options:
${rollout.TARGET_HELP}
`,
    async run(ctx) {
        const { values } = (0,external_node_util_.parseArgs)({
            args: ctx.argv,
            options: rollout.TARGET_FLAGS,
            strict: true,
            allowPositionals: false,
        });
        const options = (0,rollout.targetOptions)(values, ctx);
        const ports = await (0,rollout.portsFor)(values, ctx);
        return (0,rollout.runReporting)(ctx, values.json, () => rollback(options, ports));
    },
};


/***/ })

};
