/**
 * A PRIVATE PostgreSQL server for fault tests: its own data directory and a free port, started with the
 * server binaries of this machine (/usr/lib/postgresql/<version>/bin, or PG_BINDIR), stopped, frozen
 * (SIGSTOP) and thawed by PID — only the processes this helper started, never a shared server.
 * initdb refuses to run as root: as root the server runs as the `postgres` system user (or PG_RUN_AS).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './services.js';

/** The directory holding initdb and postgres, or undefined when none is installed. */
export function postgresBinDir(): string | undefined {
  if (process.env.PG_BINDIR)
    return existsSync(join(process.env.PG_BINDIR, 'initdb')) ? process.env.PG_BINDIR : undefined;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a));
  return versions[0] ? join(root, versions[0], 'bin') : undefined;
}

function runAs(): { uid: number; gid: number } | undefined {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  const name = process.env.PG_RUN_AS ?? 'postgres';
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith(`${name}:`));
  if (!line) throw new Error(`running as root and there is no user "${name}" to run PostgreSQL as (set PG_RUN_AS)`);
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

/** The PIDs of a process and all its descendants (from /proc). */
function processTree(root: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid ...: comm may hold spaces and parentheses, so read after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // gone meanwhile
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) {
    for (const [pid, ppid] of parents) if (ppid === tree[i] && !tree.includes(pid)) tree.push(pid);
  }
  return tree;
}

export interface PrivatePostgres {
  url: string;
  port: number;
  /** SIGSTOP the server and every backend: connections stay open, nothing answers. */
  freeze(): void;
  thaw(): void;
  /** A fast shutdown (every connection terminated), `downMs` with nothing listening, then the same data again. */
  restart(downMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** Creates a data directory, starts a server on a free port and waits until it accepts connections. */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = postgresBinDir();
  if (!bin) throw new Error('no PostgreSQL server binaries (initdb, postgres) found');
  const owner = runAs();
  const dir = mkdtempSync(join(tmpdir(), 'sms-policy-pg-'));
  const data = join(dir, 'data');
  if (owner) {
    chownSync(dir, owner.uid, owner.gid);
    chmodSync(dir, 0o700);
  }
  const as = owner ? { uid: owner.uid, gid: owner.gid } : {};
  execFileSync(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync'], {
    stdio: 'ignore',
    ...as,
  });
  const port = await freePort();
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  let server!: ChildProcess;
  let exited!: Promise<void>;
  const launch = async () => {
    server = spawn(
      join(bin, 'postgres'),
      ['-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off'],
      { stdio: 'ignore', ...as },
    );
    const child = server;
    exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const deadline = Date.now() + 30_000;
    for (;;) {
      const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
      try {
        await client.connect();
        await client.end();
        return;
      } catch (error) {
        await client.end().catch(() => undefined);
        if (child.exitCode !== null || Date.now() > deadline) {
          throw new Error(`private PostgreSQL did not start: ${(error as Error).message}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  };
  const shutdown = async () => {
    if (server.exitCode !== null) return;
    server.kill('SIGINT'); // fast shutdown: backends are terminated, connections closed
    const killer = setTimeout(() => server.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(killer);
  };
  try {
    await launch();
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  let frozen: number[] = [];
  const thaw = () => {
    for (const p of frozen) {
      try {
        process.kill(p, 'SIGCONT');
      } catch {
        // exited meanwhile
      }
    }
    frozen = [];
  };
  return {
    url,
    port,
    freeze() {
      frozen = processTree(server.pid!);
      for (const p of frozen) process.kill(p, 'SIGSTOP');
    },
    thaw,
    async restart(downMs = 1_000) {
      thaw();
      await shutdown();
      await new Promise((resolve) => setTimeout(resolve, downMs));
      await launch();
    },
    async stop() {
      thaw();
      await shutdown();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
