/**
 * The shape of an alphanumeric sender ID, as regulators describe it: a length limit, a character set, and a
 * class marker at one end ("adv Acme" in Jordan, "AD-Acme" in the UAE, "Acme-AD" in Saudi Arabia).
 * Data-driven: each country pack passes its marker, its end and its separator.
 */

/** How a marker is attached: `bare` the whole ID, `separated` by space/-/_/., `joined` glued with a visible
 * break (a case change or a digit), `ambiguous` an all-capital ID that may be a marker or a plain name. */
export type SenderMarkerForm = 'bare' | 'separated' | 'joined' | 'ambiguous';

export interface SenderMarkerSpec {
  /** The marker letters, e.g. `adv` or `AD`. Compared case-insensitively; `exact` says whether the case matched. */
  marker: string;
  /** Which end of the ID carries it. */
  position: 'prefix' | 'suffix';
  /** The separator the regulator writes between marker and brand (`-` in `AD-Acme`); `''` when none is required. */
  separator?: string;
}

export interface SenderMarker {
  form: SenderMarkerForm;
  /** The marker and its separator as written, e.g. `ADV-`, `-AD`, ` AD`. */
  written: string;
  /** The separator as written (`''` when joined or bare). */
  separator: string;
  /** What remains: the brand. */
  brand: string;
  /** True when the marker is written exactly as the spec says: same case, the required separator. */
  exact: boolean;
}

const SEPARATOR_CHARS = /[\s\-_.]/;
const UPPER = /[A-Z]/;
const LOWER = /[a-z]/;
const DIGIT = /[0-9]/;

function sepRun(text: string, from: number, step: 1 | -1): number {
  let i = from;
  while (i >= 0 && i < text.length && SEPARATOR_CHARS.test(text[i]!)) i += step;
  return i;
}

/**
 * Finds a class marker at one end of a sender ID, or `null`. A glued marker needs a visible break — a
 * digit, or a lower-to-upper case change ("advAcme", "AcmeAD") — so brands like "Advance" or "Nomad" are not
 * read as marked; all-capital IDs ("ADVANCE", "NOMAD") are `ambiguous`.
 *
 * @example
 * readSenderMarker('AD-Acme', { marker: 'AD', position: 'prefix', separator: '-' }); // { form: 'separated', exact: true, brand: 'Acme', ... }
 * readSenderMarker('Acme AD', { marker: 'AD', position: 'suffix', separator: '-' }); // { form: 'separated', exact: false, ... }
 */
export function readSenderMarker(senderId: string, spec: SenderMarkerSpec): SenderMarker | null {
  const id = senderId.trim();
  const n = spec.marker.length;
  if (n === 0 || id.length < n) return null;
  const prefix = spec.position === 'prefix';
  const head = prefix ? id.slice(0, n) : id.slice(id.length - n);
  if (head.toLowerCase() !== spec.marker.toLowerCase()) return null;
  const rest = prefix ? id.slice(n) : id.slice(0, id.length - n);
  const sameCase = head === spec.marker;
  const required = spec.separator ?? '';
  if (rest.length === 0) return { form: 'bare', written: head, separator: '', brand: '', exact: sameCase };
  // The separator run next to the marker.
  const edge = prefix ? sepRun(rest, 0, 1) : sepRun(rest, rest.length - 1, -1);
  const separator = prefix ? rest.slice(0, edge) : rest.slice(edge + 1);
  if (separator.length > 0) {
    const brand = prefix ? rest.slice(separator.length) : rest.slice(0, rest.length - separator.length);
    return {
      form: 'separated',
      written: prefix ? head + separator : separator + head,
      separator,
      brand,
      exact: sameCase && separator === required,
    };
  }
  // Glued: the letter next to the marker must show a break.
  const neighbour = prefix ? rest[0]! : rest[rest.length - 1]!;
  const markerEdge = prefix ? head[head.length - 1]! : head[0]!;
  const joined = { written: head, separator: '', brand: rest, exact: sameCase && required === '' };
  if (DIGIT.test(neighbour)) return { form: 'joined', ...joined };
  if (prefix) {
    if (!UPPER.test(neighbour)) return null;
    return { form: head === head.toUpperCase() ? 'ambiguous' : 'joined', ...joined };
  }
  // Suffix: a lower-case brand end then a capital marker ("AcmeAD"), or an all-capital ID ("NOMAD").
  if (!UPPER.test(markerEdge)) return null;
  if (LOWER.test(neighbour)) return { form: 'joined', ...joined };
  if (UPPER.test(neighbour)) return { form: 'ambiguous', ...joined };
  return null;
}

export interface SenderIdShapeSpec {
  /** Longest ID, counted in code points (an emoji is one refused character, not two). */
  maxLength: number;
  /** Characters allowed besides Latin letters and digits, e.g. ` -_.`. */
  punctuation: string;
  /** Refuse IDs made of digits only (numeric senders). Default false. */
  refuseNumeric?: boolean;
}

export interface SenderIdShape {
  length: number;
  tooLong: boolean;
  /** Distinct refused characters, in order of appearance. */
  badCharacters: string[];
  numeric: boolean;
}

/**
 * Measures a sender ID against a length and a character set.
 *
 * @example
 * senderIdShape('adv Acme!', { maxLength: 11, punctuation: ' -_.' }); // { length: 9, tooLong: false, badCharacters: ['!'], numeric: false }
 */
export function senderIdShape(senderId: string, spec: SenderIdShapeSpec): SenderIdShape {
  const chars = [...senderId];
  const allowed = (ch: string) => /^[A-Za-z0-9]$/.test(ch) || (ch.length === 1 && spec.punctuation.includes(ch));
  return {
    length: chars.length,
    tooLong: chars.length > spec.maxLength,
    badCharacters: [...new Set(chars.filter((ch) => !allowed(ch)))],
    numeric: spec.refuseNumeric === true && /^[0-9+]+$/.test(senderId.trim()),
  };
}

/** `U+0021` for a character: evidence that survives any display. */
export function codePointLabel(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The sender ID folded for counting per brand: case and separators ignored ("ADV-Acme" = "adv acme"). */
export function senderKey(senderId: string): string {
  return senderId.toLowerCase().replace(/[\s\-_.]+/g, '');
}
