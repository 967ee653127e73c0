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
  // A returning reader's choice is stored before the page's first script. The page is read as the parser finishes
  // (the first DOMContentLoaded listener, before the after-paint loader's): every module script still waits in its
  // <template>, none in the document, so only the inline head script can have set the theme. Nothing is blocked or
  // replaced, so nothing the browser keeps from another page can make this pass or fail.
  await page.addInitScript(() => {
    localStorage.setItem('theme', 'dark');
    document.addEventListener(
      'DOMContentLoaded',
      () =>
        ((window as unknown as Record<string, unknown>)['themeWhenParsed'] = {
          theme: document.documentElement.dataset['theme'] ?? null,
          background: getComputedStyle(document.body).backgroundColor,
          moduleScripts: document.querySelectorAll('script[type="module"]').length,
        }),
      { once: true },
    );
  });
  await page.goto('discussion/');
  expect(await page.evaluate(() => (window as unknown as Record<string, unknown>)['themeWhenParsed'])).toEqual({
    theme: 'dark',
    background: DARK,
    moduleScripts: 0,
  });
  // The page's scripts then run, and keep it.
  await expect(page.locator('template[data-after-paint]')).toHaveCount(0);
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
