/**
 * What the channels of a message mean: a link becomes `link` plus its kinds (public shortener, raw IP, free
 * hosting, cheap throw-away domain, punycode, messaging deep link, defanged, look-alike of a protected brand,
 * or a brand's own domain); a number becomes `phone` (premium-rate, personal, international) or `shortcode`;
 * an amount `money`. A brand key inside a host that is not the brand's (`arabbank-jo.com`, `paypa1.com`) is a
 * look-alike.
 */
import { type Channel, scanChannels } from '../text/channels.js';
import { FREE_HOSTS, GENERIC_COUNTRY_CODES, MESSAGING_HOSTS, RISKY_TLDS, SHORTENERS } from '../text/data/links.js';
import { premiumRange } from '../text/premium.js';
import type { ScannedText } from '../text/scan.js';
import { VIEW_MAIN } from './_compile.js';
import { type Occurrences, tokenAtOriginal } from './_occurrences.js';
import type { ProtectedBrand } from './data/brands.js';

export interface CompiledBrands {
  official: Set<string>;
  /** The names brands register under every country (`amazon` of `amazon.com`): `amazon.de` is theirs too. */
  ownNames: Set<string>;
  keys: Array<{ key: string; brand: string }>;
}

const SECOND_LEVEL = new Set(['com', 'gov', 'org', 'net', 'edu', 'co', 'ac', 'mil', 'sch']);
const LOOKALIKE_FOLD: Record<string, string> = {
  '0': 'o',
  '1': 'l',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  $: 's',
  '@': 'a',
};

export function compileBrands(brands: readonly ProtectedBrand[]): CompiledBrands {
  const official = new Set<string>();
  const ownNames = new Set<string>();
  const keys: CompiledBrands['keys'] = [];
  for (const brand of brands) {
    for (const domain of brand.domains) {
      official.add(domain.toLowerCase());
      const name = registrableDomain(domain.toLowerCase()).split('.')[0]!;
      if (name.length >= 4) ownNames.add(name);
    }
    const brandKeys = brand.keys ?? [brand.domains[0]?.split('.')[0] ?? ''];
    for (const key of brandKeys) if (key.length >= 3) keys.push({ key: key.toLowerCase(), brand: brand.name });
  }
  return { official, ownNames, keys };
}

/** The registrable part of a host: `login.arabbank.jo` → `arabbank.jo`, `x.cab.com.jo` → `cab.com.jo`. */
export function registrableDomain(host: string): string {
  const labels = host.split('.');
  if (labels.length <= 2) return host;
  const tld = labels[labels.length - 1]!;
  const second = labels[labels.length - 2]!;
  const take = tld.length === 2 && SECOND_LEVEL.has(second) ? 3 : 2;
  return labels.slice(-take).join('.');
}

function underAny(host: string, domains: Iterable<string>): boolean {
  for (const domain of domains) if (host === domain || host.endsWith(`.${domain}`)) return true;
  return false;
}

/** `amazon.de`, `dhl.co.uk`: a brand's own name, alone, under a country code (not a generic-use one). */
function ownCountrySite(registrable: string, brands: CompiledBrands): boolean {
  const labels = registrable.split('.');
  const country = labels[labels.length - 1]!;
  if (country.length !== 2 || GENERIC_COUNTRY_CODES.has(country) || RISKY_TLDS.has(country)) return false;
  if (labels.length === 3 && !SECOND_LEVEL.has(labels[1]!)) return false;
  return brands.ownNames.has(labels[0]!);
}

/** Edit distance, giving up past 2. */
const rowA = new Int32Array(128);
const rowB = new Int32Array(128);

/** Levenshtein distance, cut off at 3 (only 0–2 matter here); two reused rows, no allocation. */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2 || b.length >= rowA.length) return 3;
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1),
      );
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > 2) return 3;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return previous[b.length]!;
}

export type LinkKind =
  | 'link-shortener'
  | 'link-ip'
  | 'link-free-host'
  | 'link-risky-tld'
  | 'link-punycode'
  | 'link-lookalike'
  | 'link-official'
  | 'link-defanged'
  | 'link-messaging';

/** The kinds of one link. */
export function linkKinds(url: Channel, brands: CompiledBrands): LinkKind[] {
  const host = (url.host ?? '').replace(/^www\d?\./, '');
  const kinds: LinkKind[] = [];
  if (url.defanged) kinds.push('link-defanged');
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(host)) return [...kinds, 'link-ip'];
  const registrable = registrableDomain(host);
  if (SHORTENERS.has(host) || SHORTENERS.has(registrable)) kinds.push('link-shortener');
  if (MESSAGING_HOSTS.has(host) || MESSAGING_HOSTS.has(registrable)) kinds.push('link-messaging');
  if (underAny(host, FREE_HOSTS)) kinds.push('link-free-host');
  if (RISKY_TLDS.has(host.slice(host.lastIndexOf('.') + 1))) kinds.push('link-risky-tld');
  if (host.split('.').some((label) => label.startsWith('xn--')) || /[^\x20-\x7e]/.test(host))
    kinds.push('link-punycode');
  if (underAny(host, brands.official) || ownCountrySite(registrable, brands))
    return kinds.includes('link-messaging') ? kinds : [...kinds, 'link-official'];
  const folded = host.replace(/[013457$@8]/g, (c) => LOOKALIKE_FOLD[c] ?? c);
  const squashed = folded.replace(/[-._]/g, '');
  const parts = folded.split(/[-._]/);
  const label = registrableDomain(folded).split('.')[0]!.replace(/[-_]/g, '');
  for (const { key } of brands.keys) {
    const short = key.length < 5;
    const contains = short ? parts.includes(key) : squashed.includes(key);
    const near = !short && key.length >= 6 && label !== key && editDistance(label, key) <= (key.length >= 8 ? 2 : 1);
    if (contains || near) {
      kinds.push('link-lookalike');
      break;
    }
  }
  return kinds;
}

