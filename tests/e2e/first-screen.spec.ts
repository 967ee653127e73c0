/**
 * The first screen at the floor: until a page has loaded, the blocks below its first screen are left out of style,
 * layout and paint (content-visibility: auto, src/styles/global.css), and once it has loaded it is laid out in full.
 * Without JavaScript they stay so: there the text must still be found, reached by its anchors and printed whole.
 */
import { expect, test } from './fixtures.ts';

/** Whether the browser renders `selector`'s element now, or skips it with the rest below the first screen. */
const rendered = (page: import('@playwright/test').Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }));

test('once loaded, the page is laid out in full', async ({ page }) => {
  await page.goto('clinical-case/');
  await expect(page.locator('html')).toHaveAttribute('data-loaded', '');
  expect(await rendered(page, '#clinical-case-5 a')).toBe(true);
  const skipped = await page
    .locator('main [data-block]')
    .evaluateAll((blocks) =>
      blocks.filter((b) => getComputedStyle(b).contentVisibility !== 'visible').map((b) => b.id),
    );
  expect(skipped).toEqual([]);
});

test.describe('without JavaScript, where the blocks below the first screen stay out of layout', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 375, height: 740 } });

  test('the first screen renders, and what lies below it waits', async ({ page }) => {
    await page.goto('clinical-case/');
    expect(await rendered(page, '#clinical-case-1')).toBe(true);
    expect(await rendered(page, '#clinical-case-5 a')).toBe(false);
  });

  test('the first five references render at once, and those after them wait', async ({ page }) => {
    await page.goto('references/');
    // The largest entry of a phone's first screen is the page's largest paint: none of them is skipped at first.
    const skipped = await page
      .locator('.reference-list > li')
      .evaluateAll((entries) => entries.map((li) => getComputedStyle(li).contentVisibility === 'auto'));
    expect(skipped.slice(0, 5), 'the first five entries').toEqual([false, false, false, false, false]);
    expect(skipped.slice(5), 'the entries after them').not.toContain(false);
  });

  test('find-in-page finds the text of a block below the first screen', async ({ page }) => {
    await page.goto('clinical-case/');
    const found = await page.evaluate(() => {
      const hit = (window as unknown as { find: (text: string) => boolean }).find(
        'On diagnosis of bilateral pneumonia',
      );
      return { hit, block: getSelection()?.anchorNode?.parentElement?.closest('[data-block]')?.id };
    });
    expect(found).toEqual({ hit: true, block: 'clinical-case-5' });
  });

  for (const path of [
    'clinical-case/#clinical-case-5',
    'clinical-case/#lab-chart',
    'references/#ref-7',
    'es/discussion/#conflicts-2',
    'parallel/clinical-case/#clinical-case-5',
  ])
    test(`/${path} opens at its anchor, drawn`, async ({ page }) => {
      await page.goto(path);
      const target = page.locator(`#${path.split('#')[1]}`);
      await expect(target).toBeInViewport();
      expect(await rendered(page, `#${path.split('#')[1]}`)).toBe(true);
    });

  test('print lays out every block, and shows the whole text', async ({ page }) => {
    await page.goto('clinical-case/');
    await page.emulateMedia({ media: 'print' });
    expect(await rendered(page, '#clinical-case-5 a')).toBe(true);
    expect(await page.locator('main').innerText()).toContain('On diagnosis of bilateral pneumonia');
  });
});
