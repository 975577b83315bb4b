// Renders a real Gantry PR comment to docs/images/pr-comment.png.
//
//   node scripts/screenshot-comment.mjs                 # plan examples/stacks/network twice, shoot
//   node scripts/screenshot-comment.mjs --comment FILE  # shoot an existing comment.md
//   node scripts/screenshot-comment.mjs --html-only     # write the HTML, skip Chromium
//
// 1. Copy examples/stacks/network to a temp dir, plan and apply it (a first deploy), then plan a
//    change (zones and CIDR edited), so the comment shows creates, updates, replaces and deletes.
// 2. Markdown → HTML with `marked` (GitHub-flavoured: tables, <details>, ```diff blocks coloured
//    per line the way GitHub colours them), inside a comment card with GitHub's styling.
// 3. Screenshot with headless Chromium (Debian's `chromium`), cropped to the card.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Marked } from 'marked';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    comment: { type: 'string' },
    out: { type: 'string', default: join(root, 'docs/images/pr-comment.png') },
    'html-only': { type: 'boolean', default: false },
    chromium: { type: 'string', default: process.env.CHROMIUM ?? '/usr/bin/chromium' },
    width: { type: 'string', default: '1000' },
  },
});

function gantry(args) {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'src/cli/index.ts'), ...args],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1' },
    },
  );
  // `gantry plan` exits 2 when there are changes: that is the case we want.
  if (r.status !== 0 && r.status !== 2) {
    throw new Error(`gantry ${args.join(' ')} failed (${r.status}):\n${r.stderr}`);
  }
  return r;
}

