// ANSI escape sequences (colours, cursor moves) as terraform and builders print them.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007]*\u0007/g;

/** Text for a comment or artifact: the live log keeps colours, documents never do. */
export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}
