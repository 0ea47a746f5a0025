import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DeadlineQueue } from '../../src/core/_deadlines.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('DeadlineQueue: one timer for many deadlines', () => {
  it('fires each deadline once its time has passed, in order, and never a cancelled one', async () => {
    const queue = new DeadlineQueue(60);
    const fired: string[] = [];
    const started = performance.now();
    const times: number[] = [];
    queue.add(() => {
      fired.push('a');
      times.push(performance.now() - started);
    });
    const b = queue.add(() => fired.push('b'));
    await sleep(20);
    queue.add(() => {
      fired.push('c');
      times.push(performance.now() - started);
    });
    b.cancel();
    b.cancel(); // twice is harmless
    await sleep(200);
    expect(fired).toEqual(['a', 'c']);
    expect(times[0]).toBeGreaterThanOrEqual(59);
    expect(times[1]).toBeGreaterThanOrEqual(79);
  });

  it('keeps up with thousands of deadlines cancelled out of order while some stay pending', async () => {
    const queue = new DeadlineQueue(40);
    let fired = 0;
    const handles = Array.from({ length: 5_000 }, () => queue.add(() => fired++));
    for (let i = 0; i < handles.length; i++) if (i % 7 !== 0) handles[(i * 31) % handles.length]!.cancel();
    await sleep(150);
    // (i * 31) mod 5000 is a permutation, so exactly the handles at i % 7 === 0 positions of it stay pending.
    expect(fired).toBe(Math.ceil(5_000 / 7));
    // A deadline added after all fired still fires.
    queue.add(() => fired++);
    await sleep(100);
    expect(fired).toBe(Math.ceil(5_000 / 7) + 1);
  });

  it('keeps the process alive while a deadline is pending, and not once all are cancelled', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sms-policy-deadlines-'));
    const module = join(process.cwd(), 'src/core/_deadlines.ts');
    const pending = join(dir, 'pending.ts');
    writeFileSync(
      pending,
      `import { DeadlineQueue } from ${JSON.stringify(module)};\nconst q = new DeadlineQueue(300);\nq.add(() => console.log('fired'));\n`,
    );
    const cancelled = join(dir, 'cancelled.ts');
    writeFileSync(
      cancelled,
      `import { DeadlineQueue } from ${JSON.stringify(module)};\nconst q = new DeadlineQueue(20_000);\nq.add(() => console.log('fired')).cancel();\nconsole.log('done');\n`,
    );
    expect(execFileSync(process.execPath, ['--import', 'tsx', pending], { encoding: 'utf8', timeout: 15_000 })).toBe(
      'fired\n',
    );
    const started = Date.now();
    expect(execFileSync(process.execPath, ['--import', 'tsx', cancelled], { encoding: 'utf8', timeout: 15_000 })).toBe(
      'done\n',
    );
    // A 20 s timer left armed would hold the process for 20 s.
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
