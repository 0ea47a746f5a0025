/**
 * Link analysis: public shorteners, raw-IP hosts, punycode, free hosting, and look-alikes of protected
 * brands (`arabbank-jo.com`, `paypa1.com`, `zain-gift.xyz`).
 */
import { foldConfusables } from '../text/confusables.js';
import type { ExtractedUrl } from '../text/urls.js';
import { FREE_HOSTS, type ProtectedBrand, SHORTENERS } from './data/brands.js';

export type LinkFlag =
  | 'shortener'
  | 'raw-ip'
  | 'punycode'
  | 'free-host'
  | 'risky-tld'
  | 'lookalike-domain'
  | 'official-domain';

/** Top-level domains that cost next to nothing and dominate throw-away phishing registrations. */
const RISKY_TLDS = new Set([
  'top',
  'xyz',
  'icu',
  'tk',
  'ml',
  'ga',
  'cf',
  'gq',
  'buzz',
  'click',
  'cyou',
  'rest',
  'sbs',
  'cfd',
  'bond',
  'live',
  'support',
  'info',
]);

export interface CompiledBrands {
  official: Set<string>;
  keys: Array<{ key: string; brand: string }>;
}

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const SECOND_LEVEL = new Set(['com', 'gov', 'org', 'net', 'edu', 'co', 'ac', 'mil']);

export function compileBrands(brands: readonly ProtectedBrand[]): CompiledBrands {
  const official = new Set<string>();
  const keys: CompiledBrands['keys'] = [];
  for (const brand of brands) {
    for (const domain of brand.domains) official.add(domain.toLowerCase());
    const brandKeys = brand.keys ?? [brand.domains[0]?.split('.')[0] ?? ''];
    for (const key of brandKeys) if (key.length >= 3) keys.push({ key: key.toLowerCase(), brand: brand.name });
  }
  return { official, keys };
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

function isOfficial(host: string, official: Set<string>): boolean {
  const bare = host.startsWith('www.') ? host.slice(4) : host;
  if (official.has(bare)) return true;
  for (const domain of official) if (bare.endsWith(`.${domain}`)) return true;
  return false;
}

/** Levenshtein distance, stopping early past 2. */
function withinTwoEdits(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < best) best = value;
    }
    if (best > 2) return 3;
    previous = current;
  }
  return previous[b.length]!;
}

/** Flags for one link. */
export function linkFlags(url: ExtractedUrl, brands: CompiledBrands): { flags: LinkFlag[]; brand?: string } {
  const host = url.host.startsWith('www.') ? url.host.slice(4) : url.host;
  const flags: LinkFlag[] = [];
  if (SHORTENERS.has(host)) flags.push('shortener');
  if (IPV4.test(host)) {
    flags.push('raw-ip');
    return { flags };
  }
  if (host.split('.').some((label) => label.startsWith('xn--')) || /[^\x20-\x7e]/.test(host)) flags.push('punycode');
  if (FREE_HOSTS.some((free) => host === free || host.endsWith(`.${free}`))) flags.push('free-host');
  if (RISKY_TLDS.has(host.slice(host.lastIndexOf('.') + 1))) flags.push('risky-tld');
  if (isOfficial(host, brands.official)) {
    flags.push('official-domain');
    return { flags };
  }
  // Compare brand keys with the host, after folding look-alike characters and dropping separators.
  const folded = foldConfusables(host);
  const squashed = folded.replace(/[-.]/g, '');
  const parts = folded.split(/[-.]/);
  const label = registrableDomain(folded).split('.')[0]!.replace(/-/g, '');
  for (const { key, brand } of brands.keys) {
    const short = key.length < 5;
    const contains = short ? parts.includes(key) : squashed.includes(key);
    const near = !short && key.length >= 6 && label !== key && withinTwoEdits(label, key) <= (key.length >= 8 ? 2 : 1);
    if (contains || near) {
      flags.push('lookalike-domain');
      return { flags, brand };
    }
  }
  return { flags };
}
