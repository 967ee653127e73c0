import { expect, READING_PAGES, test, WALK_TIMEOUT } from './fixtures.ts';

/**
 * Unit symbols of the article's text, Table 1 and the chart, written out here rather than imported from
 * src/model/typography.ts, so that a unit the joining rule forgets still fails this test. Longest first.
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
 * with a space before its per-unit ("8,11 /μL", which is written "8,11/μL").
 */
const PARTED = new RegExp(
  [
    `[\\d.,]*\\d${BREAKABLE}(?:${UNITS.join('|')})(?![\\p{Ll}\\d])`,
    `[<>≤≥]${BREAKABLE}[\\d.,]*\\d`,
    `[\\d.,]*\\d\\s+/[μµ]`,
  ].join('|'),
  'gu',
);
// Characters that show nothing and would stay in copied or searched text.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/gu;

test('no number parts from its unit, and no comparator from its number, at a line end', async ({ page }) => {
  test.setTimeout(WALK_TIMEOUT);
  const parted: string[] = [];
  for (const { path } of READING_PAGES) {
    await page.goto(path);
    const text = (await page.locator('main').textContent()) ?? '';
    for (const match of text.matchAll(PARTED)) parted.push(`/${path}: "${match[0].replace(/\s+/g, '␣')}"`);
    for (const match of text.matchAll(INVISIBLE))
      parted.push(`/${path}: an invisible U+${match[0].codePointAt(0)?.toString(16).toUpperCase()} at ${match.index}`);
    // A browser breaks after a slash that a Greek letter follows ("8,11/" | "μL"): such a run is kept on one line.
    const breakable = await page.locator('main').evaluate((main) => {
      const found: string[] = [];
      const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const style = node.parentElement ? getComputedStyle(node.parentElement).whiteSpace : '';
        if (/\d\/[μµ]/u.test(node.textContent ?? '') && !/nowrap|pre/.test(style)) found.push(node.textContent ?? '');
      }
      return found;
    });
    for (const text of breakable) parted.push(`/${path}: "${text.trim()}" may break after its slash`);
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
