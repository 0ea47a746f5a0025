/** Small timing helpers shared by the benchmarks. */

export interface Measurement {
  name: string;
  ops: number;
  seconds: number;
  opsPerSecond: number;
}

/** Runs `fn` `iterations` times after a warm-up and returns the rate. Async functions are awaited one by one. */
export async function measure(name: string, iterations: number, fn: (i: number) => unknown): Promise<Measurement> {
  const warm = Math.min(1_000, Math.ceil(iterations / 10));
  for (let i = 0; i < warm; i++) await fn(i);
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) {
    const result = fn(i);
    if (result && typeof (result as Promise<unknown>).then === 'function') await result;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { name, ops: iterations, seconds, opsPerSecond: iterations / seconds };
}

/** Prints measurements as a table with the ratio of each to the first (the baseline, usually ours). */
export function report(rows: Measurement[]): void {
  const base = rows[0];
  for (const row of rows) {
    const ratio = base ? (row.opsPerSecond / base.opsPerSecond).toFixed(2) : '1.00';
    console.log(
      `  ${row.name.padEnd(44)} ${Math.round(row.opsPerSecond).toLocaleString('en-US').padStart(12)} ops/s  ${ratio}x of ${base?.name ?? ''}`,
    );
  }
}

/** Formats bytes as MiB with one decimal. */
export function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
