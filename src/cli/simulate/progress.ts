/**
 * Progress on stderr: a bar on a terminal; elsewhere (CI logs) one plain line every few seconds
 * (`SMS_POLICY_PROGRESS_MS`, default 5,000; `0` prints one per batch of rows read), so a long run shows
 * it is alive without flooding the log with carriage returns.
 */
import { SingleBar } from 'cli-progress';
import type { CliIO } from '../io.js';

export interface Progress {
  update(rows: number, bytes: number): void;
  stop(): void;
}

const DEFAULT_INTERVAL_MS = 5_000;

export function createProgress(io: CliIO, totalBytes: number): Progress {
  if (io.stderr.isTTY) {
    const bar = new SingleBar({
      stream: io.stderr as NodeJS.WritableStream,
      format: 'simulate [{bar}] {percentage}% | {rows} rows | {eta}s left',
      hideCursor: true,
    });
    bar.start(Math.max(1, totalBytes), 0, { rows: 0 });
    let last = 0;
    return {
      update(rows, bytes) {
        last = bytes;
        bar.update(Math.min(bytes, totalBytes), { rows });
      },
      stop() {
        bar.update(Math.max(last, totalBytes));
        bar.stop();
      },
    };
  }
  const configured = Number(io.env.SMS_POLICY_PROGRESS_MS);
  const interval = Number.isFinite(configured) && configured >= 0 ? configured : DEFAULT_INTERVAL_MS;
  const started = performance.now();
  let lastLine = started;
  return {
    update(rows, bytes) {
      const now = performance.now();
      if (now - lastLine < interval || (interval > 0 && now - started < interval)) return;
      lastLine = now;
      const share = totalBytes > 0 ? Math.min(1, bytes / totalBytes) : 0;
      const seconds = (now - started) / 1000;
      const eta = share > 0 ? Math.max(0, seconds / share - seconds) : Number.NaN;
      io.stderr.write(
        `simulate: ${rows.toLocaleString('en-US')} rows, ${(100 * share).toFixed(0)}% read, ` +
          `${seconds.toFixed(1)} s elapsed${Number.isFinite(eta) ? `, about ${Math.ceil(eta)} s left` : ''}\n`,
      );
    },
    stop() {},
  };
}
