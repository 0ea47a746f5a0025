/**
 * MemoryConsentStore: the in-process store for tests, simulations and single-process tools. Nothing survives a
 * restart; use `sms-policy/sqlite` or `sms-policy/postgres` where a revocation must outlive the process.
 */
import type { ConsentEvent, ConsentStore } from '../../core/ports.js';

function copy(event: ConsentEvent): ConsentEvent {
  const out: ConsentEvent = { ...event, at: new Date(event.at.getTime()) };
  if (event.evidence) out.evidence = structuredClone(event.evidence);
  return out;
}

/**
 * An in-memory consent store (events by subject). Appends are atomic per call.
 *
 * @example
 * const ledger = createConsentLedger({ store: new MemoryConsentStore() });
 */
export class MemoryConsentStore implements ConsentStore {
  private readonly bySubject = new Map<string, ConsentEvent[]>();
  private readonly ids = new Set<string>();

  async append(events: readonly ConsentEvent[]): Promise<void> {
    for (const event of events) {
      if (this.ids.has(event.id)) throw new Error(`duplicate consent event id ${event.id}`);
    }
    for (const event of events) {
      this.ids.add(event.id);
      const list = this.bySubject.get(event.subject);
      if (list) list.push(copy(event));
      else this.bySubject.set(event.subject, [copy(event)]);
    }
  }

  async query(subjects: readonly string[], accounts: readonly string[]): Promise<ConsentEvent[]> {
    const wanted = new Set(accounts);
    const out: ConsentEvent[] = [];
    for (const subject of new Set(subjects)) {
      for (const event of this.bySubject.get(subject) ?? []) if (wanted.has(event.account)) out.push(copy(event));
    }
    return out;
  }

  async listBySubject(subjects: readonly string[]): Promise<ConsentEvent[]> {
    const out: ConsentEvent[] = [];
    for (const subject of new Set(subjects))
      for (const event of this.bySubject.get(subject) ?? []) out.push(copy(event));
    return out;
  }

  async erase(subjects: readonly string[], tombstones: readonly ConsentEvent[]): Promise<number> {
    let deleted = 0;
    for (const subject of new Set(subjects)) {
      const list = this.bySubject.get(subject);
      if (!list) continue;
      deleted += list.length;
      for (const event of list) this.ids.delete(event.id);
      this.bySubject.delete(subject);
    }
    await this.append(tombstones);
    return deleted;
  }

  /** Number of stored events (for tests and diagnostics). */
  get size(): number {
    return this.ids.size;
  }

  async close(): Promise<void> {}
}
