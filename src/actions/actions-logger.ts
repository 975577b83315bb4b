import * as core from '@actions/core';
import type { Logger } from '../shared/log.js';

/**
 * The Logger port on the Actions runtime: groups, annotations and masks through @actions/core,
 * live tool output straight to stdout (ANSI colours kept). Shared by every action's main.ts.
 */
export function actionsLogger(): Logger {
  return {
    info: (m) => core.info(m),
    warn: (m, a) => core.warning(m, a),
    error: (m, a) => core.error(m, a),
    debug: (m) => core.debug(m),
    write: (c) => process.stdout.write(c),
    group: (name, fn) => core.group(name, fn),
    mask: (s) => core.setSecret(s),
  };
}
