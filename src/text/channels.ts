/**
 * The channel scanner: one left-to-right pass over the original text that finds the ways a message tells its
 * reader to act — links (with a scheme, `www.` or a bare `name.tld`, including defanged and broken forms such as
 * `hxxp://`, `http //`, `http:/`, `example[.]com`, `bit . ly/x`), e-mail addresses, phone numbers in any digit
 * system and layout, short codes, and money written with a sign (`$50`, `50%`).
 *
 * No regular expression runs here: every character is looked at a bounded number of times, so a 100 KB hostile
 * body costs linear time. What the links and numbers mean (shorteners, look-alike brands, premium-rate ranges) is
 * decided by the callers from the fields found here.
 */
import { LINK_TLDS } from './data/links.js';
import { foldTables, KIND_ARABIC, KIND_DIGIT, KIND_LATIN } from './fold.js';
import { examinedTo, isIpv4, isWordChar, readHost, readPath, readUrlAt, type Cursor } from './_url-reader.js';

export type ChannelKind = 'url' | 'email' | 'phone' | 'shortcode' | 'money';

export interface Channel {
  kind: ChannelKind;
  /** Half-open span in the original text. */
  start: number;
  end: number;
  /** url, email: the lowercased host (`bit.ly`, an IPv4 address, an IDN host as written). */
  host?: string;
  /** url: the part after the host, lowercased (`/login?x=1`). */
  path?: string;
  /** url: written with a scheme (`https://`, `hxxp://`). */
  scheme?: boolean;
  /** url: written so that it does not auto-link (`hxxp`, `[.]`, `http //`, spaces around a dot). */
  defanged?: boolean;
  /** phone, shortcode, money: the ASCII digits. */
  digits?: string;
  /** phone: written with `+` or `00`. */
  international?: boolean;
}

/** At most this many channels are reported per text (a hostile body cannot make the list grow without bound). */
export const MAX_CHANNELS = 64;

/** `$ £ € ₹ ﷼`: the signs that make a number an amount. */
function isMoneySign(code: number): boolean {
  return code === 0x24 || code === 0xa3 || code === 0x20ac || code === 0x20b9 || code === 0xfdfc;
}
function readDigits(
  c: Cursor,
  i: number,
  limit: number,
): { digits: string; end: number; groups: number; plus: boolean } {
  const t = c.text;
  let j = i;
  let digits = '';
  let groups = 1;
  let plus = false;
  if (t.charCodeAt(j) === 0x2b || t.charCodeAt(j) === 0xff0b) {
    plus = true;
    j++;
  }
  let lastDigitEnd = j;
  while (j < limit && digits.length < 24) {
    const code = t.charCodeAt(j);
    if (c.kind[code]! & KIND_DIGIT) {
      const folded = c.unit[code]!;
      if (folded < 0x30 || folded > 0x39) break;
      digits += String.fromCharCode(folded);
      j++;
      lastDigitEnd = j;
      continue;
    }
    // One separator between digit groups: space, hyphen, dot, brackets, slash-free.
    if (
      (code === 0x20 || code === 0x2d || code === 0x2e || code === 0x28 || code === 0x29 || code === 0xa0) &&
      digits.length > 0
    ) {
      const next = t.charCodeAt(j + 1);
      const nextIsDigit = j + 1 < limit && (c.kind[next]! & KIND_DIGIT) !== 0;
      const bracketThenDigit =
        j + 2 < limit &&
        (next === 0x29 || next === 0x28 || next === 0x20) &&
        (c.kind[t.charCodeAt(j + 2)]! & KIND_DIGIT) !== 0;
      if (nextIsDigit || bracketThenDigit) {
        groups++;
        j += bracketThenDigit && !nextIsDigit ? 2 : 1;
        continue;
      }
    }
    break;
  }
  return { digits, end: lastDigitEnd, groups, plus };
}

/**
 * Finds the channels of a text, in order of position, at most `MAX_CHANNELS`.
 *
 * @example
 * scanChannels('Pay the fee at hxxp://post-jo[.]top/pay or call ٠٧٩١٢٣٤٥٦٧');
 * // [{ kind: 'url', host: 'post-jo.top', defanged: true, … }, { kind: 'phone', digits: '0791234567', … }]
 */
