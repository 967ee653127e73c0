import AxeBuilder from '@axe-core/playwright';
import { expect, searchReady, SITE_PAGES, test, WALK_TIMEOUT, chartReady } from './fixtures.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// What the theme changes is colour: the dark sweep runs the WCAG AA rules about colour, the light one every rule.
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

for (const colorScheme of ['light', 'dark'] as const)
  test.describe(`in the ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('no page has a WCAG 2.2 AA violation', async ({ page }) => {
      test.setTimeout(WALK_TIMEOUT);
      for (const { path } of [...SITE_PAGES, { path: '404.html' }]) {
        await page.goto(path);
        // As readers meet it once its scripts have run after the first paint: with its controls.
        await searchReady(page);
        const axe = new AxeBuilder({ page });
        const results = await (colorScheme === 'light' ? axe.withTags(WCAG) : axe.withRules(COLOUR_RULES)).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect.soft(summary, path).toEqual([]);
      }
    });
  });

test('the chart, once drawn, and the open search dialog have no violations', async ({ page }) => {
  await page.goto('es/clinical-case/');
  await chartReady(page.locator('lab-chart'));
  await page.getByRole('button', { name: 'Buscar en el artículo' }).click();
  await page.getByRole('searchbox').fill('ferritina');
  await expect(page.locator('.search-result').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('the focus ring is visible on links and buttons', async ({ page }) => {
  await page.goto('');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).toBe('solid');
});