function planExampleComment(work) {
  const stack = join(work, 'network');
  cpSync(join(root, 'examples/stacks/network'), stack, {
    recursive: true,
    filter: (src) => !/\.terraform|\.gantry|tfstate/.test(src),
  });
  gantry(['plan', stack, '--out', join(work, 'first'), '--target-name', 'network/production']);
  gantry(['apply', join(work, 'first'), '--working-dir', stack]);
  gantry([
    'plan',
    stack,
    '--out',
    join(work, 'change'),
    '--target-name',
    'network/production',
    '--var',
    'zones=["eu-west-1a","eu-west-1b"]',
    '--var',
    'cidr_block=10.30.0.0/16',
  ]);
  return readFileSync(join(work, 'change/comment.md'), 'utf8');
}

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** GitHub colours ```diff lines by their first character; so do we. */
function renderDiff(code) {
  return code
    .split('\n')
    .map((line) => {
      const kind = line.startsWith('+')
        ? 'add'
        : line.startsWith('-')
          ? 'del'
          : line.startsWith('~') || line.startsWith('!')
            ? 'chg'
            : line.startsWith('#')
              ? 'cmt'
              : '';
      return `<span class="dl ${kind}">${escape(line) || ' '}</span>`;
    })
    .join('\n');
}

const ALERT_TITLES = {
  NOTE: 'ⓘ Note',
  TIP: '💡 Tip',
  IMPORTANT: '❗ Important',
  WARNING: '⚠ Warning',
  CAUTION: '⛔ Caution',
};

export function commentHtml(markdown) {
  const marked = new Marked({ gfm: true });
  marked.use({
    renderer: {
      code({ text, lang }) {
        const body = lang === 'diff' ? renderDiff(text) : escape(text);
        return `<pre class="code ${lang ?? ''}"><code>${body}</code></pre>\n`;
      },
    },
  });
  // Hidden markers (<!-- gantry:… -->) stay hidden, as on GitHub; `> [!CAUTION]` blockquotes
  // become GitHub's alert boxes.
  const body = marked
    .parse(markdown)
    .replace(
      /<blockquote>\s*<p>\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*([\s\S]*?)<\/blockquote>/g,
      (_m, kind, rest) =>
        `<div class="alert ${kind.toLowerCase()}"><p class="alert-title">${ALERT_TITLES[kind]}</p><p>${rest}</div>`,
    );
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>Gantry PR comment</title>
<style>
  :root { color-scheme: light; }
  body { margin: 0; padding: 24px; background: #fff; font-family: -apple-system, BlinkMacSystemFont,
    "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; font-size: 14px; line-height: 1.5; color: #1f2328; }
  .timeline { display: flex; gap: 16px; align-items: flex-start; max-width: 920px; }
  .avatar { width: 40px; height: 40px; border-radius: 50%; background: #24292f; color: #fff; flex: none;
    display: flex; align-items: center; justify-content: center; font-weight: 600; font-size: 18px; }
  .card { flex: 1; border: 1px solid #d1d9e0; border-radius: 6px; overflow: hidden; }
  .card-head { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; color: #59636e; }
  .card-head b { color: #1f2328; }
  .badge { border: 1px solid #d1d9e0; border-radius: 2em; padding: 0 7px; font-size: 12px; margin-left: 6px; }
  .markdown-body { padding: 16px; }
  .markdown-body h3 { font-size: 1.25em; margin: 0 0 16px; font-weight: 600; }
  .markdown-body h4 { font-size: 1em; margin: 24px 0 12px; font-weight: 600; }
  .markdown-body p, .markdown-body ul, .markdown-body table, .markdown-body details { margin: 0 0 16px; }
  .markdown-body ul { padding-left: 2em; }
  .markdown-body code { font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas,
    "Liberation Mono", monospace; font-size: 85%; background: rgba(129,139,152,0.12); padding: .2em .4em; border-radius: 6px; }
  .markdown-body pre { background: #f6f8fa; border-radius: 6px; padding: 16px; overflow: auto; font-size: 85%;
    line-height: 1.45; margin: 0 0 16px; }
  .markdown-body pre code { background: none; padding: 0; font-size: 100%; }
  .dl { display: inline-block; min-width: 100%; }
  .dl.add { color: #116329; background: #dafbe1; }
  .dl.del { color: #82071e; background: #ffebe9; }
  .dl.chg { color: #953800; background: #fff1e5; }
  .dl.cmt { color: #59636e; }
  .markdown-body table { border-collapse: collapse; }
  .markdown-body th, .markdown-body td { border: 1px solid #d1d9e0; padding: 6px 13px; }
  .markdown-body th { font-weight: 600; background: #f6f8fa; }
  .markdown-body summary { cursor: pointer; font-weight: 500; }
  .markdown-body a { color: #0969da; text-decoration: none; }
  .markdown-body hr { border: 0; border-top: 1px solid #d1d9e0; margin: 16px 0; }
  .alert { padding: 8px 16px; margin: 0 0 16px; border-left: .25em solid; }
  .alert > :last-child { margin-bottom: 0; }
  .alert-title { font-weight: 500; margin-bottom: 4px !important; }
  .alert.note { border-color: #0969da; } .alert.note .alert-title { color: #0969da; }
  .alert.tip { border-color: #1a7f37; } .alert.tip .alert-title { color: #1a7f37; }
  .alert.important { border-color: #8250df; } .alert.important .alert-title { color: #8250df; }
  .alert.warning { border-color: #9a6700; } .alert.warning .alert-title { color: #9a6700; }
  .alert.caution { border-color: #d1242f; } .alert.caution .alert-title { color: #d1242f; }
  .markdown-body blockquote { margin: 0 0 16px; padding: 0 1em; color: #59636e; border-left: .25em solid #d1d9e0; }
</style></head>
<body><div class="timeline" id="comment">
  <div class="avatar">G</div>
  <div class="card">
    <div class="card-head"><b>github-actions</b> <span class="badge">bot</span> commented just now</div>
    <div class="markdown-body">${body}</div>
  </div>
</div>
<script>
  const box = document.getElementById('comment').getBoundingClientRect();
  document.title = 'h=' + Math.ceil(box.bottom + 24);
</script>
</body></html>
`;
}

function chromium(args) {
  const profile = mkdtempSync(join(tmpdir(), 'gantry-chromium-'));
  try {
    return execFileSync(
      values.chromium,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--hide-scrollbars',
        `--user-data-dir=${profile}`,
        ...args,
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Two passes: measure the comment's height (the page writes it into its title), then shoot. */
function screenshot(htmlFile, png) {
  const dom = chromium([`--window-size=${values.width},800`, '--dump-dom', `file://${htmlFile}`]);
  const height = Number(/<title>h=(\d+)<\/title>/.exec(dom)?.[1] ?? 1400);
  chromium([
    `--screenshot=${png}`,
    `--window-size=${values.width},${height}`,
    `file://${htmlFile}`,
  ]);
}

const work = mkdtempSync(join(tmpdir(), 'gantry-shot-'));
try {
  const markdown = values.comment ? readFileSync(values.comment, 'utf8') : planExampleComment(work);
  const htmlFile = join(work, 'comment.html');
  writeFileSync(htmlFile, commentHtml(markdown));
  if (values['html-only']) {
    const keep = values.out.replace(/\.png$/, '.html');
    writeFileSync(keep, readFileSync(htmlFile));
    console.log(`wrote ${keep}`);
  } else {
    screenshot(htmlFile, values.out);
    console.log(`wrote ${values.out}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
