/**
 * The simulate HTML report as a reader sees it, in headless Chromium, in English and in Arabic: what is
 * rendered, not what the file contains — the delivery timeline runs left to right in English and right
 * to left in Arabic (element positions and the pixels of a screenshot), the verdict shares start on the
 * reading side, the date reads in the right order in Amman time, nothing is left in English in the Arabic
 * page, and the page loads nothing from outside. Skips with a note when /usr/bin/chromium is absent; fails
 * under CI=true.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, tempDir } from './_helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) {
  if (process.env.CI === 'true') throw new Error(`${CHROMIUM} is missing; .ci/run must install Debian's chromium`);
  console.warn(`[html-report.test] skipped: ${CHROMIUM} not found (apt-get install -y chromium to run it)`);
}

/** Decodes an 8-bit RGB/RGBA PNG (what Chromium writes) into rows of [r, g, b]. */
function decodePng(png: Buffer): {
  width: number;
  height: number;
  pixel(x: number, y: number): [number, number, number];
} {
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 4;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      channels = data[9] === 6 ? 4 : 3;
      if (data[8] !== 8) throw new Error('only 8-bit PNGs');
    } else if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= channels ? out[y * stride + x - channels]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? out[(y - 1) * stride + x - channels]! : 0;
      let v = value;
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      out[y * stride + x] = v & 0xff;
    }
  }
  return {
    width,
    height,
    pixel: (x, y) => {
      const i = y * stride + x * channels;
      return [out[i]!, out[i + 1]!, out[i + 2]!];
    },
  };
}

/** Where the timeline's blue columns are: the mean x of their pixels, as a share of the chart's width. */
function blueCentroid(png: Buffer): { share: number; pixels: number } {
  const image = decodePng(png);
  let sum = 0;
  let count = 0;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const [r, g, b] = image.pixel(x, y);
      if (b > 150 && r < 60 && g < 130) {
        sum += x;
        count++;
      }
    }
  }
  return { share: count > 0 ? sum / count / image.width : Number.NaN, pixels: count };
}

