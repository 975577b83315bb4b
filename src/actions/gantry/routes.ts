// Typed view of routes.json, which scripts/sync-root-action.mjs generates from actions/*/action.yml
// together with the root action.yml (a test holds the three together).
import routes from './routes.json' with { type: 'json' };

export type ActionName = 'plan' | 'apply' | 'publish' | 'rollout' | 'status';

export interface Route {
  /** The action whose run() executes the command. */
  action: ActionName;
  /** Inputs the command sets itself (rollback = rollout with action: rollback). */
  fixed?: Readonly<Record<string, string>>;
}

export const ROUTES: Readonly<Record<string, Route>> = routes.commands as Record<string, Route>;

/** Per action: root input name (`plan-comment`) → the action's own input name (`comment`). */
export const NAMESPACED: Readonly<Record<string, Readonly<Record<string, string>>>> =
  routes.namespaced;

export const COMMAND_NAMES: readonly string[] = Object.keys(ROUTES);