/** Concept indexes of the channel concepts, resolved once per compiled lexicon. */
export interface ChannelConcepts {
  ids: Map<string, number>;
}

/** Words before a number that make it a reference, not a phone number or a short code (`order 4481923`). */
const REFERENCE_WORDS = new Set([
  'ref',
  'reference',
  'order',
  'orders',
  'invoice',
  'inv',
  'txn',
  'transaction',
  'tracking',
  'awb',
  'booking',
  'ticket',
  'case',
  'id',
  'ac',
  'acct',
  'account',
  'card',
  'ending',
  'receipt',
  'bill',
  'policy',
  'claim',
  'application',
  'member',
  'customer',
  'pnr',
  'confirmation',
  'vehicle',
  'plate',
  'shipment',
  'parcel',
  'consignment',
  'package',
  'item',
  'coupon',
  'voucher',
  'serial',
  'student',
  'file',
  'request',
  'complaint',
  'meter',
  'contract',
  'loan',
  'xx',
  'xxxx',
  'المرجع',
  'مرجع',
  'المرجعي',
  'الطلب',
  'طلب',
  'طلبك',
  'الحركه',
  'العمليه',
  'عمليه',
  'الشحنه',
  'شحنه',
  'التتبع',
  'القضيه',
  'قضيه',
  'المخالفه',
  'مخالفه',
  'الفاتوره',
  'فاتوره',
  'الحجز',
  'حجز',
  'الحساب',
  'حساب',
  'حسابك',
  'البطاقه',
  'بطاقه',
  'المركبه',
  'مركبتك',
  'مركبتكم',
  'الهويه',
  'المنتهيه',
  'المنتهي',
  'بالرقم',
  'الكوبون',
  'كوبون',
  'القسيمه',
  'الملف',
  'العقد',
  'العداد',
  'الاشتراك',
  'المعامله',
  'معامله',
  'الوصل',
  'الايصال',
  'ايصال',
  'التذكره',
  'الشكوى',
  'البلاغ',
  'الجلسه',
  'الموعد',
]);

/**
 * Unified and toll-free service numbers of Gulf companies (Saudi 920xxxxxx and 800xxxxxxx, UAE 600xxxxxx and
 * 800xxxxxxx, Kuwait 18xxxxx, Jordan 0800xxxxx): allocated to registered companies, rarely a scammer's call-back.
 */
function isServiceNumber(digits: string, international: boolean): boolean {
  const d = international ? digits.replace(/^00/, '') : digits;
  if (international) return /^966(?:920\d{6}|800\d{7})$|^971(?:600\d{6}|800\d{3,7})$|^962800\d{5}$/.test(d);
  return /^(?:920\d{6}|800\d{7}|600\d{6}|800\d{3,5}|0800\d{5}|18\d{5})$/.test(d);
}

function wordBefore(main: ScannedText, offset: number): string {
  const token = tokenAtOriginal(main, offset);
  const previous = main.starts[main.tokenStarts[token]!]! >= offset ? token - 1 : token;
  if (previous < 0) return '';
  let word = '';
  for (let i = main.tokenStarts[previous]!; i < main.tokenEnds[previous]!; i++)
    word += String.fromCharCode(main.units[i]!);
  return word;
}

/** Scans the channels of `text` and adds their occurrences. Returns the channels found. */
export function addChannelOccurrences(
  text: string,
  main: ScannedText,
  concepts: Map<string, number>,
  brands: CompiledBrands,
  out: Occurrences,
): Channel[] {
  const channels = scanChannels(text);
  const add = (id: string, channel: Channel): void => {
    const concept = concepts.get(id);
    if (concept === undefined) return;
    const token = tokenAtOriginal(main, channel.start);
    const tokenEnd = tokenAtOriginal(main, Math.max(channel.start, channel.end - 1));
    out.add(concept, token, tokenEnd, channel.start, channel.end, VIEW_MAIN, -1);
  };
  for (const channel of channels) {
    switch (channel.kind) {
      case 'url':
        add('link', channel);
        for (const kind of linkKinds(channel, brands)) add(kind, channel);
        break;
      case 'email':
        add('email', channel);
        break;
      case 'phone': {
        if (REFERENCE_WORDS.has(wordBefore(main, channel.start)) || text.charCodeAt(channel.start - 1) === 0x23) {
          add('reference-number', channel);
          break;
        }
        if (isServiceNumber(channel.digits ?? '', channel.international === true)) {
          add('phone-service', channel);
          break;
        }
        add('phone', channel);
        const premium = premiumRange(channel.digits ?? '', channel.international === true);
        if (premium) add(premium.type === 'personal' ? 'phone-personal' : 'phone-premium', channel);
        if (channel.international) add('phone-international', channel);
        break;
      }
      case 'shortcode': {
        if (REFERENCE_WORDS.has(wordBefore(main, channel.start)) || text.charCodeAt(channel.start - 1) === 0x23) {
          add('reference-number', channel);
          break;
        }
        add('shortcode', channel);
        const digits = channel.digits ?? '';
        if (digits.length >= 4 && digits.length <= 8) add('code-number', channel);
        break;
      }
      case 'money':
        add('money', channel);
        break;
    }
  }
  return channels;
}
