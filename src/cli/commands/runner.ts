import type { CliCommand } from '../command.js';
import { execProcess } from '../../shared/exec.js';
import { handleRunnerRequest, RUNNER_COMMANDS } from '../../iac/runner-protocol.js';

const help = `Usage: gantry runner < request.json

The iac-runner protocol: one JSON request on stdin, one JSON response on stdout.

Request:  {"tool": "terraform"|"tofu", "work_dir": DIR, "command": ${RUNNER_COMMANDS.join('|')},
           "args": [strings], "env_vars": {NAME: value}, "timeout": minutes (default 60)}
Response: {"success", "output" (ANSI-free), "exit_code" (-1 when nothing ran),
           "error_msg", "started_at", "ended_at"} (RFC 3339 times)

Non-interactive: init, plan, apply and destroy get -input=false; apply and destroy also get
-auto-approve. A bad request runs nothing. The tool's live output goes to stderr.
Exit codes: 0 success, 1 otherwise.`;

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  }
  return Buffer.concat(chunks).toString('utf8');
}

export const command: CliCommand = {
  name: 'runner',
  summary: 'Run one terraform/tofu command from a JSON request on stdin (iac-runner protocol)',
  help,
  async run(ctx) {
    const response = await handleRunnerRequest(await readAll(ctx.stdin), {
      exec: execProcess,
      log: ctx.log,
      signal: ctx.signal,
      baseEnv: ctx.env,
    });
    ctx.stdout.write(`${JSON.stringify(response)}\n`);
    return response.success ? 0 : 1;
  },
};
