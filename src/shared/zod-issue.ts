import type { z } from 'zod';

/** Where a payload first fails its schema and why: `at 'a.b': …` or `at the top level: …`. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  const at = issue?.path.length ? `at '${issue.path.join('.')}'` : 'at the top level';
  return `${at}: ${issue?.message ?? 'invalid'}`;
}
