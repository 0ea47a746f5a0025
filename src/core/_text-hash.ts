/**
 * The SHA-256 of a message text (hex), shared by the decision audit record and the Jordan send record, so a
 * campaign's text is hashed once per distinct text across both (a bounded memo).
 */
import { createHash } from 'node:crypto';
import { memoizeByString } from './_memo.js';

export const textSha256: (text: string) => string = memoizeByString(
  (text) => createHash('sha256').update(text).digest('hex'),
  256,
);
