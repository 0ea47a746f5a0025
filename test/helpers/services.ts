/**
 * Gates for integration tests against real servers (never mocks).
 * URLs come from REDIS_URL / DATABASE_URL, defaulting to the local servers. Without a server the tests skip
 * with a one-line note saying how to enable them; under CI=true a missing server fails the run instead.
 */
import { connect, createServer } from 'node:net';

export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
export const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export type ServiceKind = 'redis' | 'postgres';

const DEFAULT_PORT: Record<ServiceKind, number> = { redis: 6379, postgres: 5432 };
const ENV_NAME: Record<ServiceKind, string> = { redis: 'REDIS_URL', postgres: 'DATABASE_URL' };

/** True when a TCP connection to the URL's host and port opens within `timeoutMs`. */
export function reachable(url: string, kind: ServiceKind, timeoutMs = 1_500): Promise<boolean> {
  const parsed = new URL(url);
  const host = parsed.hostname || '127.0.0.1';
  const port = Number(parsed.port || DEFAULT_PORT[kind]);
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export interface ServiceGate {
  url: string;
  /** True when the tests must skip (no server, and not in CI). */
  skip: boolean;
}

/**
 * Decides whether a service's integration tests run. Use with top-level await:
 * `const redis = await serviceGate('redis'); describe.skipIf(redis.skip)(...)`.
 */
export async function serviceGate(kind: ServiceKind): Promise<ServiceGate> {
  const url = kind === 'redis' ? REDIS_URL : DATABASE_URL;
  if (await reachable(url, kind)) return { url, skip: false };
  const safeUrl = url.replace(/\/\/[^@/]*@/, '//***@');
  if (process.env.CI === 'true') {
    throw new Error(`${kind} is not reachable at ${safeUrl} and CI=true: integration tests must not be skipped.`);
  }
  console.warn(
    `[sms-policy] skipping ${kind} integration tests: no server at ${safeUrl}; start one or set ${ENV_NAME[kind]} to enable them.`,
  );
  return { url, skip: true };
}

/** A TCP port free on 127.0.0.1 right now (for a private server a test or bench starts). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