export function scanChannels(text: string): Channel[] {
  const { unit, kind } = foldTables();
  const c: Cursor = { text, unit, kind };
  const found: Channel[] = [];
  const length = text.length;
  let i = 0;
  while (i < length && found.length < MAX_CHANNELS) {
    const code = text.charCodeAt(i);
    const k = kind[code]!;
    const atWordStart = i === 0 || !isWordChar(kind[text.charCodeAt(i - 1)]!);
    // Money signs before a number: $50, £1,000, €20.
    if (isMoneySign(code) && i + 1 < length) {
      let j = i + 1;
      if (text.charCodeAt(j) === 0x20) j++;
      if (kind[text.charCodeAt(j)]! & KIND_DIGIT) {
        const number = readAmount(c, j, length);
        found.push({ kind: 'money', start: i, end: number.end, digits: number.digits });
        i = number.end;
        continue;
      }
    }
    if (atWordStart && k & KIND_LATIN) {
      // The word, and what follows it: only a word followed by a dot, a colon, a slash or a bracket, or a
      // scheme or `www` word, can start a link (most words are skipped after this one look).
      let j = i + 1;
      while (j < length && kind[text.charCodeAt(j)]! & (KIND_LATIN | KIND_DIGIT)) j++;
      const next = j < length ? text.charCodeAt(j) : 0;
      const linkish =
        next === 0x2e ||
        next === 0x3a ||
        next === 0x2f ||
        next === 0x5b ||
        next === 0x28 ||
        next === 0x2d ||
        next === 0x5f ||
        next === 0x3002 ||
        next === 0xff0e ||
        (next === 0x20 && text.charCodeAt(j + 1) === 0x2e) ||
        (j - i >= 3 && j - i <= 5 && (code === 0x68 || code === 0x48 || code === 0x77 || code === 0x57));
      if (linkish) {
        const url = readUrlAt(c, i, length);
        if (url) {
          found.push(url);
          i = url.end;
          continue;
        }
        if (examinedTo > j) j = examinedTo;
      }
      // An e-mail address: word@host.tld.
      if (text.charCodeAt(j) === 0x40) {
        const host = readHost(c, j + 1, length, false);
        if (host && host.labels >= 2 && LINK_TLDS.has(host.tld)) {
          found.push({ kind: 'email', start: i, end: host.end, host: host.host });
          i = host.end;
          continue;
        }
      }
      i = j;
      continue;
    }
    if (
      atWordStart &&
      (k & KIND_DIGIT || ((code === 0x2b || code === 0xff0b) && kind[text.charCodeAt(i + 1)]! & KIND_DIGIT))
    ) {
      // A raw IP link (`192.168.4.20/login`)?
      const ip = digitsThenDot(text, i, length) ? readHost(c, i, length, false) : null;
      if (ip && isIpv4(ip.host)) {
        const path = readPath(c, ip.end, length);
        found.push({
          kind: 'url',
          start: i,
          end: path.end,
          host: ip.host,
          path: path.path,
          scheme: false,
          defanged: false,
        });
        i = path.end;
        continue;
      }
      const run = readDigits(c, i, length);
      const afterRun = run.end < length ? kind[text.charCodeAt(run.end)]! : 0;
      const glued = (afterRun & (KIND_LATIN | KIND_ARABIC)) !== 0;
      const n = run.digits.length;
      const percent = text.charCodeAt(run.end) === 0x25 || text.charCodeAt(run.end) === 0x066a;
      // A sign after the number, as Arabic and Arabizi writers put it: `200$`, `50 €`.
      const signAt = text.charCodeAt(run.end) === 0x20 ? run.end + 1 : run.end;
      if (percent || (signAt < length && isMoneySign(text.charCodeAt(signAt)))) {
        const end = percent ? run.end + 1 : signAt + 1;
        found.push({ kind: 'money', start: i, end, digits: run.digits });
        i = end;
        continue;
      }
      if (n >= 7 && n <= 15 && !glued) {
        const international = run.plus || run.digits.startsWith('00');
        found.push({ kind: 'phone', start: i, end: run.end, digits: run.digits, international });
      } else if (n >= 3 && n <= 6 && run.groups === 1 && !glued && !run.plus) {
        found.push({ kind: 'shortcode', start: i, end: run.end, digits: run.digits });
      }
      i = Math.max(run.end, i + 1);
      // Skip any glued letters (`500jd`, `24h`).
      while (i < length && kind[text.charCodeAt(i)]! & (KIND_LATIN | KIND_DIGIT | KIND_ARABIC)) i++;
      continue;
    }
    i++;
  }
  return found;
}

/** Whether the digits at `i` are followed by a dot and another digit (the start of an IPv4 address). */
function digitsThenDot(text: string, i: number, limit: number): boolean {
  let j = i;
  while (j < limit && j - i < 3 && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
  return j > i && text.charCodeAt(j) === 0x2e && text.charCodeAt(j + 1) >= 0x30 && text.charCodeAt(j + 1) <= 0x39;
}

function readAmount(c: Cursor, i: number, limit: number): { digits: string; end: number } {
  let j = i;
  let digits = '';
  while (j < limit && digits.length < 20) {
    const code = c.text.charCodeAt(j);
    if (c.kind[code]! & KIND_DIGIT) {
      digits += String.fromCharCode(c.unit[code]!);
      j++;
    } else if ((code === 0x2c || code === 0x2e) && j + 1 < limit && c.kind[c.text.charCodeAt(j + 1)]! & KIND_DIGIT) {
      j++;
    } else break;
  }
  return { digits, end: j };
}

/** A link starting at a Latin word start `i`, or null. */
/** How far the last failed `readUrlAt` read: a later start inside that run would fail the same way. */
