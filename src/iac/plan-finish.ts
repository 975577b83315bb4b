/**
 * What planTarget needs only once the tool has run: the plan model (and zod), the digest, the
 * renderer and the writers. planTarget starts importing this module right after spawning
 * `plan`, so loading it overlaps the tool's longest run instead of delaying the first spawn (or
 * init's short one).
 */
export { parsePlan } from './plan-model.js';
export { planDigest } from './digest.js';
export { redactPlanJson } from './plan-redact.js';
export { collectDiagnostics, failureFrom, writeFailure, writeSuccess } from './plan-output.js';