describe.skipIf(!available)('simulate --html in headless Chromium', () => {
  let dir: string;
  let cleanup: () => void;
  let browser: Browser;
  beforeAll(async () => {
    const rows = ['to,name'];
    for (let i = 0; i < 300; i++)
      rows.push(`0791${String(100000 + i)},${i % 4 === 0 ? 'casino fan' : i % 7 === 0 ? 'hurry' : 'Sara'}`);
    rows.push('not-a-number,Bad');
    ({ dir, cleanup } = tempDir({
      'sms-policy.config.yaml': 'packs:\n  words: true\n  consent: true\n  time: true\n  info: true\n',
      't.yaml':
        'id: promo\nkind: ADV\nsenderId: adv Acme\ntext: "Hi {{name}}, 20% off. STOP to 94444"\nvariables:\n  name: { example: Sara }\n',
      'r.csv': rows.join('\n'),
      'o.csv': 'to\n0791100001\nnot a number\n',
    }));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    cleanup?.();
  });

  async function render(locale: 'en' | 'ar') {
    // 20:59:30 UTC at one message per second: 30 go before the test quiet rule's 21:00 UTC, the rest wait for
    // 07:00 UTC, so the timeline has a small first column and a tall last one, eleven hours apart.
    const result = await run(
      [
        'simulate',
        '-t',
        't.yaml',
        '-r',
        'r.csv',
        '--opt-outs',
        'o.csv',
        '--at',
        '2026-12-01T20:59:30Z',
        '--rate',
        '1',
        '--price',
        '0.012',
        '--currency',
        'JOD',
        '--html',
        `report-${locale}.html`,
        '--locale',
        locale,
      ],
      dir,
    );
    expect(result.code).toBe(0);
    const file = join(dir, `report-${locale}.html`);
    expect(readFileSync(file, 'utf8')).not.toMatch(/0791\d{6}/);
    const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url());
    });
    await page.goto(`file://${file}`);
    return { page, requests };
  }

  it.each(['en', 'ar'] as const)('draws the timeline in reading order (%s)', async (locale) => {
    const { page, requests } = await render(locale);
    try {
      const columns = page.locator('#chart-timeline rect');
      expect(await columns.count()).toBe(12); // 20:00 to 07:00 UTC, every hour of the real duration
      const first = (await page.locator('#chart-timeline rect[data-index="0"]').boundingBox())!;
      const last = (await page.locator('#chart-timeline rect[data-index="11"]').boundingBox())!;
      expect(
        Number(await page.locator('#chart-timeline rect[data-index="11"]').getAttribute('data-sends')),
      ).toBeGreaterThan(200);
      if (locale === 'en') expect(first.x).toBeLessThan(last.x);
      else expect(first.x).toBeGreaterThan(last.x);
      // The pixels say the same: the tall morning column sits at the end of the reading direction.
      const shot = await page.locator('#chart-timeline').screenshot();
      const { share, pixels } = blueCentroid(shot);
      expect(pixels).toBeGreaterThan(500);
      if (locale === 'en') expect(share).toBeGreaterThan(0.75);
      else expect(share).toBeLessThan(0.25);
      // The verdict shares start on the reading side with the allowed share (green).
      const shares = await page
        .locator('#chart-verdicts rect')
        .evaluateAll((rects) => rects.map((r) => ({ x: Number(r.getAttribute('x')), fill: r.getAttribute('fill') })));
      const allow = shares.find((s) => s.fill === '#2e7d32')!;
      const deny = shares.find((s) => s.fill === '#c62828')!;
      if (locale === 'en') expect(allow.x).toBeLessThan(deny.x);
      else expect(allow.x).toBeGreaterThan(deny.x);
      expect(requests).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it.each(['en', 'ar'] as const)('shows the start date in Amman time, in reading order (%s)', async (locale) => {
    const { page } = await render(locale);
    try {
      const time = page.locator('header time').first();
      expect(await time.getAttribute('datetime')).toBe('2026-12-01T20:59:30.000Z');
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, in reading order, is what is checked
      const text = (await time.innerText()).trim();
      // 20:59 UTC is 23:59 in Amman, on 1 December.
      if (locale === 'en') expect(text).toBe('1 December 2026 at 23:59');
      else expect(text).toMatch(/^١ كانون الأول ٢٠٢٦.*٢٣:٥٩$/);
      expect(text).not.toMatch(/\d{4}-\d{2}|T\d|Z/);
      // Rendered order: the day comes first in both languages, so it is left of the year in English and
      // right of it in Arabic (the bidi isolation keeps the date whole inside the sentence).
      const positions = await time.evaluate(
        (element, year) => {
          const node = element.querySelector('bdi')!.firstChild!;
          const content = node.textContent!;
          const rectOf = (start: number, end: number) => {
            const range = element.ownerDocument.createRange();
            range.setStart(node, start);
            range.setEnd(node, end);
            return range.getBoundingClientRect().left;
          };
          const at = content.indexOf(year);
          return { day: rectOf(0, 1), year: rectOf(at, at + 4) };
        },
        locale === 'en' ? '2026' : '٢٠٢٦',
      );
      if (locale === 'en') expect(positions.day).toBeLessThan(positions.year);
      else expect(positions.day).toBeGreaterThan(positions.year);
    } finally {
      await page.close();
    }
  });

  it('writes the Arabic page right to left and in Arabic, info rules apart, with the counts a manager asks for', async () => {
    const { page } = await render('ar');
    try {
      expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, in reading order, is what is checked
      const body = await page.locator('body').innerText();
      for (const english of [
        'Verdicts',
        'Delivery',
        'invalid',
        'Segments',
        'Information',
        'Consent',
        'Blocked',
        'allow',
        'deny',
      ]) {
        expect(body).not.toContain(english);
      }
      for (const arabic of [
        'الجدول الزمني للإرسال',
        'القرارات',
        'معلومات فقط',
        'الموافقة وإلغاء الاشتراك',
        'الأسطر غير الصالحة حسب السبب',
        'التكلفة التقديرية',
      ]) {
        expect(body).toContain(arabic);
      }
      // The info rule is listed apart, not as a bar beside the rules that block.
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, in reading order, is what is checked
      expect(await page.locator('.info-rules').innerText()).toContain('test/length');
      expect(await page.locator('#chart-rules-deny').innerHTML()).toContain('test/casino');
      expect(await page.locator('#chart-rules-deny').innerHTML()).not.toContain('test/length');
      // Percentages, opt-out rows (one not a number), the invalid row's reason.
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, in reading order, is what is checked
      expect(await page.locator('#verdicts .legend').innerText()).toMatch(/٪/);
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, in reading order, is what is checked
      expect(await page.locator('#consent').innerText()).toContain('أسطر بلا رقم صالح');
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, in reading order, is what is checked
      expect(await page.locator('#invalid').innerText()).toContain('رقم هاتف غير صالح');
      const png = await page.screenshot({ fullPage: true, path: join(dir, 'report-ar.png') });
      expect(blueCentroid(png).pixels).toBeGreaterThan(500);
    } finally {
      await page.close();
    }
  });
});
