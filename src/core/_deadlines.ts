/**
 * One timer for many deadlines of the same length. A policy's deadlines are all `now + timeoutMs`, so they
 * arrive in order and a queue holds them: the timer is armed for the earliest pending one, and a check no
 * longer pays for a timer of its own (a `setTimeout` and `clearTimeout` per message were about a sixth of a
 * campaign simulation's time). The timer keeps the process alive only while a deadline is pending, as a
 * timer of each check's own would.
 */

/** A pending deadline; `cancel` once the work it guards has finished. */
export interface Deadline {
  cancel(): void;
}

interface Entry extends Deadline {
  at: number;
  fire: (() => void) | undefined;
}

export class DeadlineQueue {
  private queue: Entry[] = [];
  private head = 0;
  private pending = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly ms: number) {}

  /** Calls `fire` once `ms` have passed, unless cancelled first. */
  add(fire: () => void): Deadline {
    const entry: Entry = {
      at: performance.now() + this.ms,
      fire,
      cancel: () => this.cancel(entry),
    };
    this.queue.push(entry);
    if (this.pending++ === 0) this.timer?.ref();
    if (!this.timer) this.arm(entry.at);
    return entry;
  }

  private cancel(entry: Entry): void {
    if (!entry.fire) return;
    entry.fire = undefined;
    if (--this.pending === 0) {
      // Nothing pending: let the process exit; the armed timer finds an empty queue and stops.
      this.timer?.unref();
      this.queue.length = 0;
      this.head = 0;
      return;
    }
    this.skipDone();
  }

  private skipDone(): void {
    while (this.head < this.queue.length && !this.queue[this.head]!.fire) this.head++;
    if (this.head > 1_024 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
  }

  private arm(at: number): void {
    this.timer = setTimeout(() => this.expire(), Math.max(1, Math.ceil(at - performance.now())));
    if (this.pending === 0) this.timer.unref();
  }

  private expire(): void {
    this.timer = undefined;
    const now = performance.now();
    const due: Array<() => void> = [];
    while (this.head < this.queue.length) {
      const entry = this.queue[this.head]!;
      if (entry.fire && entry.at > now) break;
      this.head++;
      if (entry.fire) {
        due.push(entry.fire);
        entry.fire = undefined;
        this.pending--;
      }
    }
    this.skipDone();
    const next = this.queue[this.head];
    if (next) this.arm(next.at);
    else {
      this.queue.length = 0;
      this.head = 0;
    }
    for (const fire of due) fire();
  }
}
