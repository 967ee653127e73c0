import { expect, test } from './fixtures.ts';

const background = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const LIGHT = 'rgb(255, 255, 255)';
const DARK = 'rgb(21, 24, 27)';

test.describe('with the system in dark mode', () => {
  test.use({ colorScheme: 'dark' });
  test('the site follows the system theme by default', async ({ page }) => {
    await page.goto('');
    expect(await background(page)).toBe(DARK);
  });
});

test('the theme switch changes the theme, and the choice persists across pages and reloads', async ({ page }) => {
  await page.goto('');
  expect(await background(page)).toBe(LIGHT);
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  expect(await background(page)).toBe(DARK);
  await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();
  await page.goto('es/references/');
  expect(await background(page)).toBe(DARK);
  await expect(page.getByRole('button', { name: 'Cambiar al tema claro' })).toBeVisible();
  await page.reload();
  expect(await background(page)).toBe(DARK);
});

test('a stored theme applies before any module script runs: no flash of the wrong theme', async ({ page }) => {
  await page.goto('');
  await page.evaluate(() => localStorage.setItem('theme', 'dark'));
  // Block every bundled script: only the inline head script remains, and it alone must set the theme.
  await page.route(/\/_astro\/.*\.js$/, (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
  await page.goto('discussion/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background(page)).toBe(DARK);
});

for (const colorScheme of ['light', 'dark'] as const)
  test.describe(`with the system in ${colorScheme} mode`, () => {
    test.use({ colorScheme });
    test('the browser’s theme-color is the page background', async ({ page }) => {
      await page.goto('');
      const color = await page
        .locator(`meta[name="theme-color"][media="(prefers-color-scheme: ${colorScheme})"]`)
        .getAttribute('content');
      // #rrggbb as the rgb() the page computes.
      const rgb = `rgb(${[1, 3, 5].map((i) => parseInt(color!.slice(i, i + 2), 16)).join(', ')})`;
      expect(await background(page)).toBe(rgb);
    });
  });
