#!/usr/bin/env node
/**
 * Renders the README's pictures from the real tool: runs the compiled whosaid with
 * --color=always on a fixture article, turns its ANSI colors into HTML, and has headless
 * Chromium take a screenshot of that page. Re-run after a change to the views:
 *
 *     npm run build && node scripts/screenshots.mjs
 *
 * Needs Chromium (`apt-get install -y chromium`); writes docs/*.png.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import stringWidth from 'string-width';

const root = fileURLToPath(new URL('..', import.meta.url));
const BIN = path.join(root, 'bin/whosaid.js');
const SAMPLE = 'fixtures/sample/press-conference.txt';

/** The pictures: the command shown on the prompt line, its arguments, the terminal's width. */
const SHOTS = [
  { file: 'docs/table.png', args: [SAMPLE], columns: 100 },
  { file: 'docs/show.png', args: ['--show', SAMPLE], columns: 100 },
  { file: 'docs/by-speaker.png', args: ['--by-speaker', 'fixtures/sample', 'fixtures/cases/n*/input.txt'], columns: 100 },
];

/** The colors of a dark terminal theme, by SGR code (30–37 and 90–97). */
const PALETTE = {
  30: '#3b4252', 31: '#ef6b73', 32: '#8fd18f', 33: '#e8c66b', 34: '#6fa8ff', 35: '#d68cf0', 36: '#5fd7e0', 37: '#d8dee9',
  90: '#6b7385', 91: '#ff8a91', 92: '#a9eaa9', 93: '#ffe08a', 94: '#93c0ff', 95: '#e8a8ff', 96: '#8aeef5', 97: '#ffffff',
};
const FOREGROUND = '#d8dee9';
const BACKGROUND = '#1e2230';
const FONT_SIZE = 15;
const LINE_HEIGHT = 1.4;
const CHAR_WIDTH = 0.602; // DejaVu Sans Mono's advance, in em

/** ANSI-colored text as HTML: SGR codes for bold, dim, colors and their resets; everything else escaped. */
export function ansiToHtml(text) {
  const state = { bold: false, dim: false, color: undefined };
  let html = '';
  let open = false;
  const style = () => {
    const css = [];
    if (state.color) css.push(`color:${state.color}`);
    if (state.bold) css.push('font-weight:bold');
    if (state.dim) css.push('opacity:0.6');
    return css.join(';');
  };
  for (const part of text.split(/(\u001b\[[0-9;]*m)/)) {
    const sgr = /^\u001b\[([0-9;]*)m$/.exec(part);
    if (!sgr) {
      if (part === '') continue;
      const css = style();
      html += css ? `<span style="${css}">${escapeHtml(part)}</span>` : escapeHtml(part);
      continue;
    }
    for (const code of (sgr[1] || '0').split(';').map(Number)) {
      if (code === 0) Object.assign(state, { bold: false, dim: false, color: undefined });
      else if (code === 1) state.bold = true;
      else if (code === 2) state.dim = true;
      else if (code === 22) Object.assign(state, { bold: false, dim: false });
      else if (code === 39) state.color = undefined;
      else if (PALETTE[code]) state.color = PALETTE[code];
    }
  }
  return html;
}

function escapeHtml(text) {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
}

/** How many terminal rows the output takes in `columns` columns (long lines wrap). */
function rows(text, columns) {
  return text
    .replace(/\u001b\[[0-9;]*m/g, '')
    .replace(/\n$/, '')
    .split('\n')
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(stringWidth(line) / columns)), 0);
}

/** A page that looks like a terminal window holding the prompt line and the output. */
function page(command, output, columns) {
  return `<!doctype html><meta charset="utf-8"><style>
  html, body { margin: 0; background: ${BACKGROUND}; }
  .term { box-sizing: border-box; padding: 14px 18px; width: 100%; color: ${FOREGROUND};
    font: ${FONT_SIZE}px/${LINE_HEIGHT} 'DejaVu Sans Mono', monospace; }
  pre { margin: 0; font: inherit; white-space: pre-wrap; word-break: break-all; width: calc(${columns}ch + 4px); }
  .prompt { color: #8fd18f; }
</style><div class="term"><pre><span class="prompt">$</span> ${escapeHtml(command)}
${ansiToHtml(output)}</pre></div>`;
}

function chromium() {
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      execFileSync('which', [name], { stdio: 'ignore' });
      return name;
    } catch {
      // try the next name
    }
  }
  throw new Error('Chromium not found: apt-get install -y chromium');
}

function main() {
  const browser = chromium();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-shots-'));
  try {
    for (const shot of SHOTS) {
      const output = execFileSync(process.execPath, [BIN, '--color=always', ...shot.args], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, COLUMNS: String(shot.columns) },
      });
      const command = `whosaid ${shot.args.map((arg) => (arg.includes('*') ? `'${arg}'` : arg)).join(' ')}`;
      const html = path.join(work, `${path.basename(shot.file, '.png')}.html`);
      fs.writeFileSync(html, page(command, output, shot.columns));
      // the text, the padding, and room for what the window itself takes
      const width = Math.ceil(shot.columns * FONT_SIZE * CHAR_WIDTH + 36 + 40);
      const height = Math.ceil(rows(`$ ${command}\n${output}`, shot.columns) * FONT_SIZE * LINE_HEIGHT + 32);
      execFileSync(browser, [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--hide-scrollbars',
        '--force-device-scale-factor=2',
        `--user-data-dir=${path.join(work, 'profile')}`,
        `--window-size=${width},${height}`,
        `--screenshot=${path.join(root, shot.file)}`,
        `file://${html}`,
      ], { stdio: 'ignore' });
      console.log(`${shot.file}  ${width}×${height}  (${command})`);
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main();
