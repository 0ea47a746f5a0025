import { describe, expect, it } from 'vitest';
import { newEventId } from '../../src/consent/_event-id.js';

describe('newEventId (UUIDv7)', () => {
  it('has the v7 layout and sorts by time', () => {
    const early = newEventId(Date.parse('2026-01-01T00:00:00Z'));
    const late = newEventId(Date.parse('2026-01-01T00:00:00.001Z'));
    for (const id of [early, late])
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(early < late).toBe(true);
    expect(early.slice(0, 13).replace('-', '')).toBe(Date.parse('2026-01-01T00:00:00Z').toString(16).padStart(12, '0'));
  });

  it('does not repeat', () => {
    const ids = new Set(Array.from({ length: 10_000 }, () => newEventId(0)));
    expect(ids.size).toBe(10_000);
  });
});
