/** The plan action's outputs from a job result (pure; names match actions/plan/action.yml). */
import type { PlanJobResult } from './types.js';

export type PlanOutputs = Record<
  | 'has-changes'
  | 'to-add'
  | 'to-change'
  | 'to-destroy'
  | 'to-replace'
  | 'to-import'
  | 'plan-digest'
  | 'plan-dir'
  | 'artifact-name'
  | 'comment-id'
  | 'comment-url'
  | 'exit-code'
  | 'failure-reason',
  string
>;

export function planOutputs(result: PlanJobResult): PlanOutputs {
  const { outcome, comment } = result;
  const counts = outcome.model?.counts;
  const n = (value: number | undefined): string => (counts ? String(value ?? 0) : '');
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
