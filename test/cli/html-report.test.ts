/**
 * The simulate HTML report renders offline in headless Chromium: both charts are present and drawn, and a
 * screenshot is not blank. Skips with a note when /usr/bin/chromium is absent; fails under CI=true.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, tempDir } from './_helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) {
  if (process.env.CI === 'true') throw new Error(`${CHROMIUM} is missing; .ci/run must install Debian's chromium`);
  console.warn(`[html-report.test] skipped: ${CHROMIUM} not found (apt-get install -y chromium to run it)`);
}

/** Decodes an 8-bit RGB/RGBA PNG (what Chromium writes) and counts pixels that are not near-white. */
function nonWhitePixels(png: Buffer): { total: number; nonWhite: number } {
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
  const previous = Buffer.alloc(stride);
  const line = Buffer.alloc(stride);
  let nonWhite = 0;
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? line[x - channels]! : 0;
      const b = previous[x]!;
      const c = x >= channels ? previous[x - channels]! : 0;
      let value = row[x]!;
      if (filter === 1) value += a;
      else if (filter === 2) value += b;
      else if (filter === 3) value += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        value += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      line[x] = value & 0xff;
    }
    for (let x = 0; x < stride; x += channels) {
      if (line[x]! < 235 || line[x + 1]! < 235 || line[x + 2]! < 235) nonWhite++;
    }
    line.copy(previous);
  }
  return { total: width * height, nonWhite };
}

describe.skipIf(!available)('simulate --html in headless Chromium', () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => {
    const rows = ['to,name'];
    for (let i = 0; i < 300; i++)
      rows.push(`0791${String(100000 + i)},${i % 4 === 0 ? 'casino fan' : i % 7 === 0 ? 'hurry' : 'Sara'}`);
    ({ dir, cleanup } = tempDir({
      't.yaml':
        'id: promo\nkind: ADV\nsenderId: adv Acme\ntext: "Hi {{name}}, 20% off. STOP to 94444"\nvariables:\n  name: { example: Sara }\n',
      'r.csv': rows.join('\n'),
    }));
  });
  afterAll(() => cleanup?.());

  it.each(['en', 'ar'])('renders both charts and is not blank (%s)', async (locale) => {
    const result = await run(
      ['simulate', '-t', 't.yaml', '-r', 'r.csv', '--html', `report-${locale}.html`, '--locale', locale],
      dir,
    );
    expect(result.code).toBe(0);
    const file = join(dir, `report-${locale}.html`);
    expect(readFileSync(file, 'utf8')).not.toMatch(/0791\d{6}/);
    const browser = await chromium.launch({
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
    try {
      const page = await browser.newPage({ viewport: { width: 900, height: 1000 } });
      const requests: string[] = [];
      page.on('request', (request) => {
        if (!request.url().startsWith('file:')) requests.push(request.url());
      });
      await page.goto(`file://${file}`);
      for (const id of ['chart-verdicts', 'chart-rules']) {
        const box = await page.locator(`#${id}`).boundingBox();
        expect(box?.width ?? 0).toBeGreaterThan(100);
        expect(box?.height ?? 0).toBeGreaterThan(50);
        expect(await page.locator(`#${id} rect`).count()).toBeGreaterThan(0);
      }
      // Bars are proportional: the allow bar (225 rows) is wider than the deny bar (75 rows).
      const widths = await page
        .locator('#chart-verdicts rect')
        .evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('width'))));
      expect(widths[0]!).toBeGreaterThan(widths[3]!);
      const png = await page.screenshot({ fullPage: true });
      const { total, nonWhite } = nonWhitePixels(png);
      expect(nonWhite / total).toBeGreaterThan(0.01);
      expect(requests).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
