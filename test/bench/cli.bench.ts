/**
 * CLI benchmarks, on the built binary (`npm run bench` builds first):
 * - `check` over 1,000 generated template files, wall time including start-up (target < 3 s);
 * - `simulate` over 1,000,000 generated recipients, with and without `--rate`: wall time (target <= 20 s
 *   each) and peak RSS (target < 1 GB);
 * - with BENCH_10M=1, `simulate` over 10,000,000 rows streamed: peak RSS (target < 1 GB).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mib } from './_harness.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = join(ROOT, 'dist/cli/bin.js');
const TIME = '/usr/bin/time';

const TEXTS = [
  'خصم 20% على كل المعاطف يا {{name}}. لإلغاء الاشتراك أرسل STOP إلى 94444',
  'Hi {{name}}, your order {{order}} has shipped. Track it in the Acme app.',
  '{{name}}, claim your casino bonus now! bit.ly/win-{{order}}',
  'mar7aba {{name}}, 5asm 50% 3ala kol el a7thiyeh el yom bas! STOP 94444',
];

interface RunResult {
  code: number | null;
  seconds: number;
  maxRssBytes?: number;
  /** User + system CPU seconds of the child (GNU time). */
  cpuSeconds?: number;
  stdout: string;
  stderr: string;
}

/** Runs the binary; with GNU time when available to read the child's peak RSS. */
function runBinary(args: string[], cwd: string): Promise<RunResult> {
  const useTime = existsSync(TIME);
  const command = useTime ? TIME : process.execPath;
  const argv = useTime ? ['-f', '__MAXRSS_KB=%M __CPU=%U+%S', process.execPath, BIN, ...args] : [BIN, ...args];
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const rss = /__MAXRSS_KB=(\d+) __CPU=([\d.]+)\+([\d.]+)/.exec(stderr);
      const result: RunResult = { code, seconds, stdout, stderr: stderr.replace(/__MAXRSS_KB=.*\n?/, '') };
      if (rss) {
        result.maxRssBytes = Number(rss[1]) * 1024;
        result.cpuSeconds = Number(rss[2]) + Number(rss[3]);
      }
      resolve(result);
    });
  });
}

function generateTemplates(dir: string, count: number): void {
  mkdirSync(join(dir, 'templates'), { recursive: true });
  for (let i = 0; i < count; i++) {
    const text = TEXTS[i % TEXTS.length]!;
    const kind = i % 4 === 1 ? 'SRV' : 'ADV';
    const body = `id: t${i}\nkind: ${kind}\nsenderId: ${kind === 'ADV' ? 'adv Acme' : 'Acme'}\ntext: ${JSON.stringify(text)}\nvariables:\n  name: { example: "${i % 2 ? 'Sara' : 'أحمد'}", maxLength: 20 }\n  order: { example: "A-${i}", maxLength: 12 }\n`;
    writeFileSync(join(dir, 'templates', `t${i}.yaml`), body);
  }
}

async function generateRecipients(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  const names = ['Sara', 'Omar', 'أحمد', 'Lina', 'خالد', 'Nour'];
  out.write('to,name,order\n');
  let buffer = '';
  for (let i = 0; i < rows; i++) {
    const prefix = ['077', '078', '079'][i % 3]!;
    buffer += `${prefix}${String(1_000_000 + (i % 9_000_000)).slice(-7)},${names[i % names.length]},A-${i}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await new Promise<void>((r) => out.once('drain', () => r()));
      buffer = '';
    }
  }
  out.write(buffer);
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

export default async function run(): Promise<void> {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run npm run build first (npm run bench does)`);
  const dir = mkdtempSync(join(tmpdir(), 'sms-policy-bench-'));
  try {
    generateTemplates(dir, 1_000);
    const check = await runBinary(['check', 'templates', '--format', 'json'], dir);
    if (check.code === 2) throw new Error(`check failed: ${check.stderr}`);
    const summary = JSON.parse(check.stdout).summary;
    console.log(
      `  check: ${summary.templates} templates in ${summary.files} files: ${check.seconds.toFixed(2)} s including start-up (target < 3 s)${check.seconds < 3 ? '' : '  ** OVER TARGET **'}; peak RSS ${check.maxRssBytes ? mib(check.maxRssBytes) : 'n/a'}; exit ${check.code}`,
    );

    const rows = 1_000_000;
    writeFileSync(
      join(dir, 'promo.yaml'),
      `id: promo\nkind: ADV\nsenderId: adv Acme\ntext: ${JSON.stringify(TEXTS[0])}\nvariables:\n  name: { example: "أحمد", maxLength: 20 }\n`,
    );
    await generateRecipients(join(dir, 'r.csv'), rows);
    // An opt-out list (every 1,000th recipient): the simulation runs the opt-out consent model.
    const optOuts = ['to'];
    for (let i = 0; i < rows; i += 1_000) optOuts.push(`079${String(1_000_000 + (i % 9_000_000)).slice(-7)}`);
    writeFileSync(join(dir, 'o.csv'), `${optOuts.join('\n')}\n`);
    const base = ['simulate', '--template', 'promo.yaml', '--recipients', 'r.csv', '--opt-outs', 'o.csv'];
    const runs: Array<[string, string[]]> = [
      ['all at --at', ['--at', '2026-12-01T10:00:00+03:00']],
      ['--rate 50', ['--at', '2026-12-01T10:00:00+03:00', '--rate', '50']],
    ];
    for (const [label, extra] of runs) {
      const simulate = await runBinary([...base, ...extra, '--json'], dir);
      if (simulate.code !== 0) throw new Error(`simulate failed: ${simulate.stderr}`);
      const result = JSON.parse(simulate.stdout);
      const rss = simulate.maxRssBytes;
      console.log(
        `  simulate (${label}): ${result.total.toLocaleString('en-US')} recipients in ${simulate.seconds.toFixed(1)} s (target <= 20 s)${simulate.seconds <= 20 ? '' : '  ** OVER TARGET **'}; ${Math.round(result.total / simulate.seconds).toLocaleString('en-US')} msg/s; CPU ${simulate.cpuSeconds?.toFixed(1) ?? 'n/a'} s; peak RSS ${rss ? mib(rss) : 'n/a'} (target < 1024 MiB)${rss && rss > 1024 ** 3 ? '  ** OVER TARGET **' : ''}`,
      );
      console.log(
        `    verdicts ${JSON.stringify(result.verdicts)}; segments ${result.segments.total.toLocaleString('en-US')}; last send ${result.timeline.lastSend} (${result.timeline.waitedOvernight.toLocaleString('en-US')} wait overnight)`,
      );
    }
    if (process.env.BENCH_10M) {
      await generateRecipients(join(dir, 'r10m.csv'), 10_000_000);
      const big = await runBinary(
        [
          'simulate',
          '--template',
          'promo.yaml',
          '--recipients',
          'r10m.csv',
          '--opt-outs',
          'o.csv',
          '--at',
          '2026-12-01T10:00:00+03:00',
          '--rate',
          '200',
          '--json',
        ],
        dir,
      );
      if (big.code !== 0) throw new Error(`simulate 10M failed: ${big.stderr}`);
      const rss = big.maxRssBytes;
      console.log(
        `  simulate 10,000,000 rows streamed (--rate 200, opt-out model): ${big.seconds.toFixed(0)} s; peak RSS ${rss ? mib(rss) : 'n/a'} (target < 1024 MiB)${rss && rss > 1024 ** 3 ? '  ** OVER TARGET **' : ''}`,
      );
    }
    if (process.env.BENCH_KEEP) console.log(`  kept ${dir}`);
  } finally {
    if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
  }
}
