import { describe, expect, it } from 'vitest';
import { PolicyConfigError } from '../../src/core/errors.js';
import { senderIdFormat } from '../../src/jordan/sender-id-format.js';
import { of, run } from './_helpers.js';

const ID = 'jordan/sender-id-format';

const cases: Array<[senderId: string, expected: string[]]> = [
  ['adv Acme', []],
  ['adv-Acme', []],
  ['adv AcmeSto', []], // 11 characters
  ['Acme_Co.1-2', []],
  ['adv AcmeStor', ['jordan.sender-id-too-long']], // 12
  ['Acme!', ['jordan.sender-id-characters']],
  ['أكمي', ['jordan.sender-id-characters']],
  ['Acme😀', ['jordan.sender-id-characters']],
  ['adv Acme Stores!', ['jordan.sender-id-too-long', 'jordan.sender-id-characters']],
];

describe('jordan/sender-id-format', () => {
  const rules = [senderIdFormat()];

  it.each(cases)('"%s"', async (senderId, expected) => {
    const found = of(await run(rules, { senderId }), ID);
    expect(found.map((f) => f.messageId)).toEqual(expected);
    for (const finding of found) expect(finding.action).toBe('deny');
  });

  it('counts an emoji as one character and names refused code points', async () => {
    const found = of(await run(rules, { senderId: 'Acme😀' }), ID);
    expect(found[0]!.evidence?.[0]?.data).toEqual({ character: '😀', codePoint: 'U+1F600' });
  });

  it('honours a configured maximum', async () => {
    expect(of(await run([senderIdFormat({ maxLength: 8 })], { senderId: 'adv Acme' }), ID)).toEqual([]);
    const found = of(await run([senderIdFormat({ maxLength: 8 })], { senderId: 'adv Acmes' }), ID);
    expect(found[0]!.params).toMatchObject({ length: 9, max: 8 });
  });

  it('rejects a silly maximum', () => {
    expect(() => senderIdFormat({ maxLength: 0 })).toThrow(PolicyConfigError);
  });
});
