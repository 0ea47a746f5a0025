/**
 * The outputs shown in the guides come from real runs of the built CLI, so a guide cannot drift from the code.
 *
 * A guide marks each generated block with a comment naming the command, then a fenced code block:
 *
 *   <!-- output: check examples/templates; exit -->
 *   ```
 *   (replaced by `$ sms-policy check examples/templates`, what it printed, and `exit=1`)
 *   ```
 *
 * Options after `;`: `exit` appends the exit code, `cwd=DIR` runs in DIR (relative to the repository),
 * `sarif=RULE` abridges a SARIF log to that rule and its first result (the block is then the JSON alone),
 * `raw` prints the output without the `$ …` line. JUnit `time` attributes are written as `0.000` (they vary).
 *
 *   npm run docs:outputs     rebuilds dist/ and rewrites every marked block (after the code changed)
 * test/project/docs-outputs.test.ts fails when a guide differs from what this produces.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'dist/cli/bin.js');

/** The guides with generated outputs. */
export const GUIDES = ['docs/guide/ci.md'];

const MARKER = /^<!-- output: (.+?) -->$/;

/** Splits a command line the way a POSIX shell would for plain words and '…' / "…" quoting. */
export function splitArgs(line: string): string[] {
  const args: string[] = [];
  let current = '';
  let quote: string | undefined;
  let started = false;
  for (const char of line) {
    if (quote) {
      if (char === quote) quote = undefined;
      else current += char;
    } else if (char === "'" || char === '"') {
      quote = char;
      started = true;
    } else if (char === ' ') {
      if (started || current) args.push(current);
      current = '';
      started = false;
    } else current += char;
  }
  if (started || current) args.push(current);
  return args;
}

interface Spec {
  command: string;
  exit: boolean;
  raw: boolean;
  cwd?: string;
  sarif?: string;
}

function parseSpec(text: string): Spec {
  const [command, ...options] = text.split(';').map((part) => part.trim());
  const spec: Spec = { command: command!, exit: false, raw: false };
  for (const option of options) {
    const [key, value] = option.split('=');
    if (key === 'exit') spec.exit = true;
    else if (key === 'raw') spec.raw = true;
    else if (key === 'cwd' && value) spec.cwd = value;
    else if (key === 'sarif' && value) spec.sarif = value;
    else throw new Error(`unknown output option "${option}"`);
  }
  return spec;
}

/** A SARIF log cut down to one rule and the first result of that rule. */
function abridgeSarif(text: string, ruleId: string): string {
  const log = JSON.parse(text);
  const run = log.runs[0];
  run.tool.driver.rules = run.tool.driver.rules.filter((rule: { id: string }) => rule.id === ruleId);
  const help = run.tool.driver.rules[0]?.help;
  if (help?.markdown && help.markdown.length > 300) help.markdown = `${help.markdown.slice(0, 300)}…`;
  run.results = run.results.filter((result: { ruleId: string }) => result.ruleId === ruleId).slice(0, 1);
  for (const result of run.results) result.ruleIndex = 0;
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** Runs one marked command with the built CLI and returns the block's new content. */
export function runSpec(text: string): string {
  const spec = parseSpec(text);
  const result = spawnSync(process.execPath, [BIN, ...splitArgs(spec.command)], {
    cwd: join(ROOT, spec.cwd ?? '.'),
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    input: '',
  });
  let output = `${result.stdout}${result.stderr}`.replace(/ time="\d+\.\d+"/g, ' time="0.000"');
  if (spec.sarif) output = abridgeSarif(result.stdout, spec.sarif);
  const lines = spec.raw || spec.sarif ? [] : [`$ sms-policy ${spec.command}`];
  lines.push(output.replace(/\n$/, ''));
  if (spec.exit) lines.push(`exit=${result.status}`);
  return `${lines.join('\n')}\n`;
}

/** A guide with every marked block regenerated. */
export function regenerate(source: string): string {
  const lines = source.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    out.push(line);
    const marker = MARKER.exec(line);
    if (!marker) continue;
    const open = lines[i + 1];
    if (!open?.startsWith('```')) throw new Error(`line ${i + 1}: an output marker must be followed by a code block`);
    const close = lines.findIndex((l, j) => j > i + 1 && l === '```');
    if (close === -1) throw new Error(`line ${i + 2}: unclosed code block`);
    out.push(open, ...runSpec(marker[1]!).replace(/\n$/, '').split('\n'), '```');
    i = close;
  }
  return out.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const guide of GUIDES) {
    const path = join(ROOT, guide);
    const before = readFileSync(path, 'utf8');
    const after = regenerate(before);
    writeFileSync(path, after);
    console.log(`${guide} ${before === after ? 'unchanged' : 'updated'}`);
  }
}
