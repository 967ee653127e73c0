import { expect, READING_PAGES, test, WALK_TIMEOUT } from './fixtures.ts';

/**
 * Unit symbols of the article's text, Table 1 and the chart, written out here rather than imported from
 * src/lib/typography.ts, so that a unit the joining rule forgets still fails this test. Longest first.
 */
const UNITS = [
  '×10\\^?\\d+/μL',
  'mg/kg',
  'mg/día',
  'mg/day',
  'mg/dL',
  'g/dL',
  'μg/mL',
  'ng/mL',
  'pg/mL',
  'U/L',
  '/μL',
  'μL',
  'mL',
  'kg',
  'mg',
  'μg',
  'ng',
  'pg',
  'g',
  'L',
  'mmHg',
  'min',
  'h',
  '°C',
  '%',
];
// White space a line may break at: any but the no-break spaces (U+00A0, U+202F).
const BREAKABLE = '[^\\S\\u00a0\\u202f]+';
/**
 * A number and its unit symbol, or a comparator and its number, with a breakable space between them; or a number
 * whose unit a browser breaks after its slash ("8,11 /" | "μL"), with no word joiner there.
 */
const PARTED = new RegExp(
  [
    `[\\d.,]*\\d${BREAKABLE}(?:${UNITS.join('|')})(?![\\p{Ll}\\d])`,
    `[<>≤≥]${BREAKABLE}[\\d.,]*\\d`,
    `[\\d.,]*\\d\\s*(?:×\\s?10\\S*)?/[μµ]`,
  ].join('|'),
  'gu',
);

test('no number parts from its unit, and no comparator from its number, at a line end', async ({ page }) => {
  test.setTimeout(WALK_TIMEOUT);
  const parted: string[] = [];
  for (const { path } of READING_PAGES) {
    await page.goto(path);
    const text = (await page.locator('main').textContent()) ?? '';
    for (const match of text.matchAll(PARTED)) parted.push(`/${path}: "${match[0].replace(/\s+/g, '␣')}"`);
  }
  expect(parted, `${parted.length} number–unit pairs a line can part:\n${parted.join('\n')}`).toEqual([]);
});

for (const prefix of ['', 'es/'])
  test(`the ${prefix ? 'Spanish' : 'English'} chart key names each time point after the marker its panels draw, with no two numbers side by side`, async ({
    page,
    request,
  }) => {
    await page.goto(`${prefix}clinical-case/`);
    const key = (await page.locator('.chart-key').first().textContent()) ?? '';
    expect(key).toMatch(/\(3\)\u00a048\u00a0h /);
    expect(key).not.toMatch(/\d\s+\(?\d/);
    // The panels mark their axis the same way: "(1)" to "(4)".
    const src = await page.locator('.chart-panel img').first().getAttribute('src');
    const sheet = await (await request.get(new URL(src!, page.url()).href)).text();
    for (const marker of ['(1)', '(2)', '(3)', '(4)']) expect(sheet).toContain(`>${marker}</text>`);
  });
