/** The comment modes (a leaf module: the action's input parsing loads only this). */
export const COMMENT_MODES = ['update', 'changes-only', 'new', 'off'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];
