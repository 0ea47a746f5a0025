/** How the ledger names a subject: the E.164 number of an input (or why it is none), and its stored keys. */
import { createHmac } from 'node:crypto';
import { makeIssue } from '../core/_issues.js';
import { PolicyInputError } from '../core/errors.js';
import { parsePhone } from '../core/phone.js';
import { normalizePhone } from '../text/phone.js';
import { PolicyConfigError } from '../core/errors.js';
import { ALL_ACCOUNTS, type ConsentEvent, type ConsentStore, ERASURE_SOURCE } from '../core/ports.js';
import { newEventId } from './_event-id.js';
import type { ConsentExport } from './ledger.js';

export function hmac(key: string | Uint8Array, value: string): string {
  return createHmac('sha256', key).update(value).digest('hex');
}

/** The E.164 number of a subject argument; `PolicyInputError` naming `path` when it is none. */
export function subjectPhone(subject: unknown, path: string, defaultRegion: string, unallocated = false): string {
  if (typeof subject !== 'string') {
    throw new PolicyInputError([
      subject === undefined
        ? makeIssue([path], 'required')
        : makeIssue([path], 'invalid_type', { expected: 'string', received: typeof subject }),
    ]);
  }
  const phone = unallocated
    ? parsePhone(subject, defaultRegion, { allowUnallocated: true })
    : normalizePhone(subject, defaultRegion);
  if (!phone) throw new PolicyInputError([makeIssue([path], 'invalid_phone')]);
  return phone.e164;
}

/**
 * A subject's stored keys: the number, or `h:` + HMAC when the ledger hashes subjects; and its erasure tombstone
 * (`t:` + HMAC) when the ledger has a tombstone key.
 */
export function subjectKeys(hashKey: string | Uint8Array | undefined, tombstoneKey: string | Uint8Array | undefined) {
  const subjectKey = (e164: string): string => (hashKey ? `h:${hmac(hashKey, e164)}` : e164);
  const tombstoneOf = (e164: string): string | undefined =>
    tombstoneKey ? `t:${hmac(tombstoneKey, `erased:${e164}`)}` : undefined;
  const keysOf = (e164: string): string[] => {
    const tomb = tombstoneOf(e164);
    return tomb ? [subjectKey(e164), tomb] : [subjectKey(e164)];
  };
  return { subjectKey, tombstoneOf, keysOf };
}

/** What the subject rights need from their ledger. */
export interface SubjectRightsSettings {
  store: ConsentStore;
  clock: () => Date;
  keysOf(e164: string): string[];
  tombstoneOf(e164: string): string | undefined;
  phoneOf(subject: unknown, path: string): string;
}

/** Subject access (`export`) and erasure (`erase`, leaving a tombstone that keeps the number suppressed). */
export function subjectRights(settings: SubjectRightsSettings): {
  exportSubject(subject: string): Promise<ConsentExport>;
  erase(subject: string): Promise<{ deleted: number; tombstoneId: string }>;
} {
  const { store, clock, keysOf, tombstoneOf, phoneOf } = settings;

  async function exportSubject(subject: string): Promise<ConsentExport> {
    const e164 = phoneOf(subject, 'subject');
    const events = await store.listBySubject(keysOf(e164));
    events.sort((a, b) => a.at.getTime() - b.at.getTime());
    return { subject: e164, events };
  }

  async function erase(subject: string): Promise<{ deleted: number; tombstoneId: string }> {
    const e164 = phoneOf(subject, 'subject');
    const tomb = tombstoneOf(e164);
    if (!tomb) {
      throw new PolicyConfigError('createConsentLedger', [
        makeIssue(
          ['tombstoneKey'],
          'required',
          {},
          'erase needs a tombstoneKey (or hashSubjects.key) to keep the erased number suppressed',
        ),
      ]);
    }
    const tombstone: ConsentEvent = {
      id: newEventId(),
      subject: tomb,
      account: ALL_ACCOUNTS,
      action: 'revoke',
      at: clock(),
      source: ERASURE_SOURCE,
    };
    const deleted = await store.erase(keysOf(e164), [tombstone]);
    return { deleted, tombstoneId: tombstone.id };
  }

  return { exportSubject, erase };
}
